// Issue 19, item 1, on Slack: peerbridge's Bolt app (`/peer rules` answered by the engine on
// PostgreSQL) against a hand-written Bolt + node-postgres app answering from the same tables with
// the same replies (bench/peers/slack-peer.ts). Each app runs in a process of its own, as an HTTP
// app Slack posts signed slash commands to; each has a fake Web API of its own in this process
// (its response_urls take the replies), timed in interleaved batches so the machine's drift falls
// on both alike.
import { Agent, request } from "node:http";
import { slackSignature, slashCommandFields } from "../test/fakes/slack-events.js";
import { type FakeSlack, startFakeSlack } from "../test/fakes/slack-web-api.js";
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

// Workspace i is T + (1000000 + i); member k of it is user U + (5000000 + 20k + i) (see memberOf).
const TEAM = 1_000_000;
const USER = 5_000_000n;
const teamId = (i: number) => `T${TEAM + i}`;
const userId = (n: number) => `U${USER + BigInt(memberOf(n))}`;
const CHANNEL = "C0GENERAL";
const SECRET = "bench-slack-signing-secret";

// Slack keeps connections to an app's request URL open; a pool of them, as many as a busy app sees.
const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Posts a signed slash command as Slack does; the answers come to the fake's response_url. */
function post(url: string, fields: Record<string, string>): void {
  const body = new URLSearchParams(fields).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const sent = request(url, {
    method: "POST",
    agent,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": Buffer.byteLength(body),
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(SECRET, timestamp, body),
    },
  });
  // A lost command shows as a missing reply, which the harness counts.
  sent.on("response", (response) => response.resume()).on("error", () => {});
  sent.end(body);
}

/** An app on a fake Web API of its own, receiving `/peer rules` from the seeded workspaces. */
async function contestant(role: BotRole, label: string, url: string) {
  const token = "xoxb-bench-slack-token";
  const fake: FakeSlack = await startFakeSlack({
    botToken: token,
    teamId: teamId(0),
    teamName: "Community",
    botUserId: "U0BENCHBOT",
  });
  for (let n = 0; n < GROUPS * MEMBERS_PER_GROUP; n++) fake.addUser({ id: userId(n), name: `member${n}` });
  let endpoint = "";
  const started = await botOnFake(
    role,
    label,
    url,
    { token, apiRoot: fake.apiUrl, close: () => fake.close() },
    {
      // The rules in the channel and the caller's standing, ephemeral: two response_url posts.
      perUpdate: 2,
      wire: {
        send(n) {
          const fields = slashCommandFields({
            teamId: teamId(groupOf(n)),
            userId: userId(n),
            channelId: CHANNEL,
            text: "rules",
            responseUrl: fake.responseUrl(),
          });
          post(endpoint, fields);
        },
        replies: () => fake.responses.length,
        mark: () => fake.responses.length,
        repliesSince: (mark) => JSON.stringify(fake.responses.slice(mark).map((r) => r.body)),
      },
      callKinds: () => [
        ...fake.calls.map((call) => call.method),
        ...fake.responses.map(() => "response_url"),
      ],
    },
    SECRET,
  );
  endpoint = started.bot.endpoint ?? "";
  return started;
}

export const slackBench = rulesBench({
  name: "slack",
  title: "19.1 Slack: peerbridge vs a hand-written Bolt + pg app (fake Slack, interleaved)",
  platform: "slack",
  ids: { group: `'T' || (${TEAM} + (g - 1))`, user: `'U' || ${memberIdSql(USER)}` },
  peer: (url) => contestant("slack-peer", "hand-written Bolt + pg app", url),
  adapter: (url) => contestant("slack-adapter", "peerbridge adapter + engine", url),
});
