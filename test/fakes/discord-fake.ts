// A local Discord: REST API v10 and gateway on 127.0.0.1, speaking the real wire format, recording
// every call. discord.js is pointed at it with `rest.api`; the gateway URL comes from GET /gateway/bot.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { APIApplicationCommand, APIChannel, APIGuildMember, APIRole, APIUser } from "discord.js";
import { WebSocket, WebSocketServer } from "ws";
import {
  BOT_PERMISSIONS,
  interactionMember,
  MEMBER_PERMISSIONS,
  member as memberPayload,
  PERMISSIONS,
  role as rolePayload,
  snowflake,
  textChannel,
  user as userPayload,
} from "./discord-payloads.js";
import { RecordingServer, sendJson } from "./recording-server.js";

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  systemChannelId: string | null;
  roles: APIRole[];
  channels: APIChannel[];
  members: Map<string, APIGuildMember>;
  /** The bot's own managed role. */
  botRoleId: string;
  /** Banned user ids (PUT /guilds/{id}/bans/{user}). */
  bans: Set<string>;
}

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

/** A message the bot created: in a channel, a DM, or as an interaction reply / webhook follow-up. */
export interface RecordedMessage {
  id: string;
  channelId: string;
  body: MessageBody;
  files: { name: string; content: string }[];
  via: "channel" | "callback" | "webhook-edit" | "webhook";
  token?: string;
  ephemeral: boolean;
}

export interface MessageBody {
  content?: string;
  embeds?: { description?: string; title?: string }[];
  components?: { type: number; components: Component[] }[];
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
  flags?: number;
}

export interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  url?: string;
  style?: number;
  options?: { label: string; value: string; default?: boolean; description?: string }[];
  min_values?: number;
  max_values?: number;
  placeholder?: string;
}

export interface Callback {
  interactionId: string;
  token: string;
  type: number;
  data:
    | MessageBody
    | { choices?: { name: string; value: string }[] }
    | { custom_id?: string; title?: string; components?: unknown[] }
    | undefined;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface PendingInteraction {
  id: string;
  token: string;
  channelId: string;
}

const EPHEMERAL = 1 << 6;

export interface FakeDiscordOptions {
  token: string;
  /** Milliseconds between heartbeats the gateway asks for (Discord: ~41 s; small here). */
  heartbeatMs?: number;
}

// Events a RESUME can replay.
const SESSION_REPLAY = 1000;

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly bot: APIUser = userPayload(snowflake(), "peerbridge", true);
  readonly guilds = new Map<string, FakeGuild>();
  readonly users = new Map<string, APIUser>();

  readonly callbacks: Callback[] = [];
  readonly messages: RecordedMessage[] = [];
  /** Timeouts, kicks and bans as `timeout:userId:until|null`, `kick:userId`, `ban:userId`, `unban:userId`. */
  readonly memberCalls: string[] = [];
  /** The X-Audit-Log-Reason of each member call that had one, decoded. */
  readonly auditReasons: string[] = [];
  /** Role calls as `create:name`, `rename:roleId:name`, `remove:roleId`, `grant:userId:roleName`, `revoke:…`. */
  readonly roleCalls: string[] = [];
  readonly commands = {
    global: [] as APIApplicationCommand[],
    guilds: new Map<string, APIApplicationCommand[]>(),
  };
  commandWrites = 0;
  readonly identifies: { intents: number; token: string; shard?: [number, number] }[] = [];
  resumes = 0;
  heartbeats = 0;
  /** Every gateway payload the client sent (op and data), for the closing note of the test. */
  readonly gatewayReceived: { op: number }[] = [];

