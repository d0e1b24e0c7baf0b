import { Composer, type Context } from "grammy";
import { listenedNames } from "./commands.js";
import { describeTelegramError } from "./errors.js";
import { createInbound, type InboundDeps } from "./inbound.js";
import { handleButton, handleCommand } from "./interactions.js";
import { memberHandlers } from "./members.js";
import { userSchema } from "./payloads.js";

/** The bot's middleware: Telegram updates in, engine events out, replies rendered back. */
export function telegramHandlers(deps: InboundDeps): Composer<Context> {
  const inbound = createInbound(deps);
  const members = memberHandlers(inbound);
  const composer = new Composer<Context>();

  const safely =
    (what: string, handle: (ctx: Context) => Promise<void>) =>
    async (ctx: Context): Promise<void> => {
      try {
        await handle(ctx);
      } catch (error) {
        // One failing update must never stop the others (nor make Telegram resend a webhook).
        deps.log.error({ update: what, error: describeTelegramError(error) }, "telegram: update failed");
      }
    };

  // Remember who was seen, so a typed @username can be resolved (the Bot API cannot look one up).
  composer.use(async (ctx, next) => {
    const user = userSchema.safeParse(ctx.from);
    if (user.success) deps.people.see(user.data);
    await next();
  });

  const command = (ctx: Context) => handleCommand(inbound, ctx);
  composer.command(["start", ...listenedNames(deps.engine.registry)], safely("command", command));
  // In a private chat any other command is the bot's: the core answers that it does not know it.
  composer.chatType("private").on(
    "message:entities:bot_command",
    safely("command", async (ctx) => {
      if (ctx.message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) await command(ctx);
    }),
  );
  composer.on("chat_member", safely("chat_member", members.chatMember));
  composer.on("my_chat_member", safely("my_chat_member", members.myChatMember));
  composer.on("message", safely("message", members.serviceMessage));
  composer.on(
    "callback_query:data",
    safely("callback_query", (ctx) => handleButton(inbound, ctx)),
  );
  return composer;
}
