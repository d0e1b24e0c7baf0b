import type { types } from "@slack/bolt";
import type { Registry } from "../../core/commands/registry.js";
import { describeError } from "../../core/failures.js";
import type { Translate } from "../../core/text/i18n.js";
import { truncate } from "../shared/text.js";
import { OPEN_FORM_ACTION } from "./forms.js";
import { whoAndWhere } from "./inbound.js";
import type { SlackRuntime } from "./runtime.js";
import { surfaceBlocks } from "./views.js";

/** Moderator commands offered as forms on the App Home, when the core has them. */
export const HOME_FORMS = ["mod resources add", "mod rules add", "mod rules edit"];

/** Slack: button text at most 75 characters. */
const BUTTON_TEXT = 75;

/** Buttons opening the moderator forms, labelled with each command's own description, in `t`'s language. */
export function formButtons(registry: Registry, t: Translate): types.KnownBlock[] {
  const elements = HOME_FORMS.flatMap((path, i): types.Button[] => {
    const command = registry.get(path);
    if (!command) return [];
    const label = truncate(t.description(command.description), BUTTON_TEXT);
    return [
      {
        type: "button",
        action_id: `${OPEN_FORM_ACTION}${i}`,
        value: path,
        text: { type: "plain_text", text: label, emoji: true },
      },
    ];
  });
  return elements.length > 0 ? [{ type: "divider" }, { type: "actions", elements }] : [];
}

/** Publishes a member's App Home tab: the core's overview, plus the forms for moderators. */
export async function publishHome(rt: SlackRuntime, teamId: string, userId: string): Promise<void> {
  const { place, actor } = await whoAndWhere(rt, teamId, userId, userId);
  const [view, moderator, t] = await Promise.all([
    rt.engine.home({ place, actor }),
    rt.engine.isModerator({ place, actor }),
    rt.engine.reader({ place, actor }),
  ]);
  const extra = moderator ? formButtons(rt.engine.registry, t) : [];
  try {
    await rt.client.views.publish({
      user_id: userId,
      view: { type: "home", blocks: surfaceBlocks([view], extra) },
    });
  } catch (error) {
    rt.log.warn({ platform: "slack", error: describeError(error) }, "views.publish failed");
  }
}
