import type { IncomingMessage, ServerResponse } from "node:http";
// The lifecycle contract every adapter fulfils, beside the PlatformPort the engine uses: bots/
// imports adapters through it, and no adapter imports bots/.
import type { Engine } from "../core/engine.js";
import type { Logger } from "../core/log.js";
import type { Platform } from "../core/ports.js";

export type { PlatformPort } from "../core/ports.js";

/** A route on the process's one HTTP server (Slack events, the Telegram webhook). */
export interface HttpRoute {
  method: "GET" | "POST";
  path: string;
  /** Also takes every path below `path` (the web dashboard's pages). */
  prefix?: boolean;
  handle(request: IncomingMessage, response: ServerResponse): void | Promise<void>;
}

/** One platform's running bot, as bots/main.ts starts and stops it. */
export interface PlatformBot {
  platform: Platform;
  /** Connects (gateway, long polling, socket), registers commands; resolves once ready. */
  start(): Promise<void>;
  /** Stops taking events and closes connections. */
  stop(): Promise<void>;
  /** Whether the platform connection is up, for /healthz. */
  connected(): boolean;
  routes: HttpRoute[];
}

export interface PlatformDeps {
  engine: Engine;
  log: Logger;
  /** Counts a platform API call retried after a 429 or 5xx (for /metrics). */
  onRetry?: (platform: Platform) => void;
}
