// Issue 19, item 1: end-to-end Telegram throughput against a fair peer. peerbridge's grammY
// adapter (commands parsed and answered by the engine on PostgreSQL) and a hand-written grammY +
// node-postgres bot answering `/rules` from the same tables with the same reply (bench/peers/
// telegram-peer.ts), each in a process of its own, each long-polling its own fake Bot API in this
// process, timed in interleaved batches so the machine's drift falls on both alike. A bare bot
// answering a constant is measured too, as information. Figures are ratios within one run.
import { startFakeTelegram, type TelegramChat } from "../test/fakes/telegram-bot-api.js";
import type { BotRole } from "./peers/bot-process.js";
import { botOnFake, GROUPS, groupOf, memberIdSql, memberOf, rulesBench } from "./peers/rules-bench.js";

// Chat i is -100000 - i; member k of chat i is user 10000 + 20k + i (see memberOf).
const CHAT = (i: number) => -100_000 - i;
const USER = (n: number) => 10_000 + memberOf(n);

/** A bot on a fake Bot API of its own, with the seeded groups, receiving `/rules`. */
async function contestant(role: BotRole, label: string, url: string) {
  const fake = await startFakeTelegram();
  const chats = Array.from({ length: GROUPS }, (_, i) =>
    fake.group({ id: CHAT(i), title: `Community ${i + 1}`, admins: [] }),
  );
  return botOnFake(role, label, url, fake, {
    // The rules and the caller's standing (privately, or a prompt to open the private chat).
    perUpdate: role === "telegram-bare" ? 1 : 2,
    wire: {
      send(n) {
        const user = { id: USER(n), is_bot: false, first_name: `Member ${memberOf(n)}` };
        fake.message(chats[groupOf(n)] as TelegramChat, user, "/rules");
      },
      replies: () => fake.sent.length,
      mark: () => fake.calls.length,
      // The chat id is the one field sent two ways alike (grammY's ctx.reply sends a number, the
      // adapter a string); Telegram reads both the same. A deep link's start payload is a token
      // each bot chooses for itself (the peer names the command, the adapter numbers it).
      repliesSince: (mark) =>
        JSON.stringify(
          fake.calls
            .slice(mark)
            .filter((call) => call.method.startsWith("send"))
            .map((call) => ({ method: call.method, ...call.payload, chat_id: String(call.payload.chat_id) })),
        ).replace(/\?start=[A-Za-z0-9_-]+/g, "?start=<payload>"),
    },
    callKinds: () => fake.calls.map((call) => call.method),
  });
}

export const telegramBench = rulesBench({
  name: "telegram",
  title: "3. Telegram: peerbridge vs a hand-written grammY + pg bot (fake Bot API, interleaved)",
  platform: "telegram",
  ids: { group: "(-100000 - (g - 1))::text", user: memberIdSql(10_000n) },
  peer: (url) => contestant("telegram-peer", "hand-written grammY + pg bot", url),
  adapter: (url) => contestant("telegram-adapter", "peerbridge adapter + engine", url),
  others: [(url) => contestant("telegram-bare", "bare grammY bot (constant answer)", url)],
});
