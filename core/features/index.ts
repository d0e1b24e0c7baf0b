import type { CommandDef, Feature } from "../commands/define.js";
import { helpFeature } from "./help/help-feature.js";
import { onboardingFeature } from "./onboarding/onboarding-feature.js";
import { rulesFeature } from "./rules/rules-feature.js";
import { tagsFeature } from "./tags/tags-feature.js";

const domain: Feature[] = [onboardingFeature, rulesFeature, tagsFeature];

const everyCommand = (): readonly CommandDef[] => [...help.commands, ...domain.flatMap((f) => f.commands)];
const help: Feature = helpFeature(everyCommand);

/** Every feature, in the order `/help` lists them and joins are handled. */
export const allFeatures: Feature[] = [help, ...domain];
