import fc from "fast-check";

/** Markup and mention syntax of all three platforms, and text that breaks naive code. */
export const HOSTILE_SAMPLES = [
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@&987654321098765432>",
  "<#123>",
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S123|team>",
  "<https://evil.example|click>",
  "<b>bold</b>",
  "<a href='tg://user?id=1'>x</a>",
  "*bold* _it_ ~strike~ `code` ```block```",
  "**md** __u__ ||spoiler|| > quote",
  "[link](https://evil.example)",
  "&amp; &lt; &gt; & < >",
  "\u200b\u200c\u200d\u2060",
  "\u202e\u2066\u2067\u2068\u2069",
  "\ud800",
  "\udfff",
  "🏳️‍🌈👨‍👩‍👧‍👦",
  "\u0000\u0007\u001b[31m",
  '"unclosed',
  "“curly” «angle»",
  "name:value tags:a,b self:maybe",
  "\n\n\r\n",
];

/** Random strings mixed with hostile fragments, up to 100 kB. */
export function hostile(): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    fc.constantFrom(...HOSTILE_SAMPLES),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.string({ unit: "binary", maxLength: 20 }),
  );
  return fc.oneof(
    { weight: 10, arbitrary: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(" ")) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("x".repeat(100_000), "@everyone ".repeat(10_000), "<b>".repeat(30_000)),
    },
  );
}
