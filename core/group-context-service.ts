import type { Context, GroupContext, GroupState } from "./context.js";
import { type Db, directRead } from "./db/database.js";
import type {
  Community,
  Group,
  Member,
  Platform,
  Prisma,
  RuleSet,
  Screening,
} from "./db/generated/client.js";
import type { Place } from "./ports.js";
import type { Translate } from "./text/i18n.js";
import { communityTranslator, readerTranslator } from "./text/reader.js";

/** What a query that loads a GroupState includes (the context read below is its hand-written twin). */
export const GROUP_STATE_INCLUDE = { community: { include: { ruleSet: true, screening: true } } } as const;

interface Loaded {
  group: GroupState;
  member: Member | null;
  /** Whether a moderator grant of this community names the caller. */
  granted: boolean;
}

// Every event in a group starts here, so it is one flat statement: Prisma's nested include of
// the same rows (JSON built per relation, then parsed) costs about three times the CPU. The
// column lists mirror the models; test/core/group-context.test.ts fails when they drift.
const LOAD_GROUP = `
SELECT g."id" AS "g_id", g."communityId" AS "g_communityId", g."platform"::text AS "g_platform",
       g."platformGroupId" AS "g_platformGroupId", g."createdAt" AS "g_createdAt",
       g."welcomeChannelId" AS "g_welcomeChannelId", g."modChannelId" AS "g_modChannelId",
       g."memberRoleId" AS "g_memberRoleId",
       c."createdAt" AS "c_createdAt", c."name" AS "c_name", c."welcomeText" AS "c_welcomeText",
       c."welcomeMode"::text AS "c_welcomeMode", c."gateEnabled" AS "c_gateEnabled",
       c."retentionDays" AS "c_retentionDays", c."warningExpiryDays" AS "c_warningExpiryDays",
       c."crisisText" AS "c_crisisText", c."crisisAlert" AS "c_crisisAlert",
       c."reminderHours" AS "c_reminderHours", c."language" AS "c_language", c."timeZone" AS "c_timeZone",
       c."country" AS "c_country", c."warnThreshold" AS "c_warnThreshold",
       c."warnThresholdAction" AS "c_warnThresholdAction", c."warnThresholdMinutes" AS "c_warnThresholdMinutes",
       c."newcomerApprovals" AS "c_newcomerApprovals",
       c."newcomerReviewSince" AS "c_newcomerReviewSince",
       r."communityId" AS "r_communityId", r."version" AS "r_version", r."rules" AS "r_rules",
       r."updatedAt" AS "r_updatedAt",
       s."communityId" AS "s_communityId", s."enabled" AS "s_enabled", s."questions" AS "s_questions",
       m."id" AS "m_id", m."status"::text AS "m_status", m."joinedAt" AS "m_joinedAt",
       m."acceptedRulesVersion" AS "m_acceptedRulesVersion", m."acceptedAt" AS "m_acceptedAt",
       m."remindedAt" AS "m_remindedAt", m."language" AS "m_language",
       m."trustedAt" AS "m_trustedAt",
       EXISTS (SELECT 1 FROM "ModeratorGrant" mg WHERE mg."communityId" = g."communityId"
               AND mg."platform" = g."platform" AND mg."platformUserId" = $3) AS "granted"
FROM "Group" g
JOIN "Community" c ON c."id" = g."communityId"
LEFT JOIN "RuleSet" r ON r."communityId" = g."communityId"
LEFT JOIN "Screening" s ON s."communityId" = g."communityId"
LEFT JOIN "Member" m ON m."groupId" = g."id" AND m."platformUserId" = $3
WHERE g."platform" = $1::"Platform" AND g."platformGroupId" = $2`;
const LOAD_GROUP_DATES: readonly (keyof Row)[] = [
  "g_createdAt",
  "c_createdAt",
  "c_newcomerReviewSince",
  "r_updatedAt",
  "m_joinedAt",
  "m_acceptedAt",
  "m_remindedAt",
  "m_trustedAt",
];

