import { defineAction, defineCommand, defineFeature } from "../../commands/define.js";
import { arg, type MemberRef, named, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import type { Tag, TagVisibility } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { describeError } from "../../failures.js";
import type { ChoiceInput, RichText } from "../../ports.js";
import { communityName, recipientHere, tellPrivately } from "../../tell-privately.js";
import { plainText, userRef } from "../../text/markup.js";
import { list, note, paragraph, personalNote, personalView } from "../../views.js";
import { syncMemberRole } from "./role-sync-service.js";
import { tagKey } from "./tag-names.js";
import {
  addOwnTag,
  addTag,
  catalog,
  catalogWithMine,
  changeMemberTag,
  createTag,
  deleteTag,
  editTag,
  eraseTags,
  exportTags,
  findTag,
  MAX_TAG_DESCRIPTION,
  MAX_TAG_NAME,
  memberTags,
  removeTag,
  rolesHeld,
  tagCount,
  tagHolders,
  tagLabel,
  visibleInCatalog,
} from "./tags-service.js";
import { catalogBlocks, PICK_ACTION, pickerBlock, tagList } from "./tags-view.js";

// One screen on every platform (Telegram and Discord messages hold about 50 short lines).
const HOLDERS_SHOWN = 50;
const tagParam = { ...arg.phrase("tag", "param.tag", 100), suggest: suggestTags };

async function suggestTags(ctx: GroupContext, typed: string) {
  const key = tagKey(typed);
  const moderator = await ctx.isModerator();
  return (await catalog(ctx))
    .filter((tag) => (moderator || visibleInCatalog(tag)) && tag.key.includes(key))
    .map((tag) => ({ label: tagLabel(tag), value: tag.name }));
}
const nameParam = arg.phrase("name", "param.name", MAX_TAG_NAME);
const emojiParam = optional(arg.word("emoji", "param.emoji", 16));
const selfParam = optional(arg.flag("self", "param.self"));
const visibilityParam = optional(
  arg.choice("visibility", "param.visibility", ["public", "private"] as const),
);
const typeParam = optional(arg.choice("type", "param.type", ["condition", "role"] as const));

/** A reply naming who has a private tag is personal: it never falls back to the group. */
function aboutTag(tag: Tag, text: RichText) {
  return tag.visibility === "private" ? personalNote(text) : note(text);
}

/** The tag a member names for themselves; moderator-only tags are refused. */
async function selfAssignableTag(ctx: GroupContext, typed: string): Promise<Tag> {
  const tag = await findTag(ctx, typed, false);
  if (!tag.selfAssignable) throw new UserError(ctx.t("tags.modOnly", { tag: tag.name }));
  return tag;
}

async function mine(ctx: GroupContext): Promise<Tag[]> {
  return ctx.member ? memberTags(ctx, ctx.member.id) : [];
}

async function savedView(ctx: GroupContext, memberId: number, tags: Tag[]) {
  const now = await memberTags(ctx, memberId);
  const picker = pickerBlock(ctx, tags, new Set(now.map((t) => t.id)), ctx.actor.id);
  const saved = now.length ? ctx.t("tags.pickSaved", { list: tagList(now) }) : ctx.t("tags.pickSavedEmpty");
  return personalView(paragraph(saved), ...(picker ? [picker] : []));
}

/** Applies a menu selection or a toggle to the member's self-assignable tags. */
async function applyChoice(ctx: GroupContext, choice: ChoiceInput | undefined) {
  const member = await ctx.ensureMember();
  const tags = await catalog(ctx);
  const pickable = new Map(tags.filter((t) => t.selfAssignable).map((t) => [String(t.id), t]));
  const had = new Set((await memberTags(ctx, member.id)).map((t) => String(t.id)));
  const want = new Set(had);
  if (choice && "toggled" in choice) {
    if (want.has(choice.toggled)) want.delete(choice.toggled);
    else want.add(choice.toggled);
  } else if (choice) {
    for (const value of choice.offered) want.delete(value);
    for (const value of choice.selected) want.add(value);
  }
  const who = { memberId: member.id, platformUserId: ctx.actor.id };
  for (const [id, tag] of pickable) {
    if (want.has(id) && !had.has(id)) await addTag(ctx, who, tag);
    if (had.has(id) && !want.has(id)) await removeTag(ctx, who, tag);
  }
  return savedView(ctx, member.id, tags);
}

/** How each part of the command was read, so a surprise shows at once. */
function describeTag(
  ctx: GroupContext,
  tag: { description: string; emoji: string | null; visibility: TagVisibility; selfAssignable: boolean },
): string {
  return [
    tag.description
      ? ctx.t("tags.withDescription", { description: tag.description })
      : ctx.t("tags.noDescription"),
    ...(tag.emoji ? [ctx.t("tags.withEmoji", { emoji: tag.emoji })] : []),
    ctx.t(tag.visibility === "public" ? "tags.public" : "tags.private"),
    ctx.t(tag.selfAssignable ? "tags.self" : "tags.modAssigned"),
  ]
    .map(plainText)
    .join(", ");
}

async function memberTagChange(ctx: GroupContext, who: MemberRef, name: string, give: boolean) {
  const tag = await findTag(ctx, name, true);
  const changed = await changeMemberTag(ctx, who.memberId, tag.id, give);
  const vars = { tag: tag.name, member: who.label };
  if (!changed) throw new UserError(ctx.t(give ? "tags.memberHas" : "tags.memberHasNot", vars));
  await syncMemberRole(ctx, who.platformUserId, tag, give);
  const told = await tellPrivately(
    ctx,
    recipientHere(ctx, who.platformUserId),
    ctx.t(give ? "tags.toldGiven" : "tags.toldTaken", { tag: tag.name, community: communityName(ctx) }),
  );
  const reply = ctx.t(give ? "tags.given" : "tags.taken", vars);
  return aboutTag(tag, told ? [...reply, ...ctx.t("common.toldPrivately")] : reply);
}

export const tagsFeature = defineFeature({
  name: "tags",
  personalColumns: ["MemberTag.memberId"],
  exportData: exportTags,
  erase: (tx, person) => eraseTags(tx, person),
  // The rows go with the member rows; the roles they projected must be taken back first.
  async beforeErase(services, person) {
    const roles = services.ports.get(person.platform)?.roles;
    if (!roles) return;
    for (const held of await rolesHeld(services, person)) {
      await roles.revoke(held.groupId, person.userId, held.roleId).catch((error: unknown) => {
        services.log.warn({ error: describeError(error) }, "could not revoke a role on erasure");
      });
    }
  },
  async homeSection(ctx) {
    const tags = ctx.member ? await memberTags(ctx, ctx.member.id) : [];
    return [
      paragraph(
        tags.length
          ? ctx.t("home.tags", { list: tagList(tags) })
          : ctx.t("home.noTags", { tags: ctx.cmd("tags") }),
      ),
    ];
  },
  async configLines(ctx) {
    return [ctx.t("config.tags", { count: await tagCount(ctx) })];
  },
  commands: [
    defineCommand({
      path: "tags",
      audience: "member",
      params: [],
      async handler(ctx) {
        const { tags, mine } = await catalogWithMine(ctx, ctx.member?.id);
        const picker = pickerBlock(ctx, tags, mine, ctx.actor.id);
        // The picker shows the caller's own choices, so the list goes to them alone.
        return personalView(
          ...catalogBlocks(ctx, tags, await ctx.isModerator()),
          ...(picker ? [picker] : []),
        );
      },
    }),
    defineCommand({
      path: "iam",
      sensitive: true,
      audience: "member",
      params: [tagParam],
      async handler(ctx, args) {
        // A first-time caller's unknown tag changes nothing, not even a member row.
        if (!ctx.member) await selfAssignableTag(ctx, args.tag);
        const member = await ctx.ensureMember();
        const given = await addOwnTag(ctx, { memberId: member.id, platformUserId: ctx.actor.id }, args.tag);
        // Not one members may pick: the look-up refuses it as unknown, hidden or moderators' only.
        const { tag, added } = given ?? { tag: await selfAssignableTag(ctx, args.tag), added: false };
        return aboutTag(tag, ctx.t(added ? "tags.added" : "tags.alreadyHave", { tag: tag.name }));
      },
    }),
    defineCommand({
      path: "iamnot",
      sensitive: true,
      audience: "member",
      params: [tagParam],
      async handler(ctx, args) {
        const tag = await selfAssignableTag(ctx, args.tag);
        const who = ctx.member && { memberId: ctx.member.id, platformUserId: ctx.actor.id };
        const removed = who ? await removeTag(ctx, who, tag) : false;
        return aboutTag(tag, ctx.t(removed ? "tags.removed" : "tags.dontHave", { tag: tag.name }));
      },
    }),
    defineCommand({
      path: "mytags",
      sensitive: true,
      audience: "member",
      params: [],
      async handler(ctx) {
        const tags = await mine(ctx);
        return personalNote(
          tags.length
            ? ctx.t("tags.mine", { list: tagList(tags) })
            : ctx.t("tags.mineEmpty", { tags: ctx.cmd("tags") }),
        );
      },
    }),
    defineCommand({
      path: "mod tags create",
      audience: "moderator",
      params: [
        nameParam,
        // Named only, so an unquoted name of several words is the name: `mod tags create Hypo crew`.
        named(optional(arg.text("description", "param.description", MAX_TAG_DESCRIPTION))),
        emojiParam,
        selfParam,
        visibilityParam,
        typeParam,
      ],
      async handler(ctx, args) {
        const { visibility, selfAssignable } = await createTag(ctx, args);
        const read = {
          description: args.description ?? "",
          emoji: args.emoji ?? null,
          visibility,
          selfAssignable,
        };
        return note(ctx.t("tags.created", { tag: args.name, details: describeTag(ctx, read) }));
      },
    }),
    defineCommand({
      path: "mod tags edit",
      audience: "moderator",
      params: [
        tagParam,
        optional(nameParam),
        optional(arg.text("description", "param.description", MAX_TAG_DESCRIPTION)),
        emojiParam,
        selfParam,
        visibilityParam,
        typeParam,
      ],
      async handler(ctx, { tag: typed, ...changes }) {
        const updated = await editTag(ctx, await findTag(ctx, typed, true), changes);
        return note(ctx.t("tags.edited", { tag: updated.name, details: describeTag(ctx, updated) }));
      },
    }),
    defineCommand({
      path: "mod tags delete",
      audience: "moderator",
      params: [tagParam],
      async handler(ctx, args) {
        const tag = await findTag(ctx, args.tag, true);
        const count = await deleteTag(ctx, tag);
        return note(ctx.t("tags.deleted", { tag: tag.name, count }));
      },
    }),
    defineCommand({
      path: "mod tags give",
      sensitive: true,
      audience: "moderator",
      params: [arg.member("member", "param.member"), tagParam],
      handler: (ctx, args) => memberTagChange(ctx, args.member, args.tag, true),
    }),
    defineCommand({
      path: "mod tags take",
      sensitive: true,
      audience: "moderator",
      params: [arg.member("member", "param.member"), tagParam],
      handler: (ctx, args) => memberTagChange(ctx, args.member, args.tag, false),
    }),
    defineCommand({
      path: "mod tags members",
      // Who holds a tag can be a health condition: the moderator alone reads the list.
      sensitive: true,
      audience: "moderator",
      params: [tagParam],
      async handler(ctx, args) {
        const tag = await findTag(ctx, args.tag, true);
        const { count, holders } = await tagHolders(ctx, tag.id, HOLDERS_SHOWN);
        if (count === 0) return personalNote(ctx.t("tags.noHolders", { tag: tag.name }));
        return personalView(
          paragraph(ctx.t("tags.holders", { tag: tag.name, count })),
          list(holders.map((platformUserId) => [userRef(platformUserId)])),
          ...(count > HOLDERS_SHOWN
            ? [paragraph(ctx.t("pending.more", { count: count - HOLDERS_SHOWN }))]
            : []),
        );
      },
    }),
  ],
  actions: [
    defineAction({
      name: PICK_ACTION,
      audience: "member",
      sensitive: true,
      handler: (ctx, _args, choice) => applyChoice(ctx, choice),
    }),
  ],
});
