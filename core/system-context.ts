import type { GroupContext, Services } from "./context.js";
import { groupContext } from "./group-context.js";
import type { Platform } from "./ports.js";

/** The engine acting on its own (scheduled jobs), in a group, with no member behind it. */
export function systemContext(
  services: Services,
  group: { platform: Platform; platformGroupId: string },
  channelId: string,
): Promise<GroupContext> {
  const port = services.ports.get(group.platform);
  const place = { platform: group.platform, groupId: group.platformGroupId, channelId };
  return groupContext(
    {
      ...services,
      actor: { id: "", isPlatformAdmin: false },
      place,
      platform: group.platform,
      cmd: (path) => port?.commandSyntax(path) ?? `/${path}`,
    },
    place,
  );
}
