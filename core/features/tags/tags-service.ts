import { changeAndAudit } from "../../audit-service.js";
import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import { isUniqueViolation } from "../../db/conflicts.js";
import { type Db, directRead } from "../../db/database.js";
import type { Prisma, Tag, TagKind, TagVisibility } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { closest } from "../../text/closest.js";
import { byName } from "../../text/sort.js";
import { syncMemberRole, syncTagRoles } from "./role-sync-service.js";
import { isSingleEmoji, isValidTagName, tagKey } from "./tag-names.js";

// Every welcome and tag picker reads the whole catalog: through the direct reader, as the group
// context is (core/db/database.ts). The columns mirror the model; test/core/tags.test.ts keeps
// the rows equal to Prisma's findMany.
const TAG_COLUMNS = `t."id", t."communityId", t."name", t."key", t."description", t."emoji",
       t."kind"::text AS "kind", t."selfAssignable", t."visibility"::text AS "visibility", t."createdAt"`;
const CATALOG = `SELECT ${TAG_COLUMNS} FROM "Tag" t WHERE t."communityId" = $1`;
// The same with whether member $2 holds each tag (their picker, a private welcome): Prisma's
// nested include of the same rows cost most of a join's client CPU.
const CATALOG_WITH_MINE = `
SELECT ${TAG_COLUMNS},
       EXISTS (SELECT 1 FROM "MemberTag" mt WHERE mt."tagId" = t."id" AND mt."memberId" = $2) AS "mine"
FROM "Tag" t WHERE t."communityId" = $1`;

/** A community's tags, in no order. */
export function loadCatalog(db: Db, communityId: number): Promise<Tag[]> {
  return directRead(db)<Tag>(CATALOG, [communityId], ["createdAt"]);
}

export async function catalog(ctx: GroupContext): Promise<Tag[]> {
  return byName(await loadCatalog(ctx.db, ctx.community.id), ctx.t.language);
}

/** The catalog and which of its tags a member has, in one query; no one's when memberId is undefined. */
export async function catalogWithMine(
  ctx: GroupContext,
  memberId: number | undefined,
): Promise<{ tags: Tag[]; mine: Set<number> }> {
  // A public view (the group's welcome) shows no one's choices: the plain catalog, no join.
  if (memberId === undefined) return { tags: await catalog(ctx), mine: new Set() };
  const rows = await directRead(ctx.db)<Tag & { mine: boolean }>(
    CATALOG_WITH_MINE,
    [ctx.community.id, memberId],
    ["createdAt"],
  );
  const mine = new Set(rows.filter((row) => row.mine).map((row) => row.id));
  const tags = rows.map(({ mine: _mine, ...tag }) => tag);
  return { tags: byName(tags, ctx.t.language), mine };
}

/**
 * The tag a typed name means. Moderator-only private tags stay unknown to members, so their
 * existence is not revealed by an error message either.
 */
export async function findTag(ctx: GroupContext, name: string, asModerator: boolean): Promise<Tag> {
  const key = tagKey(name);
  const tag = await ctx.db.tag.findUnique({
    where: { communityId_key: { communityId: ctx.community.id, key } },
  });
  if (tag && (asModerator || visibleInCatalog(tag))) return tag;
  const known = (await catalog(ctx)).filter((t) => asModerator || visibleInCatalog(t));
  const suggestion = known.find(
    (t) =>
      t.key ===
      closest(
        key,
        known.map((k) => k.key),
      ),
  );
  throw new UserError(
    suggestion
      ? ctx.t("tags.didYouMean", { name, suggestion: suggestion.name })
      : ctx.t("tags.unknown", { name }),
  );
}

/** Members see every tag they could pick and every public one. */
export function visibleInCatalog(tag: Tag): boolean {
  return tag.selfAssignable || tag.visibility === "public";
}

export async function memberTags(ctx: GroupContext, memberId: number): Promise<Tag[]> {
  const rows = await ctx.db.memberTag.findMany({
    where: { memberId },
    include: { tag: true },
  });
  return byName(
    rows.map((row) => row.tag),
    ctx.t.language,
  );
}

