// Who may read a channel, and who the workspace's admins are: what moderator alerts need to reach
// moderators only (core/moderator-alerts.ts asks before every alert).
import type { webApi } from "@slack/bolt";
import { z } from "zod";
import { describeError } from "../../core/failures.js";
import type { Logger } from "../../core/log.js";

const conversationInfo = z.object({
  channel: z.object({
    id: z.string(),
    is_private: z.boolean().optional(),
    is_im: z.boolean().optional(),
    is_mpim: z.boolean().optional(),
    is_archived: z.boolean().optional(),
  }),
});

const usersPage = z.object({
  members: z.array(
    z.object({
      id: z.string().min(1).max(64),
      deleted: z.boolean().optional(),
      is_bot: z.boolean().optional(),
      is_admin: z.boolean().optional(),
      is_owner: z.boolean().optional(),
      is_primary_owner: z.boolean().optional(),
    }),
  ),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

// users.list is rate tier 2 (about 20 calls a minute): the admins are remembered a few minutes.
const ADMINS_FRESH_MS = 5 * 60 * 1000;
// Slack: users.list pages hold at most 1000 (200 recommended); 50 pages cover 10,000 people.
const PAGE_SIZE = 200;
const PAGES_MAX = 50;

export interface SlackModerators {
  /** A private channel (not a group DM, not archived, not the community's main channel). */
  isModeratorsOnly(channelId: string): Promise<boolean>;
  /** The workspace's admins and owners, people only. */
  listAdmins(teamId: string): Promise<string[]>;
}

export function slackModerators(
  client: webApi.WebClient,
  log: Logger,
  mainChannel?: string,
): SlackModerators {
  const admins = new Map<string, { at: number; ids: string[] }>();
  return {
    async isModeratorsOnly(channelId) {
      if (channelId === mainChannel) return false;
      try {
        // Asked each time: the channel may have been made public since it was chosen.
        const { channel } = conversationInfo.parse(await client.conversations.info({ channel: channelId }));
        return channel.is_private === true && !channel.is_im && !channel.is_mpim && !channel.is_archived;
      } catch (error) {
        // channel_not_found also means a private channel the app is not in: it could not post there.
        log.info({ platform: "slack", error: describeError(error) }, "conversations.info failed");
        return false;
      }
    },
    async listAdmins(teamId) {
      const cached = admins.get(teamId);
      if (cached && Date.now() - cached.at < ADMINS_FRESH_MS) return cached.ids;
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < PAGES_MAX; page++) {
        const answer = usersPage.parse(
          await client.users.list({ team_id: teamId, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
        );
        for (const user of answer.members) {
          if (user.deleted || user.is_bot) continue;
          if (user.is_admin || user.is_owner || user.is_primary_owner) ids.push(user.id);
        }
        cursor = answer.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      admins.set(teamId, { at: Date.now(), ids });
      return ids;
    },
  };
}
