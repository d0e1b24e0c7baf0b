import { actionId } from "../../commands/define.js";
import type { GroupContext } from "../../context.js";
import type { Block, RichText } from "../../ports.js";
import { plain, plainText } from "../../text/markup.js";
import { buttons, list, paragraph } from "../../views.js";
import { acceptance, ruleBook } from "./rules-service.js";

export const ACCEPT_ACTION = "rules.accept";

export function rulesTitle(ctx: GroupContext, version: number): RichText {
  const name = ctx.community.name;
  return name ? ctx.t("rules.title", { community: name, version }) : ctx.t("rules.titleUnnamed", { version });
}

/** The numbered rules; rule text is the moderator's, shown as plain text. */
export function rulesBlocks(ctx: GroupContext): Block[] {
  const { version, rules } = ruleBook(ctx);
  if (rules.length === 0) return [paragraph(ctx.t("rules.empty"))];
  return [paragraph(rulesTitle(ctx, version)), list(rules.map(plain), true)];
}

export function acceptButton(ctx: GroupContext, forUserId: string): Block {
  return buttons({
    label: plainText(ctx.t("rules.acceptButton")),
    action: actionId(ACCEPT_ACTION, [], forUserId),
    style: "primary",
  });
}

/** Where the caller stands, and the accept button when they have something to accept. */
export function acceptanceBlocks(ctx: GroupContext): Block[] {
  if (ruleBook(ctx).rules.length === 0) return [];
  const state = acceptance(ctx);
  const agree = ctx.cmd("agree");
  if (state.kind === "accepted") {
    return [paragraph(ctx.t("rules.accepted", { date: state.at }))];
  }
  const text =
    state.kind === "outdated"
      ? ctx.t("rules.outdated", { old: state.old, agree })
      : ctx.t("rules.notAccepted", { agree });
  return [paragraph(text), acceptButton(ctx, ctx.actor.id)];
}
