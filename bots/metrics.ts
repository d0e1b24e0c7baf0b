import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { HttpRoute } from "../adapters/contract.js";
import type { EngineObserver } from "../core/observer.js";
import type { Platform } from "../core/ports.js";
import { metricsAccess } from "./metrics-access.js";

/**
 * Prometheus metrics of one process, served on GET /metrics to whoever has `token` or, when there
 * is none, to this machine only (bots/metrics-access.ts).
 */
export function createMetrics(options: { token?: string | undefined } = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "peerbridge_" });
  const handled = new Counter({
    name: "peerbridge_events_handled_total",
    help: "Commands, actions and joins handled, by name, platform and outcome",
    labelNames: ["kind", "name", "platform", "outcome"] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: "peerbridge_errors_total",
    help: "Events that failed on our side or because the database was unavailable",
    labelNames: ["platform", "outcome"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "peerbridge_command_duration_seconds",
    help: "Time to handle a command, from dispatch to reply",
    labelNames: ["name", "platform"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const digests = new Counter({
    name: "peerbridge_digest_runs_total",
    help: "Digest runs claimed by this process, by result",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  const retries = new Counter({
    name: "peerbridge_platform_api_retries_total",
    help: "Platform API calls retried after a rate limit or server error",
    labelNames: ["platform"] as const,
    registers: [registry],
  });

  const observer: EngineObserver = {
    handled({ kind, name, platform, seconds, outcome }) {
      handled.inc({ kind, name, platform, outcome });
      if (outcome === "error" || outcome === "unavailable") errors.inc({ platform, outcome });
      if (kind === "command") latency.observe({ name, platform }, seconds);
    },
    digestRun: (status) => digests.inc({ status }),
  };

  const route: HttpRoute = {
    method: "GET",
    path: "/metrics",
    async handle(request, response) {
      const access = metricsAccess(request, options.token);
      if (access === "unauthorized") {
        response.writeHead(401, { "www-authenticate": "Bearer", "content-type": "text/plain" }).end();
        return;
      }
      if (access === "forbidden") {
        response
          .writeHead(403, { "content-type": "text/plain" })
          .end(
            "/metrics answers on the loopback interface only; set METRICS_TOKEN to read it from elsewhere\n",
          );
        return;
      }
      response.writeHead(200, { "content-type": registry.contentType }).end(await registry.metrics());
    },
  };

  return { registry, observer, route, platformRetry: (platform: Platform) => retries.inc({ platform }) };
}

export type Metrics = ReturnType<typeof createMetrics>;
