import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirInUse } from "../../core/db/data-dir-lock.js";
import { openMigratedDatabase } from "../../core/db/database.js";

// Booting PGlite on disk takes a few seconds.
const TIMEOUT = 120_000;

const root = mkdtempSync(join(tmpdir(), "peerbridge-lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the embedded data directory is held by one process at a time", () => {
  const dataDir = join(root, "data");

  it(
    "refuses a second opening, naming the holder, and lets go on close",
    async () => {
      const first = await openMigratedDatabase({ dataDir });
      let refusal: unknown;
      try {
        await openMigratedDatabase({ dataDir }).then(
          (db) => db.close(),
          (error: unknown) => {
            refusal = error;
          },
        );
        expect(refusal).toBeInstanceOf(DataDirInUse);
        expect(String(refusal)).toContain(`in use by another peerbridge process (pid ${process.pid}`);
        await first.prisma.community.create({ data: { name: "Kept" } });
      } finally {
        await first.close();
      }
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
      const again = await openMigratedDatabase({ dataDir });
      try {
        expect(await again.prisma.community.count({ where: { name: "Kept" } })).toBe(1);
      } finally {
        await again.close();
      }
    },
    TIMEOUT,
  );

  it(
    "takes over a lock left by a process that no longer runs",
    async () => {
      const gone = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid;
      writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: gone, since: "2026-01-01T00:00:00Z" }));
      const database = await openMigratedDatabase({ dataDir });
      await database.close();
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    },
    TIMEOUT,
  );
});
