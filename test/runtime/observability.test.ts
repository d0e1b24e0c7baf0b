import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlatformBot } from "../../adapters/contract.js";
import { loadProcessConfig } from "../../bots/config.js";
import { healthRoute } from "../../bots/health.js";
import { createHttpServer } from "../../bots/http-server.js";
import { createMetrics } from "../../bots/metrics.js";
import { isLoopback, metricsAccess } from "../../bots/metrics-access.js";
import { defineCommand, type Feature } from "../../core/commands/define.js";
import { ConfigError } from "../../core/config/env.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import type { Database } from "../../core/db/database.js";
import { allFeatures } from "../../core/features/index.js";
import { createLogger } from "../../core/log.js";
import { textOf } from "../helpers/harness.js";
import { createTestDatabase } from "../helpers/test-database.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(async () => database.close());

const place = { platform: "console" as const, groupId: "obs", channelId: "c" };

function fakeBot(connected: boolean): PlatformBot {
  return {
    platform: "telegram",
    start: async () => {},
    stop: async () => {},
    connected: () => connected,
    routes: [],
  };
}

async function serve(routes: Parameters<typeof createHttpServer>[0]) {
  const server = createHttpServer(routes).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

describe("/healthz and /metrics", () => {
  it("reports each part's state and counts what the engine handled", async () => {
    const metrics = createMetrics();
    const engine = createPeerbridge({ db: database.prisma, observer: metrics.observer });
    const bots = [fakeBot(true)];
    const http = await serve([healthRoute(database, () => bots), metrics.route]);
    try {
      const healthy = await fetch(`${http.base}/healthz`);
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toEqual({
        status: "ok",
        database: "up",
        platforms: { telegram: "connected" },
      });
      bots.push({ ...fakeBot(false), platform: "slack" });
      const degraded = await fetch(`${http.base}/healthz`);
      expect(degraded.status).toBe(503);
      expect(await degraded.json()).toMatchObject({ status: "degraded", platforms: { slack: "down" } });

      await engine.dispatch({
        type: "command",
        place,
        actor: { id: "u1", isPlatformAdmin: false },
        text: "rules",
      });
      await engine.dispatch({
        type: "command",
        place,
        actor: { id: "u1", isPlatformAdmin: false },
        text: "mod gate on",
      });
      const text = await (await fetch(`${http.base}/metrics`)).text();
      expect(text).toContain(
        'peerbridge_events_handled_total{kind="command",name="rules",platform="console",outcome="ok"} 1',
      );
      expect(text).toContain('name="mod gate on",platform="console",outcome="refused"} 1');
      expect(text).toMatch(/peerbridge_command_duration_seconds_count\{name="rules",platform="console"\} 1/);
      expect(text).toContain("peerbridge_digest_runs_total");
      expect(text).toContain("peerbridge_platform_api_retries_total");
      expect((await fetch(`${http.base}/nope`)).status).toBe(404);
    } finally {
      await http.close();
    }
  });
});

describe("/metrics", () => {
  const token = "t".repeat(40);
  const member = { id: "u3", isPlatformAdmin: false };

  it("counts private commands and buttons under one name, and unknown ones as unknown", async () => {
    const metrics = createMetrics();
    const engine = createPeerbridge({ db: database.prisma, observer: metrics.observer });
    const group = { ...place, groupId: "obs-private" };
    for (const text of ["crisis", "iam diabetes", "mytags", "mydata", "forgetme", "report they shout"]) {
      await engine.dispatch({ type: "command", place: group, actor: member, text });
    }
    await engine.dispatch({ type: "command", place: group, actor: member, text: "no-such-command" });
    await engine.dispatch({ type: "action", place: group, actor: member, action: "tags.pick" });
    // Forged button presses, each with a different made-up name: none may add a series.
    for (const action of ["forged.one:1", "forged.two", "x".repeat(60), "rules.accept.fake"]) {
      await engine.dispatch({ type: "action", place: group, actor: member, action });
    }
    const text = await metrics.registry.metrics();
    const names = new Set([...text.matchAll(/name="([^"]*)"/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual(["private", "unknown"]);
    // `iam diabetes` is refused: the group has no such tag.
    expect(text).toContain('kind="command",name="private",platform="console",outcome="ok"} 5');
    expect(text).toContain('kind="command",name="private",platform="console",outcome="refused"} 1');
    expect(text).toContain('kind="command",name="unknown",platform="console",outcome="refused"} 1');
    expect(text).toContain('kind="action",name="private",platform="console"');
    expect(text).toContain('kind="action",name="unknown",platform="console",outcome="refused"} 4');
    for (const word of ["crisis", "forgetme", "mydata", "iam", "mytags", "report", "forged", "xxx"]) {
      expect(text, word).not.toMatch(new RegExp(`name="[^"]*${word}`));
    }
  });

  it("needs the bearer token when METRICS_TOKEN is set", async () => {
    const metrics = createMetrics({ token });
    const http = await serve([metrics.route]);
    try {
      const none = await fetch(`${http.base}/metrics`);
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toBe("Bearer");
      expect(await none.text()).toBe("");
      const wrong = await fetch(`${http.base}/metrics`, {
        headers: { authorization: `Bearer ${"u".repeat(40)}` },
      });
      expect(wrong.status).toBe(401);
      const basic = await fetch(`${http.base}/metrics`, { headers: { authorization: `Basic ${token}` } });
      expect(basic.status).toBe(401);
      const right = await fetch(`${http.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain("peerbridge_events_handled_total");
    } finally {
      await http.close();
    }
  });

  it("answers only this machine when no token is set, and not through a proxy", async () => {
    const metrics = createMetrics();
    const http = await serve([metrics.route]);
    try {
      expect((await fetch(`${http.base}/metrics`)).status).toBe(200);
      const proxied = await fetch(`${http.base}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } });
      expect(proxied.status).toBe(403);
      expect(await proxied.text()).toContain("METRICS_TOKEN");
      expect(
        (await fetch(`${http.base}/metrics`, { headers: { forwarded: "for=203.0.113.9" } })).status,
      ).toBe(403);
    } finally {
      await http.close();
    }
    const from = (remoteAddress: string, authorization?: string) =>
      ({
        headers: authorization ? { authorization } : {},
        socket: { remoteAddress },
      }) as unknown as IncomingMessage; // Only the two fields metricsAccess reads.
    expect(metricsAccess(from("10.0.0.5"), undefined)).toBe("forbidden");
    expect(metricsAccess(from("2001:db8::1"), undefined)).toBe("forbidden");
    expect(metricsAccess(from("::ffff:10.0.0.5"), undefined)).toBe("forbidden");
    expect(metricsAccess(from("10.0.0.5", `Bearer ${token}`), token)).toBe("allowed");
    expect(metricsAccess(from("127.0.0.1"), token)).toBe("unauthorized");
    for (const address of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) {
      expect(isLoopback(address), address).toBe(true);
    }
    for (const address of ["10.0.0.1", "128.0.0.1", "::2", "::ffff:10.0.0.1", "", undefined]) {
      expect(isLoopback(address), String(address)).toBe(false);
    }
  });
});

