// What Slack sends to an app's request URL, signed as Slack signs it: slash commands (form fields),
// interactions (form field `payload` holding JSON) and Events API callbacks (JSON), each with
// X-Slack-Request-Timestamp and X-Slack-Signature = v0=HMAC-SHA256(secret, "v0:<ts>:<body>").
import { createHmac, randomBytes } from "node:crypto";

type Json = Record<string, unknown>;

export interface SignedBody {
  body: string;
  contentType: "application/x-www-form-urlencoded" | "application/json";
}

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Signs with this secret instead of the app's. */
  secret?: string;
  /** Sends this signature header as is. */
  signature?: string;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Posts a body to the app as Slack would; returns the HTTP status and body. */
export async function sendSigned(
  url: string,
  secret: string,
  signed: SignedBody,
  options: SendOptions = {},
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.signature ?? slackSignature(options.secret ?? secret, timestamp, signed.body);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": signed.contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature,
      "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    },
    body: signed.body,
  });
  return { status: response.status, text: await response.text() };
}

function triggerId(): string {
  return `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(8).toString("hex")}`;
}

export interface Who {
  teamId: string;
  userId: string;
  userName?: string;
}

export interface SlashCommandFields extends Who {
  channelId: string;
  text: string;
  responseUrl: string;
  command?: string;
}

/** The form fields of a slash command (as sent in HTTP mode, and as a Socket Mode payload). */
export function slashCommandFields(c: SlashCommandFields): Record<string, string> {
  return {
    token: "deprecated-verification-token",
    team_id: c.teamId,
    team_domain: "fake",
    channel_id: c.channelId,
    channel_name: c.channelId.startsWith("D") ? "directmessage" : "general",
    user_id: c.userId,
    user_name: c.userName ?? c.userId.toLowerCase(),
    command: c.command ?? "/peer",
    text: c.text,
    api_app_id: "A0FAKE",
    is_enterprise_install: "false",
    response_url: c.responseUrl,
    trigger_id: triggerId(),
  };
}

export function slashCommand(c: SlashCommandFields): SignedBody {
  return {
    body: new URLSearchParams(slashCommandFields(c)).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

/** An interaction payload (block_actions, view_submission…) as Slack posts it: payload=<json>. */
export function interaction(payload: Json): SignedBody {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

export interface ClickedElement {
  action_id: string;
  block_id: string;
  type: string;
  value?: string;
  selected_options?: { value: string }[];
}

export type ClickContainer =
  | {
      type: "message";
      channelId: string;
      messageTs?: string;
      ephemeral?: boolean;
      responseUrl: string;
      message?: Json;
    }
  | { type: "view"; viewId: string; viewType: "home" | "modal" };

/** A block_actions payload: someone clicked a button or changed a menu. */
export function blockActionsPayload(who: Who, container: ClickContainer, action: ClickedElement): Json {
  const base: Json = {
    type: "block_actions",
    user: { id: who.userId, username: who.userName ?? who.userId.toLowerCase(), team_id: who.teamId },
    api_app_id: "A0FAKE",
    token: "deprecated-verification-token",
    trigger_id: triggerId(),
    team: { id: who.teamId, domain: "fake" },
    enterprise: null,
    is_enterprise_install: false,
    actions: [{ ...action, action_ts: `${Date.now() / 1000}` }],
  };
  if (container.type === "message") {
    return {
      ...base,
      container: {
        type: "message",
        message_ts: container.messageTs ?? "1700000000.000001",
        channel_id: container.channelId,
        is_ephemeral: container.ephemeral ?? false,
      },
      channel: { id: container.channelId, name: "general" },
      response_url: container.responseUrl,
      ...(container.message ? { message: container.message } : {}),
    };
  }
  return {
    ...base,
    container: { type: "view", view_id: container.viewId },
    view: {
      id: container.viewId,
      type: container.viewType,
      team_id: who.teamId,
      blocks: [],
      state: { values: {} },
    },
  };
}

/** A view_submission payload: a modal's submit button. */
export function viewSubmissionPayload(
  who: Who,
  view: { id: string; callback_id: string; private_metadata?: string; values: Json },
): Json {
  return {
    type: "view_submission",
    team: { id: who.teamId, domain: "fake" },
    user: { id: who.userId, username: who.userName ?? who.userId.toLowerCase(), team_id: who.teamId },
    api_app_id: "A0FAKE",
    token: "deprecated-verification-token",
    trigger_id: triggerId(),
    view: {
      id: view.id,
      team_id: who.teamId,
      type: "modal",
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? "",
      blocks: [],
      state: { values: view.values },
      hash: "1700000000.fakehash",
      title: { type: "plain_text", text: "form" },
      app_id: "A0FAKE",
      bot_id: "B0FAKEBOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** A message shortcut payload: someone chose the app's action in a message's menu. */
export function messageShortcutPayload(
  who: Who,
  callbackId: string,
  channelId: string,
  messageTs: string,
): Json {
  return {
    type: "message_action",
    token: "deprecated-verification-token",
    action_ts: `${Date.now() / 1000}`,
    team: { id: who.teamId, domain: "fake" },
    user: {
      id: who.userId,
      username: who.userName ?? who.userId.toLowerCase(),
      team_id: who.teamId,
      name: who.userId,
    },
    channel: { id: channelId, name: "general" },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: callbackId,
    trigger_id: triggerId(),
    response_url: "https://hooks.slack.invalid/unused",
    message_ts: messageTs,
    message: { type: "message", user: "U0OTHER", ts: messageTs, text: "something hurtful" },
  };
}

let eventCounter = 0;

/** An Events API callback wrapping one event. */
export function eventCallbackPayload(teamId: string, botUserId: string, event: Json): Json {
  eventCounter++;
  return {
    token: "deprecated-verification-token",
    team_id: teamId,
    api_app_id: "A0FAKE",
    event: { event_ts: `${Date.now() / 1000}`, ...event },
    type: "event_callback",
    event_id: `Ev${String(eventCounter).padStart(8, "0")}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

export function json(payload: Json): SignedBody {
  return { body: JSON.stringify(payload), contentType: "application/json" };
}
