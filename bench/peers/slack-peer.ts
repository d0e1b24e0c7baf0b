// The fair peer of issue 19 on Slack: the `/peer rules` app a competent developer would write by
// hand with Bolt and node-postgres, answering from peerbridge's own tables with the same reply,
// byte for byte (bench/slack-throughput.ts checks that before it times anything). Bolt's own HTTP
// receiver checks the signature; one SQL statement, prepared once per connection under a name;
// mrkdwn escaped once; the rules in the channel, the caller's standing ephemerally, both through
// the command's response_url.
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import type pg from "pg";
import { SLACK_EVENTS_PATH } from "../../adapters/slack/manifest.js";
import { listening } from "./bot-process.js";
import { type RulesRow, rulesStatement, standingOf } from "./rules-query.js";

const RULES = rulesStatement("slack");

// Slack's mrkdwn has no escapes for its markers: a zero-width space either side keeps user text from
// formatting, and the three characters Slack reserves are entities.
const ZWSP = "\u200B";
const escapeUserText = (text: string) =>
  text
    .replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"))
    .replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`)
    .replace(/(^|\n)&gt;/g, `$1${ZWSP}&gt;`);

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } });

export async function startSlackPeer(options: {
  token: string;
  apiUrl: string;
  secret: string;
  pool: pg.Pool;
}) {
  const receiver = new HTTPReceiver({ signingSecret: options.secret, endpoints: SLACK_EVENTS_PATH });
  const app = new App({
    token: options.token,
    receiver,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: options.apiUrl },
  });
  app.command("/peer", async ({ ack, command, respond }) => {
    await ack();
    if (command.text.trim() !== "rules") return;
    const { rows } = await options.pool.query<RulesRow>({
      ...RULES,
      values: [command.team_id, command.user_id],
    });
    const row = rows[0];
    const rules = row?.rules ?? [];
    if (!row || rules.length === 0) {
      const text = "This group has no rules yet.";
      await respond({ response_type: "in_channel", replace_original: false, text, blocks: [section(text)] });
      return;
    }
    const version = row.version ?? 0;
    const name = row.name ? ` of ${escapeUserText(row.name)}` : "";
    const list = rules.map((rule, i) => `${i + 1}. ${escapeUserText(rule)}`).join("\n");
    // The notification's text is the title alone, unformatted; the message shows title and list.
    await respond({
      response_type: "in_channel",
      replace_original: false,
      text: `Rules${name} (version ${version})`,
      blocks: [section(`*Rules${name}* (version ${version})`), section(list)],
    });
    const standing = standingOf(row, version, "/peer agree");
    // The button names who may press it, as peerbridge's accept action does.
    const button = {
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: "pb.act.0",
          value: `rules.accept@${command.user_id}`,
          text: { type: "plain_text", text: "I accept the rules", emoji: true },
          style: "primary",
        },
      ],
    };
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      text: standing.text,
      blocks: standing.accepted ? [section(standing.text)] : [section(standing.text), button],
    });
  });
  const server = await receiver.start(0);
  return { endpoint: await listening(server, SLACK_EVENTS_PATH), stop: () => app.stop() };
}
