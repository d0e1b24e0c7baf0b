import type { webApi } from "@slack/bolt";
import { z } from "zod";
import { describeError } from "../../core/failures.js";
import { hashId, type Logger } from "../../core/log.js";
import type { Actor, Place } from "../../core/ports.js";
import { localeHint } from "../../core/text/languages.js";

// Admin rights change rarely; a minute keeps a demoted admin from lingering while sparing
// users.info (Slack rate tier 4) a call on every click.
const ACTOR_TTL_MS = 60_000;
const CACHE_MAX = 5_000;
const NAMES_MAX = 10;

const userInfo = z.object({
  user: z.object({
    id: z.string(),
    name: z.string().optional(),
    real_name: z.string().optional(),
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    is_primary_owner: z.boolean().optional(),
    // A deactivated account may keep its admin flags; it is no one's admin any more.
    deleted: z.boolean().optional(),
    // Slack: the user's locale (e.g. es-ES), returned when asked with include_locale.
    locale: z.string().max(35).optional(),
    profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});

const teamInfo = z.object({ team: z.object({ name: z.string().optional() }) });

/** What Slack says about people and workspaces, as the engine needs it: facts, never policy. */
export interface Directory {
  /** The caller, with `isPlatformAdmin` from users.info (workspace admin or owner). */
  actor(teamId: string, userId: string): Promise<Actor>;
  /** Whether users.info calls the user a workspace admin or owner now: asked fresh, never cached. */
  isAdmin(teamId: string, userId: string): Promise<boolean>;
  /** Display names (shown, never stored) of the users a public message refers to. */
  names(teamId: string, userIds: string[]): Promise<Map<string, string>>;
  /** A place in a workspace; the workspace's name names a new community. */
  place(teamId: string, channelId: string): Promise<Place & { groupId: string }>;
}

export function createDirectory(client: webApi.WebClient, log: Logger): Directory {
  const actors = new Map<string, { at: number; actor: Actor }>();
  const teamNames = new Map<string, string | undefined>();

  async function lookUp(userId: string): Promise<Actor> {
    try {
      const { user } = userInfo.parse(await client.users.info({ user: userId, include_locale: true }));
      const displayName =
        user.profile?.display_name || user.profile?.real_name || user.real_name || user.name;
      return {
        id: userId,
        isPlatformAdmin: !user.deleted && Boolean(user.is_admin || user.is_owner || user.is_primary_owner),
        ...(displayName ? { displayName } : {}),
        ...(localeHint(user.locale) ? { locale: user.locale } : {}),
      };
    } catch (error) {
      // Unknown is not admin: the core then treats them as a member, which is the safe side.
      log.warn({ platform: "slack", user: hashId(userId), error: describeError(error) }, "users.info failed");
      return { id: userId, isPlatformAdmin: false };
    }
  }

  async function fresh(teamId: string, userId: string): Promise<Actor> {
    const found = await lookUp(userId);
    if (actors.size >= CACHE_MAX) actors.clear();
    actors.set(`${teamId}:${userId}`, { at: Date.now(), actor: found });
    return found;
  }

  async function actor(teamId: string, userId: string): Promise<Actor> {
    const cached = actors.get(`${teamId}:${userId}`);
    if (cached && Date.now() - cached.at < ACTOR_TTL_MS) return cached.actor;
    return fresh(teamId, userId);
  }

  return {
    actor,
    // The dashboard asks on every request, so a demoted admin is out at once (a click in chat
    // may still go by the minute-old answer).
    isAdmin: async (teamId, userId) => (await fresh(teamId, userId)).isPlatformAdmin,
    async names(teamId, userIds) {
      // A message names a handful of people at most (a report, a warning); a long list is not looked up.
      const known = await Promise.all(userIds.slice(0, NAMES_MAX).map((userId) => actor(teamId, userId)));
      return new Map(known.flatMap((a) => (a.displayName ? [[a.id, a.displayName] as const] : [])));
    },
    async place(teamId, channelId) {
      if (!teamNames.has(teamId)) {
        try {
          teamNames.set(teamId, teamInfo.parse(await client.team.info({ team: teamId })).team.name);
        } catch (error) {
          log.warn({ platform: "slack", error: describeError(error) }, "team.info failed");
        }
      }
      const groupName = teamNames.get(teamId);
      return { platform: "slack", groupId: teamId, channelId, ...(groupName ? { groupName } : {}) };
    },
  };
}
