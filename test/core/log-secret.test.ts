import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../core/db/database.js";
import { hashId, usePseudonymSecret } from "../../core/log.js";
import { deploymentLogSecret, installLogSecret } from "../../core/log-secret-service.js";
import { createTestDatabase } from "../helpers/test-database.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const stored = () => database.prisma.deploymentSetting.count();

describe("log pseudonyms", () => {
  it("are a 64-bit HMAC-SHA256 keyed with the deployment's secret", () => {
    usePseudonymSecret("a".repeat(64));
    const first = hashId("user-42");
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(hashId("user-42")).toBe(first);
    expect(hashId("user-43")).not.toBe(first);
    expect(first).toBe(createHmac("sha256", "a".repeat(64)).update("user-42").digest("hex").slice(0, 16));
    // Without the secret the pseudonym says nothing: another deployment's differs.
    usePseudonymSecret("b".repeat(64));
    expect(hashId("user-42")).not.toBe(first);
  });

  it("use PEERBRIDGE_LOG_SECRET when it is set, and store nothing", async () => {
    const configured = "c".repeat(40);
    expect(await deploymentLogSecret(database.prisma, configured)).toBe(configured);
    expect(await stored()).toBe(0);
  });

  it("use a secret generated on first start and kept for every later start and process", async () => {
    // Several processes starting at once on one database: each gets the one secret that won.
    const secrets = await Promise.all(
      Array.from({ length: 4 }, () => deploymentLogSecret(database.prisma, undefined)),
    );
    const [secret] = secrets;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(secrets).size).toBe(1);
    expect(await deploymentLogSecret(database.prisma, undefined)).toBe(secret);
    expect(await stored()).toBe(1);

    await installLogSecret(database.prisma, undefined);
    expect(hashId("user-42")).toBe(
      createHmac("sha256", secret ?? "")
        .update("user-42")
        .digest("hex")
        .slice(0, 16),
    );
  });
});
