import {
  actionId,
  defineAction,
  defineAnywhereCommand,
  defineCommand,
  type Feature,
  numberArg,
} from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import type { Context, GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { alertModerators } from "../../moderator-alerts-service.js";
import { tryPlatform } from "../../notices-service.js";
import type { Block, View } from "../../ports.js";
import { systemContext } from "../../system-context.js";
import { plain, plainText, userRef } from "../../text/markup.js";
import { buttons, list, note, paragraph, personalView, privateView, view } from "../../views.js";
import { ruleBook, setAccess } from "../rules/rules-service.js";
import {
  acceptedRulesVersion,
  applicantGroup,
  eraseScreening,
  exportScreening,
  MAX_ANSWER_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_QUESTIONS,
  nextToReview,
  openApplication,
  parseQuestions,
  purgeUndecided,
  recordDecision,
  rememberApproved,
  saveAnswers,
  saveQuestions,
  setScreening,
  startScreening,
} from "./screening-service.js";

const APPROVE = "scr.ok";
const DECLINE = "scr.no";

function questionBlock(ctx: Context, questions: string[], index: number): Block {
  return paragraph(
    ctx.t("screening.question", {
      number: index + 1,
      count: questions.length,
      question: questions[index] ?? "",
    }),
  );
}

/** What a newcomer gets privately: why, the first question, and how to answer. */
function questionsView(ctx: GroupContext, questions: string[]): View {
  const name = ctx.community.name;
  return personalView(
    paragraph(name ? ctx.t("screening.intro", { community: name }) : ctx.t("screening.introUnnamed")),
    questionBlock(ctx, questions, 0),
    paragraph(ctx.t("screening.howToAnswer", { command: ctx.cmd("answer") })),
  );
}

/** The oldest newcomer waiting, with their answers and Approve / Decline: only for the moderator asking. */
async function reviewView(ctx: GroupContext, said: Block[] = []): Promise<View> {
  const { waiting, next, questions } = await nextToReview(ctx);
  if (!next) return personalView(...said, paragraph(ctx.t("screening.queueEmpty")));
  const answers = questions.map((question, i) => {
    const answer = next.answers[i];
    return [
      { text: `${question} `, style: "bold" as const },
      ...(answer === undefined ? ctx.t("screening.notAnswered") : plain(answer)),
    ];
  });
  const created = next.accountCreatedAt;
  return personalView(
    ...said,
    paragraph(ctx.t("screening.review", { left: waiting })),
    paragraph([...ctx.t("screening.who"), userRef(next.platformUserId)]),
    paragraph(ctx.t(next.source === "request" ? "screening.via.request" : "screening.via.join")),
    list(answers),
    ...(created ? [paragraph(ctx.t("screening.accountAge", { date: created }))] : []),
    buttons(
      {
        label: plainText(ctx.t("screening.approve")),
        action: actionId(APPROVE, [next.id]),
        style: "primary",
      },
      { label: plainText(ctx.t("screening.decline")), action: actionId(DECLINE, [next.id]), style: "danger" },
    ),
  );
}

/**
 * Decides about a newcomer once: the answers are deleted with the decision's audit entry, then
 * the platform lets them in (or not) and they are told privately.
 */
async function decide(ctx: GroupContext, id: number, approve: boolean): Promise<View> {
  const applicant = await recordDecision(ctx, id, approve);
  if (!applicant) throw new UserError(ctx.t("screening.alreadyDecided"));
  const { group, platformUserId: userId } = applicant;
  const port = ctx.ports.get(applicant.platform);
  // Told first: Telegram lets the bot write to someone who asked to join only until it answers.
  const vars = { community: ctx.community.name };
  await port
    ?.sendDirect(userId, note(ctx.t(approve ? "screening.youApproved" : "screening.youDeclined", vars)), {
      groupId: group.platformGroupId,
    })
    .catch(() => false);
  if (applicant.source === "request") {
    // Known from now on, so joining after the approval is not screened again.
    if (approve) await rememberApproved(ctx, group.id, userId);
    await tryPlatform(ctx, async () => port?.decideJoinRequest?.(group.platformGroupId, userId, approve));
  } else if (approve && (await mayTakePart(ctx, group.id, userId))) {
    await setAccess(ctx, userId, true, group);
  }
  return reviewView(ctx, [paragraph(ctx.t(approve ? "screening.approved" : "screening.declined"))]);
}

/** With the gate on, an approved member still takes part only once they accepted the current rules. */
async function mayTakePart(ctx: GroupContext, groupId: number, userId: string): Promise<boolean> {
  if (!ctx.community.gateEnabled || ruleBook(ctx).rules.length === 0) return true;
  const accepted = await acceptedRulesVersion(ctx, groupId, userId);
  return accepted === ruleBook(ctx).version;
}

/** Records the caller's next answer; the last one tells the moderators, privately. */
async function answer(ctx: Context | GroupContext, text: string): Promise<View> {
  const open = await openApplication(ctx);
  if (!open) throw new UserError(ctx.t("screening.nothingToAnswer"));
  const { applicant, questions } = open;
  const answers = [...applicant.answers, text];
  await saveAnswers(ctx, applicant.id, answers);
  if (answers.length < questions.length) {
    return personalView(
      questionBlock(ctx, questions, answers.length),
      paragraph(ctx.t("screening.howToAnswer", { command: ctx.cmd("answer") })),
    );
  }
  const group = await applicantGroup(ctx, applicant);
  const moderators = await systemContext(ctx, group, "");
  await alertModerators(
    moderators,
    view(paragraph(ctx.t("screening.alert", { command: moderators.cmd("mod screening review") }))),
  );
  return personalView(paragraph(ctx.t("screening.thanks")));
}

export const screeningFeature: Feature = {
  name: "screening",
  personalColumns: ["Applicant.platformUserId"],
  exportData: exportScreening,
  erase: (tx, person) => eraseScreening(tx, person),
  purge: purgeUndecided,
  async configLines(ctx) {
    const screening = ctx.community.screening;
    const value = screening?.enabled
      ? plainText(ctx.t("setup.screening.on", { count: screening.questions.length }))
      : plainText(ctx.t("config.off"));
    return [ctx.t("config.screening", { value })];
  },
  async onJoin(ctx, { newcomer }) {
    if (!newcomer) return [];
    const questions = await startScreening(ctx, "join");
    if (!questions) return [];
    await setAccess(ctx, ctx.actor.id, false);
    return [questionsView(ctx, questions)];
  },
  async onJoinRequest(ctx) {
    const questions = await startScreening(ctx, "request");
    return questions ? [questionsView(ctx, questions)] : [];
  },
  commands: [
    defineAnywhereCommand({
      path: "answer",
      audience: "member",
      section: "onboarding",
      params: [arg.text("answer", "param.answer", MAX_ANSWER_LENGTH)],
      handler: (ctx, args) => answer(ctx, args.answer),
    }),
    defineCommand({
      path: "mod screening questions",
      audience: "moderator",
      section: "onboarding",
      params: [arg.text("questions", "param.questions", (MAX_QUESTION_LENGTH + 3) * (MAX_QUESTIONS + 1))],
      async handler(ctx, args) {
        const questions = parseQuestions(ctx, args.questions);
        await saveQuestions(ctx, questions);
        return note(ctx.t("screening.saved", { count: questions.length, on: ctx.cmd("mod screening on") }));
      },
    }),
    defineCommand({
      path: "mod screening on",
      audience: "moderator",
      section: "onboarding",
      params: [],
      async handler(ctx) {
        const screening = ctx.community.screening;
        if (!screening?.questions.length) {
          throw new UserError(
            ctx.t("screening.needsQuestions", { command: ctx.cmd("mod screening questions") }),
          );
        }
        if (!(await setScreening(ctx, true))) throw new UserError(ctx.t("screening.alreadyOn"));
        return note(ctx.t("screening.on"));
      },
    }),
    defineCommand({
      path: "mod screening off",
      audience: "moderator",
      section: "onboarding",
      params: [],
      async handler(ctx) {
        if (!(await setScreening(ctx, false))) throw new UserError(ctx.t("screening.alreadyOff"));
        return note(ctx.t("screening.off"));
      },
    }),
    defineCommand({
      path: "mod screening show",
      audience: "moderator",
      section: "onboarding",
      params: [],
      async handler(ctx) {
        const screening = ctx.community.screening;
        if (!screening?.questions.length) {
          return note(ctx.t("screening.none", { command: ctx.cmd("mod screening questions") }));
        }
        const state = plainText(ctx.t(screening.enabled ? "config.on" : "config.off"));
        return privateView(
          paragraph(ctx.t("screening.show", { state })),
          list(
            screening.questions.map((q) => plain(q)),
            true,
          ),
        );
      },
    }),
    defineCommand({
      path: "mod screening review",
      audience: "moderator",
      section: "onboarding",
      params: [],
      handler: (ctx) => reviewView(ctx),
    }),
  ],
  actions: [
    defineAction({
      name: APPROVE,
      audience: "moderator",
      handler: (ctx, [id]) => decide(ctx, numberArg(ctx, id), true),
    }),
    defineAction({
      name: DECLINE,
      audience: "moderator",
      handler: (ctx, [id]) => decide(ctx, numberArg(ctx, id), false),
    }),
  ],
};
