import type { CommandDef } from "./define.js";
import { usageOf } from "./params.js";

export interface CommandMatch {
  command: CommandDef;
  /** What follows the command's words. */
  rest: string;
}

export interface Registry {
  all: readonly CommandDef[];
  get(path: string): CommandDef | undefined;
  /** The command whose words start the line, longest first. */
  match(line: string): CommandMatch | undefined;
  /** Commands under a partial path (`mod rules` → add, edit…), for a helpful answer to a bare group. */
  under(prefix: string): CommandDef[];
}

export function createRegistry(commands: readonly CommandDef[]): Registry {
  const byPath = new Map<string, CommandDef>();
  for (const command of commands) {
    if (byPath.has(command.path)) throw new Error(`Command defined twice: ${command.path}`);
    byPath.set(command.path, command);
  }
  const longest = Math.max(...commands.map((c) => c.path.split(" ").length));
  return {
    all: commands,
    get: (path) => byPath.get(path),
    match(line) {
      const words = line.trim().split(/\s+/);
      for (let n = Math.min(longest, words.length); n > 0; n--) {
        const command = byPath.get(words.slice(0, n).join(" ").toLowerCase());
        if (command) {
          const rest = line.trim().replace(new RegExp(`^(\\S+\\s*){${n}}`), "");
          return { command, rest };
        }
      }
      return undefined;
    },
    under(prefix) {
      const key = `${prefix.trim().toLowerCase().split(/\s+/).join(" ")} `;
      return commands.filter((c) => c.path.startsWith(key));
    },
  };
}

export function usageLine(command: CommandDef, format: (path: string) => string): string {
  return [format(command.path), ...command.params.map(usageOf)].join(" ");
}
