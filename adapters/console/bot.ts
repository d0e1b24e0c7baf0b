import { createInterface } from "node:readline";
import type { Engine } from "../../core/engine.js";
import type { InboundEvent, Place, View } from "../../core/ports.js";
import { stripControls } from "../shared/text.js";
import { CONSOLE_ADMIN, CONSOLE_GROUP, createConsolePort, personaId } from "./port.js";
import { type Pressable, renderView } from "./views.js";

const CONTROLS = `Console controls:
  /<command> …   run a command as the current persona (try /help)
  :as <name>     speak as <name>; "mod" is a group admin, anyone else a member
  :join <name>   <name> joins the group (and you speak as them)
  :request <name> <name> asks to join, as with a join request (and you speak as them)
  :addbot        the current persona adds the bot to the group
  :group <name>  switch to the simulated group <name>, created on first use (try linking two)
  :group         list the simulated groups
  :press <n>     press button or option number <n> (or just :<n>)
  :reply <id> …  reply to the bot's message <id> (e.g. c3), as a platform reply would
  :help          this list
  :quit          leave (so does end of input)`;

export interface ConsoleOptions {
  engine: Engine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive: prompt, line editing, history and colours. Piped: input lines are echoed so a transcript reads well. */
  interactive: boolean;
  /** Run once the console's port is attached, before the first line is read (the scheduler's first tick). */
  onReady?: () => Promise<void>;
}

/** Simulated groups in a terminal, starting in one. Resolves at end of input or `:quit`. */
export async function runConsole({
  engine,
  input,
  output,
  interactive,
  onReady,
}: ConsoleOptions): Promise<void> {
  const write = (text: string) => output.write(`${text}\n`);
  let persona = CONSOLE_ADMIN;
  // Buttons of the latest messages that had any stay pressable, as in a chat scrolled back.
  let pressables: Pressable[] = [];
  let fresh: Pressable[] = [];
  // Each command line is a message in the group, so the bot can remove one that says too much.
  let lineNumber = 0;

  const show = (header: string, view: View) => {
    const rendered = renderView(view, interactive, fresh.length + 1);
    fresh.push(...rendered.pressables);
    write(`${header}\n${indent(rendered.text)}`);
  };
  engine.attach(createConsolePort(show));

  // Each simulated group is its own platform group (its own community until linked).
  const groups = new Map<string, Place & { groupId: string }>([
    [CONSOLE_GROUP.groupId, { platform: "console", ...CONSOLE_GROUP }],
  ]);
  let place = groups.get(CONSOLE_GROUP.groupId) as Place & { groupId: string };
  const prompt = () =>
    place.groupId === CONSOLE_GROUP.groupId ? `${persona}> ` : `${persona}@${place.groupName}> `;
  const actor = () => ({ id: persona, isPlatformAdmin: persona === CONSOLE_ADMIN, displayName: persona });

  async function send(event: InboundEvent, messageId?: string) {
    fresh = [];
    // The console group is shared, but shows a private view marked for its persona, in place.
    await engine.respond(event, {
      shared: true,
      reply: async (view) => show("bot:", view),
      ephemeral: async (view) => {
        show(`bot (only ${persona} sees this):`, view);
        return true;
      },
      ...(messageId
        ? {
            removeCommand: async () => {
              write(`(the bot removed message ${messageId} from #${place.channelId})`);
              return true;
            },
          }
        : {}),
    });
    if (fresh.length > 0) pressables = fresh;
  }

  async function handle(line: string): Promise<boolean> {
    const trimmed = line.trim();
    if (!trimmed) return true;
    if (!interactive) write(`${prompt()}${stripControls(trimmed)}`);
    if (trimmed.startsWith("/")) {
      const messageId = `l${++lineNumber}`;
      await send({ type: "command", place, actor: actor(), text: trimmed.slice(1) }, messageId);
      return true;
    }
    if (!trimmed.startsWith(":")) {
      write("(said in the group; commands start with /, console controls with :)");
      return true;
    }
    const [control = "", ...rest] = trimmed.slice(1).split(/\s+/);
    const argument = rest.join(" ");
    const pressNumber = /^\d+$/.test(control) ? control : control === "press" ? argument : undefined;
    if (pressNumber !== undefined) {
      const target = pressables[Number(pressNumber) - 1];
      if (!target) write(`There is no button ${pressNumber} on screen.`);
      else if (target.kind === "button")
        await send({ type: "action", place, actor: actor(), action: target.action });
      else
        await send({
          type: "action",
          place,
          actor: actor(),
          action: target.action,
          choice: { toggled: target.value },
        });
      return true;
    }
    switch (control) {
      case "addbot":
        await send({ type: "botAdded", place, actor: actor(), missing: [] });
        return true;
      case "as":
      case "request":
      case "join": {
        const name = personaId(argument);
        if (!name) {
          write(`Usage: :${control} <name>`);
          return true;
        }
        persona = name;
        if (control === "join") await send({ type: "join", place, actor: actor() });
        else if (control === "request") await send({ type: "joinRequest", place, actor: actor() });
        else write(`(now speaking as ${persona})`);
        return true;
      }
      case "group": {
        if (!argument) {
          write([...groups.values()].map((g) => `${g === place ? "*" : " "} ${g.groupName}`).join("\n"));
          return true;
        }
        const key = groupKey(argument);
        if (!key) {
          write("Usage: :group <name>");
          return true;
        }
        const existing = groups.get(key);
        const name = stripControls(argument).slice(0, 40);
        place = existing ?? {
          platform: "console",
          groupId: key,
          groupName: name,
          channelId: CONSOLE_GROUP.channelId,
        };
        groups.set(key, place);
        pressables = [];
        write(
          existing ? `(now in ${place.groupName})` : `(created the group ${place.groupName}; you are in it)`,
        );
        return true;
      }
      case "reply": {
        const [replyTo = "", ...words] = rest;
        if (!replyTo || words.length === 0) write("Usage: :reply <message id> <text>");
        else await send({ type: "reply", place, actor: actor(), replyTo, text: words.join(" ") });
        return true;
      }
      case "help":
        write(CONTROLS);
        return true;
      case "quit":
        return false;
      default:
        write(`Unknown control :${control}. Type :help.`);
        return true;
    }
  }

  await onReady?.();
  // Interactive: readline's own line editing and history (in memory only: lines may say personal things).
  const lines = interactive
    ? createInterface({ input, output, terminal: true, historySize: 500 })
    : createInterface({ input, terminal: false });
  if (interactive) {
    write("peerbridge console: a simulated group. Type :help for controls, /help for commands.");
    lines.setPrompt(prompt());
    lines.prompt();
  }
  for await (const line of lines) {
    if (!(await handle(line))) break;
    if (interactive) {
      lines.setPrompt(prompt());
      lines.prompt();
    }
  }
  lines.close();
}

/** The console's id of a simulated group: the default one keeps its id, others get their name's. */
function groupKey(name: string): string | undefined {
  const slug = personaId(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 32);
  if (!slug) return undefined;
  return slug === CONSOLE_GROUP.groupId || slug === "console-group"
    ? CONSOLE_GROUP.groupId
    : `console-${slug}`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
