import type { RichText } from "../ports.js";
import { type Catalog, en, type MessageKey } from "./catalog-en.js";
import { renderTemplate } from "./markup.js";

/** The placeholder names a template uses, so `t()` cannot be called with a missing one. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type VarsFor<K extends MessageKey> = Record<Placeholders<Catalog[K]>, string | number>;

export type Translate = <K extends MessageKey>(
  key: K,
  ...vars: Placeholders<Catalog[K]> extends never ? [] : [VarsFor<K>]
) => RichText;

export function translator(catalog: Record<MessageKey, string> = en): Translate {
  return (key, ...vars) => renderTemplate(catalog[key], vars[0] ?? {});
}

/** The raw template, for texts that embed placeholders meant for the moderator (help descriptions). */
export function rawMessage(key: MessageKey, catalog: Record<MessageKey, string> = en): string {
  return catalog[key];
}
