import { defineCommand, defineFeature } from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import { UserError } from "../../errors.js";
import { plainText } from "../../text/markup.js";
import { note } from "../../views.js";
import { MAX_NEWCOMER_APPROVALS, setNewcomerReview, trustMember } from "./newcomer-review-service.js";

/** Newcomer review: its settings and the moderator's hand-made trust (the rules live in newcomer-review.ts). */
export const newcomersFeature = defineFeature({
  name: "newcomers",
  configLines: async (ctx) => {
    const count = ctx.community.newcomerApprovals;
    const value = plainText(count ? ctx.t("newcomers.value", { count }) : ctx.t("config.off"));
    return [ctx.t("config.newcomers", { value })];
  },
  commands: [
    defineCommand({
      path: "mod newcomers review",
      audience: "moderator",
      section: "moderation",
      params: [arg.integer("approvals", "param.approvals", 1, MAX_NEWCOMER_APPROVALS)],
      async handler(ctx, args) {
        await setNewcomerReview(ctx, args.approvals);
        return note(
          ctx.t("newcomers.on", {
            count: args.approvals,
            reports: ctx.cmd("mod reports"),
            trust: ctx.cmd("mod newcomers trust"),
          }),
        );
      },
    }),
    defineCommand({
      path: "mod newcomers off",
      audience: "moderator",
      section: "moderation",
      params: [],
      async handler(ctx) {
        if (ctx.community.newcomerApprovals === 0) throw new UserError(ctx.t("newcomers.alreadyOff"));
        await setNewcomerReview(ctx, 0);
        return note(ctx.t("newcomers.off"));
      },
    }),
    defineCommand({
      path: "mod newcomers trust",
      audience: "moderator",
      section: "moderation",
      params: [arg.member("member", "param.member")],
      async handler(ctx, args) {
        const vars = { member: args.member.label };
        if (!(await trustMember(ctx, args.member.platformUserId)))
          throw new UserError(ctx.t("newcomers.alreadyTrusted", vars));
        return note(ctx.t("newcomers.trusted", vars));
      },
    }),
  ],
});
