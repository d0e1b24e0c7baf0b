import { z } from "zod";
import type { PlatformBot, PlatformDeps } from "../../bots/platform.js";

/** The variables the Slack app reads. */
export const slackEnv = z.object({
  SLACK_BOT_TOKEN: z.string().optional(),
});

export type SlackEnv = z.infer<typeof slackEnv>;

/** The Slack app when configured, else null. */
export function createSlackBot(_env: SlackEnv, _deps: PlatformDeps): PlatformBot | null {
  return null;
}
