import { type Client, OAuth2Scopes, PermissionFlagsBits } from "discord.js";

/**
 * Exactly what peerbridge needs in a server: see and post in channels (embeds, files for exports)
 * and manage the roles of public tags and the Members role. Nothing else, and never Administrator.
 */
export const INVITE_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ManageRoles,
] as const;

/** The link a server admin opens to add the bot with its slash commands. */
export function inviteUrl(client: Client<true>): string {
  return client.generateInvite({
    scopes: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands],
    permissions: [...INVITE_PERMISSIONS],
  });
}
