import type { Context, GroupContext, GroupState, Services } from "./context.js";
import { groupContext, loadedGroupContext } from "./group-context-service.js";
import type { Platform } from "./ports.js";

function systemBase(
  services: Services,
  group: { platform: Platform; platformGroupId: string },
  channelId: string,
) {
  const port = services.ports.get(group.platform);
  const place = { platform: group.platform, groupId: group.platformGroupId, channelId };
  const base: Context = {
    ...services,
    actor: { id: "", isPlatformAdmin: false },
    place,
    platform: group.platform,
    cmd: (path) => port?.commandSyntax(path) ?? `/${path}`,
  };
  return { base, place };
}

/** The engine acting on its own (scheduled jobs), in a group, with no member behind it. */
export function systemContext(
  services: Services,
  group: { platform: Platform; platformGroupId: string },
  channelId: string,
): Promise<GroupContext> {
  const { base, place } = systemBase(services, group, channelId);
  return groupContext(base, place);
}

/** The same, for a group the job already loaded with its community. */
export function loadedSystemContext(services: Services, group: GroupState, channelId: string): GroupContext {
  return loadedGroupContext(systemBase(services, group, channelId).base, group);
}
