// The fair peer of issue 19: the `/rules` bot a competent developer would write by hand with
// grammY and node-postgres, answering from peerbridge's own tables with the same reply, byte for
// byte (bench/telegram-throughput.ts checks that before it times anything). One SQL statement,
// prepared once per connection under a name; HTML escaped once; the same inline button; long
// polling through the same runner with the same per-chat sequencing.
import { run, sequentialize } from "@grammyjs/runner";
import { Bot, GrammyError } from "grammy";
import type pg from "pg";
import { type RulesRow, rulesStatement, standingOf } from "./rules-query.js";

const RULES = rulesStatement("telegram");

const START_FIRST =
  "There is an answer for you in a private chat with me. Telegram lets me write to you only once you have started that chat: tap the button below, then <b>Start</b>.";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

export function startTelegramPeer(options: { token: string; apiRoot: string; pool: pg.Pool }) {
  const bot = new Bot(options.token, { client: { apiRoot: options.apiRoot } });
  const unreachable = new Set<string>();
  bot.use(sequentialize((ctx) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  bot.command("rules", async (ctx) => {
    const userId = String(ctx.from?.id ?? "");
    const { rows } = await options.pool.query<RulesRow>({ ...RULES, values: [String(ctx.chat.id), userId] });
    const row = rows[0];
    const rules = row?.rules ?? [];
    const replyTo = {
      reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
    };
    if (!row || rules.length === 0) {
      await ctx.reply("This group has no rules yet.", {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...replyTo,
      });
      return;
    }
    const version = row.version ?? 0;
    const title = row.name
      ? `<b>Rules of ${escapeHtml(row.name)}</b> (version ${version})`
      : `<b>Rules</b> (version ${version})`;
    const list = rules.map((rule, i) => `${i + 1}. ${escapeHtml(rule)}`).join("\n");
    const html = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };
    await ctx.reply(`${title}\n\n${list}`, { ...html, ...replyTo });
    // Where the caller stands is told to them privately; when Telegram will not let the bot write
    // to them first (remembered, so it is not tried again), the group gets a prompt to open it.
    const { accepted, text: standing } = standingOf(row, version);
    // A button in the private chat names the group it acts on.
    const button = (group: string) =>
      accepted
        ? {}
        : {
            reply_markup: {
              inline_keyboard: [
                [{ text: "I accept the rules", callback_data: `b|${group}|rules.accept@${userId}` }],
              ],
            },
          };
    if (!unreachable.has(userId)) {
      try {
        await ctx.api.sendMessage(userId, standing, { ...html, ...button(String(ctx.chat.id)) });
        return;
      } catch (error) {
        if (!(error instanceof GrammyError && error.error_code === 403)) throw error;
        unreachable.add(userId);
      }
    }
    // Never the standing itself in the group: a neutral prompt to open the private chat.
    await ctx.reply(START_FIRST, {
      ...html,
      reply_markup: {
        inline_keyboard: [
          [
            {
              text: "Open a private chat",
              url: `https://t.me/${ctx.me.username}?start=rules-${ctx.chat.id}`,
            },
          ],
        ],
      },
      ...replyTo,
    });
  });
  const runner = run(bot, { runner: { silent: true, fetch: { timeout: 1 } } });
  return { stop: () => runner.stop() };
}
