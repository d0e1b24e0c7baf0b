import { foldText } from "../../text/fold.js";

/** The key tag names are matched by: case, accents and spacing do not matter. */
export function tagKey(name: string): string {
  return foldText(name);
}

/** A name needs a letter or digit and nothing that breaks a line or a role name. */
export function isValidTagName(name: string): boolean {
  return /[\p{L}\p{N}]/u.test(name) && !/[\p{Cc}\p{Cf}\n\r]/u.test(name);
}

export function isSingleEmoji(text: string): boolean {
  const segments = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)];
  return segments.length === 1 && /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text);
}
