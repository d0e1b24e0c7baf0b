import { createServer, type Server } from "node:http";
import type { HttpRoute } from "../adapters/contract.js";

/** The process's one HTTP server: platform webhooks and operational endpoints, matched by path. */
export function createHttpServer(routes: HttpRoute[]): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const route = routes.find(
      (r) =>
        r.method === request.method &&
        (r.path === path || (r.prefix === true && path.startsWith(`${r.path}/`))),
    );
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    Promise.resolve(route.handle(request, response)).catch(() => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end();
    });
  });
}
