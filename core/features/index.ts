import type { Feature } from "../commands/define.js";
import { anonymousFeature } from "./anonymous/anonymous-feature.js";
import { contentWarningFeature } from "./content-warning/content-warning-feature.js";
import { dashboardFeature } from "./dashboard/dashboard-feature.js";
import type { DigestOptions } from "./digests/digest-service.js";
import { digestsFeature } from "./digests/digests-feature.js";
import { helpFeature } from "./help/help-feature.js";
import { languageFeature } from "./language/language-feature.js";
import { linkingFeature } from "./linking/linking-feature.js";
import { moderationFeature } from "./moderation/moderation-feature.js";
import { newcomersFeature } from "./newcomers/newcomers-feature.js";
import { onboardingFeature } from "./onboarding/onboarding-feature.js";
import { privacyFeature } from "./privacy/privacy-feature.js";
import { rateLimitsFeature } from "./rate-limits/rate-limits-feature.js";
import { resourcesFeature } from "./resources/resources-feature.js";
import { rulesFeature } from "./rules/rules-feature.js";
import { safetyFeature } from "./safety/safety-feature.js";
import { screeningFeature } from "./screening/screening-feature.js";
import { setupFeature } from "./setup/setup-feature.js";
import { tagsFeature } from "./tags/tags-feature.js";
import { worriedFeature } from "./worried/worried-feature.js";

export interface FeatureOptions {
  digests?: Partial<DigestOptions>;
}

/** Every feature, in the order `/help` lists them and joins are handled. */
export function featureList(options: FeatureOptions = {}): Feature[] {
  const domain: Feature[] = [
    onboardingFeature,
    rulesFeature,
    tagsFeature,
    resourcesFeature,
    safetyFeature,
    worriedFeature,
    anonymousFeature,
    contentWarningFeature,
    privacyFeature,
    languageFeature,
    moderationFeature,
    newcomersFeature,
    dashboardFeature,
    digestsFeature(options.digests),
    linkingFeature,
    rateLimitsFeature,
    setupFeature,
    screeningFeature,
  ];
  const help = helpFeature(() => [...help.commands, ...domain.flatMap((f) => f.commands)]);
  return [help, ...domain];
}

export const allFeatures: Feature[] = featureList();
