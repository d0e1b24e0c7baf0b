/**
 * At most `limit` uses per key within `windowMs`, counted in this process's memory (keys are
 * never stored or logged). For per-member limits on commands that store nothing to count by.
 */
export function rateLimit(limit: number, windowMs: number) {
  const uses = new Map<string, number[]>();
  return {
    /** Counts one use; false (and nothing counted) when the key is over its limit. */
    take(key: string, now: Date): boolean {
      const since = now.getTime() - windowMs;
      const recent = (uses.get(key) ?? []).filter((at) => at > since);
      if (recent.length >= limit) {
        uses.set(key, recent);
        return false;
      }
      recent.push(now.getTime());
      uses.set(key, recent);
      // Keys whose uses all expired are dropped now and then, so memory stays bounded.
      if (uses.size > 10_000) for (const [k, v] of uses) if (v.every((at) => at <= since)) uses.delete(k);
      return true;
    },
  };
}
