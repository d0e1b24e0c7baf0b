// Issue 8, item 3: end-to-end Telegram throughput. A slot for now: the Telegram adapter is being
// finished. When it lands, measure updates/s through the real grammY adapter against the fake Bot
// API (test/fakes/), and a bare grammY bot answering a constant string against the same fake, in
// the same run; the figure is their ratio, target ≥ 0.8.
import type { Bench } from "./bench.js";
import { textFigure } from "./figures.js";

const NAME = "telegram";

export const telegramBench: Bench = {
  name: NAME,
  title: "3. End-to-end Telegram throughput vs a bare grammY bot (fake Bot API)",
  isolated: false,
  async run() {
    return [
      textFigure(
        NAME,
        "updates/s, peerbridge adapter ÷ bare grammY bot",
        "pending (adapter)",
        "pending",
        "≥ 0.8",
      ),
    ];
  },
};
