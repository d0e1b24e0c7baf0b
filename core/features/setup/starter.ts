import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { changeCommunity } from "../../settings-service.js";
import type { MessageKey } from "../../text/catalog-en.js";
import { rawMessage } from "../../text/i18n.js";
import { plainText } from "../../text/markup.js";
import { changeRules, ruleBook } from "../rules/rules-service.js";
import { tagKey } from "../tags/tag-names.js";
import { catalog, createTag } from "../tags/tags-service.js";

// The starter templates for health peer-support groups live in the catalog; these take them.

/** The starter rules, in the caller's command syntax (the crisis rule names the command). */
export function starterRules(ctx: GroupContext): string[] {
  return [
    plainText(ctx.tCommunity("starter.rule.privacy")),
    plainText(ctx.tCommunity("starter.rule.experience")),
    plainText(ctx.tCommunity("starter.rule.selling")),
    plainText(ctx.tCommunity("starter.rule.kind")),
    plainText(ctx.tCommunity("starter.rule.crisis", { crisis: ctx.cmd("crisis") })),
  ];
}

/** Saves the starter welcome; its {member} and {community} are filled in when a member joins. */
export async function takeStarterWelcome(ctx: GroupContext): Promise<void> {
  await changeCommunity(ctx, "welcome.set", {
    welcomeText: rawMessage("starter.welcome", ctx.tCommunity.language),
  });
}

/** Adds the starter rules to a rulebook that has none (a moderator's own rules are never replaced). */
export async function takeStarterRules(ctx: GroupContext): Promise<number> {
  if (ruleBook(ctx).rules.length > 0) {
    throw new UserError(ctx.t("setup.rules.hasRules", { edit: ctx.cmd("mod rules edit") }));
  }
  const rules = starterRules(ctx);
  return (await changeRules(ctx, "rules.starter", () => rules)).version;
}

const STARTER_TAGS: { name: MessageKey; about: MessageKey; kind: "role" | "condition" }[] = [
  { name: "starter.tag.patient", about: "starter.tag.patientAbout", kind: "role" },
  { name: "starter.tag.caregiver", about: "starter.tag.caregiverAbout", kind: "role" },
  { name: "starter.tag.newlyDiagnosed", about: "starter.tag.newlyDiagnosedAbout", kind: "condition" },
];

/** Creates the starter tags the catalog lacks (condition tags private); returns the names created. */
export async function takeStarterTags(ctx: GroupContext): Promise<string[]> {
  const existing = new Set((await catalog(ctx)).map((tag) => tag.key));
  const created: string[] = [];
  for (const starter of STARTER_TAGS) {
    const name = ctx.tCommunity.description(starter.name);
    if (existing.has(tagKey(name))) continue;
    await createTag(ctx, {
      name,
      description: ctx.tCommunity.description(starter.about),
      type: starter.kind,
      self: true,
    });
    created.push(name);
  }
  return created;
}
