import type { Context } from "grammy";
import type { ChoiceInput, InboundEvent, Place } from "../../core/ports.js";
import { plainText } from "../../core/text/markup.js";
import { paragraph, view } from "../../core/views.js";
import type { CallbackCodec, Pressed } from "./callback-data.js";
import { commandLine } from "./commands.js";
import { parseDeepLink, WELCOME_FLOW } from "./deep-links.js";
import { commandInput, type Inbound } from "./inbound.js";
import { telegramText } from "./messages.js";
import {
  type CallbackQuery,
  callbackQuerySchema,
  channelOf,
  isGroupChat,
  messageSchema,
  type TelegramMessage,
  type TelegramUser,
  topicOf,
} from "./payloads.js";
import { displayName } from "./people.js";
import { type Conversation, linkedCommand } from "./replies.js";

// Commands and button presses: Telegram updates in, engine events out, replies rendered back.

/**
 * A reference to a message moderators can open: a t.me/c link in a supergroup (its id is
 * -100 followed by the link's id), else `<chatId>:<messageId>`.
 */
export function messageLink(chatId: string, messageId: number): string {
  return chatId.startsWith("-100")
    ? `https://t.me/c/${chatId.slice(4)}/${messageId}`
    : `${chatId}:${messageId}`;
}

/** `/start` in the private chat: the introduction, or the flow a deep link names. */
async function start(inbound: Inbound, message: TelegramMessage, from: TelegramUser, payload: string) {
  const { outbox, replies, actorIn, engine } = inbound;
  const chatId = String(message.chat.id);
  const at: Conversation = { chatId, userId: String(from.id), userName: displayName(from) };
  const link = parseDeepLink(payload);
  // The private chat speaks the person's language: their choice in any group, else their client's.
  const privately = { place: { platform: "telegram", channelId: chatId } satisfies Place };
  if (!link) {
    const { place } = privately;
    const actor = await actorIn(undefined, from);
    const t = await engine.reader({ place, actor });
    await outbox.toChat({ chatId }, view(paragraph(telegramText("start", t))));
    await engine.respond({ type: "command", place, actor, text: "help" }, replies.command(at, undefined));
    return;
  }
  if (link.groupId && !(await inbound.isMember(link.groupId, from.id))) {
    const t = await engine.reader({ ...privately, actor: await actorIn(undefined, from) });
    await outbox.toChat({ chatId }, view(paragraph(telegramText("notMember", t))));
    return;
  }
  const group = link.groupId ? { groupId: link.groupId } : {};
  const place: Place = { platform: "telegram", channelId: chatId, ...group };
  const actor = await actorIn(link.groupId, from);
  if (link.name === WELCOME_FLOW && link.groupId) {
    await engine.respond({ type: "join", place, actor }, replies.command({ ...at, ...group }, undefined));
    return;
  }
  const linked = linkedCommand(engine.registry, link.name);
  const text = linked ? linked.path : commandLine(link.name, "");
  await engine.respond({ type: "command", place, actor, text }, replies.command({ ...at, ...group }, linked));
}

