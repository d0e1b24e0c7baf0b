// Big data sets in a few set-based statements (INSERT … SELECT generate_series) through the raw
// session: thousands of Prisma calls would take longer than the benchmarks themselves.
// Community n owns group n (platform group id `g<n>`); its members are users `u1…u<m>`.
import type { Database } from "../core/db/database.js";
import type { SqlSession } from "../core/db/sql-session.js";
import type { Platform } from "../core/ports.js";

export interface SeedShape {
  communities: number;
  membersPerGroup: number;
  rules: number;
  /** Tags per community: `tag1…tag<n>`; every fifth is a private condition tag. */
  tags: number;
  /** Each member holds one of the first `heldTags` tags (0: members hold none). */
  heldTags: number;
  /** Approved resources per community. */
  resources: number;
  platform: Platform;
  /** The clock's "now": joins, approvals and rule acceptances are dated before it. */
  at: Date;
  /**
   * Every n-th community has the gate on, and a fifth of its members joined two days earlier without
   * accepting the rules, so the reminder job has work. 0: no gated community.
   */
  gatedEvery: number;
  /**
   * Platform ids as SQL over the community number `g` and member number `m` (defaults `'g' || g`
   * and `'u' || m`), so a bench can seed the chats and users its fake platform sends from.
   */
  ids?: { group: string; user: string };
  /** Every n-th member (by `m`) has never accepted the rules, so `/rules` shows the accept button. 0: none. */
  unacceptedEvery?: number;
}

export const TOPICS = ["sleep", "pain", "fatigue", "diet", "caregiving"] as const;

/** The database's timestamp columns are `timestamp(3)` holding UTC, as Prisma writes them. */
const AT = "($1::timestamptz AT TIME ZONE 'UTC')";

export async function seed(database: Database, shape: SeedShape): Promise<void> {
  const session = await database.session();
  try {
    await seedWith(session, shape);
  } finally {
    await session.release();
  }
}

