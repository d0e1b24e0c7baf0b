import type { GroupContext } from "../context.js";
import { UserError } from "../errors.js";
import { memberIn } from "../member-service.js";
import type { Mention, RichText } from "../ports.js";
import type { CommandDef } from "./define.js";
import { type MemberRef, PROBLEMS, type Problem } from "./params.js";
import { type ArgsProblem, type SplitResult, splitArgs } from "./parse.js";
import { usageLine } from "./registry.js";

/**
 * Turns what was typed after a command into the handler's arguments: split, validated by each
 * parameter's zod schema, members and channels resolved. Any problem is a UserError with the usage.
 */
export async function resolveArgs(
  ctx: GroupContext | null,
  command: CommandDef,
  input: string | Record<string, string>,
  format: (path: string) => string,
  t: GroupContext["t"],
  mentions: readonly Mention[] = [],
): Promise<Record<string, unknown>> {
  const usage = usageLine(command, format);
  const refuse = (problem: RichText): never => {
    throw new UserError([...problem, { text: "\n" }, ...t("error.usage", { usage })]);
  };
  const split = typeof input === "string" ? splitArgs(input, command.params) : pick(input, command);
  if ("problem" in split) return refuse(describeSplitProblem(split.problem, command, format, t));
  const raw = split.args;
  const args: Record<string, unknown> = {};
  for (const param of command.params) {
    const value = raw[param.name];
    if (value === undefined && param.required) refuse(t("error.missingArg", { param: param.name }));
    const parsed = param.schema.safeParse(value);
    if (!parsed.success) {
      const problem = describeProblem(t, parsed.error.issues[0]?.message);
      refuse(t("error.invalidArg", { param: param.name, problem }));
    }
    args[param.name] = parsed.data;
    if (parsed.data === undefined || ctx === null) continue;
    if (param.kind === "member") args[param.name] = await resolveMember(ctx, String(parsed.data), mentions);
    if (param.kind === "channel") args[param.name] = await resolveChannel(ctx, String(parsed.data));
    if (param.kind === "role") args[param.name] = await resolveRole(ctx, String(parsed.data));
  }
  return args;
}

function describeSplitProblem(
  problem: ArgsProblem,
  command: CommandDef,
  format: (path: string) => string,
  t: GroupContext["t"],
): RichText {
  switch (problem.kind) {
    case "tooMany":
      return t("error.tooManyArgs", { command: format(command.path), extra: clip(problem.extra) });
    case "unclosedQuote":
      return t("error.unclosedQuote");
    case "repeated":
      return t("error.repeatedOption", { option: problem.option });
    case "unknownOption":
      return problem.suggestion === undefined
        ? t("error.unknownOption", { option: clip(problem.option) })
        : t("error.unknownOptionDidYouMean", {
            option: clip(problem.option),
            suggestion: problem.suggestion,
          });
  }
}

/** Echoed input stays short: the refusal is about the command, not a copy of it. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Structured arguments: only the command's own parameters count. */
function pick(input: Record<string, string>, command: CommandDef): SplitResult {
  const names = new Set(command.params.map((p) => p.name));
  const stranger = Object.keys(input).find((name) => !names.has(name));
  if (stranger !== undefined) return { problem: { kind: "unknownOption", option: stranger } };
  return { args: input };
}

async function resolveRole(ctx: GroupContext, typed: string): Promise<string> {
  const port = ctx.ports.get(ctx.platform);
  const roleId = port?.resolveRole ? await port.resolveRole(ctx.place.groupId ?? "", typed) : typed;
  if (!roleId) throw new UserError(ctx.t("error.unknownRole", { role: typed }));
  return roleId;
}

/** A typed member reference (mention, @name, id) as a member of this group, or a kind refusal. */
export async function resolveMember(
  ctx: GroupContext,
  typed: string,
  mentions: readonly Mention[],
): Promise<MemberRef> {
  const port = ctx.ports.get(ctx.platform);
  const mentioned = mentions.findLast((m) => m.label === typed.trim())?.userId;
  const userId = mentioned ?? (await port?.resolveUser?.(ctx.place.groupId ?? "", typed)) ?? typed;
  const member = await memberIn(ctx, userId);
  if (!member) throw new UserError(ctx.t("error.unknownMember", { member: typed }));
  return { platformUserId: userId, memberId: member.id, status: member.status, label: typed };
}

async function resolveChannel(ctx: GroupContext, typed: string): Promise<string> {
  if (typed.toLowerCase() === "here") return ctx.place.channelId;
  const port = ctx.ports.get(ctx.platform);
  const channelId = port?.resolveChannel
    ? await port.resolveChannel(ctx.place.groupId ?? "", typed, ctx.actor.id)
    : typed;
  if (!channelId) throw new UserError(ctx.t("error.unknownChannel", { channel: typed }));
  return channelId;
}

/** A parameter's problem (see `problem()` in params.ts) in the reader's words; zod's own as "valid". */
export function describeProblem(t: GroupContext["t"], message: string | undefined): string {
  let key: Problem = "problem.valid";
  let value: string | number = "";
  try {
    const parsed: unknown = JSON.parse(message ?? "");
    if (
      Array.isArray(parsed) &&
      PROBLEMS.includes(parsed[0]) &&
      ["string", "number"].includes(typeof parsed[1])
    ) {
      [key, value] = parsed as [Problem, string | number];
    }
  } catch {
    // A message of zod's own: not one of ours.
  }
  // Each problem takes one `value` (a number for counts, a list for choices): typed per key below.
  const untyped = t.plain as unknown as (k: Problem, vars: { value: string | number }) => string;
  return untyped(key, { value });
}
