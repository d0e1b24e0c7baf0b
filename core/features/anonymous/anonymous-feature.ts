import {
  actionId,
  defineAction,
  defineAnywhereAction,
  defineAnywhereCommand,
  defineCommand,
  type Feature,
  numberArg,
} from "../../commands/define.js";
import { arg, optional } from "../../commands/params.js";
import type { Context, GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { describeError } from "../../failures.js";
import { groupContext } from "../../group-context-service.js";
import { memberGroups } from "../../member-service.js";
import { alertModerators } from "../../moderator-alerts-service.js";
import type { View } from "../../ports.js";
import { defineLimit, enforceLimit } from "../../rate-limit-service.js";
import { plainText, userRef } from "../../text/markup.js";
import { buttons, note, paragraph, personalNote, personalView } from "../../views.js";
import { inGroup } from "../safety/safety-feature.js";
import { changeSupportSetting, supportSettings } from "../safety/support-settings-service.js";
import {
  askedToday,
  claimForPosting,
  closeExpired,
  confirmReveal,
  eraseQuestions,
  exportQuestions,
  markPosted,
  moveDraftForReview,
  ownDraft,
  ownOpenQuestion,
  pickedGroup,
  QUESTIONS_PER_DAY,
  questionById,
  questionOfPost,
  questionQueue,
  recordAnswerPosts,
  rejectQuestion,
  requestReveal,
  storeQuestion,
  unclaim,
  waitingQuestion,
} from "./questions-service.js";
import {
  APPROVE,
  answerPost,
  PICK_GROUP,
  questionPost,
  REJECT,
  relayView,
  reviewView,
} from "./questions-view.js";

const MAX_QUESTION = 1000;
const MAX_REASON = 300;
// Ten questions with two buttons each fit every platform's message (Discord: 5 rows of 5 buttons).
const QUEUE_SHOWN = 10;
// A draft waits a day for its asker to pick a group.
const DRAFT_DAYS = 1;
// Answers under a pseudonym: a conversation, not a flood.
const answerLimit = defineLimit({
  kind: "anonymous-answer",
  max: 20,
  windowSeconds: 3600,
  refusal: (t) => t("ask.answerTooMany"),
});

const questionParam = arg.integer("question", "param.question", 1, 2_000_000_000);

/** Queues a question for review and tells the moderators where only they read. */
async function submit(ctx: GroupContext, id: number, text: string): Promise<View> {
  await alertModerators(ctx, reviewView(ctx, id, text, false));
  return note(ctx.t("ask.thanks", { id }));
}

async function ask(ctx: Context | GroupContext, text: string): Promise<View> {
  const groups = inGroup(ctx) ? [ctx] : await memberGroups(ctx);
  const first = groups[0];
  if (!first) throw new UserError(ctx.t("ask.noGroup"));
  const member = await first.ensureMember();
  if ((await askedToday(first, member.id)) >= QUESTIONS_PER_DAY) {
    throw new UserError(ctx.t("ask.tooMany", { count: QUESTIONS_PER_DAY }));
  }
  const several = groups.length > 1;
  const { questionDays } = await supportSettings(ctx.db, first.community.id);
  const questionId = await storeQuestion(first, {
    askerId: member.id,
    // Posted where it was asked, or (asked privately) in the group chat itself.
    channelId: inGroup(ctx) ? ctx.place.channelId : first.group.platformGroupId,
    text,
    draft: several,
    days: several ? DRAFT_DAYS : questionDays,
  });
  if (!several) return submit(first, questionId, text);
  return personalView(
    paragraph(ctx.t("ask.pickGroup")),
    buttons(
      ...groups.map((g) => ({
        label: g.community.name || plainText(ctx.t("ask.unnamedGroup", { id: g.group.id })),
        action: actionId(PICK_GROUP, [questionId, g.group.id], ctx.actor.id),
      })),
    ),
  );
}

/** The asker picked the group for a draft: it moves there and waits for its moderators. */
async function pickGroup(ctx: Context | GroupContext, questionId: number, groupRowId: number): Promise<View> {
  const draft = await ownDraft(ctx, questionId);
  const group = await pickedGroup(ctx, groupRowId);
  if (!draft?.text || !group) throw new UserError(ctx.t("error.staleButton"));
  const place = { platform: ctx.platform, groupId: group.platformGroupId, channelId: group.platformGroupId };
  const target = await groupContext({ ...ctx, place }, place);
  const member = await target.ensureMember();
  const { questionDays } = await supportSettings(ctx.db, target.community.id);
  await moveDraftForReview(target, draft.id, member.id, questionDays);
  return submit(target, draft.id, draft.text);
}

async function approve(ctx: GroupContext, id: number): Promise<View> {
  if (!(await claimForPosting(ctx, id))) throw new UserError(ctx.t("ask.notWaiting", { id }));
  const question = await questionById(ctx, id);
  const port = ctx.ports.get(question.group.platform);
  let messageIds: string[];
  try {
    if (!port || !question.text) throw new Error("cannot post");
    messageIds = await port.post(
      { groupId: question.group.platformGroupId, channelId: question.channelId },
      questionPost(ctx, id, question.text),
    );
  } catch (error) {
    ctx.log.warn({ error: describeError(error) }, "anonymous question not posted");
    await unclaim(ctx, id);
    throw new UserError(ctx.t("ask.postFailed", { id }));
  }
  const { questionDays } = await supportSettings(ctx.db, ctx.community.id);
  await markPosted(ctx, id, messageIds, questionDays);
  await port
    .sendDirect(
      question.asker.platformUserId,
      personalNote(ctx.t("ask.posted", { id, days: questionDays })),
      {
        groupId: question.group.platformGroupId,
      },
    )
    .catch(() => false);
  return note(ctx.t("ask.approved", { id }));
}

async function reject(ctx: GroupContext, id: number, reason: string | undefined): Promise<View> {
  const question = await waitingQuestion(ctx, id);
  if (!question || !(await rejectQuestion(ctx, id))) throw new UserError(ctx.t("ask.notWaiting", { id }));
  const told = reason ? ctx.t("ask.rejectedReason", { id, reason }) : ctx.t("ask.rejectedNoReason", { id });
  await ctx.ports
    .get(question.group.platform)
    ?.sendDirect(question.asker.platformUserId, personalNote(told), {
      groupId: question.group.platformGroupId,
    })
    .catch(() => false);
  return note(ctx.t("ask.rejected", { id }));
}

async function reveal(ctx: GroupContext, id: number): Promise<View> {
  if (await confirmReveal(ctx, id)) {
    const question = await questionById(ctx, id);
    return personalNote([...ctx.t("ask.revealed", { id }), userRef(question.asker.platformUserId)]);
  }
  if (await requestReveal(ctx, id))
    return personalNote(ctx.t("ask.revealRequested", { command: ctx.cmd(`mod ask reveal ${id}`) }));
  throw new UserError(ctx.t("ask.noSuch", { id }));
}

/** The asker answers in their question's thread, under its pseudonym. */
async function answer(ctx: Context | GroupContext, id: number, text: string): Promise<View> {
  const question = await ownOpenQuestion(ctx, id);
  if (!question) throw new UserError(ctx.t("ask.notYours", { id }));
  // Only answers to one's own open question count: a mistyped number costs nothing.
  await enforceLimit(ctx, answerLimit);
  const port = ctx.ports.get(ctx.platform);
  if (!port) throw new UserError(ctx.t("ask.postFailed", { id }));
  const replyTo = question.posts[0]?.messageId;
  const messageIds = await port.post(
    {
      groupId: question.group.platformGroupId,
      channelId: question.channelId,
      ...(replyTo ? { replyTo } : {}),
    },
    answerPost(ctx, id, text),
  );
  await recordAnswerPosts(ctx, id, messageIds);
  return note(ctx.t("ask.answered"));
}

async function queue(ctx: GroupContext): Promise<View[]> {
  const { count, waiting } = await questionQueue(ctx, QUEUE_SHOWN);
  if (count === 0) return [note(ctx.t("ask.queueEmpty"))];
  return [
    personalNote(ctx.t("ask.queueTitle", { count })),
    ...waiting.map((q) => reviewView(ctx, q.id, q.text ?? "", true)),
  ];
}

export const anonymousFeature: Feature = {
  name: "anonymous",
  commands: [
    defineAnywhereCommand({
      path: "ask",
      sensitive: true,
      form: true,
      audience: "member",
      section: "anonymous",
      params: [arg.text("question", "param.questionText", MAX_QUESTION)],
      handler: (ctx, args) => ask(ctx, args.question),
    }),
    defineAnywhereCommand({
      path: "followup",
      sensitive: true,
      audience: "member",
      section: "anonymous",
      params: [questionParam, arg.text("text", "param.text", MAX_QUESTION)],
      handler: (ctx, args) => answer(ctx, args.question, args.text),
    }),
    defineCommand({
      path: "mod ask queue",
      audience: "moderator",
      section: "anonymous",
      params: [],
      handler: queue,
    }),
    defineCommand({
      path: "mod ask approve",
      audience: "moderator",
      section: "anonymous",
      params: [questionParam],
      handler: (ctx, args) => approve(ctx, args.question),
    }),
    defineCommand({
      path: "mod ask reject",
      audience: "moderator",
      section: "anonymous",
      params: [questionParam, optional(arg.text("reason", "param.reason", MAX_REASON))],
      handler: (ctx, args) => reject(ctx, args.question, args.reason),
    }),
    defineCommand({
      path: "mod ask reveal",
      audience: "moderator",
      section: "anonymous",
      params: [questionParam],
      handler: (ctx, args) => reveal(ctx, args.question),
    }),
    defineCommand({
      path: "mod ask days",
      audience: "moderator",
      section: "anonymous",
      params: [arg.integer("days", "param.days", 1, 365)],
      async handler(ctx, args) {
        await changeSupportSetting(ctx, "questionDays", args.days, "questions.days");
        return note(ctx.t("ask.daysSet", { days: args.days }));
      },
    }),
  ],
  actions: [
    defineAction({
      name: APPROVE,
      audience: "moderator",
      handler: (ctx, [id]) => approve(ctx, numberArg(ctx, id)),
    }),
    defineAction({
      name: REJECT,
      audience: "moderator",
      handler: (ctx, [id]) => reject(ctx, numberArg(ctx, id), undefined),
    }),
    defineAnywhereAction({
      name: PICK_GROUP,
      audience: "member",
      handler: (ctx, [id, group]) => pickGroup(ctx, numberArg(ctx, id), numberArg(ctx, group)),
    }),
  ],
  async onReply(ctx, reply) {
    const question = await questionOfPost(ctx, reply.replyTo);
    // The asker's own replies in the thread are already theirs to see.
    if (!question || question.asker.platformUserId === ctx.actor.id) return [];
    await ctx.ports
      .get(ctx.platform)
      ?.sendDirect(question.asker.platformUserId, relayView(ctx, question.id, reply.text), {
        groupId: ctx.group.platformGroupId,
      })
      .catch(() => false);
    return [];
  },
  tick: closeExpired,
  personalColumns: ["AnonymousQuestion.askerId", "AnonymousQuestion.revealRequestedBy"],
  exportData: (services, person) => exportQuestions(services.db, person.platform, person.userId),
  erase: (tx, person) => eraseQuestions(tx, person.platform, person.userId),
};
