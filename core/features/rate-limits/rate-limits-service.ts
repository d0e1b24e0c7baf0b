import type { Person } from "../../commands/define.js";
import type { Services } from "../../context.js";
import type { Prisma } from "../../db/generated/client.js";
import { limitSubject } from "../../rate-limit-service.js";

/** A person's counters in the windows not yet purged, under their pseudonym. */
export function currentWindows(services: Services, person: Person) {
  return services.db.rateLimitWindow.findMany({
    where: { subject: limitSubject(person) },
    select: { kind: true, windowStart: true, count: true },
    orderBy: [{ kind: "asc" }, { windowStart: "asc" }],
  });
}

export async function eraseWindows(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  await tx.rateLimitWindow.deleteMany({ where: { subject: limitSubject(person) } });
}
