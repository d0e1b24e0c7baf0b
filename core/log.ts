import { createHash } from "node:crypto";
import { pino } from "pino";

export type Logger = pino.Logger;

/**
 * Platform user ids never reach the logs in clear: they are personal data. A short salted hash
 * still lets an operator follow one user's requests through a log.
 */
export function hashId(id: string): string {
  return createHash("sha256").update(`peerbridge:${id}`).digest("hex").slice(0, 12);
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