  private readonly server = new RecordingServer<RecordedCall>(
    (req, body, res) => this.handle(req, body, res),
    (res, error) => sendJson(res, 500, { message: String(error), code: 0 }),
  );
  private wss = new WebSocketServer({ noServer: true });
  /** Connections in order; dispatches go to the newest open one. */
  private sockets: WebSocket[] = [];
  private sequence = 0;
  private session: { op: number; t: string; s: number; d: unknown }[] = [];
  private sessionId = "";
  private failures: Failure[] = [];
  private interactions = new Map<string, PendingInteraction>();
  private dmChannels = new Map<string, string>();
  private heartbeatMs: number;
  constructor(options: FakeDiscordOptions) {
    this.token = options.token;
    this.heartbeatMs = options.heartbeatMs ?? 200;
    this.users.set(this.bot.id, this.bot);
    this.server.http.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/gateway")) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  /** Every REST call, in order. */
  get calls(): RecordedCall[] {
    return this.server.calls;
  }

  get port(): number {
    return this.server.port;
  }

  get apiBase(): string {
    return `${this.server.origin}/api`;
  }

  async listen(): Promise<void> {
    await this.server.listen();
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    await this.server.close();
  }

  // --- world building ---------------------------------------------------------------------------

  /** A user; `id` fixes it (a bench seeds its database with the ids the fake will send). */
  addUser(username: string, id = snowflake()): APIUser {
    const u = userPayload(id, username);
    this.users.set(u.id, u);
    return u;
  }

  /** A guild with @everyone, the bot's role, #general (system channel) and #welcome; the owner is an admin. */
  addGuild(
    name: string,
    options: { botPermissions?: bigint; systemChannel?: boolean; id?: string } = {},
  ): FakeGuild {
    const id = options.id ?? snowflake();
    const owner = this.addUser(`${name.toLowerCase().replace(/\W/g, "")}-owner`);
    const botRoleId = snowflake();
    const general = snowflake();
    const guild: FakeGuild = {
      id,
      name,
      ownerId: owner.id,
      systemChannelId: options.systemChannel === false ? null : general,
      botRoleId,
      roles: [
        rolePayload(id, "@everyone", 0, MEMBER_PERMISSIONS),
        rolePayload(botRoleId, "peerbridge", 10, options.botPermissions ?? BOT_PERMISSIONS, {
          managed: true,
          tags: { bot_id: this.bot.id },
        }),
      ],
      channels: [textChannel(general, id, "general", 0), textChannel(snowflake(), id, "welcome", 1)],
      members: new Map(),
      bans: new Set(),
    };
    guild.members.set(this.bot.id, memberPayload(this.bot, [botRoleId]));
    guild.members.set(owner.id, memberPayload(owner, []));
    this.guilds.set(id, guild);
    return guild;
  }

  /** A role made by hand in Discord's UI (e.g. moderators' "Members" role). */
  addRole(guild: FakeGuild, name: string, position = 1, permissions = 0n): APIRole {
    const r = rolePayload(snowflake(), name, position, permissions);
    guild.roles.push(r);
    this.dispatch("GUILD_ROLE_CREATE", { guild_id: guild.id, role: r });
    return r;
  }

  /** Deletes a role as a server admin would, telling the bot over the gateway. */
  deleteRoleByHand(guild: FakeGuild, roleId: string): void {
    guild.roles = guild.roles.filter((r) => r.id !== roleId);
    for (const m of guild.members.values()) m.roles = m.roles.filter((r) => r !== roleId);
    this.dispatch("GUILD_ROLE_DELETE", { guild_id: guild.id, role_id: roleId });
  }

  /** A member joins (Rules Screening: `pending` until they accept the server's rules). */
  join(guild: FakeGuild, username: string, options: { pending?: boolean } = {}): APIGuildMember {
    const u = this.addUser(username);
    const m = memberPayload(u, [], options.pending ?? false);
    guild.members.set(u.id, m);
    this.dispatch("GUILD_MEMBER_ADD", { ...m, guild_id: guild.id });
    return m;
  }

  /** The member passed Rules Screening. */
  passScreening(guild: FakeGuild, m: APIGuildMember): void {
    m.pending = false;
    this.dispatch("GUILD_MEMBER_UPDATE", { ...m, guild_id: guild.id });
  }

  /** The bot is added to a guild while running. */
  addGuildAtRuntime(name: string, options: { botPermissions?: bigint } = {}): FakeGuild {
    const guild = this.addGuild(name, options);
    this.dispatch("GUILD_CREATE", this.guildPayload(guild));
    return guild;
  }

  /** The bot is removed from a guild. */
  removeGuild(guild: FakeGuild): void {
    this.guilds.delete(guild.id);
    this.dispatch("GUILD_DELETE", { id: guild.id });
  }

  /**
   * A text channel only moderators see, as a server admin makes one: @everyone may not view it,
   * the bot's role may.
   */
  addPrivateChannel(guild: FakeGuild, name: string): APIChannel {
    const channel = {
      ...textChannel(snowflake(), guild.id, name, guild.channels.length),
      permission_overwrites: [
        { id: guild.id, type: 0, allow: "0", deny: PERMISSIONS.viewChannel.toString() },
        { id: guild.botRoleId, type: 0, allow: PERMISSIONS.viewChannel.toString(), deny: "0" },
      ],
    } as APIChannel;
    guild.channels.push(channel);
    this.dispatch("CHANNEL_CREATE", channel);
    return channel;
  }

  /** A server admin changes a channel's permission overwrites; Discord tells the bot. */
  setOverwrites(
    guild: FakeGuild,
    channelId: string,
    overwrites: { id: string; type: 0 | 1; allow: string; deny: string }[],
  ): void {
    const channel = guild.channels.find((c) => c.id === channelId);
    if (!channel || !("permission_overwrites" in channel)) throw new Error(`no channel ${channelId}`);
    channel.permission_overwrites = overwrites;
    this.dispatch("CHANNEL_UPDATE", channel);
  }

  channel(guild: FakeGuild, name: string): APIChannel {
    const found = guild.channels.find((c) => "name" in c && c.name === name);
    if (!found) throw new Error(`no channel ${name}`);
    return found;
  }

  /** Makes the next matching REST call fail with this status and body (e.g. 429, 403 50013). */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    body: unknown,
    headers?: Record<string, string>,
  ): void {
    this.failures.push({ method, path, status, body, ...(headers ? { headers } : {}) });
  }

