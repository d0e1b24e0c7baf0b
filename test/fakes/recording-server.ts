// The HTTP server under every wire fake: one listener on 127.0.0.1 (a free port), the request body
// read whole, every call the fake chooses to record kept in order, and a close that does not wait
// for keep-alive connections.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Answers one request; `body` is what the client sent, read to the end. */
export type FakeHandler = (request: IncomingMessage, body: Buffer, response: ServerResponse) => Promise<void>;

/** Answers with JSON: the platforms' fakes differ only in the content type they declare. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = "application/json",
): void {
  if (response.destroyed) return;
  response.writeHead(status, { "content-type": contentType, ...headers }).end(JSON.stringify(body));
}

export class RecordingServer<Call> {
  /** Every recorded call, in order. */
  readonly calls: Call[] = [];
  readonly http: Server;
  port = 0;

  /** `failed` answers a request whose handler threw (each platform words its own 500). */
  constructor(handle: FakeHandler, failed: (response: ServerResponse, error: unknown) => void) {
    this.http = createServer((request, response) => {
      void (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        await handle(request, Buffer.concat(chunks), response);
      })().catch((error: unknown) => {
        if (!response.headersSent) failed(response, error);
        else response.end();
      });
    });
  }

  record(call: Call): Call {
    this.calls.push(call);
    return call;
  }

  /** Listens on a free port of 127.0.0.1; resolves with the base URL, e.g. `http://127.0.0.1:40123`. */
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.http.listen(0, "127.0.0.1", resolve));
    this.port = (this.http.address() as AddressInfo).port;
    return this.origin;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    if (!this.http.listening) return;
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}
