import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../core/log.js";

// A line of Bolt's is kept short: a Web API error message is enough to act on.
const LINE_MAX = 300;

function line(parts: unknown[]): string {
  return parts
    .map((part) => {
      if (part instanceof Error) return part.message.split("\n")[0] ?? part.name;
      return typeof part === "string" ? part : "";
    })
    .filter(Boolean)
    .join(" ")
    .slice(0, LINE_MAX);
}

/**
 * Bolt, its Web API client and the Socket Mode client, logging into ours. Their debug lines carry
 * request and event bodies (message text, user ids), so they are never written, whatever LOG_LEVEL.
 */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => log.info({ platform: "slack" }, line(parts)),
    warn: (...parts: unknown[]) => log.warn({ platform: "slack" }, line(parts)),
    error: (...parts: unknown[]) => log.error({ platform: "slack" }, line(parts)),
    setLevel: (next: LogLevel) => {
      // Debug is refused so the clients never build their debug strings.
      level = next === LogLevel.DEBUG ? LogLevel.INFO : next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
