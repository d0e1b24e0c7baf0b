/** Items in runs of at most `size` (keyboard rows, action blocks, message pages). */
export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Cuts text into pieces of at most `max` characters, at a line break or a space in the second half
 * of the piece when there is one. `mayCut(text, at)` says whether a cut before `at` is allowed (a
 * renderer's escapes stay whole); the cut moves back until it is.
 */
export function splitText(
  text: string,
  max: number,
  mayCut: (text: string, at: number) => boolean = () => true,
): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf("\n", max);
    if (cut < max / 2) cut = rest.lastIndexOf(" ", max);
    if (cut < max / 2) cut = max;
    while (cut > 1 && !mayCut(rest, cut)) cut--;
    // A surrogate pair is one character: never cut between its halves.
    if (cut > 1 && /[\uD800-\uDBFF]/.test(rest[cut - 1] ?? "")) cut--;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, "");
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}
