// What both hand-written `/rules` peers read and say alike: the one SQL statement, prepared under
// a name so each connection parses and plans it once, and the caller's standing with the rules,
// in English as peerbridge's catalog says it.
import type { Platform } from "../../core/ports.js";

/** The group's community, rules and the caller's acceptance, in one statement: $1 group, $2 user. */
export function rulesStatement(platform: Platform): { name: string; text: string } {
  return {
    name: "peer_rules",
    text: `SELECT c."name", r."version", r."rules", m."acceptedRulesVersion", m."acceptedAt"
           FROM "Group" g
           JOIN "Community" c ON c."id" = g."communityId"
           LEFT JOIN "RuleSet" r ON r."communityId" = g."communityId"
           LEFT JOIN "Member" m ON m."groupId" = g."id" AND m."platformUserId" = $2
           WHERE g."platform" = '${platform}' AND g."platformGroupId" = $1`,
  };
}

export interface RulesRow {
  name: string;
  version: number | null;
  rules: string[] | null;
  acceptedRulesVersion: number | null;
  acceptedAt: Date | null;
}

// The community's time zone is not set in the bench: dates are read in UTC.
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/**
 * Where the caller stands with rules of `version`; `accepted` false means the accept button goes
 * with it. `agree` is the platform's command to accept (Slack's commands are under `/peer`).
 */
export function standingOf(
  row: RulesRow,
  version: number,
  agree = "/agree",
): { accepted: boolean; text: string } {
  if (row.acceptedRulesVersion === version && row.acceptedAt) {
    return { accepted: true, text: `You accepted these rules on ${dateFormat.format(row.acceptedAt)}.` };
  }
  return {
    accepted: false,
    text:
      row.acceptedRulesVersion !== null
        ? `The rules changed since you accepted version ${row.acceptedRulesVersion}. Please read them again and accept with ${agree}.`
        : `You have not accepted these rules yet: use ${agree} or the button below.`,
  };
}
