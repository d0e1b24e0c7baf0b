import { randomInt } from "node:crypto";
import { defineCommand, defineFeature } from "../../commands/define.js";
import { arg, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { note } from "../../views.js";
import { eraseLinkCodes, exportLinkCodes, groupCount, purgeLinkCodes } from "./linking-service.js";
import { moveGroup, splitGroup } from "./move-group.js";

// No 0/O, 1/I/L: the code is read aloud and retyped.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;
const VALID_MS = 15 * 60_000;

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

async function issueCode(ctx: GroupContext) {
  const code = newCode();
  await ctx.db.$transaction(async (tx) => {
    await tx.linkCode.create({
      data: {
        code,
        communityId: ctx.community.id,
        createdBy: ctx.actor.id,
        createdByPlatform: ctx.platform,
        expiresAt: new Date(ctx.clock.now().getTime() + VALID_MS),
      },
    });
    await ctx.audit("link.code", "", tx);
  });
  return note(ctx.t("link.code", { code, command: ctx.cmd("mod link") }));
}

/**
 * Joins this group to the code's community. The code proves the other side's moderator agreed
 * (only a moderator there can issue one); the command itself is moderator-only on this side.
 */
async function redeem(ctx: GroupContext, typed: string) {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  const now = ctx.clock.now();
  const found = await ctx.db.linkCode.findUnique({ where: { code } });
  if (found?.communityId === ctx.community.id) throw new UserError(ctx.t("link.same"));
  // The code is spent only if the move happens, and the joined community's log records it.
  await ctx.db.$transaction(async (tx) => {
    const used = await tx.linkCode.updateMany({
      where: { code, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (!found || used.count === 0)
      throw new UserError(ctx.t("link.invalid", { command: ctx.cmd("mod link") }));
    await moveGroup(tx, ctx.group.id, found.communityId);
    await tx.auditEntry.create({
      data: {
        communityId: found.communityId,
        platform: ctx.platform,
        actorId: ctx.actor.id,
        action: "link.join",
        detail: `group ${ctx.group.id}`,
      },
    });
  });
  return note(ctx.t("link.done"));
}

export const linkingFeature = defineFeature({
  name: "linking",
  personalColumns: ["LinkCode.createdBy"],
  exportData: exportLinkCodes,
  erase: (tx, person) => eraseLinkCodes(tx, person),
  purge: purgeLinkCodes,
  configLines: async (ctx) => [ctx.t("config.groups", { count: await groupCount(ctx) })],
  commands: [
    defineCommand({
      path: "mod link",
      audience: "moderator",
      description: "cmd.mod.link",
      section: "linking",
      params: [optional(arg.word("code", "param.code", 20))],
      handler: (ctx, args) => (args.code ? redeem(ctx, args.code) : issueCode(ctx)),
    }),
    defineCommand({
      path: "mod unlink",
      audience: "moderator",
      description: "cmd.mod.unlink",
      section: "linking",
      params: [],
      async handler(ctx) {
        const groups = await ctx.db.group.count({ where: { communityId: ctx.community.id } });
        if (groups < 2) throw new UserError(ctx.t("unlink.only"));
        await ctx.db.$transaction(async (tx) => {
          await ctx.audit("link.leave", `group ${ctx.group.id}`, tx);
          await splitGroup(tx, ctx.group.id, ctx.place.groupName ?? ctx.community.name);
        });
        return note(ctx.t("unlink.done"));
      },
    }),
  ],
});
