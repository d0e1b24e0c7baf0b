/** Text as it is matched: case, accents and spacing do not matter ("Épilepsie" meets "epilepsie"). */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}
