import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { translator } from "../../../core/text/i18n.js";
import { interaction, viewSubmissionPayload } from "../../fakes/slack-events.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import {
  ADMIN,
  buttonLabelled,
  elementsOf,
  MEMBER,
  NEWBIE,
  type SlackWorld,
  startSlackWorld,
  TEAM,
  textOf,
} from "./slack-world.js";

type Json = Record<string, unknown>;

let database: Database;
let world: SlackWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await startSlackWorld({ db: database.prisma });
});

afterAll(async () => {
  await world?.close();
  await database?.close();
});

function teamJoin(userId: string, name: string): Json {
  return {
    type: "team_join",
    user: {
      id: userId,
      team_id: TEAM,
      name: name.toLowerCase(),
      real_name: name,
      deleted: false,
      is_bot: false,
      profile: { display_name: name, real_name: name },
    },
  };
}

function optionValue(element: Json, label: string): string {
  const options = (element.options ?? []) as Json[];
  const option = options.find((o) => (o.text as Json).text === label);
  if (!option) throw new Error(`no option ${label}`);
  return String(option.value);
}

describe("onboarding on Slack", () => {
  let welcome: Json;

  it("welcomes a new workspace member by DM: welcome, rules, accept button, tag picker", async () => {
    await world.command(ADMIN, "mod rules add Be kind and patient");
    await world.command(ADMIN, "mod tags create Caregiver");
    await world.command(ADMIN, "mod tags create Patient");
    expect(await world.event(teamJoin(NEWBIE, "Nia"))).toBe(200);
    const dm = await until("the welcome DM", () =>
      world.fake.okCallsTo("chat.postMessage").find((c) => c.args.channel === NEWBIE),
    );
    welcome = dm.args;
    const text = textOf(welcome);
    expect(text).toContain("Welcome, Nia!");
    expect(text).toContain("Rules of Peer Support");
    expect(text).toContain("1. Be kind and patient");
    expect(buttonLabelled(welcome, "I accept the rules").element.style).toBe("primary");
    const picker = elementsOf(welcome).find((e) => e.element.type === "multi_static_select");
    expect(picker?.element.options).toHaveLength(2);
    expect(typeof welcome.text).toBe("string");
  });

  it("refuses another member's accept button", async () => {
    const [reply] = await world.click(MEMBER, buttonLabelled(welcome, "I accept the rules"), {
      channelId: "C0GENERAL",
    });
    expect(textOf(reply)).toContain("These buttons are for someone else.");
  });

  it("accepts the rules from the DM button, privately", async () => {
    const [reply] = await world.click(NEWBIE, buttonLabelled(welcome, "I accept the rules"), {
      channelId: `D${NEWBIE}`,
    });
    expect(reply?.response_type).toBe("ephemeral");
    expect(reply?.replace_original).toBe(false);
    expect(textOf(reply)).toContain("Thank you for accepting the rules (version 1)");
  });

  it("saves the tags picked in the multi-select", async () => {
    const picker = elementsOf(welcome).find((e) => e.element.type === "multi_static_select");
    if (!picker) throw new Error("no picker");
    const caregiver = optionValue(picker.element, "Caregiver");
    const [saved] = await world.click(
      NEWBIE,
      picker,
      { channelId: `D${NEWBIE}` },
      {
        selected_options: [{ value: caregiver }],
      },
    );
    expect(textOf(saved)).toContain("Saved. Your tags: Caregiver");
    const [mine] = await world.command(NEWBIE, "mytags");
    expect(textOf(mine)).toContain("Your tags: Caregiver");
    // Unselecting everything the menu offered clears them.
    const [cleared] = await world.click(
      NEWBIE,
      picker,
      { channelId: `D${NEWBIE}` },
      { selected_options: [] },
    );
    expect(textOf(cleared)).not.toContain("Your tags: Caregiver");
  });

  it("ignores a value the menu never offered", async () => {
    const picker = elementsOf(welcome).find((e) => e.element.type === "multi_static_select");
    if (!picker) throw new Error("no picker");
    const [saved] = await world.click(
      NEWBIE,
      picker,
      { channelId: `D${NEWBIE}` },
      {
        selected_options: [{ value: "999999" }],
      },
    );
    expect(textOf(saved)).not.toContain("999999");
  });
});

