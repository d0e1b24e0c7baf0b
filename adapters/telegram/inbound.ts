import type { Api } from "grammy";
import type { Engine } from "../../core/engine.js";
import type { Logger } from "../../core/log.js";
import type { Actor, InboundEvent, Place, View } from "../../core/ports.js";
import { localeHint } from "../../core/text/languages.js";
import type { Admins } from "./admins.js";
import type { CallbackCodec } from "./callback-data.js";
import { inScope } from "./dispatch-scope.js";
import { describeTelegramError } from "./errors.js";
import type { TelegramChat, TelegramUser } from "./events.js";
import type { Outbox } from "./outbox.js";
import { displayName, type People } from "./people.js";
import { createReplies, type Replies } from "./replies.js";

// Who may act for a group from a private chat: Telegram's statuses of a current member.
const MEMBER_STATUSES = new Set(["creator", "administrator", "member"]);

export interface InboundDeps {
  engine: Engine;
  api: Api;
  outbox: Outbox;
  codec: CallbackCodec;
  admins: Admins;
  people: People;
  log: Logger;
  botUsername(): string;
  botId(): number;
}

/** What every update handler uses: the engine, the facts Telegram gives about people, replies. */
export interface Inbound extends InboundDeps {
  replies: Replies;
  /** Hands an event to the engine with what the adapter captured (references, the group). */
  dispatch(event: InboundEvent, references?: Map<string, string>): Promise<View[]>;
  /** The actor as Telegram describes them; admin status asked of the group when there is one. */
  actorIn(groupId: string | undefined, user: TelegramUser, anonymousAdmin?: boolean): Promise<Actor>;
  groupPlace(chat: TelegramChat, channelId: string): Place;
  /** Whether the user is in the group now (for what they ask from a private chat). */
  isMember(groupId: string, userId: number): Promise<boolean>;
  /** Logs where and why a payload was malformed, never its values. */
  ignore(what: string, issues: readonly { path: PropertyKey[]; code: string }[]): void;
}

export function createInbound(deps: InboundDeps): Inbound {
  const { engine, api, admins, log } = deps;
  return {
    ...deps,
    replies: createReplies(deps),
    dispatch(event, references = new Map()) {
      const groupId = event.place.groupId;
      return inScope({ references, ...(groupId ? { groupId } : {}) }, () => engine.dispatch(event));
    },
    async actorIn(groupId, user, anonymousAdmin = false) {
      const id = String(user.id);
      const isPlatformAdmin = groupId ? anonymousAdmin || (await admins.isAdmin(groupId, id)) : false;
      const name = displayName(user);
      const locale = localeHint(user.language_code);
      return { id, isPlatformAdmin, ...(name ? { displayName: name } : {}), ...(locale ? { locale } : {}) };
    },
    groupPlace(chat, channelId) {
      return {
        platform: "telegram",
        groupId: String(chat.id),
        ...(chat.title ? { groupName: chat.title } : {}),
        channelId,
      };
    },
    async isMember(groupId, userId) {
      try {
        const member = await api.getChatMember(groupId, userId);
        return MEMBER_STATUSES.has(member.status) || (member.status === "restricted" && member.is_member);
      } catch (error) {
        log.debug({ error: describeTelegramError(error) }, "telegram: membership not confirmed");
        return false;
      }
    },
    ignore(what, issues) {
      const problems = issues.slice(0, 5).map((i) => `${i.path.map(String).join(".")}: ${i.code}`);
      log.debug({ update: what, problems }, "telegram: malformed update ignored");
    },
  };
}
