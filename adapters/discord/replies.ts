// Answers to interactions: the engine's views as a reply, follow-ups or an edited deferral, each
// ephemeral when the view is private.
import { type InteractionReplyOptions, MessageFlags, type RepliableInteraction } from "discord.js";
import { describeError } from "../../core/failures.js";
import type { InboundEvent } from "../../core/ports.js";
import type { InteractionDeps } from "./interactions.js";
import { type DiscordMessage, renderView } from "./views.js";

function withFlags(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message;
}

/**
 * Replies with the engine's views: directly when the engine answers in time, else after an ephemeral
 * deferral (then private views edit the placeholder and public ones are posted as follow-ups, so a
 * private answer can never come out public).
 */
export async function answer(
  interaction: RepliableInteraction,
  event: InboundEvent,
  deps: Pick<InteractionDeps, "engine" | "log" | "deferAfterMs">,
) {
  let deferral: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    deferral = interaction
      .deferReply({ flags: MessageFlags.Ephemeral })
      .catch((error: unknown) => deps.log.warn({ error: describeError(error) }, "discord defer failed"));
  }, deps.deferAfterMs);
  const views = await deps.engine.dispatch(event);
  clearTimeout(timer);
  const messages = views.flatMap((view) =>
    renderView(view).map((message) => ({ message, private: !!view.private })),
  );

  if (deferral) {
    await deferral;
    let placeholderUsed = false;
    for (const { message, private: ephemeral } of messages) {
      if (ephemeral && !placeholderUsed) {
        await interaction.editReply(message);
        placeholderUsed = true;
      } else {
        await interaction.followUp(withFlags(message, ephemeral));
      }
    }
    if (!placeholderUsed) await interaction.deleteReply();
    return;
  }
  const [first, ...rest] = messages;
  if (!first) {
    // Nothing to say: acknowledge a press silently; a command still needs an answer to close.
    if (interaction.isMessageComponent()) await interaction.deferUpdate();
    else {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.deleteReply();
    }
    return;
  }
  await interaction.reply(withFlags(first.message, first.private));
  for (const { message, private: ephemeral } of rest)
    await interaction.followUp(withFlags(message, ephemeral));
}
