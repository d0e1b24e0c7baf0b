import { describe, expect, it } from "vitest";
import type { TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { until } from "../../helpers/until.js";
import { button, groupId, nextMessage, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

/** Sends a command and waits for the bot's reply in that chat. */
async function say(chat: TelegramChat, from: TelegramUser, text: string) {
  const before = t.fake.sentTo(chat.id).length;
  t.fake.message(chat, from, text);
  return nextMessage(t.fake, chat.id, before, `reply to ${text}`);
}

function answerTo(callbackId: string) {
  return until(`answer to callback ${callbackId}`, () =>
    t.fake.callsTo("answerCallbackQuery").find((c) => c.payload.callback_query_id === callbackId),
  );
}

async function setUpGroup(options: { gate: boolean; botCanRestrict?: boolean; privateWelcome?: boolean }) {
  const mod = user("Mona", { username: "mona_mod" });
  const chat = t.fake.group({
    id: groupId(),
    title: "Carers <Lyon> & co",
    admins: [mod],
    botCanRestrict: options.botCanRestrict ?? true,
  });
  await say(chat, mod, "/mod_rules_add Be kind");
  await say(chat, mod, "/mod rules add No medical advice");
  await say(chat, mod, "/mod_tags_create Caregiver");
  await say(chat, mod, "/mod_tags_create Epilepsy type:condition");
  if (options.gate) await say(chat, mod, "/mod_gate_on");
  if (options.privateWelcome) await say(chat, mod, "/mod_welcome_mode private");
  return { chat, mod };
}

describe("Telegram onboarding", () => {
  it("sets the command menus at start: members', private chats', and moderators' for admins only", async () => {
    const groups = t.fake.commands.get("all_group_chats") ?? [];
    const admins = t.fake.commands.get("all_chat_administrators") ?? [];
    const privates = t.fake.commands.get("all_private_chats") ?? [];
    const names = (list: typeof groups) => list.map((c) => String(c.command));
    expect(names(groups)).toContain("rules");
    expect(names(groups)).toContain("iam");
    expect(names(groups).some((n) => n.startsWith("mod_"))).toBe(false);
    expect(names(admins)).toContain("mod_rules_add");
    expect(names(admins)).toContain("rules");
    expect(names(privates)).toContain("start");
    // One menu per language, with the same (English) names and descriptions in that language.
    const spanish = t.fake.commands.get("all_group_chats:es") ?? [];
    const french = t.fake.commands.get("all_private_chats:fr") ?? [];
    expect(names(spanish)).toEqual(names(groups));
    expect(spanish.find((c) => c.command === "rules")?.description).toBe(
      "Leer las normas del grupo y si las has aceptado",
    );
    expect(french.find((c) => c.command === "start")?.description).toBe("Ce que fait ce bot");
    expect(names(privates)).toContain("help");
    for (const name of [...names(groups), ...names(admins), ...names(privates)]) {
      expect(name).toMatch(/^[a-z0-9_]{1,32}$/);
    }
    // The bot asked for chat_member updates, without which Telegram never reports joins.
    const poll = await until("long polling", () => t.fake.callsTo("getUpdates")[0]);
    expect(poll.payload.allowed_updates).toContain("chat_member");
  });

  it("a member joins → restricted → welcome with buttons → accepts → unrestricted", async () => {
    const { chat } = await setUpGroup({ gate: true });
    const before = t.fake.sentTo(chat.id).length;
    const eve = user("Eve <b>bold</b> & <i>co</i>");
    t.fake.join(chat, eve);
    await until(
      "the newcomer held back",
      () => t.fake.permissionsOf(chat.id, eve.id)?.can_send_messages === false,
    );
    const welcome = await nextMessage(t.fake, chat.id, before, "welcome");
    expect(welcome.text).toContain("Welcome, Eve <b>bold</b> & <i>co</i>!");
    expect(welcome.text).toContain("1. Be kind");
    expect(welcome.entities.every((e) => e.type !== "text_mention")).toBe(true);
    expect(welcome.html).not.toContain("<b>bold</b>");
    const accept = button(welcome, "I accept the rules");
    // The condition tag is offered too, with no marks: who picked what is not shown in a group.
    expect(welcome.keyboard.flat().map((b) => b.text)).toEqual(
      expect.arrayContaining(["Caregiver", "Epilepsy"]),
    );

    // Someone else cannot press the newcomer's buttons.
    const other = user("Olga");
    const refused = t.fake.press(other, welcome, String(accept.callback_data));
    expect((await answerTo(refused)).payload.text).toBe("These buttons are for someone else.");

    const pressed = t.fake.press(eve, welcome, String(accept.callback_data));
    expect(String((await answerTo(pressed)).payload.text)).toContain("Thank you for accepting the rules");
    await until(
      "the newcomer let in",
      () => t.fake.permissionsOf(chat.id, eve.id)?.can_send_messages === true,
    );
  });

  it("tags toggle from the welcome's buttons; the answer goes to the presser alone", async () => {
    const { chat } = await setUpGroup({ gate: false });
    const before = t.fake.sentTo(chat.id).length;
    const ann = user("Ann");
    t.fake.join(chat, ann);
    const welcome = await nextMessage(t.fake, chat.id, before, "welcome");
    const caregiver = String(button(welcome, "Caregiver").callback_data);
    expect(Buffer.byteLength(caregiver)).toBeLessThanOrEqual(64);

    const sentBefore = t.fake.sent.length;
    const on = t.fake.press(ann, welcome, caregiver);
    expect((await answerTo(on)).payload.text).toBe("Saved. Your tags: Caregiver");
    const epilepsy = t.fake.press(ann, welcome, String(button(welcome, "Epilepsy").callback_data));
    expect((await answerTo(epilepsy)).payload.text).toBe("Saved. Your tags: Caregiver, Epilepsy");
    const off = t.fake.press(ann, welcome, caregiver);
    expect((await answerTo(off)).payload.text).toBe("Saved. Your tags: Epilepsy");
    // Nothing about her tags was posted in the group.
    expect(t.fake.sent.slice(sentBefore).filter((m) => m.chatId === chat.id)).toEqual([]);

    // In a private chat the picker shows her picks, and toggling updates the keyboard in place.
    t.fake.message(t.fake.privateChat(ann), ann, "/start");
    await until("start answered", () =>
      t.fake.sentTo(ann.id).find((m) => m.text.includes("Commands you can use")),
    );
    const sent = t.fake.sentTo(ann.id).length;
    t.fake.message(chat, ann, "/tags");
    const picker = await nextMessage(t.fake, ann.id, sent, "the tag picker, privately");
    expect(picker.keyboard.flat().map((b) => b.text)).toEqual(["☐ Caregiver", "☑ Epilepsy"]);
    const toggled = t.fake.press(ann, picker, String(button(picker, "☐ Caregiver").callback_data));
    await answerTo(toggled);
    await until("keyboard updated", () =>
      JSON.stringify(t.fake.currentMessage(picker).reply_markup).includes("☑ Caregiver"),
    );
  });

  it("with the gate on and no right to restrict, moderators are told once; the welcome still comes", async () => {
    const { chat } = await setUpGroup({ gate: true, botCanRestrict: false });
    const before = t.fake.sentTo(chat.id).length;
    t.fake.join(chat, user("Bea"));
    t.fake.join(chat, user("Cyd"));
    await until("two welcomes", () =>
      t.fake
        .sentTo(chat.id)
        .slice(before)
        .filter((m) => m.text.startsWith("Welcome")).length === 2
        ? true
        : undefined,
    );
    const notices = t.fake.sentTo(chat.id).filter((m) => m.text.includes("I can't restrict members here"));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toContain("Moderators:");
  });

  it("a private welcome the bot cannot send yet opens with a deep link; accepting there lets them in", async () => {
    const { chat } = await setUpGroup({ gate: true, privateWelcome: true });
    const before = t.fake.sentTo(chat.id).length;
    const dan = user("Dan");
    t.fake.join(chat, dan);
    const prompt = await nextMessage(t.fake, chat.id, before, "the prompt to open a private chat");
    // The prompt in the group names no one: not even who joined.
    expect(prompt.text).toContain("Welcome!");
    expect(prompt.text).not.toContain("Dan");
    const link = String(button(prompt, "Read the welcome privately").url);
    expect(link).toBe(`https://t.me/${t.fake.botUser.username}?start=welcome-${chat.id}`);
    await until("held back", () => t.fake.permissionsOf(chat.id, dan.id)?.can_send_messages === false);

    const payload = new URL(link).searchParams.get("start");
    t.fake.message(t.fake.privateChat(dan), dan, `/start ${payload}`);
    const welcome = await nextMessage(t.fake, dan.id, 0, "the welcome, privately");
    expect(welcome.text).toContain("1. Be kind");
    const accept = String(button(welcome, "I accept the rules").callback_data);
    expect(accept).toContain(String(chat.id));
    const pressed = t.fake.press(dan, welcome, accept);
    expect(String((await answerTo(pressed)).payload.text)).toContain("Thank you for accepting");
    await until("let in", () => t.fake.permissionsOf(chat.id, dan.id)?.can_send_messages === true);
  });

  it("a deep link to a group the user is not in opens nothing", async () => {
    const { chat } = await setUpGroup({ gate: false });
    const stranger = user("Stranger");
    t.fake.message(t.fake.privateChat(stranger), stranger, `/start rules-${chat.id}`);
    const reply = await nextMessage(t.fake, stranger.id, 0, "refusal");
    expect(reply.text).toBe("You are not a member of that group, so I can't open this for it.");
  });

  it("welcomes a member once when both a chat_member update and a service message arrive", async () => {
    const { chat } = await setUpGroup({ gate: false });
    const before = t.fake.sentTo(chat.id).length;
    const fay = user("Fay");
    t.fake.join(chat, fay);
    t.fake.message(chat, fay, "", { text: undefined, new_chat_members: [fay] });
    const gus = user("Gus");
    // Without admin rights only the service message arrives: still welcomed.
    t.fake.message(chat, gus, "", { text: undefined, new_chat_members: [gus] });
    await until("Gus welcomed", () => t.fake.sentTo(chat.id).find((m) => m.text.startsWith("Welcome, Gus")));
    expect(
      t.fake
        .sentTo(chat.id)
        .slice(before)
        .filter((m) => m.text.startsWith("Welcome, Fay")),
    ).toHaveLength(1);
  });
});
