import type { types } from "@slack/bolt";
import type { Block, Button, ChoiceOption, View } from "../../core/ports.js";
import { plainText } from "../../core/text/markup.js";
import { inChunks, splitText } from "../shared/chunks.js";
import { BULLET, listMarker } from "../shared/lists.js";
import { label, truncate } from "../shared/text.js";
import { safeUrl } from "../shared/url.js";
import { escapeMrkdwn, inert, type MrkdwnOptions, toMrkdwn } from "./mrkdwn.js";

type KnownBlock = types.KnownBlock;
type ActionsBlock = types.ActionsBlock;
type PlainTextOption = types.PlainTextOption;

// Slack Block Kit limits, each named where it applies.
/** Slack: a message holds at most 50 blocks. */
export const MESSAGE_BLOCKS = 50;
/** Slack: a modal or an App Home tab holds at most 100 blocks. */
export const SURFACE_BLOCKS = 100;
/** Slack: a section's text holds at most 3000 characters. */
const SECTION_TEXT = 3000;
/** Slack: an actions block holds at most 25 elements. */
const ACTIONS_ELEMENTS = 25;
/** Slack: button text at most 75 characters, value 2000, url 3000 (safeUrl allows 2048). */
const BUTTON_TEXT = 75;
const BUTTON_VALUE = 2000;
/** Slack: action_id and block_id at most 255 characters. */
const ID_MAX = 255;
/** Slack: a select menu offers at most 100 options; option text 75 characters, value 150. */
const SELECT_OPTIONS = 100;
const OPTION_TEXT = 75;
const OPTION_VALUE = 150;
/** Slack: placeholders at most 150 characters. */
const PLACEHOLDER = 150;
/** A notification shows one line: the fallback text is kept short. */
const FALLBACK_TEXT = 300;

/** action_id prefix of a button carrying a core action in its `value`. */
export const CORE_BUTTON = "pb.act.";
/**
 * action_id prefix of a content warning's "Show" button. Slack has no spoilers: the hidden text
 * travels in the button's value (so peerbridge never stores it) and a click shows it ephemerally.
 */
export const SPOILER_BUTTON = "pb.spoiler.";
/** action_id prefix of a link button: Slack still sends a click, which only needs acknowledging. */
export const LINK_BUTTON = "pb.link.";
/**
 * block_id prefix of a select carrying a core choice: `pb.choice.<n>:<offered values>`. Slack's
 * action payload names only the selected options, and an ephemeral message is not sent back with
 * it, so the block itself says which values it offered (the core clears offered-but-unselected).
 */
export const CHOICE_BLOCK = "pb.choice.";

export type RenderOptions = MrkdwnOptions;

/** The platform user ids a view refers to, so their names can be shown where mentions cannot. */
export function userRefs(views: View[]): string[] {
  const ids = new Set<string>();
  for (const view of views) {
    for (const block of view.blocks) {
      const texts = block.kind === "text" ? [block.text] : block.kind === "list" ? block.items : [];
      for (const text of texts) for (const part of text) if (part.user !== undefined) ids.add(part.user);
    }
  }
  return [...ids];
}

/** One Slack message of a paginated view. */
export interface MessagePage {
  text: string;
  blocks: KnownBlock[];
}

interface Ids {
  next: number;
}

function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

/** Splits mrkdwn into section-sized pieces, at line breaks where it can. */
function sections(text: string): KnownBlock[] {
  return splitText(text, SECTION_TEXT)
    .filter((p) => p.trim().length > 0)
    .map(section);
}

function buttonElement(button: Button, n: number): types.Button | undefined {
  const text = { type: "plain_text" as const, text: label(button.label, BUTTON_TEXT), emoji: true };
  const style = button.style ? { style: button.style } : {};
  if (button.url !== undefined) {
    const url = safeUrl(button.url);
    if (!url) return undefined;
    return { type: "button", action_id: `${LINK_BUTTON}${n}`, url, text, ...style };
  }
  if (button.action === undefined || button.action.length > BUTTON_VALUE) return undefined;
  return { type: "button", action_id: `${CORE_BUTTON}${n}`, value: button.action, text, ...style };
}

function buttonBlocks(buttons: Button[], ids: Ids): KnownBlock[] {
  const elements = buttons.flatMap((b) => buttonElement(b, ids.next++) ?? []);
  return inChunks(elements, ACTIONS_ELEMENTS).map(
    (chunk): ActionsBlock => ({ type: "actions", elements: chunk }),
  );
}

function option(o: ChoiceOption): PlainTextOption {
  return {
    text: { type: "plain_text", text: label(o.label, OPTION_TEXT), emoji: true },
    value: o.value,
    ...(o.description
      ? { description: { type: "plain_text", text: label(o.description, OPTION_TEXT) } }
      : {}),
  };
}

