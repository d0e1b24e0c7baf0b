import { randomInt } from "node:crypto";
import { defineCommand, defineFeature } from "../../commands/define.js";
import { arg, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { note } from "../../views.js";
import {
  createLinkCode,
  eraseLinkCodes,
  exportLinkCodes,
  groupCount,
  purgeLinkCodes,
  redeemLinkCode,
  unlinkGroup,
} from "./linking-service.js";

// No 0/O, 1/I/L: the code is read aloud and retyped.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;
const VALID_MS = 15 * 60_000;

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

async function issueCode(ctx: GroupContext) {
  const code = newCode();
  await createLinkCode(ctx, code, new Date(ctx.clock.now().getTime() + VALID_MS));
  return note(ctx.t("link.code", { code, command: ctx.cmd("mod link") }));
}

/**
 * Joins this group to the code's community. The code proves the other side's moderator agreed
 * (only a moderator there can issue one); the command itself is moderator-only on this side.
 */
async function redeem(ctx: GroupContext, typed: string) {
  const outcome = await redeemLinkCode(ctx, typed.toUpperCase().replace(/[\s-]/g, ""));
  if (outcome === "same") throw new UserError(ctx.t("link.same"));
  if (outcome === "invalid") throw new UserError(ctx.t("link.invalid", { command: ctx.cmd("mod link") }));
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
      params: [optional(arg.word("code", "param.code", 20))],
      handler: (ctx, args) => (args.code ? redeem(ctx, args.code) : issueCode(ctx)),
    }),
    defineCommand({
      path: "mod unlink",
      audience: "moderator",
      params: [],
      async handler(ctx) {
        if (!(await unlinkGroup(ctx))) throw new UserError(ctx.t("unlink.only"));
        return note(ctx.t("unlink.done"));
      },
    }),
  ],
});
