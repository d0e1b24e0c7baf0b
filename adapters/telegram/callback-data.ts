import { randomBytes } from "node:crypto";

// Telegram: callback_data is 1-64 bytes.
export const CALLBACK_DATA_LIMIT = 64;
// Buttons whose data does not fit are remembered here; a bounded table, lost on restart.
const OVERFLOW_KEPT = 2000;

/**
 * What an inline button sends back when pressed:
 * - `b` a button: the core's action id;
 * - `t` a toggle of a multi-choice: the action id and the value flipped;
 * - `s` an option of a single choice: the action id and the value chosen.
 * `groupId` is set when the message is not in the group it acts on (a private chat).
 */
export interface Pressed {
  kind: "b" | "t" | "s";
  groupId?: string;
  action: string;
  value?: string;
}

/**
 * Wire form: `<kind>|<groupId or empty>|<action>` plus `|<value>` for choices, e.g.
 * `b||rules.accept@123` or `t|-1001234567890|tags.pick@123|7`. The value comes last (split at the
 * last `|`) so an action id may itself hold `|`. Data past 64 bytes becomes `k|<key>`, a key into
 * an in-memory table: such a button goes stale when the process restarts, and the core then
 * answers "this button no longer applies".
 */
export interface CallbackCodec {
  encode(pressed: Pressed): string;
  decode(data: string): Pressed | undefined;
}

export function createCallbackCodec(): CallbackCodec {
  const overflow = new Map<string, Pressed>();
  return {
    encode(pressed) {
      const value = pressed.kind === "b" ? [] : [pressed.value ?? ""];
      const data = [pressed.kind, pressed.groupId ?? "", pressed.action, ...value].join("|");
      if (Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_LIMIT) return data;
      const key = randomBytes(12).toString("base64url");
      overflow.set(key, pressed);
      if (overflow.size > OVERFLOW_KEPT) overflow.delete(overflow.keys().next().value ?? "");
      return `k|${key}`;
    },
    decode(data) {
      const first = data.indexOf("|");
      const second = data.indexOf("|", first + 1);
      const kind = data.slice(0, first);
      if (kind === "k") return overflow.get(data.slice(first + 1));
      if (first < 0 || second < 0 || (kind !== "b" && kind !== "t" && kind !== "s")) return undefined;
      const groupId = data.slice(first + 1, second);
      if (groupId !== "" && !/^-?\d{1,20}$/.test(groupId)) return undefined;
      const body = data.slice(second + 1);
      const group = groupId ? { groupId } : {};
      if (kind === "b") return { kind, ...group, action: body };
      const last = body.lastIndexOf("|");
      if (last < 0) return undefined;
      return { kind, ...group, action: body.slice(0, last), value: body.slice(last + 1) };
    },
  };
}
