// Writes slack-manifest.json, the Slack app manifest generated from the command registry.
//   npm run slack:manifest                          Socket Mode (no public URL needed)
//   npm run slack:manifest -- https://bot.example   HTTP mode, Slack calls <url>/slack/events
import { writeFileSync } from "node:fs";
import { slackManifest } from "../adapters/slack/manifest.js";
import { allFeatures } from "../core/features/index.js";

const publicUrl = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (publicUrl !== undefined && !/^https:\/\/[^\s/]+/.test(publicUrl)) {
  console.error(`Expected the app's public https URL, e.g. https://bot.example.org (got "${publicUrl}").`);
  process.exit(1);
}
const manifest = slackManifest(
  allFeatures.flatMap((f) => f.commands),
  publicUrl ? { publicUrl } : {},
);
writeFileSync("slack-manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  publicUrl
    ? `Wrote slack-manifest.json for HTTP mode: Slack will call ${publicUrl.replace(/\/+$/, "")}/slack/events.`
    : "Wrote slack-manifest.json for Socket Mode. For HTTP mode: npm run slack:manifest -- https://your.host",
);
