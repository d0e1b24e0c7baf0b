import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { Translate } from "../../core/text/i18n.js";
import { plainText } from "../../core/text/markup.js";
import { Rich } from "./rich-text.js";

export const BASE = "/dashboard";

export const NAV = [
  ["", "web.nav.overview"],
  ["/queue", "web.nav.queue"],
  ["/library", "web.nav.library"],
  ["/reports", "web.nav.reports"],
  ["/rules", "web.nav.rules"],
  ["/tags", "web.nav.tags"],
  ["/digests", "web.nav.digests"],
  ["/settings", "web.nav.settings"],
  ["/moderators", "web.nav.moderators"],
  ["/audit", "web.nav.audit"],
] as const;

export interface Chrome {
  t: Translate;
  /** Present when signed in: the navigation and the sign-out forms. */
  session?: { csrf: string; community: string; path: string };
}

export interface Notice {
  kind: "done" | "error";
  text: Child;
}

/** Every page: skip link, header with the community and sign-out, navigation, main. */
export function Page(props: {
  chrome: Chrome;
  title: string;
  notice?: Notice | undefined;
  children?: Child;
}) {
  const { t, session } = props.chrome;
  return (
    <>
      {raw("<!doctype html>")}
      <html lang={t.language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <title>{`${props.title} · peerbridge`}</title>
          <link rel="stylesheet" href={`${BASE}/assets/app.css`} />
          <script src={`${BASE}/assets/app.js`} defer />
        </head>
        <body>
          <a class="skip" href="#main">
            {plainText(t("web.skip"))}
          </a>
          <header class="top">
            <p class="brand">
              peerbridge
              {session ? (
                <span class="community"> · {session.community || plainText(t("web.unnamed"))}</span>
              ) : null}
            </p>
            {session ? (
              <div class="signout">
                <form method="post" action={`${BASE}/signout`}>
                  <input type="hidden" name="csrf" value={session.csrf} />
                  <button type="submit">{plainText(t("web.signOut"))}</button>
                </form>
                <form method="post" action={`${BASE}/signout-everywhere`}>
                  <input type="hidden" name="csrf" value={session.csrf} />
                  <button type="submit" class="danger">
                    {plainText(t("web.signOutEverywhere"))}
                  </button>
                </form>
              </div>
            ) : null}
          </header>
          {session ? (
            <nav aria-label={plainText(t("web.navLabel"))}>
              <ul>
                {NAV.map(([path, key]) => (
                  <li>
                    <a href={`${BASE}${path}`} aria-current={session.path === path ? "page" : undefined}>
                      {plainText(t(key))}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <main id="main" tabindex={-1}>
            <h1>{props.title}</h1>
            {props.notice ? (
              <p
                class={`notice ${props.notice.kind}`}
                role={props.notice.kind === "error" ? "alert" : "status"}
              >
                {props.notice.text}
              </p>
            ) : (
              <p class="notice-slot" role="status" />
            )}
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

/** A hidden CSRF field: every form that changes something carries it. */
export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

/** A refusal page before or outside a session (bad link, signed out, too many tries). */
export function Refusal({ t, title, text }: { t: Translate; title: string; text: Child }) {
  return (
    <Page chrome={{ t }} title={title}>
      <p>{text}</p>
      <p>
        <Rich text={t("web.refusal.howToSignIn", { command: "/mod dashboard" })} />
      </p>
    </Page>
  );
}

/** A wide table that scrolls sideways on a phone; focusable so a keyboard can scroll it. */
export function TableWrap({ label, children }: { label: string; children?: Child }) {
  return (
    <section class="table-wrap" aria-label={label} tabindex={0}>
      {children}
    </section>
  );
}
