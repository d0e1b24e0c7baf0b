// Longer links are shown as text: no reader needs them, and some platforms refuse them.
const URL_MAX = 2048;

/**
 * The one rule for a link any renderer makes clickable: a web address (http or https) with a
 * host, no credentials (`https://bank.example@evil.example` reads as one site and opens another)
 * and at most 2048 characters. Returns the address normalised by the WHATWG URL parser (spaces
 * and angle brackets percent-encoded), or undefined: the caller then shows the text as text.
 * Anything else (`javascript:`, `tg://user` mentions that notify, `mailto:`) never becomes a link.
 */
export function safeUrl(href: string): string | undefined {
  if (href.length > URL_MAX) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  const normalised = url.toString();
  return normalised.length > URL_MAX ? undefined : normalised;
}
