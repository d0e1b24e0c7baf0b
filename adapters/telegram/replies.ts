import type { Api } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { CommandDef } from "../../core/commands/define.js";
import type { Block, View } from "../../core/ports.js";
import { plainText } from "../../core/text/markup.js";
import { buttons, paragraph, view } from "../../core/views.js";
import type { CallbackCodec } from "./callback-data.js";
import { commandName } from "./commands.js";
import { type DeepLink, deepLinkUrl, WELCOME_FLOW } from "./deep-links.js";
import type { TelegramMessageKey } from "./messages.js";
import { telegramText } from "./messages.js";
import { isGroupId, type Outbox } from "./outbox.js";
import { type Keyboard, optionLabel, shortPlainText } from "./views.js";

// Telegram: the text of answerCallbackQuery is 0-200 characters.
export const CALLBACK_ANSWER_LIMIT = 200;

/** Where an event happened and who caused it. */
export interface Conversation {
  chatId: string;
  threadId?: number;
  /** The message being answered (a command), replied to in groups. */
  messageId?: number;
  userId: string;
  userName: string;
  /** The group the event concerned, when there is one (also for deep links in a private chat). */
  groupId?: string;
}

/** The button that was pressed and the keyboard it sat in. */
export interface Press {
  action: string;
  messageId: number;
  keyboard: { text: string; callback_data?: string; url?: string }[][];
}

export interface Replies {
  /** Replies to a command: private views go to the member's private chat when Telegram allows it. */
  command(views: View[], at: Conversation, command: CommandDef | undefined): Promise<void>;
  /** The welcome: in the group, or privately (with a link to open it when the bot cannot write first). */
  join(views: View[], at: Conversation): Promise<void>;
  /**
   * Replies to a button: `answer` (answerCallbackQuery) is called first, with a short private
   * reply as its text when there is one; the rest follows.
   */
  action(
    views: View[],
    at: Conversation,
    press: Press,
    answer: (text?: string) => Promise<void>,
  ): Promise<void>;
  /** A short text with a link button that opens a private chat at `link`. */
  prompt(
    at: Conversation,
    text: TelegramMessageKey,
    button: TelegramMessageKey,
    link: DeepLink,
  ): Promise<void>;
}

export interface RepliesDeps {
  api: Api;
  outbox: Outbox;
  codec: CallbackCodec;
  botUsername(): string;
}

function inChat(at: Conversation, reply = true) {
  return {
    chatId: at.chatId,
    ...(at.threadId === undefined ? {} : { threadId: at.threadId }),
    ...(reply && at.messageId !== undefined ? { replyTo: at.messageId } : {}),
  };
}

/** A private chat's picker re-rendered after a toggle: the pressed keyboard with new marks. */
function remarked(press: Press, picker: Extract<Block, { kind: "choice" }>, codec: CallbackCodec): Keyboard {
  const options = new Map(picker.options.map((o) => [o.value, o]));
  return press.keyboard.map((row) =>
    row.flatMap((button): InlineKeyboardButton[] => {
      if (button.url) return [{ text: button.text, url: button.url }];
      if (!button.callback_data) return [];
      const pressed = codec.decode(button.callback_data);
      const option = pressed?.kind !== "b" && pressed?.value ? options.get(pressed.value) : undefined;
      const text =
        pressed?.action === press.action && option
          ? optionLabel(option.label, option.selected, picker.multi, false)
          : button.text;
      return [{ text, callback_data: button.callback_data }];
    }),
  );
}

export function createReplies({ api, outbox, codec, botUsername }: RepliesDeps): Replies {
  async function prompt(
    at: Conversation,
    text: TelegramMessageKey,
    button: TelegramMessageKey,
    link: DeepLink,
  ) {
    const url = deepLinkUrl(botUsername(), link) ?? `https://t.me/${botUsername()}`;
    const label = plainText(telegramText(button));
    await outbox.toChat(
      inChat(at),
      view(paragraph(telegramText(text, { member: at.userName })), buttons({ label, url })),
    );
  }

  return {
    prompt,
    async command(views, at, command) {
      const group = isGroupId(at.chatId);
      let prompted = false;
      for (const reply of views) {
        if (!group || !reply.private) {
          await outbox.toChat(inChat(at), reply, at.groupId);
          continue;
        }
        if (await outbox.toUser(at.userId, reply, at.groupId)) continue;
        if (command?.scope === "anywhere" || reply.personal) {
          // Commands that also work in private (privacy, crisis, help), and any answer about
          // someone's tags or warnings, are given only there: the member gets a link that runs
          // the command in a private chat with the bot.
          // The link carries the group, so the answer there is this group's (its crisis resources).
          const name = commandName(command?.path ?? "start");
          const link = { name, ...(at.groupId ? { groupId: at.groupId } : {}) };
          if (!prompted) await prompt(at, "startFirst", "startFirstButton", link);
          prompted = true;
          continue;
        }
        await outbox.toChat(inChat(at), reply, at.groupId);
      }
    },
    async join(views, at) {
      for (const reply of views) {
        if (!reply.private) await outbox.toChat(inChat(at, false), reply, at.groupId);
        else if (!(await outbox.toUser(at.userId, reply, at.groupId)) && at.groupId) {
          await prompt({ ...at, messageId: undefined }, "welcomePrivately", "welcomePrivatelyButton", {
            name: WELCOME_FLOW,
            groupId: at.groupId,
          });
        }
      }
    },
    async action(views, at, press, answer) {
      const group = isGroupId(at.chatId);
      // A re-rendered picker updates the pressed keyboard in a private chat; in a group the
      // keyboard shows no picks, so there is nothing to update.
      const pickerOf = (reply: View) =>
        reply.blocks.find(
          (b): b is Extract<Block, { kind: "choice" }> => b.kind === "choice" && b.action === press.action,
        );
      const plan = views.map((reply) => {
        const picker = reply.private ? pickerOf(reply) : undefined;
        const rest: View = { ...reply, blocks: reply.blocks.filter((b) => b !== picker) };
        return { reply, picker, rest };
      });
      // The first short private answer is the query's answer, given before anything slower is
      // sent (Telegram lets a button press wait only seconds for its answer).
      const answered = plan.find((p) => p.reply.private && shortPlainText(p.rest, CALLBACK_ANSWER_LIMIT));
      await answer(answered ? shortPlainText(answered.rest, CALLBACK_ANSWER_LIMIT) : undefined);
      for (const { reply, picker, rest } of plan) {
        if (!reply.private) {
          await outbox.toChat(inChat(at, false), reply, at.groupId);
          continue;
        }
        if (picker && !group) {
          await api
            .editMessageReplyMarkup(at.chatId, press.messageId, {
              reply_markup: { inline_keyboard: remarked(press, picker, codec) },
            })
            .catch(() => undefined);
        }
        if (rest.blocks.length === 0 || reply === answered?.reply) continue;
        if (group && (await outbox.toUser(at.userId, rest, at.groupId))) continue;
        // Someone's tags or warnings never go to the group, even when a private message can't.
        if (group && reply.personal) continue;
        await outbox.toChat(inChat(at, false), rest, at.groupId);
      }
    },
  };
}
