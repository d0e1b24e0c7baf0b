import { changeAndAudit } from "../../audit-service.js";
import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import { trustedDefaults } from "../../data/directory.js";
import { directRead } from "../../db/database.js";
import type { Prisma, Resource, SourceKind } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { communityName, RECIPIENT_SELECT, recipientOf, tellPrivately } from "../../tell-privately.js";
import { foldText } from "../../text/fold.js";
import { creditApproval } from "../newcomers/newcomer-review-service.js";
import { hostMatches, MAX_URL_LENGTH, normalizeUrl } from "./normalize-url.js";

export const PAGE_SIZE = 5;
export const MAX_TOPICS = 5;
export const MAX_TOPIC_LENGTH = 32;

/** A link as typed, validated and normalised, or a kind refusal. */
export function checkedUrl(ctx: GroupContext, typed: string) {
  const result = normalizeUrl(typed);
  if (result.ok) return result;
  const problems = {
    scheme: ctx.t("res.badScheme"),
    invalid: ctx.t("res.badUrl"),
    length: ctx.t("res.longUrl", { max: MAX_URL_LENGTH }),
    credentials: ctx.t("res.credentialsUrl"),
  };
  throw new UserError(problems[result.problem]);
}

/** Topic tags: lower-case, comma-separated, a few short ones. */
export function parseTopics(ctx: GroupContext, typed: string | undefined): string[] | undefined {
  if (typed === undefined) return undefined;
  const topics = [
    ...new Set(
      typed
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (topics.length > MAX_TOPICS || topics.some((t) => t.length > MAX_TOPIC_LENGTH)) {
    throw new UserError(ctx.t("res.badTopics", { max: MAX_TOPICS, length: MAX_TOPIC_LENGTH }));
  }
  return topics;
}

/** Refuses a link the library already knows, pointing at the entry. */
/** Refuses a new suggestion from a member who already has `max` waiting for review. */
export async function refuseTooManyOpen(ctx: GroupContext, memberId: number, max: number): Promise<void> {
  const open = await ctx.db.resource.count({
    where: { communityId: ctx.community.id, status: "suggested", suggestedById: memberId },
  });
  if (open >= max) throw new UserError(ctx.t("limit.openSuggestions", { max }));
}

export async function refuseDuplicate(ctx: GroupContext, key: string): Promise<void> {
  const existing = await ctx.db.resource.findUnique({
    where: { communityId_urlKey: { communityId: ctx.community.id, urlKey: key } },
  });
  if (!existing) return;
  const vars = { id: existing.id, title: existing.title };
  const byStatus = {
    approved: ctx.t("res.duplicate", vars),
    suggested: ctx.t("res.duplicatePending", vars),
    rejected: ctx.t("res.duplicateRejected", vars),
    retired: ctx.t("res.duplicateRetired", vars),
  };
  throw new UserError(byStatus[existing.status]);
}

/**
 * What search reads of a resource, folded: its title; its topic tags and the link's site (`www.nhs.uk`
 * → `nhs uk`); its summary — one line each, so ranking can weigh them in that order.
 */
export function searchText(resource: {
  title: string;
  topics: string[];
  url: string;
  summary: string;
}): string {
  const site = new URL(resource.url).hostname.replace(/^www\./, "").replaceAll(".", " ");
  return [resource.title, `${resource.topics.join(" ")} ${site}`, resource.summary]
    .map((line) => foldText(line).replaceAll("\n", " "))
    .join("\n");
}

// Words searched for at most: a query is a few words, not a document.
const MAX_QUERY_WORDS = 8;

/** Every word of the query as a prefix, all required; only letters and digits reach to_tsquery. */
function tsQuery(query: string): string {
  const words = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS);
  return words.map((word) => `${word}:*`).join(" & ");
}

const WEIGHTED = `setweight(to_tsvector('simple', split_part("searchText", E'\\n', 1)), 'A') ||
  setweight(to_tsvector('simple', split_part("searchText", E'\\n', 2)), 'B') ||
  setweight(to_tsvector('simple', split_part("searchText", E'\\n', 3)), 'C')`;

const RESOURCE_DATES: readonly (keyof Resource)[] = [
  "createdAt",
  "approvedAt",
  "lastReviewedAt",
  "lastFeaturedAt",
];

/**
 * A `SELECT *` row as Prisma's own reads return it. Raw results differ in two ways: timestamps
 * may arrive as text (PGlite's driver), and an empty `text[]` arrives as null (Prisma's raw
 * array decoding, on PostgreSQL and PGlite alike), which broke every view that lists topics.
 */
export function resourceFromRow(row: Resource): Resource {
  const date = (value: Date | string | null) =>
    value === null || value instanceof Date ? value : new Date(value);
  return {
    ...row,
    topics: row.topics ?? [],
    createdAt: date(row.createdAt) ?? row.createdAt,
    approvedAt: date(row.approvedAt),
    lastReviewedAt: date(row.lastReviewedAt),
    lastFeaturedAt: date(row.lastFeaturedAt),
  };
}

/**
 * Approved resources matching every word of the query in title, topics, site or summary (case and
 * accents ignored, `%` and `_` only characters), best first (title over topics and site over
 * summary), then newest; one page plus one to know if more follow.
 */
export async function search(ctx: GroupContext, query: string, page: number): Promise<Resource[]> {
  const q = tsQuery(query);
  // Something typed but nothing searchable in it (`%`, `?`): nothing matches, rather than everything.
  if (query.trim() && !q) return [];
  const offset = (page - 1) * PAGE_SIZE;
  // One round trip: the rows themselves, ranked, through the direct reader (every member's search;
  // test/core/resources.test.ts keeps the rows equal to Prisma's own read).
  const rows = q
    ? await directRead(ctx.db)<Resource>(
        `SELECT * FROM "Resource"
         WHERE "communityId" = $1 AND "status" = 'approved'
           AND to_tsvector('simple', "searchText") @@ to_tsquery('simple', $2)
         ORDER BY ts_rank(${WEIGHTED}, to_tsquery('simple', $2)) DESC, "approvedAt" DESC NULLS LAST, "id" DESC
         OFFSET $3 LIMIT $4`,
        [ctx.community.id, q, offset, PAGE_SIZE + 1],
        RESOURCE_DATES,
      )
    : undefined;
  return (
    rows?.map(resourceFromRow) ??
    ctx.db.resource.findMany({
      where: { communityId: ctx.community.id, status: "approved" },
      orderBy: [{ approvedAt: "desc" }, { id: "desc" }],
      skip: offset,
      take: PAGE_SIZE + 1,
    })
  );
}

export async function findResource(ctx: GroupContext, id: number): Promise<Resource> {
  const resource = await ctx.db.resource.findFirst({ where: { id, communityId: ctx.community.id } });
  if (!resource) throw new UserError(ctx.t("res.noSuch", { id }));
  return resource;
}

export async function isTrusted(ctx: GroupContext, host: string): Promise<boolean> {
  const domains = await ctx.db.trustedDomain.findMany({ where: { communityId: ctx.community.id } });
  return domains.some((d) => hostMatches(host, d.domain));
}

/**
 * Approves or rejects a suggestion still waiting. A rejection's reason, when given, is told
 * privately to the member who suggested it and is not stored.
 */
export async function decideSuggestion(
  ctx: GroupContext,
  id: number,
  approve: boolean,
  reason?: string,
): Promise<void> {
  const now = ctx.clock.now();
  const decided = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Resource" SET "status" = $3::"ResourceStatus", "lastReviewedAt" = $4,
              "approvedBy" = CASE WHEN $5 THEN $6 ELSE "approvedBy" END,
              "approvedByPlatform" = CASE WHEN $5 THEN $7::"Platform" ELSE "approvedByPlatform" END,
              "approvedAt" = CASE WHEN $5 THEN $4 ELSE "approvedAt" END
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'suggested' RETURNING "id"`,
      params: [
        id,
        ctx.community.id,
        approve ? "approved" : "rejected",
        now,
        approve,
        ctx.actor.id,
        ctx.platform,
      ],
    },
    approve ? "resources.approve" : "resources.reject",
    `resource ${id}`,
  );
  if (decided.length === 0) throw new UserError(ctx.t("res.alreadyReviewed", { id }));
  await tellSuggester(ctx, id, approve, reason);
  if (approve) {
    const resource = await ctx.db.resource.findUnique({ where: { id }, select: { suggestedById: true } });
    await creditApproval(ctx, resource?.suggestedById ?? null);
  }
}

/**
 * A trusted member's link to a trusted site under newcomer review: it joins the library at once,
 * with an audit entry in the member's name. Returns its id, or undefined when the link is known.
 */
export async function addTrustedSuggestion(
  ctx: GroupContext,
  link: { url: string; key: string },
  title: string,
  memberId: number,
): Promise<number | undefined> {
  const now = ctx.clock.now();
  const [id] = await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "Resource" ("communityId", "url", "urlKey", "title", "searchText", "suggestedById",
              "status", "approvedAt", "lastReviewedAt")
            VALUES ($1, $2, $3, $4, $5, $6, 'approved', $7, $7) ON CONFLICT DO NOTHING RETURNING "id"`,
      params: [
        ctx.community.id,
        link.url,
        link.key,
        title,
        searchText({ title, topics: [], url: link.url, summary: "" }),
        memberId,
        now,
      ],
    },
    "resources.trustedAdd",
    "resource {id}",
  );
  return id;
}