// A member's first event in a group (every join) records them: through Prisma's raw runtime
// this costs about half the client CPU of member.create (the model's query compiled, then its
// result mapped), and a duplicate changes nothing instead of raising. The RETURNING list mirrors
// the model; test/core/group-context.test.ts compares the row with Prisma's.
const INSERT_MEMBER = `
INSERT INTO "Member" ("groupId", "platformUserId") VALUES ($1, $2)
ON CONFLICT ("groupId", "platformUserId") DO NOTHING
RETURNING "id", "groupId", "platformUserId", "status"::text AS "status", "joinedAt",
          "acceptedRulesVersion", "acceptedAt", "remindedAt", "language", "trustedAt"`;

/** The r_*, s_* and m_* columns are all null together with r_communityId / s_communityId / m_id (LEFT JOINs). */
interface Row {
  g_id: number;
  g_communityId: number;
  g_platform: Platform;
  g_platformGroupId: string;
  g_createdAt: Date;
  g_welcomeChannelId: string | null;
  g_modChannelId: string | null;
  g_memberRoleId: string | null;
  c_createdAt: Date;
  c_name: string;
  c_welcomeText: string | null;
  c_welcomeMode: Community["welcomeMode"];
  c_gateEnabled: boolean;
  c_retentionDays: number;
  c_warningExpiryDays: number;
  c_crisisText: string | null;
  c_crisisAlert: boolean;
  c_reminderHours: number;
  c_language: string | null;
  c_timeZone: string | null;
  c_country: string | null;
  c_warnThreshold: number | null;
  c_warnThresholdAction: string | null;
  c_warnThresholdMinutes: number | null;
  c_newcomerApprovals: number;
  c_newcomerReviewSince: Date | null;
  r_communityId: number | null;
  r_version: number;
  /** Prisma keeps scalar lists in nullable columns and reads NULL as []. */
  r_rules: string[] | null;
  r_updatedAt: Date;
  s_communityId: number | null;
  s_enabled: boolean;
  s_questions: string[] | null;
  m_id: number | null;
  m_status: Member["status"];
  m_joinedAt: Date;
  m_acceptedRulesVersion: number | null;
  m_acceptedAt: Date | null;
  m_remindedAt: Date | null;
  m_language: string | null;
  m_trustedAt: Date | null;
  granted: boolean;
}

function fromRow(row: Row, userId: string): Loaded {
  const ruleSet: RuleSet | null =
    row.r_communityId === null
      ? null
      : {
          communityId: row.r_communityId,
          version: row.r_version,
          rules: row.r_rules ?? [],
          updatedAt: row.r_updatedAt,
        };
  const screening: Screening | null =
    row.s_communityId === null
      ? null
      : { communityId: row.s_communityId, enabled: row.s_enabled, questions: row.s_questions ?? [] };
  const community: GroupState["community"] = {
    id: row.g_communityId,
    createdAt: row.c_createdAt,
    name: row.c_name,
    welcomeText: row.c_welcomeText,
    welcomeMode: row.c_welcomeMode,
    gateEnabled: row.c_gateEnabled,
    retentionDays: row.c_retentionDays,
    warningExpiryDays: row.c_warningExpiryDays,
    crisisText: row.c_crisisText,
    crisisAlert: row.c_crisisAlert,
    reminderHours: row.c_reminderHours,
    language: row.c_language,
    timeZone: row.c_timeZone,
    country: row.c_country,
    warnThreshold: row.c_warnThreshold,
    warnThresholdAction: row.c_warnThresholdAction,
    warnThresholdMinutes: row.c_warnThresholdMinutes,
    newcomerApprovals: row.c_newcomerApprovals,
    newcomerReviewSince: row.c_newcomerReviewSince,
    ruleSet,
    screening,
  };
  const group: Group = {
    id: row.g_id,
    communityId: row.g_communityId,
    platform: row.g_platform,
    platformGroupId: row.g_platformGroupId,
    createdAt: row.g_createdAt,
    welcomeChannelId: row.g_welcomeChannelId,
    modChannelId: row.g_modChannelId,
    memberRoleId: row.g_memberRoleId,
  };
  const member: Member | null =
    row.m_id === null
      ? null
      : {
          id: row.m_id,
          groupId: row.g_id,
          platformUserId: userId,
          status: row.m_status,
          joinedAt: row.m_joinedAt,
          acceptedRulesVersion: row.m_acceptedRulesVersion,
          acceptedAt: row.m_acceptedAt,
          remindedAt: row.m_remindedAt,
          language: row.m_language,
          trustedAt: row.m_trustedAt,
        };
  return { group: { ...group, community }, member, granted: row.granted };
}

