// Rich text built by code rather than from the catalog (see i18n.ts for templates).
import type { Inline, RichText } from "../ports.js";

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
