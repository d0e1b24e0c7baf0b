import type { Context, GroupContext, Services } from "../context.js";
import type { Db } from "../db/database.js";
import { UserError } from "../errors.js";
import type { ChoiceInput, Platform, View } from "../ports.js";
import type { MessageKey } from "../text/catalog-en.js";
import type { ArgsOf, Param } from "./params.js";

export type Audience = "member" | "moderator";
/** `group`: needs a group (most commands); `anywhere`: also in a private chat with the bot. */
export type Scope = "group" | "anywhere";

type ContextFor<S extends Scope> = S extends "group" ? GroupContext : Context | GroupContext;
export type Reply = View | View[];

export interface CommandDef<P extends readonly Param[] = readonly Param[], S extends Scope = Scope> {
  /** Words that invoke it, e.g. `rules` or `mod rules add`. */
  path: string;
  audience: Audience;
  description: MessageKey;
  params: P;
  scope: S;
  /** Groups commands in `/help`. */
  section: string;
  handler(ctx: ContextFor<S>, args: ArgsOf<P>): Promise<Reply>;
}

/** Defines a command used in a group; every adapter projects it from the registry. */
export function defineCommand<const P extends readonly Param[]>(
  def: Omit<CommandDef<P, "group">, "scope">,
): CommandDef<P, "group"> {
  return { ...def, scope: "group" };
}

/** Defines a command that also works in a private chat with the bot (help, privacy, crisis). */
export function defineAnywhereCommand<const P extends readonly Param[]>(
  def: Omit<CommandDef<P, "anywhere">, "scope">,
): CommandDef<P, "anywhere"> {
  return { ...def, scope: "anywhere" };
}

export interface ActionDef<S extends Scope = Scope> {
  /** Dotted name, the first part of the action id, e.g. `rules.accept`. */
  name: string;
  audience: Audience;
  scope: S;
  handler(ctx: ContextFor<S>, args: string[], choice: ChoiceInput | undefined): Promise<Reply>;
}

/** A button or menu pressed in a group. */
export function defineAction(def: Omit<ActionDef<"group">, "scope">): ActionDef<"group"> {
  return { ...def, scope: "group" };
}

/** A button that also works in a private chat with the bot (privacy confirmations). */
export function defineAnywhereAction(def: Omit<ActionDef<"anywhere">, "scope">): ActionDef<"anywhere"> {
  return { ...def, scope: "anywhere" };
}

/** Anything a feature contributes. */
export interface Feature {
  name: string;
  commands: CommandDef[];
  actions?: ActionDef[];
  /** Replies to a member joining a group, in feature order. */
  onJoin?(ctx: GroupContext): Promise<View[]>;
  /** A member replied to one of the bot's posts; the text is never to be stored. */
  onReply?(ctx: GroupContext, reply: { replyTo: string; text: string }): Promise<View[]>;
  /** The scheduler's minute; returns how many things it did. */
  tick?(services: Services): Promise<number>;
  /** The daily retention clean-up; returns how many rows went. */
  purge?(services: Services): Promise<number>;
  /** What the feature stores about one platform user, for /mydata. */
  exportData?(db: Db, platform: Platform, userId: string): Promise<Record<string, unknown>>;
  /** Erases what the feature stores about one platform user (/forgetme). */
  erase?(db: Db, platform: Platform, userId: string): Promise<void>;
}

/**
 * Action ids carry their arguments and, when only one member may press them, that member:
 * `name:arg1:arg2@owner`. Short, because Telegram's callback_data is limited to 64 bytes.
 */
export function actionId(name: string, args: (string | number)[] = [], owner?: string): string {
  const body = [name, ...args.map(String)].join(":");
  return owner ? `${body}@${owner}` : body;
}

export function parseActionId(id: string): { name: string; args: string[]; owner?: string } {
  const at = id.lastIndexOf("@");
  const body = at >= 0 ? id.slice(0, at) : id;
  const [name = "", ...args] = body.split(":");
  return at >= 0 ? { name, args, owner: id.slice(at + 1) } : { name, args };
}

/** A positive whole number carried in an action id; anything else means the button is stale or forged. */
export function numberArg(ctx: { t: GroupContext["t"] }, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 2_000_000_000)
    throw new UserError(ctx.t("error.staleButton"));
  return number;
}