export interface TagHolder {
  memberId: number;
  platformUserId: string;
}

/** Adds a tag (and its role, where mirrored); false when the member already had it. */
export async function addTag(ctx: GroupContext, who: TagHolder, tag: Tag): Promise<boolean> {
  // A plain create: Prisma caches its plan (not createMany's), and the key refuses a second copy.
  try {
    await ctx.db.memberTag.create({ data: { memberId: who.memberId, tagId: tag.id } });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  await syncMemberRole(ctx, who.platformUserId, tag, true);
  return true;
}

// `/iam <tag>` in one round trip: the tag by its key and, when members may pick it, the member's
// copy inserted (a second one is refused by the key). Columns as Prisma reads a Tag.
const ADD_OWN_TAG = `
WITH t AS (SELECT * FROM "Tag" WHERE "communityId" = $1 AND "key" = $2),
added AS (
  INSERT INTO "MemberTag" ("memberId", "tagId")
  SELECT $3, t."id" FROM t WHERE t."selfAssignable"
  ON CONFLICT DO NOTHING RETURNING "tagId")
SELECT t."id", t."communityId", t."name", t."key", t."description", t."emoji", t."kind"::text AS "kind",
       t."selfAssignable", t."visibility"::text AS "visibility", t."createdAt",
       EXISTS (SELECT 1 FROM added) AS "added"
FROM t`;

/**
 * A member picks a tag by name for themselves (and gets its role, where mirrored); `added` false
 * when they already had it. Undefined when there is no such tag members may pick.
 */
export async function addOwnTag(
  ctx: GroupContext,
  who: TagHolder,
  name: string,
): Promise<{ tag: Tag; added: boolean } | undefined> {
  const [row] = await ctx.db.$queryRawUnsafe<(Tag & { added: boolean })[]>(
    ADD_OWN_TAG,
    ctx.community.id,
    tagKey(name),
    who.memberId,
  );
  if (!row?.selfAssignable) return undefined;
  const { added, ...tag } = row;
  if (added) await syncMemberRole(ctx, who.platformUserId, tag, true);
  return { tag, added };
}

/** Removes a tag (and its role); false when the member did not have it. */
export async function removeTag(ctx: GroupContext, who: TagHolder, tag: Tag): Promise<boolean> {
  const deleted = await ctx.db.memberTag.deleteMany({ where: { memberId: who.memberId, tagId: tag.id } });
  if (deleted.count > 0) await syncMemberRole(ctx, who.platformUserId, tag, false);
  return deleted.count > 0;
}

/**
 * Gives (or takes) a tag in a moderator's name, with its audit entry; false when the member
 * already had it (or did not). Roles are the caller's to follow.
 */
export async function changeMemberTag(
  ctx: GroupContext,
  memberId: number,
  tagId: number,
  give: boolean,
): Promise<boolean> {
  const params = [memberId, tagId];
  const changed = await changeAndAudit(
    ctx,
    give
      ? {
          sql: `INSERT INTO "MemberTag" ("memberId", "tagId") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING "tagId" AS "id"`,
          params,
        }
      : {
          sql: `DELETE FROM "MemberTag" WHERE "memberId" = $1 AND "tagId" = $2 RETURNING "tagId" AS "id"`,
          params,
        },
    give ? "tags.give" : "tags.take",
    `tag ${tagId} member ${memberId}`,
  );
  return changed.length > 0;
}

/** How many members of this group hold a tag, and the platform ids of the first `take`, earliest first. */
export async function tagHolders(
  ctx: GroupContext,
  tagId: number,
  take: number,
): Promise<{ count: number; holders: string[] }> {
  const where = { tagId, member: { groupId: ctx.group.id } };
  const [count, rows] = await ctx.db.$transaction([
    ctx.db.memberTag.count({ where }),
    ctx.db.memberTag.findMany({
      where,
      include: { member: { select: { platformUserId: true } } },
      orderBy: { assignedAt: "asc" },
      take,
    }),
  ]);
  return { count, holders: rows.map((row) => row.member.platformUserId) };
}

export function tagLabel(tag: Tag): string {
  return tag.emoji ? `${tag.emoji} ${tag.name}` : tag.name;
}

function checkName(ctx: GroupContext, name: string): void {
  if (!isValidTagName(name)) throw new UserError(ctx.t("tags.badName"));
}

function checkEmoji(ctx: GroupContext, emoji: string | undefined): void {
  if (emoji !== undefined && !isSingleEmoji(emoji)) throw new UserError(ctx.t("tags.badEmoji"));
}

export function defaultVisibility(kind: TagKind): TagVisibility {
  return kind === "condition" ? "private" : "public";
}

export interface TagSpec {
  name: string;
  description?: string | undefined;
  emoji?: string | undefined;
  self?: boolean | undefined;
  visibility?: TagVisibility | undefined;
  type?: TagKind | undefined;
}
export type TagChanges = Partial<TagSpec>;

/** The tag of this community with this id, or a kind refusal. */
export async function tagById(ctx: GroupContext, id: number): Promise<Tag> {
  const tag = await ctx.db.tag.findFirst({ where: { id, communityId: ctx.community.id } });
  if (!tag) throw new UserError(ctx.t("tags.unknown", { name: `#${id}` }));
  return tag;
}

/** Creates a tag; a condition tag is private unless said otherwise. */
export async function createTag(
  ctx: GroupContext,
  spec: TagSpec,
): Promise<{ id: number; visibility: TagVisibility; selfAssignable: boolean }> {
  checkName(ctx, spec.name);
  checkEmoji(ctx, spec.emoji);
  const kind = spec.type ?? "role";
  const visibility = spec.visibility ?? defaultVisibility(kind);
  const selfAssignable = spec.self ?? true;
  // Inserted only below the catalog's limit and under a name not taken yet.
  const [id] = await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "Tag" ("communityId", "name", "key", "description", "emoji", "kind", "visibility",
              "selfAssignable")
            SELECT $1, $2, $3, $4, $5, $6::"TagKind", $7::"TagVisibility", $8
            WHERE (SELECT count(*) FROM "Tag" WHERE "communityId" = $1) < $9
            ON CONFLICT DO NOTHING RETURNING "id"`,
      params: [
        ctx.community.id,
        spec.name,
        tagKey(spec.name),
        spec.description ?? "",
        spec.emoji ?? null,
        kind,
        visibility,
        selfAssignable,
        MAX_TAGS,
      ],
    },
    "tags.create",
    "tag {id}",
  );
  if (id === undefined) {
    const count = await ctx.db.tag.count({ where: { communityId: ctx.community.id } });
    if (count >= MAX_TAGS) throw new UserError(ctx.t("tags.limit", { max: MAX_TAGS }));
    throw new UserError(ctx.t("tags.duplicate", { tag: spec.name }));
  }
  return { id, visibility, selfAssignable };
}

/** Changes a tag; fields left undefined keep their value. Mirrored roles follow. */
export async function editTag(ctx: GroupContext, tag: Tag, changes: TagChanges): Promise<Tag> {
  if (Object.values(changes).every((v) => v === undefined)) throw new UserError(ctx.t("tags.nothingToEdit"));
  if (changes.name !== undefined) checkName(ctx, changes.name);
  checkEmoji(ctx, changes.emoji);
  const kind = changes.type ?? tag.kind;
  const updated = {
    ...tag,
    name: changes.name ?? tag.name,
    key: tagKey(changes.name ?? tag.name),
    kind,
    description: changes.description ?? tag.description,
    emoji: changes.emoji ?? tag.emoji,
    selfAssignable: changes.self ?? tag.selfAssignable,
    // Declaring a tag a condition makes it private unless visibility is said in the same edit.
    visibility: changes.visibility ?? (changes.type ? defaultVisibility(kind) : tag.visibility),
  };
  // Not applied when another tag of the community already has the new name.
  const [id] = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Tag" SET "name" = $3, "key" = $4, "kind" = $5::"TagKind", "description" = $6,
              "emoji" = $7, "selfAssignable" = $8, "visibility" = $9::"TagVisibility"
            WHERE "id" = $1 AND "communityId" = $2 AND NOT EXISTS
              (SELECT 1 FROM "Tag" other WHERE other."communityId" = $2 AND other."key" = $4 AND other."id" <> $1)
            RETURNING "id"`,
      params: [
        tag.id,
        ctx.community.id,
        updated.name,
        updated.key,
        updated.kind,
        updated.description,
        updated.emoji,
        updated.selfAssignable,
        updated.visibility,
      ],
    },
    "tags.edit",
    `tag ${tag.id}`,
  );
  if (id === undefined) throw new UserError(ctx.t("tags.duplicate", { tag: updated.name }));
  if (updated.name !== tag.name) await syncTagRoles(ctx, updated, "renamed");
  if (updated.visibility !== tag.visibility) await syncTagRoles(ctx, updated, "visibility");
  return updated;
}

