import type { Bench } from "./bench.js";
import { digestBench } from "./digest-fanout.js";
import { discordBench } from "./discord-throughput.js";
import { latencyBench } from "./engine-latency.js";
import { memoryBench } from "./memory-soak.js";
import { roundTripsBench } from "./round-trips.js";
import { scaleBench } from "./scale.js";
import { slackBench } from "./slack-throughput.js";
import { startupBench } from "./start-up.js";
import { telegramBench } from "./telegram-throughput.js";

/** Every benchmark, in the order; `npm run bench -- <name>` picks one. */
export const benches: Bench[] = [
  latencyBench,
  roundTripsBench,
  telegramBench,
  discordBench,
  slackBench,
  digestBench,
  memoryBench,
  startupBench,
  scaleBench,
];