describe("App Home", () => {
  async function homeOf(userId: string): Promise<Json> {
    const before = world.fake.okCallsTo("views.publish").length;
    expect(
      await world.event({ type: "app_home_opened", user: userId, channel: `D${userId}`, tab: "home" }),
    ).toBe(200);
    const call = await until("views.publish", () =>
      world.fake
        .okCallsTo("views.publish")
        .slice(before)
        .find((c) => c.args.user_id === userId),
    );
    return call.args.view as Json;
  }

  it("tells the first admin who opens the app, once and privately, what it does and how to start", async () => {
    const arrivals = () =>
      world.fake
        .okCallsTo("chat.postMessage")
        .filter((c) => JSON.stringify(c.args).includes("Thanks for adding peerbridge"));
    await homeOf(MEMBER);
    expect(arrivals()).toHaveLength(0);
    await homeOf(ADMIN);
    const [arrival] = await until("the arrival message", () =>
      arrivals().length > 0 ? arrivals() : undefined,
    );
    expect(arrival?.args.channel).toBe(ADMIN);
    expect(JSON.stringify(arrival?.args)).toContain("mod setup");
    await homeOf(ADMIN);
    expect(arrivals()).toHaveLength(1);
  });

  it("shows a member their rules status and tags, without moderator forms", async () => {
    const home = await homeOf(MEMBER);
    expect(home.type).toBe("home");
    const text = textOf(home);
    expect(text).toContain("Peer Support");
    expect(text).toContain("You have not accepted these rules yet");
    expect(text).not.toContain("For moderators");
    expect(elementsOf(home).some((e) => String(e.element.action_id).startsWith("pb.form."))).toBe(false);
  });

  it("shows a workspace admin the moderators' section and the forms", async () => {
    const home = await homeOf(ADMIN);
    const text = textOf(home);
    expect(text).toContain("For moderators");
    expect(text).toContain("Change the text of a rule");
    expect(text).toContain("Add a rule at the end");
  });

  it("labels the forms in the moderator's own language, and opens them in it", async () => {
    await world.command(ADMIN, "language es");
    try {
      const home = await homeOf(ADMIN);
      const es = translator({ language: "es" });
      const text = textOf(home);
      expect(text).toContain(es.description("cmd.mod.rules.add"));
      expect(text).not.toContain("Add a rule at the end");
      const before = world.fake.okCallsTo("views.open").length;
      const open = buttonLabelled(home, es.description("cmd.mod.rules.add"));
      expect(await world.clickInView(ADMIN, open, { viewId: "VHOME", viewType: "home" })).toBe(200);
      const form = await until("the form", () => world.fake.okCallsTo("views.open").slice(before)[0]);
      const view = form.args.view as Json;
      expect((view.close as Json).text).toBe(es.plain("common.cancel"));
      expect(textOf(view)).toContain(es.description("cmd.mod.rules.add"));
    } finally {
      await world.command(ADMIN, "language auto");
    }
  });

  it("accepts the rules from the App Home and refreshes it", async () => {
    const home = await homeOf(MEMBER);
    const before = world.fake.okCallsTo("views.publish").length;
    const accept = buttonLabelled(home, "I accept the rules");
    expect(await world.clickInView(MEMBER, accept, { viewId: "VHOME", viewType: "home" })).toBe(200);
    const opened = await until("the answer in a modal", () =>
      world.fake
        .okCallsTo("views.open")
        .find((c) => textOf(c.args.view as Json).includes("Thank you for accepting")),
    );
    expect((opened.args.view as Json).type).toBe("modal");
    const refreshed = await until("the refreshed home", () =>
      world.fake
        .okCallsTo("views.publish")
        .slice(before)
        .find((c) => c.args.user_id === MEMBER),
    );
    expect(textOf(refreshed.args.view as Json)).toContain("You accepted these rules on");
  });

  describe("moderator forms", () => {
    async function openEditForm(): Promise<Json> {
      const home = await homeOf(ADMIN);
      const before = world.fake.okCallsTo("views.open").length;
      const button = buttonLabelled(home, "Change the text of a rule");
      expect(await world.clickInView(ADMIN, button, { viewId: "VHOME", viewType: "home" })).toBe(200);
      const call = await until("the form", () => world.fake.okCallsTo("views.open").slice(before)[0]);
      return call.args.view as Json;
    }

    function submit(userId: string, form: Json, values: Json) {
      return world.send(
        interaction(
          viewSubmissionPayload(
            { teamId: TEAM, userId },
            {
              id: "VFORM",
              callback_id: String(form.callback_id),
              private_metadata: String(form.private_metadata),
              values,
            },
          ),
        ),
      );
    }

    it("opens a modal with one input per parameter of mod rules edit", async () => {
      const form = await openEditForm();
      expect(form.type).toBe("modal");
      const inputs = (form.blocks as Json[]).filter((b) => b.type === "input");
      expect(inputs.map((b) => b.block_id)).toEqual(["number", "rule"]);
      expect(inputs.map((b) => (b.element as Json).type)).toEqual(["number_input", "plain_text_input"]);
    });

    it("shows a bad value under its field and changes nothing", async () => {
      const form = await openEditForm();
      const answer = await submit(ADMIN, form, {
        number: { value: { type: "number_input", value: "zero" } },
        rule: { value: { type: "plain_text_input", value: "Be gentle" } },
      });
      expect(answer.status).toBe(200);
      const body = JSON.parse(answer.text) as Json;
      expect(body.response_action).toBe("errors");
      expect(String((body.errors as Json).number)).toContain("number should be a whole number");
      const [rules] = await world.command(MEMBER, "rules");
      expect(textOf(rules)).not.toContain("Be gentle");
    });

    it("runs mod rules edit from the form and answers in the modal", async () => {
      const form = await openEditForm();
      const answer = await submit(ADMIN, form, {
        number: { value: { type: "number_input", value: "1" } },
        rule: { value: { type: "plain_text_input", value: "Be kind, always" } },
      });
      const body = JSON.parse(answer.text) as Json;
      expect(body.response_action).toBe("update");
      expect(textOf(body.view as Json)).toContain("Rule 1 changed");
      const [rules] = await world.command(MEMBER, "rules");
      expect(textOf(rules)).toContain("1. Be kind, always");
    });

    it("shows the core's refusal when a member submits a moderator form", async () => {
      const form = await openEditForm();
      const answer = await submit(MEMBER, form, {
        number: { value: { type: "number_input", value: "1" } },
        rule: { value: { type: "plain_text_input", value: "Members rule now" } },
      });
      const body = JSON.parse(answer.text) as Json;
      expect(textOf(body.view as Json)).toContain("Only moderators can use");
      const [rules] = await world.command(MEMBER, "rules");
      expect(textOf(rules)).not.toContain("Members rule now");
    });

    it("adds a resource from the mod resources add form", async () => {
      const command = world.engine.registry.get("mod resources add");
      if (!command) return;
      const before = world.fake.okCallsTo("views.open").length;
      const home = await homeOf(ADMIN);
      const button = elementsOf(home).find((e) => e.element.value === "mod resources add");
      if (!button) throw new Error("no resources form on the App Home");
      await world.clickInView(ADMIN, button, { viewId: "VHOME", viewType: "home" });
      const form = (await until("the form", () => world.fake.okCallsTo("views.open").slice(before)[0])).args
        .view as Json;
      const values: Json = {};
      for (const param of command.params) {
        const sample: Record<string, string> = {
          url: "https://example.org/caring-guide",
          title: "Caring",
          summary: "A guide for new caregivers",
        };
        if (sample[param.name])
          values[param.name] = { value: { type: "plain_text_input", value: sample[param.name] } };
      }
      const body = JSON.parse((await submit(ADMIN, form, values)).text) as Json;
      expect(body.response_action).toBe("update");
      const [list] = await world.command(MEMBER, "resources");
      expect(textOf(list)).toContain("Caring");
    });
  });
});

