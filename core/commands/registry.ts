import { typoDistance } from "../text/closest.js";
import type { CommandDef } from "./define.js";
import { positionalParams, usageOf } from "./params.js";

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
  /** The command a mistyped line most likely meant (`mod confg` → `mod config`), if any. */
  nearest(line: string): string | undefined;
  /** The words of a line that name a command, up to the first one that does not (`mod confg`). */
  typedPath(line: string): string;
}

// At most this many typos across a command's words, and each word within its own reach.
const MAX_TYPOS = 2;

function wordReach(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

export function createRegistry(commands: readonly CommandDef[]): Registry {
  const byPath = new Map<string, CommandDef>();
  for (const command of commands) {
    if (byPath.has(command.path)) throw new Error(`Command defined twice: ${command.path}`);
    byPath.set(command.path, command);
  }
  const longest = Math.max(...commands.map((c) => c.path.split(" ").length));
  // Whole commands and the groups they belong to (`mod rules`), for "did you mean".
  const known = new Set(
    commands.flatMap((c) => c.path.split(" ").map((_, i, w) => w.slice(0, i + 1).join(" "))),
  );
  const paths = [...known];
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
    typedPath(line) {
      const words = line.trim().split(/\s+/, longest);
      let n = 1;
      while (n < words.length && known.has(words.slice(0, n).join(" ").toLowerCase())) n++;
      return words.slice(0, n).join(" ");
    },
    nearest(line) {
      const typed = line.trim().toLowerCase().split(/\s+/, longest);
      let best: { path: string; words: number; typos: number } | undefined;
      for (const path of paths) {
        const words = path.split(" ");
        if (words.length > typed.length) continue;
        let typos = 0;
        for (const [i, word] of words.entries()) {
          const said = typed[i] ?? "";
          const distance =
            said === word ? 0 : word.startsWith(said) && said.length >= 3 ? 1 : typoDistance(said, word);
          if (distance > wordReach(word)) {
            typos = Number.POSITIVE_INFINITY;
            break;
          }
          typos += distance;
        }
        if (typos === 0 || typos > MAX_TYPOS) continue;
        const better =
          !best || words.length > best.words || (words.length === best.words && typos < best.typos);
        if (better) best = { path, words: words.length, typos };
      }
      return best?.path;
    },
  };
}

/** The command, its positional parameters in the order they are read, then the named ones. */
export function usageLine(command: CommandDef, format: (path: string) => string): string {
  const positional = positionalParams(command.params);
  const byName = command.params.filter((p) => !positional.includes(p));
  return [
    format(command.path),
    ...positional.map((p) => usageOf(p, true)),
    ...byName.map((p) => usageOf(p, false)),
  ].join(" ");
}
