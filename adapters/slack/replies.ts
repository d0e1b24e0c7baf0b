// The Responders the core's delivery policy uses on Slack: a response_url (ephemeral when private),
// the modal that asked, or the direct conversation with the app.
import type { RespondFn } from "@slack/bolt";
import type { Responder } from "../../core/delivery.js";
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

/**
 * The Responder of a slash command or a message button (core/delivery.ts): public views answer in
 * the channel through the response_url, private and personal ones ephemerally through it, else by
 * direct message; the core never lets them fall back to the channel.
 */
export function responseUrlResponder(
  rt: SlackRuntime,
  respond: RespondFn,
  who: { teamId: string; userId: string; channelId: string },
): Responder {
  let used = 0;
  async function answer(view: View, ephemeral: boolean): Promise<void> {
    if (view.blocks.length === 0) return;
    // A public answer names people in plain text (nobody is pinged); a private one may mention.
    const names = ephemeral
      ? new Map<string, string>()
      : await rt.directory.names(who.teamId, userRefs([view]));
    for (const page of messagePages(view, { mentions: ephemeral, names })) {
      if (used >= RESPONSE_URL_USES) {
        rt.log.warn({ platform: "slack" }, "reply cut at the response_url limit");
        return;
      }
      used++;
      await respond({
        response_type: ephemeral ? "ephemeral" : "in_channel",
        replace_original: false,
        text: page.text,
        blocks: page.blocks,
      });
    }
  }
  return {
    // The app's own direct conversation (D…) is read by the caller alone.
    shared: !who.channelId.startsWith("D"),
    reply: (view) => answer(view, false),
    async ephemeral(view) {
      try {
        // A response_url cannot carry files: a private one goes to the caller's DM as a real file.
        const shown = await uploadedElseText(rt.client, () => directChannel(rt.client, who.userId), view);
        await answer(shown, true);
        return true;
      } catch (error) {
        rt.log.warn({ platform: "slack", error: describeError(error) }, "ephemeral reply failed");
        return false;
      }
    },
    direct: (view) => direct(rt, who.userId, view),
  };
}

/** A direct message to the user; false (logged) when Slack refuses it. */
async function direct(rt: SlackRuntime, userId: string, view: View): Promise<boolean> {
  const sent = await rt.port.sendDirect(userId, view);
  if (!sent) rt.log.info({ platform: "slack", user: hashId(userId) }, "direct message refused");
  return sent;
}

/** Answers in the user's direct conversation with the app, which no one else reads (App Home, shortcuts). */
export function directResponder(rt: SlackRuntime, userId: string): Responder {
  return {
    shared: false,
    async reply(view) {
      await direct(rt, userId, view).catch((error: unknown) =>
        rt.log.warn({ platform: "slack", error: describeError(error) }, "direct message failed"),
      );
    },
  };
}

/** Keeps the views to show together in a modal, which only its user sees. */
export function modalResponder(): { responder: Responder; views: View[] } {
  const views: View[] = [];
  return { views, responder: { shared: false, reply: async (view) => void views.push(view) } };
}

/** Sends replies as direct messages (a modal that could not be shown). */
async function replyByDirect(rt: SlackRuntime, userId: string, views: View[]): Promise<void> {
  const to = directResponder(rt, userId);
  for (const view of views) await to.reply(view);
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
