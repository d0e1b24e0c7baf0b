import type { Api } from "grammy";
import type { Registry } from "../../core/commands/registry.js";
import type { Engine } from "../../core/engine.js";
import type { Logger } from "../../core/log.js";
import type { Actor, Mention, Place } from "../../core/ports.js";
import { localeHint } from "../../core/text/languages.js";
import type { Admins } from "./admins.js";
import type { CallbackCodec } from "./callback-data.js";
import { commandLine } from "./commands.js";
import { describeTelegramError } from "./errors.js";
import type { Outbox } from "./outbox.js";
import type { Entity, TelegramChat, TelegramMessage, TelegramUser } from "./payloads.js";
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
    replies: createReplies({ ...deps, registry: engine.registry }),
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

// Quotes the core's tokenizer groups on: removed from a name so it stays one quoted token.
const QUOTES = /["“”„«»]/g;

function quoted(label: string, userId: string): string {
  const clean = label.replace(QUOTES, "").replace(/\s+/g, " ").trim();
  return clean || userId;
}

export interface CommandInput {
  /** The line for the core, e.g. `mod tags give "Ann Lee" Caregiver`. */
  text: string;
  /** Members the line names that only Telegram knows (text mentions, the replied-to author). */
  mentions: Mention[];
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
  const mentions: Mention[] = [];
  let text = message.text ?? "";
  const entities = validEntities(text, message.entities);
  const command = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  const commandEnd = command?.length ?? 0;
  const textMentions = entities
    .filter((e) => e.type === "text_mention" && e.user && e.offset >= commandEnd)
    .sort((a, b) => b.offset - a.offset);
  for (const mention of textMentions) {
    if (!mention.user) continue;
    const userId = String(mention.user.id);
    const label = quoted(text.slice(mention.offset, mention.offset + mention.length), userId);
    mentions.push({ label, userId });
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
      mentions.push({ label, userId });
      line = `${line} ${param.name}:"${label}"`;
    }
  }
  return { text: line, mentions };
}
