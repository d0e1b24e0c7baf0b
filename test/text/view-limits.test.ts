import { describe, expect, it } from "vitest";
import { translator } from "../../core/text/i18n.js";
import { LANGUAGES } from "../../core/text/languages.js";
import { useHarness } from "../helpers/use-harness.js";
import { commandTextProblems, sessionViews, viewProblems } from "./view-limits.js";

// Every view of a session through a moderator's and a member's eyes, in each language, through
// the real Discord, Telegram and Slack renderers. The pseudo-locale's run is view-limits-pseudo.
const t = useHarness();

describe.each(LANGUAGES)("every view in %s", (language) => {
  it("keeps within Discord's, Telegram's and Slack's limits, nothing cut short", async () => {
    const views = await sessionViews(t.h, language);
    expect(views.length).toBeGreaterThan(40);
    expect(viewProblems(views, { pseudo: false })).toEqual([]);
  });

  it("describes every command and parameter within Discord's 100 characters", () => {
    expect(commandTextProblems(translator({ language }))).toEqual([]);
  });
});
