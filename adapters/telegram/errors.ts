import { GrammyError } from "grammy";
import { PlatformError, type PlatformOperation } from "../../core/platform-error.js";

/** The Bot API's refusals that mean the bot lacks a right in the chat. */
const MISSING_RIGHT =
  /not enough rights|have no rights|need administrator rights|CHAT_ADMIN_REQUIRED|CHAT_WRITE_FORBIDDEN|not a member of the (super)?group|bot was kicked|available only for supergroups|TOPIC_CLOSED/i;
const NOT_FOUND =
  /chat not found|user not found|PARTICIPANT_ID_INVALID|USER_ID_INVALID|message thread not found|TOPIC_ID_INVALID/i;

/** What the Bot API said, for logs: the code and Telegram's description (never the payload). */
export function describeTelegramError(error: unknown): { code?: number; description: string } {
  if (error instanceof GrammyError) return { code: error.error_code, description: error.description };
  return { description: error instanceof Error ? error.name : "unknown error" };
}

/** True when Telegram refuses to let the bot write to a user (they never started it, or blocked it). */
export function isCannotMessage(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    (error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description)))
  );
}

/** Turns an SDK error into the core's PlatformError; `operation` is said in moderator terms. */
export function toPlatformError(error: unknown, operation: PlatformOperation): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof GrammyError) {
    if (error.error_code === 403 || MISSING_RIGHT.test(error.description)) {
      return new PlatformError("missing_permission", operation, { cause: error });
    }
    if (NOT_FOUND.test(error.description)) return new PlatformError("not_found", operation, { cause: error });
  }
  return new PlatformError("failed", operation, { cause: error });
}

/** True when Telegram refused for want of a right (e.g. deleting a member's message). */
export function isMissingRights(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    (error.error_code === 403 ||
      MISSING_RIGHT.test(error.description) ||
      /message can't be deleted/i.test(error.description))
  );
}
