// Privacy at the Slack edge: personal answers only ephemeral (or in the direct conversation), and
// moderator alerts only in a private channel, checked again before each alert.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { ADMIN, GENERAL, MEMBER, MODS, type SlackWorld, startSlackWorld, textOf } from "./slack-world.js";

const TAG = "Epilepsy";
const REASON = "Posts her seizure diary without asking";

let database: Database;
let world: SlackWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await startSlackWorld({ db: database.prisma });
  await world.command(ADMIN, "mod rules add Be kind");
  await world.command(ADMIN, `mod tags create ${TAG} type:condition`);
});

afterAll(async () => {
  await world?.close();
  await database?.close();
});

/** Everything the app posted into a conversation with chat.postMessage. */
const postedTo = (channel: string) =>
  world.fake
    .okCallsTo("chat.postMessage")
    .filter((c) => c.args.channel === channel)
    .map((c) => textOf(c.args))
    .join("\n");

describe("Slack privacy", () => {
  it("answers every personal command only ephemerally, in a channel", async () => {
    const runs: [string, string][] = [
      [MEMBER, `iam ${TAG}`],
      [MEMBER, "mytags"],
      [MEMBER, `report ${REASON}`],
      [MEMBER, "crisis"],
      [ADMIN, `mod warn <@${MEMBER}> Shared a diagnosis`],
      [ADMIN, `mod tags give <@${MEMBER}> ${TAG}`],
      [ADMIN, "mod reports"],
      [ADMIN, "mod pending"],
      [ADMIN, "mod audit"],
    ];
    for (const [who, line] of runs) {
      const replies = await world.command(who, line, GENERAL);
      expect(
        replies.map((r) => r.response_type),
        line,
      ).not.toContain("in_channel");
    }
    const shown = postedTo(GENERAL);
    for (const secret of [TAG, REASON, "Shared a diagnosis"]) expect(shown).not.toContain(secret);
  });

  it("alerts only in a private channel; once it is made public, the workspace admins hear privately", async () => {
    expect(textOf((await world.command(ADMIN, `mod channel set <#${GENERAL}|general>`))[0])).toContain(
      "Members can read that channel",
    );
    expect(textOf((await world.command(ADMIN, `mod channel set <#${MODS}|mods>`))[0])).toContain(
      "Moderator alerts will be posted in that channel",
    );
    await world.command(MEMBER, "report First worry");
    await until(
      "the alert in the private channel",
      () => postedTo(MODS).includes("First worry") || undefined,
    );

    // Someone converts the channel to public: the next alert notices and goes to admins' DMs.
    const mods = world.fake.channels.get(MODS);
    if (mods) mods.isPrivate = false;
    await world.command(MEMBER, "report Second worry");
    await until("the admin's direct alert", () => postedTo(ADMIN).includes("Second worry") || undefined);
    expect(world.fake.callsTo("users.list").length).toBeGreaterThan(0);
    expect(postedTo(MODS)).not.toContain("Second worry");
    expect(postedTo(GENERAL)).not.toContain("worry");
  });
});