describe("graceful drain", () => {
  it("finishes handlers in flight and refuses new events while draining", async () => {
    let release: () => void = () => {};
    const slow: Feature = {
      name: "slow",
      commands: [
        defineCommand({
          path: "slow",
          audience: "member",
          description: "cmd.help",
          section: "test",
          params: [],
          async handler(ctx) {
            await new Promise<void>((resolve) => {
              release = resolve;
            });
            return { blocks: [{ kind: "text", text: ctx.t("rules.empty") }] };
          },
        }),
      ],
    };
    const engine = createPeerbridge({ db: database.prisma, features: [slow] });
    const actor = { id: "u2", isPlatformAdmin: false };
    const inFlight = engine.dispatch({ type: "command", place, actor, text: "slow" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const drained = engine.drain(10_000);
    expect(textOf(await engine.dispatch({ type: "command", place, actor, text: "slow" }))).toContain(
      "briefly unavailable",
    );
    release();
    await drained;
    expect(textOf(await inFlight)).toContain("no rules yet");
  });
});

describe("logs", () => {
  it("never hold message text, tag names, tokens or user ids in clear", async () => {
    const lines: string[] = [];
    const log = createLogger({ level: "trace", destination: { write: (line: string) => lines.push(line) } });
    const broken: Feature = {
      name: "broken",
      commands: [
        defineCommand({
          path: "explode",
          audience: "member",
          description: "cmd.help",
          section: "test",
          params: [],
          async handler() {
            throw new Error("database said: token=xoxb-SECRET-123");
          },
        }),
      ],
    };
    const engine = createPeerbridge({ db: database.prisma, log, features: [...allFeatures, broken] });
    const actor = { id: "user-987654321", isPlatformAdmin: true };
    const group = { ...place, groupId: "logs-group" };
    for (const text of [
      "mod tags create Schizophrenia type:condition",
      "iam schizophrenia",
      "mod rules add My private medical history is here",
      "report my neighbour is harassing me",
      "explode",
    ]) {
      await engine.dispatch({ type: "command", place: group, actor, text });
    }
    log.info({ token: "xoxb-SECRET-123", text: "a message body" }, "explicit fields");
    const all = lines.join("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [
      "Schizophrenia",
      "schizophrenia",
      "medical history",
      "neighbour",
      "user-987654321",
      "xoxb-SECRET",
    ]) {
      expect(all, secret).not.toContain(secret);
    }
  });
});

describe("process configuration", () => {
  it("reads roles and names a bad value with what it should look like", () => {
    expect([...loadProcessConfig({ PEERBRIDGE_ROLES: "http, scheduler" }).PEERBRIDGE_ROLES]).toEqual([
      "http",
      "scheduler",
    ]);
    expect(loadProcessConfig({}).PEERBRIDGE_ROLES.size).toBe(5);
    expect(() => loadProcessConfig({ PEERBRIDGE_ROLES: "http,pager" })).toThrow(ConfigError);
    expect(() => loadProcessConfig({ PORT: "eighty" })).toThrow(/PORT: should be a port number, e.g. 3000/);
  });
});
