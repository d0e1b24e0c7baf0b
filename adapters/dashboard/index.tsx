// The web dashboard: server-rendered pages over the core's dashboard desk, mounted on the
// process's one HTTP server. It parses and checks requests (session cookie, CSRF token, zod on
// every form) and renders; what may change and how is the core's.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Child } from "hono/jsx";
import { z } from "zod";
import { UserError } from "../../core/errors.js";
import { describeError } from "../../core/failures.js";
import type { Dashboard, Desk } from "../../core/features/dashboard/dashboard-desk.js";
import { SESSION_MAX_MS } from "../../core/features/dashboard/dashboard-service.js";
import { CHOICES as LANGUAGE_CHOICES } from "../../core/features/language/language-feature.js";
import { WARNING_EXPIRY_DAYS } from "../../core/features/moderation/moderation-service.js";
import { MAX_WELCOME_LENGTH } from "../../core/features/onboarding/welcome-view.js";
import { RETENTION_DAYS } from "../../core/features/privacy/personal-data-service.js";
import { MAX_RULE_LENGTH } from "../../core/features/rules/rules-service.js";
import { MAX_CRISIS_TEXT } from "../../core/features/safety/support-settings-service.js";
import type { Logger } from "../../core/log.js";
import { type Translate, translator } from "../../core/text/i18n.js";
import { plainText } from "../../core/text/markup.js";
import type { HttpRoute } from "../contract.js";
import { SCRIPT, STYLES } from "./assets.js";
import { BASE, type NAV, type Notice, Page, Refusal } from "./layout.js";
import { AuditPage, type AuditQuery, auditCsv } from "./pages/audit.js";
import { DigestsPage } from "./pages/digests.js";
import { ModeratorsPage } from "./pages/moderators.js";
import { OverviewPage } from "./pages/overview.js";
import { ReportsPage } from "./pages/reports.js";
import { EditResourcePage, LibraryPage, QueuePage, SOURCES } from "./pages/resources.js";
import { RulesPage } from "./pages/rules.js";
import { SettingsPage, WelcomePreview } from "./pages/settings.js";
import { TagsPage } from "./pages/tags.js";
import { Rich } from "./rich-text.js";

export interface DashboardOptions {
  dashboard: Dashboard;
  log: Logger;
  /** The public address starts with https: cookies are then Secure. */
  secure: boolean;
  /** Sign-in attempts allowed per client address in `rateWindowMs` (default 10 in 10 minutes). */
  signInLimit?: number;
  rateWindowMs?: number;
}

// Forms here are a few fields; anything larger is not one of ours.
const MAX_BODY_BYTES = 16 * 1024;
const COOKIE = "pb_session";

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

type Env = { Variables: { desk: Desk }; Bindings: { incoming: IncomingMessage } };

const id = z.coerce.number().int().min(1).max(2_000_000_000);
const onOff = z.enum(["on", "off"]).transform((v) => v === "on");
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? undefined : v));

const DONE = [
  "approved",
  "rejected",
  "edited",
  "retired",
  "resolved",
  "dismissed",
  "ruleSaved",
  "tagSaved",
  "tagDeleted",
  "settingsSaved",
  "moderatorAdded",
  "moderatorRemoved",
] as const;
type Done = (typeof DONE)[number];

const forms = {
  signIn: z.object({ token: z.string().max(100) }),
  csrfOnly: z.object({}),
  reject: z.object({ reason: optionalText(300) }),
  resource: z.object({
    title: text(150),
    url: text(2100),
    summary: z.string().trim().max(300),
    tags: z.string().trim().max(200),
    source: z.enum(SOURCES),
  }),
  ruleText: z.object({ version: z.coerce.number().int().min(0), text: text(MAX_RULE_LENGTH) }),
  ruleMove: z.object({ version: z.coerce.number().int().min(0), to: z.coerce.number().int().min(1).max(50) }),
  ruleVersion: z.object({ version: z.coerce.number().int().min(0) }),
  tag: z.object({
    name: text(32),
    description: z.string().trim().max(200),
    emoji: optionalText(16),
    visibility: z.enum(["public", "private"]),
    self: z.enum(["yes", "no"]).transform((v) => v === "yes"),
  }),
  welcome: z.object({
    text: z.string().trim().max(MAX_WELCOME_LENGTH),
    mode: z.enum(["group", "private"]),
    intent: z.enum(["save", "preview"]).default("save"),
  }),
  welcomePreview: z.object({ text: z.string().trim().max(MAX_WELCOME_LENGTH) }),
  general: z.object({
    gate: onOff,
    modChannel: optionalText(100),
    retention: z.coerce.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
    warnings: z.coerce.number().int().min(WARNING_EXPIRY_DAYS.min).max(WARNING_EXPIRY_DAYS.max),
  }),
  member: z.object({ member: text(200) }),
  crisis: z.object({ text: z.string().trim().max(MAX_CRISIS_TEXT), alert: onOff }),
  language: z.object({ language: z.enum(LANGUAGE_CHOICES) }),
};