  // --- interactions -----------------------------------------------------------------------------

  private permissionsOf(guild: FakeGuild, userId: string): bigint {
    const m = guild.members.get(userId);
    let bits = BigInt(guild.roles.find((r) => r.id === guild.id)?.permissions ?? "0");
    for (const r of guild.roles) if (m?.roles.includes(r.id)) bits |= BigInt(r.permissions);
    if (userId === guild.ownerId) bits |= PERMISSIONS.administrator | PERMISSIONS.manageGuild;
    return bits;
  }

  /** The position of a member's highest role (0: @everyone only). */
  private rank(guild: FakeGuild, userId: string): number {
    const m = guild.members.get(userId);
    return Math.max(0, ...guild.roles.filter((r) => m?.roles.includes(r.id)).map((r) => r.position));
  }

  /**
   * Discord's rule for acting on a member: the bot needs the right, and may not act on the owner,
   * on anyone ranked at or above it, nor time out an administrator. All of it is 403 50013.
   */
  private mayActOn(guild: FakeGuild, userId: string, right: bigint, timeout = false): boolean {
    if ((this.permissionsOf(guild, this.bot.id) & (right | PERMISSIONS.administrator)) === 0n) return false;
    if (!guild.members.has(userId)) return true;
    if (userId === guild.ownerId) return false;
    if (this.rank(guild, userId) >= this.rank(guild, this.bot.id)) return false;
    return !(timeout && (this.permissionsOf(guild, userId) & PERMISSIONS.administrator) !== 0n);
  }

  private base(guild: FakeGuild | undefined, userId: string, channelId: string, type: number) {
    const id = snowflake();
    const token = `itk_${randomBytes(12).toString("hex")}`;
    this.interactions.set(token, { id, token, channelId });
    const u = this.users.get(userId);
    if (!u) throw new Error("unknown user");
    if (!guild) {
      return {
        id,
        token,
        type,
        application_id: this.applicationId,
        channel_id: channelId,
        channel: { id: channelId, type: 1, recipients: [u] },
        user: u,
        version: 1,
        app_permissions: BOT_PERMISSIONS.toString(),
        locale: "en-US",
        entitlements: [],
        authorizing_integration_owners: { "0": "0" },
        context: 1,
        attachment_size_limit: 10485760,
      };
    }
    const m = guild.members.get(userId);
    if (!m) throw new Error("not a member");
    const channel = guild.channels.find((c) => c.id === channelId);
    return {
      id,
      token,
      type,
      application_id: this.applicationId,
      guild_id: guild.id,
      guild: { id: guild.id, locale: "en-US", features: [] },
      channel_id: channelId,
      channel: { ...channel, permissions: this.permissionsOf(guild, userId).toString() },
      member: interactionMember(m, this.permissionsOf(guild, userId)),
      version: 1,
      app_permissions: this.permissionsOf(guild, this.bot.id).toString(),
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": guild.id },
      context: 0,
      attachment_size_limit: 10485760,
    };
  }

  private resolved(guild: FakeGuild, options: SlashOption[]) {
    const users: Record<string, APIUser> = {};
    const members: Record<string, unknown> = {};
    const roles: Record<string, APIRole> = {};
    const channels: Record<string, unknown> = {};
    for (const o of options) {
      const id = String(o.value);
      if (o.type === 6) {
        const m = guild.members.get(id);
        const u = this.users.get(id);
        if (u) users[id] = u;
        if (m) members[id] = { ...m, user: undefined, permissions: this.permissionsOf(guild, id).toString() };
      }
      if (o.type === 8) {
        const r = guild.roles.find((x) => x.id === id);
        if (r) roles[id] = r;
      }
      if (o.type === 7) {
        const c = guild.channels.find((x) => x.id === id);
        if (c) channels[id] = { id, type: c.type, name: "name" in c ? c.name : "", permissions: "0" };
      }
    }
    return { users, members, roles, channels };
  }