/** A member's suggestion, waiting for review; returns its id. */
export async function addSuggestion(
  ctx: GroupContext,
  link: { url: string; key: string },
  title: string,
  memberId: number,
): Promise<number> {
  const created = await ctx.db.resource.create({
    data: {
      communityId: ctx.community.id,
      url: link.url,
      urlKey: link.key,
      title,
      searchText: searchText({ title, topics: [], url: link.url, summary: "" }),
      suggestedById: memberId,
    },
  });
  return created.id;
}

/**
 * A moderator's link, approved at once in their name with its audit entry. Returns its id, or
 * undefined when the link is in the library already.
 */
export async function addApprovedResource(
  ctx: GroupContext,
  link: { url: string; key: string },
  resource: { title: string; summary: string; topics: string[]; source: SourceKind },
): Promise<number | undefined> {
  const { title, summary, topics, source } = resource;
  const [id] = await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "Resource" ("communityId", "url", "urlKey", "title", "summary", "topics",
              "sourceKind", "status", "approvedBy", "approvedByPlatform", "approvedAt", "lastReviewedAt",
              "searchText")
            VALUES ($1, $2, $3, $4, $5, $6, $7::"SourceKind", 'approved', $8, $10::"Platform", $9, $9, $11)
            ON CONFLICT DO NOTHING RETURNING "id"`,
      params: [
        ctx.community.id,
        link.url,
        link.key,
        title,
        summary,
        topics,
        source,
        ctx.actor.id,
        ctx.clock.now(),
        ctx.platform,
        searchText({ title, topics, url: link.url, summary }),
      ],
    },
    "resources.add",
    "resource {id}",
  );
  return id;
}

/** The suggester hears how their suggestion was decided, privately (never in the group). */
async function tellSuggester(ctx: GroupContext, id: number, approve: boolean, reason: string | undefined) {
  const resource = await ctx.db.resource.findUnique({
    where: { id },
    select: { title: true, suggestedBy: { select: RECIPIENT_SELECT } },
  });
  if (!resource?.suggestedBy) return;
  const vars = { title: resource.title, community: communityName(ctx) };
  const text = approve
    ? ctx.t("res.toldApproved", vars)
    : reason
      ? ctx.t("res.toldRejectedReason", { ...vars, reason })
      : ctx.t("res.toldRejected", vars);
  await tellPrivately(ctx, recipientOf(resource.suggestedBy), text);
}

export interface ResourceChanges {
  title?: string | undefined;
  summary?: string | undefined;
  /** Comma-separated topic tags, as typed. */
  tags?: string | undefined;
  source?: SourceKind | undefined;
  url?: string | undefined;
}

/** Edits a resource of this community; a field left undefined keeps its value. */
export async function editResource(ctx: GroupContext, id: number, changes: ResourceChanges): Promise<void> {
  const resource = await findResource(ctx, id);
  if (Object.values(changes).every((v) => v === undefined)) throw new UserError(ctx.t("res.nothingToEdit"));
  const link = changes.url === undefined ? undefined : checkedUrl(ctx, changes.url);
  if (link && link.key !== resource.urlKey) await refuseDuplicate(ctx, link.key);
  const topics = changes.tags === undefined ? undefined : parseTopics(ctx, changes.tags);
  // A field given as null keeps its value.
  await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Resource" SET "title" = coalesce($2, "title"), "summary" = coalesce($3, "summary"),
              "topics" = coalesce($4::text[], "topics"), "sourceKind" = coalesce($5::"SourceKind", "sourceKind"),
              "url" = coalesce($6, "url"), "urlKey" = coalesce($7, "urlKey"), "lastReviewedAt" = $8,
              "searchText" = $10
            WHERE "id" = $1 AND "communityId" = $9 RETURNING "id"`,
      params: [
        resource.id,
        changes.title ?? null,
        changes.summary ?? null,
        topics ?? null,
        changes.source ?? null,
        link?.url ?? null,
        link?.key ?? null,
        ctx.clock.now(),
        ctx.community.id,
        searchText({
          title: changes.title ?? resource.title,
          topics: topics ?? resource.topics,
          url: link?.url ?? resource.url,
          summary: changes.summary ?? resource.summary,
        }),
      ],
    },
    "resources.edit",
    `resource ${id}`,
  );
}

