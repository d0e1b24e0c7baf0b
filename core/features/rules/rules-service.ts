import { changeAndAudit } from "../../audit.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { tryPlatform } from "../../notices.js";

export interface RuleBook {
  version: number;
  rules: string[];
}

export function ruleBook(ctx: GroupContext): RuleBook {
  const set = ctx.community.ruleSet;
  return { version: set?.version ?? 0, rules: set?.rules ?? [] };
}

/** Where the caller stands with the current rules. */
export type Acceptance =
  | { kind: "accepted"; at: Date }
  | { kind: "outdated"; old: number }
  | { kind: "never" };

export function acceptance(ctx: GroupContext): Acceptance {
  const { version } = ruleBook(ctx);
  const accepted = ctx.member?.acceptedRulesVersion;
  if (accepted === undefined || accepted === null) return { kind: "never" };
  if (accepted === version && ctx.member?.acceptedAt) return { kind: "accepted", at: ctx.member.acceptedAt };
  return { kind: "outdated", old: accepted };
}

/**
 * Changes the rulebook in one conditional update: it applies only to the version the moderator
 * saw, so two moderators editing at once cannot lose each other's change silently.
 */
export async function changeRules(
  ctx: GroupContext,
  action: string,
  change: (rules: string[]) => string[],
): Promise<RuleBook> {
  const current = ruleBook(ctx);
  const rules = change([...current.rules]);
  const next = { version: current.version + 1, rules };
  const now = ctx.clock.now();
  const applied = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "RuleSet" SET "rules" = $3, "version" = "version" + 1, "updatedAt" = $4
            WHERE "communityId" = $1 AND "version" = $2 RETURNING "communityId" AS "id"`,
      params: [ctx.community.id, current.version, rules, now],
    },
    action,
    `version ${next.version}`,
  );
  if (applied.length === 0) {
    if (ctx.community.ruleSet !== null)
      throw new UserError(ctx.t("rules.changed", { command: ctx.cmd("rules") }));
    // A community without a rulebook row yet: its first version.
    await ctx.db.$transaction(async (tx) => {
      await tx.ruleSet.create({ data: { communityId: ctx.community.id, rules, version: 1 } });
      await ctx.audit(action, `version ${next.version}`, tx);
    });
  }
  ctx.community.ruleSet = { communityId: ctx.community.id, updatedAt: now, ...next };
  return next;
}

/** Records that the caller accepted the current rules and lifts the gate where the platform has one. */
export async function acceptRules(ctx: GroupContext): Promise<{ version: number; already: boolean }> {
  const { version } = ruleBook(ctx);
  const member = await ctx.ensureMember();
  if (member.acceptedRulesVersion === version && member.status === "active")
    return { version, already: true };
  await ctx.db.member.update({
    where: { id: member.id },
    data: { acceptedRulesVersion: version, acceptedAt: ctx.clock.now(), status: "active" },
  });
  if (ctx.community.gateEnabled) await setAccess(ctx, ctx.actor.id, true);
  return { version, already: false };
}

export async function setAccess(ctx: GroupContext, userId: string, allowed: boolean): Promise<void> {
  const port = ctx.ports.get(ctx.platform);
  const roleId = ctx.group.memberRoleId;
  const groupId = ctx.group.platformGroupId;
  // Two independent capabilities: a platform that restricts members, one whose gate is a role.
  if (port?.restrictMember) {
    await tryPlatform(ctx, async () => port.restrictMember?.(groupId, userId, allowed));
  }
  const roles = port?.roles;
  if (roles && roleId) {
    await tryPlatform(ctx, () =>
      allowed ? roles.grant(groupId, userId, roleId) : roles.revoke(groupId, userId, roleId),
    );
  }
}
