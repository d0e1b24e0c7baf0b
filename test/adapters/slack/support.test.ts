import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { interaction, messageShortcutPayload } from "../../fakes/slack-events.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import {
  ADMIN,
  buttonLabelled,
  GENERAL,
  MEMBER,
  NEWBIE,
  type SlackWorld,
  startSlackWorld,
  TEAM,
  textOf,
} from "./slack-world.js";

type Json = Record<string, unknown>;

const MODS = "C0MODS";
const ADMIN2 = "U0ADMIN2";
let database: Database;
let world: SlackWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await startSlackWorld({ db: database.prisma });
  world.fake.addUser({ id: ADMIN2, name: "bo", displayName: "Bo", isAdmin: true });
  await world.command(ADMIN, `mod channel set <#${MODS}|mods>`);
  await world.command(MEMBER, "rules");
  await world.command(NEWBIE, "rules");
});

afterAll(async () => {
  await world?.close();
  await database?.close();
});

const posts = () => world.fake.okCallsTo("chat.postMessage");
async function postedAfter(count: number, to: string): Promise<Json> {
  return until(
    `a message to ${to}`,
    () =>
      posts()
        .slice(count)
        .find((c) => c.args.channel === to)?.args,
  );
}

describe("Slack: anonymous questions", () => {
  it("reviewed, posted, answered in its thread, relayed to the asker, who answers under the pseudonym; a two-moderator reveal", async () => {
    const before = posts().length;
    const [asked] = await world.command(MEMBER, "ask Does anyone else get tired after infusions?");
    expect(asked?.response_type).toBe("ephemeral");
    const review = await postedAfter(before, MODS);
    expect(textOf(review)).toContain("infusions");
    expect(JSON.stringify(review)).not.toContain(MEMBER);
    const id = Number(/question (\d+)/i.exec(textOf(review))?.[1]);

    const beforeApprove = posts().length;
    await world.click(ADMIN, buttonLabelled(review, `Approve ${id}`), { channelId: MODS });
    const post = await postedAfter(beforeApprove, GENERAL);
    expect(textOf(post)).toContain(`Anonymous member · question ${id}`);
    expect(JSON.stringify(post)).not.toContain(MEMBER);
    const [stored] = await database.prisma.anonymousPost.findMany({ where: { questionId: id } });
    const questionTs = String(stored?.messageId);

    // A reply in the question's thread reaches the asker by direct message.
    const beforeReply = posts().length;
    await world.event({
      type: "message",
      user: NEWBIE,
      channel: GENERAL,
      text: "Yes, I nap after mine.",
      ts: "1700000999.000100",
      thread_ts: questionTs,
    });
    const relayed = await postedAfter(beforeReply, MEMBER);
    expect(textOf(relayed)).toContain("Yes, I nap after mine.");

    // The asker's answer is posted in the thread, under the pseudonym.
    const beforeAnswer = posts().length;
    await world.command(MEMBER, `followup ${id} Thank you, that helps.`);
    const answer = await postedAfter(beforeAnswer, GENERAL);
    expect(answer.thread_ts).toBe(questionTs);
    expect(textOf(answer)).toContain(`Anonymous member · question ${id}`);
    expect(JSON.stringify(answer)).not.toContain(MEMBER);

    const [first] = await world.command(ADMIN, `mod ask reveal ${id}`);
    expect(first?.response_type).toBe("ephemeral");
    expect(textOf(first)).toContain("Another moderator must agree");
    const [second] = await world.command(ADMIN2, `mod ask reveal ${id}`);
    expect(second?.response_type).toBe("ephemeral");
    expect(textOf(second)).toContain(`question ${id} was asked by <@${MEMBER}>`);
    expect(
      await database.prisma.auditEntry.count({ where: { action: "questions.reveal", actorId: ADMIN2 } }),
    ).toBe(1);
  });
});

describe("Slack: worried, content warnings, crisis follow-up", () => {
  it("the message shortcut sends the author a worried message that never names the sender", async () => {
    const before = posts().length;
    const payload = messageShortcutPayload(
      { teamId: TEAM, userId: NEWBIE },
      "pb.worried",
      GENERAL,
      "1700000001.000001",
    );
    payload.message = { type: "message", user: MEMBER, ts: "1700000001.000001", text: "I can't cope" };
    await world.send(interaction(payload));
    const toMember = await postedAfter(before, MEMBER);
    expect(textOf(toMember)).toContain("who cares about you asked us to check in");
    expect(JSON.stringify(toMember)).not.toContain(NEWBIE);
    const thanks = await postedAfter(before, NEWBIE);
    expect(textOf(thanks)).toContain("Thank you for looking out for them");
  });

  it("a content warning hides the text behind a Show button that reveals it ephemerally", async () => {
    const [post] = await world.command(NEWBIE, "cw surgery The scar *opened* again.");
    expect(post?.response_type).toBe("in_channel");
    expect(textOf(post)).toContain("Content warning: surgery");
    const blocks = (post?.blocks ?? []) as Json[];
    const section = blocks.find((b) => b.accessory);
    const show = section?.accessory as Json;
    expect((show.text as Json).text).toBe("Show");
    expect(JSON.stringify(blocks.map((b) => b.text))).not.toContain("scar");
    const [shown] = await world.click(ADMIN, { block_id: "auto", element: show }, { channelId: GENERAL });
    expect(shown?.response_type).toBe("ephemeral");
    expect(String(shown?.text)).toContain("The scar");
    expect(await database.prisma.auditEntry.count({ where: { detail: { contains: "scar" } } })).toBe(0);
  });

  it("a crisis heads-up is re-sent while unclaimed and claimed by one moderator", async () => {
    await world.command(ADMIN, "mod crisis alert on");
    const before = posts().length;
    await world.command(NEWBIE, "crisis");
    const alert = await postedAfter(before, MODS);
    expect(textOf(alert)).toContain("asked for crisis resources");
    await database.prisma.headsUp.updateMany({ data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    const beforeTick = posts().length;
    await world.engine.tick();
    const resent = await postedAfter(beforeTick, MODS);
    expect(textOf(resent)).toContain("nobody has said they will reach out");
    const beforeClaim = posts().length;
    const [claimed] = await world.click(ADMIN, buttonLabelled(alert, "I'll reach out"), { channelId: MODS });
    expect(textOf(claimed)).toContain("see that you are reaching out");
    expect(textOf(await postedAfter(beforeClaim, MODS))).toContain("reaching out is");
    const [late] = await world.click(ADMIN2, buttonLabelled(resent, "I'll reach out"), { channelId: MODS });
    expect(textOf(late)).toContain("already being followed up by");
  });
});
