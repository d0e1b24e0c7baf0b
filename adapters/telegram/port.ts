import { type Api, GrammyError } from "grammy";
import type { ChatPermissions } from "grammy/types";
import { PlatformError } from "../../core/platform-error.js";
import type { PlatformPort, SendLimits } from "../../core/ports.js";
import type { Admins } from "./admins.js";
import { commandSyntax } from "./commands.js";
import { toPlatformError } from "./errors.js";
import { isGroupId, type Outbox } from "./outbox.js";
import { parseChannel } from "./payloads.js";
import type { People } from "./people.js";

/**
 * The gate: a held-back newcomer may send nothing. Lifting passes every right back, which the Bot
 * API documents as "lift restrictions"; the group's own default permissions still apply on top.
 */
function permissions(allowed: boolean): ChatPermissions {
  const rights: ChatPermissions = {
    can_send_messages: allowed,
    can_send_audios: allowed,
    can_send_documents: allowed,
    can_send_photos: allowed,
    can_send_videos: allowed,
    can_send_video_notes: allowed,
    can_send_voice_notes: allowed,
    can_send_polls: allowed,
    can_send_other_messages: allowed,
    can_add_web_page_previews: allowed,
    can_react_to_messages: allowed,
  };
  return allowed
    ? {
        ...rights,
        can_change_info: true,
        can_invite_users: true,
        can_pin_messages: true,
        can_manage_topics: true,
      }
    : rights;
}

// Restricting an admin or the owner is refused; the gate has nothing to do for them.
const NOT_RESTRICTABLE =
  /user is an administrator|can't remove chat owner|can't restrict self|USER_ADMIN_INVALID/i;
/**
 * Mute, kick and ban through the Bot API. A kick is a ban lifted at once (Telegram has no kick);
 * `only_if_banned` keeps an unban from removing someone who is in the chat. Reasons are not sent:
 * Telegram has no field for them, the member hears it privately from the core.
 */
function memberActions(api: Api): NonNullable<PlatformPort["members"]> {
  const call = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      if (error instanceof GrammyError && NOT_RESTRICTABLE.test(error.description))
        throw new PlatformError("protected_member", "memberActions", { cause: error });
      throw toPlatformError(error, "memberActions");
    }
  };
  // Telegram: until_date in Unix seconds; under 30 s or over 366 days means "forever".
  const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
  return {
    mute: (groupId, userId, until) =>
      call(() =>
        api.restrictChatMember(groupId, Number(userId), permissions(false), {
          use_independent_chat_permissions: true,
          until_date: seconds(until),
        }),
      ),
    // Muting and the gate are the same restriction here: a newcomer still held keeps it.
    unmute: (groupId, userId, heldByGate) =>
      call(() =>
        api.restrictChatMember(groupId, Number(userId), permissions(!heldByGate), {
          use_independent_chat_permissions: true,
        }),
      ),
    kick: (groupId, userId) =>
      call(async () => {
        await api.banChatMember(groupId, Number(userId));
        await api.unbanChatMember(groupId, Number(userId), { only_if_banned: true });
      }),
    ban: (groupId, userId) =>
      call(() => api.banChatMember(groupId, Number(userId), { revoke_messages: false })),
    unban: (groupId, userId) =>
      call(() => api.unbanChatMember(groupId, Number(userId), { only_if_banned: true })),
  };
}

// A t.me link to a topic, as Telegram's "Copy link" gives it: t.me/c/<internal id>/<topic id>.
const TOPIC_LINK = /^(?:https?:\/\/)?t\.me\/c\/(\d{1,20})\/(\d{1,12})(?:\/\d+)?$/;

// Telegram: "avoid sending more than one message per second" to a chat, "no more than 20
// messages per minute" to a group, and about 30 messages per second in all (Bots FAQ). The
// overall pace is 20 a second: a process stalled on a busy machine sends its due posts late and
// together, and the margin keeps such bunching under 30 in any second.
export const TELEGRAM_SEND_LIMITS: SendLimits = { everyMs: 50, groupEveryMs: 3000, directEveryMs: 1000 };

const RUNS = new Set(["creator", "administrator"]);
const PRESENT = new Set(["member", "administrator"]);

/** Whether `chatId` is a group or channel the bot is in and `userId` is its creator or an admin. */
async function runsChat(api: Api, chatId: string, userId: string): Promise<boolean> {
  if (!/^-\d{1,20}$/.test(chatId) || !/^\d{1,20}$/.test(userId)) return false;
  // The bot's id is the part of its token before the colon.
  const botId = Number(api.token.split(":")[0]);
  try {
    const [bot, asker] = await Promise.all([
      api.getChatMember(chatId, botId),
      api.getChatMember(chatId, Number(userId)),
    ]);
    return PRESENT.has(bot.status) && RUNS.has(asker.status);
  } catch {
    // "chat not found": the bot is not in that chat (or it does not exist).
    return false;
  }
}

