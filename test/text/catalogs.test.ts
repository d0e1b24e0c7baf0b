import { isStructurallySame, type MessageFormatElement, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { featureList } from "../../core/features/index.js";
import { en, type MessageKey } from "../../core/text/catalog-en.js";
import { parseTemplate } from "../../core/text/i18n.js";
import { CATALOGS, LANGUAGES } from "../../core/text/languages.js";

const keys = Object.keys(en) as MessageKey[];

/** Every argument name with its ICU type, and the tags, in a template. */
function signature(ast: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      signature(el.children, out);
      continue;
    }
    out.add(`${el.value}:${TYPE[el.type]}`);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) signature(option.value, out);
    }
  }
  return out;
}

describe.each(LANGUAGES)("the %s catalog", (language) => {
  const catalog = CATALOGS[language];

  it("has every key, and no other", () => {
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
  });

  it("parses every template, plurals and selects with an other branch", () => {
    for (const key of keys) expect(() => parseTemplate(catalog[key]), `${language} ${key}`).not.toThrow();
  });

  it("takes the same placeholders, of the same types, as English", () => {
    for (const key of keys) {
      const ours = parseTemplate(catalog[key]);
      const english = parseTemplate(en[key]);
      expect(isStructurallySame(english, ours).success, `${language} ${key}`).toBe(true);
      // Tags too: markup may move, but a message that styles a value keeps styling it.
      const tagsOf = (ast: MessageFormatElement[]) => [...signature(ast)].filter((s) => s.startsWith("<"));
      expect(tagsOf(ours).length > 0, `${language} ${key} markup`).toBe(tagsOf(english).length > 0);
    }
  });

  it("gives plurals the forms the language's CLDR rules need", () => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const walk = (ast: MessageFormatElement[], key: string) => {
      for (const el of ast) {
        if (el.type === TYPE.plural) {
          for (const category of needed) {
            // "many" in Spanish and French is for large round numbers (1 000 000 de…), which no
            // message here counts; every other category must be there.
            if (category === "many") continue;
            expect(Object.keys(el.options), `${language} ${key} ${el.value}`).toContain(category);
          }
        }
        if (el.type === TYPE.plural || el.type === TYPE.select) {
          for (const option of Object.values(el.options)) walk(option.value, key);
        }
        if (el.type === TYPE.tag) walk(el.children, key);
      }
    };
    for (const key of keys) walk(parseTemplate(catalog[key]), key);
  });
});

describe("command descriptions", () => {
  it("name a catalog key for every command, derived or spelled out", () => {
    const missing = featureList()
      .flatMap((feature) => feature.commands ?? [])
      .filter((command) => !(command.description in en))
      .map((command) => `${command.path} → ${command.description}`);
    expect(missing).toEqual([]);
  });
});

describe("the dashboard's texts", () => {
  // "1 members haven't accepted…": a counted noun must agree with its number in every language,
  // so what the dashboard counts is always an ICU plural (the other catalogs follow English's shape).
  it("count things only through plurals", () => {
    const COUNTED = /^(count|minutes|hours)$/;
    const bare: string[] = [];
    const walk = (ast: MessageFormatElement[], key: string) => {
      for (const el of ast) {
        if (el.type === TYPE.tag) walk(el.children, key);
        if (el.type === TYPE.plural || el.type === TYPE.select) {
          for (const option of Object.values(el.options)) walk(option.value, key);
        } else if ("value" in el && el.type !== TYPE.literal && COUNTED.test(el.value)) {
          bare.push(`${key} {${el.value}}`);
        }
      }
    };
    for (const key of keys.filter((k) => k.startsWith("web.") || k.startsWith("dashboard.")))
      walk(parseTemplate(en[key]), key);
    expect(bare).toEqual([]);
  });
});
