import { describe, expect, expectTypeOf, it } from "vitest";
import { translator, type VarsFor } from "../../core/text/i18n.js";
import type { ArgsOf } from "../../core/text/placeholders.js";

const t = translator({ language: "en", timeZone: "Europe/Paris" });

describe("ICU messages", () => {
  it("chooses CLDR plural forms", () => {
    expect(t.plain("digest.off", { count: 1 })).toBe("Digest stopped for 1 channel.");
    expect(t.plain("digest.off", { count: 2 })).toBe("Digest stopped for 2 channels.");
    expect(t.plain("digest.off", { count: 0 })).toBe("Digest stopped for 0 channels.");
  });

  it("formats numbers in the reader's locale", () => {
    expect(t.plain("pending.more", { count: 12345 })).toBe("…and 12,345 more.");
    expect(t.number(1234.5)).toBe("1,234.5");
  });

  it("shows dates in the community's time zone", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    const date = new Date("2026-12-31T23:30:00Z");
    expect(t.plain("rules.accepted", { date })).toBe("You accepted these rules on Jan 1, 2027.");
    const utc = translator({ language: "en", timeZone: "UTC" });
    expect(utc.plain("rules.accepted", { date })).toBe("You accepted these rules on Dec 31, 2026.");
  });

  it("keeps the template's markup and never parses values", () => {
    expect(t("tags.added", { tag: "**x** _y_ `z` <b>w</b> {v}" })).toEqual([
      { text: "You now have the tag " },
      { text: "**x** _y_ `z` <b>w</b> {v}", style: "bold" },
      { text: "." },
    ]);
  });

  it("shows a quoted brace as written", () => {
    expect(t.description("cmd.mod.welcome.set")).toBe(
      "Set the welcome text ({member} and {community} are filled in)",
    );
  });

  it("types every placeholder a template takes", () => {
    expectTypeOf<VarsFor<"digest.off">>().toEqualTypeOf<{ count: number }>();
    expectTypeOf<VarsFor<"tags.added">>().toEqualTypeOf<{ tag: string | number }>();
    expectTypeOf<VarsFor<"rules.accepted">>().toEqualTypeOf<{ date: Date }>();
    expectTypeOf<
      ArgsOf<"{n, plural, one {# on {who}} other {#}} {kind, select, a {A} other {B {x}}}">
    >().toEqualTypeOf<{
      n: number;
      who: string | number;
      kind: string;
      x: string | number;
    }>();
    expectTypeOf<ArgsOf<"{n, plural, other {#}} and {n}">>().toEqualTypeOf<{ n: number }>();
    expectTypeOf<keyof ArgsOf<"no values">>().toEqualTypeOf<never>();
    // Checked by the type checker only (npx tsc), never run.
    const wrongCalls = () => {
      // @ts-expect-error a count is a number
      t("digest.off", { count: "2" });
      // @ts-expect-error a missing value
      t("tags.given", { tag: "x" });
      // @ts-expect-error values for a template that takes none
      t("gate.on", { x: 1 });
    };
    expect(wrongCalls).toBeTypeOf("function");
  });
});
