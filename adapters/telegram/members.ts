import type { Context } from "grammy";
import { describeError } from "../../core/failures.js";
import { hashId } from "../../core/log.js";
import type { BotRight } from "../../core/ports.js";
import { paragraph, view } from "../../core/views.js";
import type { Inbound } from "./inbound.js";
import { telegramText } from "./messages.js";
import {
  type ChatMemberUpdate,
  chatMemberUpdateSchema,
  isGroupChat,
  joinRequestSchema,
  memberChange,
  messageSchema,
  type TelegramChat,
  type TelegramUser,
} from "./payloads.js";
import { displayName } from "./people.js";

// One member's join can arrive twice (a chat_member update and a new_chat_members message):
// it is welcomed once within this window.
const JOIN_ONCE_MS = 10 * 60 * 1000;
const JOINS_KEPT = 5000;

export interface MemberHandlers {
  /** chat_member: joins and leaves as admins' bots see them; admin changes refresh the admin list. */
  chatMember(ctx: Context): Promise<void>;
  /** my_chat_member: the bot added (without rights: it says so) or removed. */
  myChatMember(ctx: Context): Promise<void>;
  /** Service messages: joins and leaves without admin rights, and a group's move to a supergroup. */
  serviceMessage(ctx: Context): Promise<void>;
  /** chat_join_request: someone asked to join; screening questions go to their private chat. */
  joinRequest(ctx: Context): Promise<void>;
}

/** The rights the bot needs that Telegram did not give it, from its own my_chat_member status. */
function missingRights(status: ChatMemberUpdate["new_chat_member"]): BotRight[] {
  const admin = status.status === "administrator";
  return [
    ...(admin && status.can_delete_messages ? [] : (["delete_messages"] as const)),
    ...(admin && status.can_restrict_members ? [] : (["restrict_members"] as const)),
  ];
}

export function memberHandlers(inbound: Inbound): MemberHandlers {
  const { admins, people, log, engine } = inbound;
  const recentJoins = new Map<string, number>();

  async function join(chat: TelegramChat, user: TelegramUser) {
    const key = `${chat.id}:${user.id}`;
    const seen = recentJoins.get(key);
    if (seen !== undefined && Date.now() - seen < JOIN_ONCE_MS) return;
    recentJoins.set(key, Date.now());
    if (recentJoins.size > JOINS_KEPT) recentJoins.delete(recentJoins.keys().next().value ?? "");
    const chatId = String(chat.id);
    const actor = await inbound.actorIn(undefined, user);
    const at = { chatId, userId: actor.id, userName: displayName(user), groupId: chatId };
    await engine.respond(
      { type: "join", place: inbound.groupPlace(chat, chatId), actor },
      inbound.replies.join(at),
    );
  }

  /** The engine keeps nothing about leaving; a member who comes back is welcomed again. */
  function leave(chat: TelegramChat, user: TelegramUser) {
    recentJoins.delete(`${chat.id}:${user.id}`);
  }

  async function relocate(from: number, to: number) {
    admins.forget(String(from));
    try {
      await engine.relocateGroup("telegram", String(from), String(to));
      log.info(
        { from: hashId(String(from)), to: hashId(String(to)) },
        "telegram: group moved to a supergroup",
      );
    } catch (error) {
      log.warn(
        { error: describeError(error) },
        "telegram: could not move the group's data to its supergroup",
      );
    }
  }

  return {
    async chatMember(ctx) {
      const parsed = chatMemberUpdateSchema.safeParse(ctx.chatMember);
      if (!parsed.success) return inbound.ignore("chat_member", parsed.error.issues);
      const update = parsed.data;
      if (!isGroupChat(update.chat)) return;
      const user = update.new_chat_member.user;
      people.see(user);
      const change = memberChange(update);
      if (change.adminRightsChanged) admins.forget(String(update.chat.id));
      if (user.is_bot) return;
      if (change.joined) await join(update.chat, user);
      else if (change.left) leave(update.chat, user);
    },
    async myChatMember(ctx) {
      const parsed = chatMemberUpdateSchema.safeParse(ctx.myChatMember);
      if (!parsed.success) return inbound.ignore("my_chat_member", parsed.error.issues);
      const update = parsed.data;
      if (!isGroupChat(update.chat)) return;
      const chatId = String(update.chat.id);
      admins.forget(chatId);
      const change = memberChange(update);
      if (change.left) {
        log.info({ group: hashId(chatId) }, "telegram: removed from a group");
        return;
      }
      if (!change.joined) return;
      // The arrival message goes privately to whoever added the bot; the engine answers with a
      // public note for the group when it could not.
      const place = inbound.groupPlace(update.chat, chatId);
      const actor = await inbound.actorIn(chatId, update.from);
      // Added without admin rights: joins are invisible and the gate cannot work; say so once,
      // to the group in its language.
      if (update.new_chat_member.status !== "administrator") {
        const t = await inbound.engine.reader({ place, actor, group: true });
        await inbound.outbox.toChat({ chatId }, view(paragraph(telegramText("addedWithoutRights", t))));
      }
      const missing = missingRights(update.new_chat_member);
      const views = await engine.dispatch({ type: "botAdded", place, actor, missing });
      for (const reply of views) {
        if (!reply.private) await inbound.outbox.toChat({ chatId }, reply, chatId);
      }
    },
    async joinRequest(ctx) {
      const parsed = joinRequestSchema.safeParse(ctx.chatJoinRequest);
      if (!parsed.success) return inbound.ignore("chat_join_request", parsed.error.issues);
      const { chat, from } = parsed.data;
      if (!isGroupChat(chat) || from.is_bot) return;
      people.see(from);
      const chatId = String(chat.id);
      const actor = await inbound.actorIn(undefined, from);
      const views = await engine.dispatch({
        type: "joinRequest",
        place: inbound.groupPlace(chat, chatId),
        actor,
      });
      // Only ever to the person asking: Telegram lets the bot write to them while the request waits.
      for (const reply of views) await inbound.outbox.toUser(actor.id, reply, chatId);
    },
    async serviceMessage(ctx) {
      const parsed = messageSchema.safeParse(ctx.message);
      if (!parsed.success) return inbound.ignore("message", parsed.error.issues);
      const message = parsed.data;
      if (message.migrate_to_chat_id !== undefined)
        await relocate(message.chat.id, message.migrate_to_chat_id);
      if (message.migrate_from_chat_id !== undefined)
        await relocate(message.migrate_from_chat_id, message.chat.id);
      if (!isGroupChat(message.chat)) return;
      for (const user of message.new_chat_members ?? []) {
        people.see(user);
        if (!user.is_bot) await join(message.chat, user);
      }
      const left = message.left_chat_member;
      if (left && !left.is_bot && left.id !== inbound.botId()) leave(message.chat, left);
    },
  };
}
