import { defineCommand } from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import type { RichText } from "../../ports.js";
import { plain, userRef } from "../../text/markup.js";
import { byName } from "../../text/sort.js";
import { list, paragraph, personalNote, personalView } from "../../views.js";
import { ruleBook } from "../rules/rules-service.js";
import { memberRecord } from "./moderation-service.js";
import { groupWarnings } from "./warnings-service.js";

// One screen on every platform (Telegram and Discord messages hold about 50 short lines).
const WARNINGS_SHOWN = 50;

/** Where the member stands with the rules, in a moderator's words. */
function rulesLine(ctx: GroupContext, accepted: number | null, at: Date | null): RichText {
  const { version, rules } = ruleBook(ctx);
  if (rules.length === 0) return ctx.t("member.rulesNone");
  if (accepted === null) return ctx.t("member.rulesNever");
  if (accepted === version && at) return ctx.t("member.rulesCurrent", { version, date: at });
  return ctx.t("member.rulesOutdated", { old: accepted, version });
}

/**
 * Everything the bot holds about one member of this group, for the moderator alone: private tags
 * are named here and nowhere public, so the answer is personal (never falls back to the group).
 */
export const memberCommand = defineCommand({
  path: "mod member",
  sensitive: true,
  audience: "moderator",
  params: [arg.member("member", "param.member")],
  async handler(ctx, args) {
    const member = await memberRecord(ctx, args.member.memberId);
    const tags = byName(
      member.tags.map((t) => t.tag),
      ctx.t.language,
    ).map((tag) =>
      tag.visibility === "private" ? ctx.t("member.privateTag", { tag: tag.name }) : plain(tag.name),
    );
    const tagLine: RichText = tags.length
      ? [...ctx.t("member.tags"), ...tags.flatMap((t, i) => (i ? [{ text: ", " }, ...t] : t))]
      : ctx.t("member.noTags");
    return personalView(
      paragraph([userRef(member.platformUserId)]),
      list([
        ctx.t("member.joined", { date: member.joinedAt }),
        rulesLine(ctx, member.acceptedRulesVersion, member.acceptedAt),
        ctx.t("member.warnings", {
          count: member.warnings.length,
          command: ctx.cmd("mod warnings"),
        }),
        tagLine,
      ]),
    );
  },
});

/** Every active warning in this group, newest first: the moderators' list to keep track. */
export const allWarningsCommand = defineCommand({
  path: "mod warnings all",
  sensitive: true,
  audience: "moderator",
  params: [],
  async handler(ctx) {
    const { count, warnings } = await groupWarnings(ctx, WARNINGS_SHOWN);
    if (count === 0) return personalNote(ctx.t("warn.noneAll"));
    return personalView(
      paragraph(ctx.t("warn.allTitle", { count })),
      list(
        warnings.map((w) => [
          userRef(w.member.platformUserId),
          { text: " · " },
          ...ctx.t("warn.line", { id: w.id, date: w.createdAt, reason: w.reason, expires: w.expiresAt }),
        ]),
      ),
      ...(count > WARNINGS_SHOWN
        ? [paragraph(ctx.t("pending.more", { count: count - WARNINGS_SHOWN }))]
        : []),
    );
  },
});
