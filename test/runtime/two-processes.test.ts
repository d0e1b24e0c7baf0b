// Two real processes (`node dist/bots/main.js`) on one PostgreSQL database, with the fake Slack and
// Telegram APIs: both run the scheduler, webhooks may hit either, and one is killed mid-digest; a
// third joins them to show that engine posts keep one send rate across processes.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { createServer } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../core/db/database.js";
import { sendSigned, slashCommand } from "../fakes/slack-events.js";
import { type FakeSlack, startFakeSlack } from "../fakes/slack-web-api.js";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-bot-api.js";
import { adminQuery, databaseUrl } from "../helpers/test-database.js";
import { until } from "../helpers/until.js";

// Processes start and tick on their own: waits are long and polled gently.
const PROCESS_WAIT_MS = 30_000;
const POLL_MS = 100;

const SECRET = "slack-signing-secret";
const BOT_TOKEN = "xoxb-0000-two-processes";
const TG_SECRET = "tg-webhook-secret";
const name = `pb_two_${randomBytes(5).toString("hex")}`;

let slack: FakeSlack;
let telegram: FakeTelegram;
let db: Database;
const running = new Map<string, { child: ChildProcess; port: number; output: string[] }>();

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === "object" && address ? address.port : 0;
}

async function startProcess(
  label: string,
  overrides: Record<string, string> = {},
  healthy = true,
): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, ["dist/bots/main.js"], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      DATABASE_URL: databaseUrl(name),
      PORT: String(port),
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      PEERBRIDGE_TICK_SECONDS: "1",
      DIGEST_RETRY_SECONDS: "2",
      ...overrides,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  running.set(label, { child, port, output });
  await until(
    `${label} up`,
    async () => {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      return health?.status === (healthy ? 200 : 503);
    },
    PROCESS_WAIT_MS,
    POLL_MS,
  );
  return port;
}

async function stopProcess(label: string, signal: NodeJS.Signals): Promise<number | null> {
  const proc = running.get(label);
  if (!proc) return null;
  running.delete(label);
  const exited = new Promise<number | null>((resolve) => proc.child.once("exit", (code) => resolve(code)));
  proc.child.kill(signal);
  return exited;
}

/** Communities on Slack, each with one approved resource and a digest due this very minute. */
async function seedDueDigests(prefix: string, count: number): Promise<string[]> {
  const now = new Date();
  const minuteOfDay = now.getUTCHours() * 60 + now.getUTCMinutes();
  const channels: string[] = [];
  // One transaction: a scheduler tick sees all of them due, or none yet.
  await db.prisma.$transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const channelId = `C${prefix}${i}`;
      channels.push(channelId);
      const community = await tx.community.create({
        data: {
          name: `Community ${prefix}${i}`,
          ruleSet: { create: {} },
          resources: {
            create: {
              url: `https://r.example.org/${prefix}${i}`,
              urlKey: `r.example.org/${prefix}${i}`,
              title: "A guide",
              status: "approved",
            },
          },
        },
      });
      const group = await tx.group.create({
        data: { communityId: community.id, platform: "slack", platformGroupId: `T${prefix}${i}` },
      });
      await tx.digestSchedule.create({
        data: { communityId: community.id, groupId: group.id, channelId, minuteOfDay, timeZone: "UTC" },
      });
    }
  });
  return channels;
}

function delivered(channels: string[]): Map<string, number> {
  const counts = new Map(channels.map((c) => [c, 0]));
  for (const call of slack.callsTo("chat.postMessage")) {
    const channel = String(call.args.channel);
    if (counts.has(channel) && !call.aborted && call.status === 200 && !call.error) {
      counts.set(channel, (counts.get(channel) ?? 0) + 1);
    }
  }
  return counts;
}

beforeAll(async () => {
  await promisify(execFile)("npx", ["tsc", "-p", "tsconfig.build.json"], { timeout: 120_000 });
  await adminQuery(`CREATE DATABASE ${name}`);
  slack = await startFakeSlack({
    botToken: BOT_TOKEN,
    teamId: "T0MAIN",
    teamName: "Main",
    botUserId: "U0BOT",
  });
  slack.addUser({ id: "U0MEMBER", name: "max", displayName: "Max" });
  telegram = await startFakeTelegram();
  // Both start at once against an empty database: the migration lock makes them take turns.
  await Promise.all([startProcess("a"), startProcess("b")]);
  db = await openDatabase({ url: databaseUrl(name), poolSize: 2 });
}, 180_000);