export async function retireResource(ctx: GroupContext, id: number): Promise<void> {
  const retired = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Resource" SET "status" = 'retired' WHERE "id" = $1 AND "communityId" = $2 RETURNING "id"`,
      params: [id, ctx.community.id],
    },
    "resources.retire",
    `resource ${id}`,
  );
  if (retired.length === 0) throw new UserError(ctx.t("res.noSuch", { id }));
}

/** The suggestions waiting for review, oldest first, each with whether its site is trusted. */
export async function reviewQueue(ctx: GroupContext, take = 50) {
  const where = { communityId: ctx.community.id, status: "suggested" as const };
  const [total, waiting, domains] = await ctx.db.$transaction([
    ctx.db.resource.count({ where }),
    ctx.db.resource.findMany({ where, orderBy: { createdAt: "asc" }, take, include: { suggestedBy: true } }),
    ctx.db.trustedDomain.findMany({ where: { communityId: ctx.community.id } }),
  ]);
  const items = waiting.map((resource) => {
    const host = new URL(resource.url).hostname;
    return { resource, host, trusted: domains.some((d) => hostMatches(host, d.domain)) };
  });
  return { total, items };
}

/**
 * Adds (on) or removes (off) the shipped list of trusted health sites, with one audit entry.
 * Domains the community added itself are never removed; returns how many rows changed.
 */
