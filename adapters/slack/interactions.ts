// The slash command, button and menu clicks, and form submissions. Each is acknowledged first
// (Slack waits 3 s), except a form submission, whose answer is the acknowledgement.
import type { App, RespondFn } from "@slack/bolt";
import { z } from "zod";
import type { CommandDef } from "../../core/commands/define.js";
import { describeError } from "../../core/failures.js";
import type { ChoiceInput, View } from "../../core/ports.js";
import { parsePeer, SLASH_COMMAND } from "./commands.js";
import {
  FORM_CALLBACK,
  type FormOrigin,
  formAnswers,
  formModal,
  formOrigin,
  OPEN_FORM_ACTION,
  resultModal,
} from "./forms.js";
import { publishHome } from "./home.js";
import { dropped, whoAndWhere } from "./inbound.js";
import { REPORT_COMMAND, REPORT_SHORTCUT, WORRIED_COMMAND, WORRIED_SHORTCUT } from "./manifest.js";
import { escapeMrkdwn } from "./mrkdwn.js";
import {
  type BlockActions,
  blockActionsPayload,
  messageShortcutPayload,
  slashCommandPayload,
  threadMessageEvent,
  viewSubmissionPayload,
} from "./payloads.js";
import {
  directResponder,
  modalResponder,
  replyInModal,
  replyInNewModal,
  responseUrlResponder,
} from "./replies.js";
import type { SlackRuntime } from "./runtime.js";
import { CHOICE_BLOCK, CORE_BUTTON, LINK_BUTTON, offeredValues, SPOILER_BUTTON } from "./views.js";

/** A submitted form is answered in its acknowledgement, which Slack awaits 3 s: keep a margin. */
const FORM_DEADLINE_MS = 2_500;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Opens a command's form for `userId` of workspace `teamId`, in their language. */
async function openForm(
  rt: SlackRuntime,
  who: { teamId: string; userId: string },
  triggerId: string | undefined,
  command: CommandDef,
  origin: FormOrigin,
) {
  if (!triggerId) return;
  try {
    const t = await rt.engine.reader(await whoAndWhere(rt, who.teamId, origin.channelId, who.userId));
    await rt.client.views.open({ trigger_id: triggerId, view: formModal(command, origin, t) });
  } catch (error) {
    rt.log.warn({ platform: "slack", error: describeError(error) }, "could not open a form");
  }
}

/** Runs a core action from a click and answers where the click happened. */
async function runAction(
  rt: SlackRuntime,
  body: BlockActions,
  action: string,
  choice: ChoiceInput | undefined,
  respond: RespondFn | undefined,
): Promise<void> {
  const teamId = body.team?.id ?? body.user.team_id;
  if (!teamId) return;
  const userId = body.user.id;
  // Clicks on the App Home or in a modal have no channel: the user's own conversation stands in.
  const channelId = body.channel?.id ?? body.container?.channel_id ?? userId;
  const { place, actor } = await whoAndWhere(rt, teamId, channelId, userId);
  const event = { type: "action" as const, place, actor, action, ...(choice ? { choice } : {}) };
  if (body.view?.type === "home" || body.view?.type === "modal") {
    // Shown in a modal, which only the clicker sees.
    const modal = modalResponder();
    await rt.engine.respond(event, modal.responder);
    const t = await rt.engine.reader({ place, actor });
    if (body.view.type === "modal") await replyInModal(rt, body.view.id, userId, modal.views, t);
    else {
      await replyInNewModal(rt, body.trigger_id, userId, modal.views, t);
      await publishHome(rt, teamId, userId);
    }
  } else if (respond) {
    await rt.engine.respond(event, responseUrlResponder(rt, respond, { teamId, userId, channelId }));
  } else await rt.engine.respond(event, directResponder(rt, userId));
}

const permalinkAnswer = z.object({ permalink: z.url() });

