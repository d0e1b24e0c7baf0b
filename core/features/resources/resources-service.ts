import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { Prisma, Resource } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
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

/** Approved resources matching every word (title, summary or topic), one page plus one to know if more follow. */
export async function search(ctx: GroupContext, query: string, page: number): Promise<Resource[]> {
  const words = query.split(/\s+/).filter(Boolean).slice(0, 8);
  const where: Prisma.ResourceWhereInput = {
    communityId: ctx.community.id,
    status: "approved",
    AND: words.map((word) => ({
      OR: [
        { title: { contains: word, mode: "insensitive" } },
        { summary: { contains: word, mode: "insensitive" } },
        { topics: { has: word.toLowerCase() } },
      ],
    })),
  };
  return ctx.db.resource.findMany({
    where,
    orderBy: [{ approvedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
  });
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
