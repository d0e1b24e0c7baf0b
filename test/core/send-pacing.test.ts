import { describe, expect, it } from "vitest";
import type { PlatformPort, View } from "../../core/ports.js";
import { pacedPort } from "../../core/send-pacing-service.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();
const MINUTE = 60_000;

/** A port that records what it was asked to send, and a sleep that records how long it was asked to wait. */
function recording(platform: PlatformPort["platform"], limits: PlatformPort["sendLimits"]) {
  const sent: string[] = [];
  const waits: number[] = [];
  const port: PlatformPort = {
    platform,
    commandSyntax: (path) => `/${path}`,
    sendLimits: limits,
    async post(to) {
      sent.push(`post ${to.groupId}`);
      return ["1"];
    },
    async sendDirect(userId) {
      sent.push(`dm ${userId}`);
      return true;
    },
  };
  const paced = pacedPort(port, t.db, async (ms) => {
    waits.push(ms);
  });
  return { paced, sent, waits };
}

const empty: View = { blocks: [] };

describe("send pacing", () => {
  it("gives one group's posts slots one gap apart, from the first post on", async () => {
    const { paced, sent, waits } = recording("telegram", {
      everyMs: 0,
      groupEveryMs: MINUTE,
      directEveryMs: 0,
    });
    for (let i = 0; i < 4; i++) await paced.post({ groupId: "-100pace1", channelId: "-100pace1" }, empty);
    expect(sent).toEqual(Array(4).fill("post -100pace1"));
    // The first goes at once; each next one a minute after the one before (less the time spent).
    expect(waits).toHaveLength(3);
    waits.forEach((wait, i) => {
      expect(wait).toBeGreaterThan((i + 1) * MINUTE - 5000);
      expect(wait).toBeLessThanOrEqual((i + 1) * MINUTE);
    });
  });

  it("paces the bot as a whole across groups and people, and per platform", async () => {
    const { paced, waits } = recording("discord", { everyMs: MINUTE, groupEveryMs: 0, directEveryMs: 0 });
    await paced.post({ groupId: "g-a", channelId: "c" }, empty);
    await paced.post({ groupId: "g-b", channelId: "c" }, empty);
    await paced.sendDirect("u-pace", empty);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThan(MINUTE - 5000);
    expect(waits[1]).toBeGreaterThan(2 * MINUTE - 5000);
    // Another platform has a pace of its own.
    const other = recording("slack", { everyMs: MINUTE, groupEveryMs: 0, directEveryMs: 0 });
    await other.paced.post({ groupId: "g-a", channelId: "c" }, empty);
    expect(other.waits).toEqual([]);
  });

  it("shares the pace between ports on one database (two processes), and stores no one's id", async () => {
    const limits = { everyMs: 0, groupEveryMs: 0, directEveryMs: MINUTE };
    const one = recording("telegram", limits);
    const two = recording("telegram", limits);
    await one.paced.sendDirect("4242", empty);
    await two.paced.sendDirect("4242", empty);
    expect(one.waits).toEqual([]);
    expect(two.waits).toHaveLength(1);
    const keys = await t.db.sendSlot.findMany({ select: { key: true } });
    expect(keys.some((k) => k.key.startsWith("telegram:u:"))).toBe(true);
    expect(keys.some((k) => k.key.includes("4242"))).toBe(false);
  });

  it("leaves a port without limits as it is", () => {
    const port: PlatformPort = {
      platform: "console",
      commandSyntax: (path) => path,
      post: async () => [],
      sendDirect: async () => true,
    };
    expect(pacedPort(port, t.db)).toBe(port);
  });
});
