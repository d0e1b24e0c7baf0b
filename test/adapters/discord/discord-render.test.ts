import { type APIStringSelectComponent, ComponentType } from "discord.js";
import { describe, expect, it } from "vitest";
import { projectCommands } from "../../../adapters/discord/commands.js";
import { customIdOf, escapeText, parseCustomId, renderView } from "../../../adapters/discord/views.js";
import { defineCommand } from "../../../core/commands/define.js";
import { arg, optional } from "../../../core/commands/params.js";
import { createRegistry } from "../../../core/commands/registry.js";
import type { View } from "../../../core/ports.js";
import { note } from "../../../core/views.js";

const json = (view: View) =>
  renderView(view).map((m) => ({
    content: m.content,
    embeds: m.embeds,
    components: m.components,
    files: m.files.length,
    allowedMentions: m.allowedMentions,
  }));

describe("Discord rendering", () => {
  it("splits long text under the embed and message limits, never pinging", () => {
    const items = Array.from({ length: 60 }, (_, i) => [{ text: `${i} ${"word ".repeat(60)}@everyone` }]);
    const messages = json({ blocks: [{ kind: "list", items, numbered: true }] });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      const total = m.embeds.reduce((n, e) => n + (e.description?.length ?? 0), 0);
      expect(total).toBeLessThanOrEqual(6000);
      for (const e of m.embeds) expect(e.description?.length).toBeLessThanOrEqual(4096);
      expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
    }
    const all = messages.flatMap((m) => m.embeds.map((e) => e.description)).join("");
    expect(all).not.toMatch(/@everyone/);
  });

  it("shows a link too long for a button (over 512 characters) as a link in the text", () => {
    const long = `https://example.org/guide?${"q=sleep&".repeat(70)}`;
    const [message] = json({
      blocks: [
        {
          kind: "buttons",
          buttons: [
            { label: "Short guide", url: "https://example.org/short" },
            { label: "Long guide", url: long },
          ],
        },
      ],
    });
    const buttons = message?.components.flatMap((row) => row.components) ?? [];
    expect(buttons).toEqual([
      expect.objectContaining({ label: "Short guide", url: "https://example.org/short" }),
    ]);
    expect(message?.embeds[0]?.description).toBe(`[Long guide](<${long}>)`);
  });

  it("pages a choice of more than 25 options into several menus, each its own page", () => {
    const options = Array.from({ length: 60 }, (_, i) => ({
      value: String(i),
      label: `Tag ${i}`,
      selected: i === 30,
    }));
    const [message, ...rest] = json({
      blocks: [
        { kind: "choice", action: "tags.pick@123456789012345678", placeholder: "Pick", multi: true, options },
      ],
    });
    expect(rest).toHaveLength(0);
    const menus = (message?.components ?? [])
      .map((row) => row.components[0])
      .filter((c): c is APIStringSelectComponent => c?.type === ComponentType.StringSelect);
    expect(menus).toHaveLength(3);
    expect(menus.map((m) => m.options.length)).toEqual([25, 25, 10]);
    expect(menus.map((m) => parseCustomId(m.custom_id).action)).toEqual(
      Array(3).fill("tags.pick@123456789012345678"),
    );
    expect(new Set(menus.map((m) => m.custom_id)).size).toBe(3);
    expect(message?.content).toBe("\u200b");
  });

  it("keeps a custom_id's owner suffix last and carries the guild for direct messages", () => {
    const id = customIdOf("rules.accept@42", 2, "123456789012345678");
    expect(id).toBe("g123456789012345678|p2|rules.accept@42");
    expect(parseCustomId(id)).toEqual({ groupId: "123456789012345678", action: "rules.accept@42" });
    expect(parseCustomId("rules.accept@42")).toEqual({ action: "rules.accept@42" });
    const rendered = json({
      blocks: [{ kind: "buttons", buttons: [{ label: "x", action: "a".repeat(101) }] }],
    });
    expect(rendered[0]?.components).toEqual([]);
  });

  it("escapes markdown, mentions, headings and subtext in user text", () => {
    expect(escapeText("# Big\n-# small\n> quote **b** _i_ `c` <t:1:R> </cmd:1>")).toBe(
      "\\# Big\n\\-# small\n> quote \\*\\*b\\*\\* \\_i\\_ \\`c\\` \\<t:1:R> \\</cmd:1>",
    );
    const [message] = json({
      blocks: [
        {
          kind: "text",
          text: [
            { text: "see", href: "javascript:alert(1)" },
            { text: "x", user: "123456789012345678" },
          ],
        },
      ],
    });
    expect(message?.embeds[0]?.description).toBe("see<@123456789012345678>");
  });

  it("sends files as attachments", () => {
    const [message] = renderView({
      blocks: [{ kind: "file", name: "my-data.json", mime: "application/json", content: "{}" }],
    });
    expect(message?.files).toHaveLength(1);
  });

  it("renders a private note as one embed", () => {
    expect(json(note([{ text: "Hello", style: "bold" }]))[0]?.embeds[0]?.description).toBe("**Hello**");
  });
});

describe("Discord command projection", () => {
  it("keeps /mod within 25 children and 8000 characters, moving the rest to mod-<name> commands", () => {
    const commands = Array.from({ length: 40 }, (_, i) =>
      ["add", "edit", "remove"].map((verb) =>
        defineCommand({
          path: `mod area${i} ${verb}`,
          audience: "moderator",
          description: "cmd.mod.welcome.set",
          section: "x",
          params: [
            optional(arg.text("note", "param.text", 100)),
            arg.integer("number", "param.number", 1, 9),
          ],
          handler: async () => note([]),
        }),
      ),
    ).flat();
    const projection = projectCommands(createRegistry(commands));
    const mod = projection.bodies.find((b) => b.name === "mod");
    expect(mod && "options" in mod ? mod.options?.length : 0).toBeLessThanOrEqual(25);
    const counted = (value: unknown): number =>
      Array.isArray(value)
        ? value.reduce((n: number, v) => n + counted(v), 0)
        : value && typeof value === "object"
          ? Object.entries(value).reduce(
              (n, [k, v]) =>
                n +
                (["name", "description", "value"].includes(k) && typeof v === "string"
                  ? v.length
                  : counted(v)),
              0,
            )
          : 0;
    for (const body of projection.bodies) expect(counted(body)).toBeLessThanOrEqual(8000);
    for (const command of commands) {
      const syntax = projection.syntax(command.path) ?? "";
      const [name = "", group, sub] = syntax.slice(1).split(" ");
      expect(
        projection.route(name, sub ? (group ?? null) : null, sub ?? group ?? null)?.command,
        command.path,
      ).toBe(command);
    }
    expect(projection.bodies.some((b) => b.name.startsWith("mod-"))).toBe(true);
    const first = mod && "options" in mod ? mod.options?.[0] : undefined;
    const sub = first && "options" in first ? first.options?.[0] : undefined;
    // Required options come first, as Discord requires.
    expect(sub && "options" in sub ? sub.options?.map((o) => o.name) : []).toEqual(["number", "note"]);
  });
});
