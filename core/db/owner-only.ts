import { chmodSync, lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";

const OWNER_ONLY_UMASK = 0o077;
const DIRECTORY_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * Files this process creates from now on are readable by its own user only: the embedded
 * database holds health data. Process-wide on purpose, since PGlite keeps creating files (new
 * tables, WAL segments) for as long as it runs. Worker threads cannot change the umask; there the
 * modes are still corrected by `restrictToOwner`.
 */
export function useOwnerOnlyUmask(): void {
  if (isMainThread) process.umask(OWNER_ONLY_UMASK);
}

/**
 * Sets `dir` and everything under it to 0700 (directories) and 0600 (files). PGlite's file system
 * layer sets some modes itself (its fresh data directory comes out 0666), so the umask alone is
 * not enough; this also repairs a data directory an older version left readable. Symbolic links
 * are left alone: their target may be someone else's.
 */
export function restrictToOwner(dir: string): void {
  const stat = lstatSync(dir);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== DIRECTORY_MODE) chmodSync(dir, DIRECTORY_MODE);
    for (const name of readdirSync(dir)) restrictToOwner(join(dir, name));
  } else if ((stat.mode & 0o777) !== FILE_MODE) {
    chmodSync(dir, FILE_MODE);
  }
}
