import { z } from "zod";

// zod schemas of exactly the parts of Bot API updates the adapter relies on. Anything that does
// not match is ignored (logged at debug), never trusted.

// Telegram: message text is at most 4096 characters; more is not a real update.
const TEXT_LIMIT = 4096;

const id = z.number().int().refine(Number.isSafeInteger);

export const userSchema = z.object({
  id: id.refine((n) => n > 0),
  is_bot: z.boolean().optional(),
  first_name: z.string().max(256).optional(),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  // Telegram: the IETF language tag of the user's client, when it tells.
  language_code: z.string().max(35).optional(),
});
export type TelegramUser = z.infer<typeof userSchema>;

export const chatSchema = z.object({
  id,
  type: z.enum(["private", "group", "supergroup", "channel"]),
  title: z.string().max(256).optional(),
  is_forum: z.boolean().optional(),
});
export type TelegramChat = z.infer<typeof chatSchema>;

const entitySchema = z.object({
  type: z.string(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().positive(),
  user: userSchema.optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const messageSchema = z.object({
  message_id: id,
  chat: chatSchema,
  from: userSchema.optional(),
  sender_chat: chatSchema.optional(),
  text: z.string().max(TEXT_LIMIT).optional(),
  entities: z.array(entitySchema).max(1000).optional(),
  message_thread_id: id.optional(),
  is_topic_message: z.boolean().optional(),
  reply_to_message: z
    .object({
      message_id: id,
      from: userSchema.optional(),
      // A forwarded message names its author when their privacy settings allow it.
      forward_origin: z.object({ type: z.string(), sender_user: userSchema.optional() }).optional(),
    })
    .optional(),
  new_chat_members: z.array(userSchema).max(200).optional(),
  left_chat_member: userSchema.optional(),
  migrate_to_chat_id: id.optional(),
  migrate_from_chat_id: id.optional(),
});
export type TelegramMessage = z.infer<typeof messageSchema>;

const memberStatus = z.object({
  status: z.enum(["creator", "administrator", "member", "restricted", "left", "kicked"]),
  user: userSchema,
  is_member: z.boolean().optional(),
  // An administrator's rights (the bot's own, in my_chat_member).
  can_delete_messages: z.boolean().optional(),
  can_restrict_members: z.boolean().optional(),
});
type MemberStatus = z.infer<typeof memberStatus>;

export const chatMemberUpdateSchema = z.object({
  chat: chatSchema,
  from: userSchema,
  old_chat_member: memberStatus,
  new_chat_member: memberStatus,
});
export type ChatMemberUpdate = z.infer<typeof chatMemberUpdateSchema>;

/** Someone asked to join through an invite link that needs approval. */
export const joinRequestSchema = z.object({
  chat: chatSchema,
  from: userSchema,
  user_chat_id: id,
});

const buttonSchema = z.object({
  text: z.string(),
  callback_data: z.string().optional(),
  url: z.string().optional(),
});

export const callbackQuerySchema = z.object({
  id: z.string().min(1).max(128),
  from: userSchema,
  data: z.string().min(1).max(256),
  message: z
    .object({
      message_id: id,
      // An inaccessible message has date 0 and nothing else but its chat.
      date: z.number().int(),
      chat: chatSchema,
      message_thread_id: id.optional(),
      is_topic_message: z.boolean().optional(),
      reply_markup: z.object({ inline_keyboard: z.array(z.array(buttonSchema)) }).optional(),
    })
    .optional(),
});
export type CallbackQuery = z.infer<typeof callbackQuerySchema>;

export function isGroupChat(chat: TelegramChat): boolean {
  return chat.type === "group" || chat.type === "supergroup";
}

/**
 * A channel id: the chat, or `<chatId>:<topicId>` for a forum topic (messages in a topic carry
 * its thread id; replies and posts go back to it).
 */
export function channelOf(chatId: number | string, threadId: number | undefined): string {
  return threadId === undefined ? String(chatId) : `${chatId}:${threadId}`;
}

export function parseChannel(channelId: string): { chatId: string; threadId?: number } | undefined {
  const match = /^(-?\d{1,20})(?::(\d{1,12}))?$/.exec(channelId);
  if (!match?.[1]) return undefined;
  return match[2] ? { chatId: match[1], threadId: Number(match[2]) } : { chatId: match[1] };
}

/** The topic a message sits in, when the group is a forum. */
export function topicOf(message: { message_thread_id?: number; is_topic_message?: boolean }) {
  return message.is_topic_message ? message.message_thread_id : undefined;
}

function present(member: MemberStatus): boolean {
  if (member.status === "restricted") return member.is_member !== false;
  return member.status === "member" || member.status === "administrator" || member.status === "creator";
}

function isAdminStatus(member: MemberStatus): boolean {
  return member.status === "administrator" || member.status === "creator";
}

/** What a chat_member update means for the engine. */
export function memberChange(update: ChatMemberUpdate): {
  joined: boolean;
  left: boolean;
  adminRightsChanged: boolean;
} {
  const before = update.old_chat_member;
  const after = update.new_chat_member;
  return {
    joined: !present(before) && present(after),
    left: present(before) && !present(after),
    adminRightsChanged: isAdminStatus(before) || isAdminStatus(after),
  };
}
