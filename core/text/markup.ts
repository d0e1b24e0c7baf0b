import type { Inline, RichText } from "../ports.js";

export type TextVars = Record<string, string | number>;

/**
 * Turns a trusted catalog template into RichText. The template may use `**bold**`, `_italic_`,
 * `` `code` `` and `{name}` placeholders; placeholder values are inserted as plain text spans and
 * never parsed, so user-supplied text can never become markup.
 */
export function renderTemplate(template: string, vars: TextVars = {}): RichText {
  const out: RichText = [];
  const pattern = /\*\*(.+?)\*\*|_(.+?)_|`(.+?)`/gs;
  let last = 0;
  for (const match of template.matchAll(pattern)) {
    const index = match.index ?? 0;
    pushFilled(out, template.slice(last, index), undefined, vars);
    const [, bold, italic, code] = match;
    if (bold !== undefined) pushFilled(out, bold, "bold", vars);
    else if (italic !== undefined) pushFilled(out, italic, "italic", vars);
    else if (code !== undefined) pushFilled(out, code, "code", vars);
    last = index + match[0].length;
  }
  pushFilled(out, template.slice(last), undefined, vars);
  return merge(out);
}

function pushFilled(out: RichText, text: string, style: Inline["style"], vars: TextVars): void {
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
  if (filled.length > 0) out.push(style ? { text: filled, style } : { text: filled });
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