/**
 * The caller's group (created with its own community on first sight), their member row and
 * whether they were granted the moderator role: one query when the group is known.
 */
export async function loadGroup(db: Db, place: Place & { groupId: string }, userId: string): Promise<Loaded> {
  const [found] = await directRead(db)<Row>(
    LOAD_GROUP,
    [place.platform, place.groupId, userId],
    LOAD_GROUP_DATES,
  );
  if (found) return fromRow(found, userId);
  const where = { platform_platformGroupId: { platform: place.platform, platformGroupId: place.groupId } };
  try {
    const group = await db.group.create({
      data: {
        platform: place.platform,
        platformGroupId: place.groupId,
        community: { create: { name: place.groupName ?? "", ruleSet: { create: {} } } },
      },
      include: GROUP_STATE_INCLUDE,
    });
    return { group, member: null, granted: false };
  } catch (error) {
    // Two first events for one new group at once: the other one created it.
    const group = await db.group.findUnique({ where, include: GROUP_STATE_INCLUDE });
    if (!group) throw error;
    return { group, member: null, granted: false };
  }
}

export async function groupContext(base: Context, place: Place & { groupId: string }): Promise<GroupContext> {
  return contextFor(base, await loadGroup(base.db, place, base.actor.id));
}

/** A context for a group already loaded (scheduled jobs load many groups in one query). */
export function loadedGroupContext(base: Context, group: GroupState): GroupContext {
  return contextFor(base, { group, member: null, granted: false });
}

function contextFor(base: Context, loaded: Loaded): GroupContext {
  const { db, actor, platform } = base;
  let member = loaded.member;
  const { group } = loaded;
  const { community } = group;
  const stored = { member: member?.language, community: community.language, timeZone: community.timeZone };
  return {
    ...base,
    t: readerTranslator(actor, base.place, stored),
    // Read when asked: a command that changes the community's language or time zone (changeCommunity
    // updates `community`) is followed by what the group reads in the new one.
    get tCommunity() {
      return communityTranslator(base.place, { community: community.language, timeZone: community.timeZone });
    },
    group,
    community,
    get member() {
      return member;
    },
    async ensureMember() {
      if (member) return member;
      // Only a concurrent first event of the same member (another process) finds the row there.
      const [created] = await db.$queryRawUnsafe<Member[]>(INSERT_MEMBER, group.id, actor.id);
      member =
        created ??
        (await db.member.findUniqueOrThrow({
          where: { groupId_platformUserId: { groupId: group.id, platformUserId: actor.id } },
        }));
      return member;
    },
    async isModerator() {
      return actor.isPlatformAdmin || loaded.granted;
    },
    async audit(action, detail = "", tx = db) {
      await tx.auditEntry.create({
        data: { communityId: group.communityId, platform, actorId: actor.id, action, detail },
      });
    },
  };
}

/**
 * The same context speaking another language: a welcome posted to the whole group speaks the
 * community's, a reminder sent to one member theirs. Everything else (the member, the audit) is
 * the original's.
 */
export function speaking(ctx: GroupContext, t: Translate): GroupContext {
  // Translators are memoized per language and time zone: the same one means nothing to change.
  if (ctx.t === t) return ctx;
  // A copy of every own property (getters stay getters), so spreading it loses nothing.
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx)) as GroupContext;
  Object.defineProperty(copy, "t", { value: t, enumerable: true });
  return copy;
}

/**
 * A group's platform id changed (a Telegram group became a supergroup): its row follows, and
 * `alsoIn` moves what the features keep by that id, in the same transaction.
 */
export async function relocateGroupRows(
  db: Db,
  platform: Platform,
  fromGroupId: string,
  toGroupId: string,
  alsoIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.group.updateMany({
      where: { platform, platformGroupId: fromGroupId },
      data: { platformGroupId: toGroupId },
    });
    await alsoIn(tx);
  });
}
