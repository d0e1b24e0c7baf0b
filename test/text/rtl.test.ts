import { describe, expect, it } from "vitest";
import { renderView as renderConsole } from "../../adapters/console/views.js";
import { richText } from "../../adapters/discord/views.js";
import { stripControls } from "../../adapters/shared/text.js";
import { messagePages } from "../../adapters/slack/views.js";
import { createCallbackCodec } from "../../adapters/telegram/callback-data.js";
import { renderView as renderTelegram } from "../../adapters/telegram/views.js";
import { needsIsolation, translator } from "../../core/text/i18n.js";
import { isRightToLeft, LANGUAGES } from "../../core/text/languages.js";
import { note } from "../../core/views.js";

const FSI = "\u2068";
const PDI = "\u2069";
const hebrew = "שינה טובה";
const arabic = "نوم هادئ";

describe("right-to-left text inside a template", () => {
  it.each(LANGUAGES)("isolates a Hebrew or Arabic value in a %s sentence", (language) => {
    const t = translator({ language });
    for (const tag of [hebrew, arabic]) {
      const text = t.plain("tags.added", { tag });
      expect(text).toContain(`${FSI}${tag}${PDI}`);
      // Once: the words around it stay outside the isolate.
      expect(text.split(FSI)).toHaveLength(2);
    }
  });

  it("leaves a value in a left-to-right script alone in a left-to-right template", () => {
    expect(translator({ language: "en" }).plain("tags.added", { tag: "Sleep" })).toBe(
      "You now have the tag Sleep.",
    );
  });

  it("isolates every value of a right-to-left template, Latin ones too", () => {
    // No right-to-left catalog ships yet: the rule a translator for one follows.
    expect(["ar", "he-IL", "fa", "ur"].every(isRightToLeft)).toBe(true);
    expect(LANGUAGES.some(isRightToLeft)).toBe(false);
    expect(needsIsolation("Ana María", true)).toBe(true);
    expect(needsIsolation("Ana María", false)).toBe(false);
    expect(needsIsolation(hebrew, false)).toBe(true);
  });

  it("keeps the isolate balanced whatever the value brings", () => {
    const text = translator({ language: "en" }).plain("tags.added", { tag: `${hebrew}\u202e${PDI}x${FSI}` });
    expect(text).toBe(`You now have the tag ${FSI}${hebrew}x${PDI}.`);
  });
});

describe("the renderers", () => {
  const t = translator({ language: "fr" });
  const view = note(t("tags.added", { tag: hebrew }));
  const isolated = `${FSI}${hebrew}${PDI}`;

  it("keep the translator's isolate on every platform", () => {
    expect(richText(view.blocks[0]?.kind === "text" ? view.blocks[0].text : [])).toContain(isolated);
    const [telegram] = renderTelegram(view, {
      inGroup: false,
      codec: createCallbackCodec(),
      nameOf: () => undefined,
    });
    expect(telegram?.kind === "text" ? telegram.html : "").toContain(isolated);
    expect(JSON.stringify(messagePages(view, { mentions: true })[0]?.blocks)).toContain(isolated);
    expect(renderConsole(view, false).text).toContain(isolated);
  });

  it("drop an isolate nothing closes, and every override", () => {
    expect(stripControls(`a${FSI}b`)).toBe("ab");
    expect(stripControls(`a${PDI}b${FSI}c${PDI}`)).toBe(`ab${FSI}c${PDI}`);
    expect(stripControls("a\u202eb\u2066c\u2067d\u200f")).toBe("abcd");
    const [telegram] = renderTelegram(note([{ text: `evil${FSI}\u202e` }]), {
      inGroup: false,
      codec: createCallbackCodec(),
      nameOf: () => undefined,
    });
    expect(telegram?.kind === "text" ? telegram.html : "").toBe("evil");
  });
});
