import type { Inline, RichText } from "../../core/ports.js";
import { stripControls } from "../shared/text.js";
import { safeUrl } from "../shared/url.js";

// Slack mrkdwn has no escape for its formatting characters: a zero-width space on each side
// keeps user text from opening bold, italic, strike-through or code.
const ZWSP = "\u200B";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const RESERVED = /[&<>]/g;

/** The three characters Slack asks apps to escape in any mrkdwn or fallback text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(RESERVED, (c) => ENTITIES[c] ?? c);
}

// One pass over the text: the reserved characters become entities, formatting markers are fenced,
// and a `>` that would start a quote (at the start of a line) is kept from doing so.
const UNSAFE = /[&<*_~`]|\n?>/g;

/**
 * User text made inert: it can never link, mention (`<!channel>`, `<@U…>`), quote or format.
 * Bare `@here` stays text because every mrkdwn object is sent with `verbatim: true`.
 */
export function inert(text: string): string {
  return text.replace(UNSAFE, (match: string, offset: number) => {
    if (match === "\n>") return `\n${ZWSP}&gt;`;
    if (match === ">") return offset === 0 ? `${ZWSP}&gt;` : "&gt;";
    return ENTITIES[match] ?? `${ZWSP}${match}${ZWSP}`;
  });
}

/** Inside inline code Slack formats nothing, but a backtick would end the code early. */
function inertCode(text: string): string {
  return escapeMrkdwn(text).replace(/`/g, "\u02CB");
}

// Slack user ids: U… in a workspace, W… across an Enterprise Grid.
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

function wrap(body: string, marker: string): string {
  // Slack only styles a run whose markers touch non-space characters.
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(body);
  const [, lead = "", core = "", trail = ""] = match ?? [];
  return core ? `${lead}${marker}${core}${marker}${trail}` : body;
}

export interface MrkdwnOptions {
  /** Whether a user reference may be a mention: only where no one else is notified. */
  mentions: boolean;
  /** Display names for user references shown as text, looked up for this message only. */
  names?: ReadonlyMap<string, string>;
}

function span(part: Inline, options: MrkdwnOptions): string {
  if (part.user !== undefined) {
    // A mention notifies the person named, so it is only used where nobody but the reader sees it.
    if (options.mentions && USER_ID.test(part.user)) return `<@${part.user}>`;
    const name = options.names?.get(part.user);
    return inert(stripControls(name ? `@${name}` : part.text));
  }
  const text = stripControls(part.text);
  let body = part.style === "code" ? inertCode(text) : inert(text);
  if (part.style === "bold") body = wrap(body, "*");
  else if (part.style === "italic") body = wrap(body, "_");
  else if (part.style === "code") body = wrap(body, "`");
  const href = part.href === undefined ? undefined : safeUrl(part.href);
  if (href) {
    const url = escapeMrkdwn(href).replace(/\|/g, "%7C");
    return `<${url}|${body}>`;
  }
  return body;
}

/** RichText as Slack mrkdwn: styles from the core become markup, every character of text stays text. */
export function toMrkdwn(text: RichText, options: MrkdwnOptions): string {
  return text.map((part) => span(part, options)).join("");
}
