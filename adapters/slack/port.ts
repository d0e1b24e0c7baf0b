import type { webApi } from "@slack/bolt";
import type { ChannelTarget, PlatformPort, SendLimits, View } from "../../core/ports.js";
import { SLASH_COMMAND } from "./commands.js";
import type { Directory } from "./directory.js";
import { CANNOT_MESSAGE, slackErrorCode, toPlatformError } from "./errors.js";
import { directChannel, uploadedElseText } from "./files.js";
import type { SlackModerators } from "./moderators.js";
import { type MessagePage, messagePages, userRefs } from "./views.js";

const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const CHANNEL_MENTION = /^<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>$/;
const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;

export interface SlackPortOptions {
  client: webApi.WebClient;
  directory: Directory;
  moderators: SlackModerators;
}

async function postPages(
  client: webApi.WebClient,
  channel: string,
  pages: MessagePage[],
  threadTs?: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const page of pages) {
    const result = await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: page.text,
      blocks: page.blocks,
      // Links members share are not previewed: a preview fetches the page from Slack's servers.
      unfurl_links: false,
      unfurl_media: false,
    });
    if (typeof result.ts === "string") ids.push(result.ts);
  }
  return ids;
}

// Slack: chat.postMessage allows "1 message per second per channel" (short bursts tolerated) and
// several hundred a minute per workspace; limits are per workspace, not per app, so the bot's own
// pace is only a ceiling on its HTTP calls. A workspace counts as one place (stricter than per
// channel), paced across processes.
const SLACK_SEND_LIMITS: SendLimits = { everyMs: 10, groupEveryMs: 1000, directEveryMs: 1000 };

/** The engine's port to Slack: posts, direct messages and reference resolution. */
export function createSlackPort({ client, directory, moderators }: SlackPortOptions): PlatformPort {
  return {
    platform: "slack",
    commandSyntax: (path) => `${SLASH_COMMAND} ${path}`,
    sendLimits: SLACK_SEND_LIMITS,
    isPlatformAdmin: (teamId: string, userId: string) => directory.isAdmin(teamId, userId),
    async post(to: ChannelTarget, view: View) {
      try {
        // Everyone in the channel reads it: people are named in plain text so nobody is pinged.
        const shown = await uploadedElseText(client, async () => to.channelId, view);
        if (shown.blocks.length === 0) return [];
        const names = await directory.names(to.groupId, userRefs([shown]));
        const pages = messagePages(shown, { mentions: false, names });
        return await postPages(client, to.channelId, pages, to.replyTo);
      } catch (error) {
        throw toPlatformError(error, "post");
      }
    },
    async sendDirect(userId: string, view: View) {
      try {
        const shown = await uploadedElseText(client, () => directChannel(client, userId), view);
        // A user id as the channel posts in the app's direct conversation with that user.
        if (shown.blocks.length > 0) await postPages(client, userId, messagePages(shown, { mentions: true }));
        return true;
      } catch (error) {
        if (CANNOT_MESSAGE.has(slackErrorCode(error) ?? "")) return false;
        throw toPlatformError(error, "directMessage");
      }
    },
    // A private channel; else alerts reach the workspace's admins privately.
    isModeratorsOnly: (_groupId, channelId) => moderators.isModeratorsOnly(channelId),
    listAdmins: (groupId) => moderators.listAdmins(groupId),
    async resolveUser(_groupId: string, reference: string) {
      // The manifest sets should_escape, so Slack sends a typed @mention as <@U…|name>.
      const typed = reference.trim();
      return USER_MENTION.exec(typed)?.[1] ?? (USER_ID.test(typed) ? typed : undefined);
    },
    async resolveChannel(_groupId: string, reference: string) {
      const typed = reference.trim();
      return CHANNEL_MENTION.exec(typed)?.[1] ?? (CHANNEL_ID.test(typed) ? typed : undefined);
    },
  };
}