async function seedWith(s: SqlSession, shape: SeedShape): Promise<void> {
  const at = shape.at.toISOString();
  const n = shape.communities;
  const gated = shape.gatedEvery > 0 ? shape.gatedEvery : n + 1;
  const groupId = shape.ids?.group ?? "'g' || g";
  const userId = shape.ids?.user ?? "'u' || m";
  const unaccepted = shape.unacceptedEvery ? shape.unacceptedEvery : shape.membersPerGroup + 1;
  await s.query(
    `INSERT INTO "Community" ("id", "name", "gateEnabled", "createdAt")
     SELECT g, 'Community ' || g, g % $3 = 0, ${AT} - interval '30 days' FROM generate_series(1, $2) g`,
    [at, n, gated],
  );
  await s.query(
    `INSERT INTO "Group" ("id", "communityId", "platform", "platformGroupId", "createdAt")
     SELECT g, g, $3::"Platform", ${groupId}, ${AT} - interval '30 days' FROM generate_series(1, $2) g`,
    [at, n, shape.platform],
  );
  // Explicit ids above: move the sequences past them so the app's own inserts do not collide.
  await s.query(`SELECT setval(pg_get_serial_sequence('"Community"', 'id'), $1)`, [n]);
  await s.query(`SELECT setval(pg_get_serial_sequence('"Group"', 'id'), $1)`, [n]);
  await s.query(
    `INSERT INTO "RuleSet" ("communityId", "version", "rules", "updatedAt")
     SELECT g, 1, ARRAY(SELECT 'Rule ' || r || ': be kind, and keep what is shared here in the group.'
                        FROM generate_series(1, $3) r), ${AT} - interval '30 days'
     FROM generate_series(1, $2) g`,
    [at, n, shape.rules],
  );
  await s.query(
    `INSERT INTO "Member" ("groupId", "platformUserId", "status", "joinedAt", "acceptedRulesVersion", "acceptedAt")
     SELECT g, ${userId},
            CASE WHEN g % $4 = 0 AND m % 5 = 0 THEN 'pending' ELSE 'active' END::"MemberStatus",
            ${AT} - CASE WHEN g % $4 = 0 AND m % 5 = 0 THEN interval '2 days' ELSE interval '20 days' END,
            CASE WHEN (g % $4 = 0 AND m % 5 = 0) OR m % $5 = 0 THEN NULL ELSE 1 END,
            CASE WHEN (g % $4 = 0 AND m % 5 = 0) OR m % $5 = 0 THEN NULL ELSE ${AT} - interval '19 days' END
     FROM generate_series(1, $2) g, generate_series(1, $3) m`,
    [at, n, shape.membersPerGroup, gated, unaccepted],
  );
  if (shape.tags > 0) {
    await s.query(
      `INSERT INTO "Tag" ("communityId", "name", "key", "description", "kind", "selfAssignable", "visibility", "createdAt")
       SELECT g, 'Tag' || t, 'tag' || t, 'Members who share topic ' || t,
              CASE WHEN t % 5 = 0 THEN 'condition' ELSE 'role' END::"TagKind", true,
              CASE WHEN t % 5 = 0 THEN 'private' ELSE 'public' END::"TagVisibility",
              ${AT} - interval '29 days'
       FROM generate_series(1, $2) g, generate_series(1, $3) t`,
      [at, n, shape.tags],
    );
  }
  if (shape.heldTags > 0) {
    await s.query(
      `INSERT INTO "MemberTag" ("memberId", "tagId", "assignedAt")
       SELECT m.id, t.id, ${AT} - interval '10 days'
       FROM "Member" m JOIN "Tag" t ON t."communityId" = m."groupId" AND t.key = 'tag' || (m.id % $2 + 1)`,
      [at, shape.heldTags],
    );
  }
  if (shape.resources > 0) {
    await s.query(
      `INSERT INTO "Resource" ("communityId", "url", "urlKey", "title", "summary", "topics", "sourceKind",
                               "status", "approvedBy", "approvedAt", "lastReviewedAt", "createdAt", "searchText")
       SELECT g, 'https://c' || g || '.example.org/r' || r, 'c' || g || '.example.org/r' || r,
              'Resource ' || r || ' on ' || topic, 'A patient-written guide about ' || topic || ' and coping.',
              ARRAY[topic], 'peer', 'approved', 'u1',
              ${AT} - make_interval(mins => r), ${AT} - make_interval(mins => r), ${AT} - make_interval(mins => r + 60),
              -- What searchText() in resources-service.ts makes of these (ASCII: folding is lower case).
              lower('Resource ' || r || ' on ' || topic) || E'\n' || topic || ' c' || g || ' example org' || E'\n' ||
                lower('A patient-written guide about ' || topic || ' and coping.')
       FROM generate_series(1, $2) g, generate_series(1, $3) r,
            LATERAL (SELECT ($4::text[])[r % 5 + 1] AS topic) t`,
      [at, n, shape.resources, [...TOPICS]],
    );
  }
  await s.script("ANALYZE");
}

export interface ScheduleShape {
  communities: number;
  /** Zones and the local minute of day each zone's schedules start at. */
  zones: { timeZone: string; minuteOfDay: number }[];
  /** Community n's schedule is `n % spread` minutes after its zone's start (1: all at once). */
  spread: number;
  itemCount: number;
}

/** One digest schedule per community, in its group's channel `general`. */
export async function seedSchedules(database: Database, shape: ScheduleShape): Promise<void> {
  const session = await database.session();
  try {
    await session.query(
      `INSERT INTO "DigestSchedule" ("communityId", "groupId", "channelId", "minuteOfDay", "timeZone", "itemCount")
       SELECT g, g, 'general', (z.base + g % $4) % 1440, z.zone, $5
       FROM generate_series(1, $1) g
       JOIN unnest($2::text[], $3::int[]) WITH ORDINALITY AS z(zone, base, i) ON z.i - 1 = g % $6`,
      [
        shape.communities,
        shape.zones.map((z) => z.timeZone),
        shape.zones.map((z) => z.minuteOfDay),
        shape.spread,
        shape.itemCount,
        shape.zones.length,
      ],
    );
    await session.script(`ANALYZE "DigestSchedule"`);
  } finally {
    await session.release();
  }
}
