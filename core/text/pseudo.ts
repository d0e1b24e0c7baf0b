import { type MessageFormatElement, TYPE } from "@formatjs/icu-messageformat-parser";

/**
 * The pseudo-locale: English with every letter accented, 40 % longer and wrapped in ⟦ ⟧, so a
 * screen (or a test) shows at once text that skipped the catalog (plain ASCII), text cut short
 * (no closing ⟧) and layouts that only fit English. `PEERBRIDGE_PSEUDO_LOCALE=1` puts it in
 * English's place for a whole run: `PEERBRIDGE_PSEUDO_LOCALE=1 npx vitest run …`.
 */
export function pseudoEnabled(): boolean {
  return process.env.PEERBRIDGE_PSEUDO_LOCALE === "1";
}

export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

const ACCENTS: Record<string, string> = {
  a: "á",
  e: "é",
  i: "í",
  o: "ö",
  u: "ü",
  c: "ç",
  n: "ñ",
  y: "ý",
  s: "š",
  z: "ž",
  A: "Á",
  E: "É",
  I: "Í",
  O: "Ö",
  U: "Ü",
  C: "Ç",
  N: "Ñ",
  Y: "Ý",
  S: "Š",
  Z: "Ž",
};

function accent(text: string): string {
  return text.replace(/[aeioucnyszAEIOUCNYSZ]/g, (c) => ACCENTS[c] ?? c);
}

/** English elements → pseudo elements; `<code>` stays as typed (command words must still work). */
export function pseudoElements(ast: MessageFormatElement[]): MessageFormatElement[] {
  const length = literalLength(ast);
  const padding = "·".repeat(Math.ceil(length * 0.4));
  return [
    { type: TYPE.literal, value: PSEUDO_OPEN },
    ...ast.map(transform),
    { type: TYPE.literal, value: `${padding}${PSEUDO_CLOSE}` },
  ];
}

function transform(el: MessageFormatElement): MessageFormatElement {
  switch (el.type) {
    case TYPE.literal:
      return { ...el, value: accent(el.value) };
    case TYPE.tag:
      return el.value === "code" ? el : { ...el, children: el.children.map(transform) };
    case TYPE.plural:
    case TYPE.select:
      return {
        ...el,
        options: Object.fromEntries(
          Object.entries(el.options).map(([k, option]) => [
            k,
            { ...option, value: option.value.map(transform) },
          ]),
        ),
      } as MessageFormatElement;
    default:
      return el;
  }
}

function literalLength(ast: MessageFormatElement[]): number {
  let total = 0;
  for (const el of ast) {
    if (el.type === TYPE.literal) total += el.value.length;
    else if (el.type === TYPE.tag) total += literalLength(el.children);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      total += Math.max(0, ...Object.values(el.options).map((o) => literalLength(o.value)));
    }
  }
  return total;
}
