import type { InlineKeyboardButton } from "grammy/types";
import type { Block, Button, Inline, RichText, View } from "../../core/ports.js";
import { inChunks } from "../shared/chunks.js";
import { listMarker } from "../shared/lists.js";
import { label, stripControls } from "../shared/text.js";
import { safeUrl } from "../shared/url.js";
import type { CallbackCodec } from "./callback-data.js";

// Telegram: a message's text is 1-4096 characters after entity parsing. The HTML is measured
// instead, which is never shorter than the text it shows, so a chunk that fits here fits there.
export const MESSAGE_LIMIT = 4096;
// Telegram rejects inline keyboards of more than 100 buttons ("reply markup is too long").
const KEYBOARD_BUTTONS = 100;
// Telegram: at most 8 buttons in one keyboard row; two keep labels readable on a phone.
const BUTTONS_PER_ROW = 2;
// Not a Telegram limit: a longer label is cut so one button cannot fill the screen.
const LABEL_LENGTH = 64;

export type Keyboard = InlineKeyboardButton[][];

export type Outgoing =
  | { kind: "text"; html: string; keyboard?: Keyboard }
  | { kind: "file"; name: string; mime: string; content: string };

export interface RenderOptions {
  /**
   * The message goes to a group: choice buttons then never show which options are picked, since
   * the picker is one member's and a private tag must not be seen by the others.
   */
  inGroup: boolean;
  /** The group the buttons act on, when the message goes elsewhere (a private chat). */
  groupId?: string;
  codec: CallbackCodec;
  /** A display name seen lately, for user references (shown as text: Telegram mentions notify). */
  nameOf(userId: string): string | undefined;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const SPECIAL = /[&<>"]/g;

/** Entities for `<`, `>`, `&` and `"`, in one pass; text without them is returned as it is. */
function escapeEntities(text: string): string {
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c] ?? c) : text;
}

/** Telegram HTML: only `<`, `>`, `&` and `"` need entities; every user string goes through here. */
export function escapeHtml(text: string): string {
  return escapeEntities(stripControls(text));
}

const TAGS = { bold: "b", italic: "i", code: "code" } as const;

/** One styled run as self-contained HTML pieces, each short enough to fit a message. */
function spanPieces(span: Inline, options: RenderOptions): string[] {
  const shown = span.user ? (options.nameOf(span.user) ?? span.text) : span.text;
  // Telegram turns @name in any message into a mention that notifies that member; an invisible
  // word joiner after the @ keeps it text.
  const text = stripControls(shown).replace(/@(?=[\p{L}\p{N}_])/gu, "@\u2060");
  if (text.length === 0) return [];
  let open = "";
  let close = "";
  if (span.style) {
    open = `<${TAGS[span.style]}>`;
    close = `</${TAGS[span.style]}>`;
  }
  const href = span.href && !span.user ? safeUrl(span.href) : undefined;
  if (href) {
    open = `<a href="${escapeHtml(href)}">${open}`;
    close = `${close}</a>`;
  }
  const room = MESSAGE_LIMIT - open.length - close.length;
  // Escaped once; chopped only in the rare case the run alone would not fit a message.
  const escaped = escapeEntities(text);
  if (escaped.length <= room) return [`${open}${escaped}${close}`];
  return chopEscaped(text, room).map((piece) => `${open}${piece}${close}`);
}

/** Escapes text into pieces of at most `room` characters, never cutting an entity or a surrogate pair. */
function chopEscaped(text: string, room: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const char of text) {
    const escaped = ENTITIES[char] ?? char;
    if (current.length + escaped.length > room) {
      pieces.push(current);
      current = "";
    }
    current += escaped;
  }
  if (current) pieces.push(current);
  return pieces;
}

type Line = string[];

function richLine(text: RichText, options: RenderOptions, prefix = ""): Line {
  const atoms = text.flatMap((span) => spanPieces(span, options));
  return prefix ? [prefix, ...atoms] : atoms;
}

/** A choice's button label: marked picked or not, except in a group (see RenderOptions.inGroup). */
export function optionLabel(text: string, selected: boolean, multi: boolean, inGroup: boolean): string {
  const mark = inGroup ? "" : multi ? (selected ? "☑ " : "☐ ") : selected ? "● " : "○ ";
  return label(`${mark}${text}`, LABEL_LENGTH);
}

function rows(buttons: InlineKeyboardButton[]): Keyboard {
  return inChunks(buttons, BUTTONS_PER_ROW);
}

function buttonOf(button: Button, options: RenderOptions): InlineKeyboardButton | undefined {
  const text = label(button.label, LABEL_LENGTH);
  if (button.url) {
    const url = safeUrl(button.url);
    return url ? { text, url } : undefined;
  }
  if (!button.action) return undefined;
  const callback_data = options.codec.encode({
    kind: "b",
    action: button.action,
    ...(options.groupId ? { groupId: options.groupId } : {}),
  });
  return { text, callback_data };
}

