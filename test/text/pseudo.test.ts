import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { en, type MessageKey } from "../../core/text/catalog-en.js";
import { translator } from "../../core/text/i18n.js";
import { sampleText } from "./sample-values.js";

const keys = Object.keys(en) as MessageKey[];
// Made before the variable is set: this module's translators stay English.
const english = translator({ language: "en" });

describe("the pseudo-locale (PEERBRIDGE_PSEUDO_LOCALE=1)", () => {
  const before = process.env.PEERBRIDGE_PSEUDO_LOCALE;
  let pseudo: typeof import("../../core/text/i18n.js");
  beforeAll(async () => {
    process.env.PEERBRIDGE_PSEUDO_LOCALE = "1";
    vi.resetModules();
    pseudo = await import("../../core/text/i18n.js");
  });
  afterAll(() => {
    if (before === undefined) delete process.env.PEERBRIDGE_PSEUDO_LOCALE;
    else process.env.PEERBRIDGE_PSEUDO_LOCALE = before;
    vi.resetModules();
  });

  it("replaces English: accented, wrapped in markers, at least 40 % longer", () => {
    const t = pseudo.translator({ language: "en" });
    for (const key of keys) {
      const text = sampleText(t, key);
      expect(text.startsWith("⟦") && text.endsWith("⟧"), key).toBe(true);
      // 40 % more than the template's own words (values are not padded).
      const words = sampleText(english, key, "").replace(
        /Thursday, January 1, 1970|Jan 1, 1970|1\/1\/70|12:00\s?AM/g,
        "",
      ).length;
      expect(text.length, key).toBeGreaterThanOrEqual(
        sampleText(english, key).length + Math.floor(words * 0.4),
      );
    }
    expect(t.plain("rules.acceptButton")).toMatch(/^⟦Áççéþt|^⟦Í áççépt/);
  });

  it("keeps values, placeholders and command words as they are", () => {
    const t = pseudo.translator({ language: "en" });
    expect(t.plain("tags.added", { tag: "Sleep" })).toContain("Sleep");
    expect(t("error.usage", { usage: "/rules" })).toContainEqual({ text: "/rules", style: "code" });
  });

  it("leaves the other languages alone", () => {
    expect(pseudo.translator({ language: "es" }).plain("common.cancel")).toBe("Cancelar");
  });
});
