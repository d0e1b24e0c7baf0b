import type { ChannelTarget, PlatformPort, View } from "../../core/ports.js";

export const CONSOLE_GROUP = {
  groupId: "console",
  groupName: "Console group",
  channelId: "general",
} as const;

/** The console's port: posts and direct messages are printed, personas are their own ids. */
export function createConsolePort(print: (header: string, view: View) => void): PlatformPort {
  return {
    platform: "console",
    commandSyntax: (path) => `/${path}`,
    async post(to: ChannelTarget, view: View) {
      print(`#${to.channelId}`, view);
      return [`console-${Date.now()}`];
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
  };
}

export function personaId(name: string): string {
  return name.replace(/^@/, "").trim().toLowerCase();
}
