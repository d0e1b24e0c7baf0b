import { z } from "zod";
import { PlatformError, type PlatformErrorKind, type PlatformOperation } from "../../core/platform-error.js";

const slackError = z.object({ data: z.object({ error: z.string() }) });

/** Slack's error code (`not_in_channel`…) of a failed Web API call, when it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const parsed = slackError.safeParse(error);
  return parsed.success ? parsed.data.data.error : undefined;
}

// Slack error codes meaning the bot lacks a right, or the target is gone.
const MISSING_PERMISSION = new Set([
  "not_in_channel",
  "restricted_action",
  "missing_scope",
  "ekm_access_denied",
]);
const NOT_FOUND = new Set(["channel_not_found", "is_archived"]);
// A user the bot cannot write to: a bot, a deactivated account, someone outside the workspace.
export const CANNOT_MESSAGE = new Set([
  "cannot_dm_bot",
  "user_not_found",
  "user_disabled",
  "channel_not_found",
]);

export function toPlatformError(error: unknown, operation: PlatformOperation): PlatformError {
  const code = slackErrorCode(error) ?? "";
  const kind: PlatformErrorKind = MISSING_PERMISSION.has(code)
    ? "missing_permission"
    : NOT_FOUND.has(code)
      ? "not_found"
      : "failed";
  return new PlatformError(kind, operation, { cause: error });
}
