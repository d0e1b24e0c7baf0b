// Prints the README's command reference from the registry: `npm run docs:commands`.
import { commandTable } from "../core/commands/command-table.js";
import { allFeatures } from "../core/features/index.js";

console.log(commandTable(allFeatures.flatMap((f) => f.commands)));
