// Prints the README's command reference from the registry; `npm run docs:commands -- --write`
// puts it into README.md between its markers.
import { readFileSync, writeFileSync } from "node:fs";
import { commandTable } from "../core/commands/command-table.js";
import { allFeatures } from "../core/features/index.js";

const table = commandTable(allFeatures.flatMap((f) => f.commands));
if (process.argv.includes("--write")) {
  const readme = readFileSync("README.md", "utf8");
  const updated = readme.replace(
    /<!-- commands:start -->[\s\S]*?<!-- commands:end -->/,
    `<!-- commands:start -->\n${table}\n<!-- commands:end -->`,
  );
  writeFileSync("README.md", updated);
} else {
  console.log(table);
}
