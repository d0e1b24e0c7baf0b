import { z } from "zod";
import type { Registry } from "../../core/commands/registry.js";
import { commandLine } from "./commands.js";
import { displayName } from "./people.js";

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
type Entity = z.infer<typeof entitySchema>;

export const messageSchema = z.object({
  message_id: id,
  chat: chatSchema,
  from: userSchema.optional(),
  sender_chat: chatSchema.optional(),
  text: z.string().max(TEXT_LIMIT).optional(),
  entities: z.array(entitySchema).max(1000).optional(),
  message_thread_id: id.optional(),
  is_topic_message: z.boolean().optional(),
  reply_to_message: z.object({ message_id: id, from: userSchema.optional() }).optional(),
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
});
type MemberStatus = z.infer<typeof memberStatus>;

export const chatMemberUpdateSchema = z.object({
  chat: chatSchema,
  from: userSchema,
  old_chat_member: memberStatus,
  new_chat_member: memberStatus,
});
export type ChatMemberUpdate = z.infer<typeof chatMemberUpdateSchema>;

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

// Quotes the core's tokenizer groups on: removed from a name so it stays one quoted token.
const QUOTES = /["“”„«»]/g;

function quoted(label: string, userId: string): string {
  const clean = label.replace(QUOTES, "").replace(/\s+/g, " ").trim();
  return clean || userId;
}

export interface CommandInput {
  /** The line for the core, e.g. `mod tags give "Ann Lee" Caregiver`. */
  text: string;
  /** References the line holds that only Telegram knows: typed label → user id. */
  references: Map<string, string>;
}

function validEntities(text: string, entities: Entity[] | undefined): Entity[] {
  return (entities ?? []).filter((e) => e.offset + e.length <= text.length);
}

/**
 * The core's line for a command message whose command entity is `name` (without `/` and `@bot`):
 * text mentions (members without a @username) become quoted names the port resolves, and a
 * command sent in reply to someone's message gets that person as its member argument when the
 * moderator did not name one.
 */
export function commandInput(message: TelegramMessage, name: string, registry: Registry): CommandInput {
  const references = new Map<string, string>();
  let text = message.text ?? "";
  const entities = validEntities(text, message.entities);
  const command = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  const commandEnd = command?.length ?? 0;
  const mentions = entities
    .filter((e) => e.type === "text_mention" && e.user && e.offset >= commandEnd)
    .sort((a, b) => b.offset - a.offset);
  for (const mention of mentions) {
    if (!mention.user) continue;
    const userId = String(mention.user.id);
    const label = quoted(text.slice(mention.offset, mention.offset + mention.length), userId);
    references.set(label, userId);
    text = `${text.slice(0, mention.offset)}"${label}"${text.slice(mention.offset + mention.length)}`;
  }
  let line = commandLine(name, text.slice(commandEnd).trim());
  const target = message.reply_to_message?.from;
  if (target && !target.is_bot && target.id !== message.from?.id) {
    const match = registry.match(line);
    const param = match?.command.params.find((p) => p.kind === "member");
    const first = match?.rest.trim().split(/\s+/)[0] ?? "";
    const named = param && new RegExp(`(^|\\s)${param.name}[:=]`, "i").test(match?.rest ?? "");
    const looksLikeMember = /^@|^\d+$|^"/.test(first);
    if (param && !named && !looksLikeMember) {
      const userId = String(target.id);
      const label = quoted(displayName(target), userId);
      references.set(label, userId);
      line = `${line} ${param.name}:"${label}"`;
    }
  }
  return { text: line, references };
}
