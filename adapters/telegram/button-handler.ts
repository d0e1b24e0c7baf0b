import type { Context } from "grammy";
import type { ChoiceInput, InboundEvent, Place } from "../../core/ports.js";
import { plainText } from "../../core/text/markup.js";
import type { CallbackCodec, Pressed } from "./callback-data.js";
import { type CallbackQuery, callbackQuerySchema, channelOf, isGroupChat, topicOf } from "./events.js";
import type { Inbound } from "./inbound.js";
import { telegramText } from "./messages.js";
import { displayName } from "./people.js";
import type { Conversation } from "./replies.js";

/** What the engine gets for a choice button: a toggle, or a single pick among the menu's options. */
function choiceOf(
  codec: CallbackCodec,
  pressed: Pressed,
  keyboard: { callback_data?: string }[][],
): ChoiceInput | undefined {
  if (pressed.kind === "t" && pressed.value !== undefined) return { toggled: pressed.value };
  if (pressed.kind !== "s" || pressed.value === undefined) return undefined;
  // A single choice clears the other options of the same menu, read from the pressed keyboard.
  const offered = keyboard
    .flat()
    .map((b) => (b.callback_data ? codec.decode(b.callback_data) : undefined))
    .filter((p) => p?.kind === "s" && p.action === pressed.action && p.value !== undefined)
    .map((p) => p?.value ?? "");
  return { selected: [pressed.value], offered: offered.length ? offered : [pressed.value] };
}

/** Handles a press; `answer` answers the query (once). */
async function press(
  inbound: Inbound,
  query: CallbackQuery,
  answer: (text?: string) => Promise<void>,
): Promise<void> {
  const { message, from } = query;
  const decoded = inbound.codec.decode(query.data);
  const chat = message?.chat;
  if (!message || !chat || chat.type === "channel") return;
  // Buttons act on the group they are in; in a private chat, on the group their data names.
  const group = isGroupChat(chat);
  const groupId = group ? String(chat.id) : decoded?.groupId;
  if (groupId && !group && !(await inbound.isMember(groupId, from.id))) {
    return answer(plainText(telegramText("notMember")));
  }
  const chatId = String(chat.id);
  const threadId = topicOf(message);
  const channelId = channelOf(chatId, threadId);
  const place: Place = groupId
    ? { ...(group ? inbound.groupPlace(chat, channelId) : { platform: "telegram" }), groupId, channelId }
    : { platform: "telegram", channelId };
  const actor = await inbound.actorIn(groupId, from);
  const keyboard = message.reply_markup?.inline_keyboard ?? [];
  // Unreadable data still reaches the engine, which answers that the button no longer applies.
  const action = decoded?.action ?? "";
  const event: InboundEvent = { type: "action", place, actor, action };
  const choice = decoded && choiceOf(inbound.codec, decoded, keyboard);
  const views = await inbound.dispatch(choice ? { ...event, choice } : event);
  const at: Conversation = {
    chatId,
    ...(threadId === undefined ? {} : { threadId }),
    userId: actor.id,
    userName: displayName(from),
    ...(groupId ? { groupId } : {}),
  };
  await inbound.replies.action(views, at, { action, messageId: message.message_id, keyboard }, answer);
}

/** callback_query: a button pressed; always answered, so the button stops spinning. */
export async function handleButton(inbound: Inbound, ctx: Context): Promise<void> {
  const parsed = callbackQuerySchema.safeParse(ctx.callbackQuery);
  if (!parsed.success) {
    inbound.ignore("callback_query", parsed.error.issues);
    const id = (ctx.callbackQuery as { id?: unknown } | undefined)?.id;
    if (typeof id === "string") await inbound.api.answerCallbackQuery(id).catch(() => undefined);
    return;
  }
  const query = parsed.data;
  let answered = false;
  const answer = async (text?: string) => {
    if (answered) return;
    answered = true;
    await inbound.api.answerCallbackQuery(query.id, text ? { text } : {}).catch(() => undefined);
  };
  try {
    await press(inbound, query, answer);
  } finally {
    // Telegram shows a spinner on the button until the query is answered, whatever happened.
    await answer();
  }
}
