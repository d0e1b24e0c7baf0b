import { defineAction, defineCommand, type Feature } from "../../commands/define.js";
import type { GroupContext } from "../../context.js";
import { trustedDefaults } from "../../data/directory.js";
import { UserError } from "../../errors.js";
import type { BotRight, ChoiceInput, RichText, View } from "../../ports.js";
import { isLanguage } from "../../text/languages.js";
import { list, paragraph, personalView, view } from "../../views.js";
import { setCommunityLanguage } from "../language/language-feature.js";
import { setNewcomerReview } from "../newcomers/newcomer-review-service.js";
import { setGate } from "../onboarding/onboarding-feature.js";
import { welcomeView } from "../onboarding/welcome-view.js";
import { setTrustedDefaults } from "../resources/resources-service.js";
import { setCountry } from "../safety/safety-feature.js";
import { claimArrival, loadState, markDecided } from "./setup-service.js";
import {
  COUNTRY,
  checklistBlocks,
  GO,
  HOME,
  isStep,
  LANGUAGE,
  nextStep,
  PREVIEW,
  SETUP_APPROVALS,
  SKIP,
  type Step,
  stepBlocks,
  stepName,
  TAKE,
} from "./setup-steps.js";
import { takeStarterRules, takeStarterTags, takeStarterWelcome } from "./starter.js";

// `mod setup` is about the moderator's own progress: a personal view, never posted in the group.

async function checklist(ctx: GroupContext): Promise<View> {
  return personalView(...checklistBlocks(ctx, await loadState(ctx)));
}

async function stepView(ctx: GroupContext, step: Step, said?: View): Promise<View> {
  return personalView(...(said?.blocks ?? []), ...stepBlocks(ctx, await loadState(ctx), step));
}

/** After a choice: what changed, then the next step still to do (or the checklist when none is left). */
async function onwards(ctx: GroupContext, from: Step, said: View): Promise<View> {
  const state = await loadState(ctx);
  const next = nextStep(ctx, state, from);
  const rest = next ? stepBlocks(ctx, state, next) : checklistBlocks(ctx, state);
  return personalView(...said.blocks, ...rest);
}

function stepArg(ctx: GroupContext, value: string | undefined): Step {
  if (!isStep(value)) throw new UserError(ctx.t("error.staleButton"));
  return value;
}

/** Takes the starter choice of a step, through the same services as the step's own commands. */
async function take(ctx: GroupContext, step: Step): Promise<View> {
  const say = (text: RichText) => view(paragraph(text));
  switch (step) {
    case "welcome":
      await takeStarterWelcome(ctx);
      return say(ctx.t("setup.welcome.taken"));
    case "rules":
      return say(ctx.t("setup.rules.taken", { version: await takeStarterRules(ctx) }));
    case "tags": {
      const created = await takeStarterTags(ctx);
      return created.length > 0
        ? say(ctx.t("setup.tags.taken", { created: created.join(", ") }))
        : say(ctx.t("setup.tags.takenNone"));
    }
    case "trusted": {
      const added = await setTrustedDefaults(ctx, true);
      const count = trustedDefaults().length;
      return added > 0
        ? say(ctx.t("trusted.defaultsOn", { added, count }))
        : say(ctx.t("trusted.defaultsOnAlready", { count }));
    }
    case "gate":
      return setGate(ctx, true);
    case "newcomers":
      await setNewcomerReview(ctx, SETUP_APPROVALS);
      return say(ctx.t("setup.newcomers.taken", { count: SETUP_APPROVALS }));
    default:
      // Steps without a starter choice (channels, schedules, questions) are set by their commands.
      throw new UserError(ctx.t("error.staleButton"));
  }
}

function chosenCountry(ctx: GroupContext, input: ChoiceInput | undefined): string {
  const value = input && ("toggled" in input ? input.toggled : input.selected[0]);
  if (!value) throw new UserError(ctx.t("error.staleButton"));
  return value;
}

function missingBlocks(ctx: GroupContext, missing: readonly BotRight[]) {
  if (missing.length === 0) return [];
  return [
    paragraph(ctx.t("arrival.missingTitle")),
    list(missing.map((right) => ctx.t(`arrival.right.${right}`))),
  ];
}

/** The arrival message: what the bot does, the rights it still lacks, and how to start. */
function arrivalBlocks(ctx: GroupContext, missing: readonly BotRight[]) {
  const name = ctx.community.name;
  const setup = ctx.cmd("mod setup");
  return [
    paragraph(name ? ctx.t("arrival.title", { community: name }) : ctx.t("arrival.titleUnnamed")),
    paragraph(ctx.t("arrival.what", { crisis: ctx.cmd("crisis") })),
    ...(missing.length > 0 ? missingBlocks(ctx, missing) : [paragraph(ctx.t("arrival.allRights"))]),
    paragraph(ctx.t("arrival.start", { setup })),
  ];
}

export const setupFeature: Feature = {
  name: "setup",
  /**
   * Told once per group: privately to whoever added the bot; when the platform does not let the
   * bot write to them, a short note in the group that names no one.
   */
  async onBotAdded(ctx, missing) {
    if (!(await claimArrival(ctx))) return [];
    const port = ctx.ports.get(ctx.platform);
    const message = personalView(...arrivalBlocks(ctx, missing));
    const sent = port
      ? await port
          .sendDirect(ctx.actor.id, message, { groupId: ctx.group.platformGroupId })
          .catch(() => false)
      : false;
    if (sent) return [];
    // The rights it lacks are the group's, not anyone's: they may be said in public.
    return [
      view(
        paragraph(ctx.t("arrival.public", { setup: ctx.cmd("mod setup") })),
        ...missingBlocks(ctx, missing),
      ),
    ];
  },
  commands: [
    defineCommand({
      path: "mod setup",
      audience: "moderator",
      section: "moderation",
      params: [],
      handler: checklist,
    }),
  ],
  actions: [
    defineAction({ name: HOME, audience: "moderator", handler: checklist }),
    defineAction({
      name: GO,
      audience: "moderator",
      handler: (ctx, [step]) => stepView(ctx, stepArg(ctx, step)),
    }),
    defineAction({
      name: TAKE,
      audience: "moderator",
      async handler(ctx, [value]) {
        const step = stepArg(ctx, value);
        return onwards(ctx, step, await take(ctx, step));
      },
    }),
    defineAction({
      name: SKIP,
      audience: "moderator",
      async handler(ctx, [value]) {
        const step = stepArg(ctx, value);
        await markDecided(ctx, step);
        return onwards(ctx, step, view(paragraph(ctx.t("setup.skipped", { step: stepName(ctx, step) }))));
      },
    }),
    defineAction({
      name: COUNTRY,
      audience: "moderator",
      async handler(ctx, _args, input) {
        const said = await setCountry(ctx, chosenCountry(ctx, input));
        return onwards(ctx, "crisis", said);
      },
    }),
    defineAction({
      name: LANGUAGE,
      audience: "moderator",
      async handler(ctx, [code]) {
        if (!code || !isLanguage(code)) throw new UserError(ctx.t("error.staleButton"));
        return onwards(ctx, "language", await setCommunityLanguage(ctx, code));
      },
    }),
    defineAction({
      name: PREVIEW,
      audience: "moderator",
      async handler(ctx) {
        const welcome = await welcomeView(ctx, ctx.actor.displayName ?? "new member");
        const said = view(paragraph(ctx.t("welcome.previewNote")), ...welcome.blocks);
        return stepView(ctx, "welcome", said);
      },
    }),
  ],
};
