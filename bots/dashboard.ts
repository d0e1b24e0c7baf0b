import type { HttpRoute } from "../adapters/contract.js";
import { dashboardRoutes } from "../adapters/dashboard/index.js";
import type { Engine } from "../core/engine.js";
import { createDashboard } from "../core/features/dashboard/dashboard-desk.js";
import type { Logger } from "../core/log.js";

/** The moderator dashboard's routes for the process's HTTP server, over this engine. */
export function dashboardRoutesFor(engine: Engine, log: Logger, publicUrl: string): HttpRoute[] {
  return dashboardRoutes({
    dashboard: createDashboard(engine),
    log,
    secure: publicUrl.startsWith("https://"),
  });
}
