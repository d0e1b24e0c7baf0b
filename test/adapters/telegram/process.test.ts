import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "../../fakes/telegram-bot-api.js";
import { until } from "../../helpers/until.js";
import { user } from "./telegram-setup.js";

let fake: FakeTelegram;
let dataDir: string;
let child: ChildProcess | undefined;
let stderr = "";

beforeAll(async () => {
  fake = await startFakeTelegram();
  dataDir = await mkdtemp(join(tmpdir(), "peerbridge-telegram-"));
});

afterAll(async () => {
  child?.kill("SIGKILL");
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("TELEGRAM_BOT_TOKEN=… with TELEGRAM_API_ROOT", () => {
  it("the process runs the Telegram bot against that Bot API server, and stops on SIGTERM even when it is gone", async () => {
    child = spawn("node", ["--import", "tsx", "bots/main.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        PEERBRIDGE_DATA_DIR: dataDir,
        PEERBRIDGE_ROLES: "telegram",
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    await until("long polling started", () => fake.callsTo("getUpdates").length > 0, 90_000);
    expect(fake.commands.get("all_chat_administrators")?.length).toBeGreaterThan(10);

    const alice = user("Alice");
    fake.message(fake.privateChat(alice), alice, "/start");
    const reply = await until("the /start answer", () => fake.sentTo(alice.id)[0], 30_000);
    expect(reply.text).toContain("I'm peerbridge");

    // Stopping must not hang while Telegram is unreachable.
    await fake.close();
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(fake.token);
  }, 120_000);
});
