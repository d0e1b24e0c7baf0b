// The fair peer of issue 19 on Discord: the `/rules` bot a competent developer would write by hand
// with discord.js and node-postgres, answering from peerbridge's own tables with the same reply,
// byte for byte (bench/discord-throughput.ts checks that before it times anything). One SQL
// statement, prepared once per connection under a name; markdown escaped once; the rules as the
// interaction's answer, the caller's standing as an ephemeral follow-up with the same button.
import {
  ButtonStyle,
  type ChatInputCommandInteraction,
  Client,
  ComponentType,
  Events,
  escapeMarkdown,
  GatewayIntentBits,
  MessageFlags,
  Options,
} from "discord.js";
import type pg from "pg";
import { type RulesRow, rulesStatement, standingOf } from "./rules-query.js";

const RULES = rulesStatement("discord");

const COLOR = 0x5b8def;

// Rule text is the moderators': no markup of theirs may render, a list marker or heading included.
const escapeUserText = (text: string) =>
  escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });

/**
 * One message in one embed. The empty components and files are there because the adapter sends
 * them (`"components":[]`, `"attachments":[]`): Discord reads them as none, the bytes must match.
 */
const message = (description: string) => ({
  embeds: [{ color: COLOR, description }],
  components: [],
  files: [],
});

async function answerRules(interaction: ChatInputCommandInteraction<"cached" | "raw">, pool: pg.Pool) {
  const userId = interaction.user.id;
  const { rows } = await pool.query<RulesRow>({ ...RULES, values: [interaction.guildId, userId] });
  const row = rows[0];
  const rules = row?.rules ?? [];
  if (!row || rules.length === 0) {
    await interaction.reply(message("This group has no rules yet."));
    return;
  }
  const version = row.version ?? 0;
  const title = row.name
    ? `**Rules of ${escapeUserText(row.name)}** (version ${version})`
    : `**Rules** (version ${version})`;
  const list = rules.map((rule, i) => `${i + 1}. ${escapeUserText(rule)}`).join("\n");
  // The rules are for everyone in the channel; where the caller stands, for them alone.
  await interaction.reply(message(`${title}\n\n${list}`));
  const standing = standingOf(row, version);
  if (standing.accepted) {
    await interaction.followUp({ ...message(standing.text), flags: MessageFlags.Ephemeral });
    return;
  }
  // The button names who may press it, as peerbridge's accept action does.
  const button = {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    custom_id: `rules.accept@${userId}`,
    label: "I accept the rules",
  } as const;
  await interaction.followUp({
    ...message(standing.text),
    components: [{ type: ComponentType.ActionRow, components: [button] }],
    flags: MessageFlags.Ephemeral,
  });
}

export async function startDiscordPeer(options: { token: string; apiBase: string; pool: pg.Pool }) {
  const client = new Client({
    // Slash commands arrive whatever the intents; Guilds keeps the servers known, nothing more.
    intents: [GatewayIntentBits.Guilds],
    // The bot never reads messages: its own follow-ups need not be kept.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: options.apiBase },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== "rules" || !interaction.inGuild()) {
      return;
    }
    void answerRules(interaction, options.pool).catch(() => {});
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(options.token);
  await ready;
  return { stop: () => client.destroy() };
}
