import { describe, expect, it } from "vitest";
import { manualClock } from "../../core/clock.js";
import type { Responder } from "../../core/delivery.js";
import type { View } from "../../core/ports.js";
import { buttonsOf, type TestGroup, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const clock = manualClock(new Date("2027-03-01T09:00:00Z"));
const t = useHarness({ clock });
const MINUTE = 60_000;

function since(mark: number) {
  return t.h.port.recorded.posts.slice(mark);
}
const directSince = (mark: number) => t.h.port.recorded.direct.slice(mark);

async function withModChannel(name = "Support group") {
  const g = t.h.group(name);
  await g.mod.run("mod channel set mods");
  return g;
}

function fileOf(views: View[]) {
  const file = views[0]?.blocks.find((b) => b.kind === "file");
  return JSON.parse(file?.kind === "file" ? file.content : "{}");
}

async function forget(g: TestGroup, userId: string) {
  const confirm = await g.as(userId).run("forgetme");
  const forgetButton = buttonsOf(confirm).find((b) => b.label === "Forget me");
  await g.as(userId).press(forgetButton?.action ?? "");
}

/** Everything a community's rows say, as text: for "is this stored anywhere?" */
async function everyRow(): Promise<string> {
  const rows = await t.db.$queryRawUnsafe<{ t: string }[]>(
    `SELECT string_agg(x, '|') AS t FROM (
       SELECT to_jsonb(q)::text x FROM "AnonymousQuestion" q UNION ALL SELECT to_jsonb(p)::text FROM "AnonymousPost" p
       UNION ALL SELECT to_jsonb(h)::text FROM "HeadsUp" h UNION ALL SELECT to_jsonb(w)::text FROM "WorriedNote" w
       UNION ALL SELECT to_jsonb(o)::text FROM "WorriedOptOut" o UNION ALL SELECT to_jsonb(a)::text FROM "AuditEntry" a
       UNION ALL SELECT to_jsonb(r)::text FROM "Report" r UNION ALL SELECT to_jsonb(m)::text FROM "Member" m) s`,
  );
  return rows[0]?.t ?? "";
}

describe("anonymous questions", () => {
  it("goes through review, is posted under a pseudonym, relays replies both ways, and reveals only with two moderators", async () => {
    const g = await withModChannel();
    const mod2 = g.as("mod2", { admin: true });
    const asker = g.as("ana");
    const posts = t.h.port.recorded.posts.length;
    const asked = await asker.run("ask Does anyone else feel tired after infusions?");
    expect(asked[0]?.private).toBe(true);
    expect(textOf(asked)).toContain("goes to the moderators first");
    const review = since(posts);
    expect(review.map((p) => p.to.channelId)).toEqual(["mods"]);
    expect(textOf(review[0]?.view ?? { blocks: [] })).toContain("Does anyone else feel tired");
    expect(JSON.stringify(review)).not.toContain("ana");
    const id = Number(/question (\d+)/.exec(textOf(asked))?.[1] ?? /\((\d+)\)/.exec(textOf(asked))?.[1]);
    expect(id).toBeGreaterThan(0);

    // The queue is a moderator's personal view.
    const queue = await g.mod.run("mod ask queue");
    expect(queue.every((v) => v.personal)).toBe(true);
    expect(textOf(queue)).toContain("feel tired after infusions");

    const approve = buttonsOf(review.map((p) => p.view)).find((b) => b.label === `Approve ${id}`);
    const directs = t.h.port.recorded.direct.length;
    const afterReview = t.h.port.recorded.posts.length;
    expect(textOf(await g.mod.press(approve?.action ?? ""))).toContain("posted under its pseudonym");
    const posted = since(afterReview);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.to).toEqual({ groupId: g.groupId, channelId: "general" });
    expect(textOf(posted[0]?.view ?? { blocks: [] })).toContain(`Anonymous member · question ${id}`);
    expect(JSON.stringify(posted)).not.toContain("ana");
    expect(directSince(directs).map((d) => d.userId)).toEqual(["ana"]);
    // Posted: the text is no longer stored.
    expect((await t.db.anonymousQuestion.findUniqueOrThrow({ where: { id } })).text).toBeNull();
    expect(await g.mod.say(`mod ask approve ${id}`)).toContain("not waiting");

    // A reply in the question's thread reaches the asker privately.
    const questionMessage = `m${afterReview + 1}`;
    const beforeRelay = t.h.port.recorded.direct.length;
    expect(await g.as("ben").reply(questionMessage, "Yes, I nap after mine.")).toEqual([]);
    const relayed = directSince(beforeRelay);
    expect(relayed.map((d) => d.userId)).toEqual(["ana"]);
    expect(relayed[0]?.view.personal).toBe(true);
    expect(textOf(relayed[0]?.view ?? { blocks: [] })).toContain("Yes, I nap after mine.");
    expect(await everyRow()).not.toContain("nap after mine");
    // A reply to some other message is nobody's business.
    await g.as("ben").reply("m999999", "unrelated");
    expect(t.h.port.recorded.direct.length).toBe(beforeRelay + 1);

    // The asker answers from the private chat, under the pseudonym, in the thread.
    const beforeAnswer = t.h.port.recorded.posts.length;
    expect(textOf(await asker.dm(`followup ${id} Thank you, that helps.`))).toContain("pseudonym");
    const answer = since(beforeAnswer);
    expect(answer[0]?.to).toEqual({ groupId: g.groupId, channelId: "general", replyTo: questionMessage });
    expect(textOf(answer[0]?.view ?? { blocks: [] })).toContain(`Anonymous member · question ${id}`);
    expect(JSON.stringify(answer)).not.toContain("ana");
    expect(await g.as("ben").say(`followup ${id} I'm not the asker`)).toContain(`no open question ${id}`);
    // Replies to the pseudonym's answer are relayed too.
    await g.as("ben").reply(`m${beforeAnswer + 1}`, "Glad to help");
    expect(textOf(t.h.port.recorded.direct.at(-1)?.view ?? { blocks: [] })).toContain("Glad to help");

    // Reveal: one moderator asks, the same one again is not enough, a second one agrees.
    expect(await g.as("ben").say(`mod ask reveal ${id}`)).toContain("Only moderators");
    expect(await g.mod.say(`mod ask reveal ${id}`)).toContain("Another moderator must agree");
    expect(await g.mod.say(`mod ask reveal ${id}`)).toContain("Another moderator must agree");
    const revealed = await mod2.run(`mod ask reveal ${id}`);
    expect(revealed[0]?.personal).toBe(true);
    expect(textOf(revealed)).toBe(`Two moderators agreed: question ${id} was asked by ana`);
    const audit = await t.db.auditEntry.findMany({
      where: { action: { startsWith: "questions." } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual(
      expect.arrayContaining([
        ["questions.approve", "mod"],
        ["questions.reveal.request", "mod"],
        ["questions.reveal", "mod2"],
      ]),
    );
    expect(audit.map((a) => a.detail).join(" ")).not.toContain("ana");

    // In /mydata while open; after /forgetme nothing links ana to the question.
    const data = fileOf(await asker.run("mydata"));
    expect(data.anonymous.anonymousQuestions).toMatchObject([{ question: id, status: "posted", text: null }]);
    await forget(g, "ana");
    expect(await t.db.anonymousQuestion.count({ where: { id } })).toBe(0);
    expect(await t.db.anonymousPost.count({ where: { questionId: id } })).toBe(0);
    const beforeLate = t.h.port.recorded.direct.length;
    await g.as("ben").reply(questionMessage, "still there?");
    expect(t.h.port.recorded.direct.length).toBe(beforeLate);
  });

  it("rejects with a reason told only to the asker, deleting the question, and limits questions a day", async () => {
    const g = await withModChannel();
    const cara = g.as("cara");
    await cara.run("ask First question");
    const id = (await t.db.anonymousQuestion.findFirstOrThrow({ where: { text: "First question" } })).id;
    const directs = t.h.port.recorded.direct.length;
    expect(await g.mod.say(`mod ask reject ${id} Please ask your doctor about dosages`)).toContain(
      "turned down",
    );
    expect(directSince(directs)).toMatchObject([{ userId: "cara" }]);
    expect(textOf(directSince(directs)[0]?.view ?? { blocks: [] })).toContain("Please ask your doctor");
    expect(await t.db.anonymousQuestion.count({ where: { id } })).toBe(0);
    // Three waiting or open questions a day (a rejected one is deleted, so it no longer counts).
    await cara.run("ask Second");
    await cara.run("ask Third");
    await cara.run("ask Fourth");
    expect(await cara.say("ask Fifth")).toContain("asked 3 questions in the last day");
    clock.advance(25 * 60 * MINUTE);
    expect(await cara.say("ask Sixth")).toContain("goes to the moderators first");
  });

  it("closes questions after the moderators' number of days: the link to the asker goes", async () => {
    const g = await withModChannel();
    expect(await g.mod.say("mod ask days 2")).toContain("2 days");
    await g.as("dev").run("ask Short-lived?");
    const q = await t.db.anonymousQuestion.findFirstOrThrow({ where: { text: "Short-lived?" } });
    await g.mod.run(`mod ask approve ${q.id}`);
    clock.advance(3 * 24 * 60 * MINUTE);
    await t.h.engine.tick();
    expect(await t.db.anonymousQuestion.count({ where: { id: q.id } })).toBe(0);
  });

  it("asked in a private chat goes to the member's group, or asks which one when there are several", async () => {
    const a = await withModChannel("Alpha");
    const b = await withModChannel("Beta");
    await a.as("eve").join();
    const posts = t.h.port.recorded.posts.length;
    expect(textOf(await a.as("eve").dm("ask Only one group?"))).toContain("goes to the moderators first");
    expect(since(posts)[0]?.to.groupId).toBe(a.groupId);
    await b.as("eve").join();
    const pick = await a.as("eve").dm("ask Which group?");
    expect(pick[0]?.personal).toBe(true);
    const beta = buttonsOf(pick).find((x) => x.label === "Beta");
    expect(buttonsOf(pick).map((x) => x.label)).toEqual(["Alpha", "Beta"]);
    const before = t.h.port.recorded.posts.length;
    expect(
      await g0(b)
        .as("mallory")
        .press(beta?.action ?? ""),
    ).toMatchObject([{ private: true }]);
    expect(t.h.port.recorded.posts.length).toBe(before);
    await t.h.engine.dispatch({
      type: "action",
      place: { platform: "console", channelId: "dm-eve" },
      actor: { id: "eve", isPlatformAdmin: false },
      action: beta?.action ?? "",
    });
    expect(since(before).map((p) => p.to.groupId)).toEqual([b.groupId]);
  });
});

const g0 = (g: TestGroup) => g;

describe("I'm worried about someone", () => {
  it("sends a warm private message with the crisis resources that never names who asked, thanks the asker, and cools down", async () => {
    const g = await withModChannel();
    await g.mod.run("mod crisis set Call the helpline on 0800 123 456.");
    await g.as("fay").join();
    const directs = t.h.port.recorded.direct.length;
    const posts = t.h.port.recorded.posts.length;
    const thanks = await g.as("gus").run("worried fay");
    expect(thanks[0]?.private).toBe(true);
    expect(textOf(thanks)).toContain("Thank you for looking out for them");
    const sent = directSince(directs);
    expect(sent.map((d) => d.userId)).toEqual(["fay"]);
    expect(sent[0]?.view.personal).toBe(true);
    expect(textOf(sent[0]?.view ?? { blocks: [] })).toContain("Call the helpline on 0800 123 456.");
    expect(textOf(sent[0]?.view ?? { blocks: [] })).toContain(
      "Someone in **Support group**".replaceAll("**", ""),
    );
    expect(JSON.stringify(sent)).not.toContain("gus");
    expect(since(posts)).toEqual([]);
    expect(await everyRow()).not.toMatch(/"gus"/);
    // The cooldown: one message a day, the same thanks to the asker.
    expect(textOf(await g.as("hal").run("worried fay"))).toBe(textOf(thanks));
    expect(t.h.port.recorded.direct.length).toBe(directs + 1);
    clock.advance(25 * 60 * MINUTE);
    await g.as("hal").run("worried fay");
    expect(t.h.port.recorded.direct.length).toBe(directs + 2);
    // Opting out.
    expect(await g.as("fay").say("checkins off")).toContain("won't get messages");
    clock.advance(25 * 60 * MINUTE);
    await g.as("gus").run("worried fay");
    expect(t.h.port.recorded.direct.length).toBe(directs + 2);
    expect(fileOf(await g.as("fay").run("mydata")).worried).toMatchObject({ worriedMessagesTurnedOff: true });
    await forget(g, "fay");
    expect(await t.db.worriedOptOut.count({ where: { platformUserId: "fay" } })).toBe(0);
    expect(await t.db.worriedNote.count({ where: { platformUserId: "fay" } })).toBe(0);
    expect(await g.as("gus").say("worried nobody")).toContain("I don't know nobody");
    expect(textOf(await g.as("gus").dm("worried nobody"))).toContain("can't find that member");
  });

  it("gives moderators a heads-up with follow-up buttons when the community enabled it", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod worried alert on")).not.toContain("Set one first");
    await g.mod.run("mod channel set mods");
    await g.mod.run("mod worried alert on");
    await g.as("ida").join();
    const posts = t.h.port.recorded.posts.length;
    await g.as("jay").run("worried ida");
    const alert = since(posts);
    expect(alert.map((p) => p.to.channelId)).toEqual(["mods"]);
    expect(textOf(alert[0]?.view ?? { blocks: [] })).toContain("worried about someone");
    expect(JSON.stringify(alert)).not.toContain("jay");
    expect(buttonsOf(alert.map((a) => a.view)).map((b) => b.label)).toEqual(["I'll reach out", "Handled"]);
  });

  it("removes the command message where the platform shows it", async () => {
    const g = t.h.group();
    await g.as("kit").join();
    const removed: string[] = [];
    await t.h.engine.respond(
      {
        type: "command",
        place: { platform: "console", groupId: g.groupId, channelId: "general" },
        actor: { id: "lou", isPlatformAdmin: false },
        text: "worried kit",
      },
      sharedPlace(removed, "77"),
    );
    expect(removed).toEqual(["77"]);
  });
});

describe("crisis follow-up", () => {
  it("is claimed by the first moderator, shown to the others, re-sent when unclaimed, listed until handled, purged with retention", async () => {
    const g = await withModChannel();
    // Other tests' heads-ups are re-sent by the same ticks: only this group's posts count here.
    const ours = () => t.h.port.recorded.posts.filter((p) => p.to.groupId === g.groupId);
    await g.mod.run("mod crisis alert on");
    const mod2 = g.as("mod2", { admin: true });
    expect(await g.mod.say("mod crisis remind 20")).toContain("after 20 minutes");
    await t.h.engine.tick();
    const posts = ours().length;
    await g.as("max").run("crisis");
    const alert = ours().slice(posts);
    expect(alert.map((p) => p.to.channelId)).toEqual(["mods"]);
    const [claim, handled] = buttonsOf(alert.map((a) => a.view));
    expect(claim?.label).toBe("I'll reach out");
    // A second /crisis within the hour raises no second heads-up.
    await g.as("max").run("crisis");
    expect(ours().length).toBe(posts + 1);

    // Unclaimed after 20 minutes: sent again, once per delay.
    clock.advance(10 * MINUTE);
    await t.h.engine.tick();
    expect(ours().length).toBe(posts + 1);
    clock.advance(11 * MINUTE);
    await t.h.engine.tick();
    const again = ours().slice(posts + 1);
    expect(again.map((p) => p.to.channelId)).toEqual(["mods"]);
    expect(textOf(again[0]?.view ?? { blocks: [] })).toContain("nobody has said they will reach out");
    await t.h.engine.tick();
    expect(ours().length).toBe(posts + 2);

    expect(textOf(await g.mod.run("mod crisis open"))).toContain("crisis resources asked for by max");
    expect(await g.as("max").say("mod crisis open")).toContain("Only moderators");
    expect(await g.as("max").press(claim?.action ?? "")).toMatchObject([{ private: true }]);

    const beforeClaim = ours().length;
    expect(textOf(await g.mod.press(claim?.action ?? ""))).toContain("see that you are reaching out");
    expect(textOf(ours().slice(beforeClaim)[0]?.view ?? { blocks: [] })).toContain("reaching out is mod");
    expect(textOf(await mod2.press(claim?.action ?? ""))).toContain("already being followed up by mod");
    clock.advance(60 * MINUTE);
    await t.h.engine.tick();
    expect(ours().length).toBe(beforeClaim + 1);
    expect(textOf(await g.mod.run("mod crisis open"))).toContain("reaching out: mod");

    await mod2.press(handled?.action ?? "");
    expect(await g.mod.say("mod crisis open")).toContain("every one has been handled");
    expect(await mod2.say(`mod crisis open`)).toContain("every one has been handled");
    expect(fileOf(await g.as("max").run("mydata")).safety.headsUpsAboutYou).toHaveLength(1);
    // Nothing the member said is stored, and the record goes with the retention period.
    clock.advance(91 * 24 * 60 * MINUTE);
    await t.h.engine.tick();
    expect(await t.db.headsUp.count({ where: { platformUserId: "max" } })).toBe(0);
  });

  it("forgetting the member deletes heads-ups about them", async () => {
    const g = await withModChannel();
    await g.mod.run("mod crisis alert on");
    await g.as("ned").run("crisis");
    expect(await t.db.headsUp.count({ where: { platformUserId: "ned" } })).toBe(1);
    await forget(g, "ned");
    expect(await t.db.headsUp.count({ where: { platformUserId: "ned" } })).toBe(0);
  });
});

describe("content warnings", () => {
  it("reposts the text behind a spoiler labelled with the topic, removes the original, stores nothing", async () => {
    const g = t.h.group();
    const views: View[] = [];
    const removed: string[] = [];
    await t.h.engine.respond(
      {
        type: "command",
        place: { platform: "console", groupId: g.groupId, channelId: "general" },
        actor: { id: "oli", isPlatformAdmin: false },
        text: "cw surgery The scar opened again last night and I panicked.",
      },
      { ...sharedPlace(removed, "42"), reply: async (v) => void views.push(v) },
    );
    expect(views).toHaveLength(1);
    expect(views[0]?.private).toBeUndefined();
    expect(views[0]?.blocks).toEqual([
      {
        kind: "spoiler",
        label: [
          { text: "⚠️ " },
          { text: "Content warning: surgery", style: "bold" },
          { text: " · shared by " },
          { text: "oli", user: "oli" },
        ],
        text: "The scar opened again last night and I panicked.",
        show: "Show",
      },
    ]);
    expect(removed).toEqual(["42"]);
    expect(await everyRow()).not.toContain("scar opened");
    expect(await g.as("oli").say("cw")).toContain("missing");
    await forget(g, "oli");
    expect(await t.db.member.count({ where: { platformUserId: "oli" } })).toBe(0);
  });
});

/** A group chat as an adapter answers in it: replies dropped, the command message removable. */
function sharedPlace(removed: string[], messageId: string): Responder {
  return {
    shared: true,
    reply: async () => {},
    ephemeral: async () => true,
    removeCommand: async () => {
      removed.push(messageId);
      return true;
    },
  };
}
