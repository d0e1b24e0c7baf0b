import { describe, expect, it } from "vitest";
import { en } from "../../core/text/catalog-en.js";
import { type Finding, scanTree } from "./literal-scan.js";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/**
 * Literals in user-facing positions that are not words for people to read. Each names its file and
 * says why; anything else found there is a hard-coded text that belongs in the catalogs.
 */
const ALLOWED: { file: string; text: string; why: string }[] = [
  // The product's name, the same in every language.
  { file: "adapters/dashboard/layout.tsx", text: "peerbridge", why: "product name" },
  // Command lines the adapters run on a member's behalf: typed command words stay English everywhere.
  { file: "adapters/slack/commands.ts", text: "help", why: "command word run for an empty /peer" },
  { file: "adapters/telegram/interactions.ts", text: "help", why: "command word run after /start" },
  // A log field (describeError's shape), never shown to a member.
  { file: "adapters/telegram/errors.ts", text: "unknown error", why: "log description" },
];

/**
 * Places that may read the English catalog whoever the reader is: texts shared by every language
 * (the base name Discord shows when a client's language has no localization, the Slack manifest's
 * default) and the console, whose reader is the developer. Everywhere else a user-facing text comes
 * from the reader's translator.
 */
const ENGLISH_ALLOWED = new Set([
  // Where it is defined, and the engine's default before any reader is known.
  "core/text/i18n.ts",
  "core/engine.ts",
  // The README's command table is written in English.
  "core/commands/command-table.ts",
  "adapters/discord/commands.ts",
  "adapters/telegram/commands.ts",
  "adapters/telegram/messages.ts",
  "adapters/slack/manifest.ts",
]);

function allowed(f: Finding): boolean {
  // A catalog key names its text; the text itself is in the catalogs.
  if (Object.hasOwn(en, f.text)) return true;
  return ALLOWED.some((a) => a.file === f.file && a.text === f.text);
}

const show = (f: Finding) => `${f.file}:${f.line} ${f.where} ${JSON.stringify(f.text)}`;

describe("user-facing text outside the catalogs", () => {
  const found = scanTree(ROOT, ["adapters", "core"]);

  it("has no literal in a place a person reads, adapters included", () => {
    const literals = found.filter((f) => f.where !== "englishT");
    expect(literals.filter((f) => !allowed(f)).map(show)).toEqual([]);
  });

  it("allows nothing that is no longer there", () => {
    const stale = ALLOWED.filter((a) => !found.some((f) => f.file === a.file && f.text === a.text));
    expect(stale).toEqual([]);
  });

  it("reads the English catalog only where every reader gets the same text", () => {
    const english = found.filter((f) => f.where === "englishT" && !ENGLISH_ALLOWED.has(f.file));
    expect(english.map(show)).toEqual([]);
  });
});

describe("the literal scanner", () => {
  // Parsed by the same compiler from a file of the project, so the check itself cannot rot.
  const sample = scanTree(ROOT, ["test/text/fixtures"]);

  it("flags literals in every kind of user-facing position", () => {
    const where = sample.map((f) => `${f.where} ${f.text}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "label: Press me",
        "title: A modal title",
        "placeholder: Pick one",
        "text: Block text",
        "plain() Said in a view",
        "choice() Menu placeholder",
        ".setLabel() Discord label",
        ".setTitle() Discord modal title",
        ".setDescription() Group description",
        "label: Either this",
        "label: or that",
        "label: Hello …, welcome",
        "JSX text Dashboard heading",
        "title= Tooltip",
        "englishT englishT",
      ]),
    );
  });

  it("leaves ids, command parameter names and catalog keys to the allowlist rules", () => {
    const texts = sample.map((f) => f.text);
    // `action:` is an id, `arg.text("reason", …)` a parameter name, `",  "` has no words.
    expect(texts).not.toContain("pb.some.action");
    expect(texts).not.toContain("reason");
    expect(texts.filter((t) => t.trim() === ",")).toEqual([]);
    expect(texts).toContain("common.cancel");
  });
});
