import type { ExportedData, Person } from "../../commands/define.js";
import type { Services } from "../../context.js";

/**
 * Everything stored about one person, as they get it from /mydata: each feature's own part, under
 * its name. A part is named lists (memberships, tags, warnings…), which the summary counts.
 */
export async function personalData(services: Services, person: Person) {
  const parts: Record<string, ExportedData> = {};
  for (const feature of services.features) {
    const part = await feature.exportData?.(services, person);
    if (part) parts[feature.name] = part;
  }
  return { exportedAt: services.clock.now().toISOString(), ...person, ...parts };
}

export type PersonalData = Awaited<ReturnType<typeof personalData>>;

/** How many entries each named list holds, over every feature's part. */
export function counts(data: PersonalData) {
  const total = new Map<string, number>();
  for (const part of Object.values(data)) {
    if (typeof part !== "object" || part === null) continue;
    for (const [name, entries] of Object.entries(part)) {
      if (Array.isArray(entries)) total.set(name, (total.get(name) ?? 0) + entries.length);
    }
  }
  const of = (name: string) => total.get(name) ?? 0;
  return {
    memberships: of("memberships"),
    tags: of("tags"),
    warnings: of("warnings"),
    reports: of("reports"),
    suggestions: of("suggestions"),
    grants: of("grants"),
    applications: of("applications"),
  };
}

/**
 * Erases one person everywhere in this deployment, every feature its own part, in one
 * transaction. What others need (reports they filed, links they suggested, their moderator
 * actions) stays without their id. Platform roles their choices projected are taken back first.
 */
export async function erasePerson(services: Services, person: Person): Promise<void> {
  for (const feature of services.features) await feature.beforeErase?.(services, person);
  await services.db.$transaction(async (tx) => {
    for (const feature of [...services.features].reverse()) await feature.erase?.(tx, person, services);
  });
}

/** Days audit entries and closed reports are kept: a week at least, ten years at most. */
export const RETENTION_DAYS = { min: 7, max: 3650 } as const;
