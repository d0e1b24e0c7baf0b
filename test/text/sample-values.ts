import { type MessageFormatElement, TYPE } from "@formatjs/icu-messageformat-parser";
import type { MessageKey } from "../../core/text/catalog-en.js";
import { en } from "../../core/text/catalog-en.js";
import { parseTemplate, type Translate } from "../../core/text/i18n.js";

/**
 * Values for every argument a template takes, long enough to be realistic: counts of 2, a date,
 * `unknown` for selects (the emergency number), and a 12-letter word for text.
 */
export function sampleValues(key: MessageKey, text = "Sample-value"): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (ast: MessageFormatElement[]) => {
    for (const el of ast) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) walk(el.children);
      else if (el.type === TYPE.plural || el.type === TYPE.number) values[el.value] = 2;
      else if (el.type === TYPE.date || el.type === TYPE.time) values[el.value] = new Date(0);
      else if (el.type === TYPE.select) values[el.value] = "unknown";
      else values[el.value] = text;
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parseTemplate(en[key]));
  return values;
}

/** Plain text of any key, chosen at run time, with sample values. */
export function sampleText(t: Translate, key: MessageKey, text?: string): string {
  const untyped = t.plain as unknown as (k: MessageKey, v: Record<string, unknown>) => string;
  return untyped(key, sampleValues(key, text));
}
