// The contract between the engine and the platform adapters. The core never imports a
// platform SDK; adapters never touch the database or decide policy.

export const PLATFORMS = ["console", "discord", "telegram", "slack"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A run of text with at most one style. Renderers escape `text` for their platform. */
export interface Inline {
  text: string;
  style?: "bold" | "italic" | "code";
  href?: string;
  /** Refers to a platform user: shown as a mention that never notifies, `text` as the fallback. */
  user?: string;
}
export type RichText = Inline[];

export interface Button {
  label: string;
  /** Action id sent back in an action event; short and namespaced (Telegram callback_data ≤ 64 bytes). */
  action?: string;
  /** A link button; exclusive with `action`. */
  url?: string;
  style?: "primary" | "danger";
}

export interface ChoiceOption {
  value: string;
  label: string;
  description?: string;
  selected: boolean;
}

export type Block =
  | { kind: "text"; text: RichText }
  | { kind: "list"; items: RichText[]; numbered: boolean; start?: number }
  | { kind: "buttons"; buttons: Button[] }
  | { kind: "choice"; action: string; placeholder: string; multi: boolean; options: ChoiceOption[] }
  | { kind: "file"; name: string; mime: string; content: string }
  /**
   * Text hidden until the reader chooses to see it (a content warning), under a visible label:
   * Telegram `tg-spoiler`, Discord `||…||`, Slack a "Show" button that reveals it ephemerally.
   */
  | {
      kind: "spoiler";
      label: RichText;
      text: string;
      /** The label of the button that shows it, where the platform needs one (Slack). */
      show: string;
    };

/** What a handler returns: platform-neutral, rendered by each adapter. */
export interface View {
  blocks: Block[];
  /** Only the caller may see it: ephemeral reply or direct message. */
  private?: boolean;
  /**
   * Says something personal (someone's tags, warnings, data): when a private reply cannot be
   * delivered, it must not fall back to anywhere others can read it.
   */
  personal?: boolean;
}

export interface Actor {
  /** Platform user id. */
  id: string;
  /** What the platform says: Discord Manage Server, Telegram chat admin, Slack workspace admin. */
  isPlatformAdmin: boolean;
  /** Shown in welcomes, never stored. */
  displayName?: string;
  /**
   * The language the person's client is set to, as the platform says it (Discord
   * `interaction.locale`, Telegram `from.language_code`, Slack the user's locale): a hint, used
   * when they chose none and their community has no default.
   */
  locale?: string;
  /**
   * When the platform says the account was created (Discord: the snowflake's time). Shown to
   * moderators screening a newcomer as a hint, never used to decide alone.
   */
  accountCreatedAt?: Date;
}

/** Rights the bot needs to keep a group safe; the adapter names those it still lacks on arrival. */
export const BOT_RIGHTS = ["delete_messages", "restrict_members", "manage_roles", "role_position"] as const;
export type BotRight = (typeof BOT_RIGHTS)[number];

export interface Place {
  platform: Platform;
  /** Platform group id (guild, chat, workspace); absent in a direct conversation with the bot. */
  groupId?: string;
  /** Group title as the platform names it; kept as the community's display name. */
  groupName?: string;
  /** The group's own language as the platform says it (Discord guild preferred locale): a hint. */
  locale?: string;
  channelId: string;
}

/** A choice made in a select menu or by toggle buttons. */
export type ChoiceInput =
  /** Menus: `selected` among the `offered` values; offered-but-unselected ones are cleared. */
  | { selected: string[]; offered: string[] }
  /** Toggle buttons: flip one value. */
  | { toggled: string };

/** A member the typed line names in a way only the platform can resolve (a Telegram text mention). */
export interface Mention {
  /** The words standing for the member in the command's text, as the core will read them. */
  label: string;
  /** Platform user id. */
  userId: string;
}

export type InboundEvent =
  | {
      type: "command";
      place: Place;
      actor: Actor;
      /** The command line without its prefix, e.g. `mod rules add Be kind`. */
      text: string;
      /**
       * Arguments a typed platform already split (Discord options), by parameter name; `text` then
       * holds only the command's words. Values are validated exactly like typed ones.
       */
      args?: Record<string, string>;
      /** A platform reference to a message the command points at (reply, context menu). */
      messageRef?: string;
      /**
       * Members named in `text` by a label the platform knows the user behind; a member argument
       * equal to a label resolves to its user id before `resolveUser` is asked. When two share a
       * label the later one counts.
       */
      mentions?: Mention[];
    }
  | {
      /**
       * A member's message that replies to one of the bot's posts (Telegram reply_to_message,
       * Discord message reply, Slack thread). Its text passes through in memory, never stored.
       */
      type: "reply";
      place: Place;
      actor: Actor;
      /** The platform id of the bot's message it replies to (Slack: the thread's ts). */
      replyTo: string;
      text: string;
    }
  | { type: "action"; place: Place; actor: Actor; action: string; choice?: ChoiceInput }
  | { type: "join"; place: Place; actor: Actor }
  /**
   * The bot was added to a group (Telegram my_chat_member, Discord GUILD_CREATE of a new guild,
   * Slack install). `actor` is who added it, or the group's owner; `missing` the rights it lacks.
   * Told to the admins once per group, privately where the platform allows.
   */
  | { type: "botAdded"; place: Place; actor: Actor; missing: BotRight[] }
  /** Someone asked to join a group that approves join requests (Telegram chat_join_request). */
  | { type: "joinRequest"; place: Place; actor: Actor };

export interface ChannelTarget {
  groupId: string;
  channelId: string;
  /** Posts as a reply to (Telegram, Discord) or in the thread of (Slack) this platform message. */
  replyTo?: string;
}

/** Smallest gaps between two sends, in milliseconds: a platform's rate limits as a steady pace. */
export interface SendLimits {
  /** Between any two sends of the bot, anywhere. */
  everyMs: number;
  /** Between two posts in one group. */
  groupEveryMs: number;
  /** Between two direct messages to one person. */
  directEveryMs: number;
}

/** What the engine may ask of a platform beyond replying. Optional members are capabilities. */
export interface PlatformPort {
  platform: Platform;
  /** How a member types a command here, e.g. `/mod rules add`, `/mod_rules_add`, `/peer mod rules add`. */
  commandSyntax(path: string): string;
  /** Posts to a channel; returns the platform message ids. */
  post(to: ChannelTarget, view: View): Promise<string[]>;
  /**
   * Sends privately; false when the platform does not let the bot write to this user yet.
   * `from` names the group the message is about, so buttons pressed in the private chat can be
   * routed back to it (carry it in the platform's action payload).
   */
  sendDirect(userId: string, view: View, from?: { groupId: string }): Promise<boolean>;
  /**
   * The platform's send limits, which every post and direct message the engine sends on its own
   * (digests, alerts, reminders) keeps to, across all processes sharing the database
   * (core/send-pacing-service.ts). Absent: the engine does not pace (console, test ports).
   */
  sendLimits?: SendLimits;
  /** Turns a typed member reference (mention, @name, id) into a platform user id. */
  resolveUser?(groupId: string, reference: string): Promise<string | undefined>;
  /** Turns a typed role reference (mention, name, id) into a platform role id. */
  resolveRole?(groupId: string, reference: string): Promise<string | undefined>;
  /**
   * Turns a typed channel reference into a platform channel id. `askedBy` is who typed it: a
   * platform where a channel may be another chat (Telegram's moderators' chat) accepts it only
   * when the bot is there and that person runs it.
   */
  resolveChannel?(groupId: string, reference: string, askedBy?: string): Promise<string | undefined>;
  /**
   * Gate on platforms that restrict members (Telegram restrictChatMember): `allowed: false` holds a
   * newcomer back until they accept the rules, `true` lets them take part. Members the platform
   * will not restrict (admins, someone who left) are no error. Absent: nobody is restricted; the
   * gate then works through `roles` when moderators chose an access role (`/mod gate role`), and
   * otherwise only records who accepted.
   */
  restrictMember?(groupId: string, userId: string, allowed: boolean): Promise<void>;
  /**
   * Whether the platform calls this user an admin of the group now. The web dashboard asks it on
   * every request, so a demoted admin is out at once; without it the dashboard goes by what the
   * platform said when the person asked for their sign-in link (sessions end within hours).
   */
  isPlatformAdmin?(groupId: string, userId: string): Promise<boolean>;
  /**
   * Answers a join request (Telegram approveChatJoinRequest / declineChatJoinRequest). Without it
   * there are no join requests, so the core never asks.
   */
  decideJoinRequest?(groupId: string, userId: string, approve: boolean): Promise<void>;
  /**
   * Whether members of the group cannot read this channel, so moderator alerts (which name
   * members) may go there: Telegram a separate chat (never the group or one of its topics),
   * Discord a channel the member roles cannot view, Slack a private channel. Asked when the
   * channel is set and before every alert, since a channel's permissions can change. Absent: the
   * core trusts the channel moderators chose (the console).
   */
  isModeratorsOnly?(groupId: string, channelId: string): Promise<boolean>;
  /**
   * The platform's own admins of the group (Telegram chat administrators, Slack workspace admins,
   * Discord members with Manage Server), so alerts can reach them privately when no moderator
   * channel qualifies. Absent: only moderators the bot granted are messaged.
   */
  listAdmins?(groupId: string): Promise<string[]>;
  /**
   * Platform roles (Discord): public tags are mirrored to them, and the gate grants or revokes the
   * access role moderators chose. Absent: tags live only in the bot and no role is created or
   * granted.
   */
  roles?: PlatformRoles;
  /**
   * Acting on a member (Telegram restrictChatMember / banChatMember, Discord timeouts, kicks and
   * bans). Absent where the platform gives bots no such power (Slack): the core then refuses the
   * command saying so. Failures are PlatformError, `missing_permission` when the bot lacks the right.
   */
  members?: PlatformMemberActions;
}

export interface PlatformMemberActions {
  /** Keeps a member from writing until `until` (Discord allows at most 28 days). */
  mute(groupId: string, userId: string, until: Date, reason: string): Promise<void>;
  /**
   * Lifts a mute. `heldByGate`: the member has not passed the group's gate yet; where the gate and
   * a mute are one restriction (Telegram), they stay held back rather than being let in.
   */
  unmute(groupId: string, userId: string, heldByGate: boolean): Promise<void>;
  /** Removes a member; they may join again. */
  kick(groupId: string, userId: string, reason: string): Promise<void>;
  /** Removes a member and keeps them out until unbanned. */
  ban(groupId: string, userId: string, reason: string): Promise<void>;
  unban(groupId: string, userId: string): Promise<void>;
}

/**
 * Role operations for platforms that have roles. Failures are PlatformError: `not_found` for a
 * role deleted by hand, `missing_permission` when the bot may not manage roles.
 */
export interface PlatformRoles {
  /** Creates a role with no permissions, named after a tag; returns its id. */
  create(groupId: string, name: string): Promise<string>;
  rename(groupId: string, roleId: string, name: string): Promise<void>;
  remove(groupId: string, roleId: string): Promise<void>;
  grant(groupId: string, userId: string, roleId: string): Promise<void>;
  revoke(groupId: string, userId: string, roleId: string): Promise<void>;
}
