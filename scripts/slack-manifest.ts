// Writes slack-manifest.json, the Slack app manifest generated from the command registry.
//   npm run slack:manifest                          Socket Mode (no public URL needed)
//   npm run slack:manifest -- https://bot.example   HTTP mode, Slack calls <url>/slack/events
//   npm run slack:manifest -- --language=es         descriptions and shortcuts in Spanish (en, es, fr)
import { writeFileSync } from "node:fs";
import { slackManifest } from "../adapters/slack/manifest.js";
import { allFeatures } from "../core/features/index.js";
import { isLanguage, LANGUAGES } from "../core/text/languages.js";

const args = process.argv.slice(2);
const publicUrl = args.find((arg) => !arg.startsWith("-"));
const language = args.find((arg) => arg.startsWith("--language="))?.slice("--language=".length);
if (language !== undefined && !isLanguage(language)) {
  console.error(`--language should be one of ${LANGUAGES.join(", ")} (got "${language}").`);
  process.exit(1);
}
if (publicUrl !== undefined && !/^https:\/\/[^\s/]+/.test(publicUrl)) {
  console.error(`Expected the app's public https URL, e.g. https://bot.example.org (got "${publicUrl}").`);
  process.exit(1);
}
const manifest = slackManifest(
  allFeatures.flatMap((f) => f.commands),
  { ...(publicUrl ? { publicUrl } : {}), ...(language ? { language } : {}) },
);
writeFileSync("slack-manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  publicUrl
    ? `Wrote slack-manifest.json for HTTP mode: Slack will call ${publicUrl.replace(/\/+$/, "")}/slack/events.`
    : "Wrote slack-manifest.json for Socket Mode. For HTTP mode: npm run slack:manifest -- https://your.host",
);
