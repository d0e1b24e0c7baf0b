import type { Inline, RichText } from "../ports.js";

export type TextVars = Record<string, string | number>;

/**
 * Turns a trusted catalog template into RichText. The template may use `**bold**`, `_italic_`,
 * `` `code` `` and `{name}` placeholders; placeholder values are inserted as plain text spans and
 * never parsed, so user-supplied text can never become markup.
 */
export function renderTemplate(template: string, vars: TextVars = {}): RichText {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    compiled = compile(template);
    compiledTemplates.set(template, compiled);
  }
  const out: RichText = [];
  for (const segment of compiled) {
    const text = segment.parts.map((part) => (typeof part === "string" ? part : fill(part, vars))).join("");
    if (text.length > 0) out.push(segment.style ? { text, style: segment.style } : { text });
  }
  return merge(out);
}

interface Placeholder {
  name: string;
}
interface Segment {
  style: Inline["style"];
  parts: (string | Placeholder)[];
}

// Only catalog templates come here (a few hundred strings, see i18n.ts): each is parsed once.
const compiledTemplates = new Map<string, Segment[]>();

function compile(template: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /\*\*(.+?)\*\*|_(.+?)_|`(.+?)`/gs;
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    const index = match.index ?? 0;
    segments.push(segment(template.slice(last, index), undefined));
    const [, bold, italic, code] = match;
    if (bold !== undefined) segments.push(segment(bold, "bold"));
    else if (italic !== undefined) segments.push(segment(italic, "italic"));
    else if (code !== undefined) segments.push(segment(code, "code"));
    last = index + match[0].length;
  }
  segments.push(segment(template.slice(last), undefined));
  return segments;
}

function segment(text: string, style: Inline["style"]): Segment {
  const parts: (string | Placeholder)[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push({ name: match[1] ?? "" });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return { style, parts };
}

/** A placeholder's value as plain text; one the call does not give stays as written. */
function fill(placeholder: Placeholder, vars: TextVars): string {
  return placeholder.name in vars ? String(vars[placeholder.name]) : `{${placeholder.name}}`;
}

function merge(spans: RichText): RichText {
  const out: RichText = [];
  for (const span of spans) {
    const prev = out.at(-1);
    if (prev && prev.style === span.style && !prev.href && !span.href && !prev.user && !span.user) {
      prev.text += span.text;
    } else out.push({ ...span });
  }
  return out;
}

/** Plain text, as a console or a log would show it. */
export function plainText(text: RichText): string {
  return text.map((span) => span.text).join("");
}

export function plain(text: string): RichText {
  return [{ text }];
}

export function link(text: string, href: string): Inline {
  return { text, href };
}

/** A reference to a platform user, rendered as a mention that never notifies. */
export function userRef(platformUserId: string): Inline {
  return { text: platformUserId, user: platformUserId };
}
