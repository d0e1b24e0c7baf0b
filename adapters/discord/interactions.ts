import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import type { Engine } from "../../core/engine.js";
import { describeError } from "../../core/failures.js";
import type { Logger } from "../../core/log.js";
import type { InboundEvent, PlatformPort } from "../../core/ports.js";
import { translator } from "../../core/text/i18n.js";
import { pickLanguage } from "../../core/text/languages.js";
import { note } from "../../core/views.js";
import { truncate } from "../shared/text.js";
import { hasManyChoices, type Projection } from "./commands.js";
import {
  actorOfInteraction,
  buttonEvent,
  commandEvent,
  menuEvent,
  modalEvent,
  NOT_A_MEMBER,
  placeOfInteraction,
  routeOf,
  selectEvent,
  userMenuEvent,
} from "./inbound.js";
import { modalFor } from "./modals.js";
import { answer } from "./replies.js";
import { renderView } from "./views.js";

// Discord: an interaction must be answered (or deferred) within 3 seconds, else it fails for the user.
export const DISCORD_ANSWER_DEADLINE_MS = 3000;
// Discord: autocomplete offers at most 25 choices, each name and value ≤ 100 characters.
const AUTOCOMPLETE_MAX = 25;
const CHOICE_TEXT_MAX = 100;

export interface InteractionDeps {
  engine: Pick<Engine, "respond" | "suggest" | "reader">;
  /** Private answers an interaction could not carry go by direct message. */
  port: Pick<PlatformPort, "sendDirect">;
  projection: Projection;
  log: Logger;
  /** When the engine has not answered by then, the interaction is deferred (well inside Discord's 3 s). */
  deferAfterMs: number;
}

async function eventOf(
  interaction: Interaction,
  projection: Projection,
): Promise<InboundEvent | typeof NOT_A_MEMBER | undefined> {
  if (interaction.isChatInputCommand()) return commandEvent(interaction, projection);
  if (interaction.isMessageContextMenuCommand()) return menuEvent(interaction, projection);
  if (interaction.isUserContextMenuCommand()) return userMenuEvent(interaction, projection);
  if (interaction.isButton()) return buttonEvent(interaction);
  if (interaction.isStringSelectMenu()) return selectEvent(interaction);
  return undefined;
}

/** Handles one interaction end to end; never throws (a failure is logged, the user sees Discord's own). */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      await autocomplete(interaction, deps);
      return;
    }
    if (interaction.isMessageContextMenuCommand() && (await askInModal(interaction, deps))) return;
    if (interaction.isChatInputCommand() && (await askFormInModal(interaction, deps))) return;
    const event = interaction.isModalSubmit()
      ? modalEvent(interaction, deps.projection)
      : await eventOf(interaction, deps.projection);
    if (!event || !interaction.isRepliable()) {
      deps.log.debug({ type: interaction.type }, "discord interaction ignored (malformed or unknown)");
      return;
    }
    if (event === NOT_A_MEMBER) await refuseStranger(interaction);
    else await answer(interaction, event, deps);
  } catch (error) {
    deps.log.warn({ error: describeError(error) }, "discord interaction failed");
  }
}

/** A button of a direct message pressed by someone who is not in its server: told so, only them. */
async function refuseStranger(interaction: RepliableInteraction): Promise<void> {
  const t = translator({ language: pickLanguage(interaction.locale) });
  const [message] = renderView(note(t("discord.notMember")));
  if (message) await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const route = routeOf(interaction, deps.projection);
  const focused = interaction.options.getFocused(true);
  const param = route?.params.get(focused.name);
  const place = placeOfInteraction(interaction);
  const actor = actorOfInteraction(interaction);
  const typed = String(focused.value).slice(0, CHOICE_TEXT_MAX);
  let choices: { name: string; value: string }[] = [];
  if (route && param && place && actor) {
    if (param.choices && hasManyChoices(param)) {
      const needle = typed.toLowerCase();
      choices = param.choices
        .filter((c) => c.toLowerCase().includes(needle))
        .map((c) => ({ name: c, value: c }));
    } else {
      // Autocomplete cannot be deferred: past the deadline the member gets no suggestions, not an error.
      const timeout = new Promise<[]>((resolve) => setTimeout(() => resolve([]), deps.deferAfterMs).unref());
      const suggestions = await Promise.race([
        deps.engine.suggest({ place, actor, path: route.command.path, param: param.name, typed }),
        timeout,
      ]);
      choices = suggestions.map((s) => ({
        name: truncate(s.label, CHOICE_TEXT_MAX),
        value: s.value.slice(0, CHOICE_TEXT_MAX),
      }));
    }
  }
  await interaction.respond(choices.slice(0, AUTOCOMPLETE_MAX));
}

/** A context-menu command with text parameters asks for them in a modal first (Discord's first answer). */
async function askInModal(interaction: MessageContextMenuCommandInteraction, deps: InteractionDeps) {
  const path = deps.projection.menu(interaction.commandName);
  const command = path ? deps.projection.command(path) : undefined;
  const place = placeOfInteraction(interaction);
  const actor = actorOfInteraction(interaction);
  if (!command || !place || !actor) return false;
  const modal = modalFor(command, interaction, await deps.engine.reader({ place, actor }));
  if (!modal) return false;
  await interaction.showModal(modal);
  return true;
}

/** A form command (`/ask`) opens its modal; its text never sits in the slash bar. */
async function askFormInModal(interaction: ChatInputCommandInteraction, deps: InteractionDeps) {
  const command = routeOf(interaction, deps.projection)?.command;
  const place = placeOfInteraction(interaction);
  const actor = actorOfInteraction(interaction);
  if (!command?.form || !place || !actor) return false;
  const modal = modalFor(command, interaction, await deps.engine.reader({ place, actor }));
  if (!modal) return false;
  await interaction.showModal(modal);
  return true;
}
