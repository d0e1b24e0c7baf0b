import type { Platform } from "./ports.js";

export type Outcome = "ok" | "refused" | "error" | "unavailable";

/** What the engine reports as it works; bots/metrics.ts turns it into Prometheus metrics. */
export interface EngineObserver {
  handled(event: { kind: string; name: string; platform: Platform; seconds: number; outcome: Outcome }): void;
  digestRun(status: "sent" | "skipped" | "failed"): void;
}

export const quietObserver: EngineObserver = { handled: () => {}, digestRun: () => {} };
