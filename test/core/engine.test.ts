import { describe, expect, it } from "vitest";
import { defineCommand, type Feature } from "../../core/commands/define.js";
import { arg, optional } from "../../core/commands/params.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import { createLogger } from "../../core/log.js";
import { textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => lines.push(line) } };
}

describe("engine", () => {
  it("turns a failing handler into an apology, logs it once without the user's text or id", async () => {
    const logs = capture();
    const boom: Feature = {
      name: "boom",
      commands: [
        defineCommand({
          path: "boom",
          audience: "member",
          description: "cmd.help",
          section: "test",
          params: [optional(arg.text("words", "param.text", 100))],
          async handler() {
            throw new Error("kaboom");
          },
        }),
      ],
    };
    const engine = createPeerbridge({
      db: t.db,
      features: [boom],
      log: createLogger({ destination: logs.destination }),
    });
    const views = await engine.dispatch({
      type: "command",
      place: { platform: "console", groupId: "boom-group", channelId: "c" },
      actor: { id: "user-12345", isPlatformAdmin: false },
      text: "boom secret words",
    });
    expect(textOf(views)).toContain("Sorry, something went wrong on our side. Nothing was changed");
    expect(views[0]?.private).toBe(true);
    expect(logs.lines).toHaveLength(1);
    expect(logs.lines[0]).toContain("kaboom");
    expect(logs.lines[0]).not.toContain("secret words");
    expect(logs.lines[0]).not.toContain("user-12345");
  });

  it("creates a group with its own community on first sight, once under concurrency", async () => {
    const g = t.h.group("Race");
    await Promise.all(Array.from({ length: 10 }, (_, i) => g.as(`u${i}`).run("rules")));
    const groups = await t.db.group.findMany({ where: { platformGroupId: g.groupId } });
    expect(groups).toHaveLength(1);
  });

  it("records every joining member once when many join and accept at the same moment", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    const people = Array.from({ length: 20 }, (_, i) => g.as(`p${i}`));
    await Promise.all(people.map(async (p) => Promise.all([p.join(), p.join(), p.run("agree")])));
    const members = await t.db.member.findMany({ where: { group: { platformGroupId: g.groupId } } });
    expect(members.filter((m) => m.platformUserId.startsWith("p"))).toHaveLength(20);
  });
});

describe("relocating a group", () => {
  it("moves a group's data to its new platform id", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    await t.h.engine.relocateGroup(g.platform, g.groupId, `${g.groupId}-new`);
    const moved = await t.h.engine.dispatch({
      type: "command",
      place: { platform: g.platform, groupId: `${g.groupId}-new`, channelId: "c" },
      actor: { id: "x", isPlatformAdmin: false },
      text: "rules",
    });
    expect(textOf(moved)).toContain("1. Be kind");
  });
});
