import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";
import { PlatformError, type PlatformOperation } from "../../core/platform-error.js";

const MISSING_PERMISSION = new Set<number | string>([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
]);
const CANNOT_MESSAGE = new Set<number | string>([
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds,
]);

/**
 * Turns a discord.js failure into the core's PlatformError. `notFound` names the Discord codes that
 * mean "the thing this operation is about is gone" (a role deleted by hand): an unknown member
 * during a role grant must not read as an unknown role, or the core would recreate the role.
 */
export function toPlatformError(
  error: unknown,
  operation: PlatformOperation,
  notFound: readonly RESTJSONErrorCodes[] = [
    RESTJSONErrorCodes.UnknownRole,
    RESTJSONErrorCodes.UnknownChannel,
  ],
): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof DiscordAPIError) {
    if (MISSING_PERMISSION.has(error.code))
      return new PlatformError("missing_permission", operation, { cause: error });
    if (CANNOT_MESSAGE.has(error.code))
      return new PlatformError("cannot_message", operation, { cause: error });
    if ((notFound as readonly (number | string)[]).includes(error.code)) {
      return new PlatformError("not_found", operation, { cause: error });
    }
  }
  return new PlatformError("failed", operation, { cause: error });
}

export async function orPlatformError<T>(
  operation: PlatformOperation,
  work: () => Promise<T>,
  notFound?: readonly RESTJSONErrorCodes[],
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toPlatformError(error, operation, notFound);
  }
}
