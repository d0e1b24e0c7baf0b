/** The key tag names are matched by: case, accents and spacing do not matter. */
export function tagKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}

/** A name needs a letter or digit and nothing that breaks a line or a role name. */
export function isValidTagName(name: string): boolean {
  return /[\p{L}\p{N}]/u.test(name) && !/[\p{Cc}\p{Cf}\n\r]/u.test(name);
}

export function isSingleEmoji(text: string): boolean {
  const segments = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)];
  return segments.length === 1 && /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text);
}

/** The closest known key within a typo's reach, for "did you mean". */
export function closest(key: string, keys: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of keys) {
    const distance = candidate.startsWith(key) && key.length >= 3 ? 1 : levenshtein(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
