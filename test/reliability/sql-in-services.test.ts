import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { projectPath } from "../../core/project-root.js";

// The architecture's rule: SQL and Prisma calls live in `*-service.ts` files and in the storage
// layer (core/db/), so a feature's queries are found in one place and a view never queries.
const QUERY =
  /\b(?:db|tx|prisma)\.(?:[a-z][A-Za-z]+\.(?:find|create|update|upsert|delete|count|aggregate|groupBy)\w*|\$queryRaw\w*|\$executeRaw\w*|\$transaction)\b|\bchangeAndAudit\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("where queries live", () => {
  it("puts every SQL and Prisma call in a *-service.ts file or core/db/", () => {
    const root = projectPath();
    const offenders = ["core", "adapters", "bots"]
      .flatMap((dir) => sources(join(root, dir)))
      .map((path) => relative(root, path))
      .filter((path) => !path.endsWith("-service.ts") && !path.startsWith("core/db/"))
      .flatMap((path) =>
        readFileSync(join(root, path), "utf8")
          .split("\n")
          .flatMap((line, i) => (QUERY.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});
