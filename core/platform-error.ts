/**
 * A platform refused what the engine asked. Adapters throw it instead of their SDK's errors so the
 * core can decide: tell moderators once, recreate a role, or ask a member to open a chat first.
 */
export type PlatformErrorKind =
  /** The bot lacks a right (manage roles, restrict members, post in a channel). */
  | "missing_permission"
  /** The role, channel or user no longer exists. */
  | "not_found"
  /** The platform will not let the bot message this user yet (Telegram: they never started it). */
  | "cannot_message"
  /** Anything else: network, rate limit exhausted, platform outage. */
  | "failed";

export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    /** What the bot was doing, in moderator terms: `manage roles`, `restrict members`, `post in a channel`. */
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`${operation}: ${kind}`, options);
    this.name = "PlatformError";
  }
}
