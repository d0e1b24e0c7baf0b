import { createHash, randomBytes } from "node:crypto";
import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { DashboardSession, Prisma } from "../../db/generated/client.js";

/** A sign-in link works once, for this long. */
export const LINK_TTL_MS = 10 * 60_000;
/** A session unused this long ends… */
export const SESSION_IDLE_MS = 30 * 60_000;
/** …and every session ends this long after sign-in, however active. */
export const SESSION_MAX_MS = 12 * 60 * 60_000;

/** 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Only hashes of secrets are stored: a copy of the database signs no one in. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The CSRF token of a session: derived from its secret, so it needs no storage and no one else can make it. */
export function csrfToken(sessionSecret: string): string {
  return createHash("sha256").update(`csrf:${sessionSecret}`).digest("base64url");
}

/** A secret looks like one we made (43 URL-safe characters); anything else is refused unread. */
export function isSecretShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** Stores a one-time link for the caller and this community; returns its secret. */
export async function createLink(ctx: GroupContext): Promise<string> {
  const secret = newSecret();
  const now = ctx.clock.now();
  await ctx.db.$transaction([
    // Links of the past are no use to anyone: they go when a new one is made.
    ctx.db.dashboardLink.deleteMany({ where: { expiresAt: { lt: now } } }),
    ctx.db.dashboardLink.create({
      data: {
        tokenHash: hashSecret(secret),
        communityId: ctx.community.id,
        groupId: ctx.group.id,
        platform: ctx.platform,
        platformUserId: ctx.actor.id,
        platformAdmin: ctx.actor.isPlatformAdmin,
        expiresAt: new Date(now.getTime() + LINK_TTL_MS),
      },
    }),
  ]);
  return secret;
}

export interface Holder {
  communityId: number;
  groupId: number;
  platform: DashboardSession["platform"];
  platformUserId: string;
  platformAdmin: boolean;
}

/**
 * Uses up a link in one statement: it is found, unexpired and unused, and marked used, or
 * nothing happens. So two clicks at once sign in at most once.
 */
export async function redeemLink(services: Services, secret: string): Promise<Holder | null> {
  const now = services.clock.now();
  const [row] = await services.db.$queryRawUnsafe<Holder[]>(
    `UPDATE "DashboardLink" SET "usedAt" = $2
     WHERE "tokenHash" = $1 AND "usedAt" IS NULL AND "expiresAt" > $2
     RETURNING "communityId", "groupId", "platform"::text AS "platform", "platformUserId", "platformAdmin"`,
    hashSecret(secret),
    now,
  );
  return row ?? null;
}

/** The group the holder's link was asked for in, or null when it is gone. */
export function holderGroup(services: Services, holder: Holder) {
  return services.db.group.findUnique({ where: { id: holder.groupId } });
}

/** Starts a session for the holder of a used link; returns the cookie's secret. */
export async function startSession(services: Services, holder: Holder): Promise<string> {
  const secret = newSecret();
  const now = services.clock.now();
  await services.db.dashboardSession.create({
    data: {
      tokenHash: hashSecret(secret),
      ...holder,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_MS),
    },
  });
  return secret;
}

/** The live session behind a cookie, its idle clock restarted; null when ended or expired. */
export async function touchSession(services: Services, secret: string): Promise<Holder | null> {
  const now = services.clock.now();
  const [row] = await services.db.$queryRawUnsafe<Holder[]>(
    `UPDATE "DashboardSession" SET "lastSeenAt" = $2
     WHERE "tokenHash" = $1 AND "expiresAt" > $2 AND "lastSeenAt" > $3
     RETURNING "communityId", "groupId", "platform"::text AS "platform", "platformUserId", "platformAdmin"`,
    hashSecret(secret),
    now,
    new Date(now.getTime() - SESSION_IDLE_MS),
  );
  return row ?? null;
}

export async function endSession(services: Services, secret: string): Promise<void> {
  await services.db.dashboardSession.deleteMany({ where: { tokenHash: hashSecret(secret) } });
}

/** Ends every session and unused link of one moderator, on every community. */
export async function endEverySession(
  services: Services,
  who: Pick<Holder, "platform" | "platformUserId">,
): Promise<number> {
  const [sessions] = await services.db.$transaction([
    services.db.dashboardSession.deleteMany({ where: who }),
    services.db.dashboardLink.deleteMany({ where: who }),
  ]);
  return sessions.count;
}

/** Ended sessions are kept no longer than they could be used. */
export async function purgeSessions(services: Services): Promise<number> {
  const now = services.clock.now();
  const [sessions, links] = await services.db.$transaction([
    services.db.dashboardSession.deleteMany({
      where: {
        OR: [{ expiresAt: { lt: now } }, { lastSeenAt: { lt: new Date(now.getTime() - SESSION_IDLE_MS) } }],
      },
    }),
    services.db.dashboardLink.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return sessions.count + links.count;
}

/** A person's dashboard sessions, for /mydata (never their secrets, which are not stored). */
export async function exportSessions(services: Services, person: Person) {
  const sessions = await services.db.dashboardSession.findMany({
    where: { platform: person.platform, platformUserId: person.userId },
    include: { community: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const links = await services.db.dashboardLink.findMany({
    where: { platform: person.platform, platformUserId: person.userId },
    orderBy: { expiresAt: "asc" },
  });
  return {
    dashboardSessions: sessions.map((s) => ({
      community: s.community.name,
      signedIn: s.createdAt.toISOString(),
      lastSeen: s.lastSeenAt.toISOString(),
      ends: s.expiresAt.toISOString(),
    })),
    dashboardLinks: links.map((l) => ({
      expires: l.expiresAt.toISOString(),
      used: l.usedAt?.toISOString() ?? null,
    })),
  };
}

export async function eraseSessions(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  const who = { platform: person.platform, platformUserId: person.userId };
  await tx.dashboardSession.deleteMany({ where: who });
  await tx.dashboardLink.deleteMany({ where: who });
}
