// Slack Events API events → the engine's join events and the App Home. Payloads are checked
// with zod; one that lacks what we rely on is dropped (logged at debug).
import type { App } from "@slack/bolt";
import { z } from "zod";
import type { Responder } from "../../core/delivery.js";
import { describeError } from "../../core/failures.js";
import { hashId } from "../../core/log.js";
import type { Actor } from "../../core/ports.js";
import { publishHome } from "./home.js";
import { dropped, whoAndWhere } from "./inbound.js";
import { directResponder } from "./replies.js";
import type { SlackRuntime } from "./runtime.js";

const id = z.string().min(1).max(64);

const teamJoin = z.object({
  team_id: id,
  event: z.object({
    user: z.object({
      id,
      is_bot: z.boolean().optional(),
      deleted: z.boolean().optional(),
      name: z.string().optional(),
      real_name: z.string().optional(),
      profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
    }),
  }),
});

const channelMembership = z.object({
  team_id: id,
  event: z.object({ user: id, channel: id }),
});

const homeOpened = z.object({
  team_id: id,
  event: z.object({ user: id, tab: z.string().optional() }),
});

/**
 * The welcome through the core's delivery policy: a public one in the community's main channel, a
 * private one (the accept button, a tag picker) by direct message; without a channel (a workspace
 * join) the direct conversation is the place itself.
 */
function welcomeResponder(rt: SlackRuntime, teamId: string, userId: string, channel?: string): Responder {
  const dm = directResponder(rt, userId);
  if (!channel) return dm;
  return {
    shared: true,
    async reply(view) {
      try {
        await rt.port.post({ groupId: teamId, channelId: channel }, view);
      } catch (error) {
        rt.log.warn({ platform: "slack", error: describeError(error) }, "welcome post failed");
      }
    },
    direct: (view) => rt.port.sendDirect(userId, view),
  };
}

export function registerEvents(app: App, rt: SlackRuntime): void {
  app.event("team_join", async ({ body }) => {
    // With a main channel set, the workspace is larger than the community: its channel decides.
    if (rt.mainChannel) return;
    const parsed = teamJoin.safeParse(body);
    if (!parsed.success) return dropped(rt, "team_join", parsed.error);
    const { team_id: teamId, event } = parsed.data;
    if (event.user.is_bot || event.user.deleted) return;
    const name = event.user.profile?.display_name || event.user.profile?.real_name || event.user.real_name;
    // Someone who just joined is not an admin of it; the name greets them and is not stored.
    const actor: Actor = {
      id: event.user.id,
      isPlatformAdmin: false,
      ...(name ? { displayName: name } : {}),
    };
    const place = await rt.directory.place(teamId, event.user.id);
    rt.log.debug({ platform: "slack", user: hashId(actor.id) }, "member joined the workspace");
    await rt.engine.respond({ type: "join", place, actor }, welcomeResponder(rt, teamId, actor.id));
  });

  app.event("member_joined_channel", async ({ body, context }) => {
    const parsed = channelMembership.safeParse(body);
    if (!parsed.success) return dropped(rt, "member_joined_channel", parsed.error);
    const { team_id: teamId, event } = parsed.data;
    if (!rt.mainChannel || event.channel !== rt.mainChannel || event.user === context.botUserId) return;
    const { place, actor } = await whoAndWhere(rt, teamId, event.channel, event.user);
    await rt.engine.respond(
      { type: "join", place, actor },
      welcomeResponder(rt, teamId, actor.id, event.channel),
    );
  });

  app.event("app_home_opened", async ({ body }) => {
    const parsed = homeOpened.safeParse(body);
    if (!parsed.success) return dropped(rt, "app_home_opened", parsed.error);
    const { team_id: teamId, event } = parsed.data;
    if (event.tab !== undefined && event.tab !== "home") return;
    await publishHome(rt, teamId, event.user);
    // The first workspace admin to open the app after installing it hears the arrival message
    // (once per workspace: the engine remembers it told someone).
    const actor = await rt.directory.actor(teamId, event.user);
    if (!actor.isPlatformAdmin) return;
    const place = await rt.directory.place(teamId, event.user);
    await rt.engine.respond({ type: "botAdded", place, actor, missing: [] }, directResponder(rt, event.user));
  });
}
