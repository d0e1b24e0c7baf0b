import type { RichText } from "./ports.js";
import type { MessageKey } from "./text/catalog-en.js";
import type { Translate } from "./text/i18n.js";
import { plainText } from "./text/markup.js";

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
  /** The member is one the platform lets no bot act on: an admin, the owner, someone ranked above the bot. */
  | "protected_member"
  /** Anything else: network, rate limit exhausted, platform outage. */
  | "failed";

/** What the bot was doing when a platform refused; the core words it for moderators. */
export type PlatformOperation =
  | "post"
  | "directMessage"
  | "restrictMembers"
  | "manageRoles"
  | "joinRequests"
  | "memberActions";

const OPERATION_TEXT = {
  post: "operation.post",
  directMessage: "operation.directMessage",
  restrictMembers: "operation.restrictMembers",
  manageRoles: "operation.manageRoles",
  joinRequests: "operation.joinRequests",
  memberActions: "operation.memberActions",
} as const satisfies Record<PlatformOperation, MessageKey>;

/** The moderators' notice for a right the bot lacks, in the catalog's words. */
export function missingPermissionText(t: Translate, operation: PlatformOperation): RichText {
  return t("notice.missingPermission", { operation: plainText(t(OPERATION_TEXT[operation])) });
}

export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    /** What the bot was doing; the notice key and, through the catalog, the moderators' words. */
    readonly operation: PlatformOperation,
    options?: { cause?: unknown },
  ) {
    super(`${operation}: ${kind}`, options);
    this.name = "PlatformError";
  }
}
