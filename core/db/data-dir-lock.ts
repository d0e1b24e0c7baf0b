import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { resolve } from "node:path";

/** Another process holds the embedded data directory: starting a second would lose writes. */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly since: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by another peerbridge process (pid ${pid}, started ${since}). ` +
        "Stop that one first, or give this one its own PEERBRIDGE_DATA_DIR or a DATABASE_URL.",
    );
    this.name = "DataDirInUse";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the directory.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the embedded database's directory for this process: a lock file beside it (PGlite's own
 * directory stays as it made it) created exclusively, holding the pid and start time. A lock
 * whose process is gone (a crash, a kill -9) is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = `${resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const held = readHolder(path);
      if (held && alive(held.pid)) throw new DataDirInUse(dataDir, held.pid, held.since);
      // Left by a process that no longer runs (or unreadable half-written): take it over once.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

function readHolder(path: string): { pid: number; since: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { pid, since } = parsed as { pid?: unknown; since?: unknown };
    if (typeof pid !== "number" || !Number.isInteger(pid) || pid <= 0) return undefined;
    return { pid, since: typeof since === "string" ? since : "at an unknown time" };
  } catch {
    return undefined;
  }
}
