// The Slack app manifest, generated from the command registry: pasting it at api.slack.com/apps
// creates the whole app (scopes, events, the slash command, interactivity, App Home) in one step.
import type { webApi } from "@slack/bolt";
import type { CommandDef } from "../../core/commands/define.js";
import { englishT, translator } from "../../core/text/i18n.js";
import type { Language } from "../../core/text/languages.js";
import { slashCommandManifest } from "./commands.js";

type Manifest = webApi.AppsManifestCreateArguments["manifest"];
type BotScope = NonNullable<NonNullable<NonNullable<Manifest["oauth_config"]>["scopes"]>["bot"]>[number];
type BotEvent = NonNullable<
  NonNullable<NonNullable<Manifest["settings"]>["event_subscriptions"]>["bot_events"]
>[number];

/** The message shortcut that reports a message to the moderators, when the core has `report`. */
export const REPORT_SHORTCUT = "pb.report";
export const REPORT_COMMAND = "report";
/** The message shortcut that sends the message's author a worried message, when the core has `worried`. */
export const WORRIED_SHORTCUT = "pb.worried";
export const WORRIED_COMMAND = "worried";

/** Where Bolt's receiver takes events, commands and interactivity on the process's HTTP server. */
export const SLACK_EVENTS_PATH = "/slack/events";

/** Every bot scope the app asks for, and why; the README lists the same. */
export const BOT_SCOPES: readonly { scope: BotScope; why: string }[] = [
  { scope: "commands", why: "the /peer slash command" },
  { scope: "chat:write", why: "welcomes and replies in direct messages, digests, notices to moderators" },
  {
    scope: "users:read",
    why: "team_join events; users.info tells whether someone is a workspace admin or owner, and the name a welcome greets (never stored); users.list finds the admins a moderator alert reaches privately when no moderators' channel qualifies",
  },
  { scope: "team:read", why: "team.info: a new community is named after the workspace" },
  { scope: "im:write", why: "conversations.open: the direct conversation a file is shared in" },
  { scope: "files:write", why: "/peer mydata sends the member's data export as a file, privately" },
  { scope: "channels:read", why: "member_joined_channel in a public main channel (SLACK_MAIN_CHANNEL)" },
  {
    scope: "groups:read",
    why: "member_joined_channel in a private main channel; conversations.info checks the moderators' channel is still private before each alert",
  },
  {
    scope: "channels:history",
    why: "replies in an anonymous question's thread are passed on to its asker (never stored)",
  },
  { scope: "groups:history", why: "the same in private channels" },
];

/** The events the app subscribes to. */
export const BOT_EVENTS: readonly BotEvent[] = [
  "app_home_opened",
  "team_join",
  "member_joined_channel",
  "message.channels",
  "message.groups",
  "app_uninstalled",
  "tokens_revoked",
];

export interface ManifestOptions {
  /** Public base URL (https://bot.example.org) for HTTP mode; absent, the manifest is for Socket Mode. */
  publicUrl?: string;
  /**
   * The language of the app's descriptions and shortcut names: a manifest is one per app, so it
   * is the workspace's language (members' own replies still follow their choice). Default English.
   */
  language?: Language;
}

export function slackManifest(commands: readonly CommandDef[], options: ManifestOptions = {}): Manifest {
  const requestUrl = options.publicUrl
    ? `${options.publicUrl.replace(/\/+$/, "")}${SLACK_EVENTS_PATH}`
    : undefined;
  const t = options.language ? translator({ language: options.language }) : englishT;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: "peerbridge",
      description: t.plain("slack.about"),
      background_color: "#2f5d62",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: "peerbridge", always_online: true },
      slash_commands: [slashCommandManifest(commands, requestUrl, t)],
      shortcuts: [
        ...(commands.some((c) => c.path === REPORT_COMMAND)
          ? [
              {
                type: "message" as const,
                name: t.plain("report.menu"),
                callback_id: REPORT_SHORTCUT,
                description: t.plain("slack.reportShortcut"),
              },
            ]
          : []),
        ...(commands.some((c) => c.path === WORRIED_COMMAND)
          ? [
              {
                type: "message" as const,
                name: t.plain("worried.menu"),
                callback_id: WORRIED_SHORTCUT,
                description: t.plain("slack.worriedShortcut"),
              },
            ]
          : []),
      ],
    },
    oauth_config: { scopes: { bot: BOT_SCOPES.map((s) => s.scope) } },
    settings: {
      event_subscriptions: {
        bot_events: [...BOT_EVENTS],
        ...(requestUrl ? { request_url: requestUrl } : {}),
      },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: requestUrl === undefined,
      token_rotation_enabled: false,
    },
  };
}
