import { describe, expect, it } from "vitest";
import { createCallbackCodec } from "../../../adapters/telegram/callback-data.js";
import { parseDeepLink } from "../../../adapters/telegram/deep-links.js";
import { type Outgoing, renderView } from "../../../adapters/telegram/views.js";
import type { View } from "../../../core/ports.js";
import { parseTelegramHtml } from "../../fakes/telegram-html.js";

const options = (inGroup: boolean, groupId?: string) => ({
  inGroup,
  ...(groupId ? { groupId } : {}),
  codec: createCallbackCodec(),
  nameOf: (id: string) => (id === "42" ? "Ann <3" : undefined),
});

function texts(out: Outgoing[]): string[] {
  return out.flatMap((o) => {
    if (o.kind !== "text") return [];
    const parsed = parseTelegramHtml(o.html);
    if ("error" in parsed) throw new Error(parsed.error);
    return [parsed.text];
  });
}

describe("Telegram rendering", () => {
  it("escapes every string, keeps styles and safe links, and names users without a mention", () => {
    const view: View = {
      blocks: [
        {
          kind: "text",
          text: [
            { text: "<b>not bold</b> & ", style: "bold" },
            { text: "site", href: "https://example.org/?a=1&b=<2>" },
            { text: " evil", href: "javascript:alert(1)" },
            { text: " " },
            { text: "42", user: "42" },
            { text: "\u202eoverride\u0007" },
          ],
        },
      ],
    };
    const [out] = renderView(view, options(true));
    if (out?.kind !== "text") throw new Error("no text");
    expect(out.html).toBe(
      '<b>&lt;b&gt;not bold&lt;/b&gt; &amp; </b><a href="https://example.org/?a=1&amp;b=%3C2%3E">site</a> evil Ann &lt;3override',
    );
    expect(texts([out])).toEqual(["<b>not bold</b> & site evil Ann <3override"]);
  });

  it("splits long views under 4096 characters, even a single huge line, and keeps the keyboard last", () => {
    const view: View = {
      blocks: [
        {
          kind: "list",
          numbered: true,
          items: Array.from({ length: 30 }, () => [{ text: "&".repeat(300) }]),
        },
        { kind: "text", text: [{ text: "<".repeat(9000), style: "italic" }] },
        { kind: "buttons", buttons: [{ label: "Go", action: "x.go" }] },
      ],
    };
    const out = renderView(view, options(true));
    expect(out.length).toBeGreaterThan(3);
    for (const o of out) if (o.kind === "text") expect(o.html.length).toBeLessThanOrEqual(4096);
    const joined = texts(out).join("");
    expect(joined.match(/</g)?.length).toBe(9000);
    expect(out.at(-1)).toMatchObject({
      kind: "text",
      keyboard: [[{ text: "Go", callback_data: "b||x.go" }]],
    });
    expect(out.slice(0, -1).every((o) => o.kind === "text" && !o.keyboard)).toBe(true);
  });

  it("shows picks in a private chat only, carries the group there, and splits keyboards past 100 buttons", () => {
    const options150 = Array.from({ length: 150 }, (_, i) => ({
      value: String(i),
      label: `Tag ${i}`,
      selected: i === 1,
    }));
    const view: View = {
      blocks: [
        { kind: "choice", action: "tags.pick@7", placeholder: "Pick", multi: true, options: options150 },
      ],
    };
    const inGroup = renderView(view, options(true));
    const privately = renderView(view, options(false, "-1001"));
    const labels = (out: Outgoing[]) =>
      out.flatMap((o) => (o.kind === "text" ? (o.keyboard ?? []).flat() : []));
    expect(
      labels(inGroup)
        .slice(0, 2)
        .map((b) => b.text),
    ).toEqual(["Tag 0", "Tag 1"]);
    expect(
      labels(privately)
        .slice(0, 2)
        .map((b) => b.text),
    ).toEqual(["☐ Tag 0", "☑ Tag 1"]);
    expect(labels(privately)[1]).toMatchObject({ callback_data: "t|-1001|tags.pick@7|1" });
    for (const o of privately)
      if (o.kind === "text") expect((o.keyboard ?? []).flat().length).toBeLessThanOrEqual(100);
    expect(labels(privately)).toHaveLength(150);
  });

  it("turns unsafe link buttons into text and files into documents, in place", () => {
    const view: View = {
      blocks: [
        { kind: "text", text: [{ text: "Before" }] },
        { kind: "file", name: "data.json", mime: "application/json", content: "{}" },
        {
          kind: "buttons",
          buttons: [
            { label: "Bad", url: "javascript:alert(1)" },
            { label: "Good", url: "https://ok.example" },
          ],
        },
      ],
    };
    const out = renderView(view, options(false));
    expect(out.map((o) => o.kind)).toEqual(["text", "file", "text"]);
    expect(texts(out)[1]).toBe("Bad: javascript:alert(1)");
    expect(out[2]).toMatchObject({ keyboard: [[{ text: "Good", url: "https://ok.example/" }]] });
  });

  it("encodes button data within 64 bytes, and decodes only what it encoded", () => {
    const codec = createCallbackCodec();
    const long = { kind: "b" as const, action: `x.${"y".repeat(80)}`, groupId: "-1001234567890" };
    const data = codec.encode(long);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(codec.decode(data)).toEqual(long);
    expect(codec.decode("t|-100|a:b@1|v|w")).toEqual({
      kind: "t",
      groupId: "-100",
      action: "a:b@1|v",
      value: "w",
    });
    for (const bad of ["", "b", "z||a", "b|abc|a", "k|nope", "t||novalue"])
      expect(codec.decode(bad)).toBeUndefined();
    expect(parseDeepLink("welcome--1001234")).toEqual({ name: "welcome", groupId: "-1001234" });
    expect(parseDeepLink("mydata")).toEqual({ name: "mydata" });
    expect(parseDeepLink("../etc")).toBeUndefined();
  });
});
