import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { Prisma, Resource } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { foldText } from "../../text/fold.js";
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
  // One round trip: the rows themselves, ranked (their columns map to Resource as Prisma reads them).
  const rows = q
    ? await ctx.db.$queryRawUnsafe<Resource[]>(
        `SELECT * FROM "Resource"
         WHERE "communityId" = $1 AND "status" = 'approved'
           AND to_tsvector('simple', "searchText") @@ to_tsquery('simple', $2)
         ORDER BY ts_rank(${WEIGHTED}, to_tsquery('simple', $2)) DESC, "approvedAt" DESC NULLS LAST, "id" DESC
         OFFSET $3 LIMIT $4`,
        ctx.community.id,
        q,
        offset,
        PAGE_SIZE + 1,
      )
    : undefined;
  return (
    rows ??
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
