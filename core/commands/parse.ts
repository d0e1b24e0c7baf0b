import { closest } from "../text/closest.js";
import { type Param, positionalParams } from "./params.js";

// Longest text an event may carry (a command line, a typed argument): far above any real command
// (the longest parameter is a welcome text of 1,500), low enough that parsing stays instant.
export const MAX_EVENT_TEXT = 4000;

export interface Token {
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

// Straight and curly double quotes: phones type the curly ones. Apostrophes are text ("don't").
const QUOTES: Record<string, string> = { '"': '"', "“": "”", "„": "“", "«": "»" };

export type ArgsProblem =
  | { kind: "tooMany"; extra: string }
  | { kind: "unclosedQuote"; at: number }
  | { kind: "unknownOption"; option: string; suggestion?: string }
  | { kind: "repeated"; option: string };

/**
 * Splits a line into words and quoted phrases, in one pass (every quote is searched for its
 * closing once, and the search resumes after it). A quote opened at the start of a word or right
 * after `name:` must be closed: a half-quoted name is refused rather than guessed.
 */
export function tokenize(input: string): Token[] | ArgsProblem {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && isSpace(input.charAt(i))) i++;
    if (i >= input.length) break;
    const start = i;
    const close = QUOTES[input.charAt(i)];
    if (close !== undefined) {
      const endQuote = input.indexOf(close, i + 1);
      if (endQuote < 0) return { kind: "unclosedQuote", at: i };
      tokens.push({ value: input.slice(i + 1, endQuote), start, end: endQuote + 1, quoted: true });
      i = endQuote + 1;
      continue;
    }
    while (i < input.length && !isSpace(input.charAt(i))) {
      // name:"quoted value" keeps its spaces.
      const closing = QUOTES[input.charAt(i)];
      const prev = input.charAt(i - 1);
      if (closing !== undefined && (prev === ":" || prev === "=")) {
        const endQuote = input.indexOf(closing, i + 1);
        if (endQuote < 0) return { kind: "unclosedQuote", at: i };
        i = endQuote + 1;
        continue;
      }
      i++;
    }
    tokens.push({ value: input.slice(start, i), start, end: i, quoted: false });
  }
  return tokens;
}

const SPACE = /\s/;

function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(char);
}

export type RawArgs = Record<string, string>;

/** The raw values by parameter name, or why the line cannot be read. */
export type SplitResult = { args: RawArgs } | { problem: ArgsProblem };

/** A `name:value` word: a known option, or something that looks like one. */
interface OptionWord {
  name: string;
  value: string;
  quoted: boolean;
  param?: Param;
}

// `https://…` and `09:30` are values, not options: a name is letters, the value no `//`.
const OPTION = /^([a-z_]+)[:=](.+)$/is;

function optionWord(token: Token, byName: Map<string, Param>): OptionWord | undefined {
  if (token.quoted) return undefined;
  const match = OPTION.exec(token.value);
  if (!match?.[1] || match[2] === undefined || match[2].startsWith("//")) return undefined;
  const name = match[1].toLowerCase();
  const close = QUOTES[match[2].charAt(0)];
  const quoted = close !== undefined && match[2].length >= 2 && match[2].endsWith(close);
  const value = quoted ? match[2].slice(1, -1) : match[2];
  const param = byName.get(name);
  return param ? { name, value, quoted, param } : { name, value, quoted };
}

/**
 * Splits what follows a command into raw values, never guessing: `name:value` (or `name=value`)
 * for any parameter; positional words fill the parameters `positionalParams` names, in order; a
 * free text, or a multi-word name typed last, takes the rest of the line. An option that is
 * unknown (a typo of one is named), given twice, or a value with nowhere to go is refused.
 */
export function splitArgs(input: string, params: readonly Param[]): SplitResult {
  const tokens = tokenize(input);
  if (!Array.isArray(tokens)) return { problem: tokens };
  const raw = new Map<string, string>();
  const byName = new Map(params.map((p) => [p.name.toLowerCase(), p]));
  const names = params.map((p) => p.name.toLowerCase());
  const positional: { token: Token; looksLikeOption?: string }[] = [];
  const cut: { start: number; end: number }[] = [];
  const options = tokens.map((token) => optionWord(token, byName));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const option = options[i];
    if (!option) {
      positional.push({ token });
      continue;
    }
    if (!option.param) {
      // A near miss of an option name is a typo, wherever it stands; anything else may be text.
      const suggestion = closest(option.name, names, 1);
      if (suggestion !== undefined)
        return { problem: { kind: "unknownOption", option: option.name, suggestion } };
      positional.push({ token, looksLikeOption: option.name });
      continue;
    }
    const param = option.param;
    if (raw.has(param.name)) return { problem: { kind: "repeated", option: param.name } };
    let value = option.value;
    let end = token.end;
    // An unquoted text or name given by name runs to the next option.
    if (!option.quoted && (param.kind === "text" || param.multiWord)) {
      while (i + 1 < tokens.length && !options[i + 1]) {
        i++;
        end = (tokens[i] as Token).end;
      }
      value = input.slice(token.start + option.name.length + 1, end).trim();
    }
    raw.set(param.name, value);
    cut.push({ start: token.start, end });
  }

  const open = positionalParams(params).filter((p) => !raw.has(p.name));
  let next = 0;
  for (let index = 0; index < open.length; index++) {
    const param = open[index] as Param;
    const here = positional[next];
    if (!here) break;
    const last = index === open.length - 1;
    // A quoted name is exactly the quote; what follows is the free text the command takes
    // (`mod resources add <url> "Living with diabetes" A practical guide`).
    if (param.multiWord && last && here.token.quoted && positional.length > next + 1) {
      const text = params.find((p) => p.kind === "text" && !raw.has(p.name) && !open.includes(p));
      if (text) open.push(text);
    }
    if (param.kind === "text" || (param.multiWord && index === open.length - 1)) {
      const taken = positional.slice(next);
      const stray = param.kind === "text" ? undefined : taken.find((t) => t.looksLikeOption);
      if (stray?.looksLikeOption)
        return { problem: { kind: "unknownOption", option: stray.looksLikeOption } };
      raw.set(
        param.name,
        restOfLine(
          input,
          taken.map((t) => t.token),
          cut,
        ),
      );
      next = positional.length;
      break;
    }
    if (here.looksLikeOption) return { problem: { kind: "unknownOption", option: here.looksLikeOption } };
    raw.set(param.name, here.token.value);
    next++;
  }
  const extra = positional[next];
  if (extra?.looksLikeOption) return { problem: { kind: "unknownOption", option: extra.looksLikeOption } };
  if (extra) return { problem: { kind: "tooMany", extra: extra.token.value } };
  return { args: Object.fromEntries(raw) };
}

/** The original text from the first to the last token, minus options in between. */
function restOfLine(input: string, tokens: Token[], cut: { start: number; end: number }[]): string {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return "";
  if (tokens.length === 1) return first.value;
  let text = "";
  let at = first.start;
  for (const named of cut) {
    if (named.start < first.start || named.end > last.end) continue;
    text += input.slice(at, named.start);
    at = named.end;
  }
  text += input.slice(at, last.end);
  return text.replace(/[ \t]{2,}/g, " ");
}
