// Issue 19, item 1, on Discord: peerbridge's discord.js adapter (slash commands answered by the
// engine on PostgreSQL) against a hand-written discord.js + node-postgres bot answering `/rules`
// from the same tables with the same reply (bench/peers/discord-peer.ts). Each bot runs in a
// process of its own, on a fake Discord of its own (REST and gateway, test/fakes/discord-fake.ts)
// in this process, timed in interleaved batches so the machine's drift falls on both alike.
import { FakeDiscord, type FakeGuild } from "../test/fakes/discord-fake.js";
import { member } from "../test/fakes/discord-payloads.js";
import type { BotRole } from "./peers/bot-process.js";
import {
  botOnFake,
  GROUPS,
  groupOf,
  MEMBERS_PER_GROUP,
  memberIdSql,
  memberOf,
  rulesBench,
} from "./peers/rules-bench.js";

// Snowflakes both fakes share, so one seeded database serves both bots: guild i is GUILD + i,
// member k of guild i is user USER + 20k + i (see memberOf).
const GUILD = 200_000_000_000_000_000n;
const USER = 300_000_000_000_000_000n;
const guildId = (i: number) => String(GUILD + BigInt(i));
const userId = (n: number) => String(USER + BigInt(memberOf(n)));

// Discord's own heartbeat interval: the fake's default (200 ms, for tests) would time heartbeats.
const HEARTBEAT_MS = 41_250;

// The calls that answer an interaction: its callback, then webhook follow-ups and edits.
const ANSWER = /^\/(?:interactions|webhooks)\//;

/** A fake Discord whose guilds are the seeded groups, each with its seeded members. */
async function seededFake(): Promise<{ fake: FakeDiscord; guilds: FakeGuild[] }> {
  const fake = new FakeDiscord({ token: "bench.discord.token", heartbeatMs: HEARTBEAT_MS });
  const guilds = Array.from({ length: GROUPS }, (_, i) => {
    const guild = fake.addGuild(`Community ${i + 1}`, { id: guildId(i) });
    for (let k = 0; k < MEMBERS_PER_GROUP; k++) {
      const n = k * GROUPS + i;
      guild.members.set(userId(n), member(fake.addUser(`member${n}`, userId(n)), []));
    }
    return guild;
  });
  await fake.listen();
  return { fake, guilds };
}

/** A bot on a fake Discord of its own, with the seeded guilds, receiving `/rules`. */
async function contestant(role: BotRole, label: string, url: string) {
  const { fake, guilds } = await seededFake();
  // Messages that answer an interaction, counted as they come (the fake keeps them all).
  let answers = 0;
  let scanned = 0;
  return botOnFake(
    role,
    label,
    url,
    { token: fake.token, apiRoot: fake.apiBase, close: () => fake.close() },
    {
      // The rules (the interaction's answer) and the caller's standing (an ephemeral follow-up).
      perUpdate: 2,
      wire: {
        send(n) {
          fake.slash(guilds[groupOf(n)] as FakeGuild, userId(n), { name: "rules" });
        },
        replies() {
          for (; scanned < fake.messages.length; scanned++) if (fake.messages[scanned]?.token) answers++;
          return answers;
        },
        mark: () => fake.calls.length,
        // An answer's path holds ids neither bot chooses, which differ only because each bot has a
        // fake of its own: the interaction's id and token, and the application's id.
        repliesSince: (mark) =>
          JSON.stringify(
            fake.calls
              .slice(mark)
              .filter((call) => ANSWER.test(call.path))
              .map((call) => ({
                method: call.method,
                path: call.path.replace(/^\/(interactions|webhooks)\/\d+\/[^/]+/, "/$1/<id>/<token>"),
                body: call.body,
              })),
          ),
      },
      callKinds: () =>
        fake.calls.map((call) => `${call.method} ${call.path.replace(/\d{17,20}|itk_\w+/g, ":id")}`),
    },
  );
}

export const discordBench = rulesBench({
  name: "discord",
  title: "19.1 Discord: peerbridge vs a hand-written discord.js + pg bot (fake Discord, interleaved)",
  platform: "discord",
  ids: { group: `(${GUILD} + (g - 1))::text`, user: memberIdSql(USER) },
  peer: (url) => contestant("discord-peer", "hand-written discord.js + pg bot", url),
  adapter: (url) => contestant("discord-adapter", "peerbridge adapter + engine", url),
});
