// Names sort as people read them: numbers by value (T1, T2, T10), case and accents aside.
const collators = new Map<string, Intl.Collator>();

function collator(language: string): Intl.Collator {
  let found = collators.get(language);
  if (!found) {
    found = new Intl.Collator(language, { numeric: true, sensitivity: "base" });
    collators.set(language, found);
  }
  return found;
}

/** A copy of `items` sorted by `name` in the reader's language. */
export function byName<T extends { name: string }>(items: readonly T[], language: string): T[] {
  const compare = collator(language).compare;
  return [...items].sort((a, b) => compare(a.name, b.name));
}
