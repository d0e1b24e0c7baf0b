import { type Clock, systemClock } from "./clock.js";
import {
  type ActionDef,
  type CommandDef,
  type Feature,
  parseActionId,
  type Reply,
} from "./commands/define.js";
import type { Suggestion } from "./commands/params.js";
import { type CommandMatch, createRegistry, type Registry, usageLine } from "./commands/registry.js";
import { resolveArgs } from "./commands/resolve-args.js";
import type { Context, GroupContext, Services } from "./context.js";
import type { Db } from "./db/database.js";
import { UserError } from "./errors.js";
import { describeError, isUnavailable } from "./failures.js";
import {
  DEFAULT_DIGEST_OPTIONS,
  type DigestOptions,
  runDueDigests,
} from "./features/digests/digest-service.js";
import { helpView } from "./features/help/help-view.js";
import { homeView } from "./features/home/home-view.js";
import { allFeatures } from "./features/index.js";
import { remindPending } from "./features/onboarding/reminders.js";
import { purgeExpired } from "./features/privacy/retention.js";
import { groupContext } from "./group-context.js";
import { hashId, type Logger, silentLogger } from "./log.js";
import { type EngineObserver, type Outcome, quietObserver } from "./observer.js";
import type { Actor, InboundEvent, Place, Platform, PlatformPort, View } from "./ports.js";
import { englishT, type Translate } from "./text/i18n.js";
import { hintedTranslator, storedLanguage } from "./text/reader.js";
import { note } from "./views.js";

export interface EngineOptions {
  db: Db;
  clock?: Clock;
  log?: Logger;
  features?: Feature[];
  digests?: Partial<DigestOptions>;
  observer?: EngineObserver;
}

export interface TickReport {
  digests: number;
  reminders: number;
  purged: number;
}

export interface Engine {
  registry: Registry;
  services: Services;
  /** Lets the engine post through an adapter (digests, alerts, direct messages). */
  attach(port: PlatformPort): void;
  /** Handles one platform event; returns the replies to it. Never throws. */
  dispatch(event: InboundEvent): Promise<View[]>;
  /**
   * Stops taking events (new ones get "temporarily unavailable") and waits, at most `timeoutMs`,
   * for those in flight. For a graceful shutdown.
   */
  drain(timeoutMs: number): Promise<void>;
  /** Values for a parameter being typed (Discord autocomplete). Never throws. */
  suggest(request: SuggestRequest): Promise<Suggestion[]>;
  /**
   * The scheduler's minute: posts due digests, sends due reminders, and once a day purges what
   * the retention period no longer allows. Safe to run in several processes at once.
   */
  tick(): Promise<TickReport>;
  /** A group's platform id changed (Telegram group upgraded to a supergroup): its data follows. */
  relocateGroup(platform: Platform, fromGroupId: string, toGroupId: string): Promise<void>;
  /** Whether the engine counts this caller as a moderator of the group (to offer moderator UI). */
  isModerator(request: { place: Place & { groupId: string }; actor: Actor }): Promise<boolean>;
  /** The caller's overview of their group (Slack App Home). */
  home(request: { place: Place & { groupId: string }; actor: Actor }): Promise<View>;
}

export interface SuggestRequest {
  place: Place;
  actor: Actor;
  path: string;
  param: string;
  typed: string;
}

// Discord shows at most 25 autocomplete choices.
const MAX_SUGGESTIONS = 25;

