// The dashboard app in process (no socket, no browser), over a recording harness: for the
// refusal and permission tests, which send hundreds of requests.
import { createDashboardApp } from "../../adapters/dashboard/index.js";
import type { Clock } from "../../core/clock.js";
import type { Db } from "../../core/db/database.js";
import { createDashboard } from "../../core/features/dashboard/dashboard-desk.js";
import { type Logger, silentLogger } from "../../core/log.js";
import { createHarness, type TestGroup } from "../helpers/harness.js";

export const ORIGIN = "https://dash.example";

export function dashboardHarness(
  db: Db,
  options: { clock?: Clock; signInLimit?: number; log?: Logger } = {},
) {
  const h = createHarness(db, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    dashboardUrl: ORIGIN,
  });
  const app = createDashboardApp({
    dashboard: createDashboard(h.engine),
    log: silentLogger,
    secure: true,
    signInLimit: options.signInLimit ?? 1000,
  });
  const request = (path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init);

  /** The secret of the link the bot sent a persona privately. */
  async function linkFor(g: TestGroup, userId: string, admin: boolean): Promise<string> {
    await g.as(userId, { admin }).run("mod dashboard");
    const sent = h.port.recorded.direct.filter((d) => d.userId === userId).at(-1);
    const urls = (sent?.view.blocks ?? []).flatMap((b) =>
      b.kind === "buttons" ? b.buttons.map((x) => x.url) : [],
    );
    const match = /\/dashboard\/signin\/([A-Za-z0-9_-]{43})$/.exec(urls.find(Boolean) ?? "");
    if (!match?.[1]) throw new Error(`no link sent to ${userId}`);
    return match[1];
  }

  async function signIn(token: string) {
    return request("/dashboard/signin", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }).toString(),
    });
  }

  /** A signed-in session: its cookie and the CSRF token its pages carry. */
  async function session(token: string) {
    const response = await signIn(token);
    const cookie = /pb_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    if (response.status !== 303 || !cookie) throw new Error(`sign-in refused: ${response.status}`);
    const page = await (await request("/dashboard", { headers: { cookie: `pb_session=${cookie}` } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
    const post = (
      path: string,
      fields: Record<string, string> = {},
      extra: { csrf?: string | null } = {},
    ) => {
      const token = extra.csrf === undefined ? csrf : extra.csrf;
      return request(path, {
        method: "POST",
        headers: { cookie: `pb_session=${cookie}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ ...(token === null ? {} : { csrf: token }), ...fields }).toString(),
      });
    };
    const get = (path: string) => request(path, { headers: { cookie: `pb_session=${cookie}` } });
    return { cookie, csrf, post, get, setCookie: response.headers.get("set-cookie") ?? "" };
  }

  return { h, app, request, linkFor, signIn, session };
}
