// Generates the Prisma client offline. The CLI insists on a schema-engine binary it would
// download; `generate` never runs it, so any existing file satisfies the check
// (see docs/architecture.md, "Storage"). Never set this variable for migrate commands.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const stub = join(tmpdir(), "peerbridge-schema-engine-stub");
writeFileSync(stub, "#!/bin/sh\nexit 1\n", { mode: 0o755 });
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
