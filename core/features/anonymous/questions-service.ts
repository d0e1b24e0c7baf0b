import { changeAndAudit } from "../../audit-service.js";
import type { Context, GroupContext, Services } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { Prisma } from "../../db/generated/client.js";
import type { Platform } from "../../ports.js";

const DAY_MS = 86_400_000;
// A member may have this many questions waiting or asked within a day.
export const QUESTIONS_PER_DAY = 3;

const questionWithPlace = {
  group: { select: { platform: true, platformGroupId: true } },
  asker: { select: { platformUserId: true } },
} as const;

/** Questions the member asked in the last day (the per-member rate limit). */
export async function askedToday(ctx: GroupContext, memberId: number): Promise<number> {
  const since = new Date(ctx.clock.now().getTime() - DAY_MS);
  return ctx.db.anonymousQuestion.count({ where: { askerId: memberId, createdAt: { gt: since } } });
}

function closesAt(ctx: GroupContext, days: number): Date {
  return new Date(ctx.clock.now().getTime() + days * DAY_MS);
}

export interface NewQuestion {
  askerId: number;
  channelId: string;
  text: string;
  /** Asked privately by a member of several groups: it waits for them to pick one. */
  draft: boolean;
  /** How long it lives unless posted (a draft: until its asker picks a group). */
  days: number;
}

/** Stores a question of the group for review (or as a draft); returns its id. */
export async function storeQuestion(ctx: GroupContext, question: NewQuestion): Promise<number> {
  const { id } = await ctx.db.anonymousQuestion.create({
    data: {
      communityId: ctx.community.id,
      groupId: ctx.group.id,
      askerId: question.askerId,
      channelId: question.channelId,
      text: question.text,
      status: question.draft ? "draft" : "pending",
      createdAt: ctx.clock.now(),
      closesAt: closesAt(ctx, question.days),
    },
  });
  return id;
}

/** The caller's own draft, or null when it is not theirs or no longer a draft. */
export function ownDraft(ctx: Context, id: number) {
  return ctx.db.anonymousQuestion.findFirst({
    where: { id, status: "draft", asker: { platformUserId: ctx.actor.id } },
  });
}

/** The group an asker picked for their draft, on the caller's platform. */
export function pickedGroup(ctx: Context, groupRowId: number) {
  return ctx.db.group.findFirst({ where: { id: groupRowId, platform: ctx.platform } });
}

/** A draft moves to the group its asker picked (as that group's member) and waits for review. */
export async function moveDraftForReview(
  target: GroupContext,
  id: number,
  askerId: number,
  days: number,
): Promise<void> {
  await target.db.anonymousQuestion.update({
    where: { id },
    data: {
      communityId: target.community.id,
      groupId: target.group.id,
      askerId,
      channelId: target.group.platformGroupId,
      status: "pending",
      closesAt: closesAt(target, days),
    },
  });
}

/** A question with where it is posted and who asked it. */
export function questionById(ctx: GroupContext, id: number) {
  return ctx.db.anonymousQuestion.findUniqueOrThrow({ where: { id }, include: questionWithPlace });
}

/** A question of the community that waits for review, or null. */
export function waitingQuestion(ctx: GroupContext, id: number) {
  return ctx.db.anonymousQuestion.findFirst({
    where: { id, communityId: ctx.community.id, status: "pending" },
    include: questionWithPlace,
  });
}

/** How many questions wait for review in the community, and the first `shown` of them. */
export async function questionQueue(ctx: GroupContext, shown: number) {
  const where = { communityId: ctx.community.id, status: "pending" as const };
  const [count, waiting] = await ctx.db.$transaction([
    ctx.db.anonymousQuestion.count({ where }),
    ctx.db.anonymousQuestion.findMany({ where, orderBy: { id: "asc" }, take: shown }),
  ]);
  return { count, waiting };
}

/** The caller's own posted question on this platform, with its first post to answer under. */
export function ownOpenQuestion(ctx: Context, id: number) {
  return ctx.db.anonymousQuestion.findFirst({
    where: {
      id,
      status: "posted",
      asker: { platformUserId: ctx.actor.id },
      group: { platform: ctx.platform },
    },
    include: { ...questionWithPlace, posts: { take: 1 } },
  });
}

/** The pseudonym's answer messages join the question's posts (replies to them reach the asker). */
export async function recordAnswerPosts(ctx: Context, id: number, messageIds: string[]): Promise<void> {
  await ctx.db.anonymousPost.createMany({
    data: messageIds.map((messageId) => ({ questionId: id, messageId })),
    skipDuplicates: true,
  });
}

