import { changeAndAudit } from "../../audit-service.js";
import type { GroupContext } from "../../context.js";
import type { Step } from "./setup-steps.js";

/** What the checklist needs to know: the counts read in one transaction, the screening with the context. */
export interface SetupState {
  tags: number;
  trustedDefaults: number;
  trustedOwn: number;
  digests: number;
  screening: { enabled: boolean; questions: number };
  /** Steps a moderator decided (kept as they were, or skipped). */
  decided: Set<string>;
}

export async function loadState(ctx: GroupContext): Promise<SetupState> {
  const communityId = ctx.community.id;
  // One transaction, so the checklist never mixes counts from before and after a change.
  const [tags, trustedDefaults, trustedOwn, digests, decided] = await ctx.db.$transaction([
    ctx.db.tag.count({ where: { communityId } }),
    ctx.db.trustedDomain.count({ where: { communityId, fromDefaults: true } }),
    ctx.db.trustedDomain.count({ where: { communityId, fromDefaults: false } }),
    ctx.db.digestSchedule.count({ where: { groupId: ctx.group.id, enabled: true } }),
    ctx.db.setupStep.findMany({ where: { communityId }, select: { step: true } }),
  ]);
  const screening = ctx.community.screening;
  return {
    tags,
    trustedDefaults,
    trustedOwn,
    digests,
    screening: { enabled: screening?.enabled ?? false, questions: screening?.questions.length ?? 0 },
    decided: new Set(decided.map((d) => d.step)),
  };
}

/** Records that a moderator decided a step as it is (skipped or kept), with its audit entry. */
export async function markDecided(ctx: GroupContext, step: Step): Promise<void> {
  await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "SetupStep" ("communityId", "step", "decidedAt") VALUES ($1, $2, $3)
            ON CONFLICT DO NOTHING RETURNING 1 AS "id"`,
      params: [ctx.community.id, step, ctx.clock.now()],
    },
    "setup.skip",
    step,
  );
}

const ARRIVAL_NOTICE = "setup:arrival";

/** Claims the group's one arrival message: true the first time only, however many processes ask. */
export async function claimArrival(ctx: GroupContext): Promise<boolean> {
  const told = await ctx.db.notice.createMany({
    data: [{ groupId: ctx.group.id, kind: ARRIVAL_NOTICE, createdAt: ctx.clock.now() }],
    skipDuplicates: true,
  });
  return told.count > 0;
}
