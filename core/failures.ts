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

const CONNECTION_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "57P01"]);

/** The database is unreachable or restarting: the user is told to retry, nothing was written. */
export function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (
      /connection (terminated|refused|closed)|Connection terminated|server closed the connection/i.test(
        current.message,
      )
    ) {
      return true;
    }
    current = (current as Error & { cause?: unknown }).cause;
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
