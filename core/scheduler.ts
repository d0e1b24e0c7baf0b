import cron from "node-cron";
import type { Engine } from "./engine.js";

/**
 * Ticks the engine at start (to catch up what a restart missed) and then every `everySeconds`
 * (60 in production). node-cron skips a tick while the previous one still runs, so a slow tick
 * never piles up work.
 */
export function startScheduler(
  engine: Engine,
  everySeconds = 60,
): { firstTick: Promise<void>; stop(): Promise<void> } {
  const expression = everySeconds >= 60 ? "* * * * *" : `*/${everySeconds} * * * * *`;
  const task = cron.schedule(expression, () => engine.tick().then(() => undefined), { noOverlap: true });
  // A failed tick is logged by the engine; the next one tries again.
  const firstTick = engine.tick().then(
    () => undefined,
    () => undefined,
  );
  return {
    firstTick,
    async stop() {
      await task.stop();
      await firstTick;
    },
  };
}