/** Deletes a tag and takes it from everyone; returns how many members had it. */
export async function deleteTag(ctx: GroupContext, tag: Tag): Promise<number> {
  await syncTagRoles(ctx, tag, "deleted");
  const count = await ctx.db.memberTag.count({ where: { tagId: tag.id } });
  const [id] = await changeAndAudit(
    ctx,
    {
      sql: `DELETE FROM "Tag" WHERE "id" = $1 AND "communityId" = $2 RETURNING "id"`,
      params: [tag.id, ctx.community.id],
    },
    "tags.delete",
    `tag ${tag.id}`,
  );
  if (id === undefined) throw new UserError(ctx.t("tags.unknown", { name: tag.name }));
  return count;
}

/** A person's tags in every group, for /mydata. */
export async function exportTags(services: Services, person: Person) {
  const rows = await services.db.memberTag.findMany({
    where: { member: { platformUserId: person.userId, group: { platform: person.platform } } },
    include: { tag: true, member: { select: { group: { select: { platformGroupId: true } } } } },
    orderBy: { assignedAt: "asc" },
  });
  return {
    tags: rows.map((r) => ({
      group: r.member.group.platformGroupId,
      name: r.tag.name,
      visibility: r.tag.visibility,
      since: r.assignedAt.toISOString(),
    })),
  };
}

