import {
  type ChatInputCommandInteraction,
  LabelBuilder,
  type MessageContextMenuCommandInteraction,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import type { CommandDef } from "../../core/commands/define.js";
import type { Translate } from "../../core/text/i18n.js";
import { menuTitle } from "./commands.js";

// Discord: a modal holds at most 5 fields; its title and field labels ≤ 45 characters; a text input
// ≤ 4000 characters.
const MODAL_FIELDS_MAX = 5;
const MODAL_LABEL_MAX = 45;
const TEXT_INPUT_MAX = 4000;

// Discord: custom_id ≤ 100 characters: `m|<path>|<channel id>/<message id>` stays well under. A
// slash command's form (`/ask`) is about no message: `m|<path>|`.
const MODAL_ID = /^m\|([a-z0-9 -]{1,40})\|(?:(\d{17,20})\/(\d{17,20}))?$/;

function label(text: string): string {
  return text.length <= MODAL_LABEL_MAX ? text : `${text.slice(0, MODAL_LABEL_MAX - 1)}…`;
}

/**
 * The modal a message context-menu command shows for its text parameters (the report's reason), or
 * undefined when it takes none. The modal remembers the command and the message in its custom_id;
 * its labels are in the member's language (`t`).
 */
export function modalFor(
  command: CommandDef,
  interaction: MessageContextMenuCommandInteraction | ChatInputCommandInteraction,
  t: Translate,
): ModalBuilder | undefined {
  const fields = command.params.filter((p) => p.kind === "text").slice(0, MODAL_FIELDS_MAX);
  const about = interaction.isMessageContextMenuCommand()
    ? `${interaction.channelId}/${interaction.targetId}`
    : "";
  const customId = `m|${command.path}|${about}`;
  if (fields.length === 0 || !MODAL_ID.test(customId)) return undefined;
  const modal = new ModalBuilder()
    .setCustomId(customId)
    .setTitle(label(menuTitle(interaction.commandName, t)));
  for (const param of fields) {
    const input = new TextInputBuilder()
      .setCustomId(param.name)
      .setStyle(TextInputStyle.Paragraph)
      .setRequired(param.required)
      .setMaxLength(Math.min(param.maxLength ?? TEXT_INPUT_MAX, TEXT_INPUT_MAX));
    modal.addLabelComponents(
      new LabelBuilder().setLabel(label(t.description(param.description))).setTextInputComponent(input),
    );
  }
  return modal;
}

/** What a submitted modal is about: the command path and the message reference. */
export function parseModalId(customId: string): { path: string; messageRef?: string } | undefined {
  const match = MODAL_ID.exec(customId);
  if (!match) return undefined;
  const [, path = "", channelId, messageId] = match;
  return channelId && messageId ? { path, messageRef: `${channelId}/${messageId}` } : { path };
}
