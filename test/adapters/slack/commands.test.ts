import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formModal } from "../../../adapters/slack/forms.js";
import type { CommandDef } from "../../../core/commands/define.js";
import type { Param } from "../../../core/commands/params.js";
import type { Database } from "../../../core/db/database.js";
import { allFeatures } from "../../../core/features/index.js";
import { translator } from "../../../core/text/i18n.js";
import { LANGUAGES } from "../../../core/text/languages.js";
import { viewProblems } from "../../fakes/slack-block-limits.js";
import {
  interaction,
  messageShortcutPayload,
  slashCommand,
  viewSubmissionPayload,
} from "../../fakes/slack-events.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { ADMIN, GENERAL, MEMBER, type SlackWorld, startSlackWorld, TEAM, textOf } from "./slack-world.js";

type Json = Record<string, unknown>;

const commands = allFeatures.flatMap((f) => f.commands);
const memberCommands = commands.filter((c) => c.audience === "member");
const moderatorCommands = commands.filter((c) => c.audience === "moderator");

/** Someone who runs every member command (including forgetme) without disturbing other tests. */
const SWEEPER = "U0SWEEP";

/** A plausible typed value for a parameter, by kind. */
function sample(param: Param): string {
  switch (param.kind) {
    case "integer":
      return "1";
    case "member":
      return `<@${MEMBER}|max>`;
    case "channel":
      return `<#${GENERAL}|general>`;
    case "choice":
      return param.choices?.[0] ?? "x";
    case "flag":
      return "yes";
    case "text":
      return "Be kind";
    default:
      return "Caregiver";
  }
}

function line(command: CommandDef): string {
  const text = command.params.filter((p) => p.required).map(sample);
  return [command.path, ...text].join(" ");
}

let database: Database;
let world: SlackWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await startSlackWorld({ db: database.prisma });
  world.fake.addUser({ id: SWEEPER, name: "sam" });
  await world.command(ADMIN, "mod rules add Be kind and patient");
  await world.command(ADMIN, "mod tags create Caregiver");
  await world.command(MEMBER, "agree"); // taking part makes the member known
});

afterAll(async () => {
  await world?.close();
  await database?.close();
});

describe("/peer carries every core command", () => {
  it.each(memberCommands.map((c) => [line(c), c] as const))("member: /peer %s", async (_line, command) => {
    const replies = await world.command(SWEEPER, line(command));
    const text = replies.map(textOf).join("\n");
    expect(text).not.toContain("something went wrong");
    expect(text).not.toContain("I don't know the command");
    for (const reply of replies) expect(["ephemeral", "in_channel"]).toContain(reply.response_type);
  });

  it.each(moderatorCommands.map((c) => [line(c), c] as const))(
    "refused to a member: /peer %s",
    async (_line, command) => {
      const [reply] = await world.command(MEMBER, line(command));
      expect(reply?.response_type).toBe("ephemeral");
      expect(textOf(reply)).toContain(`Only moderators can use /peer ${command.path}`);
    },
  );

  it("answers a bare /peer with help, in /peer syntax", async () => {
    const [reply] = await world.command(MEMBER, "");
    expect(reply?.response_type).toBe("ephemeral");
    expect(textOf(reply)).toContain("/peer rules");
    expect(textOf(reply)).not.toContain("/peer mod rules add");
    const [modHelp] = await world.command(ADMIN, "help");
    expect(textOf(modHelp)).toContain("/peer mod rules add");
  });

  it("shows the rules publicly and the caller's own view privately", async () => {
    const [rules] = await world.command(MEMBER, "rules");
    expect(rules?.response_type).toBe("in_channel");
    const [mine] = await world.command(MEMBER, "mytags");
    expect(mine?.response_type).toBe("ephemeral");
  });

  it("tells an unknown command apart", async () => {
    const [reply] = await world.command(MEMBER, "frobnicate");
    expect(textOf(reply)).toContain("I don't know the command");
  });

  it("resolves an escaped @mention to the member", async () => {
    const [reply] = await world.command(ADMIN, `mod tags give <@${MEMBER}|max> Caregiver`);
    expect(textOf(reply)).not.toContain("I don't know");
    const [mine] = await world.command(MEMBER, "mytags");
    expect(textOf(mine)).toContain("Caregiver");
  });
});

describe("moderation tools Slack gives bots no power for", () => {
  it("refuses mute, kick and ban clearly, telling no one and recording nothing", async () => {
    const dms = world.fake.okCallsTo("chat.postMessage").length;
    for (const line of ["mod mute", "mod kick", "mod ban", "mod unban", "mod unmute"]) {
      const duration = line === "mod mute" ? " 1h" : "";
      const [reply] = await world.command(ADMIN, `${line} <@${MEMBER}|max>${duration}`);
      expect(textOf(reply)).toContain("This platform doesn't let bots mute, remove or ban members");
    }
    expect(world.fake.okCallsTo("chat.postMessage").length).toBe(dms);
    const audited = await database.prisma.auditEntry.count({ where: { action: { startsWith: "members." } } });
    expect(audited).toBe(0);
  });
});

