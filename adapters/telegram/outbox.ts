import { type Api, InputFile } from "grammy";
import type { View } from "../../core/ports.js";
import type { CallbackCodec } from "./callback-data.js";
import { isCannotMessage } from "./errors.js";
import type { People } from "./people.js";
import { type Outgoing, renderView } from "./views.js";

export interface Destination {
  chatId: string;
  /** Forum topic. */
  threadId?: number;
  /** The message the first one answers (a command). */
  replyTo?: number;
}

/** Where rendered views leave: a chat (group or private) or a user's private chat. */
export interface Outbox {
  /** Sends to a chat; returns the message ids. SDK errors propagate. */
  toChat(destination: Destination, view: View, groupId?: string): Promise<number[]>;
  /** Sends privately; false when Telegram does not let the bot write to this user yet. */
  toUser(userId: string, view: View, groupId?: string): Promise<boolean>;
}

// Group, supergroup and channel ids are negative; a user's private chat has the user's (positive) id.
export function isGroupId(chatId: string): boolean {
  return chatId.startsWith("-");
}

export function createOutbox(api: Api, codec: CallbackCodec, people: People): Outbox {
  async function send(destination: Destination, items: Outgoing[]): Promise<number[]> {
    const ids: number[] = [];
    const thread = destination.threadId === undefined ? {} : { message_thread_id: destination.threadId };
    for (const item of items) {
      const reply =
        ids.length === 0 && destination.replyTo !== undefined
          ? { reply_parameters: { message_id: destination.replyTo, allow_sending_without_reply: true } }
          : {};
      if (item.kind === "file") {
        const file = new InputFile(Buffer.from(item.content, "utf8"), item.name);
        ids.push((await api.sendDocument(destination.chatId, file, { ...thread, ...reply })).message_id);
        continue;
      }
      const sent = await api.sendMessage(destination.chatId, item.html, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(item.keyboard ? { reply_markup: { inline_keyboard: item.keyboard } } : {}),
        ...thread,
        ...reply,
      });
      ids.push(sent.message_id);
    }
    return ids;
  }

  const render = (view: View, chatId: string, groupId: string | undefined) =>
    renderView(view, {
      inGroup: isGroupId(chatId),
      ...(groupId && groupId !== chatId ? { groupId } : {}),
      codec,
      nameOf: (userId) => people.nameOf(userId),
    });

  return {
    toChat: (destination, view, groupId) => send(destination, render(view, destination.chatId, groupId)),
    async toUser(userId, view, groupId) {
      if (!people.mayMessage(userId)) return false;
      try {
        await send({ chatId: userId }, render(view, userId, groupId));
        return true;
      } catch (error) {
        if (!isCannotMessage(error)) throw error;
        people.markUnreachable(userId);
        return false;
      }
    },
  };
}
