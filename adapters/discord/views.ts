// Plain API objects, not discord.js's builders: the builders validate every field again on each
// send (@sapphire/shapeshift, ~0.14 ms an update), while this file already keeps every field within
// Discord's limits. Their key order is what the builders' toJSON produced, byte for byte.
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIStringSelectComponent,
  AttachmentBuilder,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from "discord.js";
import type { Block, Button, Inline, RichText, View } from "../../core/ports.js";
import { inChunks, splitText } from "../shared/chunks.js";
import { listMarker } from "../shared/lists.js";
import { label, stripControls } from "../shared/text.js";
import { safeUrl } from "../shared/url.js";

// Discord: an embed description holds at most 4096 characters.
const EMBED_DESCRIPTION_MAX = 4096;
// Discord: all embeds of one message hold at most 6000 characters together, and at most 10 embeds.
const MESSAGE_EMBED_CHARS_MAX = 6000;
const MESSAGE_EMBEDS_MAX = 10;
// Discord: at most 5 action rows per message, 5 buttons per row.
const MESSAGE_ROWS_MAX = 5;
const ROW_BUTTONS_MAX = 5;
// Discord: a select menu offers at most 25 options; label, value and description ≤ 100 characters.
export const MENU_OPTIONS_MAX = 25;
const OPTION_TEXT_MAX = 100;
// Discord: a select menu placeholder ≤ 150 characters; a button label ≤ 80 characters.
const PLACEHOLDER_MAX = 150;
const BUTTON_LABEL_MAX = 80;
// Discord: a link button's url ≤ 512 characters (safeUrl allows longer ones, for text links).
const BUTTON_URL_MAX = 512;
// Discord: a component custom_id ≤ 100 characters.
export const CUSTOM_ID_MAX = 100;
// Discord: at most 10 attachments per message.
const MESSAGE_FILES_MAX = 10;

const EMBED_COLOR = 0x5b8def;

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One Discord message, ready for `channel.send`, `interaction.reply` or a follow-up. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: Row[];
  files: AttachmentBuilder[];
  /** User text can never ping anyone: no @everyone, @here, role or user notification. */
  allowedMentions: { parse: []; repliedUser: false };
}

/**
 * A component's custom_id: the core's action id, prefixed with the menu page (`p2|`) when a choice
 * spans several menus, and with the guild (`g<id>|`) when it is sent in a direct message, where
 * Discord's interaction carries no guild. The action id stays last: its `@owner` suffix must.
 */
const CUSTOM_ID = /^(?:g(\d{17,20})\|)?(?:p(\d{1,2})\|)?([\s\S]*)$/;

export function customIdOf(action: string, page: number, groupId?: string): string {
  return `${groupId ? `g${groupId}|` : ""}${page > 0 ? `p${page}|` : ""}${action}`;
}

export function parseCustomId(customId: string): { action: string; groupId?: string } {
  const [, groupId, , action = ""] = CUSTOM_ID.exec(customId) ?? [];
  return groupId ? { action, groupId } : { action };
}

/** Where the rendered messages go: a direct message about a group carries the group in its components. */
export interface RenderTarget {
  groupId?: string;
}

const LINEAR_ESCAPE_FROM = 2000;

