import { createInterface } from "node:readline";
import type { Engine } from "../../core/engine.js";
import type { InboundEvent, View } from "../../core/ports.js";
import { stripControls } from "../shared/text.js";
import { CONSOLE_ADMIN, CONSOLE_GROUP, createConsolePort, personaId } from "./port.js";
import { type Pressable, renderView } from "./views.js";

const CONTROLS = `Console controls:
  /<command> …   run a command as the current persona (try /help)
  :as <name>     speak as <name>; "mod" is a group admin, anyone else a member
  :join <name>   <name> joins the group (and you speak as them)
  :request <name> <name> asks to join, as with a join request (and you speak as them)
  :addbot        the current persona adds the bot to the group
  :group <name>  switch to (or create) another simulated group, e.g. to try /mod link
  :press <n>     press button or option number <n> (or just :<n>)
  :reply <id> …  reply to the bot's message <id> (e.g. c3), as a platform reply would
  :help          this list
  :quit          leave (so does end of input)`;

// Lines kept for the up arrow within one session.
const HISTORY_SIZE = 500;

export interface ConsoleOptions {
  engine: Engine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive: prompt and colours. Piped: input lines are echoed so a transcript reads well. */
  interactive: boolean;
}

/** One simulated group in a terminal. Resolves at end of input or `:quit`. */
export async function runConsole({ engine, input, output, interactive }: ConsoleOptions): Promise<void> {
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
  engine.attach(createConsolePort(show, write));

  // The simulated group the console is in; `:group` moves to another (the first is "console").
  let place: { platform: "console"; groupId: string; groupName: string; channelId: string } = {
    platform: "console",
    ...CONSOLE_GROUP,
  };
  const visited = new Set([place.groupId]);
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
    if (!interactive) write(`${persona}> ${stripControls(trimmed)}`);
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
      case "reply": {
        const [replyTo = "", ...words] = rest;
        if (!replyTo || words.length === 0) write("Usage: :reply <message id> <text>");
        else await send({ type: "reply", place, actor: actor(), replyTo, text: words.join(" ") });
        return true;
      }
      case "group": {
        const slug = personaId(argument)
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "");
        if (!slug) {
          write("Usage: :group <name>");
          return true;
        }
        const groupId = slug === CONSOLE_GROUP.groupId ? slug : `console-${slug}`;
        const name = slug === CONSOLE_GROUP.groupId ? CONSOLE_GROUP.groupName : argument.trim();
        place = { platform: "console", groupId, groupName: name, channelId: CONSOLE_GROUP.channelId };
        const first = !visited.has(groupId);
        visited.add(groupId);
        write(first ? `(now in the new group "${name}")` : `(back in the group "${name}")`);
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

  // Interactive: readline's own line editing and history (up and down arrows). Piped: plain lines.
  const lines = interactive
    ? createInterface({
        input,
        output,
        terminal: true,
        historySize: HISTORY_SIZE,
        removeHistoryDuplicates: true,
      })
    : createInterface({ input, terminal: false });
  const prompt = () => {
    lines.setPrompt(`${persona}> `);
    lines.prompt();
  };
  if (interactive) {
    write("peerbridge console: a simulated group. Type :help for controls, /help for commands.");
    prompt();
  }
  for await (const line of lines) {
    if (!(await handle(line))) break;
    if (interactive) prompt();
  }
  lines.close();
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
