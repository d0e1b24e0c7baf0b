// Users seen in updates, kept in memory only (never stored): Telegram's Bot API cannot look up a
// @username, and display names are shown, never saved.
const KEPT = 10_000;
// After Telegram refused a private message, the bot does not try that user again for a while.
const UNREACHABLE_FOR_MS = 10 * 60 * 1000;

export interface SeenUser {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  is_bot?: boolean;
}

export interface People {
  see(user: SeenUser): void;
  /** The user id behind a @username seen lately. */
  idOf(username: string): string | undefined;
  nameOf(userId: string): string | undefined;
  /** Telegram would not let the bot write to them. */
  markUnreachable(userId: string): void;
  /** They wrote to the bot in private: it may write back. */
  markReachable(userId: string): void;
  mayMessage(userId: string): boolean;
}

export function displayName(user: SeenUser): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || (user.username ?? "");
}

function touch<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > KEPT) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

export function createPeople(now: () => number = Date.now): People {
  const byUsername = new Map<string, string>();
  const names = new Map<string, string>();
  const unreachable = new Map<string, number>();
  return {
    see(user) {
      const id = String(user.id);
      if (user.username) touch(byUsername, user.username.toLowerCase(), id);
      const name = displayName(user);
      if (name) touch(names, id, name);
    },
    idOf(username) {
      return byUsername.get(username.replace(/^@/, "").toLowerCase());
    },
    nameOf(userId) {
      return names.get(userId);
    },
    markUnreachable(userId) {
      touch(unreachable, userId, now() + UNREACHABLE_FOR_MS);
    },
    markReachable(userId) {
      unreachable.delete(userId);
    },
    mayMessage(userId) {
      const until = unreachable.get(userId);
      return until === undefined || until < now();
    },
  };
}
