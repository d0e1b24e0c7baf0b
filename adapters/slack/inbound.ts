// What every Slack listener needs to hand the engine an event: who acts where, from the
// directory, and a quiet drop for a payload that lacks what the adapter relies on.
import type { z } from "zod";
import type { Actor, Place } from "../../core/ports.js";
import type { SlackRuntime } from "./runtime.js";

/** Logs where a payload was malformed, never its values (they can be personal). */
export function dropped(rt: SlackRuntime, what: string, error: z.ZodError): void {
  rt.log.debug(
    { platform: "slack", paths: error.issues.map((i) => i.path.join(".")) },
    `malformed ${what} ignored`,
  );
}

/** The place and the actor of an event by `userId` in `channelId` of workspace `teamId`. */
export async function whoAndWhere(
  rt: SlackRuntime,
  teamId: string,
  channelId: string,
  userId: string,
): Promise<{ place: Place & { groupId: string }; actor: Actor }> {
  const [place, actor] = await Promise.all([
    rt.directory.place(teamId, channelId),
    rt.directory.actor(teamId, userId),
  ]);
  return { place, actor };
}
