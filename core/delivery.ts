import type { View } from "./ports.js";
import type { Translate } from "./text/i18n.js";

/**
 * What an adapter can do where an event happened. `reply` answers in that place; the optional
 * members are what only some platforms have there. The core decides which to use (deliver).
 */
export interface Responder {
  /** The place the event came from is shared: a group or channel others read. */
  shared: boolean;
  /** Answers where the event happened. */
  reply(view: View): Promise<void>;
  /**
   * Answers so only the caller sees it, in place (Discord and Slack ephemeral messages, a
   * Telegram button's answer for a short text). False when this view cannot go that way.
   * Absent: the platform has no such answer here (a Telegram group command, the console group).
   */
  ephemeral?(view: View): Promise<boolean>;
  /**
   * Sends privately (a direct message). False when the platform does not let the bot write to
   * this person yet (Telegram before they started the bot).
   */
  direct?(view: View): Promise<boolean>;
  /**
   * Says in the shared place, naming neither the person nor what they asked, that an answer waits
   * in a private chat, with the link or button that opens it, in `t`: what the group reads (the
   * community's language). Absent: nothing is said.
   */
  promptPrivate?(t: Translate): Promise<void>;
  /**
   * Removes the command message that was typed here (Telegram deleteMessage). False when the bot
   * lacks the right. Absent: the platform's commands are invisible to others already (Discord,
   * Slack slash commands) or cannot be removed.
   */
  removeCommand?(): Promise<boolean>;
}

/** Where a view went. `dropped`: a private view with no private way to the person. */
export type Delivery = "here" | "ephemeral" | "direct" | "prompted" | "dropped";

/**
 * The one delivery policy for every platform: public views go where the event happened; private
 * and personal ones go ephemerally, else by direct message, else a neutral prompt stands in for
 * them. They never fall back to a shared place.
 */
export async function deliver(
  views: View[],
  to: Responder,
  /** The group's translator, asked for only when a prompt is posted. */
  groupReader: () => Promise<Translate>,
): Promise<Delivery[]> {
  const done: Delivery[] = [];
  let prompted = false;
  for (const view of views) {
    if (!(view.private || view.personal)) {
      await to.reply(view);
      done.push("here");
    } else if (to.ephemeral && (await to.ephemeral(view))) {
      done.push("ephemeral");
    } else if (!to.shared) {
      await to.reply(view);
      done.push("here");
    } else if (to.direct && (await to.direct(view))) {
      done.push("direct");
    } else if (to.promptPrivate && !prompted) {
      await to.promptPrivate(await groupReader());
      prompted = true;
      done.push("prompted");
    } else {
      done.push(prompted ? "prompted" : "dropped");
    }
  }
  return done;
}
