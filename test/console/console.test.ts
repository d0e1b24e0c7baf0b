import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../adapters/console/bot.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import type { Database } from "../../core/db/database.js";
import { createTestDatabase } from "../helpers/test-database.js";
import { until } from "../helpers/until.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(async () => database.close());

async function transcript(script: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  const engine = createPeerbridge({ db: database.prisma });
  input.end(script);
  await runConsole({ engine, input, output, interactive: false });
  return text;
}

describe("console bot", () => {
  it("plays the whole onboarding story from a piped script", async () => {
    const text = await transcript(
      [
        "/mod rules add Be kind and patient",
        "/mod rules add No medical advice: share experience, not prescriptions",
        "/mod tags create Caregiver description:For people caring for someone",
        "/mod tags create Patient",
        ":join bob",
        ":1",
        ":2",
        "/mytags",
        ":as mod",
        "/mod rules edit 2 No medical advice; share your own experience",
        ":as bob",
        "/rules",
        "/agree",
        "hello everyone",
        ":press 99",
      ].join("\n"),
    );
    expect(text).toContain("mod> /mod rules add Be kind and patient");
    expect(text).toContain("mod> :join bob");
    expect(text).toContain("bob> :1");
    expect(text).toContain("Welcome, bob! This is a peer-support group.");
    expect(text).toContain("  1. Be kind and patient");
    expect(text).toContain("[1] I accept the rules");
    expect(text).toContain("[2] ☐ Caregiver");
    expect(text).toContain("Thank you for accepting the rules (version 2)");
    expect(text).toContain("Saved. Your tags: Caregiver");
    expect(text).toContain("Your tags: Caregiver");
    expect(text).toContain("The rules changed since you accepted version 2");
    expect(text).toContain("Thank you for accepting the rules (version 3)");
    expect(text).toContain("(said in the group;");
    expect(text).toContain("There is no button 99 on screen.");
  });

  it("plays the support story: an anonymous question with replies, a worried message, a content warning", async () => {
    const text = await transcript(
      [
        "/mod channel set #mods",
        ":join ana",
        "/ask Does anyone else get tired after infusions?",
        ":as mod",
        ":1",
        ":join ben",
        ":reply c2 Yes, I nap after mine.",
        ":as ana",
        "/followup 1 Thank you, that helps.",
        ":as ben",
        "/worried ana",
        "/cw surgery The scar opened again.",
      ].join("\n"),
    );
    expect(text).toContain("#mods · message c1");
    expect(text).toContain("Anonymous question 1 is waiting for review");
    expect(text).toContain("#general · message c2");
    expect(text).toContain("Anonymous member · question 1");
    expect(text).toContain(
      "private to ana\n  A reply to your anonymous question 1:\n  Yes, I nap after mine.",
    );
    expect(text).toContain("#general · message c3 · in reply to c2");
    expect(text).toContain("Someone in Console group who cares about you asked us to check in.");
    expect(text).toContain("Content warning: surgery · shared by @ben\n  ||The scar opened again.||");
    expect(text).toContain("(the bot removed message l");
    // The pseudonym's posts (a header, then indented lines) never name the asker.
    for (const id of ["c2", "c3"]) {
      const post = /[^\n]*\n((?: {2}[^\n]*\n)+)/.exec(
        text.slice(text.indexOf(`#general · message ${id}`)),
      )?.[1];
      expect(post).toContain("Anonymous member · question 1");
      expect(post).not.toContain("ana");
    }
  });

  it("switches to another simulated group with :group, so linking can be tried", async () => {
    const first = await transcript("/mod rules add Shared rule\n/mod link\n");
    const code = /Link code: ([A-Z0-9-]+)/.exec(first)?.[1];
    expect(code).toBeDefined();
    const text = await transcript(
      [":group Second circle", "/rules", `/mod link ${code}`, "/rules", ":group console", "/mod config"].join(
        "\n",
      ),
    );
    expect(text).toContain('(now in the new group "Second circle")');
    expect(text).toContain("This group has no rules yet.");
    expect(text).toContain("Linked.");
    expect(text).toMatch(/\d+\. Shared rule/);
    expect(text).toContain('(back in the group "Console group")');
    expect(text).toContain("Groups in this community: 2");
  });

  it("strips terminal control sequences from user text", async () => {
    const text = await transcript("/mod rules add \u001b[2Jcleared\u0007\n/rules\n");
    expect(text).toMatch(/\d\. \[2Jcleared/);
    expect(text).not.toContain("\u001b");
  });
});

describe("npm start without configuration", () => {
  const run = promisify(execFile);
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "peerbridge-data-"));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  async function start(script: string): Promise<string> {
    const child = run("node", ["--import", "tsx", "bots/main.ts"], {
      env: { PATH: process.env.PATH ?? "", PEERBRIDGE_DATA_DIR: dataDir },
      timeout: 60_000,
    });
    child.child.stdin?.end(script);
    return (await child).stdout;
  }

  it("runs the console bot on the embedded database, and its data survives a restart", async () => {
    expect(await start("/mod rules add Be kind\n")).toContain("Rule 1 added");
    expect(await start("/rules\n")).toContain("1. Be kind");
  }, 120_000);

  it("runs the scheduler on real time: a digest due this minute is posted while the console is open", async () => {
    const now = new Date();
    const hhmm = `${String(now.getUTCHours()).padStart(2, "0")}:${String(now.getUTCMinutes()).padStart(2, "0")}`;
    const child = spawn("node", ["--import", "tsx", "bots/main.ts"], {
      env: { PATH: process.env.PATH ?? "", PEERBRIDGE_DATA_DIR: dataDir, PEERBRIDGE_TICK_SECONDS: "1" },
    });
    let out = "";
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.stdin.write(
      `/mod resources add https://www.nhs.uk/conditions/epilepsy/ "NHS: Epilepsy"\n/mod digest set here ${hhmm} UTC\n`,
    );
    try {
      await until("the digest posted by the scheduler", () => out.includes("#general · message"), 60_000);
    } finally {
      child.stdin.end();
      await exited;
    }
    expect(out).toContain("NHS: Epilepsy");
  }, 120_000);

  it("names a bad variable and exits", async () => {
    const failed = await run("node", ["--import", "tsx", "bots/main.ts"], {
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: "mysql://nope" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain("DATABASE_URL: should look like postgres://");
  });
});
