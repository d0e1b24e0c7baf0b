import { defineCommand, type Feature } from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import { defineLimit } from "../../rate-limit-service.js";
import { plainText, userRef } from "../../text/markup.js";
import { view } from "../../views.js";

// Slack carries the hidden text in its "Show" button's value (2000 characters at most).
const MAX_TEXT = 1500;
const MAX_TOPIC = 40;
// Reposting is cheap for the member and loud for the group: a few a minute.
const repostLimit = defineLimit({
  kind: "content-warning",
  max: 5,
  windowSeconds: 60,
  refusal: (t) => t("cw.tooMany"),
});

export const contentWarningFeature: Feature = {
  name: "content-warning",
  commands: [
    defineCommand({
      path: "cw",
      sensitive: true,
      audience: "member",
      section: "content-warning",
      params: [arg.word("topic", "param.topic", MAX_TOPIC), arg.text("text", "param.cwText", MAX_TEXT)],
      limit: repostLimit,
      // The text passes through: it is in the reply and nowhere else (never stored, never logged).
      async handler(ctx, args) {
        return view({
          kind: "spoiler",
          label: [...ctx.t("cw.label", { topic: args.topic }), userRef(ctx.actor.id)],
          text: args.text,
          show: plainText(ctx.t("cw.show")),
        });
      },
    }),
  ],
};
