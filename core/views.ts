import type { Block, Button, ChoiceOption, RichText, View } from "./ports.js";

export function paragraph(text: RichText): Block {
  return { kind: "text", text };
}

export function list(items: RichText[], numbered = false): Block {
  return { kind: "list", items, numbered };
}

export function buttons(...items: Button[]): Block {
  return { kind: "buttons", buttons: items };
}

export function choice(action: string, placeholder: string, options: ChoiceOption[], multi = true): Block {
  return { kind: "choice", action, placeholder, multi, options };
}

export function view(...blocks: Block[]): View {
  return { blocks };
}

export function privateView(...blocks: Block[]): View {
  return { blocks, private: true };
}

/** The common reply: one paragraph only the caller sees. */
export function note(text: RichText): View {
  return privateView(paragraph(text));
}

/** A private reply about someone's personal data (tags, warnings): never shown in the group. */
export function personalView(...blocks: Block[]): View {
  return { blocks, private: true, personal: true };
}

export function personalNote(text: RichText): View {
  return personalView(paragraph(text));
}
