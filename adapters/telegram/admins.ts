import type { Api } from "grammy";
import type { Logger } from "../../core/log.js";
import { describeTelegramError } from "./errors.js";

// Admin lists are asked again after this long, and at once when a chat_member update says an
// admin's rights changed.
const FRESH_FOR_MS = 5 * 60 * 1000;

export interface Admins {
  /** Whether Telegram says this user is the chat's creator or an administrator. */
  isAdmin(chatId: string, userId: string): Promise<boolean>;
  /** The chat's creator and administrators (the bot among them). */
  list(chatId: string): Promise<string[]>;
  forget(chatId: string): void;
}

/** getChatAdministrators, cached briefly per chat; a failed look-up counts as "not an admin". */
export function createAdmins(api: Api, log: Logger, now: () => number = Date.now): Admins {
  const cache = new Map<string, { ids: Promise<Set<string>>; at: number }>();
  const load = async (chatId: string): Promise<Set<string>> => {
    try {
      const admins = await api.getChatAdministrators(chatId);
      return new Set(admins.map((a) => String(a.user.id)));
    } catch (error) {
      cache.delete(chatId);
      log.warn({ error: describeTelegramError(error) }, "telegram: could not list chat administrators");
      return new Set();
    }
  };
  const ids = (chatId: string): Promise<Set<string>> => {
    let entry = cache.get(chatId);
    if (!entry || now() - entry.at > FRESH_FOR_MS) {
      entry = { ids: load(chatId), at: now() };
      cache.set(chatId, entry);
    }
    return entry.ids;
  };
  return {
    isAdmin: async (chatId, userId) => (await ids(chatId)).has(userId),
    list: async (chatId) => [...(await ids(chatId))],
    forget(chatId) {
      cache.delete(chatId);
    },
  };
}