describe("pending members", () => {
  it("lists who has not accepted, as mentions only the moderator sees", async () => {
    world.fake.addUser({ id: "U0LATE", name: "lee" });
    expect(await world.event(teamJoin("U0LATE", "lee"))).toBe(200);
    const [reply] = await world.command(ADMIN, "mod pending");
    expect(reply?.response_type).toBe("ephemeral");
    expect(textOf(reply)).toContain("<@U0LATE>");
    // The newcomer accepted version 1; the rules changed since, so they are asked again.
    expect(textOf(reply)).toContain(`<@${NEWBIE}> (accepted version 1)`);
  });
});

describe("a community that is one channel of a larger workspace (SLACK_MAIN_CHANNEL)", () => {
  const MAIN = "C0MAIN";
  let channelWorld: SlackWorld;

  beforeAll(async () => {
    channelWorld = await startSlackWorld({ db: database.prisma, env: { SLACK_MAIN_CHANNEL: MAIN } });
    channelWorld.fake.addUser({ id: "U0GUEST", name: "gus", displayName: "Gus" });
    channelWorld.fake.addUser({ id: "U0QUIET", name: "quinn", displayName: "Quinn" });
  });

  afterAll(async () => {
    await channelWorld?.close();
  });

  const joined = (user: string, channel: string): Json => ({
    type: "member_joined_channel",
    user,
    channel,
    channel_type: "C",
    team: TEAM,
  });

  it("welcomes on joining the main channel only, in that channel when welcomes are public", async () => {
    const posts = () => channelWorld.fake.okCallsTo("chat.postMessage");
    expect(await channelWorld.event(teamJoin("U0GUEST", "Gus"))).toBe(200);
    expect(await channelWorld.event(joined("U0GUEST", "C0OTHER"))).toBe(200);
    expect(await channelWorld.event(joined("U0BOT", MAIN))).toBe(200);
    expect(await channelWorld.event(joined("U0GUEST", MAIN))).toBe(200);
    const post = await until("the welcome in the channel", () =>
      posts().find((c) => c.args.channel === MAIN),
    );
    expect(textOf(post.args)).toContain("Welcome, Gus!");
    expect(posts().filter((c) => c.args.channel === MAIN)).toHaveLength(1);
    expect(posts().some((c) => c.args.channel === "U0GUEST")).toBe(false);
  });

  it("sends it by DM when welcomes are private", async () => {
    await channelWorld.command(ADMIN, "mod welcome mode private");
    expect(await channelWorld.event(joined("U0QUIET", MAIN))).toBe(200);
    const dm = await until("the DM", () =>
      channelWorld.fake.okCallsTo("chat.postMessage").find((c) => c.args.channel === "U0QUIET"),
    );
    expect(textOf(dm.args)).toContain("Welcome, Quinn!");
  });
});
