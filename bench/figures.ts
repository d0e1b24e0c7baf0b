// What a benchmark reports: one row per figure, with its target beside it and a verdict.

export type Verdict = "PASS" | "MISS" | "info" | "pending" | "ERROR";

export interface Figure {
  /** The benchmark's name, as given to `npm run bench -- <name>`. */
  bench: string;
  figure: string;
  value: string;
  target: string;
  verdict: Verdict;
}

/** A measured number against an upper bound (`max`), or reported without a target. */
export function figure(
  bench: string,
  name: string,
  value: number,
  unit: string,
  max?: number,
  digits = value >= 100 ? 0 : value >= 10 ? 1 : 2,
): Figure {
  const shown = `${value.toFixed(digits)}${unit ? ` ${unit}` : ""}`;
  if (max === undefined) return { bench, figure: name, value: shown, target: "—", verdict: "info" };
  return {
    bench,
    figure: name,
    value: shown,
    target: `≤ ${max}${unit ? ` ${unit}` : ""}`,
    verdict: value <= max ? "PASS" : "MISS",
  };
}

/** A row that is not a number: a pending slot, a failure, a note. */
export function textFigure(
  bench: string,
  name: string,
  value: string,
  verdict: Verdict,
  target = "—",
): Figure {
  return { bench, figure: name, value, target, verdict };
}

/** Nearest-rank percentile of samples (ms); the samples need not be sorted. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function mebibytes(bytes: number): number {
  return bytes / 1024 / 1024;
}

/** A plain-text table, also valid Markdown, so BENCHMARKS.md can quote it as printed. */
export function table(figures: readonly Figure[]): string {
  const header = ["bench", "figure", "value", "target", "result"];
  const rows = figures.map((f) => [f.bench, f.figure, f.value, f.target, f.verdict]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
