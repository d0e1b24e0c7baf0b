import type { Param } from "./params.js";

export interface Token {
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

// Straight and curly double quotes: phones type the curly ones. Apostrophes are text ("don't").
const QUOTES: Record<string, string> = { '"': '"', "“": "”", "„": "“", "«": "»" };

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input.charAt(i))) i++;
    if (i >= input.length) break;
    const start = i;
    const close = QUOTES[input.charAt(i)];
    if (close !== undefined) {
      const endQuote = input.indexOf(close, i + 1);
      if (endQuote > i) {
        tokens.push({ value: input.slice(i + 1, endQuote), start, end: endQuote + 1, quoted: true });
        i = endQuote + 1;
        continue;
      }
    }
    while (i < input.length && !/\s/.test(input.charAt(i))) {
      // name:"quoted value" keeps its spaces.
      const closing = QUOTES[input.charAt(i)];
      const prev = input.charAt(i - 1);
      if (closing !== undefined && (prev === ":" || prev === "=")) {
        const endQuote = input.indexOf(closing, i + 1);
        if (endQuote > i) {
          i = endQuote + 1;
          continue;
        }
      }
      i++;
    }
    tokens.push({ value: input.slice(start, i), start, end: i, quoted: false });
  }
  return tokens;
}

export type RawArgs = Record<string, string>;

export type ArgsProblem = { kind: "tooMany" };

/**
 * Splits what follows a command into raw values: `name:value` (or `name=value`) for any parameter
 * but free text, then positional values in order; a `text` parameter takes the rest of the line.
 */
export function splitArgs(input: string, params: readonly Param[]): RawArgs | ArgsProblem {
  const tokens = tokenize(input);
  const raw: RawArgs = {};
  const byName = new Map(params.map((p) => [p.name.toLowerCase(), p]));
  const positional: Token[] = [];
  const namedRanges: Token[] = [];
  for (const token of tokens) {
    const match = token.quoted ? null : /^([a-z_]+)[:=](.+)$/is.exec(token.value);
    const target = match?.[1] ? byName.get(match[1].toLowerCase()) : undefined;
    const value = unquote(match?.[2]);
    // Free text is named only when quoted, so "note: be kind" stays a rule's text.
    const namable = target && (target.kind !== "text" || value.quoted);
    if (match && target && namable && value.text && raw[target.name] === undefined) {
      raw[target.name] = value.text;
      namedRanges.push(token);
    } else {
      positional.push(token);
    }
  }
  let next = 0;
  for (const param of params) {
    if (raw[param.name] !== undefined) continue;
    const token = positional[next];
    if (!token) break;
    if (param.kind === "text") {
      raw[param.name] = restOfLine(input, positional.slice(next), namedRanges);
      next = positional.length;
      break;
    }
    raw[param.name] = token.value;
    next++;
  }
  if (next < positional.length) return { kind: "tooMany" };
  return raw;
}

function unquote(value: string | undefined): { text: string; quoted: boolean } {
  if (value === undefined) return { text: "", quoted: false };
  const close = QUOTES[value.charAt(0)];
  if (close !== undefined && value.length >= 2 && value.endsWith(close)) {
    return { text: value.slice(1, -1), quoted: true };
  }
  return { text: value, quoted: false };
}

function restOfLine(input: string, tokens: Token[], cut: Token[]): string {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return "";
  if (tokens.length === 1) return first.value;
  let text = "";
  let at = first.start;
  for (const named of cut.filter((c) => c.start > first.start && c.end <= last.end)) {
    text += input.slice(at, named.start);
    at = named.end;
  }
  text += input.slice(at, last.end);
  return text.replace(/[ \t]{2,}/g, " ");
}
