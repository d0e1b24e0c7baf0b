import { beforeAll, describe, expect, it } from "vitest";
import type { TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { until } from "../../helpers/until.js";
import { button, groupId, handled, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

let chat: TelegramChat;
let mod: TelegramUser;

const HOSTILE_NAME = `<a href="tg://user?id=1">Mallory</a> &amp; <b>@everyone</b>`;

async function stillAlive(): Promise<void> {
  const replies = await handled(t, () => t.fake.message(chat, mod, "/rules"));
  expect(replies[0]?.text).toContain("1. Be kind");
}

beforeAll(async () => {
  mod = user("Moe");
  chat = t.fake.group({ id: groupId(), title: "<b>Bold</b> & <i>co</i>", admins: [mod] });
  await handled(t, () => t.fake.message(chat, mod, "/mod_rules_add Be kind"));
  await handled(t, () => t.fake.message(chat, mod, "/mod_tags_create Caregiver"));
});

describe("Telegram: malformed and hostile updates", () => {
  it("ignores a command without `from`, from a channel identity, or from a bot", async () => {
    const before = t.fake.sent.length;
    await handled(t, () => t.fake.message(chat, undefined, "/rules"));
    await handled(t, () =>
      t.fake.message(chat, undefined, "/rules", { sender_chat: { id: -1009, type: "channel" } }),
    );
    await handled(t, () => t.fake.message(chat, user("Botty", { is_bot: true }), "/rules"));
    expect(t.fake.sent.length).toBe(before);
    await stillAlive();
  });

  it("survives huge text, broken entities and nonsense payloads", async () => {
    const before = t.fake.sent.length;
    await handled(t, () => t.fake.message(chat, mod, `/mod_rules_add ${"A".repeat(100_000)}`));
    await handled(t, () =>
      t.fake.message(chat, mod, "/rules", {
        entities: [{ type: "text_mention", offset: 500, length: 9, user: mod }],
      }),
    );
    await handled(t, () => t.fake.message(chat, mod, "/rules", { entities: "not a list" }));
    await handled(t, () => t.fake.push({ message: { message_id: "x", chat: "nope", text: 42 } }));
    await handled(t, () =>
      t.fake.push({ chat_member: { chat, from: mod, new_chat_member: { status: "member" } } }),
    );
    await handled(t, () => t.fake.push({ my_chat_member: { chat: null } }));
    t.fake.pushRaw(null);
    t.fake.pushRaw(42);
    t.fake.pushRaw({ no_update_id: true });
    t.fake.pushRaw({ update_id: "seven", message: {} });
    t.fake.pushRaw({ future_update_kind: { anything: [1, 2, 3] } }, true);
    // Only the /rules with a broken entity list may be answered; the huge rule is refused by size.
    await stillAlive();
    const answered = t.fake.sent.slice(before);
    expect(answered.every((m) => !m.text.includes("AAAAAAAAAA"))).toBe(true);
  });

  it("presses with forged, stale, foreign or oversized data are answered and change nothing", async () => {
    const eve = user("Eve");
    const [welcome] = await handled(t, () => t.fake.join(chat, eve));
    if (!welcome) throw new Error("no welcome");
    const accept = String(button(welcome, "I accept the rules").callback_data);
    const datas = [
      "",
      "x",
      "b|",
      "b|abc|rules.accept",
      "t||tags.pick@1",
      "k|unknown-key",
      "s||tags.pick|1",
      "b||no.such.action",
    ];
    for (const data of datas) {
      const id = t.fake.press(eve, welcome, data || "?");
      const answer = await until(`answer to ${JSON.stringify(data)}`, () =>
        t.fake.callsTo("answerCallbackQuery").find((c) => c.payload.callback_query_id === id),
      );
      expect(String(answer.payload.text ?? "")).not.toContain("went wrong");
    }
    // Someone else's accept button, and a button press whose message is gone.
    const other = user("Oscar");
    const id = t.fake.press(other, welcome, accept);
    const refused = await until("refusal", () =>
      t.fake.callsTo("answerCallbackQuery").find((c) => c.payload.callback_query_id === id),
    );
    expect(refused.payload.text).toBe("These buttons are for someone else.");
    await handled(t, () =>
      t.fake.push({ callback_query: { id: "orphan", from: eve, chat_instance: "1", data: accept } }),
    );
    const member = await t.db.prisma.member.findFirst({ where: { platformUserId: String(eve.id) } });
    expect(member?.acceptedRulesVersion).toBeNull();
    await stillAlive();
  });

  it("names and titles full of markup are shown as text, never as markup or mentions", async () => {
    const mallory = user(HOSTILE_NAME, { last_name: "</b><script>" });
    const [welcome] = await handled(t, () => t.fake.join(chat, mallory));
    // Shown as typed, with @ kept from becoming a mention by an invisible word joiner.
    expect(welcome?.text).toContain(`Welcome, ${HOSTILE_NAME.replace("@", "@\u2060")} </b><script>!`);
    const rules = await handled(t, () => t.fake.message(chat, mallory, "/rules"));
    expect(rules[0]?.text).toContain("Rules of <b>Bold</b> & <i>co</i>");
    await handled(t, () => t.fake.message(chat, mod, `/mod_rules_add Use <code>&lt;</code> & "quotes" </i>`));
    const after = await handled(t, () => t.fake.message(chat, mod, "/rules"));
    expect(after[0]?.text).toContain(`2. Use <code>&lt;</code> & "quotes" </i>`);
  });

  it("never sent unparseable HTML, a notifying mention, or personal data to the logs", () => {
    const refused = t.fake.calls.filter(
      (c) =>
        !c.response.ok &&
        /parse entities|too long|BUTTON_DATA_INVALID|BUTTON_URL_INVALID/.test(String(c.response.description)),
    );
    expect(refused).toEqual([]);
    for (const message of t.fake.sent) {
      expect(message.entities.filter((e) => e.type === "text_mention")).toEqual([]);
      for (const b of message.keyboard.flat()) {
        if (typeof b.callback_data === "string")
          expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
      }
    }
    const logs = t.logs.join("");
    expect(logs).not.toContain(t.fake.token);
    expect(logs).not.toContain(String(mod.id));
    expect(logs).not.toContain("Be kind");
    expect(logs).not.toContain("Mallory");
    expect(t.adapter.connected()).toBe(true);
  });
});