describe("forms", () => {
  it.each(commands.filter((c) => c.params.length > 0).map((c) => [c.path, c] as const))(
    "%s: a modal Slack accepts in every language, one input per parameter",
    (_path, command) => {
      for (const language of LANGUAGES) {
        const t = translator({ language });
        const modal = formModal(command, { path: command.path, channelId: GENERAL }, t) as unknown as Json;
        expect(viewProblems(modal), language).toEqual([]);
        const inputs = (modal.blocks as Json[]).filter((b) => b.type === "input");
        expect(inputs.map((b) => b.block_id)).toEqual(command.params.map((p) => p.name));
        expect(inputs.map((b) => b.optional)).toEqual(command.params.map((p) => !p.required));
        expect((modal.close as Json).text).toBe(t.plain("common.cancel"));
      }
    },
  );

  it("opens a form with /peer form <command>", async () => {
    const before = world.fake.okCallsTo("views.open").length;
    const { status } = await world.send(
      slashCommand({
        teamId: "T0PEERS",
        userId: ADMIN,
        channelId: GENERAL,
        text: "form mod rules add",
        responseUrl: world.fake.responseUrl(),
      }),
    );
    expect(status).toBe(200);
    const call = await until("views.open", () => world.fake.okCallsTo("views.open").slice(before)[0]);
    const view = call.args.view as Json;
    expect(view.callback_id).toBe("pb.form");
    expect(JSON.parse(String(view.private_metadata))).toEqual({ path: "mod rules add", channelId: GENERAL });
  });
});

describe("hostile text is rendered inert", () => {
  const hostile =
    "<!channel> <!here|here> <@U0ADMIN> *loud* _lean_ ~gone~ `code` <https://evil.example|click> & @everyone";

  it("in a public reply: escaped, verbatim, no mention, no link, no formatting", async () => {
    await world.command(ADMIN, `mod rules add ${hostile}`);
    const [reply] = await world.command(MEMBER, "rules");
    expect(reply?.response_type).toBe("in_channel");
    const blocks = reply?.blocks as Json[];
    const sections = blocks.filter((b) => b.type === "section").map((b) => b.text as Json);
    for (const text of sections) expect(text.verbatim).toBe(true);
    const text = sections.map((t) => String(t.text)).join("\n");
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).toContain("&lt;!here|here&gt;");
    expect(text).toContain("&lt;@U0ADMIN&gt;");
    expect(text).toContain("&lt;https://evil.example|click&gt; &amp; @everyone");
    expect(text).not.toMatch(/<!|<@|<https?:/);
    expect(text).not.toMatch(/(^|\s)\*loud\*|(^|\s)_lean_|(^|\s)~gone~|(^|\s)`code`/);
    expect(String(reply?.text)).not.toContain("<!");
  });

  it("in a DM and a channel post made through the port", async () => {
    const port = world.engine.services.ports.get("slack");
    if (!port) throw new Error("no slack port");
    const view = {
      blocks: [{ kind: "text" as const, text: [{ text: hostile }, { text: "x", user: MEMBER }] }],
    };
    await port.post({ groupId: "T0PEERS", channelId: GENERAL }, view);
    const posted = world.fake.okCallsTo("chat.postMessage").at(-1)?.args;
    expect(textOf(posted)).not.toMatch(/<!|<@|<https?:/);
    // The member is named, not mentioned: nobody is pinged by a channel post.
    expect(textOf(posted)).toContain("@Max");
    expect(posted?.unfurl_links).toBe("false");
  });
});

describe("files", () => {
  it("sends /peer mydata's export as a file in the member's DM, the summary ephemeral", async () => {
    const [reply] = await world.command(MEMBER, "mydata");
    expect(reply?.response_type).toBe("ephemeral");
    expect(textOf(reply)).not.toContain('"platform"');
    const completed = await until("the upload", () =>
      world.fake.okCallsTo("files.completeUploadExternal").find((c) => c.args.channel_id === `D${MEMBER}`),
    );
    expect(JSON.stringify(completed.args.files)).toContain("peerbridge-my-data.json");
    expect(world.fake.uploads.length).toBeGreaterThan(0);
  });

  it("falls back to text when Slack refuses the upload", async () => {
    world.fake.failNext("files.getUploadURLExternal", "missing_scope");
    const [reply] = await world.command(MEMBER, "mydata");
    expect(textOf(reply)).toContain("peerbridge-my-data.json");
    expect(textOf(reply)).toContain("```");
  });
});

describe("reporting a message", () => {
  it("opens the report form from the message shortcut and alerts the moderators with a link to it", async () => {
    await world.command(ADMIN, "mod channel set <#C0MODS|mods>");
    const before = world.fake.okCallsTo("views.open").length;
    const status = await world.send(
      interaction(
        messageShortcutPayload({ teamId: TEAM, userId: MEMBER }, "pb.report", GENERAL, "1700000000.000777"),
      ),
    );
    expect(status.status).toBe(200);
    const form = (await until("the report form", () => world.fake.okCallsTo("views.open").slice(before)[0]))
      .args.view as Json;
    expect(JSON.parse(String(form.private_metadata))).toMatchObject({ path: "report", channelId: GENERAL });
    const answer = await world.send(
      interaction(
        viewSubmissionPayload(
          { teamId: TEAM, userId: MEMBER },
          {
            id: "VREPORT",
            callback_id: String(form.callback_id),
            private_metadata: String(form.private_metadata),
            values: {
              reason: { value: { type: "plain_text_input", value: "Medical advice given as fact" } },
            },
          },
        ),
      ),
    );
    const body = JSON.parse(answer.text) as Json;
    expect(body.response_action).toBe("update");
    expect(textOf(body.view as Json)).toContain("Thank you for telling us");
    const alert = await until("the alert", () =>
      world.fake.okCallsTo("chat.postMessage").find((c) => c.args.channel === "C0MODS"),
    );
    const text = textOf(alert.args);
    expect(text).toContain("https://fake.slack.com/archives/C0GENERAL/p1700000000000777");
    expect(text).toContain("@Max");
    expect(text).not.toContain(`<@${MEMBER}>`);
  });
});