/** A link moderators can open to the reported message; its ids when Slack will not say. */
async function permalink(rt: SlackRuntime, channel: string, ts: string): Promise<string> {
  try {
    return permalinkAnswer.parse(await rt.client.chat.getPermalink({ channel, message_ts: ts })).permalink;
  } catch {
    return `${channel}/${ts}`;
  }
}

async function beforeDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerInteractions(app: App, rt: SlackRuntime): void {
  app.command(SLASH_COMMAND, async ({ ack, body, respond }) => {
    await ack();
    const parsed = slashCommandPayload.safeParse(body);
    if (!parsed.success) return dropped(rt, "slash command", parsed.error);
    const c = parsed.data;
    const request = parsePeer(rt.engine.registry, c.text);
    if (request.kind === "form") {
      await openForm(rt, { teamId: c.team_id, userId: c.user_id }, c.trigger_id, request.command, {
        path: request.command.path,
        channelId: c.channel_id,
      });
      return;
    }
    const { place, actor } = await whoAndWhere(rt, c.team_id, c.channel_id, c.user_id);
    await rt.engine.respond(
      { type: "command", place, actor, text: request.text },
      responseUrlResponder(rt, respond, { teamId: c.team_id, userId: c.user_id, channelId: c.channel_id }),
    );
  });

  app.action(new RegExp(`^${escapeRegExp(CORE_BUTTON)}`), async ({ ack, body, respond }) => {
    await ack();
    const parsed = blockActionsPayload.safeParse(body);
    if (!parsed.success) return dropped(rt, "button click", parsed.error);
    const value = parsed.data.actions[0]?.value;
    if (value) await runAction(rt, parsed.data, value, undefined, respond);
  });

  app.action(
    { type: "block_actions", block_id: new RegExp(`^${escapeRegExp(CHOICE_BLOCK)}`) },
    async ({ ack, body, respond }) => {
      await ack();
      const parsed = blockActionsPayload.safeParse(body);
      if (!parsed.success) return dropped(rt, "menu choice", parsed.error);
      const act = parsed.data.actions[0];
      const offered = act?.block_id ? offeredValues(act.block_id) : undefined;
      if (!act || !offered) return;
      const picked =
        act.selected_options?.map((o) => o.value) ?? (act.selected_option ? [act.selected_option.value] : []);
      // Only what this menu offered counts: a forged value cannot reach another tag.
      const selected = picked.filter((value) => offered.includes(value));
      await runAction(rt, parsed.data, act.action_id, { selected, offered }, respond);
    },
  );

  // A link button opens its URL in the browser; Slack still reports the click, which needs an answer.
  app.action(new RegExp(`^${escapeRegExp(LINK_BUTTON)}`), async ({ ack }) => {
    await ack();
  });

  app.action(new RegExp(`^${escapeRegExp(OPEN_FORM_ACTION)}`), async ({ ack, body }) => {
    await ack();
    const parsed = blockActionsPayload.safeParse(body);
    if (!parsed.success) return dropped(rt, "form button", parsed.error);
    const path = parsed.data.actions[0]?.value;
    const command = path ? rt.engine.registry.get(path) : undefined;
    if (!command) return;
    const { user, team } = parsed.data;
    const teamId = team?.id ?? user.team_id;
    if (!teamId) return;
    const channelId = parsed.data.channel?.id ?? user.id;
    await openForm(rt, { teamId, userId: user.id }, parsed.data.trigger_id, command, {
      path: command.path,
      channelId,
    });
  });

  // "Report to moderators" on a message: the report form, pointing at that message.
  app.shortcut(REPORT_SHORTCUT, async ({ ack, body }) => {
    await ack();
    const parsed = messageShortcutPayload.safeParse(body);
    if (!parsed.success) return dropped(rt, "message shortcut", parsed.error);
    const { channel, message, user, team, trigger_id: triggerId } = parsed.data;
    const teamId = team?.id ?? user.team_id;
    const command = rt.engine.registry.get(REPORT_COMMAND);
    if (!command || !teamId) return;
    const messageRef = await permalink(rt, channel.id, message.ts);
    await openForm(rt, { teamId, userId: user.id }, triggerId, command, {
      path: command.path,
      channelId: channel.id,
      messageRef,
    });
  });

  // "Show" under a content warning: the hidden text is in the button itself, shown only to who pressed.
  app.action(new RegExp(`^${escapeRegExp(SPOILER_BUTTON)}`), async ({ ack, body, respond }) => {
    await ack();
    const parsed = blockActionsPayload.safeParse(body);
    if (!parsed.success) return dropped(rt, "show button", parsed.error);
    const text = parsed.data.actions[0]?.value;
    if (!text) return;
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      text: escapeMrkdwn(text),
    }).catch((error) => rt.log.warn({ platform: "slack", error: describeError(error) }, "show failed"));
  });

  // "Worried about them" on a message: a worried message to its author; the thanks come privately.
  app.shortcut(WORRIED_SHORTCUT, async ({ ack, body }) => {
    await ack();
    const parsed = messageShortcutPayload.safeParse(body);
    if (!parsed.success) return dropped(rt, "message shortcut", parsed.error);
    const { channel, message, user, team } = parsed.data;
    const teamId = team?.id ?? user.team_id;
    if (!teamId || !message.user || !rt.engine.registry.get(WORRIED_COMMAND)) return;
    const { place, actor } = await whoAndWhere(rt, teamId, channel.id, user.id);
    await rt.engine.respond(
      { type: "command", place, actor, text: WORRIED_COMMAND, args: { member: message.user } },
      directResponder(rt, user.id),
    );
  });

  // A reply in a thread: the engine relays it when the thread is one of its posts (an anonymous
  // question's); the text is passed along in memory, never stored or logged.
  app.event("message", async ({ body }) => {
    const parsed = z
      .object({ team_id: z.string().min(1).max(64), event: threadMessageEvent })
      .safeParse(body);
    if (!parsed.success) return;
    const { team_id: teamId, event } = parsed.data;
    if (event.thread_ts === event.ts) return;
    const { place, actor } = await whoAndWhere(rt, teamId, event.channel, event.user);
    await rt.engine.dispatch({ type: "reply", place, actor, replyTo: event.thread_ts, text: event.text });
  });

  app.view(FORM_CALLBACK, async ({ ack, body }) => {
    const parsed = viewSubmissionPayload.safeParse(body);
    if (!parsed.success) {
      await ack();
      return dropped(rt, "form submission", parsed.error);
    }
    const { team, user, view } = parsed.data;
    const teamId = team?.id ?? user.team_id;
    const origin = formOrigin(view.private_metadata);
    const command = origin ? rt.engine.registry.get(origin.path) : undefined;
    if (!teamId || !origin || !command) {
      await ack();
      return;
    }
    const who = await whoAndWhere(rt, teamId, origin.channelId, user.id);
    const t = await rt.engine.reader(who);
    const answers = formAnswers(command, view.state.values, t);
    if (!answers) {
      await ack();
      return;
    }
    if (Object.keys(answers.errors).length > 0) {
      await ack({ response_action: "errors", errors: answers.errors });
      return;
    }
    const modal = modalResponder();
    const work = (async (): Promise<View[]> => {
      const { place, actor } = await whoAndWhere(rt, teamId, origin.channelId, user.id);
      await rt.engine.respond(
        {
          type: "command",
          place,
          actor,
          text: command.path,
          args: answers.args,
          ...(origin.messageRef ? { messageRef: origin.messageRef } : {}),
        },
        modal.responder,
      );
      return modal.views;
    })();
    const views = await beforeDeadline(work, FORM_DEADLINE_MS);
    if (views) {
      await ack({ response_action: "update", view: resultModal(command.path, views, t) });
      return;
    }
    // Too slow to answer in the form: it closes, and the answer follows by direct message.
    await ack();
    const to = directResponder(rt, user.id);
    for (const view of await work) await to.reply(view);
  });
}
