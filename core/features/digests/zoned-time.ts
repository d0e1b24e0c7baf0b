/** Calendar facts in an IANA time zone, computed with Intl (DST included); no library needed. */

/** The IANA name as the platform spells it: "europe/london" → "Europe/London", "utc" → "UTC". */
export function canonicalTimeZone(timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
}

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

/** The instant a local day (YYYY-MM-DD) starts in `timeZone`, clock changes included. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  const offsetAt = (instant: number) => {
    const local = localTime(new Date(instant), timeZone);
    return Date.parse(`${local.date}T00:00:00Z`) + local.minuteOfDay * 60_000 - instant;
  };
  const first = midnightUtc - offsetAt(midnightUtc);
  const second = midnightUtc - offsetAt(first);
  // They differ only where the zone's offset changes near midnight (or skips it, as Santiago's
  // does): the day starts at the earlier of them that lies in it.
  const inDay = [first, second].filter((t) => localTime(new Date(t), timeZone).date === date);
  return new Date(inDay.length > 0 ? Math.min(...inDay) : Math.max(first, second));
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
