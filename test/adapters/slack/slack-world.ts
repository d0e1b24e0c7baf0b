// A Slack workspace for end-to-end tests: the real Slack app (Bolt) on the process's HTTP server
// at 127.0.0.1, a real engine on a test database, and the fake Slack Web API it calls.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PlatformBot } from "../../../adapters/contract.js";
import { createSlackBot, type SlackEnv } from "../../../adapters/slack/bot.js";
import { createHttpServer } from "../../../bots/http-server.js";
import { createPeerbridge } from "../../../core/create-peerbridge.js";
import type { Db } from "../../../core/db/database.js";
import type { Engine } from "../../../core/engine.js";
import { silentLogger } from "../../../core/log.js";
import {
  blockActionsPayload,
  type ClickContainer,
  type ClickedElement,
  eventCallbackPayload,
  interaction,
  json,
  type SendOptions,
  type SignedBody,
  sendSigned,
  slashCommand,
} from "../../fakes/slack-events.js";
import { type FakeSlack, startFakeSlack } from "../../fakes/slack-web-api.js";
import { until } from "../../helpers/until.js";

type Json = Record<string, unknown>;

export const TEAM = "T0PEERS";
export const BOT_USER = "U0BOT";
export const ADMIN = "U0ADMIN";
export const MEMBER = "U0MEMBER";
export const NEWBIE = "U0NEWBIE";
export const GENERAL = "C0GENERAL";
/** A private channel only the moderators are in. */
export const MODS = "C0MODS";
export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-0000-fake-bot-token";
export const APP_TOKEN = "xapp-1-fake-app-token";

/** Every piece of text a message or view shows: its sections' mrkdwn, buttons, options. */
export function textOf(message: Json | undefined): string {
  if (!message) return "";
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const record = value as Json;
      if (typeof record.text === "string") out.push(record.text);
      for (const [key, inner] of Object.entries(record))
        if (key !== "text" || typeof inner !== "string") visit(inner);
    }
  };
  visit(message.blocks ?? message);
  return out.join("\n");
}

export interface Element {
  block_id: string;
  element: Json;
}

/** Interactive elements of a message or view, with the block they sit in. */
export function elementsOf(message: Json | undefined): Element[] {
  const blocks = Array.isArray(message?.blocks) ? (message.blocks as Json[]) : [];
  return blocks.flatMap((block) =>
    block.type === "actions" && Array.isArray(block.elements)
      ? (block.elements as Json[]).map((element) => ({ block_id: String(block.block_id ?? "auto"), element }))
      : [],
  );
}

export function buttonLabelled(message: Json | undefined, label: string): Element {
  const found = elementsOf(message).find(
    (e) => e.element.type === "button" && (e.element.text as Json | undefined)?.text === label,
  );
  if (!found) throw new Error(`no button "${label}" in ${textOf(message)}`);
  return found;
}

export interface SlackWorld {
  fake: FakeSlack;
  engine: Engine;
  bot: PlatformBot;
  /** The app's request URL: …/slack/events on the process's HTTP server. */
  url: string;
  send(signed: SignedBody, options?: SendOptions): Promise<{ status: number; text: string }>;
  /** `/peer <text>` from a user; resolves with the replies sent to its response_url. */
  command(userId: string, text: string, channelId?: string): Promise<Json[]>;
  /** Clicks an element of a message; resolves with the replies to its response_url. */
  click(
    userId: string,
    element: Element,
    on: { channelId: string; message?: Json },
    change?: Partial<ClickedElement>,
  ): Promise<Json[]>;
  /** Clicks on the App Home or a modal (no response_url). */
  clickInView(
    userId: string,
    element: Element,
    view: { viewId: string; viewType: "home" | "modal" },
  ): Promise<number>;
  event(event: Json): Promise<number>;
  /** Web API calls retried after a 429, as counted for /metrics. */
  retries(): number;
  close(): Promise<void>;
}

export interface WorldOptions {
  db: Db;
  env?: Partial<SlackEnv>;
  /** Share one fake (and its users) between apps. */
  fake?: FakeSlack;
}

export async function startSlackWorld(options: WorldOptions): Promise<SlackWorld> {
  const fake =
    options.fake ??
    (await startFakeSlack({
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      teamId: TEAM,
      teamName: "Peer Support",
      botUserId: BOT_USER,
    }));
  if (!options.fake) {
    fake.addUser({ id: ADMIN, name: "ada", displayName: "Ada", isAdmin: true });
    fake.addUser({ id: MEMBER, name: "max", displayName: "Max" });
    fake.addUser({ id: NEWBIE, name: "nia", displayName: "Nia" });
    fake.addUser({ id: BOT_USER, name: "peerbridge", isBot: true });
    fake.addChannel({ id: GENERAL, name: "general", isPrivate: false });
    fake.addChannel({ id: MODS, name: "mods", isPrivate: true });
  }
  const engine = createPeerbridge({ db: options.db });
  const env: SlackEnv = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...options.env,
  };
  let retries = 0;
  const bot = createSlackBot(env, { engine, log: silentLogger, onRetry: () => retries++ });
  if (!bot) throw new Error("the Slack bot was not created");
  let server: Server | undefined;
  let url = "";
  if (bot.routes.length > 0) {
    server = createHttpServer(bot.routes);
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  }
  await bot.start();

  const send = (signed: SignedBody, sendOptions?: SendOptions) =>
    sendSigned(url, SECRET, signed, sendOptions);

  async function repliesTo(responseUrl: string, status: number): Promise<Json[]> {
    if (status !== 200) throw new Error(`the app answered ${status}`);
    return until(`a reply to ${responseUrl}`, () => {
      const replies = fake.responsesTo(responseUrl);
      return replies.length > 0 ? replies : undefined;
    });
  }

  return {
    fake,
    engine,
    bot,
    url,
    send,
    async command(userId, text, channelId = GENERAL) {
      const responseUrl = fake.responseUrl();
      const { status } = await send(slashCommand({ teamId: TEAM, userId, channelId, text, responseUrl }));
      return repliesTo(responseUrl, status);
    },
    async click(userId, { block_id, element }, on, change = {}) {
      const responseUrl = fake.responseUrl();
      const container: ClickContainer = {
        type: "message",
        channelId: on.channelId,
        responseUrl,
        ...(on.message ? { message: on.message } : {}),
      };
      const action: ClickedElement = {
        action_id: String(element.action_id),
        block_id,
        type: String(element.type),
        ...(typeof element.value === "string" ? { value: element.value } : {}),
        ...change,
      };
      const { status } = await send(
        interaction(blockActionsPayload({ teamId: TEAM, userId }, container, action)),
      );
      return repliesTo(responseUrl, status);
    },
    async clickInView(userId, { block_id, element }, view) {
      const action: ClickedElement = {
        action_id: String(element.action_id),
        block_id,
        type: String(element.type),
        ...(typeof element.value === "string" ? { value: element.value } : {}),
      };
      const { status } = await send(
        interaction(blockActionsPayload({ teamId: TEAM, userId }, { type: "view", ...view }, action)),
      );
      return status;
    },
    retries: () => retries,
    async event(event) {
      return (await send(json(eventCallbackPayload(TEAM, BOT_USER, event)))).status;
    },
    async close() {
      await bot.stop();
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server?.close(() => resolve()));
      }
      if (!options.fake) await fake.close();
    },
  };
}
