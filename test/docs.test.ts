import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processEnv as envSchema } from "../bots/config.js";
import { commandTable } from "../core/commands/command-table.js";
import { allFeatures } from "../core/features/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const envExample = readFileSync(new URL("../.env.example", import.meta.url), "utf8");

describe("documentation stays true", () => {
  it("the README's command reference is the registry's", () => {
    expect(readme).toContain(commandTable(allFeatures.flatMap((f) => f.commands)));
  });

  it("every variable the code reads is in .env.example and the README", () => {
    for (const name of Object.keys(envSchema.shape)) {
      expect(envExample, name).toMatch(new RegExp(`^${name}=`, "m"));
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});
