import { en, type Messages } from "./catalog-en.js";
import { es } from "./catalog-es.js";
import { fr } from "./catalog-fr.js";

/** The languages peerbridge speaks; a new one is a catalog file and an entry here. */
export const CATALOGS = { en, es, fr } as const satisfies Record<string, Messages>;

export type Language = keyof typeof CATALOGS;
export const LANGUAGES = Object.keys(CATALOGS) as Language[];
export const FALLBACK_LANGUAGE: Language = "en";

/** Languages written right to left: values inside their templates are direction-isolated. */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);

export function isRightToLeft(code: string): boolean {
  return RIGHT_TO_LEFT.has(baseLanguage(code));
}

function baseLanguage(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

export function isLanguage(code: string): code is Language {
  return Object.hasOwn(CATALOGS, code);
}

/**
 * The language peerbridge speaks for a platform's locale hint: Discord `es-ES` / `es-419`,
 * Telegram `es`, Slack `es-LA` all read as Spanish. Undefined when it speaks none that fits.
 */
export function languageOf(hint: string | null | undefined): Language | undefined {
  if (!hint) return undefined;
  const base = baseLanguage(hint);
  return isLanguage(base) ? base : undefined;
}

/** The first of the choices that names a language peerbridge speaks, else English. */
export function pickLanguage(...choices: (string | null | undefined)[]): Language {
  for (const choice of choices) {
    const language = languageOf(choice);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** A platform's locale as it may be trusted: `es`, `es-ES`, `es_419`, `zh-Hant-TW`; else nothing. */
export function localeHint(value: unknown): string | undefined {
  return typeof value === "string" && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$/.test(value)
    ? value
    : undefined;
}
