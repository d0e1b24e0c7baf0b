import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

const LOCK_FILE = "peerbridge.lock";

/** Another live process holds the embedded database: two writers would silently lose writes. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; startedAt: string },
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another peerbridge process (pid ${holder.pid}, started ${holder.startedAt}). ` +
        "Stop that process first, or give this one its own directory with PEERBRIDGE_DATA_DIR.",
    );
    this.name = "DataDirInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(path: string): { pid: number; startedAt: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { pid, startedAt } = parsed as { pid?: unknown; startedAt?: unknown };
    if (typeof pid !== "number" || !Number.isInteger(pid) || pid <= 0) return undefined;
    return { pid, startedAt: typeof startedAt === "string" ? startedAt : "at an unknown time" };
  } catch {
    return undefined;
  }
}

/**
 * Takes the data directory for this process, or throws DataDirInUseError naming the process that
 * has it. A lock left by a process that died is taken over. PGlite is a single-process database:
 * without this, a second `npm start` on the same `./data` opens it too and one side's writes are lost.
 * Returns the release function (also run when the process exits).
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
      const holder = readHolder(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid))
        throw new DataDirInUseError(dataDir, holder);
      // Stale (its process is gone) or unreadable: take it over, once.
      unlinkSync(path);
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on("exit", release);
  return release;
}
