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

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: undefined,
      redact: {
        paths: [
          "token",
          "*.token",
          "secret",
          "*.secret",
          "text",
          "*.text",
          "authorization",
          "*.authorization",
        ],
        censor: "[redacted]",
      },
    },
    options.destination ?? pino.destination(2),
  );
}

export const silentLogger: Logger = pino({ level: "silent" });