/** Claims a waiting question for posting, with its audit entry; false when it no longer waits. */
export async function claimForPosting(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "AnonymousQuestion" SET "status" = 'posted'
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'pending' RETURNING "id"`,
      params: [id, ctx.community.id],
    },
    "questions.approve",
    `question ${id}`,
  );
  return ids.length > 0;
}

/** Posted: the text goes (the group's message holds it now), the pseudonym's messages are kept. */
export async function markPosted(ctx: GroupContext, id: number, messageIds: string[], days: number) {
  await ctx.db.$transaction([
    ctx.db.anonymousQuestion.update({
      where: { id },
      data: { text: null, postedAt: ctx.clock.now(), closesAt: closesAt(ctx, days) },
    }),
    ctx.db.anonymousPost.createMany({ data: messageIds.map((messageId) => ({ questionId: id, messageId })) }),
  ]);
}

/** Posting failed: the question waits again. */
export async function unclaim(ctx: GroupContext, id: number) {
  await ctx.db.anonymousQuestion.updateMany({
    where: { id, status: "posted", postedAt: null },
    data: { status: "pending" },
  });
}

/** Rejects a waiting question: the row (text and link to the asker) is deleted. */
export async function rejectQuestion(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `DELETE FROM "AnonymousQuestion"
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'pending' RETURNING "id"`,
      params: [id, ctx.community.id],
    },
    "questions.reject",
    `question ${id}`,
  );
  return ids.length > 0;
}

/** The first moderator's request to reveal the asker; true when it was recorded. */
export async function requestReveal(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "AnonymousQuestion" SET "revealRequestedBy" = $3
            WHERE "id" = $1 AND "communityId" = $2 AND "status" <> 'draft'
              AND ("revealRequestedBy" IS NULL OR "revealRequestedBy" = $3) RETURNING "id"`,
      params: [id, ctx.community.id, ctx.actor.id],
    },
    "questions.reveal.request",
    `question ${id}`,
  );
  return ids.length > 0;
}

/** A second, different moderator agrees: the request is used up and the reveal audited. */
export async function confirmReveal(ctx: GroupContext, id: number): Promise<boolean> {
  const ids = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "AnonymousQuestion" SET "revealRequestedBy" = NULL
            WHERE "id" = $1 AND "communityId" = $2 AND "revealRequestedBy" IS NOT NULL
              AND "revealRequestedBy" <> $3 RETURNING "id"`,
      params: [id, ctx.community.id, ctx.actor.id],
    },
    "questions.reveal",
    `question ${id}, agreed by two moderators`,
  );
  return ids.length > 0;
}

/** The open question one of the pseudonym's messages belongs to, in this group. */
export function questionOfPost(ctx: GroupContext, messageId: string) {
  return ctx.db.anonymousQuestion.findFirst({
    where: { groupId: ctx.group.id, status: "posted", posts: { some: { messageId } } },
    include: questionWithPlace,
  });
}

/** Closed questions (and drafts and waiting ones past their time) go, and with them the link. */
export async function closeExpired(services: Services): Promise<number> {
  const now = services.clock.now();
  return (await services.db.anonymousQuestion.deleteMany({ where: { closesAt: { lt: now } } })).count;
}

export async function exportQuestions(db: Db, platform: Platform, userId: string) {
  const questions = await db.anonymousQuestion.findMany({
    where: { asker: { platformUserId: userId }, group: { platform } },
    include: { community: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  // A moderator's pending request to reveal an asker names them until a second one agrees.
  const revealRequests = await db.anonymousQuestion.findMany({
    where: { revealRequestedBy: userId, group: { platform } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return {
    revealRequests: revealRequests.map((q) => q.id),
    anonymousQuestions: questions.map((q) => ({
      question: q.id,
      community: q.community.name,
      status: q.status,
      asked: q.createdAt.toISOString(),
      closes: q.closesAt.toISOString(),
      text: q.text,
    })),
  };
}

/**
 * Forgetting the asker deletes their questions' rows: nothing links them to the pseudonym after.
 * Forgetting a moderator drops the reveal requests they made.
 */
export async function eraseQuestions(
  db: Prisma.TransactionClient,
  platform: Platform,
  userId: string,
): Promise<void> {
  await db.anonymousQuestion.deleteMany({
    where: { asker: { platformUserId: userId }, group: { platform } },
  });
  // A forgotten moderator's pending reveal request lapses; another pair of moderators can ask again.
  await db.anonymousQuestion.updateMany({
    where: { revealRequestedBy: userId, group: { platform } },
    data: { revealRequestedBy: null },
  });
}
