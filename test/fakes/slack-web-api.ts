// A fake of Slack's Web API on 127.0.0.1, as the real WebClient speaks to it: POST /api/<method>
// with a form-encoded (or JSON) body and a Bearer token, answered HTTP 200 with {ok, …} or
// {ok:false, error}; 429 with Retry-After when told to. It also serves response_urls, file upload
// URLs and the Socket Mode WebSocket that apps.connections.open points at. Every call is recorded.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import { RecordingServer, sendJson } from "./recording-server.js";
import { blockProblems, viewProblems } from "./slack-block-limits.js";

type Json = Record<string, unknown>;

export interface SlackCall {
  /** The caller hung up before an answer: the call never took effect. */
  aborted?: boolean;
  method: string;
  args: Json;
  /** The Bearer token sent, to check which token the app used. */
  token: string | undefined;
  /** HTTP status the fake answered. */
  status: number;
  /** The `error` of an {ok:false} answer. */
  error?: string;
}

export interface ResponseUrlPost {
  id: string;
  body: Json;
}

export interface FakeUser {
  id: string;
  name: string;
  displayName?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  isBot?: boolean;
  /** Deactivated in the workspace. */
  deleted?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  /** The bot is a member: a private channel it is not in answers channel_not_found. */
  botIsMember?: boolean;
}

export interface SocketEnvelope {
  envelope_id: string;
  type: "slash_commands" | "interactive" | "events_api";
  payload: Json;
  accepts_response_payload: boolean;
}

export interface FakeSlackOptions {
  botToken: string;
  appToken?: string;
  teamId: string;
  teamName: string;
  botUserId: string;
}

type Fault = { status: 429; retryAfter: number } | { error: string };

/** Slack's JSON fields of a form-encoded call. */
const JSON_FIELDS = new Set(["blocks", "attachments", "view", "files", "metadata"]);

function parseArgs(contentType: string | undefined, raw: string): Json {
  if (contentType?.startsWith("application/json")) return raw ? (JSON.parse(raw) as Json) : {};
  const args: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

function send(response: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}) {
  sendJson(response, status, body, headers, "application/json; charset=utf-8");
}

