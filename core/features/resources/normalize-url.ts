// Tracking parameters say who shared a link, not what it is: they are dropped before comparing.
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok)$/i,
];

export const MAX_URL_LENGTH = 2048;

export type NormalizedUrl =
  | { ok: true; url: string; key: string; host: string }
  | { ok: false; problem: "scheme" | "invalid" | "length" | "credentials" };

/**
 * Validates and normalises a link members or moderators typed. The bot never fetches it: this is
 * text processing only, so there is nothing to reach inside the host's network.
 */
export function normalizeUrl(input: string): NormalizedUrl {
  const typed = input.trim().replace(/^<(.*)>$/, "$1");
  if (typed.length > MAX_URL_LENGTH) return { ok: false, problem: "length" };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { ok: false, problem: /^[a-z][\w+.-]*:/i.test(typed) ? "scheme" : "invalid" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, problem: "scheme" };
  if (url.username || url.password) return { ok: false, problem: "credentials" };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (!/^[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(host)) return { ok: false, problem: "invalid" };
  url.hostname = host;
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.some((pattern) => pattern.test(name))) url.searchParams.delete(name);
  }
  url.hash = "";
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "");
  const clean = url.toString();
  // The key ignores the scheme and parameter order, so http/https and reordered links match.
  const sorted = new URLSearchParams([...url.searchParams].sort(([a], [b]) => a.localeCompare(b)));
  const query = sorted.toString();
  const key = `${host}${url.port ? `:${url.port}` : ""}${url.pathname === "/" ? "" : url.pathname}${query ? `?${query}` : ""}`;
  return { ok: true, url: clean, key, host };
}

/** Whether `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function normalizeDomain(input: string): string | undefined {
  const candidate = input
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/\/.*$/, "")
    .replace(/^www\./, "");
  return /^[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(candidate) ? candidate : undefined;
}
