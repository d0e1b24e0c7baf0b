import type { Context } from "../../context.js";
import type { Language } from "../../text/languages.js";

/**
 * Sets the caller's own language on every member row they have on this platform (null: none of
 * their own); returns how many rows there were.
 */
export async function setMemberLanguage(ctx: Context, language: Language | null): Promise<number> {
  const { count } = await ctx.db.member.updateMany({
    where: { platformUserId: ctx.actor.id, group: { platform: ctx.platform } },
    data: { language },
  });
  return count;
}
