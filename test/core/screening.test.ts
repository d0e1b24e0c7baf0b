import { describe, expect, it } from "vitest";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

async function screened(name = "Screened group") {
  const g = t.h.group(name);
  expect(await g.mod.say("mod screening on")).toContain("Set the join questions first");
  expect(
    await g.mod.say(
      "mod screening questions Why are you joining? | Patient or caregiver? | How did you find us?",
    ),
  ).toContain("Join questions saved (questions: 3)");
  expect(await g.mod.say("mod screening on")).toContain("Screening on");
  await g.mod.run("mod channel set mods");
  return g;
}

async function answerAll(g: Awaited<ReturnType<typeof screened>>, userId: string) {
  const who = g.as(userId);
  expect(await who.say("answer I was diagnosed last year")).toContain("Question 2 of 3");
  expect(await who.say("answer Patient")).toContain("Question 3 of 3");
  expect(await who.say("answer A nurse told me")).toContain("The moderators will look at your answers soon");
  expect(await who.say("answer one more")).toContain("no question waiting");
}

async function applicantsOf(userId: string) {
  return t.db.applicant.count({ where: { platformUserId: userId } });
}

describe("newcomer screening", () => {
  it("refuses a fourth question and keeps the questions as they were", async () => {
    const g = await screened();
    expect(await g.mod.say("mod screening questions A? | B? | C? | D?")).toContain(
      "at most 3 join questions; you gave 4",
    );
    expect(await g.mod.say("mod screening questions  |  ")).toContain("at least one question");
    const shown = await g.mod.say("mod screening show");
    expect(shown).toContain("1. Why are you joining?");
    expect(shown).toContain("3. How did you find us?");
    expect(await g.mod.say("mod screening on")).toContain("already on");
  });

  it("a join request: questions privately, answers for moderators only, approval lets them in, answers deleted", async () => {
    const g = await screened("Request group");
    const asked = await g.as("nina").request();
    expect(asked).toHaveLength(1);
    expect(asked[0]?.personal).toBe(true);
    expect(textOf(asked)).toContain("Question 1 of 3: Why are you joining?");
    expect(textOf(asked)).toContain("/answer");
    const posts = t.h.port.recorded.posts.length;
    await answerAll(g, "nina");
    const alert = t.h.port.recorded.posts.slice(posts);
    expect(alert.map((a) => a.to.channelId)).toEqual(["mods"]);
    expect(textOf(alert.map((a) => a.view))).not.toContain("diagnosed");

    const review = await g.mod.run("mod screening review");
    expect(review[0]?.personal).toBe(true);
    expect(textOf(review)).toContain("Why are you joining? I was diagnosed last year");
    expect(textOf(review)).toContain("Asked to join with a join request");
    const approve = buttonsOf(review).find((b) => b.label === "Approve")?.action ?? "";
    expect(textOf(await g.as("mia").press(approve))).toMatch(/^Only moderators can use/);
    expect(textOf(await g.mod.press(approve))).toContain("Approved; their answers are deleted");
    expect(t.h.port.recorded.requests).toContain("approve:nina");
    expect(textOf(t.h.port.recorded.direct.at(-1)?.view ?? { blocks: [] })).toContain("let you in");
    expect(await applicantsOf("nina")).toBe(0);
    expect(textOf(await g.mod.press(approve))).toContain("already decided");

    // Joining after the approval is not screened again.
    const joined = await g.as("nina").join();
    expect(textOf(joined)).not.toContain("Question 1");
    expect(await applicantsOf("nina")).toBe(0);
    const audit = await t.db.auditEntry.findMany({ where: { action: { startsWith: "screening." } } });
    expect(audit.some((a) => a.action === "screening.approve" && !a.detail.includes("nina"))).toBe(true);
  });

  it("a declined join request stays out and its answers are gone", async () => {
    const g = await screened("Decline group");
    await g.as("sam").request();
    await answerAll(g, "sam");
    const review = await g.mod.run("mod screening review");
    const decline = buttonsOf(review).find((b) => b.label === "Decline")?.action ?? "";
    expect(textOf(await g.mod.press(decline))).toContain("Declined; their answers are deleted");
    expect(t.h.port.recorded.requests).toContain("decline:sam");
    expect(await applicantsOf("sam")).toBe(0);
    expect(textOf(await g.mod.press(decline))).toContain("already decided");
  });

  it("a newcomer who joined is held back and granted access only on approval, even after accepting the rules", async () => {
    const g = await screened("Gate group");
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod gate on");
    const access = t.h.port.recorded.access.length;
    const views = await g.as("lee").join();
    expect(textOf(views)).toContain("Question 1 of 3");
    await g.as("lee").run("agree");
    const granted = () =>
      t.h.port.recorded.access.slice(access).filter((a) => a.userId === "lee" && a.allowed).length;
    expect(granted()).toBe(0);
    await answerAll(g, "lee");
    const review = await g.mod.run("mod screening review");
    expect(textOf(review)).toContain("Joined and is held back until approved");
    await g.mod.press(buttonsOf(review).find((b) => b.label === "Approve")?.action ?? "");
    expect(granted()).toBe(1);
    expect(await applicantsOf("lee")).toBe(0);
  });

  it("shows the account's age to moderators as a hint", async () => {
    const g = await screened("Age group");
    const place = { platform: "console" as const, groupId: g.groupId, channelId: "general" };
    await t.h.engine.dispatch({
      type: "join",
      place,
      actor: { id: "fresh", isPlatformAdmin: false, accountCreatedAt: new Date("2026-11-30T10:00:00Z") },
    });
    const review = await g.mod.say("mod screening review");
    expect(review).toContain("Account created Nov 30, 2026: a hint only");
    expect(review).toContain("(not answered yet)");
  });

  it("exports the answers with /mydata and erases them with /forgetme", async () => {
    const g = await screened("Privacy group");
    await g.as("pat").request();
    await g.as("pat").run("answer My own words");
    const views = await g.as("pat").run("mydata");
    const file = views[0]?.blocks.find((b) => b.kind === "file");
    const data = JSON.parse(file?.kind === "file" ? file.content : "{}");
    expect(data.screening.applications).toEqual([
      expect.objectContaining({
        via: "request",
        answers: [{ question: "Why are you joining?", answer: "My own words" }],
      }),
    ]);
    const confirm = await g.as("pat").run("forgetme");
    await g.as("pat").press(buttonsOf(confirm).find((b) => b.label === "Forget me")?.action ?? "");
    expect(await applicantsOf("pat")).toBe(0);
  });

  it("asks nothing when screening is off", async () => {
    const g = t.h.group();
    expect(await g.as("zed").request()).toEqual([]);
    expect(textOf(await g.as("zed").join())).not.toContain("Question");
    expect(await applicantsOf("zed")).toBe(0);
  });
});
