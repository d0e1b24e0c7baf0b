import type { Block } from "../../core/ports.js";

/** What an unnumbered list item starts with, unless a platform's markup wants its own. */
export const BULLET = "•";

/** The marker of item `index` of a list: `3.` counting from the list's start, else the bullet. */
export function listMarker(list: Extract<Block, { kind: "list" }>, index: number, bullet = BULLET): string {
  return list.numbered ? `${(list.start ?? 1) + index}.` : bullet;
}
