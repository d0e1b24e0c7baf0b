import type { GroupContext } from "./context.js";
import { describeError } from "./failures.js";
import { alertModerators } from "./moderator-alerts-service.js";
import { missingPermissionText, PlatformError } from "./platform-error.js";
import type { RichText } from "./ports.js";
import { paragraph, view } from "./views.js";

// A problem told to moderators is told again at most once a day, in case they missed it.
const RETELL_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Tells the group's moderators about a problem once (where only moderators read, or where it
 * happened when no moderator can be reached), instead of failing silently or repeating it.
 */
export async function tellModeratorsOnce(ctx: GroupContext, kind: string, text: RichText): Promise<void> {
  const groupId = ctx.group.id;
  const since = new Date(ctx.clock.now().getTime() - RETELL_AFTER_MS);
  await ctx.db.notice.deleteMany({ where: { groupId, kind, createdAt: { lt: since } } });
  const created = await ctx.db.notice.createMany({
    data: [{ groupId, kind, createdAt: ctx.clock.now() }],
    skipDuplicates: true,
  });
  if (created.count === 0) return;
  const port = ctx.ports.get(ctx.group.platform);
  try {
    // A notice names no one, so where no moderator can be reached privately it may be said here.
    if (await alertModerators(ctx, view(paragraph(text)))) return;
    await port?.post(
      { groupId: ctx.group.platformGroupId, channelId: ctx.place.channelId },
      view(paragraph(text)),
    );
  } catch (error) {
    ctx.log.warn({ kind, error: describeError(error) }, "could not tell moderators");
  }
}

/**
 * Runs a platform operation that may be refused. A missing right is told to moderators once and
 * the command goes on; other platform failures are logged. Returns undefined when it failed.
 */
export async function tryPlatform<T>(ctx: GroupContext, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    if (error.kind === "missing_permission") {
      await tellModeratorsOnce(
        ctx,
        `permission:${error.operation}`,
        missingPermissionText(ctx.tCommunity, error.operation),
      );
    } else {
      ctx.log.warn({ operation: error.operation, kind: error.kind }, "platform operation failed");
    }
    return undefined;
  }
}