  /** A slash command invocation; returns the interaction token (to read its answer). */
  slash(
    guild: FakeGuild,
    userId: string,
    command: { name: string; group?: string; sub?: string; options?: SlashOption[]; channelId?: string },
  ): string {
    const commandId = this.commandId(guild, command.name);
    let options: unknown[] = command.options ?? [];
    if (command.sub) options = [{ type: 1, name: command.sub, options }];
    if (command.group) options = [{ type: 2, name: command.group, options }];
    const payload = {
      ...this.base(
        guild,
        userId,
        command.channelId ?? guild.systemChannelId ?? guild.channels[0]?.id ?? "",
        2,
      ),
      data: {
        id: commandId,
        name: command.name,
        type: 1,
        guild_id: guild.id,
        options,
        resolved: this.resolved(guild, command.options ?? []),
      },
    };
    this.dispatch("INTERACTION_CREATE", payload);
    return payload.token;
  }

  autocomplete(
    guild: FakeGuild,
    userId: string,
    command: { name: string; group?: string; sub?: string; focused: string; typed: string },
  ): string {
    let options: unknown[] = [{ type: 3, name: command.focused, value: command.typed, focused: true }];
    if (command.sub) options = [{ type: 1, name: command.sub, options }];
    if (command.group) options = [{ type: 2, name: command.group, options }];
    const payload = {
      ...this.base(guild, userId, guild.systemChannelId ?? "", 4),
      data: { id: this.commandId(guild, command.name), name: command.name, type: 1, options },
    };
    this.dispatch("INTERACTION_CREATE", payload);
    return payload.token;
  }

  /** The message context menu (e.g. "Report to moderators") on a message someone wrote. */
  messageCommand(
    guild: FakeGuild,
    userId: string,
    name: string,
    target: { channelId: string; authorId: string; content: string },
  ): string {
    const messageId = snowflake();
    const author = this.users.get(target.authorId);
    const payload = {
      ...this.base(guild, userId, target.channelId, 2),
      data: {
        id: this.commandId(guild, name),
        name,
        type: 3,
        target_id: messageId,
        resolved: {
          messages: {
            [messageId]: this.messagePayload(
              messageId,
              target.channelId,
              { content: target.content },
              0,
              author,
            ),
          },
        },
      },
    };
    this.dispatch("INTERACTION_CREATE", payload);
    return payload.token;
  }

  /** The id of the bot's direct conversation with a user, once opened. */
  dmChannelOf(userId: string): string | undefined {
    return this.dmChannels.get(userId);
  }

  /** The user context menu (e.g. "Worried about them") on a member. */
  userCommand(guild: FakeGuild, userId: string, name: string, targetId: string, channelId: string): string {
    const target = this.users.get(targetId);
    const payload = {
      ...this.base(guild, userId, channelId, 2),
      data: {
        id: this.commandId(guild, name),
        name,
        type: 2,
        target_id: targetId,
        resolved: { users: target ? { [targetId]: target } : {} },
      },
    };
    this.dispatch("INTERACTION_CREATE", payload);
    return payload.token;
  }

  /**
   * A member's reply to a message the bot sent (MESSAGE_CREATE, type 19), pinging the bot as a
   * reply does by default; its text is sent as Discord sends it to a bot without MessageContent.
   */
  replyTo(guild: FakeGuild, authorId: string, to: RecordedMessage, content: string): string {
    const id = snowflake();
    const author = this.users.get(authorId);
    const member = guild.members.get(authorId);
    this.dispatch("MESSAGE_CREATE", {
      ...this.messagePayload(id, to.channelId, { content }, 0, author),
      type: 19,
      guild_id: guild.id,
      ...(member ? { member: { ...member, user: undefined } } : {}),
      mentions: [this.bot],
      message_reference: { type: 0, message_id: to.id, channel_id: to.channelId, guild_id: guild.id },
      referenced_message: this.messagePayload(to.id, to.channelId, to.body, 0),
    });
    return id;
  }

