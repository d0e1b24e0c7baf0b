import { z } from "zod";
import { discordEnv } from "../adapters/discord/bot.js";
import { slackEnv } from "../adapters/slack/bot.js";
import { telegramEnv } from "../adapters/telegram/bot.js";
import { envSchema as coreEnv, parseEnv } from "../core/config/env.js";

/** Every variable the process reads: the core's, the HTTP server's and each platform's. */
export const ROLES = ["http", "discord", "telegram", "slack", "scheduler"] as const;
export type Role = (typeof ROLES)[number];

const rolesSchema = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((role) => role.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(ROLES, { message: `should be a comma-separated list of ${ROLES.join(", ")}` })).min(1))
  .transform((roles) => new Set<Role>(roles));

export const processEnv = coreEnv
  .extend({
    PEERBRIDGE_ROLES: rolesSchema.default(new Set<Role>(ROLES)),
    // Seconds between scheduler ticks; digests are planned to the minute, so 60 in production.
    PEERBRIDGE_TICK_SECONDS: z.coerce
      .number()
      .int()
      .refine((n) => n >= 1 && n <= 60 && 60 % n === 0, { message: "should divide 60, e.g. 60 or 5" })
      .default(60),
    PORT: z.coerce
      .number({ message: "should be a port number, e.g. 3000" })
      .int({ message: "should be a port number, e.g. 3000" })
      .min(1, { message: "should be a port number, e.g. 3000" })
      .max(65535, { message: "should be a port number, e.g. 3000" })
      .default(3000),
    PEERBRIDGE_PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, {
        message: "should be the dashboard's public address, e.g. https://peerbridge.example.org",
      })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  })
  .extend(telegramEnv.shape)
  .extend(discordEnv.shape)
  .extend(slackEnv.shape);

export type ProcessConfig = z.infer<typeof processEnv>;

export function loadProcessConfig(env: Record<string, string | undefined> = process.env): ProcessConfig {
  return parseEnv(processEnv, env);
}
