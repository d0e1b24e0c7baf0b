import { actionId, defineAction, defineCommand, defineFeature } from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { plainText } from "../../text/markup.js";
import { buttons, note, paragraph, privateView, view } from "../../views.js";
import {
  acceptRules,
  addRule,
  changeRules,
  editRule,
  MAX_RULE_LENGTH,
  MAX_RULES,
  moveRule,
  removeRule,
  ruleBook,
} from "./rules-service.js";
import { ACCEPT_ACTION, acceptanceBlocks, rulesBlocks } from "./rules-view.js";

const CLEAR_ACTION = "rules.clear";
const CANCEL_ACTION = "rules.cancel";

async function accept(ctx: GroupContext) {
  if (ruleBook(ctx).rules.length === 0) {
    await acceptRules(ctx);
    return note(ctx.t("rules.nothingToAccept"));
  }
  const { version, already } = await acceptRules(ctx);
  return note(ctx.t(already ? "rules.alreadyAccepted" : "rules.acceptedNow", { version }));
}

const number = arg.integer("number", "param.number", 1, MAX_RULES);

export const rulesFeature = defineFeature({
  name: "rules",
  homeSection: async (ctx) => [...rulesBlocks(ctx), ...acceptanceBlocks(ctx)],
  async configLines(ctx) {
    const { rules, version } = ruleBook(ctx);
    return [ctx.t("config.rules", { count: rules.length, version })];
  },
  commands: [
    defineCommand({
      path: "rules",
      audience: "member",
      params: [],
      // The rules are for everyone; where the caller stands with them is said to them alone.
      async handler(ctx) {
        const standing = acceptanceBlocks(ctx);
        return [view(...rulesBlocks(ctx)), ...(standing.length ? [privateView(...standing)] : [])];
      },
    }),
    defineCommand({
      path: "agree",
      audience: "member",
      params: [],
      handler: accept,
    }),
    defineCommand({
      path: "mod rules add",
      audience: "moderator",
      params: [arg.text("rule", "param.rule", MAX_RULE_LENGTH)],
      async handler(ctx, { rule }) {
        const book = await addRule(ctx, rule);
        // The first rule is new to everyone: nobody accepted anything before it.
        const key = book.rules.length === 1 ? "rules.addedFirst" : "rules.added";
        return note(ctx.t(key, { number: book.rules.length, version: book.version }));
      },
    }),
    defineCommand({
      path: "mod rules edit",
      audience: "moderator",
      params: [number, arg.text("rule", "param.rule", MAX_RULE_LENGTH)],
      async handler(ctx, args) {
        const book = await editRule(ctx, args.number, args.rule);
        return note(ctx.t("rules.edited", { number: args.number, version: book.version }));
      },
    }),
    defineCommand({
      path: "mod rules remove",
      audience: "moderator",
      params: [number],
      async handler(ctx, args) {
        const book = await removeRule(ctx, args.number);
        return note(ctx.t("rules.removed", { number: args.number, version: book.version }));
      },
    }),
    defineCommand({
      path: "mod rules move",
      audience: "moderator",
      params: [number, arg.integer("to", "param.to", 1, MAX_RULES)],
      async handler(ctx, args) {
        const book = await moveRule(ctx, args.number, args.to);
        return note(ctx.t("rules.moved", { from: args.number, to: args.to, version: book.version }));
      },
    }),
    defineCommand({
      path: "mod rules clear",
      audience: "moderator",
      params: [],
      async handler(ctx) {
        const { rules, version } = ruleBook(ctx);
        if (rules.length === 0) throw new UserError(ctx.t("rules.noRules"));
        // Destructive for every member: confirm, and only for the rulebook the moderator saw.
        return privateView(
          paragraph(ctx.t("rules.clearConfirm", { count: rules.length })),
          buttons(
            {
              label: plainText(ctx.t("rules.clearButton")),
              action: actionId(CLEAR_ACTION, [version], ctx.actor.id),
              style: "danger",
            },
            { label: plainText(ctx.t("common.cancel")), action: actionId(CANCEL_ACTION, [], ctx.actor.id) },
          ),
        );
      },
    }),
  ],
  actions: [
    defineAction({ name: ACCEPT_ACTION, audience: "member", handler: accept }),
    defineAction({
      name: CLEAR_ACTION,
      audience: "moderator",
      label: "action.clearRules",
      async handler(ctx, [seen]) {
        if (String(ruleBook(ctx).version) !== seen) {
          throw new UserError(ctx.t("rules.changed", { command: ctx.cmd("mod rules clear") }));
        }
        const book = await changeRules(ctx, "rules.clear", () => []);
        return note(ctx.t("rules.cleared", { version: book.version }));
      },
    }),
    defineAction({
      name: CANCEL_ACTION,
      audience: "member",
      async handler(ctx) {
        return note(ctx.t("common.cancelled"));
      },
    }),
  ],
});
