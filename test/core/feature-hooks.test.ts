import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineCommand, defineFeature, type Person } from "../../core/commands/define.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import type { Database } from "../../core/db/database.js";
import type { Engine } from "../../core/engine.js";
import { allFeatures } from "../../core/features/index.js";
import type { Actor, Place } from "../../core/ports.js";
import { en } from "../../core/text/catalog-en.js";
import { note, paragraph } from "../../core/views.js";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { createTestDatabase } from "../helpers/test-database.js";

/** A throwaway feature: everything it does is in this definition and the feature list. */
function throwaway() {
  const calls: string[] = [];
  const feature = defineFeature({
    name: "throwaway",
    commands: [
      defineCommand({
        path: "hello",
        description: "cmd.help",
        audience: "member",
        params: [],
        handler: async (ctx) => {
          calls.push("command");
          return note(ctx.t("help.title"));
        },
      }),
    ],
    onJoin: async () => {
      calls.push("onJoin");
      return [];
    },
    tick: async () => {
      calls.push("tick");
      return 7;
    },
    purge: async () => {
      calls.push("purge");
      return 2;
    },
    exportData: async (_services, person: Person) => {
      calls.push(`export:${person.userId}`);
      return { throwaways: [{ kept: true }] };
    },
    erase: async (_tx, person) => {
      calls.push(`erase:${person.userId}`);
    },
    homeSection: async (ctx) => {
      calls.push("home");
      return [paragraph(ctx.t("help.moderators"))];
    },
    configLines: async (ctx) => {
      calls.push("config");
      return [ctx.t("help.members")];
    },
    onRelocate: async (_tx, _platform, from, to) => {
      calls.push(`relocate:${from}->${to}`);
    },
  });
  return { feature, calls };
}

let database: Database;
let engine: Engine;
let calls: string[];
beforeAll(async () => {
  database = await createTestDatabase();
  const made = throwaway();
  calls = made.calls;
  engine = createPeerbridge({ db: database.prisma, features: [...allFeatures, made.feature] });
});
afterAll(async () => database.close());

describe("feature hooks", () => {
  const place: Place = { platform: "console", groupId: "hooks", channelId: "general" };
  const mod: Actor = { id: "mod", isPlatformAdmin: true };
  const run = (text: string, actor = mod, where = place) =>
    engine.dispatch({ type: "command", place: where, actor, text });

  it("has the engine call every hook a feature declares", async () => {
    expect(textOf(await run("hello"))).toContain("Commands you can use");
    expect(calls).toContain("command");
    await engine.dispatch({ type: "join", place, actor: { id: "ann", isPlatformAdmin: false } });
    expect(calls).toContain("onJoin");

    const report = await engine.tick();
    expect(report.throwaway).toBe(7);
    expect(report.purged).toBeGreaterThanOrEqual(2);
    expect(calls).toEqual(expect.arrayContaining(["tick", "purge"]));

    expect(textOf(await run("mod config"))).toContain("Everyone");
    expect(calls).toContain("config");

    expect(textOf([await engine.home({ place: { ...place, groupId: "hooks" }, actor: mod })])).toContain(
      "Moderators",
    );
    expect(calls).toContain("home");

    const data = await run("mydata", { id: "ann", isPlatformAdmin: false });
    const file = data[0]?.blocks.find((b) => b.kind === "file");
    expect(JSON.parse(file?.kind === "file" ? file.content : "{}").throwaway).toEqual({
      throwaways: [{ kept: true }],
    });
    expect(calls).toContain("export:ann");

    const ann = { id: "ann", isPlatformAdmin: false };
    const [forget] = buttonsOf(await run("forgetme", ann));
    await engine.dispatch({ type: "action", place, actor: ann, action: forget?.action ?? "" });
    expect(calls).toContain("erase:ann");

    await engine.relocateGroup("console", "hooks", "hooks-2");
    expect(calls).toContain("relocate:hooks->hooks-2");
  });

  it("derives a command's section from its feature and its description key from its path", () => {
    const feature = defineFeature({
      name: "derived",
      commands: [defineCommand({ path: "rules", audience: "member", params: [], handler: async () => [] })],
    });
    expect(feature.commands[0]).toMatchObject({ section: "derived", description: "cmd.rules" });
    for (const f of allFeatures) {
      for (const command of f.commands) {
        expect(command.section.length).toBeGreaterThan(0);
        expect(Object.keys(en), command.path).toContain(command.description);
      }
    }
  });
});
