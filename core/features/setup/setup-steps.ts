import { actionId } from "../../commands/define.js";
import type { GroupContext } from "../../context.js";
import { crisisDirectory, trustedDefaults } from "../../data/directory.js";
import type { Block, Button } from "../../ports.js";
import { rawMessage } from "../../text/i18n.js";
import { LANGUAGES, type Language } from "../../text/languages.js";
import { plain, plainText } from "../../text/markup.js";
import { buttons, choice, list, paragraph } from "../../views.js";
import { languageName } from "../language/language-feature.js";
import { ruleBook } from "../rules/rules-service.js";
import { crisisView } from "../safety/safety-feature.js";
import type { SetupState } from "./setup-service.js";
import { starterRules } from "./starter.js";

/** The checklist of `mod setup`, in the order a moderator is guided through it. */
export const STEPS = [
  "welcome",
  "rules",
  "tags",
  "crisis",
  "trusted",
  "modChannel",
  "gate",
  "digest",
  "screening",
  "newcomers",
  "language",
] as const;
export type Step = (typeof STEPS)[number];

export const GO = "setup.go";
export const TAKE = "setup.take";
export const SKIP = "setup.skip";
export const HOME = "setup.home";
export const COUNTRY = "setup.country";
export const PREVIEW = "setup.preview";
export const LANGUAGE = "setup.lang";
/** The approvals the checklist's "review newcomers" choice asks for (`mod newcomers review` sets any). */
export const SETUP_APPROVALS = 3;

export function isStep(value: string | undefined): value is Step {
  return (STEPS as readonly string[]).includes(value ?? "");
}

/** Whether a step is done, and its current state in words. */
export function stepStatus(ctx: GroupContext, state: SetupState, step: Step): { done: boolean; now: string } {
  const c = ctx.community;
  const decided = state.decided.has(step);
  switch (step) {
    case "welcome":
      return {
        done: c.welcomeText !== null || decided,
        now: plainText(ctx.t(c.welcomeText ? "setup.welcome.custom" : "setup.welcome.default")),
      };
    case "rules": {
      const count = ruleBook(ctx).rules.length;
      return {
        done: count > 0 || decided,
        now:
          count > 0 ? plainText(ctx.t("setup.rules.count", { count })) : plainText(ctx.t("setup.rules.none")),
      };
    }
    case "tags":
      return {
        done: state.tags > 0 || decided,
        now:
          state.tags > 0
            ? plainText(ctx.t("setup.tags.count", { count: state.tags }))
            : plainText(ctx.t("setup.tags.none")),
      };
    case "crisis":
      return {
        done: c.crisisText !== null || c.country !== null || decided,
        now: c.crisisText
          ? plainText(ctx.t("setup.crisis.custom"))
          : c.country
            ? plainText(ctx.t("setup.crisis.country", { country: c.country }))
            : plainText(ctx.t("setup.crisis.fallback")),
      };
    case "trusted": {
      const own = state.trustedOwn;
      return {
        done: state.trustedDefaults + own > 0 || decided,
        now:
          state.trustedDefaults > 0
            ? plainText(ctx.t("setup.trusted.on", { count: state.trustedDefaults, own }))
            : own > 0
              ? plainText(ctx.t("setup.trusted.own", { own }))
              : plainText(ctx.t("setup.trusted.none")),
      };
    }
    case "modChannel":
      return {
        done: ctx.group.modChannelId !== null || decided,
        now: plainText(ctx.t(ctx.group.modChannelId ? "setup.modChannel.set" : "setup.modChannel.none")),
      };
    case "gate":
      return {
        done: c.gateEnabled || decided,
        now: plainText(ctx.t(c.gateEnabled ? "setup.gate.on" : "setup.gate.off")),
      };
    case "digest":
      return {
        done: state.digests > 0 || decided,
        now:
          state.digests > 0
            ? plainText(ctx.t("setup.digest.count", { count: state.digests }))
            : plainText(ctx.t("setup.digest.none")),
      };
    case "screening":
      return {
        done: state.screening.enabled || decided,
        now: state.screening.enabled
          ? plainText(ctx.t("setup.screening.on", { count: state.screening.questions }))
          : plainText(ctx.t("setup.screening.off")),
      };
    case "newcomers": {
      const count = c.newcomerApprovals;
      return {
        done: count > 0 || decided,
        now: plainText(count > 0 ? ctx.t("newcomers.value", { count }) : ctx.t("setup.newcomers.off")),
      };
    }
    case "language":
      return {
        done: c.language !== null || decided,
        now: c.language ? languageName(c.language as Language) : plainText(ctx.t("setup.language.auto")),
      };
  }
}

