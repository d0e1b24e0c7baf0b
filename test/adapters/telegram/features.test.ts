import { beforeAll, describe, expect, it } from "vitest";
import type { TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { groupId, handled, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

let forum: TelegramChat;
let mod: TelegramUser;
let member: TelegramUser;
const topic = (id: number) => ({ message_thread_id: id, is_topic_message: true });

const say = (from: TelegramUser, text: string, extra = {}) =>
  handled(t, () => t.fake.message(forum, from, text, extra));

beforeAll(async () => {
  mod = user("Maud");
  member = user("Milo");
  forum = t.fake.group({ id: groupId(), title: "Forum group", admins: [mod], is_forum: true });
  await handled(t, () => t.fake.message(t.fake.privateChat(member), member, "/start"));
  await handled(t, () => t.fake.join(forum, member));
  await say(
    mod,
    '/mod_resources_add https://www.nhs.uk/conditions/epilepsy/ "NHS: Epilepsy <guide>" Plain words',
  );
});

describe("Telegram: resources, digests, reports, privacy", () => {
  it("resources come with link buttons, and their titles are escaped", async () => {
    const [list] = await say(member, "/resources epilepsy");
    expect(list?.text).toContain("NHS: Epilepsy <guide>");
    expect(list?.entities).toContainEqual(
      expect.objectContaining({ type: "text_link", url: "https://www.nhs.uk/conditions/epilepsy" }),
    );
    expect(list?.keyboard.flat()).toContainEqual({
      text: "NHS: Epilepsy <guide>",
      url: "https://www.nhs.uk/conditions/epilepsy",
    });
  });

  it("a digest goes to the configured forum topic", async () => {
    const set = await say(mod, "/mod_digest_set here 09:00 Europe/London", topic(42));
    expect(set[0]?.threadId).toBe(42);
    const posted = await say(mod, "/mod_digest_now", topic(42));
    const digest = posted.find((m) => m.threadId === 42 && m.text.includes("NHS: Epilepsy"));
    expect(digest?.chatId).toBe(forum.id);
  });

  it("welcomes go to the topic chosen with /mod_welcome_channel", async () => {
    await say(mod, "/mod_welcome_channel here", topic(5));
    const joined = await handled(t, () => t.fake.join(forum, user("Tess")));
    const welcome = joined.find((m) => m.text.startsWith("Welcome, Tess"));
    expect(welcome?.threadId).toBe(5);
  });

  it("/report in reply to a message reaches the moderators privately, never a topic, with a link to it", async () => {
    // Every member reads every topic of the group: a topic is refused as the moderators' channel.
    await handled(t, () => t.fake.message(t.fake.privateChat(mod), mod, "/start"));
    const refused = await say(mod, "/mod_channel_set here", topic(7));
    expect(refused.map((m) => m.text).join("\n")).toContain("Members can read that channel");
    const offender = user("Otto");
    const replies = await say(member, "/report spam", {
      reply_to_message: { message_id: 321, date: 0, chat: forum, from: offender, text: "buy now" },
    });
    expect(replies.filter((m) => m.chatId === forum.id && m.text.includes("spam"))).toEqual([]);
    const alert = replies.find((m) => m.chatId === mod.id);
    expect(alert?.text).toContain(`https://t.me/c/${String(forum.id).slice(4)}/321`);
    expect(alert?.text).not.toContain("buy now");
    expect(alert?.keyboard.flat().length).toBeGreaterThan(0);
  });

  it("/mydata sends a JSON document privately; /forgetme asks to confirm there and then erases", async () => {
    const data = await say(member, "/mydata");
    expect(data.every((m) => m.chatId === member.id)).toBe(true);
    const document = data.find((m) => m.document);
    expect(document?.document?.name).toBe("peerbridge-my-data.json");
    expect(JSON.parse(String(document?.document?.content))).toBeTypeOf("object");

    const [confirm] = await say(member, "/forgetme");
    expect(confirm?.chatId).toBe(member.id);
    const erase = confirm?.keyboard.flat()[0];
    if (!confirm || !erase?.callback_data) throw new Error("no confirmation button");
    t.fake.press(member, confirm, String(erase.callback_data));
    // Updates are handled in order: once a later one is, the press was too.
    await handled(t, () => t.fake.message(t.fake.privateChat(member), member, "/help"));
    const left = await t.db.prisma.member.count({ where: { platformUserId: String(member.id) } });
    expect(left).toBe(0);
  });
});