/** Options grouped so each menu has at most 100 and its block_id can name them all. */
function choiceChunks(options: ChoiceOption[], prefixLength: number): ChoiceOption[][] {
  const chunks: ChoiceOption[][] = [];
  let current: ChoiceOption[] = [];
  let length = prefixLength;
  for (const o of options) {
    const encoded = encodeURIComponent(o.value).length + 1;
    if (o.value.length > OPTION_VALUE || prefixLength + encoded > ID_MAX) continue;
    if (current.length >= SELECT_OPTIONS || length + encoded > ID_MAX) {
      chunks.push(current);
      current = [];
      length = prefixLength;
    }
    current.push(o);
    length += encoded;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function choiceBlocks(block: Extract<Block, { kind: "choice" }>, ids: Ids): KnownBlock[] {
  if (block.action.length > ID_MAX)
    return [section(block.options.map((o) => `${BULLET} ${inert(o.label)}`).join("\n"))];
  const placeholder = {
    type: "plain_text" as const,
    text: label(block.placeholder, PLACEHOLDER),
    emoji: true,
  };
  // Room for "pb.choice.<n>:" with a generous index.
  return choiceChunks(block.options, CHOICE_BLOCK.length + 6).map((chunk): ActionsBlock => {
    const blockId = `${CHOICE_BLOCK}${ids.next++}:${chunk.map((o) => encodeURIComponent(o.value)).join(",")}`;
    const options = chunk.map(option);
    const selected = chunk.filter((o) => o.selected).map(option);
    const element: types.MultiStaticSelect | types.StaticSelect = block.multi
      ? {
          type: "multi_static_select",
          action_id: block.action,
          placeholder,
          options,
          ...(selected.length > 0 ? { initial_options: selected } : {}),
        }
      : {
          type: "static_select",
          action_id: block.action,
          placeholder,
          options,
          ...(selected[0] ? { initial_option: selected[0] } : {}),
        };
    return { type: "actions", block_id: blockId, elements: [element] };
  });
}

/** The values a choice block offered, read back from its block_id; undefined for any other block. */
export function offeredValues(blockId: string): string[] | undefined {
  if (!blockId.startsWith(CHOICE_BLOCK)) return undefined;
  const colon = blockId.indexOf(":");
  if (colon < 0) return undefined;
  const list = blockId.slice(colon + 1);
  try {
    return list ? list.split(",").map(decodeURIComponent) : [];
  } catch {
    return undefined;
  }
}

function fileBlocks(block: Extract<Block, { kind: "file" }>): KnownBlock[] {
  // Replies travel through response_url, which cannot carry files: the content is shown as text.
  const fence = "```";
  const body = escapeMrkdwn(block.content).replace(/`/g, "\u02CB");
  const size = SECTION_TEXT - fence.length * 2 - 2;
  const parts: string[] = [];
  for (let i = 0; i < body.length; i += size) parts.push(body.slice(i, i + size));
  return [
    section(`📎 *${inert(block.name)}*`),
    ...parts.map((part) => section(`${fence}\n${part}\n${fence}`)),
  ];
}

function renderBlock(block: Block, options: RenderOptions, ids: Ids): KnownBlock[] {
  switch (block.kind) {
    case "text":
      return sections(toMrkdwn(block.text, options));
    case "list": {
      const lines = block.items.map((item, i) => `${listMarker(block, i)} ${toMrkdwn(item, options)}`);
      return sections(lines.join("\n"));
    }
    case "buttons":
      return buttonBlocks(block.buttons, ids);
    case "choice":
      return choiceBlocks(block, ids);
    case "file":
      return fileBlocks(block);
    case "spoiler":
      return spoilerBlocks(block, options, ids);
  }
  return [];
}

function spoilerBlocks(
  block: Extract<Block, { kind: "spoiler" }>,
  options: RenderOptions,
  ids: Ids,
): KnownBlock[] {
  const shown = toMrkdwn(block.label, options);
  // Text beyond a button's value cannot be carried: it is cut rather than shown openly.
  const value = block.text.slice(0, BUTTON_VALUE);
  const show: types.Button = {
    type: "button",
    action_id: `${SPOILER_BUTTON}${ids.next++}`,
    value,
    text: { type: "plain_text", text: label(block.show, BUTTON_TEXT), emoji: true },
  };
  return [
    {
      type: "section",
      text: { type: "mrkdwn", text: truncate(shown, SECTION_TEXT), verbatim: true },
      accessory: show,
    },
  ];
}

/** Every Block Kit block of some views, in order, dividers between views. */
export function renderBlocks(views: View[], options: RenderOptions): KnownBlock[] {
  const ids: Ids = { next: 0 };
  return views.flatMap((view, i) => [
    ...(i > 0 ? [{ type: "divider" } as const] : []),
    ...view.blocks.flatMap((block) => renderBlock(block, options, ids)),
  ]);
}

/** The words a block opens with, for the fallback text. */
function openingWords(block: Block): string {
  switch (block.kind) {
    case "text":
      return plainText(block.text);
    case "list":
      return block.items[0] ? plainText(block.items[0]) : "";
    case "choice":
      return block.placeholder;
    case "file":
      return block.name;
    case "spoiler":
      return plainText(block.label);
    case "buttons":
      return "";
  }
}

/** Text for notifications and screen readers: the view's first words, escaped (never empty). */
export function fallbackText(view: View): string {
  const words = view.blocks.map(openingWords).find((w) => w.trim());
  return words ? escapeMrkdwn(truncate(words, FALLBACK_TEXT)) : "…";
}

/** A view as Slack messages of at most 50 blocks each. */
export function messagePages(view: View, options: RenderOptions): MessagePage[] {
  const blocks = renderBlocks([view], options);
  const text = fallbackText(view);
  if (blocks.length === 0) return [{ text, blocks: [section(text)] }];
  return inChunks(blocks, MESSAGE_BLOCKS).map((chunk) => ({ text, blocks: chunk }));
}

/** Blocks for a modal or the App Home within Slack's 100, `extra` (the adapter's own) kept whole. */
export function surfaceBlocks(views: View[], extra: KnownBlock[] = []): KnownBlock[] {
  const blocks = renderBlocks(views, { mentions: true });
  const room = SURFACE_BLOCKS - extra.length;
  const shown = blocks.length <= room ? blocks : [...blocks.slice(0, room - 1), section("…")];
  return [...shown, ...extra];
}
