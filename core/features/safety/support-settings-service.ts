import { changeAndAudit } from "../../audit-service.js";
import type { GroupContext } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { SupportSettings } from "../../db/generated/client.js";

export type SupportSetting = keyof Omit<SupportSettings, "communityId">;

const DEFAULTS: Omit<SupportSettings, "communityId"> = {
  questionDays: 30,
  worriedAlert: false,
  crisisRemindMinutes: 30,
};

/** A community's support settings; the defaults until a moderator changes one. */
export async function supportSettings(
  db: Db,
  communityId: number,
): Promise<Omit<SupportSettings, "communityId">> {
  const row = await db.supportSettings.findUnique({ where: { communityId } });
  return row ?? DEFAULTS;
}

/** Changes one support setting with its audit entry, in one statement. */
export async function changeSupportSetting<K extends SupportSetting>(
  ctx: GroupContext,
  setting: K,
  value: SupportSettings[K],
  action: string,
): Promise<void> {
  // `setting` is one of the model's own column names (typed), never user input.
  await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "SupportSettings" ("communityId", "${setting}") VALUES ($1, $2)
            ON CONFLICT ("communityId") DO UPDATE SET "${setting}" = EXCLUDED."${setting}"
            RETURNING "communityId" AS "id"`,
      params: [ctx.community.id, value],
    },
    action,
    String(value),
  );
}

// A community's own crisis text fits one message on every platform.
export const MAX_CRISIS_TEXT = 1500;
