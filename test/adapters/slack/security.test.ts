import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { PlatformError } from "../../../core/platform-error.js";
import type { PlatformPort } from "../../../core/ports.js";
import { eventCallbackPayload, interaction, json, slashCommand } from "../../fakes/slack-events.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import {
  ADMIN,
  BOT_USER,
  GENERAL,
  MEMBER,
  type SlackWorld,
  startSlackWorld,
  TEAM,
  textOf,
} from "./slack-world.js";

let database: Database;
let world: SlackWorld;
let port: PlatformPort;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await startSlackWorld({ db: database.prisma });
  const slack = world.engine.services.ports.get("slack");
  if (!slack) throw new Error("the Slack port is not attached");
  port = slack;
  await world.command(ADMIN, "mod rules add Be kind");
});

afterAll(async () => {
  await world?.close();
  await database?.close();
});

async function rulesText(): Promise<string> {
  return textOf((await world.command(MEMBER, "rules"))[0]);
}

/** An admin's command that would change the rules if it got through. */
function evilCommand(responseUrl: string) {
  return slashCommand({
    teamId: TEAM,
    userId: ADMIN,
    channelId: GENERAL,
    text: "mod rules add EVIL",
    responseUrl,
  });
}

describe("request verification", () => {
  it("answers Slack's url_verification challenge", async () => {
    const answer = await world.send(
      json({
        token: "x",
        challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        type: "url_verification",
      }),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
  });

  it.each([
    ["a signature made with another secret", { secret: "not-the-signing-secret" }],
    ["a stale timestamp (10 minutes old)", { timestamp: Math.floor(Date.now() / 1000) - 600 }],
    ["a malformed signature header", { signature: "v1=deadbeef" }],
  ])("refuses %s with 401 and does nothing", async (_what, options) => {
    const calls = world.fake.calls.length;
    const responseUrl = world.fake.responseUrl();
    const answer = await world.send(evilCommand(responseUrl), options);
    expect(answer.status).toBe(401);
    expect(await rulesText()).not.toContain("EVIL");
    expect(world.fake.responsesTo(responseUrl)).toEqual([]);
    // Only the rules check above reached the Web API.
    expect(world.fake.calls.slice(calls).every((c) => c.args.user !== ADMIN)).toBe(true);
  });

  it("refuses a request without any signature", async () => {
    const body = evilCommand(world.fake.responseUrl());
    const response = await fetch(world.url, {
      method: "POST",
      headers: { "content-type": body.contentType },
      body: body.body,
    });
    expect(response.status).toBe(401);
    expect(await rulesText()).not.toContain("EVIL");
  });

  it("refuses a correctly signed but malformed payload with 400", async () => {
    const answer = await world.send({
      body: "payload=%7Bnot-json",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(answer.status).toBe(400);
    const broken = await world.send({ body: '{"type":', contentType: "application/json" });
    expect(broken.status).toBe(400);
  });

  it("acknowledges and drops a signed payload that lacks what it relies on", async () => {
    const responseUrl = world.fake.responseUrl();
    const fields = new URLSearchParams(evilCommand(responseUrl).body);
    fields.delete("user_id");
    const answer = await world.send({
      body: fields.toString(),
      contentType: "application/x-www-form-urlencoded",
    });
    expect(answer.status).toBe(200);
    const clicked = await world.send(
      interaction({ type: "block_actions", team: { id: TEAM }, user: { id: MEMBER }, actions: "nope" }),
    );
    expect(clicked.status).toBe(200);
    expect(await rulesText()).not.toContain("EVIL");
    expect(world.fake.responsesTo(responseUrl)).toEqual([]);
  });

  it("answers 503 once stopped, before anything is parsed", async () => {
    const db = database.prisma;
    const other = await startSlackWorld({ db, fake: world.fake });
    await other.bot.stop();
    expect(other.bot.connected()).toBe(false);
    const answer = await other.send(evilCommand(world.fake.responseUrl()));
    expect(answer.status).toBe(503);
    await other.close();
  });
});

describe("Web API resilience", () => {
  it("retries a 429 after Retry-After, then delivers", async () => {
    world.fake.addUser({ id: "U0RATE", name: "rae" });
    world.fake.rateLimitNext("chat.postMessage", 1);
    const status = await world.event({
      type: "team_join",
      user: {
        id: "U0RATE",
        team_id: TEAM,
        name: "rae",
        is_bot: false,
        deleted: false,
        profile: { display_name: "Rae" },
      },
    });
    expect(status).toBe(200);
    const delivered = await until("the DM after the retry", () =>
      world.fake.okCallsTo("chat.postMessage").find((c) => c.args.channel === "U0RATE"),
    );
    expect(textOf(delivered.args)).toContain("Welcome, Rae!");
    const attempts = world.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "U0RATE");
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(world.retries()).toBe(1);
  });

  it("turns not_in_channel and channel_not_found into PlatformErrors", async () => {
    world.fake.notInChannel.add("C0NOTIN");
    world.fake.missingChannels.add("C0GONE");
    const view = { blocks: [{ kind: "text" as const, text: [{ text: "hello" }] }] };
    const notIn = await port.post({ groupId: TEAM, channelId: "C0NOTIN" }, view).catch((e: unknown) => e);
    expect(notIn).toBeInstanceOf(PlatformError);
    expect(notIn).toMatchObject({ kind: "missing_permission", operation: "post" });
    const gone = await port.post({ groupId: TEAM, channelId: "C0GONE" }, view).catch((e: unknown) => e);
    expect(gone).toMatchObject({ kind: "not_found", operation: "post" });
  });

  it("reports a channel the bot is not in to the moderators once", async () => {
    await world.command(ADMIN, "mod resources add https://example.org/caring-guide Caring");
    const notices = () =>
      world.fake
        .okCallsTo("chat.postMessage")
        // No moderators' channel is set: the workspace admins hear it privately.
        .filter((c) => c.args.channel === ADMIN && textOf(c.args).includes("mod digest show"));
    for (let i = 0; i < 2; i++) await world.command(ADMIN, "mod digest now <#C0NOTIN|private>");
    await until("the notice", () => notices().length > 0);
    // A second failure later on is not told again.
    await world.command(ADMIN, "mod digest now <#C0NOTIN|private>");
    expect(notices()).toHaveLength(1);
  });

  it("says false when Slack will not let the bot DM someone", async () => {
    expect(await port.sendDirect(BOT_USER, { blocks: [{ kind: "text", text: [{ text: "hi" }] }] })).toBe(
      false,
    );
    expect(await port.sendDirect("U0NOBODY", { blocks: [{ kind: "text", text: [{ text: "hi" }] }] })).toBe(
      false,
    );
  });

  it("keeps working after the Web API refused users.info (treated as not an admin)", async () => {
    world.fake.failNext("users.info", "ratelimited");
    world.fake.addUser({ id: "U0ODD", name: "odd", isAdmin: true });
    const [reply] = await world.command("U0ODD", "mod pending");
    expect(textOf(reply)).toContain("Only moderators can use");
  });
});

describe("events", () => {
  it("ignores an event from another workspace's bot user joining", async () => {
    const before = world.fake.callsTo("chat.postMessage").length;
    await world.send(
      json(
        eventCallbackPayload(TEAM, BOT_USER, {
          type: "team_join",
          user: { id: "U0ROBOT", team_id: TEAM, name: "robot", is_bot: true, deleted: false },
        }),
      ),
    );
    await world.command(MEMBER, "rules");
    expect(
      world.fake
        .callsTo("chat.postMessage")
        .slice(before)
        .some((c) => c.args.channel === "U0ROBOT"),
    ).toBe(false);
  });

  it("reports itself disconnected once Slack revokes its bot token", async () => {
    const other = await startSlackWorld({ db: database.prisma, fake: world.fake });
    try {
      expect(other.bot.connected()).toBe(true);
      await other.event({ type: "tokens_revoked", tokens: { oauth: ["U0ADMIN"] } });
      await other.command(MEMBER, "rules");
      expect(other.bot.connected()).toBe(true);
      await other.event({ type: "tokens_revoked", tokens: { bot: [BOT_USER] } });
      await until("the disconnection", () => !other.bot.connected());
    } finally {
      await other.close();
    }
  });
});
