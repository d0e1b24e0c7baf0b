import type { webApi } from "@slack/bolt";
import { z } from "zod";
import { PlatformError, type PlatformErrorKind } from "../../core/platform-error.js";
import type { ChannelTarget, PlatformPort, SendLimits, View } from "../../core/ports.js";
import { SLASH_COMMAND } from "./commands.js";
import type { Directory } from "./directory.js";
import { directChannel, uploadedElseText } from "./files.js";
import { type MessagePage, messagePages, userRefs } from "./views.js";

const slackError = z.object({ data: z.object({ error: z.string() }) });

/** Slack's error code (`not_in_channel`…) of a failed Web API call, when it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const parsed = slackError.safeParse(error);
  return parsed.success ? parsed.data.data.error : undefined;
}

// Slack error codes meaning the bot lacks a right, or the target is gone.
const MISSING_PERMISSION = new Set([
  "not_in_channel",
  "restricted_action",
  "missing_scope",
  "ekm_access_denied",
]);
const NOT_FOUND = new Set(["channel_not_found", "is_archived"]);
// A user the bot cannot write to: a bot, a deactivated account, someone outside the workspace.
const CANNOT_MESSAGE = new Set(["cannot_dm_bot", "user_not_found", "user_disabled", "channel_not_found"]);

function toPlatformError(error: unknown, operation: string): PlatformError {
  const code = slackErrorCode(error) ?? "";
  const kind: PlatformErrorKind = MISSING_PERMISSION.has(code)
    ? "missing_permission"
    : NOT_FOUND.has(code)
      ? "not_found"
      : "failed";
  return new PlatformError(kind, operation, { cause: error });
}

const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const CHANNEL_MENTION = /^<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>$/;
const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;

export interface SlackAdapterOptions {
  client: webApi.WebClient;
  directory: Directory;
}

async function postPages(client: webApi.WebClient, channel: string, pages: MessagePage[]): Promise<string[]> {
  const ids: string[] = [];
  for (const page of pages) {
    const result = await client.chat.postMessage({
      channel,
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
export function createSlackAdapter({ client, directory }: SlackAdapterOptions): PlatformPort {
  return {
    platform: "slack",
    commandSyntax: (path) => `${SLASH_COMMAND} ${path}`,
    sendLimits: SLACK_SEND_LIMITS,
    async post(to: ChannelTarget, view: View) {
      try {
        // Everyone in the channel reads it: people are named in plain text so nobody is pinged.
        const shown = await uploadedElseText(client, async () => to.channelId, view);
        if (shown.blocks.length === 0) return [];
        const names = await directory.names(to.groupId, userRefs([shown]));
        return await postPages(client, to.channelId, messagePages(shown, { mentions: false, names }));
      } catch (error) {
        throw toPlatformError(error, "post in a channel");
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
        throw toPlatformError(error, "send a direct message");
      }
    },
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
