import type { Block, RichText, View } from "../../core/ports.js";

/** Something the console user can press by number. */
export type Pressable =
  | { kind: "button"; action: string }
  | { kind: "option"; action: string; value: string };

export interface Rendered {
  text: string;
  pressables: Pressable[];
}

// Terminal control characters in user text could rewrite the screen: only newline and tab pass.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(CONTROL, "");
}

function inline(text: RichText, color: boolean): string {
  return text
    .map((span) => {
      const body = span.user ? `@${sanitize(span.user)}` : sanitize(span.text);
      const styled =
        color && span.style === "bold"
          ? `\x1b[1m${body}\x1b[22m`
          : color && span.style === "italic"
            ? `\x1b[3m${body}\x1b[23m`
            : span.style === "code"
              ? `\`${body}\``
              : body;
      return span.href ? `${styled} <${sanitize(span.href)}>` : styled;
    })
    .join("");
}

/** Renders a View as terminal text, numbering buttons and options from `firstNumber`. */
export function renderView(view: View, color: boolean, firstNumber = 1): Rendered {
  const pressables: Pressable[] = [];
  const number = (p: Pressable) => {
    pressables.push(p);
    return `[${firstNumber + pressables.length - 1}]`;
  };
  const lines = view.blocks.flatMap((block: Block): string[] => {
    switch (block.kind) {
      case "text":
        return [inline(block.text, color)];
      case "list":
        return block.items.map((item, i) => {
          const marker = block.numbered ? `${(block.start ?? 1) + i}.` : "•";
          const hang = `\n  ${" ".repeat(marker.length + 1)}`;
          return `  ${marker} ${inline(item, color).replaceAll("\n", hang)}`;
        });
      case "buttons":
        return block.buttons.map((b) =>
          b.url
            ? `  ↗ ${sanitize(b.label)}: ${sanitize(b.url)}`
            : `  ${number({ kind: "button", action: b.action ?? "" })} ${sanitize(b.label)}`,
        );
      case "choice":
        return [
          `  ${sanitize(block.placeholder)}:`,
          ...block.options.map(
            (o) =>
              `  ${number({ kind: "option", action: block.action, value: o.value })} ${o.selected ? "☑" : "☐"} ${sanitize(o.label)}`,
          ),
        ];
      case "file":
        return [`  📎 ${sanitize(block.name)}:`, sanitize(block.content)];
      case "spoiler":
        // A terminal has no spoilers: the text is marked as hidden-on-platforms, shown dimmed.
        return [
          inline(block.label, color),
          color ? `\x1b[2m||${sanitize(block.text)}||\x1b[22m` : `||${sanitize(block.text)}||`,
        ];
    }
    return [];
  });
  return { text: lines.join("\n"), pressables };
}
