import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderView } from "../../adapters/console/views.js";
import { splitArgs, tokenize } from "../../core/commands/parse.js";
import type { Database } from "../../core/db/database.js";
import { allFeatures } from "../../core/features/index.js";
import { createHarness, type Harness } from "../helpers/harness.js";
import { createTestDatabase } from "../helpers/test-database.js";
import { hostile } from "./hostile-strings.js";

const commands = allFeatures.flatMap((f) => f.commands);

describe("argument parsing under random and hostile input", () => {
  it("splits any line for any command without throwing", () => {
    fc.assert(
      fc.property(hostile(), fc.constantFrom(...commands), (line, command) => {
        const tokens = tokenize(line);
        if (Array.isArray(tokens)) for (const token of tokens) expect(token.end).toBeGreaterThan(token.start);
        else expect(tokens.kind).toBe("unclosedQuote");
        const result = splitArgs(line, command.params);
        if ("args" in result) {
          for (const value of Object.values(result.args)) expect(typeof value).toBe("string");
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the engine under random and hostile input", () => {
  let database: Database;
  let h: Harness;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    h = createHarness(database.prisma);
  });
  afterAll(async () => database.close());

  it("answers every command line with a bounded, plain reply and never throws", async () => {
    const g = h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod tags create Patient");
    const paths = commands.map((c) => c.path);
    // Members take turns, so that every line reaches the parser rather than the per-member limits.
    let turn = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), hostile(), fc.boolean(), async (path, rest, admin) => {
        const member = `fuzzer${turn++ % 400}`;
        const views = await g.as(admin ? "mod" : member, { admin }).run(`${path} ${rest}`);
        expect(views.length).toBeGreaterThan(0);
        for (const view of views) {
          const rendered = renderView(view, false).text;
          // The console renderer drops control characters; nothing may reach the terminal raw.
          // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
          expect(rendered).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        }
      }),
      { numRuns: 400 },
    );
    // The group still works afterwards.
    expect(await g.as("someone").say("rules")).toContain("Rules of");
  });
});
