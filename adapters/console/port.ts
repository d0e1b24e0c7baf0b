import type { ChannelTarget, PlatformPort, View } from "../../core/ports.js";

/** The persona the console treats as the group's platform admin. */
export const CONSOLE_ADMIN = "mod";

export const CONSOLE_GROUP = {
  groupId: "console",
  groupName: "Console group",
  channelId: "general",
} as const;

/**
 * The console's port: posts and direct messages are printed, personas are their own ids. Posts
 * are numbered (`c1`, `c2`…) so `:reply c1 …` can answer one, as a reply would on a platform.
 */
export function createConsolePort(print: (header: string, view: View) => void): PlatformPort {
  let posted = 0;
  return {
    platform: "console",
    commandSyntax: (path) => `/${path}`,
    async post(to: ChannelTarget, view: View) {
      const id = `c${++posted}`;
      print(`#${to.channelId} · message ${id}${to.replyTo ? ` · in reply to ${to.replyTo}` : ""}`, view);
      return [id];
    },
    async sendDirect(userId: string, view: View) {
      print(`private to ${userId}`, view);
      return true;
    },
    async resolveUser(_groupId: string, reference: string) {
      return personaId(reference);
    },
    async resolveChannel(_groupId: string, reference: string) {
      return reference.replace(/^#/, "");
    },
    // The console's one admin is the persona "mod" (see session.ts).
    async isPlatformAdmin(_groupId: string, userId: string) {
      return userId === CONSOLE_ADMIN;
    },
    // A simulated group: what a platform would do to the member is printed, so it can be tried.
    members: {
      async mute(_groupId, userId, until) {
        print("platform", simulated(`${userId} muted until ${until.toISOString()}`));
      },
      async unmute(_groupId, userId) {
        print("platform", simulated(`${userId} unmuted`));
      },
      async kick(_groupId, userId) {
        print("platform", simulated(`${userId} removed from the group`));
      },
      async ban(_groupId, userId) {
        print("platform", simulated(`${userId} banned`));
      },
      async unban(_groupId, userId) {
        print("platform", simulated(`${userId} unbanned`));
      },
    },
  };
}

function simulated(text: string): View {
  return { blocks: [{ kind: "text", text: [{ text, style: "italic" }] }] };
}

export function personaId(name: string): string {
  return name.replace(/^@/, "").trim().toLowerCase();
}
