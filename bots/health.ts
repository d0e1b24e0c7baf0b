import type { HttpRoute, PlatformBot } from "../adapters/contract.js";
import type { Database } from "../core/db/database.js";

/**
 * GET /healthz: 200 only when the database answers and every started platform is connected;
 * the body says each part's state, for a load balancer and a human alike.
 */
export function healthRoute(database: Database, bots: () => PlatformBot[]): HttpRoute {
  return {
    method: "GET",
    path: "/healthz",
    async handle(_request, response) {
      const databaseUp = await database.ping();
      const platforms = Object.fromEntries(
        bots().map((bot) => [bot.platform, bot.connected() ? "connected" : "down"]),
      );
      const healthy = databaseUp && Object.values(platforms).every((state) => state === "connected");
      response.writeHead(healthy ? 200 : 503, { "content-type": "application/json" }).end(
        JSON.stringify({
          status: healthy ? "ok" : "degraded",
          database: databaseUp ? "up" : "down",
          platforms,
        }),
      );
    },
  };
}