export class FakeSlack {
  readonly responses: ResponseUrlPost[] = [];
  readonly uploads: { id: string; bytes: number }[] = [];
  /** Block Kit problems of refused messages and views, to explain a failing test. */
  readonly invalid: string[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  /** Channels the bot is not in (chat.postMessage → not_in_channel) and channels that are gone. */
  readonly notInChannel = new Set<string>();
  readonly missingChannels = new Set<string>();
  /** Messages the app sent over Socket Mode (acknowledgements). */
  readonly socketAcks: Json[] = [];
  private readonly faults = new Map<string, Fault[]>();
  /** Calls to hold unanswered until released (or until the caller hangs up). */
  private readonly holds = new Map<string, number>();
  private readonly waiting = new Set<() => void>();
  private readonly sockets = new Set<WebSocket>();
  private nextId = 1;
  private readonly server = new RecordingServer<SlackCall>(
    (request, body, response) => this.handle(request, body.toString("utf8"), response),
    (response, error) => send(response, 500, { ok: false, error: String(error) }),
  );
  private readonly wss: WebSocketServer;

  constructor(readonly options: FakeSlackOptions) {
    this.wss = new WebSocketServer({ server: this.server.http, path: "/socket" });
    this.wss.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("message", (data) => this.socketAcks.push(JSON.parse(String(data)) as Json));
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "fake", approximate_connection_time: 3600 },
          connection_info: { app_id: "A0FAKE" },
        }),
      );
    });
  }

  /** Every Web API call, in order. */
  get calls(): SlackCall[] {
    return this.server.calls;
  }

  get port(): number {
    return this.server.port;
  }

  async start(): Promise<this> {
    await this.server.listen();
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    await this.server.close();
  }

  get apiUrl(): string {
    return `${this.server.origin}/api/`;
  }

  /** A fresh response_url, as Slack puts in a slash command or an interaction. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/response/${this.nextId++}`;
  }

  responsesTo(url: string): Json[] {
    const id = url.slice(url.lastIndexOf("/") + 1);
    return this.responses.filter((r) => r.id === id).map((r) => r.body);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  okCallsTo(method: string): SlackCall[] {
    return this.callsTo(method).filter((c) => c.status === 200 && c.error === undefined);
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  addChannel(channel: FakeChannel): void {
    this.channels.set(channel.id, channel);
  }

  /** The next call to `method` is refused with 429 and Retry-After. */
  rateLimitNext(method: string, retryAfter: number): void {
    this.fault(method, { status: 429, retryAfter });
  }

  /** The next call to `method` answers {ok:false, error}. */
  failNext(method: string, error: string): void {
    this.fault(method, { error });
  }

  /** Sends a Socket Mode envelope to every connected app. */
  sendEnvelope(envelope: SocketEnvelope): void {
    for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
  }

  /** Holds the next `count` calls of `method` without an answer, as a slow platform would. */
  holdNext(method: string, count = 1): void {
    this.holds.set(method, (this.holds.get(method) ?? 0) + count);
  }

  get heldCount(): number {
    return this.waiting.size;
  }

  /** Answers every held call whose caller is still there. */
  releaseHeld(): void {
    for (const release of [...this.waiting]) release();
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  private fault(method: string, fault: Fault): void {
    const list = this.faults.get(method) ?? [];
    list.push(fault);
    this.faults.set(method, list);
  }

  private async handle(request: IncomingMessage, raw: string, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "POST") return send(response, 405, { ok: false, error: "method_not_allowed" });
    if (path.startsWith("/response/")) {
      const body = JSON.parse(raw) as Json;
      const problems = body.blocks === undefined ? [] : blockProblems(body.blocks, 50);
      if (problems.length > 0) {
        this.invalid.push(...problems);
        return send(response, 400, { ok: false, error: "invalid_blocks" });
      }
      this.responses.push({ id: path.slice("/response/".length), body });
      return send(response, 200, { ok: true });
    }
    if (path.startsWith("/upload/")) {
      this.uploads.push({ id: path.slice("/upload/".length), bytes: raw.length });
      response.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${raw.length}`);
      return;
    }
    if (!path.startsWith("/api/")) return send(response, 404, { ok: false, error: "not_found" });
    const method = path.slice("/api/".length);
    const args = parseArgs(request.headers["content-type"], raw);
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const call = this.server.record({ method, args, token, status: 200 });
    const held = this.holds.get(method) ?? 0;
    if (held > 0) {
      this.holds.set(method, held - 1);
      await new Promise<void>((resolve) => {
        const release = () => {
          this.waiting.delete(release);
          resolve();
        };
        this.waiting.add(release);
        response.once("close", release);
      });
      // The caller hung up (its process was killed) before the platform answered: not delivered.
      if (response.destroyed || response.writableEnded) {
        call.aborted = true;
        return;
      }
    }
    const fault = this.faults.get(method)?.shift();
    if (fault && "status" in fault) {
      call.status = 429;
      return send(
        response,
        429,
        { ok: false, error: "ratelimited" },
        { "retry-after": String(fault.retryAfter) },
      );
    }
    const answer = fault ? { ok: false, error: fault.error } : this.answer(method, args, token);
    if (answer.ok === false) call.error = String(answer.error);
    send(response, 200, answer);
  }

  private answer(method: string, args: Json, token: string | undefined): Json {
    const { botToken, appToken, teamId, teamName, botUserId } = this.options;
    if (method === "apps.connections.open") {
      if (!appToken || token !== appToken) return { ok: false, error: "invalid_auth" };
      return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=fake` };
    }
    if (token !== botToken) return { ok: false, error: "invalid_auth" };
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.com/",
          team: teamName,
          user: "peerbridge",
          team_id: teamId,
          user_id: botUserId,
          bot_id: "B0FAKEBOT",
        };
      case "team.info":
        return { ok: true, team: { id: teamId, name: teamName, domain: "fake" } };
      case "users.info": {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: "user_not_found" };
        return { ok: true, user: this.userObject(user) };
      }
      case "users.list":
        return this.usersList(args);
      case "conversations.info":
        return this.conversationInfo(String(args.channel ?? ""));
      case "chat.postMessage":
      case "chat.postEphemeral":
        return this.postMessage(args);
      case "chat.getPermalink":
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://fake.slack.com/archives/${String(args.channel)}/p${String(args.message_ts).replace(".", "")}`,
        };
      case "conversations.open": {
        const user = this.users.get(String(args.users));
        if (!user) return { ok: false, error: "user_not_found" };
        if (user.isBot) return { ok: false, error: "cannot_dm_bot" };
        return { ok: true, channel: { id: `D${user.id}` } };
      }
      case "views.open":
      case "views.push":
      case "views.update":
      case "views.publish": {
        if (method === "views.open" && !args.trigger_id) return { ok: false, error: "invalid_trigger_id" };
        if (method === "views.publish" && !this.users.has(String(args.user_id)))
          return { ok: false, error: "user_not_found" };
        const problems = viewProblems(args.view);
        if (problems.length > 0) {
          this.invalid.push(...problems);
          return { ok: false, error: "invalid_arguments", response_metadata: { messages: problems } };
        }
        return { ok: true, view: { id: `V${this.nextId++}`, ...(args.view as Json) } };
      }
      case "files.getUploadURLExternal": {
        const id = `F${this.nextId++}`;
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const files = Array.isArray(args.files) ? args.files : [];
        return { ok: true, files: files.map((f) => ({ ...(f as Json), name: "file" })) };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private userObject(user: FakeUser): Json {
    return {
      id: user.id,
      team_id: this.options.teamId,
      name: user.name,
      real_name: user.name,
      deleted: user.deleted ?? false,
      is_admin: user.isAdmin ?? false,
      is_owner: user.isOwner ?? false,
      is_primary_owner: false,
      is_bot: user.isBot ?? false,
      is_app_user: false,
      profile: { display_name: user.displayName ?? "", real_name: user.name },
    };
  }

  /** users.list, paged as Slack pages it: `limit` and an opaque `next_cursor` ("" on the last page). */
  private usersList(args: Json): Json {
    const all = [...this.users.values()];
    const limit = Math.min(Number(args.limit ?? 0) || 1000, 1000);
    const start = args.cursor
      ? Number(Buffer.from(String(args.cursor), "base64").toString("utf8").slice(5))
      : 0;
    const next = start + limit < all.length ? Buffer.from(`user:${start + limit}`).toString("base64") : "";
    return {
      ok: true,
      members: all.slice(start, start + limit).map((u) => this.userObject(u)),
      cache_ts: Math.floor(Date.now() / 1000),
      response_metadata: { next_cursor: next },
    };
  }

  /** conversations.info as Slack answers it; a private channel the bot is not in does not exist for it. */
  private conversationInfo(id: string): Json {
    const channel = this.channels.get(id);
    if (!channel || (channel.isPrivate && channel.botIsMember === false) || this.missingChannels.has(id))
      return { ok: false, error: "channel_not_found" };
    return {
      ok: true,
      channel: {
        id: channel.id,
        name: channel.name,
        is_channel: !channel.isPrivate,
        is_group: channel.isPrivate,
        is_im: false,
        is_mpim: false,
        is_private: channel.isPrivate,
        is_archived: false,
        is_general: false,
        is_shared: false,
        is_ext_shared: false,
        is_org_shared: false,
        is_member: channel.botIsMember ?? true,
        created: 1700000000,
        creator: "U0ADMIN",
        name_normalized: channel.name,
      },
    };
  }

  private postMessage(args: Json): Json {
    const channel = String(args.channel ?? "");
    if (this.missingChannels.has(channel)) return { ok: false, error: "channel_not_found" };
    if (this.notInChannel.has(channel)) return { ok: false, error: "not_in_channel" };
    if (/^[UW]/.test(channel)) {
      const user = this.users.get(channel);
      if (!user) return { ok: false, error: "channel_not_found" };
      if (user.isBot) return { ok: false, error: "cannot_dm_bot" };
    }
    if (args.blocks !== undefined) {
      const problems = blockProblems(args.blocks, 50);
      if (problems.length > 0) {
        this.invalid.push(...problems);
        return { ok: false, error: "invalid_blocks", response_metadata: { messages: problems } };
      }
    }
    const ts = `1700000000.${String(this.nextId++).padStart(6, "0")}`;
    const posted = /^[UW]/.test(channel) ? `D${channel}` : channel;
    return {
      ok: true,
      channel: posted,
      ts,
      message: { type: "message", text: args.text, blocks: args.blocks, ts },
    };
  }
}

export async function startFakeSlack(options: FakeSlackOptions): Promise<FakeSlack> {
  return new FakeSlack(options).start();
}
