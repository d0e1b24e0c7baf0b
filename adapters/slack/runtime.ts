import type { webApi } from "@slack/bolt";
import type { Engine } from "../../core/engine.js";
import type { Logger } from "../../core/log.js";
import type { PlatformPort } from "../../core/ports.js";
import type { Directory } from "./directory.js";

/** What the Slack listeners share. */
export interface SlackRuntime {
  engine: Engine;
  client: webApi.WebClient;
  port: PlatformPort;
  directory: Directory;
  log: Logger;
  /**
   * The community's main channel, when it is one channel of a larger workspace: joining it (not the
   * workspace) is what welcomes a member.
   */
  mainChannel?: string;
}
