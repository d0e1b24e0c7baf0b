import type { IncomingMessage, ServerResponse } from "node:http";
import { RecordingServer, sendJson } from "./recording-server.js";
import { type ParsedEntity, parseTelegramHtml } from "./telegram-html.js";

// A small Telegram Bot API server on 127.0.0.1 speaking the real wire format: `POST
// /bot<token>/<method>` with a JSON, form or multipart body, answered `{ok, result}` or
// `{ok:false, error_code, description, parameters?}` with the error code as HTTP status. Long
// polling honours offset, limit, timeout and allowed_updates; setWebhook makes it deliver updates
// by POST with the secret header instead. Every call is recorded. Group state (admins, members,
// permissions, the bot's rights) lives here so admin methods answer like Telegram does.

export type Json = Record<string, unknown>;

export interface TelegramUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
}

export interface TelegramChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
  first_name?: string;
  is_forum?: boolean;
}

export interface Call {
  method: string;
  payload: Json;
  /** What the fake answered. */
  response: { ok: boolean; error_code?: number; description?: string; result?: unknown };
}

/** A message the bot sent, as a member would see it. */
export interface SentMessage {
  chatId: number;
  messageId: number;
  /** The visible text (entities parsed out of the HTML). */
  text: string;
  html: string;
  entities: ParsedEntity[];
  keyboard: Json[][];
  threadId?: number;
  replyTo?: number;
  document?: { name: string; content: string };
  /** The Bot API Message object, as a callback_query would carry it. */
  message: Json;
  /** When the fake received it (ms since the epoch): tests count sends per window with it. */
  at: number;
}

export interface GroupSetup {
  id: number;
  title: string;
  type?: "group" | "supergroup";
  creator?: TelegramUser;
  admins?: TelegramUser[];
  /** Whether the bot is an admin that may restrict members. */
  botCanRestrict?: boolean;
  is_forum?: boolean;
}

interface GroupState {
  chat: TelegramChat;
  creator?: TelegramUser;
  admins: Map<number, TelegramUser>;
  members: Map<number, TelegramUser>;
  permissions: Map<number, Json>;
  botCanRestrict: boolean;
  /** Join requests waiting for an admin (or the bot) to approve or decline them. */
  requests: Map<number, TelegramUser>;
  /** Banned users (banChatMember), who cannot come back until unbanned. */
  banned: Set<number>;
  /** The until_date a restriction was given with (0: forever). */
  restrictedUntil: Map<number, number>;
}

export interface ScriptedError {
  error_code: number;
  description: string;
  parameters?: Json;
}

// Telegram: callback_data 1-64 bytes; message text 1-4096 characters after entity parsing;
// answerCallbackQuery text 0-200 characters; 100 commands per scope, names [a-z0-9_]{1,32}.
const CALLBACK_DATA_BYTES = 64;
const TEXT_LIMIT = 4096;
const CALLBACK_TEXT_LIMIT = 200;
const KEYBOARD_BUTTONS = 100;
const ROW_BUTTONS = 8;
// Telegram does not deliver these unless allowed_updates names them.
const NOT_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

export class ApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters?: Json,
  ) {
    super(description);
  }
}

const badRequest = (description: string) => new ApiError(400, `Bad Request: ${description}`);

function num(value: unknown, name: string): number {
  const n = typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n)) throw badRequest(`${name} is required`);
  return n;
}

