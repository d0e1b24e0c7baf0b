import type { Block, RichText, View } from "../../core/ports.js";
import { listMarker } from "../shared/lists.js";
import { stripControls } from "../shared/text.js";
import { safeUrl } from "../shared/url.js";

/** Something the console user can press by number. */
export type Pressable =
  | { kind: "button"; action: string }
  | { kind: "option"; action: string; value: string };

export interface Rendered {
  text: string;
  pressables: Pressable[];
}

function inline(text: RichText, color: boolean): string {
  return text
    .map((span) => {
      const body = span.user ? `@${stripControls(span.user)}` : stripControls(span.text);
      const styled =
        color && span.style === "bold"
          ? `\x1b[1m${body}\x1b[22m`
          : color && span.style === "italic"
            ? `\x1b[3m${body}\x1b[23m`
            : span.style === "code"
              ? `\`${body}\``
              : body;
      const href = span.href ? safeUrl(span.href) : undefined;
      return href ? `${styled} <${stripControls(href)}>` : styled;
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
          const marker = listMarker(block, i);
          const hang = `\n  ${" ".repeat(marker.length + 1)}`;
          return `  ${marker} ${inline(item, color).replaceAll("\n", hang)}`;
        });
      case "buttons":
        return block.buttons.map((b) =>
          b.url
            ? `  ↗ ${stripControls(b.label)}: ${stripControls(safeUrl(b.url) ?? b.url)}`
            : `  ${number({ kind: "button", action: b.action ?? "" })} ${stripControls(b.label)}`,
        );
      case "choice":
        return [
          `  ${stripControls(block.placeholder)}:`,
          ...block.options.map(
            (o) =>
              `  ${number({ kind: "option", action: block.action, value: o.value })} ${o.selected ? "☑" : "☐"} ${stripControls(o.label)}`,
          ),
        ];
      case "file":
        return [`  📎 ${stripControls(block.name)}:`, stripControls(block.content)];
      case "spoiler":
        // A terminal has no spoilers: the text is marked as hidden-on-platforms, shown dimmed.
        return [
          inline(block.label, color),
          color ? `\x1b[2m||${stripControls(block.text)}||\x1b[22m` : `||${stripControls(block.text)}||`,
        ];
    }
    return [];
  });
  return { text: lines.join("\n"), pressables };
}
