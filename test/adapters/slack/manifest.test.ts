import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BOT_EVENTS, BOT_SCOPES, slackManifest } from "../../../adapters/slack/manifest.js";
import { allFeatures } from "../../../core/features/index.js";
import { translator } from "../../../core/text/i18n.js";
import { LANGUAGES } from "../../../core/text/languages.js";

type Json = Record<string, unknown>;

const commands = allFeatures.flatMap((f) => f.commands);
const readme = await readFile(new URL("../../../README.md", import.meta.url), "utf8");

describe("the Slack app manifest", () => {
  it("declares /peer, its scopes, events, interactivity and the App Home for HTTP mode", () => {
    const manifest = slackManifest(commands, { publicUrl: "https://bot.example.org/" }) as Json;
    const features = manifest.features as Json;
    const [slash] = features.slash_commands as Json[];
    expect(slash).toMatchObject({
      command: "/peer",
      should_escape: true,
      url: "https://bot.example.org/slack/events",
    });
    for (const command of commands.filter((c) => c.audience === "member").slice(0, 3)) {
      expect(String(slash?.usage_hint)).toContain(command.path);
    }
    expect(features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    const settings = manifest.settings as Json;
    expect(settings.socket_mode_enabled).toBe(false);
    expect(settings.event_subscriptions).toEqual({
      bot_events: [...BOT_EVENTS],
      request_url: "https://bot.example.org/slack/events",
    });
    expect(settings.interactivity).toEqual({
      is_enabled: true,
      request_url: "https://bot.example.org/slack/events",
    });
    expect(((manifest.oauth_config as Json).scopes as Json).bot).toEqual(BOT_SCOPES.map((s) => s.scope));
  });

  it("needs no URL in Socket Mode", () => {
    const manifest = slackManifest(commands) as Json;
    const settings = manifest.settings as Json;
    expect(settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain("request_url");
  });

  it("speaks the workspace's language: descriptions and shortcut names from the catalog", () => {
    for (const language of LANGUAGES) {
      const t = translator({ language });
      const manifest = slackManifest(commands, { language }) as Json;
      expect((manifest.display_information as Json).description).toBe(t.plain("slack.about"));
      const features = manifest.features as Json;
      const [slash] = features.slash_commands as Json[];
      expect(slash?.description).toBe(t.plain("slack.command"));
      const shortcuts = features.shortcuts as Json[];
      expect(shortcuts.map((s) => s.name)).toEqual([t.plain("report.menu"), t.plain("worried.menu")]);
      expect(shortcuts.map((s) => s.description)).toEqual([
        t.plain("slack.reportShortcut"),
        t.plain("slack.worriedShortcut"),
      ]);
      // Slack: the app's short description is at most 140 characters.
      expect(String((manifest.display_information as Json).description).length).toBeLessThanOrEqual(140);
    }
  });

  it("is what the README explains: every scope and event named", () => {
    const section = readme.slice(readme.indexOf("## Slack"));
    for (const { scope } of BOT_SCOPES) expect(section).toContain(`\`${scope}\``);
    for (const event of BOT_EVENTS) expect(section).toContain(`\`${event}\``);
  });

  it("is written to slack-manifest.json by the script", async () => {
    const dir = await mkdtemp(join(tmpdir(), "peerbridge-manifest-"));
    try {
      const script = new URL("../../../scripts/slack-manifest.ts", import.meta.url).pathname;
      const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;
      await promisify(execFile)(tsx, [script, "https://bot.example.org"], { cwd: dir });
      const written = JSON.parse(await readFile(join(dir, "slack-manifest.json"), "utf8")) as Json;
      expect(written).toEqual(
        JSON.parse(JSON.stringify(slackManifest(commands, { publicUrl: "https://bot.example.org" }))),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
