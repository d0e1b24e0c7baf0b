import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { eventCallbackPayload, slashCommandFields } from "../../fakes/slack-events.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import {
  ADMIN,
  APP_TOKEN,
  BOT_USER,
  GENERAL,
  NEWBIE,
  type SlackWorld,
  startSlackWorld,
  TEAM,
  textOf,
} from "./slack-world.js";

let database: Database;
let world: SlackWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await startSlackWorld({
    db: database.prisma,
    env: { SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: undefined },
  });
});

afterAll(async () => {
  await world?.close();
  await database?.close();
});

describe("Socket Mode", () => {
  it("connects through apps.connections.open with the app token, and serves no HTTP route", async () => {
    expect(world.bot.routes).toEqual([]);
    expect(world.bot.connected()).toBe(true);
    const open = world.fake.callsTo("apps.connections.open");
    expect(open.at(-1)?.token).toBe(APP_TOKEN);
    expect(world.fake.socketCount).toBe(1);
  });

  it("acknowledges a slash command envelope, then answers on its response_url", async () => {
    const responseUrl = world.fake.responseUrl();
    world.fake.sendEnvelope({
      envelope_id: "env-command-1",
      type: "slash_commands",
      payload: slashCommandFields({
        teamId: TEAM,
        userId: ADMIN,
        channelId: GENERAL,
        text: "mod rules add Be kind",
        responseUrl,
      }),
      accepts_response_payload: true,
    });
    await until("the ack", () => world.fake.socketAcks.find((a) => a.envelope_id === "env-command-1"));
    const [reply] = await until("the reply", () => {
      const replies = world.fake.responsesTo(responseUrl);
      return replies.length > 0 ? replies : undefined;
    });
    expect(textOf(reply)).toContain("Rule 1 added");
  });

  it("receives events over the socket: a join is welcomed by DM", async () => {
    world.fake.sendEnvelope({
      envelope_id: "env-event-1",
      type: "events_api",
      payload: eventCallbackPayload(TEAM, BOT_USER, {
        type: "team_join",
        user: {
          id: NEWBIE,
          team_id: TEAM,
          name: "nia",
          is_bot: false,
          deleted: false,
          profile: { display_name: "Nia" },
        },
      }),
      accepts_response_payload: false,
    });
    await until("the ack", () => world.fake.socketAcks.find((a) => a.envelope_id === "env-event-1"));
    const dm = await until("the welcome DM", () =>
      world.fake.okCallsTo("chat.postMessage").find((c) => c.args.channel === NEWBIE),
    );
    expect(textOf(dm.args)).toContain("1. Be kind");
  });

  it("is no longer connected once stopped", async () => {
    await world.bot.stop();
    expect(world.bot.connected()).toBe(false);
    await until("the socket to close", () => world.fake.socketCount === 0);
  });
});