export function stepName(ctx: GroupContext, step: Step): string {
  return plainText(ctx.t(`setup.step.${step}`));
}

/** The step after `from` still to do, wrapping round; undefined when all are done. */
export function nextStep(ctx: GroupContext, state: SetupState, from?: Step): Step | undefined {
  const start = from ? STEPS.indexOf(from) + 1 : 0;
  const order = [...STEPS.slice(start), ...STEPS.slice(0, start)];
  return order.find((step) => !stepStatus(ctx, state, step).done);
}

function button(
  ctx: GroupContext,
  label: string,
  name: string,
  args: string[] = [],
  primary = false,
): Button {
  return {
    label,
    action: actionId(name, args, ctx.actor.id),
    ...(primary ? { style: "primary" as const } : {}),
  };
}

/** The checklist: every step with its state, and a button to each. */
export function checklistBlocks(ctx: GroupContext, state: SetupState): Block[] {
  const statuses = STEPS.map((step) => ({ step, ...stepStatus(ctx, state, step) }));
  const done = statuses.filter((s) => s.done).length;
  const vars = { done, total: STEPS.length };
  const next = nextStep(ctx, state);
  const lines = statuses.map((s) =>
    ctx.t(s.done ? "setup.done" : "setup.open", { step: stepName(ctx, s.step), state: s.now }),
  );
  return [
    paragraph(
      ctx.community.name
        ? ctx.t("setup.title", { community: ctx.community.name, ...vars })
        : ctx.t("setup.titleUnnamed", vars),
    ),
    list(lines),
    paragraph(next ? ctx.t("setup.left") : ctx.t("setup.allDone", { setup: ctx.cmd("mod setup") })),
    ...(next
      ? [
          buttons(
            button(ctx, plainText(ctx.t("setup.continue", { step: stepName(ctx, next) })), GO, [next], true),
          ),
        ]
      : []),
    buttons(...STEPS.map((step) => button(ctx, stepName(ctx, step), GO, [step]))),
  ];
}

