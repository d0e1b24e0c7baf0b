import { changeAndAudit } from "../../audit-service.js";
import type { MemberRef } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { tryPlatform } from "../../notices-service.js";
import { awaitingDecision } from "../screening/screening-service.js";

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
  // An edit that leaves every rule as it was asks no one to accept again and records nothing.
  if (rules.length === current.rules.length && rules.every((rule, i) => rule === current.rules[i]))
    throw new UserError(ctx.t("rules.unchanged", { version: current.version }));
  const next = { version: current.version + 1, rules };
  const now = ctx.clock.now();
  const applied = await changeAndAudit(
    ctx,
    {
      // The version is kept for the dashboard's history in the same statement.
      with: `saved AS (UPDATE "RuleSet" SET "rules" = $3, "version" = "version" + 1, "updatedAt" = $4
               WHERE "communityId" = $1 AND "version" = $2 RETURNING "communityId", "version", "rules"),
             history AS (INSERT INTO "RuleVersion" ("communityId", "version", "rules", "createdAt")
               SELECT "communityId", "version", "rules", $4 FROM saved)`,
      sql: `SELECT "communityId" AS "id" FROM saved`,
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
      await tx.ruleVersion.create({
        data: { communityId: ctx.community.id, rules, version: 1, createdAt: now },
      });
      await ctx.audit(action, `version ${next.version}`, tx);
    });
  }
  ctx.community.ruleSet = { communityId: ctx.community.id, updatedAt: now, ...next };
  return next;
}

/** The index of rule `number` (1-based), or a kind refusal. */
export function ruleAt(ctx: GroupContext, number: number): number {
  const { rules } = ruleBook(ctx);
  if (rules.length === 0) throw new UserError(ctx.t("rules.noRules"));
  if (number > rules.length) throw new UserError(ctx.t("rules.noSuchRule", { number, count: rules.length }));
  return number - 1;
}

export async function addRule(ctx: GroupContext, rule: string): Promise<RuleBook> {
  if (ruleBook(ctx).rules.length >= MAX_RULES) throw new UserError(ctx.t("rules.limit", { max: MAX_RULES }));
  return changeRules(ctx, "rules.add", (rules) => [...rules, rule]);
}

export async function editRule(ctx: GroupContext, number: number, rule: string): Promise<RuleBook> {
  const index = ruleAt(ctx, number);
  return changeRules(ctx, "rules.edit", (rules) => rules.with(index, rule));
}

export async function removeRule(ctx: GroupContext, number: number): Promise<RuleBook> {
  const index = ruleAt(ctx, number);
  return changeRules(ctx, "rules.remove", (rules) => rules.toSpliced(index, 1));
}

export async function moveRule(ctx: GroupContext, number: number, to: number): Promise<RuleBook> {
  const from = ruleAt(ctx, number);
  const target = ruleAt(ctx, to);
  return changeRules(ctx, "rules.move", (rules) => {
    const [moved] = rules.splice(from, 1);
    return moved === undefined ? rules : rules.toSpliced(target, 0, moved);
  });
}

/** The saved versions of the rulebook, newest first, each with who saved it (from the audit log). */
export async function ruleHistory(ctx: GroupContext, take = 50) {
  const versions = await ctx.db.ruleVersion.findMany({
    where: { communityId: ctx.community.id },
    orderBy: { version: "desc" },
    take: take + 1,
  });
  const entries = await ctx.db.auditEntry.findMany({
    where: {
      communityId: ctx.community.id,
      action: { startsWith: "rules." },
      detail: { in: versions.map((v) => `version ${v.version}`) },
    },
  });
  const by = new Map(entries.map((e) => [e.detail, e]));
  return versions.slice(0, take).map((v, i) => {
    const previous = versions[i + 1];
    const entry = by.get(`version ${v.version}`);
    return {
      version: v.version,
      at: v.createdAt,
      action: entry?.action ?? null,
      actorId: entry?.actorId ?? null,
      rules: v.rules,
      // The oldest version shown has nothing to compare with when older ones are not kept.
      previous: previous?.rules ?? (v.version === 1 ? [] : null),
    };
  });
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
  // A newcomer being screened gets in on a moderator's approval, not by accepting the rules.
  if (ctx.community.gateEnabled && !(await awaitingDecision(ctx, ctx.actor.id))) {
    await setAccess(ctx, ctx.actor.id, true);
  }
  return { version, already: false };
}

/**
 * Whether the gate holds a member back now: it is on, there are rules, and the member has not
 * accepted them since joining or waits for a moderator's decision (as onJoin and acceptRules decide).
 */
export async function heldByGate(ctx: GroupContext, member: Pick<MemberRef, "status" | "platformUserId">) {
  if (!ctx.community.gateEnabled || ruleBook(ctx).rules.length === 0) return false;
  return member.status === "pending" || (await awaitingDecision(ctx, member.platformUserId));
}

/** Lets a member take part or holds them back, in the caller's group or another of the community. */
export async function setAccess(
  ctx: GroupContext,
  userId: string,
  allowed: boolean,
  group: Pick<GroupContext["group"], "platform" | "platformGroupId" | "memberRoleId"> = ctx.group,
): Promise<void> {
  const port = ctx.ports.get(group.platform);
  const roleId = group.memberRoleId;
  const groupId = group.platformGroupId;
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

// Small enough that the rules fit one platform message, large enough for a real group's rulebook.
export const MAX_RULES = 50;
export const MAX_RULE_LENGTH = 500;
