import { z } from "zod";
import type { PlatformBot, PlatformDeps } from "../../bots/platform.js";

/** The variables the Discord bot reads. */
export const discordEnv = z.object({
  DISCORD_TOKEN: z.string().optional(),
});

export type DiscordEnv = z.infer<typeof discordEnv>;

/** The Discord bot when configured, else null. */
export function createDiscordBot(_env: DiscordEnv, _deps: PlatformDeps): PlatformBot | null {
  return null;
}
