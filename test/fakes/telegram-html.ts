// Telegram's "HTML" parse mode as the Bot API checks it: only its tags, only its four named
// entities; anything else is refused as "can't parse entities", which is what a renderer that
// forgot to escape user text would get from the real server.

export interface ParsedEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
}

export type ParsedHtml = { text: string; entities: ParsedEntity[] } | { error: string };

const TAG_TYPES: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
  a: "text_link",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  "tg-emoji": "custom_emoji",
};

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>/;
const ATTRIBUTE = /([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

function decodeEntities(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name] ?? "";
  });
}

function fail(reason: string, at: number): ParsedHtml {
  return { error: `Bad Request: can't parse entities: ${reason} at byte offset ${at}` };
}

export function parseTelegramHtml(html: string): ParsedHtml {
  let text = "";
  const entities: ParsedEntity[] = [];
  const open: { name: string; offset: number; url?: string }[] = [];
  let i = 0;
  while (i < html.length) {
    const char = html.charAt(i);
    if (char === "<") {
      const match = TAG.exec(html.slice(i));
      if (!match) return fail("Unexpected character '<'", i);
      const [whole, slash, rawName = "", attributes = ""] = match;
      const name = rawName.toLowerCase();
      if (!(name in TAG_TYPES)) return fail(`Unsupported start tag "${name}"`, i);
      if (slash) {
        const top = open.pop();
        if (!top || top.name !== name) return fail(`Unmatched end tag "${name}"`, i);
        // A link to tg://user is a mention: Telegram notifies the user named.
        const type = top.url?.startsWith("tg://user") ? "text_mention" : (TAG_TYPES[name] ?? name);
        if (text.length > top.offset) {
          entities.push({
            type,
            offset: top.offset,
            length: text.length - top.offset,
            ...(top.url ? { url: top.url } : {}),
          });
        }
      } else {
        let url: string | undefined;
        for (const attribute of attributes.matchAll(ATTRIBUTE)) {
          const [, key, a, b, c] = attribute;
          if (name === "a" && key === "href") url = decodeEntities(a ?? b ?? c ?? "");
        }
        if (name === "a" && url !== undefined) {
          try {
            new URL(url);
          } catch {
            return fail("Wrong HTTP URL", i);
          }
        }
        open.push({ name, offset: text.length, ...(url ? { url } : {}) });
      }
      i += whole.length;
      continue;
    }
    if (char === "&") {
      const match = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(html.slice(i));
      if (!match) return fail("Character '&' is reserved and must be escaped with &amp;", i);
      text += decodeEntities(match[0]);
      i += match[0].length;
      continue;
    }
    if (char === ">") return fail("Character '>' is reserved and must be escaped with &gt;", i);
    text += char;
    i++;
  }
  const unclosed = open.pop();
  if (unclosed) return fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`, html.length);
  return { text, entities: entities.sort((a, b) => a.offset - b.offset) };
}
