import { describe, expect, it } from "vitest";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

/** What the engine sent privately to one user since `from`, as plain text. */
function directTo(userId: string, from: number): string[] {
  return t.h.port.recorded.direct
    .slice(from)
    .filter((d) => d.userId === userId)
    .map((d) => textOf(d.view));
}

describe("people hear back privately", () => {
  it("tells a suggester their link was approved, or rejected with the moderator's reason", async () => {
    const g = t.h.group("Peers");
    const alice = g.as("alice");
    await alice.run("suggest https://example.org/a Sleep tips");
    await alice.run("suggest https://example.org/b Miracle cure");
    const start = t.h.port.recorded.direct.length;
    const [approve] = buttonsOf(await g.mod.run("mod resources review"));
    await g.mod.press(approve?.action ?? "");
    const id = /#(\d+)/.exec(await g.mod.say("mod resources review"))?.[1];
    expect(await g.mod.say(`mod resources reject ${id} Not backed by evidence`)).toContain(`Rejected #${id}`);
    expect(directTo("alice", start)).toEqual([
      "Your suggestion Sleep tips was approved by the moderators of Peers: it is now in the library.",
      "Your suggestion Miracle cure was not added to the library of Peers. The moderators say: Not backed by evidence",
    ]);
    // Nothing about it was posted in the group.
    expect(t.h.port.recorded.posts.map((p) => textOf(p.view)).join("\n")).not.toContain("Miracle cure");
  });

  it("tells a reporter their report was handled, and a member about tags and warnings", async () => {
    const g = t.h.group("Peers");
    await g.as("bob").run("report Someone is selling pills");
    await g.mod.run("mod tags create Nurse self:no");
    const start = t.h.port.recorded.direct.length;
    const report = await t.db.report.findFirstOrThrow({ where: { reporter: { platformUserId: "bob" } } });
    await g.mod.press(`rep.ok:${report.id}`);
    await g.mod.run("mod tags give bob Nurse");
    await g.mod.run("mod tags take bob Nurse");
    await g.mod.run("mod warn bob Please be kind");
    const warning = await t.db.warning.findFirstOrThrow({ where: { member: { platformUserId: "bob" } } });
    expect(await g.mod.say(`mod unwarn bob ${warning.id}`)).toBe(
      `Warning #${warning.id} removed. The member was told privately.`,
    );
    expect(directTo("bob", start)).toEqual([
      `The moderators of Peers have handled your report #${report.id}. Thank you for telling them.`,
      "A moderator of Peers gave you the tag Nurse.",
      "A moderator of Peers took the tag Nurse from you.",
      "You received a warning from the moderators of Peers: Please be kind",
      "The moderators of Peers removed a warning you had received.",
    ]);
  });

  it("never falls back to the group when the private message cannot be delivered", async () => {
    const g = t.h.group("Peers");
    await g.as("carol").run("suggest https://example.org/c Quiet place");
    const port = t.h.port;
    const original = port.sendDirect;
    port.sendDirect = async () => false;
    const posts = port.recorded.posts.length;
    try {
      const id = /#(\d+)/.exec(await g.mod.say("mod resources review"))?.[1];
      expect(await g.mod.say(`mod resources reject ${id} Duplicate`)).toContain(`Rejected #${id}`);
    } finally {
      port.sendDirect = original;
    }
    expect(port.recorded.posts.slice(posts)).toEqual([]);
  });
});
