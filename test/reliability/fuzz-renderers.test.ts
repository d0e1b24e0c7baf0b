import { ComponentType } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderView as renderDiscord } from "../../adapters/discord/views.js";
import { messagePages } from "../../adapters/slack/views.js";
import { createCallbackCodec } from "../../adapters/telegram/callback-data.js";
import { MESSAGE_LIMIT, renderView as renderTelegram } from "../../adapters/telegram/views.js";
import type { Block, View } from "../../core/ports.js";
import { blockProblems } from "../fakes/slack-block-limits.js";
import { parseTelegramHtml } from "../fakes/telegram-html.js";
import { hostile } from "./hostile-strings.js";

// The three platform renderers given views full of what users type (every string below is
// theirs: rule texts, tag names, report reasons, resource titles): no throw, output within the
// platform's limits, no live mention, no markup the view did not ask for.
const said = hostile();
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.array(said, { minLength: 1, maxLength: 3 }).map((parts) => ({
    kind: "text" as const,
    text: parts.map((text) => ({ text })),
  })),
  fc.array(said, { minLength: 1, maxLength: 5 }).map((items) => ({
    kind: "list" as const,
    items: items.map((text) => [{ text }]),
    numbered: true,
  })),
  fc.array(said, { minLength: 1, maxLength: 4 }).map((labels) => ({
    kind: "buttons" as const,
    buttons: labels.map((label, i) => ({ label, action: `fz:${i}` })),
  })),
  fc.array(said, { minLength: 1, maxLength: 30 }).map((labels) => ({
    kind: "choice" as const,
    action: "fz:pick",
    placeholder: "Pick",
    multi: true,
    options: labels.map((label, i) => ({ value: String(i), label, selected: i % 2 === 0 })),
  })),
);
const views: fc.Arbitrary<View> = fc
  .array(block, { minLength: 1, maxLength: 4 })
  .map((blocks) => ({ blocks }));
const RUNS = { numRuns: 300 };
const between = (min: number, max: number) => (n: unknown) => typeof n === "number" && n >= min && n <= max;

describe("the Telegram renderer under hostile text", () => {
  it("sends valid HTML under 4096 characters, with no entity and no @mention the view did not ask for", () => {
    fc.assert(
      fc.property(views, fc.boolean(), (view, inGroup) => {
        const out = renderTelegram(view, { inGroup, codec: createCallbackCodec(), nameOf: () => undefined });
        for (const message of out) {
          if (message.kind !== "text") continue;
          const parsed = parseTelegramHtml(message.html);
          if ("error" in parsed) throw new Error(`invalid HTML: ${parsed.error}`);
          expect(parsed.text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
          // Only the list numbers and the renderer's own marks may be styled; user text never is.
          expect(parsed.entities.filter((e) => e.type !== "bold" && e.type !== "italic")).toEqual([]);
          // Telegram turns @name into a mention that notifies; user text must not carry one.
          expect(parsed.text).not.toMatch(/@[A-Za-z0-9_]/);
          for (const row of message.keyboard ?? [])
            for (const button of row) {
              expect(button.text.length).toBeGreaterThan(0);
              if ("callback_data" in button && button.callback_data !== undefined)
                expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
            }
        }
      }),
      RUNS,
    );
  });
});

describe("the Discord renderer under hostile text", () => {
  it("stays within message, embed and component limits and never pings", () => {
    fc.assert(
      fc.property(views, (view) => {
        for (const message of renderDiscord(view)) {
          expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
          expect(message.content?.length ?? 0).toBeLessThanOrEqual(2000);
          expect(message.embeds.length).toBeLessThanOrEqual(10);
          let embedChars = 0;
          for (const embed of message.embeds) {
            const description = embed.description ?? "";
            expect(description.length).toBeGreaterThan(0);
            expect(description.length).toBeLessThanOrEqual(4096);
            embedChars += description.length;
            // @everyone and @here reach Discord only broken by a zero-width space.
            expect(description).not.toMatch(/@(everyone|here)/i);
            // Nothing user-typed becomes a user, role or channel reference.
            expect(description).not.toMatch(/(^|[^\\])<[@#]/);
          }
          expect(embedChars).toBeLessThanOrEqual(6000);
          expect(message.components.length).toBeLessThanOrEqual(5);
          // The renderer sends plain objects, which nothing checks before Discord: what the
          // discord.js builders validated is checked here.
          for (const row of message.components) {
            expect(row.components.length).toBeGreaterThan(0);
            expect(row.components.length).toBeLessThanOrEqual(5);
            for (const component of row.components) {
              if ("custom_id" in component) expect(component.custom_id.length).toBeLessThanOrEqual(100);
              if (component.type === ComponentType.Button && "label" in component)
                expect(component.label?.length).toSatisfy(between(1, 80));
              if (component.type !== ComponentType.StringSelect) continue;
              expect(component.placeholder?.length ?? 0).toBeLessThanOrEqual(150);
              expect(component.options.length).toSatisfy(between(1, 25));
              expect(component.min_values).toSatisfy(between(0, component.options.length));
              expect(component.max_values).toSatisfy(between(1, component.options.length));
              for (const option of component.options) {
                expect(option.label.length).toSatisfy(between(1, 100));
                expect(option.value.length).toSatisfy(between(1, 100));
                expect(option.description?.length ?? 1).toSatisfy(between(1, 100));
              }
            }
          }
        }
      }),
      RUNS,
    );
  });
});

/** Every mrkdwn text in a Block Kit tree. */
function mrkdwnTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(mrkdwnTexts);
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = record.type === "mrkdwn" && typeof record.text === "string" ? [record.text] : [];
  return [...own, ...Object.values(record).flatMap(mrkdwnTexts)];
}

describe("the Slack renderer under hostile text", () => {
  it("builds blocks Slack accepts, with no link, mention or formatting from user text", () => {
    fc.assert(
      fc.property(views, (view) => {
        for (const page of messagePages(view, { mentions: false })) {
          expect(blockProblems(page.blocks, 50)).toEqual([]);
          // `<` starts every Slack link and mention (<!channel>, <@U…>, <http…>): none may be live
          // in mrkdwn or the notification text (plain_text is never parsed).
          for (const text of [...mrkdwnTexts(page.blocks), page.text]) expect(text).not.toMatch(/<[!@#a-z]/i);
          expect(page.text.length).toBeLessThanOrEqual(3000);
        }
      }),
      RUNS,
    );
  });
});