/** The text lines and keyboard rows one block contributes. */
function renderBlock(block: Block, options: RenderOptions): { lines: Line[]; keyboard: Keyboard } {
  switch (block.kind) {
    case "text":
      return { lines: [richLine(block.text, options)], keyboard: [] };
    case "list":
      return {
        lines: block.items.map((item, i) => richLine(item, options, `${listMarker(block, i)} `)),
        keyboard: [],
      };
    case "buttons": {
      // A link whose address Telegram would refuse is shown as text instead of as a button.
      const unsafe = block.buttons.filter((b) => b.url && !safeUrl(b.url));
      const lines = unsafe.map((b) => richLine([{ text: `${b.label}: ${b.url}` }], options));
      return { lines, keyboard: rows(block.buttons.flatMap((b) => buttonOf(b, options) ?? [])) };
    }
    case "choice": {
      const buttons = block.options.map((option) => ({
        text: optionLabel(option.label, option.selected, block.multi, options.inGroup),
        callback_data: options.codec.encode({
          kind: block.multi ? "t" : "s",
          action: block.action,
          value: option.value,
          ...(options.groupId ? { groupId: options.groupId } : {}),
        }),
      }));
      return {
        lines: [richLine([{ text: block.placeholder, style: "italic" }], options)],
        keyboard: rows(buttons),
      };
    }
    case "spoiler": {
      // Telegram hides <tg-spoiler> text until tapped; each piece carries its own tags so a
      // split message stays well-formed.
      const open = "<tg-spoiler>";
      const close = "</tg-spoiler>";
      const hidden = chopEscaped(block.text, MESSAGE_LIMIT - open.length - close.length).map(
        (piece) => `${open}${piece}${close}`,
      );
      return { lines: [richLine(block.label, options), hidden], keyboard: [] };
    }
    case "file":
      return { lines: [], keyboard: [] };
  }
}

/** Packs blocks of lines into messages under the limit: lines never split unless one alone is too long. */
function pack(blocks: Line[][]): string[] {
  const chunks: string[] = [];
  let current = "";
  blocks.forEach((lines, b) => {
    lines.forEach((atoms, l) => {
      atoms.forEach((atom, a) => {
        const separator = a > 0 ? "" : l > 0 ? "\n" : b > 0 ? "\n\n" : "";
        if (current && current.length + separator.length + atom.length > MESSAGE_LIMIT) {
          chunks.push(current);
          current = atom;
        } else current += current ? separator + atom : atom;
      });
    });
  });
  if (current.trim()) chunks.push(current);
  return chunks;
}

/** Splits keyboard rows so no message carries more buttons than Telegram takes. */
function splitKeyboard(keyboard: Keyboard): Keyboard[] {
  const parts: Keyboard[] = [];
  let part: Keyboard = [];
  let count = 0;
  for (const row of keyboard) {
    if (count + row.length > KEYBOARD_BUTTONS && part.length > 0) {
      parts.push(part);
      part = [];
      count = 0;
    }
    part.push(row);
    count += row.length;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * Renders a View as Telegram messages: HTML text (every user string escaped), split under the
 * message limit, with the view's buttons and choices as one inline keyboard on the last message;
 * file blocks become documents, in their place.
 */
export function renderView(view: View, options: RenderOptions): Outgoing[] {
  const out: Outgoing[] = [];
  let pending: Line[][] = [];
  const keyboard: Keyboard = [];
  const flush = () => {
    for (const html of pack(pending)) out.push({ kind: "text", html });
    pending = [];
  };
  for (const block of view.blocks) {
    if (block.kind === "file") {
      flush();
      out.push({ kind: "file", name: block.name, mime: block.mime, content: block.content });
      continue;
    }
    const rendered = renderBlock(block, options);
    if (rendered.lines.length > 0) pending.push(rendered.lines);
    keyboard.push(...rendered.keyboard);
  }
  flush();
  const [first, ...more] = splitKeyboard(keyboard);
  if (!first) return out;
  let last = out.findLastIndex((o) => o.kind === "text");
  const lastText = out[last];
  if (lastText?.kind === "text") out[last] = { ...lastText, keyboard: first };
  else {
    out.push({ kind: "text", html: "·", keyboard: first });
    last = out.length - 1;
  }
  // Keyboards past the button limit follow in messages of their own (Telegram needs some text).
  for (const rest of more) out.push({ kind: "text", html: "…", keyboard: rest });
  return out;
}

/** Plain text of a view, when it is short and has nothing but text (a callback query's answer). */
export function shortPlainText(view: View, limit: number): string | undefined {
  if (!view.blocks.every((b) => b.kind === "text")) return undefined;
  const text = view.blocks
    .map((b) => (b.kind === "text" ? stripControls(b.text.map((s) => s.text).join("")) : ""))
    .join("\n")
    .trim();
  return text.length > 0 && text.length <= limit ? text : undefined;
}
