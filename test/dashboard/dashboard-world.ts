// A console bot with the dashboard on 127.0.0.1, as `npm start` runs it, for the dashboard tests.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { runConsole } from "../../adapters/console/bot.js";
import { createConsolePort } from "../../adapters/console/port.js";
import { renderView } from "../../adapters/console/views.js";
import type { HttpRoute } from "../../adapters/contract.js";
import { dashboardRoutes } from "../../adapters/dashboard/index.js";
import { createHttpServer } from "../../bots/http-server.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import type { Database } from "../../core/db/database.js";
import type { Engine } from "../../core/engine.js";
import { createDashboard } from "../../core/features/dashboard/dashboard-desk.js";
import { silentLogger } from "../../core/log.js";

export interface DashboardWorld {
  engine: Engine;
  base: string;
  /** What the bot sent between transcripts (privately or to a channel), as console text. */
  outbox: string[];
  /** Runs console lines (`/command`, `:as name`…) and returns the transcript. */
  chat(lines: string[]): Promise<string>;
  close(): Promise<void>;
}

export async function startDashboardWorld(
  database: Database,
  options: { signInLimit?: number } = {},
): Promise<DashboardWorld> {
  const routes: HttpRoute[] = [];
  const server: Server = createHttpServer(routes);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const engine = createPeerbridge({ db: database.prisma, dashboardUrl: base });
  routes.push(
    ...dashboardRoutes({
      dashboard: createDashboard(engine),
      log: silentLogger,
      secure: false,
      ...(options.signInLimit ? { signInLimit: options.signInLimit } : {}),
    }),
  );
  let persona = "mod";
  const outbox: string[] = [];
  // Between transcripts the bot still speaks (the sign-in notice): it lands here.
  const idle = createConsolePort((header, view) => outbox.push(`${header}\n${renderView(view, false).text}`));
  engine.attach(idle);
  return {
    engine,
    base,
    outbox,
    async chat(lines) {
      const input = new PassThrough();
      const output = new PassThrough();
      let text = "";
      output.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
      });
      // Each transcript starts as the persona the last one ended with, like one long session.
      input.end([`:as ${persona}`, ...lines].join("\n"));
      await runConsole({ engine, input, output, interactive: false });
      engine.attach(idle);
      for (const line of lines) {
        const match = /^:(?:as|join)\s+(\S+)/.exec(line);
        if (match?.[1]) persona = match[1].toLowerCase();
      }
      return text;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The sign-in link the console printed privately. */
export function linkIn(transcript: string): string {
  const match = /(http:\/\/127\.0\.0\.1:\d+\/dashboard\/signin\/[A-Za-z0-9_-]{43})/.exec(transcript);
  if (!match?.[1]) throw new Error(`no sign-in link in:\n${transcript}`);
  return match[1];
}