/** A command message, in a group or the private chat (grammY matched its name, and `@bot` if any). */
export async function handleCommand(inbound: Inbound, ctx: Context): Promise<void> {
  const parsed = messageSchema.safeParse(ctx.message);
  if (!parsed.success) return inbound.ignore("command", parsed.error.issues);
  const message = parsed.data;
  const from = message.from;
  if (!from || from.is_bot || message.chat.type === "channel") return;
  const entity = message.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  const typed = (message.text ?? "").slice(1, entity?.length ?? 0);
  const name = typed.split("@")[0] ?? "";
  const group = isGroupChat(message.chat);
  if (!group) inbound.people.markReachable(String(from.id));
  if (name === "start") {
    // A bare /start in a group is usually meant for another bot; /start@thisbot shows the help.
    if (!group) await start(inbound, message, from, typeof ctx.match === "string" ? ctx.match : "");
    if (!group || !typed.includes("@")) return;
  }
  const chatId = String(message.chat.id);
  const threadId = topicOf(message);
  const input = withForwardedAuthor(
    commandInput(message, name === "start" ? "help" : name, inbound.engine.registry),
    message,
    group,
  );
  // Only an anonymous admin can post as the group itself.
  const anonymousAdmin = message.sender_chat?.id === message.chat.id;
  const place: Place = group
    ? inbound.groupPlace(message.chat, channelOf(chatId, threadId))
    : { platform: "telegram", channelId: chatId };
  const actor = await inbound.actorIn(place.groupId, from, anonymousAdmin);
  const reply = message.reply_to_message;
  const messageRef = reply ? { messageRef: messageLink(chatId, reply.message_id) } : {};
  const mentions = input.mentions.length > 0 ? { mentions: input.mentions } : {};
  // In a group the command's own message is visible to all: the core may remove it.
  const messageId = group ? { messageId: String(message.message_id) } : {};
  const at: Conversation = {
    chatId,
    ...(threadId === undefined ? {} : { threadId }),
    messageId: message.message_id,
    userId: actor.id,
    userName: displayName(from),
    ...(place.groupId ? { groupId: place.groupId } : {}),
  };
  const event: InboundEvent = {
    type: "command",
    place,
    actor,
    text: input.text,
    ...messageRef,
    ...mentions,
    ...messageId,
  };
  await inbound.engine.respond(
    event,
    inbound.replies.command(at, inbound.engine.registry.match(input.text)?.command),
  );
}

/**
 * In the private chat, a command with no arguments sent as a reply to a forwarded message is about
 * that message's author (`/worried` on a message forwarded from the member): their id is the argument.
 */
function withForwardedAuthor<T extends { text: string }>(
  input: T,
  message: TelegramMessage,
  group: boolean,
): T {
  const author = message.reply_to_message?.forward_origin?.sender_user;
  if (group || !author || author.is_bot || input.text.trim().includes(" ")) return input;
  return { ...input, text: `${input.text.trim()} ${author.id}` };
}

/**
 * A member's message replying to one of the bot's posts in a group: passed to the engine (which
 * relays it where a feature asked, e.g. to an anonymous question's asker). Never stored here.
 */
export async function handleReply(inbound: Inbound, ctx: Context, botId: number): Promise<boolean> {
  const parsed = messageSchema.safeParse(ctx.message);
  if (!parsed.success) return false;
  const message = parsed.data;
  const from = message.from;
  const replied = message.reply_to_message;
  if (!from || from.is_bot || !isGroupChat(message.chat) || !message.text || replied?.from?.id !== botId)
    return false;
  const chatId = String(message.chat.id);
  const place = inbound.groupPlace(message.chat, channelOf(chatId, topicOf(message)));
  const actor = await inbound.actorIn(place.groupId, from);
  await inbound.engine.dispatch({
    type: "reply",
    place,
    actor,
    replyTo: String(replied.message_id),
    text: message.text,
  });
  return true;
}

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
  answer: (text?: string) => Promise<boolean>,
): Promise<void> {
  const { message, from } = query;
  const decoded = inbound.codec.decode(query.data);
  const chat = message?.chat;
  if (!message || !chat || chat.type === "channel") return;
  // Buttons act on the group they are in; in a private chat, on the group their data names.
  const group = isGroupChat(chat);
  const groupId = group ? String(chat.id) : decoded?.groupId;
  if (groupId && !group && !(await inbound.isMember(groupId, from.id))) {
    const place: Place = { platform: "telegram", channelId: String(chat.id) };
    const t = await inbound.engine.reader({ place, actor: await inbound.actorIn(undefined, from) });
    await answer(plainText(telegramText("notMember", t)));
    return;
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
  const at: Conversation = {
    chatId,
    ...(threadId === undefined ? {} : { threadId }),
    userId: actor.id,
    userName: displayName(from),
    ...(groupId ? { groupId } : {}),
  };
  const pressed = { action, messageId: message.message_id, keyboard };
  await inbound.engine.respond(
    choice ? { ...event, choice } : event,
    inbound.replies.action(at, pressed, answer),
  );
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
    if (answered) return false;
    answered = true;
    await inbound.api.answerCallbackQuery(query.id, text ? { text } : {}).catch(() => undefined);
    return true;
  };
  try {
    await press(inbound, query, answer);
  } finally {
    // Telegram shows a spinner on the button until the query is answered, whatever happened.
    await answer();
  }
}
