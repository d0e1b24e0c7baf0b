import { beforeAll, describe, expect, it } from "vitest";
import type { SentMessage, TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { groupId, handled, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

let chat: TelegramChat;
let mod: TelegramUser;
let member: TelegramUser;
const texts = (sent: SentMessage[]) => sent.map((m) => m.text).join("\n");
const say = (from: TelegramUser, text: string) => handled(t, () => t.fake.message(chat, from, text));

beforeAll(async () => {
  mod = user("Maud");
  member = user("Milo");
  chat = t.fake.group({ id: groupId(), title: "Peers", admins: [mod] });
  await handled(t, () => t.fake.message(t.fake.privateChat(mod), mod, "/start"));
  await handled(t, () => t.fake.message(t.fake.privateChat(member), member, "/start"));
  await handled(t, () => t.fake.join(chat, member));
});

describe("Telegram: mute, kick and ban", () => {
  it("mutes with restrictChatMember until a date, then lifts it; the member hears privately", async () => {
    const before = Math.floor(Date.now() / 1000);
    const muted = await say(mod, `/mod_mute ${member.id} 1h Shouting`);
    expect(texts(muted)).toContain("is muted until");
    expect(t.fake.permissionsOf(chat.id, member.id)?.can_send_messages).toBe(false);
    const until = t.fake.standingOf(chat.id, member.id).until ?? 0;
    expect(until).toBeGreaterThanOrEqual(before + 3600);
    expect(until).toBeLessThanOrEqual(before + 3600 + 120);
    const told = muted.filter((m) => m.chatId === member.id);
    expect(told.map((m) => m.text)).toEqual([
      expect.stringMatching(/^The moderators of Peers muted you until .+ Reason: Shouting$/),
    ]);
    // Answers about a member are personal: none of it in the group.
    expect(muted.some((m) => m.chatId === chat.id)).toBe(false);

    await say(mod, `/mod_unmute ${member.id}`);
    expect(t.fake.permissionsOf(chat.id, member.id)?.can_send_messages).toBe(true);
  });

  it("kicks (ban then unban only_if_banned), bans and unbans with banChatMember / unbanChatMember", async () => {
    await say(mod, `/mod_kick ${member.id} Spam`);
    expect(t.fake.standingOf(chat.id, member.id)).toMatchObject({ banned: false, member: false });
    expect(t.fake.callsTo("unbanChatMember").at(-1)?.payload.only_if_banned).toBe(true);

    await handled(t, () => t.fake.join(chat, member));
    const banned = await say(mod, `/mod_ban ${member.id} Scams`);
    expect(texts(banned)).toContain("was banned from the group");
    expect(t.fake.standingOf(chat.id, member.id)).toMatchObject({ banned: true, member: false });
    const told = banned.find((m) => m.chatId === member.id);
    expect(told?.text).toContain("banned you from the group. Reason: Scams");

    await say(mod, `/mod_unban ${member.id}`);
    expect(t.fake.standingOf(chat.id, member.id).banned).toBe(false);
    const audit = await t.db.prisma.auditEntry.findMany({ where: { action: { startsWith: "members." } } });
    expect(audit.map((a) => a.action)).toEqual([
      "members.mute",
      "members.unmute",
      "members.kick",
      "members.ban",
      "members.unban",
    ]);
  });

  it("refuses clearly when Telegram refuses: another admin, or a bot without the right", async () => {
    const other = user("Ada");
    const admins = t.fake.group({
      id: groupId(),
      title: "Locked",
      admins: [mod, other],
      botCanRestrict: false,
    });
    const inLocked = (from: TelegramUser, text: string) =>
      handled(t, () => t.fake.message(admins, from, text));
    await handled(t, () => t.fake.join(admins, member));
    const noRight = await inLocked(mod, `/mod_ban ${member.id}`);
    expect(texts(noRight)).toContain("I don't have the right to do that here");
    expect(t.fake.standingOf(admins.id, member.id).banned).toBe(false);

    const open = t.fake.group({ id: groupId(), title: "Open", admins: [mod, other] });
    await handled(t, () => t.fake.join(open, other));
    const protectedAdmin = await handled(t, () => t.fake.message(open, mod, `/mod_mute ${other.id} 1h`));
    expect(texts(protectedAdmin)).toContain("is an admin or ranks above me here");
    // Nothing happened, so nothing was told or recorded.
    expect(protectedAdmin.some((m) => m.chatId === other.id)).toBe(false);
  });

  it("a newcomer muted before accepting the rules stays held back when the mute is lifted", async () => {
    const gated = t.fake.group({ id: groupId(), title: "Gated", admins: [mod] });
    const newcomer = user("Nell");
    const inGated = (from: TelegramUser, text: string) => handled(t, () => t.fake.message(gated, from, text));
    await inGated(mod, "/mod_rules_add Be kind");
    await inGated(mod, "/mod_gate_on");
    await handled(t, () => t.fake.join(gated, newcomer));
    expect(t.fake.permissionsOf(gated.id, newcomer.id)?.can_send_messages).toBe(false);

    await inGated(mod, `/mod_mute ${newcomer.id} 1h`);
    const lifted = await inGated(mod, `/mod_unmute ${newcomer.id}`);
    expect(t.fake.permissionsOf(gated.id, newcomer.id)?.can_send_messages).toBe(false);
    expect(texts(lifted)).toContain("is no longer muted, and can write once they accept the rules.");

    await inGated(newcomer, "/agree");
    expect(t.fake.permissionsOf(gated.id, newcomer.id)?.can_send_messages).toBe(true);
  });
});
