import { describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../adapters/telegram/bot.js";
import { ConfigError } from "../../../core/config/env.js";
import { createPeerbridge } from "../../../core/create-peerbridge.js";
import { until } from "../../helpers/until.js";
import { button, groupId, handled, user, useTelegram, WEBHOOK_SECRET } from "./telegram-setup.js";

const t = useTelegram("webhook");

async function post(headers: Record<string, string>, body: unknown): Promise<number> {
  const response = await fetch(String(t.webhookUrl), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

describe("Telegram webhook mode", () => {
  it("sets the webhook with its secret and the update types it needs, and never long-polls", () => {
    const set = t.fake.callsTo("setWebhook")[0];
    expect(set?.payload.url).toBe(t.webhookUrl);
    expect(set?.payload.secret_token).toBe(WEBHOOK_SECRET);
    expect(set?.payload.allowed_updates).toContain("chat_member");
    expect(t.fake.callsTo("getUpdates")).toEqual([]);
    expect(t.adapter.connected()).toBe(true);
  });

  it("handles commands, joins and buttons delivered to the webhook", async () => {
    const mod = user("Wendy");
    const chat = t.fake.group({ id: groupId(), title: "Hooked", admins: [mod] });
    // A moderator's answers are personal: they go to the private chat Wendy opened.
    await handled(t, () => t.fake.message(t.fake.privateChat(mod), mod, "/start"));
    const added = await handled(t, () => t.fake.message(chat, mod, "/mod_rules_add Be kind"));
    expect(added.find((m) => m.chatId === mod.id)?.text).toContain("Rule 1 added");
    expect(added.filter((m) => m.chatId === chat.id)).toEqual([]);
    const vic = user("Vic");
    const [welcome] = await handled(t, () => t.fake.join(chat, vic));
    expect(welcome?.text).toContain("Welcome, Vic!");
    if (!welcome) throw new Error("no welcome");
    const id = t.fake.press(vic, welcome, String(button(welcome, "I accept the rules").callback_data));
    const answer = await until("callback answered", () =>
      t.fake.callsTo("answerCallbackQuery").find((c) => c.payload.callback_query_id === id),
    );
    expect(String(answer.payload.text)).toContain("Thank you for accepting");
    expect(t.fake.webhookDeliveries.every((d) => d.status === 200)).toBe(true);
  });

  it("answers 401 to a wrong or missing secret and processes nothing", async () => {
    const mod = user("Xena");
    const chat = t.fake.group({ id: groupId(), title: "Guarded", admins: [mod] });
    const forged = {
      update_id: 999_999,
      message: {
        message_id: 1,
        date: 0,
        chat,
        from: mod,
        text: "/mod_rules_add Forged rule",
        entities: [{ type: "bot_command", offset: 0, length: 14 }],
      },
    };
    const callsBefore = t.fake.calls.length;
    expect(await post({ "x-telegram-bot-api-secret-token": "wrong" }, forged)).toBe(401);
    expect(await post({}, forged)).toBe(401);
    expect(await post({ "x-telegram-bot-api-secret-token": `${WEBHOOK_SECRET}x` }, forged)).toBe(401);
    expect(t.fake.calls.length).toBe(callsBefore);
    const stored = await t.db.prisma.group.count({ where: { platformGroupId: String(chat.id) } });
    expect(stored).toBe(0);
    // Unreadable JSON with the right secret is refused too, and the bot keeps working.
    const garbled = await fetch(String(t.webhookUrl), {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
      body: "{not json",
    });
    expect(garbled.status).toBe(400);
    const rules = await handled(t, () => t.fake.message(chat, mod, "/rules"));
    expect(rules[0]?.text).toContain("This group has no rules yet.");
  });

  it("a webhook URL without a secret is a configuration error; without a token there is no bot", () => {
    // An engine of its own: creating a bot attaches its port, which must not replace the running one.
    const deps = { engine: createPeerbridge({ db: t.db.prisma }), log: t.engine.services.log };
    expect(() =>
      createTelegramBot(
        { TELEGRAM_BOT_TOKEN: t.fake.token, TELEGRAM_WEBHOOK_URL: "https://x.example/tg" },
        deps,
      ),
    ).toThrow(ConfigError);
    expect(createTelegramBot({}, deps)).toBeNull();
    const bot = createTelegramBot(
      {
        TELEGRAM_BOT_TOKEN: t.fake.token,
        TELEGRAM_API_ROOT: t.fake.apiRoot,
        TELEGRAM_WEBHOOK_URL: "https://bot.example.org/hooks/telegram?x=1",
        TELEGRAM_WEBHOOK_SECRET: "abc",
      },
      deps,
    );
    expect(bot?.routes.map((r) => [r.method, r.path])).toEqual([["POST", "/hooks/telegram"]]);
    expect(bot?.connected()).toBe(false);
  });
});
