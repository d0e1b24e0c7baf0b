// Answers to interactions: the Responder the core's delivery policy (core/delivery.ts) uses on
// Discord. An interaction can always answer ephemerally, so a private or personal view goes that
// way, else by direct message; the core never lets it fall back to the channel.
import { type InteractionReplyOptions, MessageFlags, type RepliableInteraction } from "discord.js";
import type { Responder } from "../../core/delivery.js";
import type { Engine } from "../../core/engine.js";
import { describeError } from "../../core/failures.js";
import type { Logger } from "../../core/log.js";
import type { InboundEvent, PlatformPort, View } from "../../core/ports.js";
import { type DiscordMessage, type RenderTarget, renderView } from "./views.js";

export interface AnswerDeps {
  engine: Pick<Engine, "respond">;
  port: Pick<PlatformPort, "sendDirect">;
  log: Logger;
  /** When the engine has not answered by then, the interaction is deferred (well inside Discord's 3 s). */
  deferAfterMs: number;
}

function withFlags(message: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message;
}

/**
 * Answers one interaction through the core's delivery policy: directly when the engine answers in
 * time, else after an ephemeral deferral (then a private view edits the placeholder and public ones
 * are follow-ups, so a private answer can never come out public).
 */
export async function answer(interaction: RepliableInteraction, event: InboundEvent, deps: AnswerDeps) {
  // In a direct message the buttons carry the server they are about (Discord sends no guild there).
  const target: RenderTarget =
    !interaction.inGuild() && event.place.groupId ? { groupId: event.place.groupId } : {};
  let deferral: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    deferral = interaction
      .deferReply({ flags: MessageFlags.Ephemeral })
      .catch((error: unknown) => deps.log.warn({ error: describeError(error) }, "discord defer failed"));
  }, deps.deferAfterMs);
  let answered = false;
  let placeholderUsed = false;

  async function send(message: DiscordMessage, ephemeral: boolean) {
    clearTimeout(timer);
    if (deferral) {
      await deferral;
      if (ephemeral && !placeholderUsed) {
        placeholderUsed = true;
        await interaction.editReply(message);
      } else await interaction.followUp(withFlags(message, ephemeral));
    } else if (!answered) await interaction.reply(withFlags(message, ephemeral));
    else await interaction.followUp(withFlags(message, ephemeral));
    answered = true;
  }

  const responder: Responder = {
    // A server channel is read by others; a direct message with the bot is not.
    shared: interaction.inGuild(),
    async reply(view: View) {
      for (const message of renderView(view, target)) await send(message, false);
    },
    async ephemeral(view: View) {
      try {
        for (const message of renderView(view, target)) await send(message, true);
        return true;
      } catch (error) {
        // The interaction expired or was answered elsewhere: the core tries a direct message.
        deps.log.warn({ error: describeError(error) }, "discord ephemeral answer failed");
        return false;
      }
    },
    direct: (view: View) =>
      deps.port.sendDirect(
        interaction.user.id,
        view,
        event.place.groupId ? { groupId: event.place.groupId } : undefined,
      ),
  };

  try {
    await deps.engine.respond(event, responder);
  } finally {
    clearTimeout(timer);
    await close();
  }

  /** Closes an interaction nothing answered (Discord shows an error otherwise) or a spare placeholder. */
  async function close() {
    if (deferral) {
      await deferral;
      if (!placeholderUsed) await interaction.deleteReply();
      return;
    }
    if (answered) return;
    // Nothing to say: acknowledge a press silently; a command still needs an answer to close.
    if (interaction.isMessageComponent()) await interaction.deferUpdate();
    else {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.deleteReply();
    }
  }
}