  /** Submits a modal the bot showed (callback type 9), with its text fields filled in. */
  submitModal(
    guild: FakeGuild,
    userId: string,
    channelId: string,
    customId: string,
    fields: Record<string, string>,
  ): string {
    const payload = {
      ...this.base(guild, userId, channelId, 5),
      data: {
        custom_id: customId,
        // Discord sends each field inside its Label component (type 18), as the modal was built.
        components: Object.entries(fields).map(([id, value], i) => ({
          type: 18,
          id: i * 2 + 1,
          component: { type: 4, id: i * 2 + 2, custom_id: id, value },
        })),
      },
    };
    this.dispatch("INTERACTION_CREATE", payload);
    return payload.token;
  }

  /** Presses a button of a message the bot sent. */
  press(guild: FakeGuild | undefined, userId: string, message: RecordedMessage, customId: string): string {
    const payload = {
      ...this.base(guild, userId, message.channelId, 3),
      message: this.messagePayload(
        message.id,
        message.channelId,
        message.body,
        message.ephemeral ? EPHEMERAL : 0,
      ),
      data: { custom_id: customId, component_type: 2 },
    };
    this.dispatch("INTERACTION_CREATE", payload);
    return payload.token;
  }

  /** Picks values in a select menu of a message the bot sent. */
  select(
    guild: FakeGuild | undefined,
    userId: string,
    message: RecordedMessage,
    customId: string,
    values: string[],
  ): string {
    const payload = {
      ...this.base(guild, userId, message.channelId, 3),
      message: this.messagePayload(
        message.id,
        message.channelId,
        message.body,
        message.ephemeral ? EPHEMERAL : 0,
      ),
      data: { custom_id: customId, component_type: 3, values },
    };
    this.dispatch("INTERACTION_CREATE", payload);
    return payload.token;
  }

  private commandId(guild: FakeGuild, name: string): string {
    const all = [...this.commands.global, ...(this.commands.guilds.get(guild.id) ?? [])];
    return all.find((c) => c.name === name)?.id ?? snowflake();
  }

  /** What the bot answered to one interaction: the callback, then webhook edits and follow-ups. */
  answers(token: string): RecordedMessage[] {
    return this.messages.filter((m) => m.token === token);
  }

  callbackOf(token: string): Callback | undefined {
    return this.callbacks.find((c) => c.token === token);
  }

  /** Whether the interaction has its final answer (not only a deferral). */
  answered(token: string): boolean {
    const callback = this.callbackOf(token);
    if (!callback) return false;
    if (callback.type === 5)
      return this.calls.some((c) => c.path.includes(`/${token}`) && c.method !== "POST");
    return true;
  }

  // --- gateway ----------------------------------------------------------------------------------

  /** Sends a dispatch event to the connected client. */
  dispatch(t: string, d: unknown): void {
    this.sequence++;
    const event = { op: 0, t, s: this.sequence, d };
    // Kept for a RESUME, as Discord does: under load discord.js may take the connection for a
    // zombie (a late heartbeat ack), reconnect and resume, and must then get what it missed.
    this.session.push(event);
    if (this.session.length > SESSION_REPLAY) this.session.shift();
    const socket = this.sockets.findLast((ws) => ws.readyState === WebSocket.OPEN);
    socket?.send(JSON.stringify(event));
  }

  /** Drops the connection with a resumable close code; the client should RESUME. */
  dropConnection(code = 4000): void {
    this.sockets.findLast((ws) => ws.readyState === WebSocket.OPEN)?.close(code, "fake drop");
  }

  connectedSockets(): number {
    return [...this.wss.clients].filter((c) => c.readyState === WebSocket.OPEN).length;
  }

