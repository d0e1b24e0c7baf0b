import { changeAndAudit } from "../../audit-service.js";
import type { Person } from "../../commands/define.js";
import type { Context, GroupContext, Services } from "../../context.js";
import type { Applicant, Prisma } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";

// Platforms and a reader's patience both favour few, short questions.
export const MAX_QUESTIONS = 3;
export const MAX_QUESTION_LENGTH = 200;
export const MAX_ANSWER_LENGTH = 500;

/** Questions as typed, separated by `|`: one to three, each short. */
export function parseQuestions(ctx: GroupContext, typed: string): string[] {
  const questions = typed
    .split("|")
    .map((q) => q.trim())
    .filter(Boolean);
  if (questions.length === 0) throw new UserError(ctx.t("screening.empty"));
  if (questions.length > MAX_QUESTIONS) {
    throw new UserError(ctx.t("screening.tooMany", { max: MAX_QUESTIONS, count: questions.length }));
  }
  if (questions.some((q) => q.length > MAX_QUESTION_LENGTH)) {
    throw new UserError(ctx.t("screening.tooLong", { max: MAX_QUESTION_LENGTH }));
  }
  return questions;
}

export async function saveQuestions(ctx: GroupContext, questions: string[]): Promise<void> {
  await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "Screening" ("communityId", "questions") VALUES ($1, $2)
            ON CONFLICT ("communityId") DO UPDATE SET "questions" = $2 RETURNING "communityId" AS "id"`,
      params: [ctx.community.id, questions],
    },
    "screening.questions",
    `${questions.length} questions`,
  );
}

/** Turns screening on or off; false when it already was. */
export async function setScreening(ctx: GroupContext, on: boolean): Promise<boolean> {
  const changed = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Screening" SET "enabled" = $2 WHERE "communityId" = $1 AND "enabled" <> $2
            RETURNING "communityId" AS "id"`,
      params: [ctx.community.id, on],
    },
    on ? "screening.on" : "screening.off",
    "",
  );
  return changed.length > 0;
}

/** Starts screening someone in this group (a newcomer or a join request); false when off. */
export async function startScreening(
  ctx: GroupContext,
  source: Applicant["source"],
): Promise<string[] | undefined> {
  const screening = ctx.community.screening;
  if (!screening?.enabled || screening.questions.length === 0) return undefined;
  await ctx.db.applicant.upsert({
    where: { groupId_platformUserId: { groupId: ctx.group.id, platformUserId: ctx.actor.id } },
    create: {
      communityId: ctx.community.id,
      groupId: ctx.group.id,
      platform: ctx.platform,
      platformUserId: ctx.actor.id,
      source,
      accountCreatedAt: ctx.actor.accountCreatedAt ?? null,
    },
    // Asking again (a second join request) starts the answers over.
    update: { answers: [], source },
  });
  return screening.questions;
}

/** The caller's screening still waiting for answers: in this group, or their latest anywhere on the platform. */
export async function openApplication(ctx: Context | GroupContext) {
  const where =
    "group" in ctx
      ? { groupId: ctx.group.id, platformUserId: ctx.actor.id }
      : { platform: ctx.platform, platformUserId: ctx.actor.id };
  const applicant = await ctx.db.applicant.findFirst({
    where,
    orderBy: { createdAt: "desc" },
    include: { community: { include: { screening: true } } },
  });
  const questions = applicant?.community.screening?.questions ?? [];
  if (!applicant || applicant.answers.length >= questions.length) return undefined;
  return { applicant, questions };
}

/**
 * The oldest newcomer waiting in this community and how many wait (one snapshot), with the
 * questions they answer (loaded with the group context).
 */
export async function nextToReview(ctx: GroupContext) {
  const where = { communityId: ctx.community.id };
  const [waiting, next] = await ctx.db.$transaction([
    ctx.db.applicant.count({ where }),
    ctx.db.applicant.findFirst({ where, orderBy: { createdAt: "asc" } }),
  ]);
  return { waiting, next, questions: ctx.community.screening?.questions ?? [] };
}

/**
 * Deletes a newcomer's answers with the decision's audit entry (one statement). Returns the
 * applicant decided about, with their group; undefined when someone already decided.
 */
export async function recordDecision(ctx: GroupContext, id: number, approve: boolean) {
  const applicant = await ctx.db.applicant.findFirst({
    where: { id, communityId: ctx.community.id },
    include: { group: true },
  });
  if (!applicant) return undefined;
  const deleted = await changeAndAudit(
    ctx,
    {
      sql: `DELETE FROM "Applicant" WHERE "id" = $1 AND "communityId" = $2 RETURNING "id"`,
      params: [id, ctx.community.id],
    },
    approve ? "screening.approve" : "screening.decline",
    "applicant {id}",
  );
  return deleted.length > 0 ? applicant : undefined;
}

/** Makes an approved join request a known member, so joining afterwards is not screened again. */
export async function rememberApproved(ctx: GroupContext, groupId: number, platformUserId: string) {
  await ctx.db.member.createMany({ data: [{ groupId, platformUserId }], skipDuplicates: true });
}

/** The rules version a person accepted in a group; null when none (or not a member yet). */
export async function acceptedRulesVersion(
  ctx: GroupContext,
  groupId: number,
  platformUserId: string,
): Promise<number | null> {
  const member = await ctx.db.member.findUnique({
    where: { groupId_platformUserId: { groupId, platformUserId } },
  });
  return member?.acceptedRulesVersion ?? null;
}

export async function saveAnswers(ctx: Context | GroupContext, applicantId: number, answers: string[]) {
  await ctx.db.applicant.update({ where: { id: applicantId }, data: { answers } });
}

/** The group an applicant asked to join, to reach its moderators. */
export async function applicantGroup(ctx: Context | GroupContext, applicant: Pick<Applicant, "groupId">) {
  return ctx.db.group.findUniqueOrThrow({ where: { id: applicant.groupId } });
}

/** Whether a member is held back until a moderator decides about them. */
export async function awaitingDecision(ctx: GroupContext, userId: string): Promise<boolean> {
  const held = await ctx.db.applicant.count({ where: { groupId: ctx.group.id, platformUserId: userId } });
  return held > 0;
}

/** A person's join answers still waiting for a decision, with the questions they answer. */
export async function exportScreening(services: Services, person: Person) {
  const applications = await services.db.applicant.findMany({
    where: { platform: person.platform, platformUserId: person.userId },
    include: { community: { select: { name: true, screening: { select: { questions: true } } } } },
    orderBy: { id: "asc" },
  });
  if (applications.length === 0) return undefined;
  return {
    applications: applications.map((a) => ({
      community: a.community.name,
      via: a.source,
      asked: a.createdAt.toISOString(),
      answers: a.answers.map((answer, i) => ({
        question: a.community.screening?.questions[i] ?? "",
        answer,
      })),
    })),
  };
}

export async function eraseScreening(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  await tx.applicant.deleteMany({ where: { platform: person.platform, platformUserId: person.userId } });
}

/** Answers nobody decided about go after the community's retention period, like reports. */
export async function purgeUndecided(services: Services): Promise<number> {
  return services.db.$executeRawUnsafe(
    `DELETE FROM "Applicant" a USING "Community" c
      WHERE a."communityId" = c.id AND a."createdAt" < $1::timestamptz - make_interval(days => c."retentionDays")`,
    services.clock.now().toISOString(),
  );
}
