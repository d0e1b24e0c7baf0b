import { z } from "zod";

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, {
  message: "should look like postgres://user:password@host:5432/database",
});

// Long enough that guessing it is hopeless; `openssl rand -hex 32` gives 64 characters.
const secret = z
  .string()
  .min(32, { message: "should be at least 32 characters, e.g. the output of `openssl rand -hex 32`" })
  .max(1024, { message: "should be at most 1024 characters" })
  .regex(/^[\x21-\x7e]+$/, { message: "should be printable characters without spaces" });

/** Every variable the process reads. `.env.example` documents each; keep the two in step. */
export const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PEERBRIDGE_DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "should be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  NODE_ENV: z.string().optional(),
  DIGEST_GRACE_MINUTES: z.coerce
    .number({ message: "should be a number of minutes, e.g. 120" })
    .int({ message: "should be a number of minutes, e.g. 120" })
    .min(0, { message: "should be 0 or more" })
    .default(120),
  DIGEST_RETRY_SECONDS: z.coerce
    .number({ message: "should be a number of seconds, e.g. 300" })
    .int({ message: "should be a number of seconds, e.g. 300" })
    .min(1, { message: "should be 1 or more" })
    .default(300),
  /** Keys the pseudonyms that stand for user ids in logs. Unset: generated once, kept in the database. */
  PEERBRIDGE_LOG_SECRET: secret.optional(),
  /** Bearer token GET /metrics requires. Unset: /metrics answers only on the loopback interface. */
  METRICS_TOKEN: secret.optional(),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Reads the environment; an invalid value is named with what it should look like. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnv(envSchema, env);
}

export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  // An empty variable (`FOO=` in a .env file) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`Configuration problem:\n${lines.join("\n")}`);
}