  private guildPayload(guild: FakeGuild) {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: guild.roles,
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: guild.systemChannelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: "en-US",
      max_video_channel_users: 25,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      voice_states: [],
      members: [...guild.members.values()],
      channels: guild.channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private send(ws: WebSocket, payload: unknown) {
    ws.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket) {
    this.sockets.push(ws);
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatMs }, s: null, t: null });
    ws.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | null };
      this.gatewayReceived.push({ op: payload.op });
      if (payload.op === 1) {
        this.heartbeats++;
        this.send(ws, { op: 11, d: null, s: null, t: null });
      } else if (payload.op === 2) {
        const d = payload.d ?? {};
        const shard = Array.isArray(d.shard) ? (d.shard.map(Number) as [number, number]) : undefined;
        this.identifies.push({
          intents: Number(d.intents),
          token: String(d.token),
          ...(shard ? { shard } : {}),
        });
        if (d.token !== this.token) {
          ws.close(4004, "Authentication failed.");
          return;
        }
        this.sessionId = randomBytes(16).toString("hex");
        this.sequence = 0;
        this.session = [];
        // Discord gives each shard the guilds with (guild_id >> 22) % shard_count === shard_id.
        const mine = [...this.guilds.values()].filter(
          (g) => !shard || Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0],
        );
        this.dispatch("READY", {
          v: 10,
          user: this.bot,
          guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
          session_id: this.sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
          shard: shard ?? [0, 1],
          application: { id: this.applicationId, flags: 0 },
          user_settings: {},
          private_channels: [],
          presences: [],
          relationships: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        for (const guild of mine) this.dispatch("GUILD_CREATE", this.guildPayload(guild));
      } else if (payload.op === 6) {
        const d = payload.d ?? {};
        if (d.session_id === this.sessionId && d.token === this.token) {
          this.resumes++;
          const seen = Number(d.seq ?? 0);
          for (const missed of this.session.filter((e) => e.s > seen)) ws.send(JSON.stringify(missed));
          this.dispatch("RESUMED", {});
        } else {
          this.send(ws, { op: 9, d: false, s: null, t: null });
        }
      }
    });
  }

  // --- REST -------------------------------------------------------------------------------------

  private async body(
    req: IncomingMessage,
    raw: Buffer,
  ): Promise<{ json: unknown; files: { name: string; content: string }[] }> {
    const type = req.headers["content-type"] ?? "";
    if (raw.length === 0) return { json: undefined, files: [] };
    if (type.startsWith("multipart/form-data")) {
      const form = await new Request("http://fake/", {
        method: "POST",
        headers: { "content-type": type },
        body: raw,
      }).formData();
      const files: { name: string; content: string }[] = [];
      let json: unknown;
      for (const [key, value] of form.entries()) {
        if (key === "payload_json" && typeof value === "string") json = JSON.parse(value);
        else if (typeof value !== "string") files.push({ name: value.name, content: await value.text() });
      }
      return { json, files };
    }
    return { json: JSON.parse(raw.toString("utf8")), files: [] };
  }

  private reply(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    if (body === undefined) {
      res.writeHead(status, headers).end();
      return;
    }
    sendJson(res, status, body, headers);
  }

  private error(res: ServerResponse, status: number, code: number, message: string) {
    this.reply(res, status, { message, code });
  }

  private messagePayload(
    id: string,
    channelId: string,
    body: MessageBody,
    flags: number,
    author: APIUser = this.bot,
  ) {
    return {
      id,
      channel_id: channelId,
      author,
      content: body.content ?? "",
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: 0,
      flags,
    };
  }

  private record(
    channelId: string,
    parsed: { json: unknown; files: { name: string; content: string }[] },
    via: RecordedMessage["via"],
    token?: string,
    ephemeralDefault = false,
  ): RecordedMessage {
    const body = (parsed.json ?? {}) as MessageBody;
    const ephemeral = ((body.flags ?? 0) & EPHEMERAL) !== 0 || ephemeralDefault;
    const message: RecordedMessage = {
      id: snowflake(),
      channelId,
      body,
      files: parsed.files,
      via,
      ephemeral,
      ...(token ? { token } : {}),
    };
    this.messages.push(message);
    return message;
  }

  private async handle(req: IncomingMessage, raw: Buffer, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const method = req.method ?? "GET";
    const path = url.pathname.replace(/^\/api\/v10/, "");
    const parsed = await this.body(req, raw);
    this.server.record({ method, path, body: parsed.json });

    if (
      req.headers.authorization !== `Bot ${this.token}` &&
      !path.startsWith("/interactions/") &&
      !path.startsWith("/webhooks/")
    ) {
      this.error(res, 401, 0, "401: Unauthorized");
      return;
    }
    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(path));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      if (f) this.reply(res, f.status, f.body, f.headers);
      return;
    }
    const match = (pattern: RegExp) => pattern.exec(path);

    if (method === "GET" && path === "/gateway/bot") {
      this.reply(res, 200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
      return;
    }
    const commandsRoute = match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (commandsRoute) {
      const guildId = commandsRoute[2];
      if (method === "GET") {
        this.reply(res, 200, guildId ? (this.commands.guilds.get(guildId) ?? []) : this.commands.global);
        return;
      }
      if (method === "PUT") {
        this.commandWrites++;
        const stored = ((parsed.json as Record<string, unknown>[]) ?? []).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
          ...(guildId ? { guild_id: guildId } : {}),
          description: c.description ?? "",
          nsfw: false,
        })) as unknown as APIApplicationCommand[];
        if (guildId) this.commands.guilds.set(guildId, stored);
        else this.commands.global = stored;
        this.reply(res, 200, stored);
        return;
      }
    }
    const callbackRoute = match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (method === "POST" && callbackRoute) {
      const token = callbackRoute[2] ?? "";
      const pending = this.interactions.get(token);
      if (!pending || pending.id !== callbackRoute[1]) {
        this.error(res, 404, 10062, "Unknown interaction");
        return;
      }
      const body = parsed.json as { type: number; data?: MessageBody };
      this.callbacks.push({ interactionId: pending.id, token, type: body.type, data: body.data });
      if (body.type === 4 || body.type === 7) {
        this.record(pending.channelId, { json: body.data, files: parsed.files }, "callback", token);
      }
      this.reply(res, 204);
      return;
    }
    const webhookRoute = match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|%40original|\d+))?$/);
    if (webhookRoute) {
      const token = webhookRoute[2] ?? "";
      const pending = this.interactions.get(token);
      if (!pending) {
        this.error(res, 404, 10015, "Unknown Webhook");
        return;
      }
      if (method === "DELETE") {
        this.reply(res, 204);
        return;
      }
      const deferredEphemeral = this.callbacks.some(
        (c) =>
          c.token === token &&
          c.type === 5 &&
          (((c.data as MessageBody | undefined)?.flags ?? 0) & EPHEMERAL) !== 0,
      );
      const via = method === "PATCH" ? "webhook-edit" : "webhook";
      const message = this.record(
        pending.channelId,
        parsed,
        via,
        token,
        via === "webhook-edit" && deferredEphemeral,
      );
      this.reply(
        res,
        200,
        this.messagePayload(message.id, message.channelId, message.body, message.ephemeral ? EPHEMERAL : 0),
      );
      return;
    }
    if (method === "POST" && path === "/users/@me/channels") {
      const recipient = String((parsed.json as { recipient_id: string }).recipient_id);
      const u = this.users.get(recipient);
      if (!u) {
        this.error(res, 400, 50035, "Invalid Form Body");
        return;
      }
      let dmId = this.dmChannels.get(recipient);
      if (!dmId) {
        dmId = snowflake();
        this.dmChannels.set(recipient, dmId);
      }
      this.reply(res, 200, { id: dmId, type: 1, last_message_id: null, recipients: [u], flags: 0 });
      return;
    }
    const postRoute = match(/^\/channels\/(\d+)\/messages$/);
    if (method === "POST" && postRoute) {
      const channelId = postRoute[1] ?? "";
      const known =
        [...this.dmChannels.values()].includes(channelId) ||
        [...this.guilds.values()].some((g) => g.channels.some((c) => c.id === channelId));
      if (!known) {
        this.error(res, 404, 10003, "Unknown Channel");
        return;
      }
      const message = this.record(channelId, parsed, "channel");
      this.reply(res, 200, this.messagePayload(message.id, channelId, message.body, 0));
      return;
    }
    const channelRoute = match(/^\/channels\/(\d+)$/);
    if (channelRoute && method === "GET") {
      const channel = [...this.guilds.values()]
        .flatMap((g) => g.channels)
        .find((c) => c.id === channelRoute?.[1]);
      if (channel) this.reply(res, 200, channel);
      else this.error(res, 404, 10003, "Unknown Channel");
      return;
    }
    const rolesRoute = match(/^\/guilds\/(\d+)\/roles(?:\/(\d+))?$/);
    if (rolesRoute) {
      const guild = this.guilds.get(rolesRoute[1] ?? "");
      if (!guild) {
        this.error(res, 404, 10004, "Unknown Guild");
        return;
      }
      const roleId = rolesRoute[2];
      if (method === "POST" && !roleId) {
        const body = parsed.json as { name: string; permissions?: string };
        if ((this.permissionsOf(guild, this.bot.id) & PERMISSIONS.manageRoles) === 0n) {
          this.error(res, 403, 50013, "Missing Permissions");
          return;
        }
        const r = rolePayload(snowflake(), body.name, 1, BigInt(body.permissions ?? "0"));
        guild.roles.push(r);
        this.roleCalls.push(`create:${body.name}`);
        this.reply(res, 200, r);
        this.dispatch("GUILD_ROLE_CREATE", { guild_id: guild.id, role: r });
        return;
      }
      const r = guild.roles.find((x) => x.id === roleId);
      if (!r) {
        this.error(res, 404, 10011, "Unknown Role");
        return;
      }
      if (method === "PATCH") {
        const body = parsed.json as { name?: string };
        if (body.name !== undefined) r.name = body.name;
        this.roleCalls.push(`rename:${r.id}:${r.name}`);
        this.reply(res, 200, r);
        return;
      }
      if (method === "DELETE") {
        guild.roles = guild.roles.filter((x) => x.id !== r.id);
        this.roleCalls.push(`remove:${r.id}`);
        this.reply(res, 204);
        this.dispatch("GUILD_ROLE_DELETE", { guild_id: guild.id, role_id: r.id });
        return;
      }
    }
    const reason = req.headers["x-audit-log-reason"];
    if (typeof reason === "string") this.auditReasons.push(decodeURIComponent(reason));
    const banRoute = match(/^\/guilds\/(\d+)\/bans\/(\d+)$/);
    if (banRoute && (method === "PUT" || method === "DELETE")) {
      const guild = this.guilds.get(banRoute[1] ?? "");
      const userId = banRoute[2] ?? "";
      if (!guild) {
        this.error(res, 404, 10004, "Unknown Guild");
        return;
      }
      if (!this.mayActOn(guild, method === "PUT" ? userId : "", PERMISSIONS.banMembers)) {
        this.error(res, 403, 50013, "Missing Permissions");
        return;
      }
      if (method === "DELETE") {
        if (!guild.bans.delete(userId)) {
          this.error(res, 404, 10026, "Unknown Ban");
          return;
        }
        this.memberCalls.push(`unban:${userId}`);
        this.reply(res, 204);
        return;
      }
      guild.bans.add(userId);
      this.memberCalls.push(`ban:${userId}`);
      const banned = guild.members.get(userId);
      guild.members.delete(userId);
      this.reply(res, 204);
      if (banned) this.dispatch("GUILD_MEMBER_REMOVE", { guild_id: guild.id, user: banned.user });
      return;
    }
    const memberRoute = match(/^\/guilds\/(\d+)\/members\/(\d+)(?:\/roles\/(\d+))?$/);
    if (memberRoute) {
      const guild = this.guilds.get(memberRoute[1] ?? "");
      const target = guild?.members.get(memberRoute[2] ?? "");
      if (!guild) {
        this.error(res, 404, 10004, "Unknown Guild");
        return;
      }
      if (!target) {
        this.error(res, 404, 10007, "Unknown Member");
        return;
      }
      if (method === "GET" && !memberRoute[3]) {
        this.reply(res, 200, target);
        return;
      }
      if ((method === "PATCH" || method === "DELETE") && !memberRoute[3]) {
        const userId = target.user.id;
        const timeout = method === "PATCH";
        const right = timeout ? PERMISSIONS.moderateMembers : PERMISSIONS.kickMembers;
        if (!this.mayActOn(guild, userId, right, timeout)) {
          this.error(res, 403, 50013, "Missing Permissions");
          return;
        }
        if (timeout) {
          const until = (parsed.json as { communication_disabled_until?: string | null })
            .communication_disabled_until;
          target.communication_disabled_until = until ?? null;
          this.memberCalls.push(`timeout:${userId}:${until ?? null}`);
          this.reply(res, 200, target);
          this.dispatch("GUILD_MEMBER_UPDATE", { ...target, guild_id: guild.id });
          return;
        }
        guild.members.delete(userId);
        this.memberCalls.push(`kick:${userId}`);
        this.reply(res, 204);
        this.dispatch("GUILD_MEMBER_REMOVE", { guild_id: guild.id, user: target.user });
        return;
      }
      const r = guild.roles.find((x) => x.id === memberRoute?.[3]);
      if (!r) {
        this.error(res, 404, 10011, "Unknown Role");
        return;
      }
      if ((this.permissionsOf(guild, this.bot.id) & PERMISSIONS.manageRoles) === 0n) {
        this.error(res, 403, 50013, "Missing Permissions");
        return;
      }
      const add = method === "PUT";
      target.roles = add ? [...new Set([...target.roles, r.id])] : target.roles.filter((x) => x !== r.id);
      this.roleCalls.push(`${add ? "grant" : "revoke"}:${target.user.id}:${r.name}`);
      this.reply(res, 204);
      // Discord tells the bot about the change, keeping its member cache true.
      this.dispatch("GUILD_MEMBER_UPDATE", { ...target, guild_id: guild.id });
      return;
    }
    this.error(res, 404, 0, "404: Not Found");
  }
}

export interface SlashOption {
  type: number;
  name: string;
  value: string | number | boolean;
}
