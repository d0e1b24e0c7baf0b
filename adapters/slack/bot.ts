// The Slack app: Bolt in HTTP mode (events, commands and interactivity on the process's one HTTP
// server) or in Socket Mode when SLACK_APP_TOKEN is set (no public URL needed).
import type { IncomingMessage, ServerResponse } from "node:http";
import { App, HTTPReceiver, SocketModeReceiver, webApi } from "@slack/bolt";
import { z } from "zod";
import { ConfigError } from "../../core/config/env.js";
import { describeError } from "../../core/failures.js";
import type { HttpRoute, PlatformBot, PlatformDeps } from "../contract.js";
import { createDirectory } from "./directory.js";
import { registerInteractions } from "./interactions.js";
import { boltLogger } from "./logger.js";
import { SLACK_EVENTS_PATH } from "./manifest.js";
import { registerEvents } from "./members.js";
import { slackModerators } from "./moderators.js";
import { payloadGuard } from "./payloads.js";
import { createSlackPort } from "./port.js";

/** The variables the Slack app reads. */
export const slackEnv = z.object({
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, { message: "should be a bot token, xoxb-…" })
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, { message: "should be the app's signing secret" }).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, { message: "should be an app-level token, xapp-…" })
    .optional(),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, message: "should be a URL such as https://slack.com/api/" })
    .transform((url) => (url.endsWith("/") ? url : `${url}/`))
    .optional(),
  SLACK_MAIN_CHANNEL: z
    .string()
    .regex(/^[CG][A-Z0-9]{2,}$/, { message: "should be a channel id such as C0123ABCDEF" })
    .optional(),
});

export type SlackEnv = z.infer<typeof slackEnv>;

/** A tokens_revoked event naming at least one bot token (a user token alone does not matter). */
const revokedBotTokens = z.object({
  event: z.object({ tokens: z.object({ bot: z.array(z.string()).min(1) }) }),
});

/** The Slack app when configured, else null. */
export function createSlackBot(env: SlackEnv, deps: PlatformDeps): PlatformBot | null {
  const token = env.SLACK_BOT_TOKEN;
  if (!token) return null;
  const appToken = env.SLACK_APP_TOKEN;
  const signingSecret = env.SLACK_SIGNING_SECRET;
  if (!appToken && !signingSecret) {
    throw new ConfigError(
      "Configuration problem:\n  SLACK_SIGNING_SECRET: is needed with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
  const { engine, log } = deps;
  const logger = boltLogger(log);
  const apiUrl = env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {};
  const socket = appToken
    ? new SocketModeReceiver({ appToken, logger, installerOptions: { clientOptions: apiUrl } })
    : undefined;
  const http =
    signingSecret && !socket
      ? new HTTPReceiver({ signingSecret, endpoints: SLACK_EVENTS_PATH, logger })
      : undefined;
  const receiver = socket ?? http;
  if (!receiver) return null;

  const app = new App({
    token,
    receiver,
    logger,
    // A 429 is retried by the Web API client after Slack's Retry-After; five tries, then the caller hears.
    clientOptions: { ...apiUrl, retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes },
    // init() in start(): its auth.test would otherwise run unawaited in the constructor.
    deferInitialization: true,
    convoStore: false,
  });
  // Counted for /metrics: each Web API call Slack rate-limited, which the client retries.
  app.client.on(webApi.WebClientEvent.RATE_LIMITED, () => deps.onRetry?.("slack"));
  const directory = createDirectory(app.client, log);
  const moderators = slackModerators(app.client, log, env.SLACK_MAIN_CHANNEL);
  const port = createSlackPort({ client: app.client, directory, moderators });
  engine.attach(port);
  const runtime = {
    engine,
    client: app.client,
    port,
    directory,
    log,
    ...(env.SLACK_MAIN_CHANNEL ? { mainChannel: env.SLACK_MAIN_CHANNEL } : {}),
  };
  app.use(payloadGuard(log));
  registerInteractions(app, runtime);
  registerEvents(app, runtime);
  app.error(async (error) => {
    log.error({ platform: "slack", error: describeError(error) }, "slack listener failed");
  });

  let ready = false;
  let socketUp = false;
  // Slack says when the app lost its bot token: until restarted with a new one, it is not connected.
  let revoked = false;
  const lostToken = (why: string) => {
    revoked = true;
    log.error({ platform: "slack", why }, "slack bot token no longer valid");
  };
  app.event("app_uninstalled", async () => lostToken("app_uninstalled"));
  app.event("tokens_revoked", async ({ body }) => {
    if (revokedBotTokens.safeParse(body).success) lostToken("tokens_revoked");
  });
  if (socket) {
    socket.client.on("connected", () => {
      socketUp = true;
    });
    for (const state of ["connecting", "reconnecting", "disconnecting", "disconnected"]) {
      socket.client.on(state, () => {
        socketUp = false;
      });
    }
  }

  const routes: HttpRoute[] = http
    ? [
        {
          method: "POST",
          path: SLACK_EVENTS_PATH,
          handle(request: IncomingMessage, response: ServerResponse) {
            // Before auth.test succeeded (or after stop) nothing is handled; Slack retries events.
            if (!ready) {
              response.writeHead(503).end();
              return;
            }
            http.requestListener(request, response);
          },
        },
      ]
    : [];

  return {
    platform: "slack",
    routes,
    async start() {
      await app.init();
      if (socket) await app.start();
      ready = true;
      log.info({ platform: "slack", mode: socket ? "socket" : "http" }, "slack app ready");
    },
    async stop() {
      ready = false;
      if (socket) await socket.client.disconnect();
    },
    connected: () => ready && !revoked && (socket ? socketUp : true),
  };
}
