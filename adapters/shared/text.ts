// Control characters and direction overrides in user text could garble a message, rewrite a
// terminal or disguise what a link says: only newline and tab pass, and the first-strong isolates
// (U+2068 … U+2069) the translator puts around a value, when they come in balanced pairs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066\u2067]/g;
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * User text without control characters or direction overrides; every renderer passes text through
 * it. A first-strong isolate stays only with its closing one: an isolate can then only keep a
 * value's direction to itself, never reorder what follows it.
 */
export function stripControls(text: string): string {
  const cleaned = text.replace(CONTROL, "");
  if (!cleaned.includes(FSI) && !cleaned.includes(PDI)) return cleaned;
  return balancedIsolates(cleaned);
}

/** Keeps each FSI that a PDI closes, and that PDI; drops the unmatched ones. */
function balancedIsolates(text: string): string {
  const chars = [...text];
  const open: number[] = [];
  const keep = new Set<number>();
  chars.forEach((c, i) => {
    if (c === FSI) open.push(i);
    else if (c === PDI) {
      const start = open.pop();
      if (start !== undefined) keep.add(start).add(i);
    }
  });
  return chars.filter((c, i) => (c !== FSI && c !== PDI) || keep.has(i)).join("");
}

/** Cuts to `max` UTF-16 units (how platforms count their field limits) with an ellipsis, never mid-pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A label shown on one line (button, option, placeholder): never empty, which platforms refuse. */
export function label(text: string, max: number): string {
  return truncate(stripControls(text).replace(/\s+/g, " ").trim(), max) || "·";
}