// What escapeMarkdown (with the options below) acts on: text without any of it comes back unchanged,
// so it skips the dozen regex passes, whose italic ones look back along the line at every position.
// Most text (rules, names, the bot's own sentences) has none of it.
const MARKDOWN_SYNTAX = /[\\`*_~|#\-[]|^ *\d+\./m;

/**
 * Escapes user text for Discord markdown and neutralises everything that could ping or render as a
 * live reference: @everyone/@here get a zero-width joiner, `<@…>`, `<#…>`, `<t:…>`, `</…>` lose their
 * meaning through a backslash (Discord shows them as typed).
 */
export function escapeText(text: string): string {
  // discord.js's escapeMarkdown takes time quadratic in the length (2.3 s for 20 kB): longer text
  // gets a backslash before every ASCII punctuation mark instead, which Discord hides as it does
  // any escape, in linear time.
  if (text.length > LINEAR_ESCAPE_FROM) {
    return text.replace(/[!-/:-@[-`{-~]/g, "\\$&").replace(/@(everyone|here)/gi, "@\u200b$1");
  }
  const unmarked = MARKDOWN_SYNTAX.test(text)
    ? escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
        // Subtext (`-# `) at a line start is markup escapeMarkdown leaves alone.
        .replace(/^(\s*)-#/gm, "$1\\-#")
    : text;
  return unmarked.replace(/@(everyone|here)/gi, "@\u200b$1").replace(/<(?=[@#/:a-zA-Z])/g, "\\<");
}

const SNOWFLAKE = /^\d{17,20}$/;

/** A link for `[text](<url>)`, where a `>` or `)` would end it early. */
function linkUrl(href: string): string | undefined {
  return safeUrl(href)?.replace(/[<>()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function inline(span: Inline): string {
  // A user reference is a mention pill; allowedMentions.parse = [] keeps it from notifying.
  if (span.user && SNOWFLAKE.test(span.user)) return `<@${span.user}>`;
  if (span.style === "code") {
    // Inline code shows its content raw; a backtick inside would close it, so it becomes a look-alike.
    const body = stripControls(span.text).replace(/`/g, "ˋ").replace(/\n/g, " ");
    return body.trim() ? `\`${body}\`` : "";
  }
  let body = escapeText(stripControls(span.text));
  if (span.style === "bold") body = `**${body}**`;
  else if (span.style === "italic") body = `*${body}*`;
  const url = span.href ? linkUrl(span.href) : undefined;
  return url ? `[${body}](<${url}>)` : body;
}

export function richText(text: RichText): string {
  return text.map(inline).join("");
}

/** The address a link button can carry; a longer one goes in the text as a link instead. */
function buttonUrl(url: string): string | undefined {
  const safe = safeUrl(url);
  return safe && safe.length <= BUTTON_URL_MAX ? safe : undefined;
}

function blockText(block: Block): string | undefined {
  if (block.kind === "text") return richText(block.text);
  if (block.kind === "buttons") {
    const tooLong = block.buttons.filter((b) => b.url && (safeUrl(b.url)?.length ?? 0) > BUTTON_URL_MAX);
    return tooLong.map((b) => richText([{ text: b.label, href: b.url }])).join("\n") || undefined;
  }
  if (block.kind === "list") {
    return block.items.map((item, i) => `${listMarker(block, i, "-")} ${richText(item)}`).join("\n");
  }
  // Discord hides ||…|| until clicked; escapeText escapes a `||` in the text, so it cannot end the spoiler early.
  if (block.kind === "spoiler") return `${richText(block.label)}\n||${escapeText(block.text)}||`;
  return undefined;
}

// Never cut between a backslash and the character it escapes.
const notAfterEscape = (text: string, at: number) => text[at - 1] !== "\\";

function button(spec: Button, target: RenderTarget): APIButtonComponent | undefined {
  const text = label(spec.label, BUTTON_LABEL_MAX);
  if (spec.url) {
    const url = buttonUrl(spec.url);
    return url ? { type: ComponentType.Button, style: ButtonStyle.Link, url, label: text } : undefined;
  }
  if (!spec.action) return undefined;
  const customId = customIdOf(spec.action, 0, target.groupId);
  if (customId.length > CUSTOM_ID_MAX) return undefined;
  const style =
    spec.style === "danger"
      ? ButtonStyle.Danger
      : spec.style === "primary"
        ? ButtonStyle.Primary
        : ButtonStyle.Secondary;
  return { type: ComponentType.Button, style, custom_id: customId, label: text };
}

function buttonRows(buttons: Button[], target: RenderTarget): Row[] {
  const built = buttons.map((b) => button(b, target)).filter((b): b is APIButtonComponent => b !== undefined);
  return inChunks(built, ROW_BUTTONS_MAX).map((row) => ({ type: ComponentType.ActionRow, components: row }));
}

/** A choice becomes one select menu per page of 25 options, each page with its own custom_id. */
function menuRows(block: Extract<Block, { kind: "choice" }>, target: RenderTarget): Row[] {
  const rows: Row[] = [];
  const pages = Math.ceil(block.options.length / MENU_OPTIONS_MAX);
  for (let page = 0; page < pages; page++) {
    const customId = customIdOf(block.action, page, target.groupId);
    if (customId.length > CUSTOM_ID_MAX) return [];
    const options = block.options.slice(page * MENU_OPTIONS_MAX, (page + 1) * MENU_OPTIONS_MAX);
    const suffix = pages > 1 ? ` (${page + 1}/${pages})` : "";
    const menu: APIStringSelectComponent = {
      type: ComponentType.StringSelect,
      custom_id: customId,
      placeholder: label(block.placeholder, PLACEHOLDER_MAX - suffix.length) + suffix,
      // Multi-choice: zero lets a member clear every pick on this page.
      min_values: block.multi ? 0 : 1,
      max_values: block.multi ? options.length : 1,
      options: options.map((o) => ({
        label: label(o.label, OPTION_TEXT_MAX),
        value: o.value.slice(0, OPTION_TEXT_MAX),
        // Before `default`: the builders' option schema wrote the keys in this order.
        ...(o.description ? { description: label(o.description, OPTION_TEXT_MAX) } : {}),
        default: o.selected,
      })),
    };
    rows.push({ type: ComponentType.ActionRow, components: [menu] });
  }
  return rows;
}

function newMessage(): DiscordMessage {
  return { embeds: [], components: [], files: [], allowedMentions: { parse: [], repliedUser: false } };
}

/**
 * Renders a View as one or more Discord messages: its text in embeds (split under Discord's limits),
 * its buttons and menus as components under the text, files as attachments.
 */
export function renderView(view: View, target: RenderTarget = {}): DiscordMessage[] {
  const text = view.blocks
    .map(blockText)
    .filter((t): t is string => t !== undefined && t.length > 0)
    .join("\n\n");
  const rows = view.blocks.flatMap((block) =>
    block.kind === "buttons"
      ? buttonRows(block.buttons, target)
      : block.kind === "choice"
        ? menuRows(block, target)
        : [],
  );
  const files = view.blocks.flatMap((block) =>
    block.kind === "file"
      ? [new AttachmentBuilder(Buffer.from(block.content, "utf8"), { name: block.name })]
      : [],
  );

  const messages: DiscordMessage[] = [];
  let current = newMessage();
  let chars = 0;
  for (const piece of splitText(text, EMBED_DESCRIPTION_MAX, notAfterEscape)) {
    if (current.embeds.length >= MESSAGE_EMBEDS_MAX || chars + piece.length > MESSAGE_EMBED_CHARS_MAX) {
      messages.push(current);
      current = newMessage();
      chars = 0;
    }
    current.embeds.push({ color: EMBED_COLOR, description: piece });
    chars += piece.length;
  }
  current.files = files.slice(0, MESSAGE_FILES_MAX);
  for (let i = MESSAGE_FILES_MAX; i < files.length; i += MESSAGE_FILES_MAX) {
    messages.push(current);
    current = { ...newMessage(), files: files.slice(i, i + MESSAGE_FILES_MAX) };
  }
  for (let i = 0; i < rows.length; i += MESSAGE_ROWS_MAX) {
    if (i > 0) {
      messages.push(current);
      current = newMessage();
    }
    current.components = rows.slice(i, i + MESSAGE_ROWS_MAX);
  }
  messages.push(current);
  // Discord refuses an empty message; a components-only one gets a blank caption.
  for (const message of messages) {
    if (message.embeds.length === 0 && message.files.length === 0) message.content = "\u200b";
  }
  return messages;
}
