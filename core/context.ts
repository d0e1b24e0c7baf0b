import type { Clock } from "./clock.js";
import type { Feature } from "./commands/define.js";
import type { Db } from "./db/database.js";
import type { Community, Group, Member, Prisma, RuleSet, Screening } from "./db/generated/client.js";
import type { Logger } from "./log.js";
import type { EngineObserver } from "./observer.js";
import type { Actor, Place, Platform, PlatformPort } from "./ports.js";
import type { Translate } from "./text/i18n.js";

export interface Services {
  db: Db;
  clock: Clock;
  log: Logger;
  /** English, for what no reader is known for; every context replaces it with its reader's. */
  t: Translate;
  /** The adapters attached to the engine, by platform. */
  ports: Map<Platform, PlatformPort>;
  /** Where this process serves the web dashboard (no trailing slash); absent when it serves none. */
  dashboardUrl?: string;
  /** Every feature, in list order: for what spans them all (help, /mydata, `mod config`). */
  features: readonly Feature[];
  observer: EngineObserver;
}

/** What every handler sees. `t` speaks the caller's language (see core/text/reader.ts). */
export interface Context extends Services {
  actor: Actor;
  place: Place;
  platform: Platform;
  /** How to type a command on the caller's platform, e.g. `/rules` or `/peer rules`. */
  cmd(path: string): string;
  messageRef?: string;
}

/** A group with what every event in it may need of its community: rulebook and screening. */
export type GroupState = Group & {
  community: Community & { ruleSet: RuleSet | null; screening: Screening | null };
};

/** What handlers of commands used in a group see. */
export interface GroupContext extends Context {
  group: GroupState;
  community: GroupState["community"];
  /** The community's language, for what the whole group reads (posts to a channel, alerts). */
  tCommunity: Translate;
  /** The caller's row in this group, when they have one. */
  member: Member | null;
  /** The caller's row, created (pending) on first need. */
  ensureMember(): Promise<Member>;
  isModerator(): Promise<boolean>;
  /**
   * Appends to the community's audit log (inside `tx` when the change it records is in one).
   * `detail` holds ids and setting names, never personal text.
   */
  audit(action: string, detail?: string, tx?: Prisma.TransactionClient): Promise<void>;
}