export async function setTrustedDefaults(ctx: GroupContext, on: boolean): Promise<number> {
  const change = on
    ? {
        sql: `INSERT INTO "TrustedDomain" ("communityId", "domain", "fromDefaults")
              SELECT $1, d, true FROM unnest($2::text[]) AS d ON CONFLICT DO NOTHING RETURNING 1 AS "id"`,
        params: [ctx.community.id, trustedDefaults().map((entry) => entry.domain)],
      }
    : {
        sql: `DELETE FROM "TrustedDomain" WHERE "communityId" = $1 AND "fromDefaults" RETURNING 1 AS "id"`,
        params: [ctx.community.id],
      };
  const changed = await changeAndAudit(
    ctx,
    change,
    on ? "resources.defaultsOn" : "resources.defaultsOff",
    "",
  );
  return changed.length;
}

/** Adds a domain to the community's trusted list, audited; false when it was there already. */
export async function trustDomain(ctx: GroupContext, domain: string): Promise<boolean> {
  const added = await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "TrustedDomain" ("communityId", "domain") VALUES ($1, $2)
            ON CONFLICT DO NOTHING RETURNING 1 AS "id"`,
      params: [ctx.community.id, domain],
    },
    "resources.trust",
    domain,
  );
  return added.length > 0;
}

/** Takes a domain off the community's trusted list, audited; false when it was not on it. */
export async function untrustDomain(ctx: GroupContext, domain: string): Promise<boolean> {
  const removed = await changeAndAudit(
    ctx,
    {
      sql: `DELETE FROM "TrustedDomain" WHERE "communityId" = $1 AND "domain" = $2 RETURNING 1 AS "id"`,
      params: [ctx.community.id, domain],
    },
    "resources.untrust",
    domain,
  );
  return removed.length > 0;
}

/** The community's trusted domains, in alphabetical order. */
export async function trustedDomains(ctx: GroupContext): Promise<string[]> {
  const domains = await ctx.db.trustedDomain.findMany({
    where: { communityId: ctx.community.id },
    orderBy: { domain: "asc" },
  });
  return domains.map((d) => d.domain);
}

/** How many trusted domains came with the shipped list, and how many the community added itself. */
export async function trustedCounts(ctx: GroupContext): Promise<{ defaults: number; own: number }> {
  const [defaults, own] = await ctx.db.$transaction([
    ctx.db.trustedDomain.count({ where: { communityId: ctx.community.id, fromDefaults: true } }),
    ctx.db.trustedDomain.count({ where: { communityId: ctx.community.id, fromDefaults: false } }),
  ]);
  return { defaults, own };
}

/** Links a person suggested, and the ones they approved as a moderator. */
export async function exportResources(services: Services, person: Person) {
  const { platform, userId } = person;
  const [suggested, approved] = await Promise.all([
    services.db.resource.findMany({
      where: { suggestedBy: { platformUserId: userId, group: { platform } } },
      orderBy: { id: "asc" },
    }),
    services.db.resource.findMany({
      where: { approvedBy: userId, approvedByPlatform: platform },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    suggestions: suggested.map((r) => ({
      url: r.url,
      title: r.title,
      status: r.status,
      suggested: r.createdAt.toISOString(),
    })),
    approvals: approved.map((r) => ({ url: r.url, approved: r.approvedAt?.toISOString() ?? null })),
  };
}

/** The links stay in the library, without who suggested or approved them. */
export async function eraseResources(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  const { platform, userId } = person;
  await tx.resource.updateMany({
    where: { suggestedBy: { platformUserId: userId, group: { platform } } },
    data: { suggestedById: null },
  });
  await tx.resource.updateMany({
    where: { approvedBy: userId, approvedByPlatform: platform },
    data: { approvedBy: null, approvedByPlatform: null },
  });
}

export async function libraryCounts(ctx: GroupContext) {
  const [approved, waiting] = await ctx.db.$transaction([
    ctx.db.resource.count({ where: { communityId: ctx.community.id, status: "approved" } }),
    ctx.db.resource.count({ where: { communityId: ctx.community.id, status: "suggested" } }),
  ]);
  return { approved, waiting };
}
