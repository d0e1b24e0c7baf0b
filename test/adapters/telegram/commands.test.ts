import { beforeAll, describe, expect, it } from "vitest";
import { commandName } from "../../../adapters/telegram/commands.js";
import type { CommandDef } from "../../../core/commands/define.js";
import type { Param } from "../../../core/commands/params.js";
import type { SentMessage, TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { until } from "../../helpers/until.js";
import { groupId, handled, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

const INTERNAL = "something went wrong on our side";
const UNKNOWN = "I don't know the command";
const REFUSED = "Only moderators can use";

/** A value of the right kind for a parameter: enough for the command to run, from the registry alone. */
function valueFor(param: Param, memberId: number): string {
  switch (param.kind) {
    case "word":
      return "Caregiver";
    case "text":
      return '"Some text for the command"';
    case "integer":
      return "1";
    case "member":
      return String(memberId);
    case "channel":
      return "here";
    case "role":
      return "42";
    case "choice":
      return param.choices?.[0] ?? "x";
    case "flag":
      return "yes";
  }
}

/** Alternates the two schemes: `/mod_rules_add …` and `/mod rules add …`. */
function typed(command: CommandDef, memberId: number, i: number): string {
  const args = command.params.filter((p) => p.required).map((p) => valueFor(p, memberId));
  const head = i % 2 === 0 ? `/${commandName(command.path)}` : `/${command.path}`;
  return [head, ...args].join(" ");
}

function texts(messages: SentMessage[]): string {
  return messages.map((m) => m.text).join("\n---\n");
}

let chat: TelegramChat;
let mod: TelegramUser;
let member: TelegramUser;
let stranger: TelegramUser;

const say = (from: TelegramUser, text: string, extra = {}, where: TelegramChat = chat) =>
  handled(t, () => t.fake.message(where, from, text, extra));

beforeAll(async () => {
  mod = user("Mo", { username: "mo_admin" });
  member = user("Mia", { username: "mia_member" });
  stranger = user("Sam");
  chat = t.fake.group({ id: groupId(), title: "Peer group", admins: [mod] });
  // Mia has a private chat with the bot; Sam never started it.
  await handled(t, () => t.fake.message(t.fake.privateChat(member), member, "/start"));
  await handled(t, () => t.fake.join(chat, member));
  await handled(t, () => t.fake.join(chat, stranger));
  await say(mod, "/mod_rules_add Be kind");
  await say(mod, "/mod_tags_create Caregiver");
});

describe("Telegram commands", () => {
  it("every member command works, typed either way, answered in the group or privately", async () => {
    const commands = t.engine.registry.all.filter((c) => c.audience === "member");
    expect(commands.length).toBeGreaterThan(3);
    for (const [i, command] of commands.entries()) {
      const line = typed(command, member.id, i);
      const replies = await say(member, line);
      expect(replies.length, line).toBeGreaterThan(0);
      expect(
        replies.every((m) => m.chatId === chat.id || m.chatId === member.id),
        line,
      ).toBe(true);
      for (const text of [INTERNAL, UNKNOWN, REFUSED]) expect(texts(replies), line).not.toContain(text);
    }
  });

  it("every moderator command is refused to a member and accepted from an admin", async () => {
    // A group of its own: these commands change settings (rules, tags, channels) other tests rely on.
    const modChat = t.fake.group({ id: groupId(), title: "Settings playground", admins: [mod] });
    // Rex started the bot, so his refusals reach him privately; none reaches the group.
    const rex = user("Rex");
    await handled(t, () => t.fake.message(t.fake.privateChat(rex), rex, "/start"));
    await handled(t, () => t.fake.join(modChat, member));
    await handled(t, () => t.fake.join(modChat, rex));
    await say(mod, "/mod_rules_add Be kind", {}, modChat);
    await say(mod, "/mod_tags_create Caregiver", {}, modChat);
    const commands = t.engine.registry.all.filter((c) => c.audience === "moderator");
    for (const [i, command] of commands.entries()) {
      const line = typed(command, member.id, i);
      const refused = await say(rex, line, {}, modChat);
      expect(refused.filter((m) => m.chatId === modChat.id)).toEqual([]);
      expect(texts(refused), line).toContain(`${REFUSED} /${commandName(command.path)}`);
      const accepted = await say(mod, line, {}, modChat);
      expect(accepted.length, line).toBeGreaterThan(0);
      for (const text of [INTERNAL, UNKNOWN, REFUSED]) expect(texts(accepted), line).not.toContain(text);
    }
  });

  it("private answers go to the member's private chat when Telegram allows it, else to the group", async () => {
    const mine = await say(member, "/mytags");
    expect(mine.map((m) => m.chatId)).toEqual([member.id]);
    const theirs = await say(stranger, "/mytags");
    expect(theirs.map((m) => m.chatId)).toEqual([chat.id]);
    expect(theirs[0]?.replyTo).toBeDefined();
  });

  it("commands that work in private are answered only there, with a link for who never started the bot", async () => {
    const anywhere = t.engine.registry.all.filter((c) => c.scope === "anywhere" && c.audience === "member");
    expect(anywhere.map((c) => c.path)).toEqual(
      expect.arrayContaining(["help", "crisis", "mydata", "forgetme"]),
    );
    for (const command of anywhere) {
      const name = commandName(command.path);
      const newcomer = user("Nina");
      await handled(t, () => t.fake.join(chat, newcomer));
      const replies = await say(newcomer, `/${name}`);
      // Whatever the command answers privately never lands in the group: only the prompt does.
      const prompt = replies.find((m) => m.keyboard.length > 0);
      expect(
        replies.every((m) => m.chatId === chat.id && m === prompt),
        name,
      ).toBe(true);
      const url = String(prompt?.keyboard.flat()[0]?.url);
      // The link names the command by its place in the registry (or opens the help, for one with
      // arguments), never by its name (/crisis, /mydata).
      expect(url).toMatch(
        new RegExp(`^https://t\\.me/${t.fake.botUser.username}\\?start=(c\\d+|help)-${chat.id}$`),
      );
      expect(url).not.toContain(name);
      expect(prompt?.text).not.toContain("Nina");
      const opened = await handled(t, () =>
        t.fake.message(
          t.fake.privateChat(newcomer),
          newcomer,
          `/start ${new URL(url).searchParams.get("start")}`,
        ),
      );
      expect(opened.length, name).toBeGreaterThan(0);
      expect(opened.every((m) => m.chatId === newcomer.id)).toBe(true);
      expect(texts(opened)).not.toContain(INTERNAL);
    }
  });

  it("/start in private explains the bot; unknown commands there are answered, in groups ignored", async () => {
    const fresh = user("Fresh");
    const start = await handled(t, () => t.fake.message(t.fake.privateChat(fresh), fresh, "/start"));
    expect(texts(start)).toContain("I'm peerbridge");
    expect(texts(start)).toContain("/help");
    const unknown = await handled(t, () => t.fake.message(t.fake.privateChat(fresh), fresh, "/frobnicate"));
    expect(texts(unknown)).toContain("I don't know the command /frobnicate");
    expect(await say(member, "/frobnicate")).toEqual([]);
    expect(await say(member, "/ban@rose_bot")).toEqual([]);
    // A group-only command in private gets a kind refusal.
    const groupOnly = await handled(t, () => t.fake.message(t.fake.privateChat(fresh), fresh, "/rules"));
    expect(texts(groupOnly)).toContain("Use this command in your group");
  });

  it("/cmd@thisbot works and /cmd@otherbot is ignored", async () => {
    const mine = await say(member, `/rules@${t.fake.botUser.username}`);
    expect(texts(mine)).toContain("1. Be kind");
    expect(await say(member, "/rules@some_other_bot")).toEqual([]);
  });

  it("members are named by @username, text mention, reply or id", async () => {
    const noUsername = user("Ned Flanders");
    await handled(t, () => t.fake.join(chat, noUsername));
    // A warning is personal: it is answered to the moderator privately, never in the group.
    const warnedUnstarted = await say(mod, "/mod_warn Off topic", {
      reply_to_message: { message_id: 2, date: 0, chat, from: noUsername, text: "hello" },
    });
    expect(texts(warnedUnstarted)).not.toContain("Ned Flanders");
    expect(texts(warnedUnstarted)).toContain("There is an answer for you in a private chat");
    await handled(t, () => t.fake.message(t.fake.privateChat(mod), mod, "/start"));
    const byUsername = await say(mod, "/mod_tags_give @mia_member Caregiver");
    // Named, not mentioned: a word joiner after the @ keeps Telegram from notifying them.
    expect(texts(byUsername)).toContain("Caregiver given to @\u2060mia_member");
    const text = "/mod_tags_give Ned Flanders Caregiver";
    const offset = text.indexOf("Ned");
    const byMention = await say(mod, text, {
      entities: [{ type: "text_mention", offset, length: "Ned Flanders".length, user: noUsername }],
    });
    expect(texts(byMention)).toContain("Caregiver given to Ned Flanders");
    const byReply = await say(mod, "/mod_tags_take Caregiver", {
      reply_to_message: { message_id: 1, date: 0, chat, from: noUsername, text: "hello" },
    });
    expect(texts(byReply)).toContain("Caregiver taken from Ned Flanders");
    const warned = await say(mod, "/mod_warn Off topic", {
      reply_to_message: { message_id: 2, date: 0, chat, from: noUsername, text: "hello" },
    });
    expect(warned.every((m) => m.chatId !== chat.id)).toBe(true);
    expect(texts(warned)).toContain("Ned Flanders");
    const warning = await t.db.prisma.warning.findFirst({ orderBy: { id: "desc" } });
    expect(warning?.reason).toBe("Off topic");
    const byId = await say(mod, `/mod_tags_take ${member.id} Caregiver`);
    expect(texts(byId)).toContain(`Caregiver taken from ${member.id}`);
    const unknown = await say(mod, "/mod_tags_give @nobody_here Caregiver");
    expect(texts(unknown)).toContain("I don't know @\u2060nobody_here in this group yet");
  });

  it("in a forum topic, replies stay in the topic and `here` means the topic", async () => {
    // An admin who has not started the bot yet.
    const topicMod = user("Tia", { username: "tia_admin" });
    const forum = t.fake.group({ id: groupId(), title: "Forum", admins: [topicMod], is_forum: true });
    const inTopic = { message_thread_id: 77, is_topic_message: true };
    const replies = await say(topicMod, "/mod_welcome_channel here", inTopic, forum);
    // Her answer is personal, so the topic gets only the neutral prompt, in the topic.
    expect(replies[0]?.threadId).toBe(77);
    expect(texts(replies)).toContain("There is an answer for you in a private chat");
    await handled(t, () => t.fake.message(t.fake.privateChat(topicMod), topicMod, "/start"));
    const group = await t.db.prisma.group.findFirst({
      where: { platform: "telegram", platformGroupId: String(forum.id) },
    });
    expect(group?.welcomeChannelId).toBe(`${forum.id}:77`);
    const link = await say(
      topicMod,
      `/mod_welcome_channel https://t.me/c/${String(-forum.id).slice(3)}/9`,
      {},
      forum,
    );
    expect(texts(link)).toContain("Welcomes will be posted in that channel");
    const elsewhere = await say(topicMod, `/mod_welcome_channel ${chat.id}`, {}, forum);
    expect(texts(elsewhere)).toContain("I can't tell which channel");
    // A topic of the group is read by every member: it is never the moderators' channel.
    const modTopic = await say(topicMod, "/mod_channel_set here", inTopic, forum);
    expect(texts(modTopic)).toContain("Members can read that channel");
    expect(modTopic.filter((m) => m.chatId === forum.id)).toEqual([]);
  });

  it("long answers are split below Telegram's limit and every user string is escaped", async () => {
    const room = t.fake.group({ id: groupId(), title: "Long rules", admins: [mod] });
    const rule = `<script>alert(1)</script> & ${"x".repeat(440)}`;
    for (let n = 0; n < 12; n++) await say(mod, `/mod_rules_add ${n} ${rule}`, {}, room);
    const rules = await say(member, "/rules", {}, room);
    expect(rules.length).toBeGreaterThan(1);
    for (const message of rules) expect(message.text.length).toBeLessThanOrEqual(4096);
    expect(texts(rules)).toContain("<script>alert(1)</script> & x");
    expect(rules.map((m) => m.html).join("")).not.toContain("<script>");
  });

  it("a basic group upgraded to a supergroup keeps its data", async () => {
    const basic = t.fake.group({ id: -4000123, title: "Small group", type: "group", admins: [mod] });
    await say(mod, "/mod_rules_add Old rule kept", {}, basic);
    const upgraded = t.fake.group({ id: groupId(), title: "Small group", admins: [mod] });
    await handled(t, () =>
      t.fake.message(basic, mod, "", { text: undefined, migrate_to_chat_id: upgraded.id }),
    );
    await handled(t, () =>
      t.fake.message(upgraded, mod, "", { text: undefined, migrate_from_chat_id: basic.id }),
    );
    const rules = await say(member, "/rules", {}, upgraded);
    expect(texts(rules)).toContain("1. Old rule kept");
  });

  it("a 429 with retry_after is waited out and the reply then delivered", async () => {
    t.fake.failNext("sendMessage", {
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    const before = t.fake.callsTo("sendMessage").length;
    const retried = t.retries;
    const replies = await say(member, "/rules");
    expect(t.retries - retried).toBe(1);
    expect(texts(replies)).toContain("1. Be kind");
    const attempts = t.fake.callsTo("sendMessage").slice(before);
    expect(attempts[0]?.response.error_code).toBe(429);
    expect(attempts[1]?.response.ok).toBe(true);
  });

  it("an admin's rights are looked up once, then cached", async () => {
    const calls = () =>
      t.fake.callsTo("getChatAdministrators").filter((c) => Number(c.payload.chat_id) === chat.id);
    const before = calls().length;
    await say(mod, "/mod_pending");
    await say(mod, "/mod_pending");
    expect(calls().length - before).toBeLessThanOrEqual(1);
    await until("still polling", () => t.adapter.connected());
  });
});