function obj(value: unknown): Json | undefined {
  if (typeof value === "string") {
    try {
      return obj(JSON.parse(value));
    } catch {
      return undefined;
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function arr(value: unknown): unknown[] | undefined {
  if (typeof value === "string") {
    try {
      return arr(JSON.parse(value));
    } catch {
      return undefined;
    }
  }
  return Array.isArray(value) ? value : undefined;
}

function updateType(update: Json): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "unknown";
}

export class FakeTelegram {
  readonly token = "123456789:TEST-token_for-the-fake";
  readonly botUser: TelegramUser & { username: string } = {
    id: 123456789,
    is_bot: true,
    first_name: "peerbridge",
    username: "peerbridge_test_bot",
  };
  readonly sent: SentMessage[] = [];
  readonly started = new Set<number>();
  readonly webhookDeliveries: { status: number; updateId: number }[] = [];
  webhook: { url: string; secret?: string; allowed?: string[] } | undefined;
  commands = new Map<string, Json[]>();

  private readonly server = new RecordingServer<Call>(
    (request, body, response) => this.handle(request, body, response),
    (response) =>
      sendJson(response, 500, { ok: false, error_code: 500, description: "Internal Server Error" }),
  );
  private groups = new Map<number, GroupState>();
  private queue: Json[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private nextCallbackId = 1;
  private openCallbacks = new Set<string>();
  /** Users who sent a join request: the bot may write to them (Telegram's user_chat_id). */
  private requesters = new Set<number>();
  private allowed: string[] = [];
  private waiters = new Set<() => void>();
  private failures = new Map<string, ScriptedError[]>();
  private raw = new WeakSet<object>();

  /** Every Bot API call, in order. */
  get calls(): Call[] {
    return this.server.calls;
  }

  async listen(): Promise<this> {
    await this.server.listen();
    return this;
  }

  get apiRoot(): string {
    return this.server.origin;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters) wake();
    await this.server.close();
  }

  // --- Test controls ---------------------------------------------------------------------------

  group(setup: GroupSetup): TelegramChat {
    const chat: TelegramChat = {
      id: setup.id,
      type: setup.type ?? "supergroup",
      title: setup.title,
      ...(setup.is_forum ? { is_forum: true } : {}),
    };
    const admins = new Map((setup.admins ?? []).map((u) => [u.id, u]));
    const state: GroupState = {
      chat,
      admins,
      members: new Map([...admins]),
      permissions: new Map(),
      botCanRestrict: setup.botCanRestrict ?? true,
      requests: new Map(),
      banned: new Set(),
      restrictedUntil: new Map(),
      ...(setup.creator ? { creator: setup.creator } : {}),
    };
    if (setup.creator) state.members.set(setup.creator.id, setup.creator);
    this.groups.set(chat.id, state);
    return chat;
  }

  /** The next `times` calls of `method` fail with this error (then it works again). */
  failNext(method: string, error: ScriptedError, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array(times).fill(error)]);
  }

  /** Whether the user is banned from the chat, and whether they are in it. */
  standingOf(chatId: number, userId: number): { banned: boolean; member: boolean; until?: number } {
    const group = this.groups.get(chatId);
    const until = group?.restrictedUntil.get(userId);
    return {
      banned: group?.banned.has(userId) ?? false,
      member: group?.members.has(userId) ?? false,
      ...(until === undefined ? {} : { until }),
    };
  }

  permissionsOf(chatId: number, userId: number): Json | undefined {
    return this.groups.get(chatId)?.permissions.get(userId);
  }

  callsTo(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  sentTo(chatId: number): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }

  /** Queues an update (or, with a webhook set, delivers it); returns its update_id. */
  push(update: Json): number {
    const update_id = this.nextUpdateId++;
    const full = { update_id, ...update };
    this.learn(full);
    if (this.webhook) void this.deliver(full);
    else {
      this.queue.push(full);
      for (const wake of this.waiters) wake();
    }
    return update_id;
  }

  /**
   * A raw update, as hostile as a test likes: delivered as given whatever allowed_updates says,
   * nothing learnt from it. `withId` gives it the next update_id.
   */
  pushRaw(update: unknown, withId = false): void {
    const raw =
      withId && typeof update === "object" && update !== null
        ? { update_id: this.nextUpdateId++, ...update }
        : update;
    if (typeof raw === "object" && raw !== null) this.raw.add(raw);
    this.queue.push(raw as Json);
    for (const wake of this.waiters) wake();
  }

  /** A message from `from` in `chat`; a leading /command gets its bot_command entity, as Telegram adds. */
  message(chat: TelegramChat, from: TelegramUser | undefined, text: string, extra: Json = {}): number {
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    const entities = [
      ...(command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : []),
      ...((extra.entities as Json[] | undefined) ?? []),
    ];
    const { entities: _, ...rest } = extra;
    return this.push({
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat,
        ...(from ? { from } : {}),
        text,
        ...(entities.length ? { entities } : {}),
        ...rest,
      },
    });
  }

  privateChat(user: TelegramUser): TelegramChat {
    return { id: user.id, type: "private", first_name: user.first_name };
  }

  /** `user` joins `chat` (a chat_member update, as admins' bots receive). */
  join(chat: TelegramChat, user: TelegramUser): number {
    this.groups.get(chat.id)?.members.set(user.id, user);
    return this.push({
      chat_member: {
        chat,
        from: user,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: "left", user },
        new_chat_member: { status: "member", user },
      },
    });
  }

  /** The bot is added to `chat` by `from`: an admin with these rights, or a plain member. */
  addBot(
    chat: TelegramChat,
    from: TelegramUser,
    rights: { can_delete_messages: boolean; can_restrict_members: boolean } | "member",
  ): number {
    const now = Math.floor(Date.now() / 1000);
    const member =
      rights === "member"
        ? { status: "member", user: this.botUser }
        : {
            status: "administrator",
            user: this.botUser,
            can_be_edited: false,
            can_manage_chat: true,
            ...rights,
          };
    return this.push({
      my_chat_member: {
        chat,
        from,
        date: now,
        old_chat_member: { status: "left", user: this.botUser },
        new_chat_member: member,
      },
    });
  }

  /** `user` asks to join `chat` through an invite link that needs approval (chat_join_request). */
  joinRequest(chat: TelegramChat, user: TelegramUser): number {
    this.groups.get(chat.id)?.requests.set(user.id, user);
    this.requesters.add(user.id);
    return this.push({
      chat_join_request: { chat, from: user, user_chat_id: user.id, date: Math.floor(Date.now() / 1000) },
    });
  }

  isMemberOf(chatId: number, userId: number): boolean {
    return this.groups.get(chatId)?.members.has(userId) ?? false;
  }

  hasPendingRequest(chatId: number, userId: number): boolean {
    return this.groups.get(chatId)?.requests.has(userId) ?? false;
  }

  /** Presses a button of a message the bot sent. */
  press(from: TelegramUser, sent: SentMessage, data: string): string {
    const id = String(this.nextCallbackId++);
    this.openCallbacks.add(id);
    this.push({
      callback_query: { id, from, chat_instance: "1", data, message: this.currentMessage(sent) },
    });
    return id;
  }

  /** The message as it is now (a keyboard may have been edited since it was sent). */
  currentMessage(sent: SentMessage): Json {
    return (
      this.sent.find((m) => m.chatId === sent.chatId && m.messageId === sent.messageId)?.message ??
      sent.message
    );
  }

  // --- HTTP ------------------------------------------------------------------------------------

  private async handle(request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.apiRoot);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const answer = (status: number, json: Json) => sendJson(response, status, json);
    if (!match) return answer(404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method = ""] = match;
    if (token !== this.token) return answer(401, { ok: false, error_code: 401, description: "Unauthorized" });
    let payload: Json;
    try {
      payload = await this.payloadOf(request, url, body);
    } catch {
      return answer(400, { ok: false, error_code: 400, description: "Bad Request: can't parse request" });
    }
    const call = this.server.record({ method, payload, response: { ok: true } });
    try {
      const scripted = this.failures.get(method)?.shift();
      if (scripted) throw new ApiError(scripted.error_code, scripted.description, scripted.parameters);
      const result = await this.run(method, payload, request);
      call.response = { ok: true, result };
      answer(200, { ok: true, result });
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(500, "Internal Server Error");
      call.response = { ok: false, error_code: e.error_code, description: e.description };
      answer(e.error_code, {
        ok: false,
        error_code: e.error_code,
        description: e.description,
        ...(e.parameters ? { parameters: e.parameters } : {}),
      });
    }
  }

  private async payloadOf(request: IncomingMessage, url: URL, body: Buffer): Promise<Json> {
    const type = request.headers["content-type"] ?? "";
    const fromQuery = Object.fromEntries(url.searchParams);
    if (body.length === 0) return fromQuery;
    if (type.startsWith("application/json"))
      return { ...fromQuery, ...(JSON.parse(body.toString("utf8")) as Json) };
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return { ...fromQuery, ...Object.fromEntries(new URLSearchParams(body.toString("utf8"))) };
    }
    if (type.startsWith("multipart/form-data")) return { ...fromQuery, ...parseMultipart(type, body) };
    throw new Error("unsupported body");
  }

  // --- Methods ---------------------------------------------------------------------------------

  private async run(method: string, p: Json, request: IncomingMessage): Promise<unknown> {
    switch (method) {
      case "getMe":
        return {
          ...this.botUser,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        };
      case "getUpdates":
        return this.getUpdates(p, request);
      case "setWebhook": {
        if (typeof p.url !== "string" || !p.url) throw badRequest("bad webhook: URL is empty");
        const allowed = arr(p.allowed_updates)?.map(String);
        this.webhook = {
          url: p.url,
          ...(typeof p.secret_token === "string" ? { secret: p.secret_token } : {}),
          ...(allowed ? { allowed } : {}),
        };
        if (allowed) this.allowed = allowed;
        // Updates waiting from long polling go to the webhook now.
        for (const update of this.queue.splice(0)) void this.deliver(update);
        return true;
      }
      case "deleteWebhook":
        this.webhook = undefined;
        if (p.drop_pending_updates === true || p.drop_pending_updates === "true") this.queue = [];
        return true;
      case "getWebhookInfo":
        return {
          url: this.webhook?.url ?? "",
          has_custom_certificate: false,
          pending_update_count: this.queue.length,
        };
      case "setMyCommands":
        return this.setMyCommands(p);
      case "getMyCommands":
        return this.commands.get(menuKey(p)) ?? [];
      case "sendMessage":
        return this.sendMessage(p);
      case "sendDocument":
        return this.sendDocument(resolveAttachments(p));
      case "editMessageReplyMarkup":
        return this.editReplyMarkup(p);
      case "answerCallbackQuery": {
        const id = String(p.callback_query_id ?? "");
        if (!this.openCallbacks.delete(id)) {
          throw badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (typeof p.text === "string" && [...p.text].length > CALLBACK_TEXT_LIMIT)
          throw badRequest("MESSAGE_TOO_LONG");
        return true;
      }
      case "getChat": {
        const group = this.groupOf(p.chat_id);
        return group.chat;
      }
      case "getChatAdministrators":
        return this.administrators(p);
      case "getChatMember":
        return this.chatMember(p);
      case "restrictChatMember":
        return this.restrict(p);
      case "banChatMember":
        return this.ban(p);
      case "unbanChatMember":
        return this.unban(p);
      case "approveChatJoinRequest":
        return this.decideRequest(p, true);
      case "declineChatJoinRequest":
        return this.decideRequest(p, false);
      case "deleteMessage":
        return this.deleteMessage(p);
      default:
        throw new ApiError(404, "Not Found");
    }
  }

  private async getUpdates(p: Json, request: IncomingMessage): Promise<Json[]> {
    if (this.webhook) {
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const allowed = arr(p.allowed_updates);
    if (allowed) this.allowed = allowed.map(String);
    const offset = p.offset === undefined ? undefined : Number(p.offset);
    // Updates before the offset are confirmed: Telegram forgets them.
    if (offset !== undefined && offset > 0) {
      this.queue = this.queue.filter(
        (u) => typeof u !== "object" || u === null || !(Number(u.update_id) < offset),
      );
    }
    const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
    const timeout = Math.max(0, Number(p.timeout ?? 0));
    const deliverable = () => this.queue.filter((u) => this.wanted(u)).slice(0, limit);
    let ready = deliverable();
    if (ready.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeout * 1000);
        function done() {
          clearTimeout(timer);
          waiters.delete(done);
          request.off("close", done);
          resolve();
        }
        const waiters = this.waiters;
        waiters.add(done);
        request.once("close", done);
      });
      ready = deliverable();
    }
    // Updates the bot did not ask for are dropped, as Telegram does; so are raw ones without an
    // update_id once handed out (no offset could ever confirm them).
    this.queue = this.queue.filter(
      (u) => this.wanted(u) && !(ready.includes(u) && !Number.isInteger((u as Json | null)?.update_id)),
    );
    return ready;
  }

  private wanted(update: Json): boolean {
    if (typeof update !== "object" || update === null || this.raw.has(update)) return true;
    const type = updateType(update);
    return this.allowed.length > 0 ? this.allowed.includes(type) : !NOT_BY_DEFAULT.has(type);
  }

  private async deliver(update: Json): Promise<void> {
    const hook = this.webhook;
    if (!hook || !this.wanted(update)) return;
    try {
      const response = await fetch(hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(hook.secret ? { "x-telegram-bot-api-secret-token": hook.secret } : {}),
        },
        body: JSON.stringify(update),
      });
      await response.arrayBuffer();
      this.webhookDeliveries.push({ status: response.status, updateId: Number(update.update_id) });
    } catch {
      this.webhookDeliveries.push({ status: 0, updateId: Number(update.update_id) });
    }
  }

  private learn(update: Json): void {
    const message = obj(update.message);
    const chat = obj(message?.chat);
    const from = obj(message?.from);
    // A user who writes to the bot in private has started it: it may write back.
    if (chat?.type === "private" && typeof from?.id === "number") this.started.add(from.id);
    if (chat && (chat.type === "group" || chat.type === "supergroup") && typeof chat.id === "number") {
      const group = this.groups.get(chat.id);
      if (group && from && typeof from.id === "number" && !group.members.has(from.id)) {
        group.members.set(from.id, from as unknown as TelegramUser);
      }
    }
  }

  private groupOf(chatId: unknown): GroupState {
    const id = num(chatId, "chat_id");
    const group = this.groups.get(id);
    if (!group) {
      if (id > 0) throw badRequest("there are no administrators in the private chat");
      throw badRequest("chat not found");
    }
    return group;
  }

  private setMyCommands(p: Json): true {
    const commands = arr(p.commands);
    if (!commands) throw badRequest("commands is required");
    if (commands.length > 100) throw badRequest("BOT_COMMANDS_TOO_MUCH");
    for (const command of commands) {
      const c = obj(command);
      if (!c || typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) {
        throw badRequest("BOT_COMMAND_INVALID");
      }
      if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 256) {
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
    }
    this.commands.set(menuKey(p), commands as Json[]);
    return true;
  }

  private checkKeyboard(markup: unknown): Json[][] {
    if (markup === undefined) return [];
    const keyboard = arr(obj(markup)?.inline_keyboard);
    if (!keyboard) throw badRequest("can't parse reply keyboard markup JSON object");
    const rows = keyboard.map((row) => arr(row) ?? []);
    if (rows.flat().length > KEYBOARD_BUTTONS) throw badRequest("reply markup is too long");
    for (const row of rows) {
      if (row.length > ROW_BUTTONS) throw badRequest("too many buttons in a row");
      for (const raw of row) {
        const button = obj(raw);
        if (!button || typeof button.text !== "string" || button.text.length === 0) {
          throw badRequest('can\'t find field "text"');
        }
        if (typeof button.callback_data === "string") {
          const bytes = Buffer.byteLength(button.callback_data, "utf8");
          if (bytes < 1 || bytes > CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
        } else if (typeof button.url === "string") {
          try {
            const url = new URL(button.url);
            if (!["http:", "https:", "tg:"].includes(url.protocol)) throw new Error("scheme");
          } catch {
            throw badRequest("BUTTON_URL_INVALID");
          }
        } else
          throw badRequest(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
          );
      }
    }
    return rows as Json[][];
  }

  private target(p: Json): { chat: TelegramChat; threadId?: number } {
    const chatId = num(p.chat_id, "chat_id");
    if (chatId > 0) {
      if (!this.started.has(chatId) && !this.requesters.has(chatId))
        throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
      return { chat: { id: chatId, type: "private" } };
    }
    const group = this.groups.get(chatId);
    if (!group) throw badRequest("chat not found");
    const threadId =
      p.message_thread_id === undefined ? undefined : num(p.message_thread_id, "message_thread_id");
    return { chat: group.chat, ...(threadId === undefined ? {} : { threadId }) };
  }

  private record(
    p: Json,
    chat: TelegramChat,
    threadId: number | undefined,
    content: Omit<
      SentMessage,
      "chatId" | "messageId" | "message" | "keyboard" | "threadId" | "replyTo" | "at"
    >,
  ): Json {
    const keyboard = this.checkKeyboard(p.reply_markup);
    const replyTo = obj(p.reply_parameters)?.message_id;
    const messageId = this.nextMessageId++;
    const message: Json = {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: this.botUser,
      ...(threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: true }),
      ...(content.document ? { document: { file_name: content.document.name } } : { text: content.text }),
      ...(content.entities.length ? { entities: content.entities } : {}),
      ...(keyboard.length ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    };
    this.sent.push({
      chatId: chat.id,
      messageId,
      keyboard,
      ...(threadId === undefined ? {} : { threadId }),
      ...(typeof replyTo === "number" ? { replyTo } : {}),
      ...content,
      message,
      at: Date.now(),
    });
    return message;
  }

  private sendMessage(p: Json): Json {
    const { chat, threadId } = this.target(p);
    const html = String(p.text ?? "");
    let text = html;
    let entities: ParsedEntity[] = [];
    if (p.parse_mode === "HTML") {
      const parsed = parseTelegramHtml(html);
      if ("error" in parsed) throw new ApiError(400, parsed.error);
      ({ text, entities } = parsed);
    }
    if (text.trim().length === 0) throw badRequest("message text is empty");
    if (text.length > TEXT_LIMIT) throw badRequest("message is too long");
    return this.record(p, chat, threadId, { text, html, entities });
  }

  private sendDocument(p: Json): Json {
    const { chat, threadId } = this.target(p);
    const document = obj(p.document);
    if (!document || typeof document.filename !== "string")
      throw badRequest("there is no document in the request");
    return this.record(p, chat, threadId, {
      text: "",
      html: "",
      entities: [],
      document: { name: document.filename, content: String(document.content ?? "") },
    });
  }

  private editReplyMarkup(p: Json): true {
    const chatId = num(p.chat_id, "chat_id");
    const messageId = num(p.message_id, "message_id");
    const sent = this.sent.find((m) => m.chatId === chatId && m.messageId === messageId);
    if (!sent) throw badRequest("message to edit not found");
    const keyboard = this.checkKeyboard(p.reply_markup);
    if (JSON.stringify(keyboard) === JSON.stringify(sent.keyboard)) {
      throw badRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      );
    }
    sent.keyboard = keyboard;
    sent.message = { ...sent.message, reply_markup: { inline_keyboard: keyboard } };
    return true;
  }

  private administrators(p: Json): Json[] {
    const group = this.groupOf(p.chat_id);
    const rights = {
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_delete_messages: true,
      can_manage_video_chats: true,
      can_restrict_members: true,
      can_promote_members: false,
      can_change_info: true,
      can_invite_users: true,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
    };
    return [
      ...(group.creator ? [{ status: "creator", user: group.creator, is_anonymous: false }] : []),
      ...[...group.admins.values()].map((user) => ({ status: "administrator", user, ...rights })),
      ...(group.botCanRestrict ? [{ status: "administrator", user: this.botUser, ...rights }] : []),
    ];
  }

  private chatMember(p: Json): Json {
    const group = this.groupOf(p.chat_id);
    const userId = num(p.user_id, "user_id");
    // The bot is in every group the fake knows: an admin there, with the rights it was given.
    if (userId === this.botUser.id) return this.botMember(group);
    if (group.creator?.id === userId) return { status: "creator", user: group.creator, is_anonymous: false };
    const admin = group.admins.get(userId);
    if (admin) return { status: "administrator", user: admin, can_restrict_members: true };
    const member = group.members.get(userId);
    if (!member) return { status: "left", user: { id: userId, is_bot: false, first_name: "?" } };
    const permissions = group.permissions.get(userId);
    if (permissions && permissions.can_send_messages === false) {
      return { status: "restricted", user: member, is_member: true, until_date: 0, ...permissions };
    }
    return { status: "member", user: member };
  }

  private botMember(group: GroupState): Json {
    return {
      status: "administrator",
      user: this.botUser,
      can_be_edited: false,
      is_anonymous: false,
      can_manage_chat: true,
      can_delete_messages: true,
      can_manage_video_chats: false,
      can_restrict_members: group.botCanRestrict,
      can_promote_members: false,
      can_change_info: false,
      can_invite_users: true,
      can_post_stories: false,
      can_edit_stories: false,
      can_delete_stories: false,
    };
  }

  /** Approves (the user joins, a chat_member update follows) or declines a pending join request. */
  private decideRequest(p: Json, approve: boolean): true {
    const group = this.groupOf(p.chat_id);
    const userId = num(p.user_id, "user_id");
    if (!group.botCanRestrict) throw badRequest("not enough rights to manage join requests");
    const user = group.requests.get(userId);
    if (!user) throw badRequest("HIDE_REQUESTER_MISSING");
    group.requests.delete(userId);
    this.requesters.delete(userId);
    if (approve) this.join(group.chat, user);
    return true;
  }

  /** Messages the bot deleted, as `chatId:messageId`. */
  readonly deleted: string[] = [];

  // A bot that is not an admin may delete only its own messages: Telegram then refuses.
  private deleteMessage(p: Json): true {
    const group = this.groupOf(p.chat_id);
    const messageId = num(p.message_id, "message_id");
    if (!group.botCanRestrict) throw badRequest("message can't be deleted");
    this.deleted.push(`${group.chat.id}:${messageId}`);
    return true;
  }

  private restrict(p: Json): true {
    const group = this.groupOf(p.chat_id);
    const userId = num(p.user_id, "user_id");
    const permissions = obj(p.permissions);
    if (!permissions) throw badRequest("permissions is required");
    if (group.chat.type === "group") throw badRequest("method is available only for supergroups");
    if (!group.botCanRestrict) throw badRequest("not enough rights to restrict/unrestrict chat member");
    if (group.admins.has(userId) || group.creator?.id === userId)
      throw badRequest("user is an administrator of the chat");
    if (!group.members.has(userId)) throw badRequest("PARTICIPANT_ID_INVALID");
    group.permissions.set(userId, permissions);
    group.restrictedUntil.set(userId, p.until_date === undefined ? 0 : num(p.until_date, "until_date"));
    return true;
  }

  // The Bot API's refusals, as it words them: no right, an admin or the owner, a basic group.
  private ban(p: Json): true {
    const group = this.groupOf(p.chat_id);
    const userId = num(p.user_id, "user_id");
    if (!group.botCanRestrict) throw badRequest("not enough rights to restrict/unrestrict chat member");
    if (group.creator?.id === userId) throw badRequest("can't remove chat owner");
    if (group.admins.has(userId)) throw badRequest("user is an administrator of the chat");
    group.members.delete(userId);
    group.banned.add(userId);
    return true;
  }

  // Without only_if_banned, unbanning someone in the chat removes them, as Telegram documents.
  private unban(p: Json): true {
    const group = this.groupOf(p.chat_id);
    const userId = num(p.user_id, "user_id");
    if (group.chat.type === "group")
      throw badRequest("method is available for supergroup and channel chats only");
    if (!group.botCanRestrict) throw badRequest("not enough rights to restrict/unrestrict chat member");
    if (group.admins.has(userId) || group.creator?.id === userId)
      throw badRequest("user is an administrator of the chat");
    const onlyIfBanned = p.only_if_banned === true || p.only_if_banned === "true";
    if (!group.banned.delete(userId) && !onlyIfBanned) group.members.delete(userId);
    return true;
  }
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  return new FakeTelegram().listen();
}

