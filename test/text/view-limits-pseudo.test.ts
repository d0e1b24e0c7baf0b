import { describe, expect, it, vi } from "vitest";
import { plainText } from "../../core/text/markup.js";
import { PSEUDO_OPEN } from "../../core/text/pseudo.js";
import { useHarness } from "../helpers/use-harness.js";
import { sessionViews, viewProblems, writtenByPeople } from "./view-limits.js";

// The whole file runs under the pseudo-locale (PEERBRIDGE_PSEUDO_LOCALE=1), set before any module
// makes a translator: English is replaced by accented text 40 % longer, wrapped in ⟦ ⟧.
vi.hoisted(() => {
  process.env.PEERBRIDGE_PSEUDO_LOCALE = "1";
});

const t = useHarness();

describe("every view under the pseudo-locale", () => {
  it("keeps within the platforms' limits with 40 % longer text, nothing cut short", async () => {
    const views = await sessionViews(t.h, "en");
    expect(views.length).toBeGreaterThan(40);
    expect(viewProblems(views, { pseudo: true })).toEqual([]);
  });

  it("has no sentence that skipped the catalog", async () => {
    const views = await sessionViews(t.h, "en");
    // Every paragraph and button comes from the catalog, so each carries the pseudo-locale's
    // opening marker; what people wrote themselves (the welcome, a resource's title) stays theirs.
    const plain: string[] = [];
    for (const view of views) {
      for (const block of view.blocks) {
        if (block.kind === "text" && !plainText(block.text).includes(PSEUDO_OPEN))
          plain.push(plainText(block.text));
        if (block.kind === "buttons") {
          for (const b of block.buttons) if (!b.label.includes(PSEUDO_OPEN)) plain.push(b.label);
        }
      }
    }
    expect(plain.filter((text) => !writtenByPeople(text))).toEqual([]);
    // The check sees what it must: the moderators' own welcome is there, as written.
    expect(plain.some(writtenByPeople)).toBe(true);
  });
});
