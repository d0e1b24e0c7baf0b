/**
 * What may be logged of an unexpected error: its kind and where it happened. Messages can carry
 * query arguments (user text), so only the first line of a non-database error is kept.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const code = (error as Error & { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .slice(1, 6)
    .map((line) => line.trim());
  const isDatabase = typeof code === "string" && /^P\d{4}$/.test(code);
  return {
    name: error.name,
    ...(code !== undefined ? { code } : {}),
    ...(isDatabase ? {} : { message: scrubSecrets(error.message.split("\n")[0]?.slice(0, 200) ?? "") }),
    frames,
  };
}

// Prisma's connection errors, PostgreSQL's connection and shutdown SQLSTATEs, Node's socket errors.
const CONNECTION_CODES = new Set([
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
]);
const CONNECTION_KINDS = new Set([
  "ConnectionClosed",
  "DatabaseNotReachable",
  "SocketTimeout",
  "TooManyConnections",
]);
const CONNECTION_MESSAGE =
  /connection (terminated|refused|closed)|server closed the connection|terminating connection|connection error and is not queryable/i;

/** The database is unreachable or restarting: the user is told to retry, nothing was written. */
export function isUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const fields = current as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown };
    for (const code of [fields.code, fields.originalCode]) {
      if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    }
    if (typeof fields.kind === "string" && CONNECTION_KINDS.has(fields.kind)) return true;
    if (typeof fields.message === "string" && CONNECTION_MESSAGE.test(fields.message)) return true;
    // Prisma wraps driver adapter errors in `meta.driverAdapterError`, whose `cause` holds the SQLSTATE.
    const nested = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(nested.cause, nested.meta?.driverAdapterError);
  }
  return false;
}

// Shapes of credentials that SDK errors can echo: Slack tokens, Telegram bot tokens (also inside
// API URLs), Discord tokens, bearer headers and `token=` pairs.
const SECRET_SHAPES = [
  /xox[abpre]-[\w-]+/gi,
  /xapp-[\w-]+/gi,
  /\b\d{6,}:[\w-]{30,}/g,
  /\b[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}/g,
  /bearer\s+\S+/gi,
  /(token|secret|password)=\S+/gi,
];

export function scrubSecrets(text: string): string {
  return SECRET_SHAPES.reduce((out, shape) => out.replace(shape, "[redacted]"), text);
}
