import type { CommandDef, Feature } from "../commands/define.js";
import { digestsFeature } from "./digests/digests-feature.js";
import { helpFeature } from "./help/help-feature.js";
import { languageFeature } from "./language/language-feature.js";
import { linkingFeature } from "./linking/linking-feature.js";
import { moderationFeature } from "./moderation/moderation-feature.js";
import { onboardingFeature } from "./onboarding/onboarding-feature.js";
import { privacyFeature } from "./privacy/privacy-feature.js";
import { resourcesFeature } from "./resources/resources-feature.js";
import { rulesFeature } from "./rules/rules-feature.js";
import { safetyFeature } from "./safety/safety-feature.js";
import { tagsFeature } from "./tags/tags-feature.js";

const domain: Feature[] = [
  onboardingFeature,
  rulesFeature,
  tagsFeature,
  resourcesFeature,
  safetyFeature,
  privacyFeature,
  languageFeature,
  moderationFeature,
  digestsFeature,
  linkingFeature,
];

const everyCommand = (): readonly CommandDef[] => [...help.commands, ...domain.flatMap((f) => f.commands)];
const help: Feature = helpFeature(everyCommand);

/** Every feature, in the order `/help` lists them and joins are handled. */
export const allFeatures: Feature[] = [help, ...domain];
