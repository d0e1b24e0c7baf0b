import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the adapter knew when it handed an event to the engine, for port calls the engine makes
 * while handling it: member references captured from the message (text mentions, the replied-to
 * author) and the group its buttons act on.
 */
export interface DispatchScope {
  /** Typed reference → Telegram user id. */
  references: Map<string, string>;
  groupId?: string;
}

const storage = new AsyncLocalStorage<DispatchScope>();

export function inScope<T>(scope: DispatchScope, work: () => Promise<T>): Promise<T> {
  return storage.run(scope, work);
}

export function currentScope(): DispatchScope | undefined {
  return storage.getStore();
}
