import { defineCommand, defineFeature } from "../../commands/define.js";
import { plainText } from "../../text/markup.js";
import { buttons, note, paragraph } from "../../views.js";
import {
  createLink,
  eraseSessions,
  exportSessions,
  LINK_TTL_MS,
  purgeSessions,
} from "./dashboard-service.js";

/** Where a sign-in link points: a page that asks for one press before it signs in (link previews fetch GETs). */
export function signInUrl(dashboardUrl: string, secret: string): string {
  return `${dashboardUrl}/dashboard/signin/${secret}`;
}

export const dashboardFeature = defineFeature({
  name: "dashboard",
  personalColumns: ["DashboardLink.platformUserId", "DashboardSession.platformUserId"],
  exportData: exportSessions,
  erase: (tx, person) => eraseSessions(tx, person),
  purge: purgeSessions,
  commands: [
    defineCommand({
      path: "mod dashboard",
      audience: "moderator",
      section: "moderation",
      params: [],
      async handler(ctx) {
        if (!ctx.dashboardUrl) return note(ctx.t("dashboard.notServed"));
        const port = ctx.ports.get(ctx.platform);
        if (!port) return note(ctx.t("dashboard.notSent"));
        const secret = await createLink(ctx);
        const url = signInUrl(ctx.dashboardUrl, secret);
        const minutes = LINK_TTL_MS / 60_000;
        // The link signs in whoever holds it: only ever sent privately, never as a reply that could land in the group.
        const sent = await port
          .sendDirect(
            ctx.actor.id,
            {
              blocks: [
                paragraph(ctx.t("dashboard.link", { community: ctx.community.name || "—", minutes })),
                buttons({ label: plainText(ctx.t("dashboard.open")), url }),
              ],
              private: true,
              personal: true,
            },
            { groupId: ctx.group.platformGroupId },
          )
          .catch(() => false);
        return note(ctx.t(sent ? "dashboard.sent" : "dashboard.notSent", { minutes }));
      },
    }),
  ],
});
