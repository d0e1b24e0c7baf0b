import { type Clock, systemClock } from "./clock.js";
import {
  type ActionDef,
  type CommandDef,
  type Feature,
  parseActionId,
  type Reply,
} from "./commands/define.js";
import { helpView } from "./commands/help-view.js";
import type { Suggestion } from "./commands/params.js";
import { MAX_EVENT_TEXT } from "./commands/parse.js";
import { type CommandMatch, createRegistry, type Registry } from "./commands/registry.js";
import { resolveArgs } from "./commands/resolve-args.js";
import type { Context, GroupContext, Services } from "./context.js";
import type { Db } from "./db/database.js";
import { type Delivery, deliver, type Responder } from "./delivery.js";
import { UserError } from "./errors.js";
import { describeError, isUnavailable } from "./failures.js";
import { groupContext, relocateGroupRows } from "./group-context-service.js";
import { homeView } from "./home.js";
import { hashId, type Logger, silentLogger } from "./log.js";
import { storedLanguage } from "./member-service.js";
import { metricName } from "./metric-name.js";
import { tellModeratorsOnce } from "./notices-service.js";
import { type EngineObserver, type Outcome, quietObserver } from "./observer.js";
import type { Actor, InboundEvent, Place, Platform, PlatformPort, View } from "./ports.js";
import { commandLimits } from "./rate-limit-service.js";
import { pacedPort, purgeSendSlots } from "./send-pacing-service.js";
import { englishT, type Translate } from "./text/i18n.js";
import { plainText } from "./text/markup.js";
import { hintedTranslator } from "./text/reader.js";
import { note } from "./views.js";

export interface EngineOptions {
  db: Db;
  /** What the engine does: core/features/index.ts lists them (createPeerbridge passes them all). */
  features: readonly Feature[];
  clock?: Clock;
  log?: Logger;
  observer?: EngineObserver;
  /** Where the web dashboard is served (PEERBRIDGE_PUBLIC_URL), for `mod dashboard` links. */
  dashboardUrl?: string;
}

/** What one scheduler minute did: each feature's count by its name, and the rows purged. */
export type TickReport = Record<string, number> & { purged: number };

export interface ReaderRequest {
  place: Place;
  actor: Actor;
  /** What the group reads (the community's language), not the caller's own. */
  group?: boolean;
}

export interface Engine {
  registry: Registry;
  services: Services;
  /** Lets the engine post through an adapter (digests, alerts, direct messages). */
  attach(port: PlatformPort): void;
  /** Handles one platform event; returns the replies to it. Never throws. */
  dispatch(event: InboundEvent): Promise<View[]>;
  /**
   * Handles one platform event and delivers its replies by the one delivery policy (core/delivery.ts):
   * private and personal replies never land in a shared place. A command whose text reveals
   * health data is removed from a shared place where the platform allows. Never throws.
   */
  respond(event: InboundEvent, responder: Responder): Promise<Delivery[]>;
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
  /**
   * The context of a moderator acting from outside a chat (the web dashboard), or null when the
   * engine does not count them as a moderator of that group now. Same checks as a command.
   */
  moderatorContext(request: {
    place: Place & { groupId: string };
    actor: Actor;
  }): Promise<GroupContext | null>;
  /**
   * The caller's translator, chosen as for a command of theirs (their choice, the community's
   * language, the platform's hints): for what an adapter builds itself (forms, modals, App Home).
   * `group`: a text posted for the whole group instead, in the community's language.
   * Never throws; falls back to the platform's hints.
   */
  reader(request: ReaderRequest): Promise<Translate>;
  /** The caller's overview of their group (Slack App Home). */
  home(request: { place: Place & { groupId: string }; actor: Actor }): Promise<View>;
}

/** Whether anything typed in the event is past the cap, checked before any parsing. */
function tooLong(event: InboundEvent): boolean {
  if (event.type === "action") return event.action.length > MAX_EVENT_TEXT;
  if (event.type !== "command") return false;
  if (event.text.length > MAX_EVENT_TEXT) return true;
  return Object.values(event.args ?? {}).some((value) => value.length > MAX_EVENT_TEXT);
}

