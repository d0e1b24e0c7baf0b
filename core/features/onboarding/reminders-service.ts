import type { Services } from "../../context.js";
import { describeError } from "../../failures.js";
import { speaking } from "../../group-context-service.js";
import { systemContext } from "../../system-context.js";
import { readerTranslator } from "../../text/reader.js";
import { paragraph, privateView } from "../../views.js";
import { ruleBook } from "../rules/rules-service.js";
import { acceptButton, rulesBlocks } from "../rules/rules-view.js";

// A tick sends at most this many, so a burst of joins cannot stall the scheduler.
const BATCH = 200;

/**
 * Where the platform cannot hold newcomers back (Slack), the gate sends each one who has not
 * accepted the rules after the community's delay one private reminder. Claiming the reminder by
 * setting `remindedAt` first means two processes never both send it.
 */
export async function remindPending(services: Services): Promise<number> {
  const now = services.clock.now();
  const platforms = [...services.ports.keys()];
  const candidates = await services.db.member.findMany({
    where: {
      status: "pending",
      remindedAt: null,
      group: { platform: { in: platforms }, community: { gateEnabled: true, reminderHours: { gt: 0 } } },
    },
    include: { group: { include: { community: { select: { reminderHours: true } } } } },
    orderBy: { joinedAt: "asc" },
    take: BATCH,
  });
  let sent = 0;
  for (const member of candidates) {
    const due = member.joinedAt.getTime() + member.group.community.reminderHours * 3_600_000;
    if (due > now.getTime()) continue;
    const claimed = await services.db.member.updateMany({
      where: { id: member.id, remindedAt: null },
      data: { remindedAt: now },
    });
    if (claimed.count === 0) continue;
    try {
      const group = await systemContext(services, member.group, "");
      // A reminder is the member's own: their language when they chose one.
      const stored = {
        member: member.language,
        community: group.community.language,
        timeZone: group.community.timeZone,
      };
      const ctx = speaking(group, readerTranslator(group.actor, group.place, stored));
      if (ruleBook(ctx).rules.length === 0) continue;
      const name = ctx.community.name;
      const reminder = privateView(
        paragraph(name ? ctx.t("welcome.reminder", { community: name }) : ctx.t("welcome.reminderUnnamed")),
        ...rulesBlocks(ctx),
        acceptButton(ctx, member.platformUserId),
      );
      const port = services.ports.get(member.group.platform);
      if (await port?.sendDirect(member.platformUserId, reminder, { groupId: member.group.platformGroupId }))
        sent++;
    } catch (error) {
      services.log.warn({ error: describeError(error) }, "reminder failed");
    }
  }
  return sent;
}
