// What the web dashboard can read and do, for one signed-in moderator. Every change is the same
// service function, with the same audit entry, that the chat command calls: no second path for
// policy. The web adapter renders what these return and never touches the database.
import { resolveMember } from "../../commands/resolve-args.js";
import type { GroupContext, Services } from "../../context.js";
import { UserError } from "../../errors.js";
import { describeError } from "../../failures.js";
import { hashId } from "../../log.js";
import type { Actor, Place, View } from "../../ports.js";
import { changeCommunity } from "../../settings-service.js";
import type { Language } from "../../text/languages.js";
import { digestView, nextRuns, selectResources } from "../digests/digest-service.js";
import { setCommunityLanguage } from "../language/language-feature.js";
import { setModerator, setModeratorChannel } from "../moderation/moderators-service.js";
import { closeOpenReport, openReports } from "../moderation/reports-service.js";
import { welcomeView } from "../onboarding/welcome-view.js";
import {
  decideSuggestion,
  editResource,
  findResource,
  type ResourceChanges,
  retireResource,
  reviewQueue,
  search,
} from "../resources/resources-service.js";
import { addRule, editRule, moveRule, removeRule, ruleBook, ruleHistory } from "../rules/rules-service.js";
import {
  createTag,
  deleteTag,
  editTag,
  type TagChanges,
  type TagSpec,
  tagById,
} from "../tags/tags-service.js";
import {
  csrfToken,
  endEverySession,
  endSession,
  type Holder,
  holderGroup,
  isSecretShaped,
  redeemLink,
  startSession,
  touchSession,
} from "./dashboard-service.js";
import {
  type AuditFilter,
  auditEntries,
  communityModerators,
  communitySchedules,
  tagHolders,
  tagsWithHolderCounts,
  waitingWork,
} from "./desk-service.js";

export type { AuditFilter };

/** The part of the engine the dashboard needs (kept narrow so tests can see what it relies on). */
export interface DashboardEngine {
  services: Services;
  moderatorContext(request: {
    place: Place & { groupId: string };
    actor: Actor;
  }): Promise<GroupContext | null>;
}

export type SignIn =
  | { ok: true; secret: string; csrf: string }
  | { ok: false; reason: "link" | "notModerator" };

export interface Dashboard {
  /** Exchanges a one-time link for a session; the moderator is told privately and it is audited. */
  signIn(linkSecret: string): Promise<SignIn>;
  /** The desk behind a session cookie, or null: ended, expired, or no longer a moderator. */
  open(sessionSecret: string): Promise<Desk | null>;
}

const AUDIT_PAGE = 200;

async function contextOf(engine: DashboardEngine, holder: Holder): Promise<GroupContext | null> {
  const group = await holderGroup(engine.services, holder);
  // A group moved to another community (linking) takes the right with it: the session is no longer valid.
  if (!group || group.communityId !== holder.communityId) return null;
  const port = engine.services.ports.get(holder.platform);
  const isPlatformAdmin = port?.isPlatformAdmin
    ? await port.isPlatformAdmin(group.platformGroupId, holder.platformUserId).catch((error: unknown) => {
        // Refused while the platform cannot say (safe), but told to operators: a platform outage
        // otherwise looks like every admin being signed out for no reason.
        engine.services.log.warn(
          {
            platform: holder.platform,
            group: hashId(group.platformGroupId),
            user: hashId(holder.platformUserId),
            error: describeError(error),
          },
          "dashboard could not re-check a platform admin; treated as not one",
        );
        return false;
      })
    : holder.platformAdmin;
  return engine.moderatorContext({
    place: { platform: holder.platform, groupId: group.platformGroupId, channelId: "dashboard" },
    actor: { id: holder.platformUserId, isPlatformAdmin },
  });
}

export function createDashboard(engine: DashboardEngine): Dashboard {
  const services = engine.services;
  return {
    async signIn(linkSecret) {
      if (!isSecretShaped(linkSecret)) return { ok: false, reason: "link" };
      const holder = await redeemLink(services, linkSecret);
      if (!holder) return { ok: false, reason: "link" };
      const ctx = await contextOf(engine, holder);
      if (!ctx) return { ok: false, reason: "notModerator" };
      const secret = await startSession(services, holder);
      await ctx.audit("dashboard.signin");
      const when = services.clock.now();
      await ctx.ports
        .get(ctx.platform)
        ?.sendDirect(
          ctx.actor.id,
          { blocks: [{ kind: "text", text: ctx.t("dashboard.signedInDm", { when }) }], private: true },
          { groupId: ctx.group.platformGroupId },
        )
        .catch(() => false);
      return { ok: true, secret, csrf: csrfToken(secret) };
    },
    async open(sessionSecret) {
      if (!isSecretShaped(sessionSecret)) return null;
      const holder = await touchSession(services, sessionSecret);
      if (!holder) return null;
      const ctx = await contextOf(engine, holder);
      return ctx ? createDesk(ctx, sessionSecret) : null;
    },
  };
}

export type Desk = ReturnType<typeof createDesk>;

