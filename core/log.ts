import { createHmac, randomBytes } from "node:crypto";
import { pino } from "pino";

export type Logger = pino.Logger;

// 16 hex digits, 64 bits: no collisions between the ids of a real deployment.
const PSEUDONYM_HEX_DIGITS = 16;

// Until the deployment's secret is installed, a key of this process alone: its pseudonyms are
// unlinkable to any other process's, never guessable.
let pseudonymKey: Buffer = randomBytes(32);

/**
 * Platform ids never reach the logs in clear: they are personal data. An HMAC-SHA256 keyed with
 * the deployment's secret still lets an operator follow one user's requests through the logs of
 * every process, while nobody without the secret can recover an id by hashing every candidate.
 */
export function hashId(id: string): string {
  return createHmac("sha256", pseudonymKey).update(id).digest("hex").slice(0, PSEUDONYM_HEX_DIGITS);
}

/** Keys `hashId` with the deployment's secret (core/log-secret-service.ts finds or creates it). */
export function usePseudonymSecret(secret: string): void {
  pseudonymKey = Buffer.from(secret, "utf8");
}

/**
 * JSON lines in production (what log collectors read), readable lines in a terminal. Fields that
 * could hold a secret or a message are redacted wherever they appear.
 */
export function createLogger(
  options: { level?: string; destination?: pino.DestinationStream; pretty?: boolean } = {},
): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? "info",
    base: undefined,
    redact: {
      paths: ["token", "*.token", "secret", "*.secret", "text", "*.text", "authorization", "*.authorization"],
      censor: "[redacted]",
    },
  };
  if (options.pretty && !options.destination) {
    return pino({
      ...settings,
      transport: { target: "pino-pretty", options: { destination: 2, translateTime: "SYS:HH:MM:ss" } },
    });
  }
  return pino(settings, options.destination ?? pino.destination(2));
}

export const silentLogger: Logger = pino({ level: "silent" });