/**
 * multipart/form-data as the Bot API reads it: lenient about header spacing and quoting (grammY
 * writes `content-disposition:form-data;name="x";filename=a.json`). A file part becomes
 * `{ filename, content }` under its field name.
 */
function parseMultipart(contentType: string, body: Buffer): Json {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) throw new Error("no boundary");
  const out: Json = {};
  const text = body.toString("latin1");
  for (const part of text.split(`--${boundary}`).slice(1)) {
    if (part.startsWith("--")) break;
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const content = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ""), "latin1").toString("utf8");
    const disposition = /content-disposition:\s*form-data([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    const name = /;\s*name=("?)([^";\r\n]+)\1/i.exec(disposition)?.[2];
    const filename = /;\s*filename=("?)([^";\r\n]+)\1/i.exec(disposition)?.[2];
    if (!name) continue;
    out[name] = filename === undefined ? content : { filename, content };
  }
  return out;
}

/** Replaces `attach://<name>` values by the file uploaded under that name, as the Bot API does. */
function resolveAttachments(payload: Json): Json {
  const out: Json = { ...payload };
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === "string" && value.startsWith("attach://")) out[key] = payload[value.slice(9)];
  }
  return out;
}

/** A menu is per scope and language: `all_group_chats`, or `all_group_chats:es` for Spanish clients. */
function menuKey(p: Json): string {
  const scope = String(obj(p.scope)?.type ?? "default");
  return typeof p.language_code === "string" && p.language_code ? `${scope}:${p.language_code}` : scope;
}
