import {
  actionId,
  defineAnywhereAction,
  defineAnywhereCommand,
  defineCommand,
  defineFeature,
} from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import type { Context } from "../../context.js";
import { changeCommunity } from "../../settings-service.js";
import { plainText } from "../../text/markup.js";
import { buttons, note, paragraph, personalView } from "../../views.js";
import { counts, erasePerson, personalData, RETENTION_DAYS } from "./personal-data-service.js";

const FORGET = "priv.forget";
const CANCEL = "priv.cancel";

const person = (ctx: Context) => ({ platform: ctx.platform, userId: ctx.actor.id });

export const privacyFeature = defineFeature({
  name: "privacy",
  configLines: async (ctx) => [ctx.t("config.retention", { days: ctx.community.retentionDays })],
  commands: [
    defineAnywhereCommand({
      path: "mydata",
      sensitive: true,
      audience: "member",
      params: [],
      async handler(ctx) {
        const data = await personalData(ctx, person(ctx));
        return personalView(paragraph(ctx.t("mydata.summary", { platform: ctx.platform, ...counts(data) })), {
          kind: "file",
          name: "peerbridge-my-data.json",
          mime: "application/json",
          content: JSON.stringify(data, null, 2),
        });
      },
    }),
    defineAnywhereCommand({
      path: "forgetme",
      sensitive: true,
      audience: "member",
      params: [],
      async handler(ctx) {
        const found = counts(await personalData(ctx, person(ctx)));
        return personalView(
          paragraph(ctx.t("forget.confirm", { platform: ctx.platform, ...found })),
          paragraph(ctx.t("forget.keeps", found)),
          buttons(
            {
              label: plainText(ctx.t("forget.button")),
              action: actionId(FORGET, [], ctx.actor.id),
              style: "danger",
            },
            { label: plainText(ctx.t("common.cancel")), action: actionId(CANCEL, [], ctx.actor.id) },
          ),
        );
      },
    }),
    defineCommand({
      path: "mod retention",
      audience: "moderator",
      params: [arg.integer("days", "param.days", RETENTION_DAYS.min, RETENTION_DAYS.max)],
      async handler(ctx, args) {
        await changeCommunity(ctx, "privacy.retention", { retentionDays: args.days }, `${args.days} days`);
        return note(ctx.t("retention.set", { days: args.days }));
      },
    }),
  ],
  actions: [
    defineAnywhereAction({
      name: FORGET,
      audience: "member",
      sensitive: true,
      async handler(ctx) {
        await erasePerson(ctx, person(ctx));
        return note(ctx.t("forget.done"));
      },
    }),
    defineAnywhereAction({
      name: CANCEL,
      audience: "member",
      sensitive: true,
      handler: async (ctx) => note(ctx.t("common.cancelled")),
    }),
  ],
});