/** The platform roles a person holds through their public tags, group by group. */
export async function rolesHeld(services: Services, person: Person) {
  const rows = await services.db.memberTag.findMany({
    where: { member: { platformUserId: person.userId, group: { platform: person.platform } } },
    select: { member: { select: { groupId: true } }, tag: { select: { roles: true } } },
  });
  const groups = await services.db.group.findMany({
    where: { id: { in: rows.map((r) => r.member.groupId) } },
    select: { id: true, platformGroupId: true },
  });
  const platformGroup = new Map(groups.map((g) => [g.id, g.platformGroupId]));
  return rows.flatMap((r) =>
    r.tag.roles
      .filter((role) => role.groupId === r.member.groupId)
      .map((role) => ({ groupId: platformGroup.get(role.groupId) ?? "", roleId: role.platformRoleId })),
  );
}

export function tagCount(ctx: GroupContext): Promise<number> {
  return ctx.db.tag.count({ where: { communityId: ctx.community.id } });
}

export async function eraseTags(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  await tx.memberTag.deleteMany({
    where: { member: { platformUserId: person.userId, group: { platform: person.platform } } },
  });
}

// Discord allows 250 roles per guild; a catalog past 100 tags is no longer a catalog.
export const MAX_TAGS = 100;
// Discord role names allow 100 characters; short names keep Telegram toggle buttons readable.
export const MAX_TAG_NAME = 32;
export const MAX_TAG_DESCRIPTION = 200;
