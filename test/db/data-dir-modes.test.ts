import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openMigratedDatabase } from "../../core/db/database.js";

// Booting PGlite on disk takes a few seconds, twice here.
const TIMEOUT = 120_000;

const root = mkdtempSync(join(tmpdir(), "peerbridge-modes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every path under `dir` (itself included) whose mode is not 0700 for a directory, 0600 for a file. */
function looseModes(dir: string): string[] {
  const stat = lstatSync(dir);
  const mode = stat.mode & 0o777;
  const expected = stat.isDirectory() ? 0o700 : 0o600;
  const own = mode === expected ? [] : [`${dir}: ${mode.toString(8)}`];
  if (!stat.isDirectory()) return own;
  return [...own, ...readdirSync(dir).flatMap((name) => looseModes(join(dir, name)))];
}

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) => sum + (entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1),
    0,
  );
}

describe("the embedded database's data directory", () => {
  const dataDir = join(root, "nested", "data");

  it(
    "is created readable by its owner only: directories 0700, files 0600",
    async () => {
      const database = await openMigratedDatabase({ dataDir });
      expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
      await database.prisma.community.create({ data: { name: "Modes" } });
      await database.close();
      expect(countFiles(dataDir)).toBeGreaterThan(100);
      expect(looseModes(dataDir)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "is repaired on open when an older version left it readable by others",
    async () => {
      chmodSync(dataDir, 0o777);
      chmodSync(join(dataDir, "PG_VERSION"), 0o666);
      chmodSync(join(dataDir, "base"), 0o755);
      expect(looseModes(dataDir).length).toBe(3);
      const database = await openMigratedDatabase({ dataDir });
      try {
        expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
        expect(lstatSync(join(dataDir, "PG_VERSION")).mode & 0o777).toBe(0o600);
        expect(lstatSync(join(dataDir, "base")).mode & 0o777).toBe(0o700);
        expect(await database.prisma.community.count()).toBe(1);
      } finally {
        await database.close();
      }
      expect(looseModes(dataDir)).toEqual([]);
    },
    TIMEOUT,
  );
});