const auditQuery = z.object({
  member: z.string().trim().max(100).default(""),
  kind: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z.]*$/)
    .default(""),
  from: z.union([z.literal(""), z.iso.date()]).default(""),
  to: z.union([z.literal(""), z.iso.date()]).default(""),
});

/** A fixed-window counter per client address: enough to stop guessing, no storage to leak. */
function rateLimiter(limit: number, windowMs: number) {
  const hits = new Map<string, { count: number; since: number }>();
  return (key: string): boolean => {
    const now = Date.now();
    const entry = hits.get(key);
    if (!entry || now - entry.since >= windowMs) {
      if (hits.size > 10_000) hits.clear();
      hits.set(key, { count: 1, since: now });
      return true;
    }
    entry.count += 1;
    return entry.count <= limit;
  };
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createDashboardApp(options: DashboardOptions): Hono<Env> {
  const { dashboard, log } = options;
  const t: Translate = translator();
  const allowSignIn = rateLimiter(options.signInLimit ?? 10, options.rateWindowMs ?? 10 * 60_000);
  const app = new Hono<Env>().basePath(BASE);

  const refuse = (
    c: Context<Env>,
    status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    title: string,
    body: Child,
  ) => c.html(<Refusal t={t} title={title} text={body} />, status);

  const chrome = (c: Context<Env>, desk: Desk) => {
    const path = new URL(c.req.url).pathname.slice(BASE.length) || "";
    return { t: desk.t, session: { csrf: desk.csrf, community: desk.community.name, path } };
  };

  const page = async (
    c: Context<Env>,
    titleKey: (typeof NAV)[number][1] | "web.editResource",
    body: Child,
  ) => {
    const desk = c.get("desk");
    const done = z.enum(DONE).safeParse(c.req.query("done"));
    const notice: Notice | undefined = done.success
      ? { kind: "done", text: plainText(desk.t(`web.done.${done.data}`)) }
      : undefined;
    return c.html(
      <Page chrome={chrome(c, desk)} title={plainText(desk.t(titleKey))} notice={notice}>
        {body}
      </Page>,
    );
  };

  app.use("*", async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        refuse(c, 413, plainText(t("web.refusal.tooBigTitle")), plainText(t("web.refusal.tooBig"))),
    }),
  );
  app.onError((error, c) => {
    if (error instanceof UserError) {
      const desk = c.get("desk");
      return c.html(
        <Page
          chrome={desk ? chrome(c, desk) : { t }}
          title={plainText(t("web.refusal.notChangedTitle"))}
          notice={{ kind: "error", text: <Rich text={error.text} /> }}
        >
          <p>{plainText(t("web.refusal.notChanged"))}</p>
          <p>
            <a href={BASE}>{plainText(t("web.backToOverview"))}</a>
          </p>
        </Page>,
        409,
      );
    }
    log.error({ error: describeError(error) }, "dashboard request failed");
    return c.html(
      <Refusal
        t={t}
        title={plainText(t("web.refusal.internalTitle"))}
        text={plainText(t("error.internal"))}
      />,
      500,
    );
  });

  app.get("/assets/app.css", (c) => c.body(STYLES, 200, { "content-type": "text/css; charset=utf-8" }));
  app.get("/assets/app.js", (c) => c.body(SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8" }));

  const clientOf = (c: Context<Env>) => c.env?.incoming?.socket?.remoteAddress ?? "unknown";

  // GET shows a button and changes nothing: chat apps fetch links to preview them, which must not use one up.
  app.get("/signin/:token", (c) => {
    if (!allowSignIn(clientOf(c)))
      return refuse(c, 429, plainText(t("web.refusal.slowDownTitle")), plainText(t("web.refusal.slowDown")));
    const token = c.req.param("token");
    return c.html(
      <Page chrome={{ t }} title={plainText(t("web.signIn.title"))}>
        <p>{plainText(t("web.signIn.intro"))}</p>
        <form method="post" action={`${BASE}/signin`}>
          <input type="hidden" name="token" value={token.slice(0, 100)} />
          <button type="submit">{plainText(t("web.signIn.button"))}</button>
        </form>
      </Page>,
    );
  });

  app.post("/signin", async (c) => {
    if (!allowSignIn(clientOf(c)))
      return refuse(c, 429, plainText(t("web.refusal.slowDownTitle")), plainText(t("web.refusal.slowDown")));
    const form = await readForm(c);
    const parsed = form && forms.signIn.safeParse(form);
    if (!parsed?.success)
      return refuse(c, 400, plainText(t("web.refusal.linkTitle")), plainText(t("web.refusal.link")));
    const result = await dashboard.signIn(parsed.data.token);
    if (!result.ok) {
      const key = result.reason === "link" ? "web.refusal.link" : "web.refusal.notModerator";
      return refuse(c, 403, plainText(t("web.refusal.linkTitle")), plainText(t(key)));
    }
    setCookie(c, COOKIE, result.secret, {
      httpOnly: true,
      sameSite: "Strict",
      secure: options.secure,
      path: BASE,
      maxAge: Math.floor(SESSION_MAX_MS / 1000),
    });
    return c.redirect(BASE, 303);
  });

  // Every other request: a live session of someone who is a moderator now.
  app.use("*", async (c, next) => {
    const secret = getCookie(c, COOKIE);
    const desk = secret ? await dashboard.open(secret) : null;
    if (!desk) {
      if (secret) deleteCookie(c, COOKIE, { path: BASE });
      return refuse(
        c,
        401,
        plainText(t("web.refusal.signedOutTitle")),
        plainText(t("web.refusal.signedOut")),
      );
    }
    c.set("desk", desk);
    await next();
  });

  /** A moderator's form that did not parse: said in their language, in the dashboard, with a way back. */
  const badForm = (c: Context<Env>, desk: Desk, back: string) =>
    c.html(
      <Page
        chrome={chrome(c, desk)}
        title={plainText(desk.t("web.refusal.badFormTitle"))}
        notice={{ kind: "error", text: plainText(desk.t("web.refusal.badForm")) }}
      >
        <p>
          <a href={`${BASE}${back}`}>{plainText(desk.t("web.backToForm"))}</a>
        </p>
      </Page>,
      400,
    );

  /** A form that changes something: CSRF token, then zod, then the core; back to `to` with a notice. */
  function change<S extends z.ZodType>(
    schema: S,
    run: (desk: Desk, data: z.infer<S>, c: Context<Env>) => Promise<unknown>,
    to: string | ((c: Context<Env>) => string),
    done: Done,
  ) {
    return async (c: Context<Env>) => {
      const desk = c.get("desk");
      const form = await readForm(c);
      if (!form)
        return refuse(c, 415, plainText(t("web.refusal.badFormTitle")), plainText(t("web.refusal.badForm")));
      if (!sameToken(form.csrf, desk.csrf))
        return refuse(c, 403, plainText(t("web.refusal.csrfTitle")), plainText(t("web.refusal.csrf")));
      const target = typeof to === "string" ? to : to(c);
      const parsed = schema.safeParse(form);
      if (!parsed.success) return badForm(c, desk, target);
      await run(desk, parsed.data, c);
      return c.redirect(`${BASE}${target}${target.includes("?") ? "&" : "?"}done=${done}`, 303);
    };
  }
  const param = (c: Context<Env>, name: string) => {
    const parsed = id.safeParse(c.req.param(name));
    if (!parsed.success) throw new UserError(t("web.refusal.badId"));
    return parsed.data;
  };

  app.get("/", (c) => page(c, "web.nav.overview", <OverviewPage desk={c.get("desk")} />));
  app.get("/queue", (c) => page(c, "web.nav.queue", <QueuePage desk={c.get("desk")} />));
  app.post(
    "/queue/:id/approve",
    change(forms.csrfOnly, (d, _, c) => d.approve(param(c, "id")), "/queue", "approved"),
  );
  app.post(
    "/queue/:id/reject",
    change(forms.reject, (d, f, c) => d.reject(param(c, "id"), f.reason), "/queue", "rejected"),
  );
  app.get("/library", (c) => {
    const q = z
      .string()
      .max(200)
      .catch("")
      .parse(c.req.query("q") ?? "");
    const p = z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .catch(1)
      .parse(c.req.query("page") ?? 1);
    return page(c, "web.nav.library", <LibraryPage desk={c.get("desk")} query={q} page={p} />);
  });
  app.get("/resources/:id/edit", (c) =>
    page(c, "web.editResource", <EditResourcePage desk={c.get("desk")} id={param(c, "id")} />),
  );
  app.post(
    "/resources/:id/edit",
    change(forms.resource, (d, f, c) => d.editResource(param(c, "id"), f), "/library", "edited"),
  );
  app.post(
    "/resources/:id/retire",
    change(forms.csrfOnly, (d, _, c) => d.retire(param(c, "id")), "/library", "retired"),
  );
  app.get("/reports", (c) => page(c, "web.nav.reports", <ReportsPage desk={c.get("desk")} />));
  app.post(
    "/reports/:id/resolve",
    change(forms.csrfOnly, (d, _, c) => d.closeReport(param(c, "id"), true), "/reports", "resolved"),
  );
  app.post(
    "/reports/:id/dismiss",
    change(forms.csrfOnly, (d, _, c) => d.closeReport(param(c, "id"), false), "/reports", "dismissed"),
  );

  app.get("/rules", (c) => page(c, "web.nav.rules", <RulesPage desk={c.get("desk")} />));
  /** A rule form carries the version it was filled in against; an older one changes nothing. */
  const onRules =
    <S extends { version: number }>(run: (d: Desk, f: S, c: Context<Env>) => Promise<unknown>) =>
    async (d: Desk, f: S, c: Context<Env>) => {
      if (!d.checkRulesVersion(f.version))
        throw new UserError(d.t("rules.changed", { command: `${BASE}/rules` }));
      await run(d, f, c);
    };
  app.post(
    "/rules/add",
    change(
      forms.ruleText,
      onRules((d, f) => d.addRule(f.text)),
      "/rules",
      "ruleSaved",
    ),
  );
  app.post(
    "/rules/:n/edit",
    change(
      forms.ruleText,
      onRules((d, f, c) => d.editRule(param(c, "n"), f.text)),
      "/rules",
      "ruleSaved",
    ),
  );
  app.post(
    "/rules/:n/move",
    change(
      forms.ruleMove,
      onRules((d, f, c) => d.moveRule(param(c, "n"), f.to)),
      "/rules",
      "ruleSaved",
    ),
  );
  app.post(
    "/rules/:n/remove",
    change(
      forms.ruleVersion,
      onRules((d, _, c) => d.removeRule(param(c, "n"))),
      "/rules",
      "ruleSaved",
    ),
  );

  app.get("/tags", (c) => {
    const holders = id.optional().catch(undefined).parse(c.req.query("holders"));
    return page(c, "web.nav.tags", <TagsPage desk={c.get("desk")} show={holders} />);
  });
  app.post(
    "/tags/create",
    change(forms.tag, (d, f) => d.createTag(f), "/tags", "tagSaved"),
  );
  app.post(
    "/tags/:id/edit",
    change(forms.tag, (d, f, c) => d.editTag(param(c, "id"), f), "/tags", "tagSaved"),
  );
  app.post(
    "/tags/:id/delete",
    change(forms.csrfOnly, (d, _, c) => d.deleteTag(param(c, "id")), "/tags", "tagDeleted"),
  );

  app.get("/digests", (c) => page(c, "web.nav.digests", <DigestsPage desk={c.get("desk")} />));

  app.get("/settings", (c) =>
    page(c, "web.nav.settings", <SettingsPage desk={c.get("desk")} draft={undefined} />),
  );
  app.post("/settings/welcome", async (c) => {
    const desk = c.get("desk");
    const form = await readForm(c);
    if (!form)
      return refuse(c, 415, plainText(t("web.refusal.badFormTitle")), plainText(t("web.refusal.badForm")));
    if (!sameToken(form.csrf, desk.csrf))
      return refuse(c, 403, plainText(t("web.refusal.csrfTitle")), plainText(t("web.refusal.csrf")));
    const parsed = forms.welcome.safeParse(form);
    if (!parsed.success) return badForm(c, desk, "/settings");
    // Without JavaScript, "Preview" shows the draft and saves nothing.
    if (parsed.data.intent === "preview")
      return page(c, "web.nav.settings", <SettingsPage desk={desk} draft={parsed.data.text} />);
    const s = desk.settings();
    if (parsed.data.text && parsed.data.text !== s.welcomeText) await desk.setWelcome(parsed.data.text);
    if (parsed.data.mode !== s.welcomeMode) await desk.setWelcomeMode(parsed.data.mode);
    return c.redirect(`${BASE}/settings?done=settingsSaved`, 303);
  });
  app.post("/settings/welcome/preview", async (c) => {
    const desk = c.get("desk");
    const form = await readForm(c);
    if (!form || !sameToken(form.csrf, desk.csrf)) return c.text("", 403);
    const parsed = forms.welcomePreview.safeParse(form);
    if (!parsed.success) return c.text("", 400);
    return c.html(<WelcomePreview desk={desk} text={parsed.data.text || undefined} />);
  });
  app.post(
    "/settings/general",
    change(
      forms.general,
      async (d, f) => {
        // Only what changed is saved, so the audit log says what the moderator did.
        const s = d.settings();
        if (f.gate !== s.gateEnabled) await d.setGate(f.gate);
        if (f.modChannel && f.modChannel !== s.modChannelId) await d.setModChannel(f.modChannel);
        if (f.retention !== s.retentionDays) await d.setRetention(f.retention);
        if (f.warnings !== s.warningExpiryDays) await d.setWarningExpiry(f.warnings);
      },
      "/settings",
      "settingsSaved",
    ),
  );
  app.post(
    "/settings/crisis",
    change(
      forms.crisis,
      async (d, f) => {
        const s = d.settings();
        if (f.text && f.text !== s.crisisText) await d.setCrisisText(f.text);
        if (f.alert !== s.crisisAlert) await d.setCrisisAlert(f.alert);
      },
      "/settings",
      "settingsSaved",
    ),
  );

  app.post(
    "/settings/language",
    change(
      forms.language,
      async (d, f) => {
        if (f.language !== (d.settings().language ?? "auto")) await d.setLanguage(f.language);
      },
      "/settings",
      "settingsSaved",
    ),
  );

  app.get("/moderators", (c) => page(c, "web.nav.moderators", <ModeratorsPage desk={c.get("desk")} />));
  app.post(
    "/moderators/add",
    change(forms.member, (d, f) => d.setModerator(f.member, true), "/moderators", "moderatorAdded"),
  );
  app.post(
    "/moderators/remove",
    change(forms.member, (d, f) => d.setModerator(f.member, false), "/moderators", "moderatorRemoved"),
  );

  const readAudit = (c: Context<Env>): AuditQuery => {
    const parsed = auditQuery.safeParse(c.req.query());
    if (!parsed.success) throw new UserError(t("web.refusal.badFilter"));
    return parsed.data;
  };
  app.get("/audit", (c) => page(c, "web.nav.audit", <AuditPage desk={c.get("desk")} query={readAudit(c)} />));
  app.get("/audit.csv", async (c) =>
    c.body(await auditCsv(c.get("desk"), readAudit(c)), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="audit.csv"',
    }),
  );

  app.post("/signout", async (c) => {
    const desk = c.get("desk");
    const form = await readForm(c);
    if (!form || !sameToken(form.csrf, desk.csrf))
      return refuse(c, 403, plainText(t("web.refusal.csrfTitle")), plainText(t("web.refusal.csrf")));
    await desk.signOut();
    deleteCookie(c, COOKIE, { path: BASE });
    return refuse(c, 401, plainText(t("web.refusal.signedOutTitle")), plainText(t("web.signedOut")));
  });
  app.post("/signout-everywhere", async (c) => {
    const desk = c.get("desk");
    const form = await readForm(c);
    if (!form || !sameToken(form.csrf, desk.csrf))
      return refuse(c, 403, plainText(t("web.refusal.csrfTitle")), plainText(t("web.refusal.csrf")));
    await desk.signOutEverywhere();
    deleteCookie(c, COOKIE, { path: BASE });
    return refuse(
      c,
      401,
      plainText(t("web.refusal.signedOutTitle")),
      plainText(t("web.signedOutEverywhere")),
    );
  });

  app.notFound((c) =>
    refuse(c, 404, plainText(t("web.refusal.notFoundTitle")), plainText(t("web.refusal.notFound"))),
  );
  return app;
}

/** An urlencoded form as strings only; null for anything else (multipart files, JSON, junk). */
async function readForm(c: Context<Env>): Promise<Record<string, string> | null> {
  if (!c.req.header("content-type")?.startsWith("application/x-www-form-urlencoded")) return null;
  try {
    const params = new URLSearchParams(await c.req.text());
    const form: Record<string, string> = {};
    for (const [key, value] of params) {
      if (key in form) return null; // One value per field: a repeated one is not our form.
      form[key] = value;
    }
    return form;
  } catch {
    return null;
  }
}

/** The dashboard's routes on the process's HTTP server (every path under /dashboard). */
export function dashboardRoutes(options: DashboardOptions): HttpRoute[] {
  const app = createDashboardApp(options);
  const listener = getRequestListener((request, env) => app.fetch(request, env));
  const handle: HttpRoute["handle"] = (request, response) => listener(request, response);
  return [
    { method: "GET", path: BASE, prefix: true, handle },
    { method: "POST", path: BASE, prefix: true, handle },
  ];
}
