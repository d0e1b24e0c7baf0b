import type { Platform, PlatformPort, View } from "../core/ports.js";
import { recordingPort, textOf } from "../test/helpers/harness.js";

export interface CountingPort extends PlatformPort {
  posts: number;
  direct: number;
  /** Characters rendered, so the rendering cannot be optimised away and a blank digest shows. */
  chars: number;
  lastPost?: View;
}

/**
 * The test harness's recording port, except that it keeps counts instead of every view: a bench
 * that posts 10,000 digests or runs for a simulated hour must measure the engine's memory, not a
 * list the recorder grows. Each view is still rendered to text, as an adapter would.
 */
export function countingPort(platform: Platform = "console"): CountingPort {
  const recording = recordingPort(platform);
  const port: CountingPort = {
    ...recording,
    posts: 0,
    direct: 0,
    chars: 0,
    async post(to, view) {
      port.posts++;
      port.chars += textOf(view).length;
      port.lastPost = view;
      return [`m-${to.groupId}-${port.posts}`];
    },
    async sendDirect(_userId, view) {
      port.direct++;
      port.chars += textOf(view).length;
      return true;
    },
    async restrictMember() {},
  };
  return port;
}
