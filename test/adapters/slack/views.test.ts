import { describe, expect, it } from "vitest";
import { escapeMrkdwn, inert, toMrkdwn } from "../../../adapters/slack/mrkdwn.js";
import {
  fallbackText,
  MESSAGE_BLOCKS,
  messagePages,
  offeredValues,
  renderBlocks,
  SURFACE_BLOCKS,
  surfaceBlocks,
  userRefs,
} from "../../../adapters/slack/views.js";
import type { Block, ChoiceOption, View } from "../../../core/ports.js";
import { blockProblems } from "../../fakes/slack-block-limits.js";

type Json = Record<string, unknown>;

const para = (text: string): Block => ({ kind: "text", text: [{ text }] });
const options = (n: number, value = (i: number) => String(1000 + i)): ChoiceOption[] =>
  Array.from({ length: n }, (_, i) => ({ value: value(i), label: `Tag ${i}`, selected: i % 7 === 0 }));

function sectionTexts(blocks: unknown[]): string[] {
  return (blocks as Json[]).filter((b) => b.type === "section").map((b) => String((b.text as Json).text));
}

describe("Block Kit rendering within Slack's limits", () => {
  it("splits a long view into messages of at most 50 blocks, each one Slack accepts", () => {
    const view: View = { blocks: Array.from({ length: 120 }, (_, i) => para(`Line ${i}`)) };
    const pages = messagePages(view, { mentions: false });
    expect(pages.map((p) => p.blocks.length)).toEqual([MESSAGE_BLOCKS, MESSAGE_BLOCKS, 20]);
    for (const page of pages) expect(blockProblems(page.blocks, MESSAGE_BLOCKS)).toEqual([]);
    expect(sectionTexts(pages.flatMap((p) => p.blocks)).join("\n")).toContain("Line 119");
  });

  it("splits text longer than a section (3000 characters) at line breaks, losing nothing", () => {
    const items = Array.from({ length: 300 }, (_, i) => [
      { text: `Resource number ${i} with a description` },
    ]);
    const blocks = renderBlocks([{ blocks: [{ kind: "list", items, numbered: true, start: 11 }] }], {
      mentions: false,
    });
    expect(blocks.length).toBeGreaterThan(3);
    expect(blockProblems(blocks, 100)).toEqual([]);
    const text = sectionTexts(blocks).join("\n");
    expect(text).toContain("11. Resource number 0 with");
    expect(text).toContain("310. Resource number 299 with");
    const huge = renderBlocks([{ blocks: [para("word ".repeat(2000))] }], { mentions: false });
    expect(blockProblems(huge, 100)).toEqual([]);
    expect(sectionTexts(huge).join(" ").split("word").length - 1).toBe(2000);
  });

  it("offers more than 100 options in several menus, each naming what it offered", () => {
    const many = options(230, (i) => String(100000 + i));
    const blocks = renderBlocks(
      [
        {
          blocks: [
            { kind: "choice", action: "tags.pick@U1", placeholder: "Choose", multi: true, options: many },
          ],
        },
      ],
      { mentions: false },
    ) as unknown as Json[];
    expect(blockProblems(blocks, 100)).toEqual([]);
    expect(blocks.length).toBeGreaterThan(2);
    const offered = blocks.flatMap((b) => offeredValues(String(b.block_id)) ?? []);
    expect(offered).toEqual(many.map((o) => o.value));
    for (const block of blocks) {
      const element = (block.elements as Json[])[0] as Json;
      expect(element.type).toBe("multi_static_select");
      expect(element.action_id).toBe("tags.pick@U1");
      const shown = (element.options as Json[]).map((o) => o.value);
      expect(offeredValues(String(block.block_id))).toEqual(shown);
      const initial = ((element.initial_options ?? []) as Json[]).map((o) => o.value);
      expect(initial.every((v) => shown.includes(v))).toBe(true);
    }
  });

  it("round-trips option values with commas and colons, and single choices", () => {
    const odd = [
      { value: "a,b", label: "A", selected: true },
      { value: "c:d", label: "C", selected: false },
    ];
    const [block] = renderBlocks(
      [{ blocks: [{ kind: "choice", action: "pick", placeholder: "P", multi: false, options: odd }] }],
      { mentions: false },
    ) as unknown as Json[];
    expect(offeredValues(String(block?.block_id))).toEqual(["a,b", "c:d"]);
    const element = ((block?.elements ?? []) as Json[])[0] as Json;
    expect(element.type).toBe("static_select");
    expect((element.initial_option as Json).value).toBe("a,b");
  });

  it("clips button labels to 75 characters and groups at most 25 buttons per block", () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({
      label: `${"Long label ".repeat(10)}${i}`,
      action: `x.y:${i}`,
    }));
    const blocks = renderBlocks([{ blocks: [{ kind: "buttons", buttons }] }], {
      mentions: false,
    }) as unknown as Json[];
    expect(blocks.map((b) => (b.elements as Json[]).length)).toEqual([25, 5]);
    expect(blockProblems(blocks, 50)).toEqual([]);
    const values = blocks.flatMap((b) => (b.elements as Json[]).map((e) => e.value));
    expect(values).toEqual(buttons.map((b) => b.action));
  });

  it("renders link buttons only for web URLs", () => {
    const blocks = renderBlocks(
      [
        {
          blocks: [
            {
              kind: "buttons",
              buttons: [
                { label: "Open", url: "https://example.org/a" },
                { label: "Evil", url: "javascript:alert(1)" },
              ],
            },
          ],
        },
      ],
      { mentions: false },
    ) as unknown as Json[];
    const elements = (blocks[0]?.elements ?? []) as unknown as Json[];
    expect(elements).toHaveLength(1);
    expect(elements[0]?.url).toBe("https://example.org/a");
  });

  it("keeps the App Home within 100 blocks and its own buttons whole", () => {
    const view: View = { blocks: Array.from({ length: 150 }, (_, i) => para(`Item ${i}`)) };
    const extra = [{ type: "divider" as const }];
    const blocks = surfaceBlocks([view], extra);
    expect(blocks).toHaveLength(SURFACE_BLOCKS);
    expect(blocks.at(-1)).toEqual({ type: "divider" });
  });

  it("shows a file's content as text, escaped", () => {
    const blocks = renderBlocks(
      [
        {
          blocks: [
            { kind: "file", name: "my-data.json", mime: "application/json", content: '{"a":"<!channel>"}' },
          ],
        },
      ],
      { mentions: false },
    );
    const text = sectionTexts(blocks).join("\n");
    expect(text).toContain("my-data.json");
    expect(text).toContain("&lt;!channel&gt;");
  });
});

