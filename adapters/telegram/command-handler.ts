import type { Context } from "grammy";
import type { Place } from "../../core/ports.js";
import { paragraph, view } from "../../core/views.js";
import { commandLine } from "./commands.js";
import { parseDeepLink, WELCOME_FLOW } from "./deep-links.js";
import {
  channelOf,
  commandInput,
  isGroupChat,
  messageSchema,
  type TelegramMessage,
  type TelegramUser,
  topicOf,
} from "./events.js";
import type { Inbound } from "./inbound.js";
import { telegramText } from "./messages.js";
import { displayName } from "./people.js";
import type { Conversation } from "./replies.js";

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
  const { outbox, replies, dispatch, actorIn, engine } = inbound;
  const chatId = String(message.chat.id);
  const at: Conversation = { chatId, userId: String(from.id), userName: displayName(from) };
  const link = parseDeepLink(payload);
  if (!link) {
    await outbox.toChat({ chatId }, view(paragraph(telegramText("start"))));
    const place: Place = { platform: "telegram", channelId: chatId };
    const actor = await actorIn(undefined, from);
    const views = await dispatch({ type: "command", place, actor, text: "help" });
    await replies.command(views, at, engine.registry.get("help"));
    return;
  }
  if (link.groupId && !(await inbound.isMember(link.groupId, from.id))) {
    await outbox.toChat({ chatId }, view(paragraph(telegramText("notMember"))));
    return;
  }
  const group = link.groupId ? { groupId: link.groupId } : {};
  const place: Place = { platform: "telegram", channelId: chatId, ...group };
  const actor = await actorIn(link.groupId, from);
  if (link.name === WELCOME_FLOW && link.groupId) {
    const views = await dispatch({ type: "join", place, actor });
    await replies.command(views, { ...at, ...group }, undefined);
    return;
  }
  const text = commandLine(link.name, "");
  const views = await dispatch({ type: "command", place, actor, text });
  await replies.command(views, { ...at, ...group }, engine.registry.match(text)?.command);
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
  const input = commandInput(message, name === "start" ? "help" : name, inbound.engine.registry);
  // Only an anonymous admin can post as the group itself.
  const anonymousAdmin = message.sender_chat?.id === message.chat.id;
  const place: Place = group
    ? inbound.groupPlace(message.chat, channelOf(chatId, threadId))
    : { platform: "telegram", channelId: chatId };
  const actor = await inbound.actorIn(place.groupId, from, anonymousAdmin);
  const reply = message.reply_to_message;
  const messageRef = reply ? { messageRef: messageLink(chatId, reply.message_id) } : {};
  const views = await inbound.dispatch(
    { type: "command", place, actor, text: input.text, ...messageRef },
    input.references,
  );
  const at: Conversation = {
    chatId,
    ...(threadId === undefined ? {} : { threadId }),
    messageId: message.message_id,
    userId: actor.id,
    userName: displayName(from),
    ...(place.groupId ? { groupId: place.groupId } : {}),
  };
  await inbound.replies.command(views, at, inbound.engine.registry.match(input.text)?.command);
}