/** One step: what it is, its state now, and the choices (each an ordinary audited change). */
export function stepBlocks(ctx: GroupContext, state: SetupState, step: Step): Block[] {
  const status = stepStatus(ctx, state, step);
  const head = [
    paragraph(
      ctx.t("setup.stepTitle", {
        number: STEPS.indexOf(step) + 1,
        total: STEPS.length,
        step: stepName(ctx, step),
      }),
    ),
    paragraph(ctx.t("setup.now", { state: status.now })),
  ];
  const skip = (label = plainText(ctx.t("setup.skip"))) => button(ctx, label, SKIP, [step]);
  const take = (label: string) => button(ctx, label, TAKE, [step], true);
  const back = button(ctx, plainText(ctx.t("setup.back")), HOME);
  switch (step) {
    case "welcome":
      return [
        ...head,
        paragraph(ctx.t("setup.welcome.about", { edit: ctx.cmd("mod welcome set") })),
        paragraph(plain(rawMessage("starter.welcome", ctx.tCommunity.language))),
        buttons(
          take(plainText(ctx.t("setup.welcome.take"))),
          skip(plainText(ctx.t("setup.welcome.keep"))),
          button(ctx, plainText(ctx.t("setup.welcome.preview")), PREVIEW),
          back,
        ),
      ];
    case "rules": {
      const hasRules = ruleBook(ctx).rules.length > 0;
      return [
        ...head,
        paragraph(ctx.t("setup.rules.about", { edit: ctx.cmd("mod rules edit") })),
        list(
          starterRules(ctx).map((rule) => [{ text: rule }]),
          true,
        ),
        buttons(
          ...(hasRules ? [] : [take(plainText(ctx.t("setup.rules.take")))]),
          skip(plainText(ctx.t("setup.rules.empty"))),
          back,
        ),
      ];
    }
    case "tags":
      return [
        ...head,
        paragraph(ctx.t("setup.tags.about", { create: ctx.cmd("mod tags create") })),
        buttons(take(plainText(ctx.t("setup.tags.take"))), skip(), back),
      ];
    case "crisis": {
      const countries = [...crisisDirectory().keys()].sort();
      return [
        ...head,
        paragraph(ctx.t("setup.crisis.about", { crisis: ctx.cmd("crisis"), set: ctx.cmd("mod crisis set") })),
        choice(
          actionId(COUNTRY, [], ctx.actor.id),
          plainText(ctx.t("setup.crisis.pick")),
          countries.map((code) => ({ value: code, label: code, selected: code === ctx.community.country })),
          false,
        ),
        paragraph(ctx.t("setup.crisis.preview")),
        ...crisisView(ctx).blocks,
        buttons(skip(), back),
      ];
    }
    case "trusted":
      return [
        ...head,
        paragraph(ctx.t("setup.trusted.about", { count: trustedDefaults().length })),
        buttons(
          ...(state.trustedDefaults > 0 ? [] : [take(plainText(ctx.t("setup.trusted.take")))]),
          skip(),
          back,
        ),
      ];
    case "modChannel":
      return [
        ...head,
        paragraph(ctx.t("setup.modChannel.about", { set: `${ctx.cmd("mod channel set")} here` })),
        buttons(skip(), back),
      ];
    case "gate":
      return [
        ...head,
        paragraph(ctx.t("setup.gate.about")),
        buttons(
          ...(ctx.community.gateEnabled ? [] : [take(plainText(ctx.t("setup.gate.take")))]),
          skip(plainText(ctx.t("setup.gate.keep"))),
          back,
        ),
      ];
    case "digest":
      return [
        ...head,
        paragraph(
          ctx.t("setup.digest.about", { set: `${ctx.cmd("mod digest set")} here 09:00 Europe/London` }),
        ),
        buttons(skip(), back),
      ];
    case "screening":
      return [
        ...head,
        paragraph(
          ctx.t("setup.screening.about", {
            questions: `${ctx.cmd("mod screening questions")} Why are you joining? | Are you a patient or a caregiver?`,
            on: ctx.cmd("mod screening on"),
          }),
        ),
        buttons(skip(), back),
      ];
    case "newcomers":
      return [
        ...head,
        paragraph(
          ctx.t("setup.newcomers.about", {
            count: SETUP_APPROVALS,
            command: ctx.cmd("mod newcomers review"),
          }),
        ),
        buttons(
          ...(ctx.community.newcomerApprovals > 0
            ? []
            : [take(plainText(ctx.t("setup.newcomers.take", { count: SETUP_APPROVALS })))]),
          skip(plainText(ctx.t("setup.gate.keep"))),
          back,
        ),
      ];
    case "language":
      return [
        ...head,
        paragraph(
          ctx.t("setup.language.about", { command: ctx.cmd("mod language"), own: ctx.cmd("language") }),
        ),
        buttons(
          ...LANGUAGES.filter((code) => code !== ctx.community.language).map((code) =>
            button(ctx, languageName(code), LANGUAGE, [code]),
          ),
          skip(plainText(ctx.t("setup.language.keep"))),
          back,
        ),
      ];
  }
}
