import { randomBytes } from "node:crypto";
import type { Clock } from "../../core/clock.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import type { Db } from "../../core/db/database.js";
import type { Engine } from "../../core/engine.js";
import type { Logger } from "../../core/log.js";
import { PlatformError } from "../../core/platform-error.js";
import type {
  Block,
  BotRight,
  ChannelTarget,
  ChoiceInput,
  Platform,
  PlatformPort,
  PlatformRoles,
  View,
} from "../../core/ports.js";
import { plainText } from "../../core/text/markup.js";

export interface Recorded {
  posts: { to: ChannelTarget; view: View }[];
  direct: { userId: string; view: View }[];
  access: { groupId: string; userId: string; allowed: boolean }[];
  /** Join requests answered: `approve:user` or `decline:user`. */
  requests: string[];
  /** Role calls, as `create:name`, `grant:user:role`… */
  roles: string[];
  /** Member actions, as `mute:user`, `ban:user`… */
  members: string[];
  /** Messages the engine removed, as `channel/message`. */
}

/** Roles as a platform keeps them, for tests of role sync. */
export function recordingRoles(recorded: Recorded): PlatformRoles & { existing: Map<string, string> } {
  const existing = new Map<string, string>();
  let next = 1;
  const known = (roleId: string) => {
    if (!existing.has(roleId)) throw new PlatformError("not_found", "manageRoles");
  };
  return {
    existing,
    async create(_groupId, name) {
      const id = `r${next++}`;
      existing.set(id, name);
      recorded.roles.push(`create:${name}`);
      return id;
    },
    async rename(_groupId, roleId, name) {
      known(roleId);
      existing.set(roleId, name);
      recorded.roles.push(`rename:${roleId}:${name}`);
    },
    async remove(_groupId, roleId) {
      known(roleId);
      existing.delete(roleId);
      recorded.roles.push(`remove:${roleId}`);
    },
    async grant(_groupId, userId, roleId) {
      known(roleId);
      recorded.roles.push(`grant:${userId}:${existing.get(roleId)}`);
    },
    async revoke(_groupId, userId, roleId) {
      known(roleId);
      recorded.roles.push(`revoke:${userId}:${existing.get(roleId)}`);
    },
  };
}

/** A port that records what the engine asks of the platform. */
export function recordingPort(platform: Platform = "console"): PlatformPort & { recorded: Recorded } {
  const recorded: Recorded = {
    posts: [],
    direct: [],
    access: [],
    roles: [],
    requests: [],
    members: [],
  };
  return {
    platform,
    recorded,
    commandSyntax: (path) => `/${path}`,
    async post(to, view) {
      recorded.posts.push({ to, view });
      return [`m${recorded.posts.length}`];
    },
    async sendDirect(userId, view) {
      recorded.direct.push({ userId, view });
      return true;
    },
    async resolveUser(_groupId, reference) {
      return reference.replace(/^@/, "");
    },
    async restrictMember(groupId, userId, allowed) {
      recorded.access.push({ groupId, userId, allowed });
    },
    async decideJoinRequest(_groupId, userId, approve) {
      recorded.requests.push(`${approve ? "approve" : "decline"}:${userId}`);
    },
    members: {
      async mute(_g, userId) {
        recorded.members.push(`mute:${userId}`);
      },
      async unmute(_g, userId) {
        recorded.members.push(`unmute:${userId}`);
      },
      async kick(_g, userId) {
        recorded.members.push(`kick:${userId}`);
      },
      async ban(_g, userId) {
        recorded.members.push(`ban:${userId}`);
      },
      async unban(_g, userId) {
        recorded.members.push(`unban:${userId}`);
      },
    },
  };
}