describe("mrkdwn", () => {
  it("escapes &, < and > and neutralises formatting in user text", () => {
    expect(escapeMrkdwn("a & <b> c")).toBe("a &amp; &lt;b&gt; c");
    expect(inert("*bold*")).not.toMatch(/(^|\s)\*bold\*/);
    expect(inert("> quote")).not.toMatch(/^&gt;/);
  });

  it("styles core text and links only safe URLs", () => {
    expect(
      toMrkdwn([{ text: "Rules", style: "bold" }, { text: " of " }, { text: "A&B", style: "italic" }], {
        mentions: false,
      }),
    ).toBe("*Rules* of _A&amp;B_");
    expect(toMrkdwn([{ text: "guide", href: "https://example.org/a|b" }], { mentions: false })).toBe(
      "<https://example.org/a%7Cb|guide>",
    );
    expect(toMrkdwn([{ text: "x", href: "javascript:alert(1)" }], { mentions: false })).toBe("x");
  });

  it("mentions a user only where allowed, else names them in plain text", () => {
    const ref = [{ text: "U0MAX", user: "U0MAX" }];
    expect(toMrkdwn(ref, { mentions: true })).toBe("<@U0MAX>");
    expect(toMrkdwn(ref, { mentions: false })).toBe("U0MAX");
    expect(toMrkdwn(ref, { mentions: false, names: new Map([["U0MAX", "<!here> Max"]]) })).toBe(
      "@&lt;!here&gt; Max",
    );
    expect(toMrkdwn([{ text: "x", user: "<!channel>" }], { mentions: true })).toBe("x");
    expect(userRefs([{ blocks: [{ kind: "list", numbered: false, items: [ref] }] }])).toEqual(["U0MAX"]);
  });

  it("gives every message a short, escaped fallback text", () => {
    expect(fallbackText({ blocks: [para("<!everyone> hi")] })).toBe("&lt;!everyone&gt; hi");
    expect(fallbackText({ blocks: [para("x".repeat(5000))] }).length).toBeLessThanOrEqual(300);
  });
});