function createDesk(ctx: GroupContext, sessionSecret: string) {
  const community = ctx.community;
  return {
    t: ctx.t,
    csrf: csrfToken(sessionSecret),
    community: { id: community.id, name: community.name },
    moderator: { platform: ctx.platform, id: ctx.actor.id },
    cmd: ctx.cmd,

    async overview() {
      const { schedules, ...waiting } = await waitingWork(ctx);
      const next = await nextRuns(ctx);
      const upcoming = schedules
        .map((schedule) => ({ ...schedule, next: next.get(schedule.id) }))
        // Soonest first: the card is called "Next digests".
        .sort((a, b) => (a.next?.getTime() ?? Infinity) - (b.next?.getTime() ?? Infinity));
      return { ...waiting, schedules: upcoming };
    },

    queue: () => reviewQueue(ctx),
    approve: (id: number) => decideSuggestion(ctx, id, true),
    reject: (id: number, reason: string | undefined) => decideSuggestion(ctx, id, false, reason),
    resource: (id: number) => findResource(ctx, id),
    editResource: (id: number, changes: ResourceChanges) => editResource(ctx, id, changes),
    library: (query: string, page: number) => search(ctx, query, page),
    retire: (id: number) => retireResource(ctx, id),

    reports: () => openReports(ctx),
    closeReport: (id: number, resolve: boolean) => closeOpenReport(ctx, id, resolve),

    rules: () => ruleBook(ctx),
    ruleHistory: () => ruleHistory(ctx),
    /** Refuses a form filled in against an older rulebook, as the chat's clear button does. */
    checkRulesVersion(seen: number) {
      return ruleBook(ctx).version === seen;
    },
    addRule: (text: string) => addRule(ctx, text),
    editRule: (number: number, text: string) => editRule(ctx, number, text),
    moveRule: (number: number, to: number) => moveRule(ctx, number, to),
    removeRule: (number: number) => removeRule(ctx, number),

    tags: () => tagsWithHolderCounts(ctx),
    /** Who holds a tag: for moderators only (private tags say something about health). */
    holders: (tagId: number) => tagHolders(ctx, tagId),
    createTag: (spec: TagSpec) => createTag(ctx, spec),
    editTag: async (id: number, changes: TagChanges) => editTag(ctx, await tagById(ctx, id), changes),
    deleteTag: async (id: number) => deleteTag(ctx, await tagById(ctx, id)),

    digests: () => communitySchedules(ctx),
    /** The digest exactly as the next run would post it (or null when the library is empty). */
    async digestPreview(count: number): Promise<View | null> {
      const resources = await selectResources(ctx, count);
      return resources.length ? digestView(ctx, resources) : null;
    },

    settings() {
      return {
        welcomeText: community.welcomeText,
        welcomeMode: community.welcomeMode,
        gateEnabled: community.gateEnabled,
        modChannelId: ctx.group.modChannelId,
        crisisText: community.crisisText,
        crisisAlert: community.crisisAlert,
        retentionDays: community.retentionDays,
        warningExpiryDays: community.warningExpiryDays,
        language: community.language,
      };
    },
    /** The welcome a new member would get, with `text` as the welcome when given (live preview). */
    async welcomePreview(text: string | undefined): Promise<View> {
      const preview = { ...ctx, community: { ...community, welcomeText: text ?? community.welcomeText } };
      return welcomeView(preview, ctx.t("dashboard.previewMember")[0]?.text);
    },
    // The same setting changes, action names and details as the chat commands.
    setWelcome: (text: string) => changeCommunity(ctx, "welcome.set", { welcomeText: text }),
    setWelcomeMode: (mode: "group" | "private") =>
      changeCommunity(ctx, "welcome.mode", { welcomeMode: mode }),
    setGate: (on: boolean) => changeCommunity(ctx, on ? "gate.on" : "gate.off", { gateEnabled: on }),
    setModChannel: (channelId: string) => setModeratorChannel(ctx, channelId),
    setCrisisText: (text: string) => changeCommunity(ctx, "crisis.set", { crisisText: text }),
    setCrisisAlert: (on: boolean) =>
      changeCommunity(ctx, "crisis.alert", { crisisAlert: on }, on ? "on" : "off"),
    setRetention: (days: number) =>
      changeCommunity(ctx, "privacy.retention", { retentionDays: days }, `${days} days`),
    setWarningExpiry: (days: number) =>
      changeCommunity(ctx, "warnings.expiry", { warningExpiryDays: days }, `${days} days`),
    setLanguage: (code: Language | "auto") => setCommunityLanguage(ctx, code),

    moderators: () => communityModerators(ctx),
    /** Grants or removes the role by a typed member reference, as `mod moderators add/remove` does. */
    async setModerator(typed: string, add: boolean) {
      const who = await resolveMember(ctx, typed, []);
      const changed = await setModerator(ctx, who, add);
      const vars = { member: who.label };
      if (!changed) throw new UserError(ctx.t(add ? "mods.already" : "mods.notOne", vars));
    },

    audit: (filter: AuditFilter, take = AUDIT_PAGE) => auditEntries(ctx, filter, take),

    signOut: () => endSession(ctx, sessionSecret),
    async signOutEverywhere() {
      const ended = await endEverySession(ctx, { platform: ctx.platform, platformUserId: ctx.actor.id });
      await ctx.audit("dashboard.signout", `${ended} sessions`);
      return ended;
    },
  };
}
