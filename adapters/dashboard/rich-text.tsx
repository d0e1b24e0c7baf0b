import type { Block, RichText, View } from "../../core/ports.js";

// Only web links become anchors: a javascript: or data: URL in a title or a moderator's text
// must never be clickable. Everything else is text, escaped by the JSX renderer.
function safeHref(href: string): string | undefined {
  return /^https?:\/\//i.test(href) ? href : undefined;
}

/** RichText as HTML: styles, links, mentions as plain `@id`; every string escaped. */
export function Rich({ text }: { text: RichText }) {
  return (
    <>
      {text.map((span) => {
        const body = span.user ? `@${span.user}` : span.text;
        const lines = body.split("\n").flatMap((line, i) => (i === 0 ? [line] : [<br />, line]));
        const styled =
          span.style === "bold" ? (
            <strong>{lines}</strong>
          ) : span.style === "italic" ? (
            <em>{lines}</em>
          ) : span.style === "code" ? (
            <code>{lines}</code>
          ) : (
            lines
          );
        const href = span.href ? safeHref(span.href) : undefined;
        return href ? (
          <a href={href} rel="noopener noreferrer">
            {styled}
          </a>
        ) : (
          styled
        );
      })}
    </>
  );
}

function BlockHtml({ block }: { block: Block }) {
  switch (block.kind) {
    case "text":
      return (
        <p>
          <Rich text={block.text} />
        </p>
      );
    case "list": {
      const items = block.items.map((item) => (
        <li>
          <Rich text={item} />
        </li>
      ));
      return block.numbered ? <ol start={block.start ?? 1}>{items}</ol> : <ul>{items}</ul>;
    }
    case "buttons":
      // A preview: buttons are shown as they would appear, not pressable here.
      return (
        <p class="chat-buttons">
          {block.buttons.map((b) => {
            const href = b.url ? safeHref(b.url) : undefined;
            return href ? (
              <a class="chat-button" href={href} rel="noopener noreferrer">
                {b.label}
              </a>
            ) : (
              <span class="chat-button">{b.label}</span>
            );
          })}
        </p>
      );
    case "choice":
      return (
        <ul class="chat-choice" aria-label={block.placeholder}>
          {block.options.map((o) => (
            <li>
              {o.selected ? "☑" : "☐"} {o.label}
            </li>
          ))}
        </ul>
      );
    case "file":
      return <pre>{block.content}</pre>;
  }
}

/** A chat message as members would see it (welcome and digest previews). */
export function ViewPreview({ view, label }: { view: View; label: string }) {
  return (
    <figure class="chat-preview">
      <figcaption>{label}</figcaption>
      {view.blocks.map((block) => (
        <BlockHtml block={block} />
      ))}
    </figure>
  );
}
