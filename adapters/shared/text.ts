// Control characters and direction overrides in user text could garble a message, rewrite a
// terminal or disguise what a link says: only newline and tab pass.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** User text without control characters or direction overrides; every renderer passes text through it. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, "");
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
