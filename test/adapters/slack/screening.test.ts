import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import {
  ADMIN,
  buttonLabelled,
  NEWBIE,
  type SlackWorld,
  startSlackWorld,
  TEAM,
  textOf,
} from "./slack-world.js";

type Json = Record<string, unknown>;

// Slack cannot hold a workspace member back: a screened newcomer is asked privately and reminded
// how to answer, and the moderators are told in their private channel once the answers are in.
const MODS = "C0MODS";
const DM = "D0NEWBIE";

let database: Database;
let world: SlackWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await startSlackWorld({ db: database.prisma });
});

afterAll(async () => {
  await world?.close();
  await database?.close();
});

const posted = (channel: string) =>
  world.fake.okCallsTo("chat.postMessage").filter((c) => c.args.channel === channel);

describe("newcomer screening on Slack", () => {
  it("asks a newcomer privately, reminds them how to answer, tells the moderators, and forgets the answers", async () => {
    await world.command(ADMIN, `mod channel set <#${MODS}|mods>`);
    await world.command(ADMIN, "mod screening questions Why are you joining? | Patient or caregiver?");
    await world.command(ADMIN, "mod screening on");

    const join: Json = {
      type: "team_join",
      user: {
        id: NEWBIE,
        team_id: TEAM,
        name: "nia",
        real_name: "Nia",
        deleted: false,
        is_bot: false,
        profile: { display_name: "Nia", real_name: "Nia" },
      },
    };
    expect(await world.event(join)).toBe(200);
    const asked = await until("the questions in the newcomer's DM", () =>
      posted(NEWBIE).find((c) => textOf(c.args).includes("Why are you joining?")),
    );
    expect(textOf(asked.args)).toContain("Question 1 of 2");
    expect(textOf(asked.args)).toContain("/peer answer");
    // Nothing about the newcomer reaches a shared channel.
    expect(world.fake.okCallsTo("chat.postMessage").filter((c) => c.args.channel !== NEWBIE)).toEqual([]);

    const first = await world.command(NEWBIE, "answer I was diagnosed last month", DM);
    expect(first[0]?.response_type).toBe("ephemeral");
    expect(textOf(first[0])).toContain("Question 2 of 2");
    expect(textOf(first[0])).toContain("Reply with /peer answer followed by your answer.");
    expect(posted(MODS)).toEqual([]);

    const done = await world.command(NEWBIE, "answer Patient", DM);
    expect(textOf(done[0])).toContain("The moderators will look at your answers soon");
    const alert = await until("the moderators' alert", () => posted(MODS)[0]);
    expect(textOf(alert.args)).toContain("a newcomer answered the join questions");
    expect(textOf(alert.args)).not.toContain("diagnosed");

    const review = await world.command(ADMIN, "mod screening review", MODS);
    expect(review[0]?.response_type).toBe("ephemeral");
    expect(textOf(review[0])).toContain("I was diagnosed last month");
    const told = posted(NEWBIE).length;
    await world.click(ADMIN, buttonLabelled(review[0], "Approve"), { channelId: MODS });
    await until("the newcomer told", () => posted(NEWBIE).length > told);
    expect(textOf(posted(NEWBIE).at(-1)?.args)).toContain("let you in");
    expect(await database.prisma.applicant.count()).toBe(0);
  });
});

describe("mod setup on Slack", () => {
  it("with the starter set in one sitting: rules, tags, crisis text and trusted domains", async () => {
    const press = async (reply: Json | undefined, label: string) => {
      const [next] = await world.click(ADMIN, buttonLabelled(reply, label), { channelId: "C0GENERAL" });
      return next;
    };
    let [reply] = await world.command(ADMIN, "mod setup", "C0GENERAL");
    expect(reply?.response_type).toBe("ephemeral");
    expect(textOf(reply)).toMatch(/\d+ of 11 steps done/);
    reply = await press(reply, "Rules");
    reply = await press(reply, "Use the starter rules");
    expect(textOf(reply)).toContain("Starter rules saved");
    reply = await press(reply, "Create the starter tags");
    expect(textOf(reply)).toContain("Starter tags created");
    // The country step is a menu of the directory's countries; typed, as a moderator may.
    const [country] = await world.command(ADMIN, "mod country US", "C0GENERAL");
    expect(textOf(country)).toContain("Country set to *US*");
    const [trusted] = await world.command(ADMIN, "mod resources trusted defaults on", "C0GENERAL");
    expect(textOf(trusted)).toContain("Added the shipped list");
    const [rules] = await world.command(ADMIN, "rules", "C0GENERAL");
    expect(textOf(rules)).toContain("Share your experience, not medical advice");
    const [crisis] = await world.command(ADMIN, "crisis", "C0GENERAL");
    expect(textOf(crisis)).toContain("988");
    const [tags] = await world.command(ADMIN, "tags", "C0GENERAL");
    expect(textOf(tags)).toContain("Caregiver");
  });
});
