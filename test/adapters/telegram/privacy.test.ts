// Privacy at the Telegram edge: with every private chat closed (nobody started the bot, so the
// fake answers 403 "bot can't initiate conversation with a user"), nothing personal reaches the
// group, and the commands that reveal health data are removed from it.
import { beforeAll, describe, expect, it } from "vitest";
import type { SentMessage, TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { until } from "../../helpers/until.js";
import { groupId, handled, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

const REASON = "Posts her seizure diary without asking";
const WARNING = "Shared someone's diagnosis";
const TAG = "Epilepsy";

let chat: TelegramChat;
let mod: TelegramUser;
let ann: TelegramUser;
let ben: TelegramUser;

const say = (from: TelegramUser, text: string, where: TelegramChat = chat, extra = {}) =>
  handled(t, () => t.fake.message(where, from, text, extra));

const texts = (messages: SentMessage[]) => messages.map((m) => m.text).join("\n---\n");

beforeAll(async () => {
  mod = user("Moira", { username: "moira_mod" });
  ann = user("Annabel");
  ben = user("Benedikt");
  chat = t.fake.group({ id: groupId(), title: "Seizure support", admins: [mod] });
  await handled(t, () => t.fake.join(chat, ann));
  await handled(t, () => t.fake.join(chat, ben));
  await say(mod, "/mod_rules_add Be kind");
  await say(mod, `/mod_tags_create ${TAG} type:condition`);
  await say(mod, "/mod_crisis_alert on");
});

describe("Telegram with every private chat closed", () => {
  it("no moderator list, report, tag name or crisis wording in any group message; health-revealing commands deleted", async () => {
    const groupBefore = t.fake.sentTo(chat.id).length;
    const deletedBefore = t.fake.deleted.length;
    const revealing = [
      [ann, `/iam ${TAG}`],
      [ann, "/mytags"],
      [ann, `/report ${REASON}`],
      [ann, "/crisis"],
      [ben, `/iam ${TAG}`],
      [ben, `/iamnot ${TAG}`],
      [mod, `/mod_warn ${ann.id} ${WARNING}`],
      [mod, `/mod_tags_give ${ben.id} ${TAG}`],
    ] as const;
    const messageIds: number[] = [];
    for (const [from, line] of revealing) messageIds.push(await command(from, line));
    // Moderator answers are personal to the moderator: asked in the group, shown nowhere there.
    for (const line of ["/mod_reports", "/mod_pending", "/mod_audit", `/mod_warnings ${String(ann.id)}`])
      await say(mod, line);

    // Every private chat refused the bot, as Telegram does before someone starts it.
    const refused = t.fake.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) > 0);
    expect(refused.length).toBeGreaterThan(0);
    for (const person of [mod, ann, ben]) expect(t.fake.sentTo(person.id)).toEqual([]);

    const inGroup = t.fake.sentTo(chat.id).slice(groupBefore);
    const shown = texts(inGroup);
    expect(inGroup.length).toBeGreaterThan(0);
    for (const secret of [TAG, REASON, WARNING, "Annabel", "Benedikt", "Moira", "seizure", "crisis"]) {
      expect(shown.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    // What the group sees is only the neutral prompt, whose link names no command.
    for (const message of inGroup) {
      expect(message.text).toContain("There is an answer for you in a private chat");
      const url = String(message.keyboard.flat()[0]?.url);
      expect(url).not.toMatch(/crisis|iam|mytags|report|warn|tags/);
    }
    // The commands that said something personal are gone from the group.
    await until(
      "the revealing commands deleted",
      () => t.fake.deleted.length - deletedBefore >= revealing.length,
    );
    expect(t.fake.deleted.slice(deletedBefore)).toEqual(
      expect.arrayContaining(messageIds.map((id) => `${chat.id}:${id}`)),
    );
  });

  it("/mod channel takes a separate moderators' chat the moderator runs, never the group or a chat they do not", async () => {
    const mods = t.fake.group({ id: groupId(), title: "Seizure support mods", admins: [mod] });
    const elsewhere = t.fake.group({ id: groupId(), title: "Someone else's chat", admins: [ben] });
    await handled(t, () => t.fake.message(t.fake.privateChat(mod), mod, "/start"));
    const answer = async (line: string) => {
      const sent = await say(mod, line);
      expect(sent.filter((m) => m.chatId === chat.id)).toEqual([]);
      return texts(sent);
    };
    expect(await answer(`/mod_channel_set ${elsewhere.id}`)).toContain("I can't tell which channel");
    expect(await answer(`/mod_channel_set ${chat.id}`)).toContain("Members can read that channel");
    // The id with a topic suffix, or spelled another way, is still the group.
    expect(await answer(`/mod_channel_set ${chat.id}:5`)).toContain("Members can read that channel");
    // Telegram's "Copy link" on any message of the moderators' chat names that chat.
    const link = `https://t.me/c/${String(-mods.id).slice(3)}/12`;
    expect(await answer(`/mod_channel_set ${link}`)).toContain(
      "Moderator alerts will be posted in that channel",
    );
    const group = await t.db.prisma.group.findFirst({
      where: { platform: "telegram", platformGroupId: String(chat.id) },
    });
    expect(group?.modChannelId).toBe(String(mods.id));

    const before = t.fake.sentTo(chat.id).length;
    await say(ben, "/report Someone keeps posting my results");
    const alert = await until("the report alert in the moderators' chat", () =>
      t.fake.sentTo(mods.id).find((m) => m.text.includes("Someone keeps posting my results")),
    );
    expect(alert.text).toContain("Benedikt");
    expect(texts(t.fake.sentTo(chat.id).slice(before))).not.toContain("my results");
  });

  it("the prompt after /mod_language is in the language the group now reads", async () => {
    const moderator = user("Mireille");
    const group = t.fake.group({ id: groupId(), title: "Aidants", admins: [moderator] });
    const prompt = async (line: string) => {
      const sent = await say(moderator, line, group);
      return sent.filter((m) => m.chatId === group.id).map((m) => m.text);
    };
    expect(await prompt("/mod_language fr")).toEqual([
      expect.stringContaining("Une réponse vous attend dans une conversation privée"),
    ]);
    expect(await prompt("/mod_language en")).toEqual([
      expect.stringContaining("There is an answer for you in a private chat"),
    ]);
  });
});

/** Types a command in the group; returns its message id, as the bot received it. */
async function command(from: TelegramUser, line: string): Promise<number> {
  let updateId = 0;
  await handled(t, () => {
    updateId = t.fake.message(chat, from, line);
    return updateId;
  });
  for (const call of t.fake.callsTo("getUpdates")) {
    const updates = (call.response.result ?? []) as { update_id: number; message?: { message_id: number } }[];
    const found = updates.find((u) => u.update_id === updateId);
    if (found?.message) return found.message.message_id;
  }
  throw new Error(`update ${updateId} was never delivered`);
}
