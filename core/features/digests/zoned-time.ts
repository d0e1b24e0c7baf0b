/** Calendar facts in an IANA time zone, computed with Intl (DST included); no library needed. */

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  minuteOfDay: number;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Offset of the zone from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const local = localTime(instant, timeZone);
  const [y, m, d] = local.date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d) + local.minuteOfDay * 60_000;
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a local date and time happen in a zone. A time skipped by a DST jump happens at the
 * first valid minute after it; a repeated one, at its first occurrence.
 */
export function zonedInstant(date: string, minuteOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d) + minuteOfDay * 60_000;
  const candidates = [-1, 0, 1].map((hours) => {
    const guess = naive - offsetMinutes(new Date(naive + hours * 3_600_000), timeZone) * 60_000;
    return guess;
  });
  const exact = candidates
    .filter((t) => {
      const local = localTime(new Date(t), timeZone);
      return local.date === date && local.minuteOfDay === minuteOfDay;
    })
    .sort((a, b) => a - b);
  if (exact[0] !== undefined) return new Date(exact[0]);
  // Skipped by a DST jump: the first candidate later than the naive reading that lands on that date.
  const after = candidates
    .filter((t) => localTime(new Date(t), timeZone).date === date)
    .sort((a, b) => a - b);
  return new Date(after.find((t) => localTime(new Date(t), timeZone).minuteOfDay > minuteOfDay) ?? naive);
}

/** Monday = 0 … Sunday = 6, for a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export function previousDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

export function parseClock(text: string): number | undefined {
  const match = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function formatClock(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
}

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const EVERY_DAY = 0b1111111;

/** `daily`, `weekdays`, `weekends`, `mon-fri`, `mon,wed,fri` → bit mask (bit 0 = Monday). */
export function parseWeekdays(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (value === "daily" || value === "every" || value === "all") return EVERY_DAY;
  if (value === "weekdays") return 0b0011111;
  if (value === "weekends") return 0b1100000;
  let mask = 0;
  for (const part of value.split(",")) {
    const [from, to] = part
      .split("-")
      .map((p) => DAYS.indexOf(p.trim().slice(0, 3) as (typeof DAYS)[number]));
    if (from === undefined || from < 0) return undefined;
    const end = to === undefined ? from : to;
    if (end < 0) return undefined;
    for (let day = from; ; day = (day + 1) % 7) {
      mask |= 1 << day;
      if (day === end) break;
    }
  }
  return mask || undefined;
}

export function formatWeekdays(mask: number): string {
  if (mask === EVERY_DAY) return "daily";
  if (mask === 0b0011111) return "weekdays";
  if (mask === 0b1100000) return "weekends";
  return DAYS.filter((_, i) => mask & (1 << i)).join(",");
}