/** Everything a view says, as plain text (buttons and options included). */
export function textOf(views: View | View[]): string {
  const list = Array.isArray(views) ? views : [views];
  return list.flatMap((v) => v.blocks.map(blockText)).join("\n");
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "text":
      return plainText(block.text);
    case "list":
      return block.items
        .map((item, i) => (block.numbered ? `${i + 1}. ` : "- ") + plainText(item))
        .join("\n");
    case "buttons":
      return block.buttons.map((b) => `[${b.label}]`).join(" ");
    case "choice":
      return block.options.map((o) => `${o.selected ? "[x]" : "[ ]"} ${o.label}`).join("\n");
    case "file":
      return block.content;
    case "spoiler":
      return `${plainText(block.label)} ||${block.text}||`;
  }
}

export function buttonsOf(views: View[]): { label: string; action: string }[] {
  return views.flatMap((v) =>
    v.blocks.flatMap((b) =>
      b.kind === "buttons"
        ? b.buttons.flatMap((x) => (x.action ? [{ label: x.label, action: x.action }] : []))
        : [],
    ),
  );
}

export function choiceOf(views: View[]): Extract<Block, { kind: "choice" }> | undefined {
  for (const v of views) for (const b of v.blocks) if (b.kind === "choice") return b;
  return undefined;
}

export interface Persona {
  id: string;
  run(text: string): Promise<View[]>;
  /** Runs and returns the replies' text. */
  say(text: string): Promise<string>;
  press(action: string, choice?: ChoiceInput): Promise<View[]>;
  join(): Promise<View[]>;
  /** Asks to join (a Telegram join request). */
  request(): Promise<View[]>;
  /** Adds the bot to the group; `missing` are the rights the platform did not give it. */
  addBot(missing?: BotRight[]): Promise<View[]>;
  /** Replies in the group to the platform message `replyTo`. */
  reply(replyTo: string, text: string): Promise<View[]>;
  /** Runs a command in a private chat with the bot. */
  dm(text: string): Promise<View[]>;
}

export interface TestGroup {
  groupId: string;
  platform: Platform;
  as(userId: string, options?: { admin?: boolean; name?: string; locale?: string }): Persona;
  mod: Persona;
}

export interface Harness {
  engine: Engine;
  port: ReturnType<typeof recordingPort>;
  /** A fresh group (and so a fresh community) on the harness's platform. */
  group(name?: string): TestGroup;
}

export function createHarness(
  db: Db,
  options: { clock?: Clock; platform?: Platform; dashboardUrl?: string; log?: Logger } = {},
): Harness {
  const engine = createPeerbridge({
    db,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.dashboardUrl ? { dashboardUrl: options.dashboardUrl } : {}),
  });
  const port = recordingPort(options.platform ?? "console");
  engine.attach(port);
  return {
    engine,
    port,
    group(name = "Test group") {
      const groupId = `g-${randomBytes(5).toString("hex")}`;
      const platform = port.platform;
      const place = { platform, groupId, groupName: name, channelId: "general" };
      const as = (
        userId: string,
        opts: { admin?: boolean; name?: string; locale?: string } = {},
      ): Persona => {
        const actor = {
          id: userId,
          isPlatformAdmin: opts.admin ?? false,
          displayName: opts.name ?? userId,
          ...(opts.locale ? { locale: opts.locale } : {}),
        };
        const run = (text: string) => engine.dispatch({ type: "command", place, actor, text });
        return {
          id: userId,
          run,
          say: async (text) => textOf(await run(text)),
          press: (action, choice) =>
            engine.dispatch({ type: "action", place, actor, action, ...(choice ? { choice } : {}) }),
          join: () => engine.dispatch({ type: "join", place, actor }),
          request: () => engine.dispatch({ type: "joinRequest", place, actor }),
          addBot: (missing = []) => engine.dispatch({ type: "botAdded", place, actor, missing }),
          reply: (replyTo, text) => engine.dispatch({ type: "reply", place, actor, replyTo, text }),
          dm: (text) =>
            engine.dispatch({
              type: "command",
              place: { platform, channelId: `dm-${userId}` },
              actor,
              text,
            }),
        };
      };
      return { groupId, platform, as, mod: as("mod", { admin: true }) };
    },
  };
}
