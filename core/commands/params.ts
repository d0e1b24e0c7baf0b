import { z } from "zod";
import type { GroupContext } from "../context.js";
import type { MemberStatus } from "../db/generated/client.js";
import type { MessageKey } from "../text/catalog-en.js";

/**
 * How a parameter is typed in on a text platform and projected on a typed one (Discord options).
 * `text` takes the rest of the line and must come last.
 */
export type ParamKind = "word" | "text" | "integer" | "member" | "channel" | "role" | "choice" | "flag";

export interface Suggestion {
  label: string;
  value: string;
}

/** A member argument after the engine resolved and checked it. */
export interface MemberRef {
  platformUserId: string;
  memberId: number;
  /** `pending` until they accept the rules (core/features/rules/rules-service.ts). */
  status: MemberStatus;
  /** What the moderator typed, to echo back; never stored. */
  label: string;
}

export interface Param<N extends string = string, T = unknown> {
  name: N;
  kind: ParamKind;
  description: MessageKey;
  required: boolean;
  /** Validates what was typed; member and channel values are then resolved by the engine. */
  schema: z.ZodType;
  /** Phantom: the type the handler receives. */
  readonly type?: T;
  choices?: readonly string[];
  /** Longest accepted text, also projected as Discord's max_length. */
  maxLength?: number;
  /**
   * A name that may hold spaces (a tag, a title): typed last, it takes the rest of the line
   * without quotes; anywhere else it takes one word or a quoted phrase.
   */
  multiWord?: boolean;
  /** Only ever given as `name:value`, never by position (shown so in the usage line). */
  named?: boolean;
  /** Autocompletion while typing (Discord): values matching what was typed so far. */
  suggest?: (ctx: GroupContext, typed: string) => Promise<Suggestion[]>;
}

export type ArgsOf<P extends readonly Param[]> = {
  [K in P[number] as K["name"]]: K extends Param<string, infer T> ? T : never;
};

function param<N extends string, T>(
  name: N,
  kind: ParamKind,
  description: MessageKey,
  schema: z.ZodType<T>,
  extra: Pick<Param, "choices" | "maxLength" | "multiWord"> = {},
): Param<N, T> {
  return { name, kind, description, required: true, schema, ...extra };
}

/** The catalog's words for what a value should be; each takes at most one `value`. */
export const PROBLEMS = [
  "problem.valid",
  "problem.wholeNumber",
  "problem.min",
  "problem.max",
  "problem.atLeastChars",
  "problem.atMostChars",
  "problem.oneOf",
  "problem.yesNo",
] as const satisfies readonly MessageKey[];
export type Problem = (typeof PROBLEMS)[number];

/**
 * A zod issue message naming a catalog key and its value, so the refusal is worded in the
 * reader's language when it is shown (core/commands/resolve-args.ts), not here.
 */
export function problem(key: Problem, value: string | number = ""): { message: string } {
  return { message: JSON.stringify([key, value]) };
}

function boundedText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min, problem("problem.atLeastChars", min))
    .max(max, problem("problem.atMostChars", max));
}

export const arg = {
  word: <N extends string>(name: N, description: MessageKey, max = 100) =>
    param(name, "word", description, boundedText(1, max), { maxLength: max }),
  /** A name that may have spaces: `/iam Hypo crew`. */
  phrase: <N extends string>(name: N, description: MessageKey, max: number) =>
    param(name, "word", description, boundedText(1, max), { maxLength: max, multiWord: true }),
  text: <N extends string>(name: N, description: MessageKey, max: number) =>
    param(name, "text", description, boundedText(1, max), { maxLength: max }),
  integer: <N extends string>(name: N, description: MessageKey, min: number, max: number) =>
    param(
      name,
      "integer",
      description,
      z.coerce
        .number(problem("problem.wholeNumber"))
        .int(problem("problem.wholeNumber"))
        .min(min, problem("problem.min", min))
        .max(max, problem("problem.max", max)),
    ),
  /** A member of the group; the engine resolves the typed reference to a platform user id. */
  member: <N extends string>(name: N, description: MessageKey): Param<N, MemberRef> => ({
    ...param(name, "member", description, boundedText(1, 200)),
    type: undefined,
  }),
  /** A channel of the group, as a platform channel id (`here` means the current one). */
  channel: <N extends string>(name: N, description: MessageKey) =>
    param(name, "channel", description, boundedText(1, 200)),
  /** A platform role (Discord), as its id. */
  role: <N extends string>(name: N, description: MessageKey) =>
    param(name, "role", description, boundedText(1, 200)),
  choice: <N extends string, const C extends readonly [string, ...string[]]>(
    name: N,
    description: MessageKey,
    choices: C,
  ) =>
    param(
      name,
      "choice",
      description,
      z.preprocess(
        (value) => (typeof value === "string" ? value.toLowerCase() : value),
        z.enum(choices, problem("problem.oneOf", choices.join(", "))),
      ),
      { choices },
    ),
  flag: <N extends string>(name: N, description: MessageKey) =>
    param(
      name,
      "flag",
      description,
      z.preprocess(
        (value) => {
          if (typeof value !== "string") return value;
          const v = value.toLowerCase();
          if (["yes", "on", "true", "y", "1"].includes(v)) return true;
          if (["no", "off", "false", "n", "0"].includes(v)) return false;
          return value;
        },
        z.boolean(problem("problem.yesNo")),
      ),
    ),
};

export function optional<N extends string, T>(p: Param<N, T>): Param<N, T | undefined> {
  return { ...p, required: false, schema: p.schema.optional(), type: undefined };
}

/** An optional parameter that is only ever given by name (`description:…`), never by position. */
export function named<N extends string, T>(p: Param<N, T>): Param<N, T> {
  return { ...p, named: true };
}

/**
 * The parameters filled by position, in order: the required ones and an optional free text;
 * other optional ones too when nothing on the line can hold spaces (`mod digest set here 09:00
 * Europe/London weekdays 5`). The rest are given by name. The usage line shows exactly this.
 */
export function positionalParams(params: readonly Param[]): Param[] {
  const open = params.filter((p) => !p.named);
  const holdsSpaces = open.some((p) => p.kind === "text" || (p.multiWord && p.required));
  return open.filter((p) => p.required || p.kind === "text" || !holdsSpaces);
}

/** How a parameter is shown in a usage line: `<name>` when required, `[name:…]` when named. */
export function usageOf(p: Param, byPosition: boolean): string {
  const values = p.choices ? p.choices.join("|") : p.kind === "flag" ? "yes|no" : undefined;
  if (p.required) return `<${values ?? p.name}>`;
  if (byPosition) return `[${values ?? p.name}]`;
  return `[${p.name}:${values ?? "…"}]`;
}
