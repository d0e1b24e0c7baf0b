// The moderator dashboard in a real headless browser (Debian's Chromium driven by playwright-core):
// sign in through the link the console bot prints, change things, and find each change in the
// audit log and in chat. The main story and a sweep of every page (a form on each) run with JavaScript
// disabled; axe-core checks every page.
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAV } from "../../adapters/dashboard/layout.js";
import type { Database } from "../../core/db/database.js";
import { createTestDatabase } from "../helpers/test-database.js";
import { type DashboardWorld, linkIn, startDashboardWorld } from "./dashboard-world.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = join(import.meta.dirname, "../../docs/screenshots");

let database: Database;
let world: DashboardWorld;
let browser: Browser;
let profile: string;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  // Every test signs in from 127.0.0.1: more than the sign-in rate limit (tested in security.test.ts).
  world = await startDashboardWorld(database, { signInLimit: 100 });
  profile = await mkdtemp(join(tmpdir(), "peerbridge-chromium-"));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
    // playwright-core starts Chromium with a fresh --user-data-dir of its own (under this folder) each launch.
    env: { ...process.env, TMPDIR: profile },
  });
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
  await database?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function signIn(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

async function axeViolations(page: Page) {
  const source = await readFile(join(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    return axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
  });
  return (results.violations as { id: string; impact: string; nodes: { html: string }[] }[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

/** What has the focus: enough to name it, see where it is drawn and whether its ring shows. */
interface Focused {
  tag: string;
  name: string;
  focusVisible: boolean;
  outline: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

// Run in the page (a string: this project's types have no DOM).
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\\s+/g, " "),
    focusVisible: el.matches(":focus-visible"),
    outline: style.outlineStyle + " " + style.outlineWidth,
    top: box.top + window.scrollY,
    bottom: box.bottom + window.scrollY,
    left: box.left + window.scrollX,
    right: box.right + window.scrollX,
  };
})()`;

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(FOCUSED) as Promise<Focused | null>;
}

/** Presses `key` until what has the focus matches; fails after `max` presses. */
async function pressUntil(page: Page, key: string, wanted: (f: Focused) => boolean, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now && wanted(now)) return now;
  }
  throw new Error(`${key} never reached the element wanted; last: ${JSON.stringify(await focused(page))}`);
}

/** The focus ring a keyboard user sees: our 3px outline, shown for keyboard focus. */
function expectRing(f: Focused | null) {
  expect(f?.focusVisible, f?.name).toBe(true);
  expect(f?.outline, f?.name).toBe("solid 3px");
}

describe("moderator dashboard in a browser", () => {
  it("signs in from the console link and approves, edits and resolves without JavaScript", async () => {
    const setup = await world.chat([
      "/mod rules add Be kind",
      "/mod rules add No medical advice",
      '/mod tags create Caregiver description:"For people caring for someone"',
      ":join bob",
      "/suggest https://example.org/asthma-guide Asthma action plan",
      "/report Someone is selling pills",
      ":as mod",
      "/mod dashboard",
    ]);
    expect(setup).toContain("I sent you a sign-in link privately");
    expect(setup).toContain("private to mod");
    const link = linkIn(setup);

    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 800 },
    });
    const page = await signIn(context, link);
    await expect.poll(() => page.title()).toContain("Overview");
    expect(await page.locator(".cards").innerText()).toMatch(/1\s+suggestion waiting for review/);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "overview.png"), fullPage: true });
    // The moderator is told privately of the sign-in.
    expect(world.outbox.join("\n")).toMatch(
      /private to mod\n\s*Someone signed in to your moderator dashboard/,
    );

    await page.getByRole("link", { name: "Review queue" }).click();
    expect(await page.locator("main").innerText()).toContain("Unverified source");
    await page.screenshot({ path: join(SCREENSHOTS, "review-queue.png"), fullPage: true });
    await page.getByRole("button", { name: "Approve “Asthma action plan”" }).click();
    expect(await page.getByRole("status").innerText()).toContain("Approved");

    await page.getByRole("link", { name: "Rules" }).click();
    await page.getByLabel("Rule 1", { exact: true }).fill("Be kind and patient");
    await page.getByRole("button", { name: "Save rule 1" }).click();
    expect(await page.getByRole("status").innerText()).toContain("Rules saved");
    expect(await page.locator("main").innerText()).toContain("Version 3");

    await page.getByRole("link", { name: "Reports" }).click();
    await page.getByRole("button", { name: /^Resolve/ }).click();
    expect(await page.getByRole("status").innerText()).toContain("Report resolved");

    await page.getByRole("link", { name: "Audit log" }).click();
    const audit = await page.locator("table").innerText();
    for (const action of ["dashboard.signin", "resources.approve", "rules.edit", "reports.resolve"]) {
      expect(audit).toContain(action);
    }
    await page.getByLabel("Kind").fill("rules.");
    await page.getByRole("button", { name: "Show" }).click();
    const filtered = await page.locator("table").innerText();
    expect(filtered).toContain("rules.edit");
    expect(filtered).not.toContain("resources.approve");

    // And in chat: the same rulebook and library.
    const chat = await world.chat([":as bob", "/rules", "/resources asthma", ":as mod", "/mod audit"]);
    expect(chat).toContain("1. Be kind and patient");
    expect(chat).toContain("Asthma action plan");
    expect(chat).toContain("changed a rule");
    expect(chat).toContain("signed in to the dashboard");
    await context.close();
  });

  it("shows a change made in chat, and refuses a reused link, a member and a missing CSRF token", async () => {
    const link = linkIn(await world.chat([":as mod", "/mod dashboard"]));
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signIn(context, link);
    await world.chat(["/mod rules add Ask before sharing a screenshot"]);
    await page.goto(`${world.base}/dashboard/rules`);
    expect(await page.locator("main").innerText()).toContain("Ask before sharing a screenshot");

    // The same link a second time.
    const again = await context.newPage();
    await again.goto(link);
    const refused = await again
      .getByRole("button", { name: "Sign in" })
      .click()
      .then(() => again.locator("main").innerText());
    expect(refused).toContain("already used");

    // A member cannot get a link; a moderator's link stops working once they are not one.
    expect(await world.chat([":as bob", "/mod dashboard"])).toContain("Only moderators can use");
    await world.chat([":as mod", "/mod moderators add bob"]);
    const bobLink = linkIn(await world.chat([":as bob", "/mod dashboard"]));
    await world.chat([":as mod", "/mod moderators remove bob"]);
    const bob = await browser.newContext({ javaScriptEnabled: false });
    const bobPage = await signIn(bob, bobLink);
    expect(await bobPage.locator("main").innerText()).toContain("not a moderator of the group now");
    await bob.close();

    // A form posted without (or with a wrong) CSRF token changes nothing.
    await world.chat([":as bob", "/report Another one", ":as mod"]);
    const open = await database.prisma.report.findFirstOrThrow({ where: { status: "open" } });
    for (const body of [`x=1`, `csrf=${"A".repeat(43)}`]) {
      const response = await page.request.post(`${world.base}/dashboard/reports/${open.id}/resolve`, {
        headers: { "content-type": "application/x-www-form-urlencoded" },
        data: body,
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain("so nothing was changed");
    }
    expect((await database.prisma.report.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("open");

    // Sign out everywhere ends this session too.
    await page.goto(`${world.base}/dashboard`);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.goto(`${world.base}/dashboard/queue`);
    expect(await page.locator("main").innerText()).toContain("not signed in");
    await context.close();
  });

  it("has no serious or critical accessibility problems on any page, and previews the welcome live", async () => {
    const link = linkIn(await world.chat([":as mod", "/mod dashboard"]));
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await signIn(context, link);
    const cspErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") cspErrors.push(`${message.text()} ${page.url()}`);
    });
    for (const [path] of NAV) {
      const response = await page.goto(`${world.base}/dashboard${path}`);
      expect(response?.status(), path || "/").toBe(200);
      expect(await axeViolations(page), path || "/").toEqual([]);
    }
    const tag = await database.prisma.tag.findFirstOrThrow({ orderBy: { id: "desc" } });
    for (const path of [`/resources/1/edit`, `/tags?holders=${tag.id}`, "/library?q=asthma"]) {
      const response = await page.goto(`${world.base}/dashboard${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await axeViolations(page), path).toEqual([]);
    }
    // The search found the suggestion approved in the first test (stored without topics).
    expect(await page.locator("main").innerText()).toContain("Asthma action plan");
    // The refusal pages too.
    const fresh = await browser.newContext();
    const outside = await fresh.newPage();
    await outside.goto(`${world.base}/dashboard`);
    expect(await axeViolations(outside)).toEqual([]);
    await fresh.close();

    // Progressive enhancement: typing refreshes the preview without a submit.
    await page.goto(`${world.base}/dashboard/settings`);
    await page.getByLabel("Welcome text").fill("Hello {member}, glad you found us");
    await expect
      .poll(() => page.locator("#welcome-preview").innerText())
      .toContain("Hello Sam, glad you found us");
    expect(cspErrors).toEqual([]);
    await context.close();
  });
  it("uses every page, and a form on each page that has one, with JavaScript disabled", async () => {
    const setup = await world.chat([
      ":join cara",
      "/agree",
      "/suggest https://example.org/inhaler-tips Inhaler tips",
      "/suggest https://example.org/miracle Miracle cure pills",
      "/report Selling pills again",
      ":as mod",
      "/mod dashboard",
    ]);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signIn(context, linkIn(setup));
    const main = () => page.locator("main").innerText();
    const status = () => page.getByRole("status").innerText();
    const section = (text: string) => page.locator("section.item", { hasText: text });
    const nav = async (name: string) => {
      await page.getByRole("navigation").getByRole("link", { name, exact: true }).click();
      expect(await page.locator("h1").innerText()).toBe(name);
    };

    // Every page loads, read-only, as a moderator without scripts sees it.
    for (const [path] of NAV) {
      const response = await page.goto(`${world.base}/dashboard${path}`);
      expect(response?.status(), path || "/").toBe(200);
    }
    await page.goto(`${world.base}/dashboard`);
    expect(await page.locator("h1").innerText()).toBe("Overview");

    await nav("Review queue");
    await section("Miracle cure pills")
      .getByLabel(/^Reason/)
      .fill("Not a trustworthy source");
    await page.getByRole("button", { name: "Reject “Miracle cure pills”" }).click();
    expect(await status()).toContain("Rejected");
    await page.getByRole("button", { name: "Approve “Inhaler tips”" }).click();
    expect(await status()).toContain("Approved");

    await nav("Library");
    await page.getByLabel("Search the library").fill("inhaler");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    expect(page.url()).toContain("q=inhaler");
    expect(await main()).toContain("Inhaler tips");
    await page.getByRole("link", { name: "Edit “Inhaler tips”" }).click();
    await page.getByLabel("Summary").fill("How to use a spacer");
    await page.getByRole("button", { name: "Save" }).click();
    expect(await status()).toContain("Saved");
    await page.getByRole("button", { name: "Retire “Inhaler tips”" }).click();
    expect(await status()).toContain("Retired from the library");

    await nav("Reports");
    await section("Selling pills again")
      .getByRole("button", { name: /^Dismiss/ })
      .click();
    expect(await status()).toContain("Report dismissed");

    await nav("Rules");
    await page.getByLabel("The new rule").fill("Take breaks when you need them");
    await page.getByRole("button", { name: "Add the rule" }).click();
    expect(await status()).toContain("Rules saved");

    await nav("Tags");
    await page.locator("#newname").fill("Mentor");
    await page.locator("#newdescription").fill("Has been through it");
    await page.getByRole("button", { name: "Create the tag" }).click();
    expect(await status()).toContain("Tag saved");
    await page.getByRole("link", { name: "0 members have Mentor" }).click();
    expect(await section("Mentor").innerText()).toContain("No one has it.");
    // The edit form opens from a <details>: no script needed.
    await section("Mentor").getByText("Edit Mentor").click();
    await section("Mentor").locator("input[name=description]").fill("Has been through it and helps");
    await section("Mentor").getByRole("button", { name: "Save" }).click();
    expect(await status()).toContain("Tag saved");
    expect(await section("Mentor").innerText()).toContain("Has been through it and helps");
    await page.getByRole("button", { name: "Delete Mentor" }).click();
    expect(await status()).toContain("Tag deleted");

    await nav("Digests");
    expect(await main()).toContain("The next digest, exactly as it will be posted");

    await nav("Settings");
    const welcome = page.locator(`form[action="/dashboard/settings/welcome"]`);
    await page.getByLabel("Welcome text").fill("Hi {member}, take your time here");
    await welcome.getByRole("button", { name: "Preview" }).click();
    // Without a script, Preview is a round trip that shows the draft and saves nothing.
    expect(await page.locator("#welcome-preview").innerText()).toContain("Hi Sam, take your time here");
    expect(
      (await database.prisma.community.findMany()).some((c) => c.welcomeText?.startsWith("Hi {member}")),
    ).toBe(false);
    await welcome.getByRole("button", { name: "Save" }).click();
    expect(await status()).toContain("Settings saved");
    await page.getByLabel("Days the audit log and closed reports are kept").fill("45");
    await page
      .locator(`form[action="/dashboard/settings/general"]`)
      .getByRole("button", { name: "Save" })
      .click();
    expect(await status()).toContain("Settings saved");

    await nav("Moderators");
    await page.getByLabel("Member", { exact: true }).fill("cara");
    await page.getByRole("button", { name: "Add as moderator" }).click();
    expect(await status()).toContain("Moderator added");
    await page.getByRole("button", { name: "Remove @cara" }).click();
    expect(await status()).toContain("Moderator removed");

    await nav("Audit log");
    await page.getByLabel("Kind").fill("tags.");
    await page.getByRole("button", { name: "Show" }).click();
    expect(await page.locator("table").innerText()).toContain("tags.delete");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as CSV" }).click(),
    ]);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toContain('"tags.create"');
    expect(csv).not.toContain('"rules.add"');

    // Each change is the chat's too.
    const chat = await world.chat(["/rules", "/mod config", "/resources inhaler", "/mod audit"]);
    expect(chat).toContain("Take breaks when you need them");
    expect(chat).toContain("kept 45 days");
    expect(chat).toContain("No resources match “inhaler”");
    expect(chat).toContain("retired #");
    expect(chat).toContain("welcome.set");

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    expect(await main()).toContain("You are signed out.");
    await page.goto(`${world.base}/dashboard/settings`);
    expect(await main()).toContain("not signed in");
    await context.close();
    // Some forty page loads on two shared cores: more than the default 30 s when the machine is busy.
  }, 90_000);

  it("is used with the keyboard alone: skip link, navigation in visual order, approving a suggestion", async () => {
    const setup = await world.chat([
      ":as bob",
      "/suggest https://example.org/spacer-video Spacer video",
      ":as mod",
      "/mod dashboard",
    ]);
    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    await page.goto(linkIn(setup));
    expectRing(await pressUntil(page, "Tab", (f) => f.name === "Sign in"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.title()).toContain("Overview");

    // The first Tab reaches the skip link, drawn on screen with its ring; Enter moves to the content.
    const skip = await pressUntil(page, "Tab", () => true, 1);
    expect(skip.name).toBe("Skip to the content");
    expectRing(skip);
    expect(skip.left).toBeGreaterThanOrEqual(0);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    expect((await focused(page))?.tag).toBe("main");
    // Tab from there goes on into the content, not back to the header.
    const first = await pressUntil(page, "Tab", () => true, 1);
    expect(first.name).toMatch(/member|suggestion|report/);

    // Every stop on the overview, in order, has a visible ring and follows the page as it is read:
    // left to right along a row, then down.
    await page.goto(`${world.base}/dashboard`);
    const stops: Focused[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (!now || stops.some((s) => s.name === now.name && s.top === now.top && s.left === now.left)) break;
      stops.push(now);
    }
    expect(stops.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Skip to the content",
        "Sign out",
        "Review queue",
        "Audit log",
        // The card's number and its words are apart, read aloud as "1 suggestion…", not "1suggestion…".
        expect.stringMatching(/^\d+ suggestions? waiting for review$/),
      ]),
    );
    expect(stops.length).toBeGreaterThanOrEqual(16);
    for (const [i, stop] of stops.entries()) {
      expectRing(stop);
      const before = stops[i - 1];
      if (!before) continue;
      const sameRow = stop.top < before.bottom && stop.bottom > before.top;
      const order = `${before.name} → ${stop.name}`;
      if (sameRow) expect(stop.left, order).toBeGreaterThanOrEqual(before.right - 1);
      else expect(stop.top, order).toBeGreaterThanOrEqual(before.bottom - 1);
    }

    // To the review queue: skip to the content, back up into the navigation with Shift+Tab.
    await page.goto(`${world.base}/dashboard`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expectRing(await pressUntil(page, "Shift+Tab", (f) => f.name === "Review queue"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.title()).toContain("Review queue");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const approve = await pressUntil(page, "Tab", (f) => f.name === "Approve “Spacer video”");
    expectRing(approve);
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByRole("status").innerText()).toContain("Approved");
    const resource = await database.prisma.resource.findFirstOrThrow({ where: { title: "Spacer video" } });
    expect(resource.status).toBe("approved");
    await context.close();
  }, 60_000);

  it("sets the community's language on Settings, and chat speaks it", async () => {
    const link = linkIn(await world.chat([":as mod", "/mod dashboard"]));
    // Scripts on, for axe on the page in Spanish (the form itself needs none: the no-script sweep uses Settings).
    const context = await browser.newContext();
    const page = await signIn(context, link);
    await page.goto(`${world.base}/dashboard/settings`);
    const form = page.locator(`form[action="/dashboard/settings/language"]`);
    await page.getByLabel("Language of the group's posts").selectOption("es");
    await form.getByRole("button", { name: "Save" }).click();
    // The moderator chose no language of their own: the dashboard now speaks the community's.
    expect(await page.getByRole("status").innerText()).toContain("Ajustes guardados.");
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    const chat = await world.chat(["/mod config", "/mod audit"]);
    expect(chat).toContain("Idioma: es");
    expect(chat).toContain("community.language");
    expect(await axeViolations(page)).toEqual([]);

    // Back to automatic, from the dashboard in Spanish.
    await page.locator("#language").selectOption("auto");
    await form.getByRole("button", { name: "Guardar" }).click();
    expect(await page.getByRole("status").innerText()).toContain("Settings saved.");
    expect(await world.chat(["/mod config"])).toContain("Language: auto");
    await context.close();
  });
});
