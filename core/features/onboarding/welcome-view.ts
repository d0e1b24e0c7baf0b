import type { GroupContext } from "../../context.js";
import { speaking } from "../../group-context-service.js";
import type { RichText, View } from "../../ports.js";
import { plain } from "../../text/markup.js";
import { paragraph } from "../../views.js";
import { ruleBook } from "../rules/rules-service.js";
import { acceptButton, rulesBlocks } from "../rules/rules-view.js";
import { catalogWithMine } from "../tags/tags-service.js";
import { pickerBlock } from "../tags/tags-view.js";

/** The moderator's welcome with {member} and {community} filled in; all of it stays plain text. */
export function welcomeText(ctx: GroupContext, memberName: string | undefined): RichText {
  const template = ctx.community.welcomeText;
  if (!template) {
    // The default asks newcomers to accept the rules only when there are some.
    if (ruleBook(ctx).rules.length === 0) {
      return memberName
        ? ctx.t("welcome.defaultNoRules", { member: memberName })
        : ctx.t("welcome.defaultNoRulesUnnamed");
    }
    return memberName ? ctx.t("welcome.default", { member: memberName }) : ctx.t("welcome.defaultUnnamed");
  }
  return plain(
    template.replace(/\{(member|community)\}/g, (_, name: string) =>
      name === "member" ? (memberName ?? "") : ctx.community.name,
    ),
  );
}

/** What a new member sees: the welcome, the rules with an accept button, and a tag picker. */
export async function welcomeView(member: GroupContext, memberName: string | undefined): Promise<View> {
  const userId = member.actor.id;
  const inPrivate = member.community.welcomeMode === "private";
  // A welcome in the group is read by everyone there: the community's language. A private one is
  // the newcomer's own.
  const ctx = inPrivate ? member : speaking(member, member.tCommunity);
  // A welcome in the group shows no one's choices: a returning member's tags are not ticked there.
  const { tags, mine } = await catalogWithMine(ctx, inPrivate ? ctx.member?.id : undefined);
  const picker = pickerBlock(ctx, tags, mine, userId);
  const hasRules = ruleBook(ctx).rules.length > 0;
  return {
    private: inPrivate,
    blocks: [
      paragraph(welcomeText(ctx, memberName)),
      ...(hasRules ? rulesBlocks(ctx) : []),
      ...(hasRules && ctx.community.gateEnabled ? [paragraph(ctx.t("welcome.gateNote"))] : []),
      ...(hasRules ? [acceptButton(ctx, userId)] : []),
      ...(picker ? [paragraph(ctx.t("welcome.tagsPrompt", { iam: ctx.cmd("iam") })), picker] : []),
    ],
  };
}

// A welcome is read on a phone by someone new: it fits one Telegram message with room to spare.
export const MAX_WELCOME_LENGTH = 1500;
