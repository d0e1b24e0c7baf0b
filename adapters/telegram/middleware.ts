import { Composer, type Context } from "grammy";
import { listenedNames } from "./commands.js";
import { describeTelegramError } from "./errors.js";
import { createInbound, type InboundDeps } from "./inbound.js";
import { handleButton, handleCommand, handleReply } from "./interactions.js";
import { memberHandlers } from "./members.js";
import { userSchema } from "./payloads.js";

/** The kind of update (`message`, `callback_query`…), for logs: never its content. */
function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((key) => key !== "update_id") ?? "unknown";
}

/** The bot's middleware: Telegram updates in, engine events out, replies rendered back. */
export function telegramHandlers(deps: InboundDeps): Composer<Context> {
  const inbound = createInbound(deps);
  const members = memberHandlers(inbound);
  const composer = new Composer<Context>();
  // One failing update must never stop the others (nor make Telegram resend a webhook).
  const handlers = composer.errorBoundary((error) => {
    deps.log.error(
      { update: updateKind(error.ctx), error: describeTelegramError(error.error) },
      "telegram: update failed",
    );
  });

  // Remember who was seen, so a typed @username can be resolved (the Bot API cannot look one up).
  handlers.use(async (ctx, next) => {
    const user = userSchema.safeParse(ctx.from);
    if (user.success) deps.people.see(user.data);
    await next();
  });

  const command = (ctx: Context) => handleCommand(inbound, ctx);
  handlers.command(["start", ...listenedNames(deps.engine.registry)], command);
  // In a private chat any other command is the bot's: the core answers that it does not know it.
  handlers.chatType("private").on("message:entities:bot_command", async (ctx) => {
    if (ctx.message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) await command(ctx);
  });
  handlers.on("chat_member", members.chatMember);
  handlers.on("my_chat_member", members.myChatMember);
  handlers.on("chat_join_request", members.joinRequest);
  // A reply to one of the bot's posts (bots see these even with privacy mode on).
  handlers.on("message:text", async (ctx, next) => {
    if (!(await handleReply(inbound, ctx, ctx.me.id))) await next();
  });
  handlers.on("message", members.serviceMessage);
  handlers.on("callback_query:data", (ctx) => handleButton(inbound, ctx));
  return composer;
}
