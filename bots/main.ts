// Starts peerbridge. With no platform credentials it runs the console bot on the embedded database.
import { existsSync } from "node:fs";
import { ConfigError } from "../core/config/env.js";
import { startConsole } from "./console.js";

// A .env file beside the project is read like the host's own environment (which wins).
if (existsSync(".env")) process.loadEnvFile(".env");

try {
  await startConsole();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
