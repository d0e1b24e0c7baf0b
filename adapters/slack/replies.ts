// Where the engine's replies go on Slack: back through a response_url (ephemeral when private),
// into the modal that asked, or by direct message when nothing else can carry them.
import type { RespondFn } from "@slack/bolt";
import { describeError } from "../../core/failures.js";
import { hashId } from "../../core/log.js";
import type { View } from "../../core/ports.js";
import type { Translate } from "../../core/text/i18n.js";
import { directChannel, uploadedElseText } from "./files.js";
import { resultModal } from "./forms.js";
import type { SlackRuntime } from "./runtime.js";
import { messagePages, userRefs } from "./views.js";

/** Slack: a response_url accepts at most 5 messages, within 30 minutes. */
const RESPONSE_URL_USES = 5;

/** The title of a modal showing a reply to a button (Slack: at most 24 characters). */
const REPLY_TITLE = "peerbridge";

/** Replies to a slash command or a message button, privately (ephemeral) when the view is private. */
export async function replyToResponseUrl(
  rt: SlackRuntime,
  respond: RespondFn,
  who: { teamId: string; userId: string },
  views: View[],
): Promise<void> {
  let used = 0;
  try {
    const shared = views.filter((v) => !v.private);
    const names =
      shared.length > 0 ? await rt.directory.names(who.teamId, userRefs(shared)) : new Map<string, string>();
    for (const original of views) {
      const priv = original.private === true;
      // A response_url cannot carry files: a private one goes to the caller's DM as a real file.
      const view = priv
        ? await uploadedElseText(rt.client, () => directChannel(rt.client, who.userId), original)
        : original;
      if (view.blocks.length === 0) continue;
      for (const page of messagePages(view, { mentions: priv, names })) {
        if (used >= RESPONSE_URL_USES) {
          rt.log.warn({ platform: "slack" }, "reply cut at the response_url limit");
          return;
        }
        used++;
        await respond({
          response_type: priv ? "ephemeral" : "in_channel",
          replace_original: false,
          text: page.text,
          blocks: page.blocks,
        });
      }
    }
  } catch (error) {
    rt.log.warn({ platform: "slack", error: describeError(error) }, "response_url reply failed");
  }
}

/** Sends replies as direct messages (App Home buttons, slow forms). */
export async function replyByDirect(rt: SlackRuntime, userId: string, views: View[]): Promise<void> {
  for (const view of views) {
    try {
      if (!(await rt.port.sendDirect(userId, view))) {
        rt.log.info({ platform: "slack", user: hashId(userId) }, "direct message refused");
      }
    } catch (error) {
      rt.log.warn({ platform: "slack", error: describeError(error) }, "direct message failed");
    }
  }
}

/** Replies to a button in a modal by replacing the modal's content. */
export async function replyInModal(
  rt: SlackRuntime,
  viewId: string,
  userId: string,
  views: View[],
  t: Translate,
) {
  if (views.length === 0) return;
  try {
    await rt.client.views.update({ view_id: viewId, view: resultModal(REPLY_TITLE, views, t) });
  } catch (error) {
    rt.log.warn({ platform: "slack", error: describeError(error) }, "views.update failed");
    await replyByDirect(rt, userId, views);
  }
}

/** Replies to a button on the App Home in a modal; a trigger expired (3 s) falls back to a DM. */
export async function replyInNewModal(
  rt: SlackRuntime,
  triggerId: string | undefined,
  userId: string,
  views: View[],
  t: Translate,
): Promise<void> {
  if (views.length === 0) return;
  if (triggerId) {
    try {
      await rt.client.views.open({ trigger_id: triggerId, view: resultModal(REPLY_TITLE, views, t) });
      return;
    } catch (error) {
      rt.log.info({ platform: "slack", error: describeError(error) }, "views.open failed; replying by DM");
    }
  }
  await replyByDirect(rt, userId, views);
}
