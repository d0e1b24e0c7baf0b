import type { RichText } from "./ports.js";

/**
 * A refusal the user should read: bad input, a missing permission, a limit. Nothing was changed.
 * Thrown by services, turned into a private reply by the engine.
 */
export class UserError extends Error {
  constructor(readonly text: RichText) {
    super("user error");
  }
}
