import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { BlockList, isIPv4 } from "node:net";

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** Whether the connection comes from this machine (an IPv4-mapped address counts as IPv4). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const mapped = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  return isIPv4(mapped) ? loopback.check(mapped, "ipv4") : loopback.check(address, "ipv6");
}

const digest = (value: string) => createHash("sha256").update(value).digest();

export type Access = "allowed" | "unauthorized" | "forbidden";

/**
 * Who may read /metrics. With a token: whoever sends `Authorization: Bearer <token>` (compared in
 * constant time). Without one: connections from this machine only, and not through a reverse
 * proxy on it (a forwarding header means the request came from elsewhere).
 */
export function metricsAccess(request: IncomingMessage, token: string | undefined): Access {
  if (token !== undefined) {
    const sent = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    return sent !== undefined && timingSafeEqual(digest(sent), digest(token)) ? "allowed" : "unauthorized";
  }
  const proxied = request.headers.forwarded !== undefined || request.headers["x-forwarded-for"] !== undefined;
  return isLoopback(request.socket.remoteAddress) && !proxied ? "allowed" : "forbidden";
}