/** What the engine may ask of Telegram beyond replying. */
export function createTelegramPort(
  api: Api,
  outbox: Outbox,
  people: People,
  admins?: Admins,
  sendLimits: SendLimits = TELEGRAM_SEND_LIMITS,
): PlatformPort {
  return {
    platform: "telegram",
    commandSyntax,
    sendLimits,
    // getChatAdministrators (cached briefly): the dashboard asks on every request.
    ...(admins
      ? {
          isPlatformAdmin: (chatId: string, userId: string) => admins.isAdmin(chatId, userId),
          // Alerts reach each admin who opened a private chat when no moderators' chat is set.
          listAdmins: (chatId: string) => admins.list(chatId),
        }
      : {}),
    // Members read the group and every topic of it: only another chat can be the moderators'.
    // Ids are compared parsed (a topic is `<chat>:<topic>`), never as strings.
    async isModeratorsOnly(groupId, channelId) {
      const chat = parseChannel(channelId)?.chatId ?? channelId.split(":")[0] ?? "";
      return /^-?\d{1,20}$/.test(chat) && BigInt(chat) !== BigInt(groupId);
    },
    async post(to, view) {
      // A user's private chat is never one of a group's channels (a notice raised while a member
      // used a deep link would land there): such posts go to the group itself.
      const parsed = parseChannel(to.channelId);
      const channel =
        parsed && (isGroupId(parsed.chatId) || !isGroupId(to.groupId)) ? parsed : { chatId: to.groupId };
      const replyTo = to.replyTo && /^\d{1,12}$/.test(to.replyTo) ? { replyTo: Number(to.replyTo) } : {};
      try {
        const ids = await outbox.toChat({ ...channel, ...replyTo }, view, to.groupId);
        return ids.map(String);
      } catch (error) {
        throw toPlatformError(error, "post");
      }
    },
    async sendDirect(userId, view, from) {
      try {
        return await outbox.toUser(userId, view, from?.groupId);
      } catch (error) {
        throw toPlatformError(error, "directMessage");
      }
    },
    async resolveUser(_groupId, reference) {
      const typed = reference.trim();
      if (/^\d{1,20}$/.test(typed)) return typed;
      const link = /^tg:\/\/user\?id=(\d{1,20})$/.exec(typed);
      if (link?.[1]) return link[1];
      if (/^@[A-Za-z0-9_]{4,32}$/.test(typed)) return people.idOf(typed);
      return undefined;
    },
    async resolveChannel(groupId, reference, askedBy) {
      const typed = reference.trim();
      // A t.me/c link (Telegram's "Copy link" on a message or topic), or a chat id with its topic.
      const link = TOPIC_LINK.exec(typed);
      const channel =
        link?.[1] && link[2] ? { chatId: `-100${link[1]}`, threadId: Number(link[2]) } : parseChannel(typed);
      if (!channel) return undefined;
      // This group or one of its topics (ids compared parsed: -100… and a topic suffix are no disguise).
      if (BigInt(channel.chatId) === BigInt(groupId))
        return channel.threadId === undefined ? groupId : `${groupId}:${channel.threadId}`;
      // Another chat (the moderators' own): only one the bot is in and whoever asked runs, so
      // nobody can point the bot's posts at a chat they do not administer. The whole chat counts.
      return askedBy && (await runsChat(api, channel.chatId, askedBy)) ? channel.chatId : undefined;
    },
    async restrictMember(groupId, userId, allowed) {
      try {
        await api.restrictChatMember(groupId, Number(userId), permissions(allowed), {
          use_independent_chat_permissions: true,
        });
      } catch (error) {
        if (error instanceof GrammyError && NOT_RESTRICTABLE.test(error.description)) return;
        const mapped = toPlatformError(error, "restrictMembers");
        // Telegram says "not found" when the user already left: nothing to gate.
        if (mapped.kind === "not_found") return;
        throw mapped;
      }
    },
    members: memberActions(api),
    async decideJoinRequest(groupId, userId, approve) {
      try {
        if (approve) await api.approveChatJoinRequest(groupId, Number(userId));
        else await api.declineChatJoinRequest(groupId, Number(userId));
      } catch (error) {
        // Answered already (by an admin in Telegram's own list, or the user withdrew it).
        if (
          error instanceof GrammyError &&
          /HIDE_REQUESTER_MISSING|USER_ALREADY_PARTICIPANT/i.test(error.description)
        )
          return;
        throw toPlatformError(error, "joinRequests");
      }
    },
  } satisfies PlatformPort;
}
