import { beforeAll, describe, expect, it } from "vitest";
import type { SentMessage, TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { button, groupId, handled, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

let group: TelegramChat;
let mod: TelegramUser;
let mod2: TelegramUser;
let asker: TelegramUser;
let helper: TelegramUser;

const say = (chat: TelegramChat, from: TelegramUser, text: string, extra = {}) =>
  handled(t, () => t.fake.message(chat, from, text, extra));
const dm = (from: TelegramUser, text: string, extra = {}) => say(t.fake.privateChat(from), from, text, extra);
const pressed = (from: TelegramUser, message: SentMessage | undefined, label: string) => {
  if (!message) throw new Error("no message");
  return handled(t, () => {
    t.fake.press(from, message, String(button(message, label).callback_data));
    // The press is an update of its own; a message right after it proves it was handled.
    return t.fake.message(t.fake.privateChat(from), from, "/help");
  });
};

beforeAll(async () => {
  mod = user("Maud");
  mod2 = user("Moe");
  asker = user("Ana", { username: "ana_asks" });
  helper = user("Ben");
  group = t.fake.group({ id: groupId(), title: "Support group", admins: [mod, mod2], is_forum: true });
  for (const member of [asker, helper, mod, mod2]) await dm(member, "/start");
  for (const member of [asker, helper]) await handled(t, () => t.fake.join(group, member));
  // The moderators' topic: reviews and heads-ups go there, never to the group's general chat.
  await say(group, mod, "/mod_channel_set here", MOD_TOPIC);
});

const MOD_TOPIC = { message_thread_id: 7, is_topic_message: true };

describe("Telegram: anonymous questions", () => {
  it("asked privately, approved, posted under a pseudonym, replies relayed both ways, revealed by two moderators", async () => {
    const asked = await dm(asker, "/ask Does anyone else get tired after infusions?");
    expect(asked.filter((m) => m.chatId === asker.id)[0]?.text).toContain("goes to the moderators first");
    const review = asked.find((m) => m.chatId === group.id);
    expect(review?.threadId).toBe(7);
    expect(review?.text).toContain("infusions");
    expect(review?.text).not.toContain("Ana");
    // The queue is a moderator's personal view: asked in the group, it goes to their private chat.
    const queue = await say(group, mod, "/mod_ask_queue");
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.every((m) => m.chatId === mod.id)).toBe(true);
    const id = Number(/question (\d+)/i.exec(review?.text ?? "")?.[1]);

    const approved = await pressed(mod, review, `Approve ${id}`);
    const post = approved.find((m) => m.chatId === group.id);
    expect(post?.threadId).toBeUndefined();
    expect(post?.text).toContain(`Anonymous member · question ${id}`);
    expect(post?.text).toContain("Does anyone else get tired after infusions?");
    expect(post?.text).not.toContain("Ana");
    expect(approved.some((m) => m.chatId === asker.id && m.text.includes("is posted"))).toBe(true);

    // Ben replies to the post in the group: Ana gets it privately.
    const relayed = await say(group, helper, "Yes, I nap after mine.", {
      reply_to_message: { message_id: post?.messageId, date: 0, chat: group, from: t.fake.botUser },
    });
    expect(relayed.map((m) => m.chatId)).toEqual([asker.id]);
    expect(relayed[0]?.text).toContain("Yes, I nap after mine.");
    // A reply to someone else's message is not the bot's business.
    const ignored = await say(group, helper, "unrelated", {
      reply_to_message: { message_id: 1, date: 0, chat: group, from: asker },
    });
    expect(ignored).toEqual([]);

    // Ana answers from her private chat: posted in the group as a reply to the question.
    const answered = await dm(asker, `/followup ${id} Thank you, that helps.`);
    const answer = answered.find((m) => m.chatId === group.id);
    expect(answer?.replyTo).toBe(post?.messageId);
    expect(answer?.text).toContain(`Anonymous member · question ${id}`);
    expect(answer?.text).not.toContain("Ana");

    // Reveal needs two moderators, and both steps are audited.
    const first = await say(group, mod, `/mod_ask_reveal ${id}`);
    expect(first.map((m) => m.chatId)).toEqual([mod.id]);
    expect(first[0]?.text).toContain("Another moderator must agree");
    const second = await say(group, mod2, `/mod_ask_reveal ${id}`);
    expect(second.map((m) => m.chatId)).toEqual([mod2.id]);
    expect(second[0]?.text).toContain(`question ${id} was asked by Ana`);
    const audit = await t.db.prisma.auditEntry.findMany({
      where: { action: { startsWith: "questions.reveal" } },
    });
    expect(audit.map((a) => a.actorId).sort()).toEqual([String(mod.id), String(mod2.id)].sort());

    // /forgetme: nothing links Ana to the question any more; replies reach nobody.
    const [confirm] = await dm(asker, "/forgetme");
    await pressed(asker, confirm, "Forget me");
    expect(await t.db.prisma.anonymousQuestion.count({ where: { id } })).toBe(0);
    const late = await say(group, helper, "still there?", {
      reply_to_message: { message_id: post?.messageId, date: 0, chat: group, from: t.fake.botUser },
    });
    expect(late).toEqual([]);
  });
});

describe("Telegram: worried, crisis follow-up, content warnings", () => {
  it("a worried message through a forwarded message never names the sender", async () => {
    const worried = user("Wes");
    await dm(worried, "/start");
    await handled(t, () => t.fake.join(group, worried));
    await dm(helper, "/start");
    const sent = await dm(helper, "/worried", {
      reply_to_message: {
        message_id: 9,
        date: 0,
        chat: t.fake.privateChat(helper),
        forward_origin: { type: "user", date: 0, sender_user: worried },
      },
    });
    const toWes = sent.filter((m) => m.chatId === worried.id);
    expect(toWes).toHaveLength(1);
    expect(toWes[0]?.text).toContain("who cares about you asked us to check in");
    expect(toWes[0]?.text).not.toContain("Ben");
    expect(sent.find((m) => m.chatId === helper.id)?.text).toContain("Thank you for looking out for them");
    expect(sent.some((m) => m.chatId === group.id)).toBe(false);
  });

  it("a content warning goes behind a spoiler and the original is deleted", async () => {
    const before = t.fake.deleted.length;
    const replies = await say(group, helper, "/cw surgery The scar opened again.");
    const post = replies.find((m) => m.chatId === group.id);
    expect(post?.text).toContain("Content warning: surgery");
    expect(post?.html).toContain("<tg-spoiler>The scar opened again.</tg-spoiler>");
    expect(post?.entities).toContainEqual(expect.objectContaining({ type: "spoiler" }));
    expect(t.fake.deleted.slice(before)).toHaveLength(1);
    expect(await t.db.prisma.auditEntry.count({ where: { detail: { contains: "scar" } } })).toBe(0);
  });

  it("a crisis heads-up is re-sent while unclaimed, then claimed by one moderator", async () => {
    await say(group, mod, "/mod_crisis_alert on", MOD_TOPIC);
    await say(group, mod, "/mod_crisis_remind 5", MOD_TOPIC);
    const raised = await say(group, helper, "/crisis");
    const alert = raised.find((m) => m.text.includes("asked for crisis resources"));
    expect(alert?.chatId).toBe(group.id);
    expect(alert?.threadId).toBe(7);
    expect(alert?.keyboard.flat().map((b) => b.text)).toEqual(["I'll reach out", "Handled"]);
    // Six minutes pass unclaimed (moved back in the database rather than waited for).
    await t.db.prisma.headsUp.updateMany({ data: { createdAt: new Date(Date.now() - 6 * 60_000) } });
    const before = t.fake.sentTo(group.id).length;
    await t.engine.tick();
    const resent = t.fake.sentTo(group.id).slice(before);
    expect(resent.map((m) => m.threadId)).toEqual([7]);
    expect(resent[0]?.text).toContain("nobody has said they will reach out");

    const claimed = await pressed(mod, alert, "I'll reach out");
    expect(claimed.find((m) => m.threadId === 7)?.text).toContain("reaching out is Maud");
    const late = await pressed(mod2, resent[0], "I'll reach out");
    expect(late.map((m) => m.text).join(" ")).not.toContain("reaching out is Moe");
    await t.db.prisma.headsUp.updateMany({ data: { createdAt: new Date(Date.now() - 60 * 60_000) } });
    const quiet = t.fake.sentTo(group.id).length;
    await t.engine.tick();
    expect(t.fake.sentTo(group.id).length).toBe(quiet);
  });
});
