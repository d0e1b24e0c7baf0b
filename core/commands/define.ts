import type { Context, GroupContext, Services } from "../context.js";
import type { Prisma } from "../db/generated/client.js";
import { UserError } from "../errors.js";
import type { Block, BotRight, ChoiceInput, Platform, RichText, View } from "../ports.js";
import type { RateLimit } from "../rate-limit-service.js";
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
  /**
   * What is typed reveals someone's health or trouble (a condition tag, a report, a warning,
   * their data): removed from a shared place where the platform allows (Telegram deletes the
   * message), and counted in metrics only under `private`, never by name.
   */
  sensitive?: boolean;
  /** How often one member may run it; the engine refuses, kindly, before the handler runs. */
  limit?: RateLimit;
  /**
   * Its text is asked in a form where the platform has one for commands (Discord: a modal opened
   * by the bare slash command, as Discord users expect for something long and private); typed
   * after the command everywhere else.
   */
  form?: boolean;
  handler(ctx: ContextFor<S>, args: ArgsOf<P>): Promise<Reply>;
}

/**
 * What a command definition spells out: its description key defaults to `cmd.<path>` and its
 * `/help` section to the feature it belongs to (set by defineFeature).
 */
export type CommandInput<P extends readonly Param[], S extends Scope> = Omit<
  CommandDef<P, S>,
  "scope" | "description" | "section"
> & { description?: MessageKey; section?: string };

function complete<P extends readonly Param[], S extends Scope>(
  def: CommandInput<P, S>,
  scope: S,
): CommandDef<P, S> {
  const description = def.description ?? (`cmd.${def.path.replaceAll(" ", ".")}` as MessageKey);
  return { ...def, scope, description, section: def.section ?? "" };
}

/** Defines a command used in a group; every adapter projects it from the registry. */
export function defineCommand<const P extends readonly Param[]>(
  def: CommandInput<P, "group">,
): CommandDef<P, "group"> {
  return complete(def, "group");
}

/** Defines a command that also works in a private chat with the bot (help, privacy, crisis). */
export function defineAnywhereCommand<const P extends readonly Param[]>(
  def: CommandInput<P, "anywhere">,
): CommandDef<P, "anywhere"> {
  return complete(def, "anywhere");
}

export interface ActionDef<S extends Scope = Scope> {
  /** Dotted name, the first part of the action id, e.g. `rules.accept`. */
  name: string;
  audience: Audience;
  /** What pressing it does, as a person reads it ("approve suggestions"): the name is internal. */
  label?: Extract<MessageKey, `action.${string}`>;
  scope: S;
  /** As for commands: pressing it tells something personal (a tag picked, an erasure). */
  sensitive?: boolean;
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

/** A person as the platforms know them: erasure and export find their rows by this pair. */
export interface Person {
  platform: Platform;
  userId: string;
}

/** What a feature's /mydata section holds: plain JSON a person can read. */
export type ExportedData = Record<string, unknown>;

/**
 * Everything a feature contributes. Every member is optional: the engine loops over the features
 * and calls what each one has, so a new feature is its folder plus one line in the feature list.
 */
export interface Feature {
  name: string;
  commands: CommandDef[];
  actions?: ActionDef[];
  /** Replies to a member joining a group, in feature order; `newcomer` when the group never knew them. */
  onJoin?(ctx: GroupContext, join: { newcomer: boolean }): Promise<View[]>;
  /** Replies when the bot was added to a group (the arrival message). */
  onBotAdded?(ctx: GroupContext, missing: readonly BotRight[]): Promise<View[]>;
  /** Replies to a join request (Telegram), sent to the person asking. */
  onJoinRequest?(ctx: GroupContext): Promise<View[]>;
  /** A member replied to one of the bot's posts (`reply` event); the text is never to be stored. */
  onReply?(ctx: GroupContext, reply: { replyTo: string; text: string }): Promise<View[]>;
  /** The scheduler's minute (digests, reminders, follow-ups). Returns how much it did. */
  tick?(services: Services): Promise<number>;
  /** The daily clean-up of what the retention period no longer allows. Returns rows removed. */
  purge?(services: Services): Promise<number>;
  /**
   * Columns ("Model.column") holding a platform user id, or a link to a member, that this
   * feature's `exportData` shows and `erase` clears. test/core/erasure-coverage.test.ts fails
   * when a column of the schema that holds one is claimed by no feature.
   */
  personalColumns?: readonly string[];
  /** This feature's part of /mydata: every column its `erase` touches. */
  exportData?(services: Services, person: Person): Promise<ExportedData | undefined>;
  /**
   * This feature's part of /forgetme, inside the erasure's transaction; features run in reverse
   * list order, so a feature's rows go before the member rows they hang on.
   */
  erase?(tx: Prisma.TransactionClient, person: Person, services: Services): Promise<void>;
  /** Undoes what the platform holds for a person before their rows go (roles granted). */
  beforeErase?(services: Services, person: Person): Promise<void>;
  /** A section of the member's overview (Slack App Home). */
  homeSection?(ctx: GroupContext): Promise<Block[]>;
  /** Lines of `mod config`: this feature's settings. */
  configLines?(ctx: GroupContext): Promise<RichText[]>;
  /** A group's platform id changed (Telegram group upgraded to a supergroup). */
  onRelocate?(
    tx: Prisma.TransactionClient,
    platform: Platform,
    fromGroupId: string,
    toGroupId: string,
  ): Promise<void>;
}

/**
 * Declares a feature. Its commands' `/help` section is the feature's name unless a command names
 * its own, and a command's description key is `cmd.<path>` unless it names one.
 */
export function defineFeature(feature: Omit<Feature, "commands"> & { commands?: CommandDef[] }): Feature {
  const commands = (feature.commands ?? []).map((command) => ({
    ...command,
    section: command.section || feature.name,
  }));
  return { ...feature, commands };
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
