/**
 * "Did you mean": the candidate within a typo's reach of what was typed. Reach grows with the
 * word (a third of its length, at least `minReach`); a swapped pair of letters counts as one
 * typo, and a candidate that starts with what was typed (3+ characters) is one typo away.
 */
export function closest(typed: string, candidates: readonly string[], minReach = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(minReach, Math.floor(typed.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(typed) && typed.length >= 3 ? 1 : typoDistance(typed, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function typoDistance(a: string, b: string): number {
  // Words this far apart in length are never a typo of each other; skip the table.
  if (Math.abs(a.length - b.length) > 3) return Math.max(a.length, b.length);
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
