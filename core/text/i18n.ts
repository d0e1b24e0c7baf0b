import { type MessageFormatElement, parse } from "@formatjs/icu-messageformat-parser";
import IntlMessageFormat, { type PrimitiveType } from "intl-messageformat";
import type { Inline, RichText } from "../ports.js";
import type { Catalog, MessageKey } from "./catalog-en.js";
import { CATALOGS, FALLBACK_LANGUAGE, isRightToLeft, type Language } from "./languages.js";
import type { ArgsOf } from "./placeholders.js";
import { pseudoElements, pseudoEnabled } from "./pseudo.js";

export type VarsFor<K extends MessageKey> = ArgsOf<Catalog[K]>;

type VarsArg<K extends MessageKey> = keyof VarsFor<K> extends never ? [] : [VarsFor<K>];

export interface Translate {
  /** A catalog message in this reader's language, as RichText: values stay plain text. */
  <K extends MessageKey>(key: K, ...vars: VarsArg<K>): RichText;
  /** The same message as plain text (button labels, menu placeholders, command descriptions). */
  plain<K extends MessageKey>(key: K, ...vars: VarsArg<K>): string;
  /**
   * A message that takes no values, for keys chosen at run time (a command's description, a
   * parameter's): plain text.
   */
  description(key: MessageKey): string;
  language: Language;
  /** The IANA time zone dates and times are shown in (the community's). */
  timeZone: string;
  /** The reader's number format, e.g. 1,234 or 1 234. */
  number(value: number): string;
}

export interface TranslatorOptions {
  language?: Language;
  timeZone?: string;
}

/**
 * Catalog markup, written the friendly way and turned into ICU tags before parsing: `**bold**`
 * → `<b>`, `_italic_` → `<i>`, `` `code` `` → `<code>`. Only the template is read this way; values
 * are inserted after parsing and are never markup.
 */
export function markupToTags(template: string): string {
  return template
    .replace(/\*\*(.+?)\*\*/gs, "<b>$1</b>")
    .replace(/`(.+?)`/gs, "<code>$1</code>")
    .replace(/(^|[^\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])/gsu, "$1<i>$2</i>");
}

/** A template parsed into ICU elements, as the catalogs' test and the translator both read it. */
export function parseTemplate(template: string): MessageFormatElement[] {
  return parse(markupToTags(template), { requiresOtherClause: true });
}

// Each template is parsed once per language (a few hundred strings per language); formatters are
// built from the parsed elements per language and time zone, again once.
const parsed = new Map<string, MessageFormatElement[]>();
const translators = new Map<string, Translate>();

function elements(language: Language, key: MessageKey, pseudo: boolean): MessageFormatElement[] {
  const id = `${pseudo ? "pseudo" : language}\u0000${key}`;
  let found = parsed.get(id);
  if (!found) {
    const ast = parseTemplate(CATALOGS[language][key]);
    found = pseudo ? pseudoElements(ast) : ast;
    parsed.set(id, found);
  }
  return found;
}

/** The translator for one reader: memoized per language and time zone. */
export function translator(options: TranslatorOptions = {}): Translate {
  const language = options.language ?? FALLBACK_LANGUAGE;
  const timeZone = options.timeZone ?? "UTC";
  const id = `${language}\u0000${timeZone}`;
  let t = translators.get(id);
  if (!t) {
    t = createTranslator(language, timeZone);
    translators.set(id, t);
  }
  return t;
}

type Chunk = string | Inline;

function styled(style: Inline["style"]) {
  return (chunks: Chunk[]): Inline => ({
    text: chunks.map((c) => (typeof c === "string" ? c : c.text)).join(""),
    style,
  });
}
const TAGS = { b: styled("bold"), i: styled("italic"), code: styled("code") };

// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: a Latin name inside an Arabic or
// Hebrew sentence, or a Hebrew or Arabic name inside an English one, keeps its own direction and
// does not reorder the words around it. Isolates or overrides the value brings are dropped first, so
// the pair is always balanced (renderers keep only balanced pairs).
const isolate = (value: string) => `\u2068${value.replace(/[\u202a-\u202e\u2066-\u2069]/g, "")}\u2069`;

/** Letters of a script written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Whether a value is isolated: in a right-to-left template always, else when it holds RTL letters. */
export function needsIsolation(value: string, rtlTemplate: boolean): boolean {
  return value.length > 0 && (rtlTemplate || RTL_LETTER.test(value));
}

function createTranslator(language: Language, timeZone: string): Translate {
  // The pseudo-locale stands in for English (the fallback), so the whole suite can run under it.
  const pseudo = language === FALLBACK_LANGUAGE && pseudoEnabled();
  const rtl = isRightToLeft(language);
  const formats = zonedFormats(timeZone);
  const formatters = new Map<MessageKey, IntlMessageFormat>();
  const numbers = new Intl.NumberFormat(language);

  function format(key: MessageKey, vars: Record<string, unknown> | undefined): RichText {
    let mf = formatters.get(key);
    if (!mf) {
      mf = new IntlMessageFormat(elements(language, key, pseudo), language, formats);
      formatters.set(key, mf);
    }
    const values: Record<string, unknown> = { ...TAGS };
    for (const [name, value] of Object.entries(vars ?? {})) {
      values[name] = typeof value === "string" && needsIsolation(value, rtl) ? isolate(value) : value;
    }
    // Values are strings, numbers and Dates (typed by ArgsOf at the call); tags return Inline.
    return toRichText(mf.format<Inline>(values as Record<string, PrimitiveType | Inline>));
  }

  const t = ((key: MessageKey, vars?: Record<string, unknown>) => format(key, vars)) as Translate;
  t.plain = ((key: MessageKey, vars?: Record<string, unknown>) =>
    format(key, vars)
      .map((span) => span.text)
      .join("")) as Translate["plain"];
  t.description = (key) =>
    format(key, undefined)
      .map((span) => span.text)
      .join("");
  t.language = language;
  t.timeZone = timeZone;
  t.number = (value) => numbers.format(value);
  return t;
}

/** ICU's named date and time formats (`{d, date, medium}`), shown in the community's time zone. */
function zonedFormats(timeZone: string) {
  const zone = <T extends Record<string, Intl.DateTimeFormatOptions>>(formats: T) =>
    Object.fromEntries(Object.entries(formats).map(([name, options]) => [name, { ...options, timeZone }]));
  return {
    date: zone(IntlMessageFormat.formats.date),
    time: zone(IntlMessageFormat.formats.time),
  };
}

function toRichText(out: Chunk | Chunk[]): RichText {
  const spans: RichText = [];
  for (const chunk of Array.isArray(out) ? out : [out]) {
    const span = typeof chunk === "string" ? { text: chunk } : chunk;
    if (span.text.length === 0) continue;
    const prev = spans.at(-1);
    if (prev && prev.style === span.style) prev.text += span.text;
    else spans.push(span.style ? { text: span.text, style: span.style } : { text: span.text });
  }
  return spans;
}

/** The English translator, for texts no reader is known for yet (start-up, logs-free notices). */
export const englishT: Translate = translator();

/**
 * The raw template, for texts whose placeholders are filled later by another part (the starter
 * welcome a moderator takes keeps its {member} and {community}).
 */
export function rawMessage(key: MessageKey, language: Language = FALLBACK_LANGUAGE): string {
  return CATALOGS[language][key];
}
