// Issue 8, item 2: database round trips per command, counted from Prisma's query events, with
// 1 and with 40 rules, tags and resources. test/core/round-trips.test.ts guards the same budget;
// this prints the counts.
import { createHarness } from "../test/helpers/harness.js";
import type { Bench } from "./bench.js";
import { QueryCounter, withBenchDatabase } from "./bench-database.js";
import { type Figure, textFigure } from "./figures.js";

const NAME = "round-trips";
const SIZES = [1, 40] as const;
const BUDGET = { read: 2, write: 5 } as const;

interface Probe {
  label: string;
  kind: "read" | "write";
}

// The issue's five commands first, then the rest of what the guarding test covers. Tag names
// exist at every size (tag0), so writes take their success path, not the "unknown tag" one.
const PROBES: Probe[] = [
  { label: "/rules", kind: "read" },
  { label: "/resources sleep", kind: "read" },
  { label: "/iam", kind: "write" },
  { label: "mod rules add", kind: "write" },
  { label: "member join", kind: "write" },
  { label: "/mytags", kind: "read" },
  { label: "/tags", kind: "read" },
  { label: "/help", kind: "read" },
  { label: "/agree", kind: "write" },
  { label: "mod tags give", kind: "write" },
];

export const roundTripsBench: Bench = {
  name: NAME,
  title: "2. Database round trips per command (Prisma query events)",
  isolated: true,
  async run(progress) {
    const counter = new QueryCounter();
    const counts = new Map<string, number[]>();
    await withBenchDatabase("postgres", { onQuery: counter.onQuery }, async ({ database }) => {
      const h = createHarness(database.prisma);
      for (const size of SIZES) {
        const g = h.group();
        for (let i = 0; i < size; i++) {
          await g.mod.run(`mod rules add Rule ${i}`);
          await g.mod.run(`mod tags create Tag${i}`);
          await g.mod.run(`mod resources add https://r${i}.example.org/ "Resource ${i}" about sleep`);
        }
        const alice = g.as("alice");
        const bob = g.as("bob");
        // Alice and Bob become members first: the counts are those of known members' commands.
        await alice.run("rules");
        await bob.run("rules");
        const count = async (label: string, run: () => Promise<unknown>) => {
          counter.count = 0;
          await run();
          counts.set(label, [...(counts.get(label) ?? []), counter.count]);
        };
        await count("/rules", () => alice.run("rules"));
        await count("/resources sleep", () => alice.run("resources sleep"));
        await count("/iam", () => alice.run("iam tag0"));
        await count("mod rules add", () => g.mod.run("mod rules add One more"));
        await count("member join", () => g.as(`newcomer-${size}`).join());
        await count("/mytags", () => alice.run("mytags"));
        await count("/tags", () => alice.run("tags"));
        await count("/help", () => alice.run("help"));
        await count("/agree", () => alice.run("agree"));
        await count("mod tags give", () => g.mod.run("mod tags give bob tag0"));
        progress(`with ${size} of each: ${[...counts].map(([k, v]) => `${k} ${v.at(-1)}`).join(", ")}`);
      }
    });
    return PROBES.map((probe): Figure => {
      const values = counts.get(probe.label) ?? [];
      const budget = BUDGET[probe.kind];
      const flat = values.every((v) => v === values[0]);
      const ok = values.length === SIZES.length && flat && values.every((v) => v <= budget);
      return textFigure(
        NAME,
        `${probe.label} (${probe.kind}), with ${SIZES.join(" → ")} of each`,
        values.join(" → "),
        ok ? "PASS" : "MISS",
        `≤ ${budget}, same at every size`,
      );
    });
  },
};
