/**
 * Round trips one Prisma query event stands for. Prisma reports a transaction's end (COMMIT, or
 * PGlite's `-- Implicit "COMMIT"`) but not its BEGIN, and each is a round trip of its own.
 */
export function roundTripsOf(sql: string): number {
  return /^\s*(?:-- Implicit "?)?(COMMIT|ROLLBACK)\b/i.test(sql) ? 2 : 1;
}