/** A moderator's answers are about the community's members: only the moderator may read them. */
function personal(reply: Reply): Reply {
  const mark = (v: View): View => ({ ...v, private: true, personal: true });
  return Array.isArray(reply) ? reply.map(mark) : mark(reply);
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
  const { features } = options;
  const registry = createRegistry(features.flatMap((f) => f.commands));
  const actions = new Map<string, ActionDef>();
  for (const action of features.flatMap((f) => f.actions ?? [])) actions.set(action.name, action);
  const observer = options.observer ?? quietObserver;
  const services: Services = {
    db: options.db,
    clock: options.clock ?? systemClock,
    log: options.log ?? silentLogger,
    t: englishT,
    ports: new Map<Platform, PlatformPort>(),
    ...(options.dashboardUrl ? { dashboardUrl: options.dashboardUrl.replace(/\/+$/, "") } : {}),
    features,
    observer,
  };
  const { log } = services;
  let lastPurge = 0;
  const inFlight = new Set<Promise<unknown>>();
  let draining = false;
  const limits = commandLimits(services.clock);

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

  // The group context each event loaded, remembered so a prompt posted in the group after the
  // answer needs no second load (it reads the community's language as the event left it).
  const eventContexts = new WeakMap<InboundEvent, GroupContext>();

  async function eventGroup(
    event: InboundEvent,
    base: Context,
    place: Place & { groupId: string },
  ): Promise<GroupContext> {
    const ctx = await groupContext(base, place);
    eventContexts.set(event, ctx);
    return ctx;
  }

  /**
   * The context of a command or button: in a group, the group's (which knows the member's and the
   * community's language); in a private chat, the language the caller chose in any group.
   */
  async function callerContext(event: InboundEvent): Promise<{ base: Context; ctx: GroupContext | null }> {
    const hinted = baseContext(event);
    if (inGroup(event.place)) return { base: hinted, ctx: await eventGroup(event, hinted, event.place) };
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
      const typed = registry.typedPath(event.text).slice(0, 40);
      const nearest = registry.nearest(event.text);
      throw new UserError(
        nearest
          ? base.t("error.unknownCommandDidYouMean", {
              command: base.cmd(typed),
              suggestion: base.cmd(nearest),
            })
          : base.t("error.unknownCommand", { command: base.cmd(typed), help: base.cmd("help") }),
      );
    }
    const { command, rest } = match;
    if (command.scope === "group" && !ctx) throw new UserError(base.t("error.groupOnly"));
    // Nothing is stored for reading: a member row starts when someone joins or changes something,
    // so a command after /forgetme does not bring a record back.
    await requireAudience(ctx, command, base);
    await limits.enforce(ctx ?? base, command);
    const args = await resolveArgs(ctx, command, event.args ?? rest, base.cmd, base.t, event.mentions);
    // The pseudonym is an HMAC: not computed for a line nobody reads.
    if (log.isLevelEnabled("debug"))
      log.debug({ command: command.path, platform: base.platform, user: hashId(base.actor.id) }, "command");
    const reply = await command.handler(ctx ?? base, args);
    return command.audience === "moderator" ? personal(reply) : reply;
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
      // The action's id is internal; a person reads what the button does.
      throw new UserError(
        action.label
          ? t("error.moderatorOnlyButton", { action: plainText(t(action.label)) })
          : t("error.moderatorOnlyThisButton"),
      );
    }
    const reply = await action.handler(ctx ?? base, args, event.choice);
    return action.audience === "moderator" ? personal(reply) : reply;
  }

  /** A reply to one of the bot's posts: the features that posted it answer; nothing is stored. */
  async function runReply(event: Extract<InboundEvent, { type: "reply" }>): Promise<View[]> {
    if (!inGroup(event.place)) return [];
    const ctx = await eventGroup(event, baseContext(event), event.place);
    const views: View[] = [];
    const reply = { replyTo: event.replyTo, text: event.text };
    for (const feature of features) if (feature.onReply) views.push(...(await feature.onReply(ctx, reply)));
    return views;
  }

  async function runJoin(event: Extract<InboundEvent, { type: "join" }>): Promise<View[]> {
    if (!inGroup(event.place)) return [];
    const ctx = await eventGroup(event, baseContext(event), event.place);
    // Someone the group knew before (a returning member, an approved join request) is no newcomer.
    const newcomer = ctx.member === null;
    await ctx.ensureMember();
    const views: View[] = [];
    for (const feature of features)
      if (feature.onJoin) views.push(...(await feature.onJoin(ctx, { newcomer })));
    return views;
  }

  /** The bot's arrival in a group and join requests: no member row is made for either. */
  async function runGroupHook(
    event: Extract<InboundEvent, { type: "botAdded" | "joinRequest" }>,
  ): Promise<View[]> {
    if (!inGroup(event.place)) return [];
    const ctx = await eventGroup(event, baseContext(event), event.place);
    const views: View[] = [];
    for (const feature of features) {
      if (event.type === "botAdded" && feature.onBotAdded)
        views.push(...(await feature.onBotAdded(ctx, event.missing)));
      if (event.type === "joinRequest" && feature.onJoinRequest)
        views.push(...(await feature.onJoinRequest(ctx)));
    }
    return views;
  }

  // Matched once per event: the handler and the metrics both use it. Past the cap, never parsed.
  const matchOf = (event: InboundEvent) =>
    event.type === "command" && !tooLong(event) ? registry.match(event.text) : undefined;

  async function reader(request: ReaderRequest): Promise<Translate> {
    try {
      const { base, ctx } = await callerContext({
        type: "join",
        place: request.place,
        actor: request.actor,
      });
      return request.group && ctx ? ctx.tCommunity : (ctx ?? base).t;
    } catch (error) {
      log.warn({ error: describeError(error) }, "reader failed");
      return hintedTranslator(request.actor, request.place);
    }
  }

  async function run(event: InboundEvent, match: CommandMatch | undefined): Promise<View[]> {
    if (draining || tooLong(event)) {
      const hinted = hintedTranslator(event.actor, event.place);
      if (draining) return [note(hinted("error.unavailable"))];
      return [note(hinted("error.tooLong", { max: hinted.number(MAX_EVENT_TEXT) }))];
    }
    const started = performance.now();
    const work = handle(event, match);
    inFlight.add(work);
    const { views, outcome } = await work.finally(() => inFlight.delete(work));
    observer.handled({
      kind: event.type,
      name: metricName(event, match, actions),
      platform: event.place.platform,
      seconds: (performance.now() - started) / 1000,
      outcome,
    });
    return views;
  }

  /** A sensitive command typed in a group goes; a missing right is told to moderators once. */
  async function removeCommand(event: InboundEvent, remove: () => Promise<boolean>) {
    try {
      if (await remove()) return;
      if (!inGroup(event.place)) return;
      const ctx = await groupContext(baseContext(event), event.place);
      await tellModeratorsOnce(
        ctx,
        "permission:delete_messages",
        ctx.tCommunity("notice.cannotRemoveCommands"),
      );
    } catch (error) {
      log.warn({ error: describeError(error) }, "could not remove a command message");
    }
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
      else if (event.type === "botAdded" || event.type === "joinRequest") reply = await runGroupHook(event);
      else if (event.type === "reply") reply = await runReply(event);
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
      services.ports.set(port.platform, pacedPort(port, services.db));
    },
    async tick() {
      const report: TickReport = { purged: 0 };
      for (const feature of features) {
        const tick = feature.tick;
        if (tick) report[feature.name] = await job(feature.name, () => tick(services), 0);
      }
      const now = services.clock.now().getTime();
      if (now - lastPurge >= 86_400_000) {
        lastPurge = now;
        for (const feature of features) {
          const purge = feature.purge;
          if (purge) report.purged += await job(`purge:${feature.name}`, () => purge(services), 0);
        }
        const clock = services.clock;
        report.purged += await job("purge:send-slots", () => purgeSendSlots(services.db, clock.now()), 0);
      }
      return report;
    },
    relocateGroup: (platform, fromGroupId, toGroupId) =>
      relocateGroupRows(services.db, platform, fromGroupId, toGroupId, async (tx) => {
        for (const feature of features) await feature.onRelocate?.(tx, platform, fromGroupId, toGroupId);
      }),
    async isModerator(request) {
      try {
        const base = baseContext({ type: "join", place: request.place, actor: request.actor });
        return await (await groupContext(base, request.place)).isModerator();
      } catch {
        return request.actor.isPlatformAdmin;
      }
    },
    async moderatorContext(request) {
      const base = baseContext({ type: "join", place: request.place, actor: request.actor });
      const ctx = await groupContext(base, request.place);
      return (await ctx.isModerator()) ? ctx : null;
    },
    reader,
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
    async respond(event, responder) {
      const match = matchOf(event);
      const views = await run(event, match);
      const groupReader = async () =>
        eventContexts.get(event)?.tCommunity ??
        (await reader({ place: event.place, actor: event.actor, group: true }));
      const delivered = await deliver(views, responder, groupReader).catch((error: unknown) => {
        log.warn({ event: event.type, error: describeError(error) }, "delivery failed");
        return [];
      });
      if (
        event.type === "command" &&
        match?.command.sensitive &&
        responder.shared &&
        responder.removeCommand
      ) {
        await removeCommand(event, responder.removeCommand);
      }
      return delivered;
    },
    dispatch: (event) => run(event, matchOf(event)),
    async drain(timeoutMs) {
      draining = true;
      const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref());
      await Promise.race([Promise.allSettled([...inFlight]), timeout]);
    },
  };
}