export function createEngine(options: EngineOptions): Engine {
  const features = options.features ?? allFeatures;
  const registry = createRegistry(features.flatMap((f) => f.commands));
  const actions = new Map<string, ActionDef>();
  for (const action of features.flatMap((f) => f.actions ?? [])) actions.set(action.name, action);
  const services: Services = {
    db: options.db,
    clock: options.clock ?? systemClock,
    log: options.log ?? silentLogger,
    t: englishT,
    ports: new Map<Platform, PlatformPort>(),
  };
  const { log } = services;
  const digestOptions: DigestOptions = { ...DEFAULT_DIGEST_OPTIONS, ...options.digests };
  let lastPurge = 0;
  const observer = options.observer ?? quietObserver;
  const inFlight = new Set<Promise<unknown>>();
  let draining = false;

  async function job<T>(name: string, work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      log.error({ job: name, error: describeError(error) }, "scheduled job failed");
      return fallback;
    }
  }

  /** The caller as far as the event tells: their platform's language hint (no stored choice yet). */
  function baseContext(
    event: InboundEvent,
    t: Translate = hintedTranslator(event.actor, event.place),
  ): Context {
    const port = services.ports.get(event.place.platform);
    return {
      ...services,
      t,
      actor: event.actor,
      place: event.place,
      platform: event.place.platform,
      cmd: (path) => port?.commandSyntax(path) ?? `/${path}`,
      ...(event.type === "command" && event.messageRef ? { messageRef: event.messageRef } : {}),
    };
  }

  function inGroup(place: Place): place is Place & { groupId: string } {
    return typeof place.groupId === "string" && place.groupId.length > 0;
  }

  /**
   * The context of a command or button: in a group, the group's (which knows the member's and the
   * community's language); in a private chat, the language the caller chose in any group.
   */
  async function callerContext(event: InboundEvent): Promise<{ base: Context; ctx: GroupContext | null }> {
    const hinted = baseContext(event);
    if (inGroup(event.place)) return { base: hinted, ctx: await groupContext(hinted, event.place) };
    const stored = await storedLanguage(services.db, event.place.platform, event.actor.id);
    if (!stored) return { base: hinted, ctx: null };
    return { base: baseContext(event, hintedTranslator(event.actor, event.place, stored)), ctx: null };
  }

  async function runCommand(
    event: Extract<InboundEvent, { type: "command" }>,
    match: CommandMatch | undefined,
  ): Promise<Reply> {
    const { base: caller, ctx } = await callerContext(event);
    const base: Context = ctx ?? caller;
    if (!match) {
      const family = registry.under(event.text);
      if (family.length > 0) return helpView(base, family, base.t("help.title"));
      const typed = event.text.trim().split(/\s+/)[0] ?? "";
      throw new UserError(
        base.t("error.unknownCommand", { command: base.cmd(typed.slice(0, 40)), help: base.cmd("help") }),
      );
    }
    const { command, rest } = match;
    if (command.scope === "group" && !ctx) throw new UserError(base.t("error.groupOnly"));
    // Whoever uses the group's commands becomes a known member (moderators can then name them);
    // commands that work anywhere (crisis, privacy, help) store nothing.
    if (command.scope === "group" && ctx && !ctx.member) await ctx.ensureMember();
    await requireAudience(ctx, command, base);
    const args = await resolveArgs(ctx, command, event.args ?? rest, base.cmd, base.t);
    log.debug({ command: command.path, platform: base.platform, user: hashId(base.actor.id) }, "command");
    return command.handler(ctx ?? base, args);
  }

  async function requireAudience(ctx: GroupContext | null, command: CommandDef, base: Context) {
    if (command.audience !== "moderator") return;
    if (!ctx || !(await ctx.isModerator())) {
      throw new UserError(base.t("error.moderatorOnly", { command: base.cmd(command.path) }));
    }
  }

  async function runAction(event: Extract<InboundEvent, { type: "action" }>): Promise<Reply> {
    const { name, args, owner } = parseActionId(event.action);
    const action = actions.get(name);
    const hinted = hintedTranslator(event.actor, event.place);
    if (!action) throw new UserError(hinted("error.staleButton"));
    if (owner !== undefined && owner !== event.actor.id) throw new UserError(hinted("error.notYourButton"));
    const { base, ctx } = await callerContext(event);
    const t = (ctx ?? base).t;
    if (!ctx && action.scope === "group") throw new UserError(t("error.staleButton"));
    if (action.audience === "moderator" && !(await ctx?.isModerator())) {
      throw new UserError(t("error.moderatorOnly", { command: name }));
    }
    return action.handler(ctx ?? base, args, event.choice);
  }

  async function runJoin(event: Extract<InboundEvent, { type: "join" }>): Promise<View[]> {
    if (!inGroup(event.place)) return [];
    const ctx = await groupContext(baseContext(event), event.place);
    await ctx.ensureMember();
    const views: View[] = [];
    for (const feature of features) if (feature.onJoin) views.push(...(await feature.onJoin(ctx)));
    return views;
  }

  /** The command's path or the action's name, never arguments (they may be personal). */
  function eventName(event: InboundEvent, match: CommandMatch | undefined): string {
    if (event.type === "command") return match?.command.path ?? "unknown";
    if (event.type === "action") return parseActionId(event.action).name;
    return event.type;
  }

  async function handle(
    event: InboundEvent,
    match: CommandMatch | undefined,
  ): Promise<{ views: View[]; outcome: Outcome }> {
    try {
      let reply: Reply;
      if (event.type === "command") reply = await runCommand(event, match);
      else if (event.type === "action") reply = await runAction(event);
      else if (event.type === "join") reply = await runJoin(event);
      else reply = [];
      return { views: Array.isArray(reply) ? reply : [reply], outcome: "ok" };
    } catch (error) {
      if (error instanceof UserError) return { views: [note(error.text)], outcome: "refused" };
      const t = hintedTranslator(event.actor, event.place);
      if (isUnavailable(error)) {
        log.warn({ event: event.type, error: describeError(error) }, "database unavailable");
        return { views: [note(t("error.unavailable"))], outcome: "unavailable" };
      }
      log.error({ event: event.type, error: describeError(error) }, "handler failed");
      return { views: [note(t("error.internal"))], outcome: "error" };
    }
  }

  return {
    registry,
    services,
    attach(port) {
      services.ports.set(port.platform, port);
    },
    async tick() {
      const digests = await job("digests", () => runDueDigests(services, digestOptions, observer), 0);
      const reminders = await job("reminders", () => remindPending(services), 0);
      let purged = 0;
      const now = services.clock.now().getTime();
      if (now - lastPurge >= 86_400_000) {
        lastPurge = now;
        purged = await job("purge", () => purgeExpired(services), 0);
      }
      return { digests, reminders, purged };
    },
    async relocateGroup(platform, fromGroupId, toGroupId) {
      await services.db.group.updateMany({
        where: { platform, platformGroupId: fromGroupId },
        data: { platformGroupId: toGroupId },
      });
    },
    async isModerator(request) {
      try {
        const base = baseContext({ type: "join", place: request.place, actor: request.actor });
        return await (await groupContext(base, request.place)).isModerator();
      } catch {
        return request.actor.isPlatformAdmin;
      }
    },
    async home(request) {
      try {
        const base = baseContext({ type: "join", place: request.place, actor: request.actor });
        return await homeView(await groupContext(base, request.place));
      } catch (error) {
        log.error({ error: describeError(error) }, "home failed");
        const t = hintedTranslator(request.actor, request.place);
        return note(t(isUnavailable(error) ? "error.unavailable" : "error.internal"));
      }
    },
    async suggest(request) {
      const param = registry.get(request.path)?.params.find((p) => p.name === request.param);
      if (!param?.suggest || !inGroup(request.place)) return [];
      try {
        const base = baseContext({ type: "join", place: request.place, actor: request.actor });
        const ctx = await groupContext(base, request.place);
        return (await param.suggest(ctx, request.typed)).slice(0, MAX_SUGGESTIONS);
      } catch (error) {
        log.warn({ error: describeError(error) }, "suggest failed");
        return [];
      }
    },
    async dispatch(event) {
      if (draining) return [note(hintedTranslator(event.actor, event.place)("error.unavailable"))];
      const started = performance.now();
      // Matched once: the handler and the metrics both use it.
      const match = event.type === "command" ? registry.match(event.text) : undefined;
      const work = handle(event, match);
      inFlight.add(work);
      const { views, outcome } = await work.finally(() => inFlight.delete(work));
      observer.handled({
        kind: event.type,
        name: eventName(event, match),
        platform: event.place.platform,
        seconds: (performance.now() - started) / 1000,
        outcome,
      });
      return views;
    },
    async drain(timeoutMs) {
      draining = true;
      const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
    },
  };
}

export { usageLine };