afterAll(async () => {
  for (const label of [...running.keys()]) await stopProcess(label, "SIGKILL");
  await db?.close();
  await slack?.close();
  await telegram?.close();
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

/** The migrations the repository has, each of which must be applied exactly once. */
function migrationCount(): number {
  const dir = new URL("../../prisma/migrations/", import.meta.url);
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
}

describe("two processes on one database", () => {
  it("migrated once and posts every due digest exactly once, though both run the scheduler", async () => {
    expect(
      await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations"`,
    ).toEqual([{ n: BigInt(migrationCount()) }]);
    // Both started with the one log secret the first of them generated.
    expect(await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "DeploymentSetting"`).toEqual(
      [{ n: 1n }],
    );
    const channels = await seedDueDigests("D", 6);
    await until(
      "6 digests",
      () => [...delivered(channels).values()].every((n) => n >= 1),
      PROCESS_WAIT_MS,
      POLL_MS,
    );
    await new Promise((resolve) => setTimeout(resolve, 3000)); // several more ticks of both
    expect([...delivered(channels).values()]).toEqual([1, 1, 1, 1, 1, 1]);
    const runs = await db.prisma.digestRun.findMany({ where: { schedule: { channelId: { in: channels } } } });
    expect(new Set(runs.map((r) => r.claimedBy)).size).toBeGreaterThanOrEqual(1);
    expect(runs.map((r) => r.status)).toEqual(Array(6).fill("sent"));
  });

  it("handles each Slack and Telegram webhook request once, whichever process it hits", async () => {
    const ports = [running.get("a")?.port, running.get("b")?.port];
    const urls: string[] = [];
    for (let i = 0; i < 6; i++) {
      const responseUrl = `${slack.responseUrl()}`;
      urls.push(responseUrl);
      const signed = slashCommand({
        teamId: "T0MAIN",
        userId: "U0MEMBER",
        channelId: "C0MAIN",
        text: "help",
        responseUrl,
      });
      const reply = await sendSigned(`http://127.0.0.1:${ports[i % 2]}/slack/events`, SECRET, signed);
      expect(reply.status).toBe(200);
    }
    await until(
      "6 Slack answers",
      () => urls.every((u) => slack.responsesTo(u).length >= 1),
      PROCESS_WAIT_MS,
      POLL_MS,
    );
    expect(urls.map((u) => slack.responsesTo(u).length)).toEqual([1, 1, 1, 1, 1, 1]);

    const chat = telegram.group({ id: -100777, title: "Webhook group", admins: [] });
    const from = { id: 4242, is_bot: false, first_name: "Tess" };
    const sentBefore = telegram.sent.filter((m) => m.chatId === chat.id).length;
    for (let i = 0; i < 6; i++) {
      const update = {
        update_id: 9000 + i,
        message: {
          message_id: 500 + i,
          date: Math.floor(Date.now() / 1000),
          chat,
          from,
          text: "/rules",
          entities: [{ type: "bot_command", offset: 0, length: 6 }],
        },
      };
      const response = await fetch(`http://127.0.0.1:${ports[i % 2]}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET },
        body: JSON.stringify(update),
      });
      expect(response.status).toBe(200);
    }
    await until(
      "6 Telegram answers",
      () => telegram.sent.filter((m) => m.chatId === chat.id).length - sentBefore >= 6,
      PROCESS_WAIT_MS,
      POLL_MS,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(telegram.sent.filter((m) => m.chatId === chat.id).length - sentBefore).toBe(6);
    const forged = await fetch(`http://127.0.0.1:${ports[0]}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "wrong" },
      body: JSON.stringify({ update_id: 1 }),
    });
    expect(forged.status).toBe(401);
  });

  it("keeps Telegram's send limits across three processes whose fan-outs overlap", async () => {
    await startProcess("p3");
    const admin = { id: 7070, is_bot: false, first_name: "Mo" };
    const groups = 60;
    const chats = Array.from({ length: groups }, (_, i) =>
      telegram.group({ id: -1_009_000 - i, title: `Paced ${i}`, admins: [admin] }),
    );
    // No transaction: nothing here is due, and 60 groups could outlast an interactive one's 5 s.
    for (const chat of chats) {
      const community = await db.prisma.community.create({
        data: {
          name: String(chat.title),
          ruleSet: { create: {} },
          resources: {
            create: {
              url: `https://pace.example.org/${-chat.id}`,
              urlKey: `pace.example.org/${-chat.id}`,
              title: "Pacing guide",
              status: "approved",
            },
          },
        },
      });
      await db.prisma.group.create({
        data: { communityId: community.id, platform: "telegram", platformGroupId: String(chat.id) },
      });
    }
    // Each process is asked for the digests of 40 groups at once, so every group gets two, from
    // two different processes, and all three processes post at the same time.
    const ports = ["a", "b", "p3"].map((label) => running.get(label)?.port);
    const requests: Promise<Response>[] = [];
    let updateId = 20_000;
    ports.forEach((port, k) => {
      for (let j = 0; j < 40; j++) {
        const chat = chats[(20 * k + j) % groups];
        const update = {
          update_id: updateId++,
          message: {
            message_id: updateId,
            date: Math.floor(Date.now() / 1000),
            chat,
            from: admin,
            text: "/mod_digest_now",
            entities: [{ type: "bot_command", offset: 0, length: 15 }],
          },
        };
        requests.push(
          fetch(`http://127.0.0.1:${port}/telegram`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET },
            body: JSON.stringify(update),
          }),
        );
      }
    });
    expect((await Promise.all(requests)).map((r) => r.status)).toEqual(Array(120).fill(200));
    const paced = new Set(chats.map((c) => c.id));
    const digests = () => telegram.sent.filter((m) => paced.has(m.chatId) && m.text.includes("Pacing guide"));
    await until("120 digests", () => digests().length >= 120, 60_000);
    const times = digests()
      .map((m) => m.at)
      .sort((x, y) => x - y);
    // The most sent in any one second (a window opening at each send): Telegram's 30 a second,
    // from the very first second of the fan-out.
    const busiest = Math.max(...times.map((t, i) => times.slice(i).filter((u) => u < t + 1000).length));
    expect(busiest).toBeLessThanOrEqual(30);
    expect(times.filter((t) => t < (times[0] ?? 0) + 1000).length).toBeLessThanOrEqual(30);
    // One chat never gets two within a second (Telegram asks for at most one a second per chat).
    for (const chat of chats) {
      const own = digests()
        .filter((m) => m.chatId === chat.id)
        .map((m) => m.at)
        .sort((x, y) => x - y);
      expect(own).toHaveLength(2);
      expect((own[1] ?? 0) - (own[0] ?? 0)).toBeGreaterThanOrEqual(1000);
    }
    expect(await stopProcess("p3", "SIGTERM")).toBe(0);
  }, 120_000);

  it("loses and duplicates no digest when a process is killed mid-digest", async () => {
    expect(await stopProcess("b", "SIGTERM")).toBe(0); // a graceful stop exits 0
    slack.holdNext("chat.postMessage");
    const channels = await seedDueDigests("K", 4);
    // Killed once the others are posted and recorded: a crash between a post and its record
    // (a few milliseconds) would repeat that digest, the one delivery that cannot be made exact.
    const recorded = () =>
      db.prisma.digestRun.count({ where: { status: "sent", schedule: { channelId: { in: channels } } } });
    await until(
      "process a mid-digest",
      async () => slack.heldCount === 1 && (await recorded()) === 3,
      PROCESS_WAIT_MS,
      POLL_MS,
    );
    await stopProcess("a", "SIGKILL");
    await until("the held call to end", () => slack.heldCount === 0, PROCESS_WAIT_MS, POLL_MS);
    // The held one never went out.
    expect([...delivered(channels).values()].reduce((a, b) => a + b, 0)).toBe(3);
    // A new process takes over the claims the killed one left, once they are stale.
    await startProcess("c");
    await until(
      "4 digests after the takeover",
      () => [...delivered(channels).values()].every((n) => n >= 1),
      PROCESS_WAIT_MS,
      POLL_MS,
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect([...delivered(channels).values()]).toEqual([1, 1, 1, 1]);
    expect(slack.callsTo("chat.postMessage").some((c) => c.aborted)).toBe(true);
    const runs = await db.prisma.digestRun.findMany({ where: { schedule: { channelId: { in: channels } } } });
    expect(runs.map((r) => r.status)).toEqual(Array(4).fill("sent"));
    expect(runs.filter((r) => r.attempts === 2).length).toBeGreaterThanOrEqual(1);
    expect(await stopProcess("c", "SIGTERM")).toBe(0);
  });

  it("reports a platform that rejects its token, and keeps the others running", async () => {
    const port = await startProcess(
      "bad",
      { TELEGRAM_BOT_TOKEN: "999:wrong-token-for-the-fake", LOG_LEVEL: "error" },
      false,
    );
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
    expect(health).toEqual({
      status: "degraded",
      database: "up",
      platforms: { telegram: "down", slack: "connected" },
    });
    const output = running.get("bad")?.output.join("") ?? "";
    expect(output).toContain('"platform":"telegram"');
    expect(output).toContain("platform failed to start");
    expect(output).not.toContain("wrong-token-for-the-fake");
    const responseUrl = slack.responseUrl();
    const signed = slashCommand({
      teamId: "T0MAIN",
      userId: "U0MEMBER",
      channelId: "C0MAIN",
      text: "help",
      responseUrl,
    });
    expect((await sendSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, signed)).status).toBe(200);
    await until(
      "the Slack answer",
      () => slack.responsesTo(responseUrl).length === 1,
      PROCESS_WAIT_MS,
      POLL_MS,
    );
    expect(await stopProcess("bad", "SIGTERM")).toBe(0);
  });
});
