// Telegram: a /start parameter is 1-64 characters of A-Z, a-z, 0-9, _ and -.
const START_PARAMETER = /^[A-Za-z0-9_-]{1,64}$/;
const PAYLOAD = /^([a-z0-9_]{1,32})(?:-(-?\d{1,20}))?$/;

/** Reserved flow name: the welcome a new member could not be sent privately. */
export const WELCOME_FLOW = "welcome";

/**
 * What a `t.me/<bot>?start=<payload>` link opens in the private chat: `<name>` runs that command
 * there (`mydata`), `<name>-<chatId>` runs it for a group (`rules--1001234567890`), and
 * `welcome-<chatId>` shows that group's welcome.
 */
export interface DeepLink {
  name: string;
  groupId?: string;
}

export function deepLinkPayload(link: DeepLink): string | undefined {
  const payload = link.groupId ? `${link.name}-${link.groupId}` : link.name;
  return START_PARAMETER.test(payload) && PAYLOAD.test(payload) ? payload : undefined;
}

export function deepLinkUrl(botUsername: string, link: DeepLink): string | undefined {
  const payload = deepLinkPayload(link);
  return payload ? `https://t.me/${botUsername}?start=${payload}` : undefined;
}

export function parseDeepLink(payload: string): DeepLink | undefined {
  const match = PAYLOAD.exec(payload.trim());
  if (!match?.[1]) return undefined;
  return match[2] ? { name: match[1], groupId: match[2] } : { name: match[1] };
}
