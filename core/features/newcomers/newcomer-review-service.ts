import { changeAndAudit } from "../../audit-service.js";
import type { GroupContext } from "../../context.js";
import type { Member } from "../../db/generated/client.js";
import { communityName, RECIPIENT_SELECT, recipientOf, tellPrivately } from "../../tell-privately.js";

/**
 * Newcomer review (off unless a moderator sets it): what "counts" means here.
 * - A report counts when it alerts the moderators. A newcomer's report is filed `held`: it waits
 *   in `mod reports` and alerts no one until a moderator looks at it.
 * - A suggestion counts when it joins the library. Every suggestion waits for review unless its
 *   suggester is trusted and its site is on the community's trusted list: then it joins at once.
 * An approval is a suggestion approved or a report resolved (a dismissed report is no approval);
 * after `newcomerApprovals` of them a newcomer is trusted for good. Members the bot knew before
 * review was turned on are trusted from the start.
 */
export const MAX_NEWCOMER_APPROVALS = 20;

/** Whether this member's reports and suggestions wait for a moderator before they count. */
export function underReview(ctx: GroupContext, member: Pick<Member, "joinedAt" | "trustedAt">): boolean {
  const { newcomerApprovals, newcomerReviewSince } = ctx.community;
  if (newcomerApprovals === 0 || member.trustedAt) return false;
  // Raw rows may carry timestamps as text (PGlite's driver): compare instants.
  return !newcomerReviewSince || new Date(member.joinedAt) >= new Date(newcomerReviewSince);
}

/** Whether review is on and this member's contributions count at once. */
export function trustedUnderReview(
  ctx: GroupContext,
  member: Pick<Member, "joinedAt" | "trustedAt">,
): boolean {
  return ctx.community.newcomerApprovals > 0 && !underReview(ctx, member);
}

/**
 * Turns review on with `approvals` needed, or off with 0. "Since" is the database's clock, the
 * one members' `joinedAt` is written with, so members the bot knows now stay trusted.
 */
export async function setNewcomerReview(ctx: GroupContext, approvals: number): Promise<void> {
  const since = await ctx.db.$transaction(async (tx) => {
    const [row] = await tx.$queryRawUnsafe<{ since: Date | string | null }[]>(
      `UPDATE "Community" SET "newcomerApprovals" = $2,
         "newcomerReviewSince" = CASE WHEN $2 = 0 THEN NULL ELSE coalesce("newcomerReviewSince", now()) END
       WHERE "id" = $1 RETURNING "newcomerReviewSince" AS "since"`,
      ctx.community.id,
      approvals,
    );
    await ctx.audit("moderation.newcomers", String(approvals), tx);
    return row?.since ?? null;
  });
  Object.assign(ctx.community, {
    newcomerApprovals: approvals,
    newcomerReviewSince: since === null ? null : new Date(since),
  });
}

// One statement: the count of approvals and the change cannot drift apart, and a member is
// trusted (and audited) once, however many moderators decide at the same moment.
const TRUST_WHEN_ENOUGH = `UPDATE "Member" m SET "trustedAt" = $2
  WHERE m."id" = $1 AND m."trustedAt" IS NULL AND m."joinedAt" >= $4
    AND (SELECT count(*) FROM "Resource" r WHERE r."suggestedById" = m."id" AND r."status" IN ('approved', 'retired'))
      + (SELECT count(*) FROM "Report" p WHERE p."reporterId" = m."id" AND p."status" = 'resolved') >= $3
  RETURNING m."id"`;

/**
 * After a moderator approved one of a newcomer's contributions: trusts them once they have
 * enough approvals, with an audit entry in the moderator's name. Returns whether they are now.
 */
export async function creditApproval(ctx: GroupContext, memberId: number | null): Promise<boolean> {
  const { newcomerApprovals, newcomerReviewSince } = ctx.community;
  if (memberId === null || newcomerApprovals === 0 || !newcomerReviewSince) return false;
  const trusted = await changeAndAudit(
    ctx,
    { sql: TRUST_WHEN_ENOUGH, params: [memberId, ctx.clock.now(), newcomerApprovals, newcomerReviewSince] },
    "members.trust",
    "member {id}",
  );
  if (trusted.length === 0) return false;
  const member = await ctx.db.member.findUnique({ where: { id: memberId }, select: RECIPIENT_SELECT });
  if (member) {
    await tellPrivately(
      ctx,
      recipientOf(member),
      ctx.t("newcomers.nowTrusted", { community: communityName(ctx) }),
    );
  }
  return true;
}

/** A moderator trusts a member by hand (someone known long before the bot first saw them). */
export async function trustMember(ctx: GroupContext, platformUserId: string): Promise<boolean> {
  const trusted = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Member" SET "trustedAt" = $3 WHERE "groupId" = $1 AND "platformUserId" = $2
              AND "trustedAt" IS NULL RETURNING "id"`,
      params: [ctx.group.id, platformUserId, ctx.clock.now()],
    },
    "members.trust",
    "member {id}",
  );
  return trusted.length > 0;
}
