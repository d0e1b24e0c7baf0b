import type { Api } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { CommandDef } from "../../core/commands/define.js";
import type { Registry } from "../../core/commands/registry.js";
import type { Responder } from "../../core/delivery.js";
import type { Block, View } from "../../core/ports.js";
import type { Translate } from "../../core/text/i18n.js";
import { plainText } from "../../core/text/markup.js";
import { buttons, paragraph, view } from "../../core/views.js";
import type { CallbackCodec } from "./callback-data.js";
import { type DeepLink, deepLinkUrl, WELCOME_FLOW } from "./deep-links.js";
import { isMissingRights } from "./errors.js";
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

/**
 * The Responders the engine delivers through (core/delivery.ts): Telegram has no ephemeral
 * message, so a private answer to a group command goes to the private chat, or a neutral prompt
 * with a deep link stands in for it. A button's short private answer is the query's answer.
 */
export interface Replies {
  /** A command typed in `at` (a group or the private chat). */
  command(at: Conversation, command: CommandDef | undefined): Responder;
  /** A member joining the group: the welcome in the group, or privately. */
  join(at: Conversation): Responder;
  /** A button pressed in `at`; `answer` answers the callback query, once. */
  action(at: Conversation, press: Press, answer: (text?: string) => Promise<boolean>): Responder;
}

export interface RepliesDeps {
  api: Api;
  outbox: Outbox;
  codec: CallbackCodec;
  registry: Registry;
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

export function createReplies({ api, outbox, codec, botUsername, registry }: RepliesDeps): Replies {
  /** Says in the group's language, naming no one and nothing asked, that an answer waits in the private chat. */
  async function prompt(
    at: Conversation,
    t: Translate,
    text: TelegramMessageKey,
    button: TelegramMessageKey,
    link: DeepLink,
  ) {
    const url = deepLinkUrl(botUsername(), link) ?? `https://t.me/${botUsername()}`;
    const label = plainText(telegramText(button, t));
    await outbox.toChat(inChat(at), view(paragraph(telegramText(text, t)), buttons({ label, url })));
  }

  function base(at: Conversation, replyTo: boolean) {
    return {
      shared: isGroupId(at.chatId),
      reply: async (v: View) => void (await outbox.toChat(inChat(at, replyTo), v, at.groupId)),
      direct: (v: View) => outbox.toUser(at.userId, v, at.groupId),
    };
  }

  return {
    command(at, command) {
      return {
        ...base(at, true),
        // The link reruns an argument-free command in the private chat (its answer is the same
        // there), else opens the group's help. Its name is the command's place in the registry, so
        // a link left in the group does not spell out what was asked (/crisis, /mytags).
        promptPrivate: (t) =>
          prompt(at, t, "startFirst", "startFirstButton", privateLink(registry, command, at.groupId)),
        async removeCommand() {
          if (at.messageId === undefined) return true;
          try {
            await api.deleteMessage(at.chatId, at.messageId);
            return true;
          } catch (error) {
            return !isMissingRights(error);
          }
        },
      };
    },
    join(at) {
      return {
        ...base(at, false),
        promptPrivate: async (t) => {
          if (!at.groupId) return;
          await prompt({ ...at, messageId: undefined }, t, "welcomePrivately", "welcomePrivatelyButton", {
            name: WELCOME_FLOW,
            groupId: at.groupId,
          });
        },
      };
    },
    action(at, press, answer) {
      const group = isGroupId(at.chatId);
      const { reply, direct } = base(at, false);
      // A re-rendered picker updates the pressed keyboard in a private chat; in a group the
      // keyboard shows no picks, so there is nothing to update.
      async function withoutPicker(v: View): Promise<View> {
        const picker = v.blocks.find(
          (b): b is Extract<Block, { kind: "choice" }> => b.kind === "choice" && b.action === press.action,
        );
        if (!picker) return v;
        if (!group) {
          await api
            .editMessageReplyMarkup(at.chatId, press.messageId, {
              reply_markup: { inline_keyboard: remarked(press, picker, codec) },
            })
            .catch(() => undefined);
        }
        return { ...v, blocks: v.blocks.filter((b) => b !== picker) };
      }
      return {
        shared: group,
        async reply(v) {
          const rest = await withoutPicker(v);
          if (rest.blocks.length > 0) await reply(rest);
        },
        // The first short private answer is the query's answer, shown only to the presser.
        async ephemeral(v) {
          const rest = await withoutPicker(v);
          if (rest.blocks.length === 0) return true;
          const text = shortPlainText(rest, CALLBACK_ANSWER_LIMIT);
          return text !== undefined && (await answer(text));
        },
        async direct(v) {
          const rest = await withoutPicker(v);
          return rest.blocks.length === 0 || (await direct(rest));
        },
        promptPrivate: (t) =>
          prompt(
            { ...at, messageId: undefined },
            t,
            "startFirst",
            "startFirstButton",
            privateLink(registry, undefined, at.groupId),
          ),
      };
    },
  };
}

/** The deep link a prompt carries: `c<n>` for the registry's n-th command when it takes no arguments. */
function privateLink(
  registry: Registry,
  command: CommandDef | undefined,
  groupId: string | undefined,
): DeepLink {
  const index = command && command.params.length === 0 ? registry.all.indexOf(command) : -1;
  return { name: index >= 0 ? `c${index}` : "help", ...(groupId ? { groupId } : {}) };
}

/** The command a prompt's deep link names, if any. */
export function linkedCommand(registry: Registry, name: string): CommandDef | undefined {
  const index = /^c(\d{1,4})$/.exec(name)?.[1];
  return index === undefined ? undefined : registry.all[Number(index)];
}
