// The interaction payloads peerbridge relies on, checked with zod. A signed payload of a known type
// that lacks what we rely on is acknowledged (so Slack does not retry or show an error) and dropped.
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../core/log.js";

const id = z.string().min(1).max(64);

export const slashCommandPayload = z.object({
  command: z.string(),
  team_id: id,
  channel_id: id,
  user_id: id,
  // Slack: a slash command's text is at most 4000 characters.
  text: z.string().max(4000),
  trigger_id: z.string().optional(),
  response_url: z.url({ protocol: /^https?$/ }),
});

export const blockActionsPayload = z.object({
  type: z.literal("block_actions"),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  channel: z.object({ id }).nullish(),
  container: z.object({ channel_id: id.optional() }).nullish(),
  view: z.object({ id, type: z.string() }).nullish(),
  trigger_id: z.string().optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string().max(255),
        block_id: z.string().max(255).optional(),
        value: z.string().max(2000).optional(),
        selected_options: z.array(z.object({ value: z.string() })).optional(),
        selected_option: z.object({ value: z.string() }).nullish(),
      }),
    )
    .min(1),
});
export type BlockActions = z.infer<typeof blockActionsPayload>;

export const viewSubmissionPayload = z.object({
  type: z.literal("view_submission"),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.string().optional(),
    state: z.object({ values: z.unknown() }),
  }),
});

export const messageShortcutPayload = z.object({
  type: z.literal("message_action"),
  callback_id: z.string(),
  trigger_id: z.string(),
  team: z.object({ id }).nullish(),
  user: z.object({ id, team_id: id.optional() }),
  channel: z.object({ id }),
  message: z.object({ ts: z.string().min(1).max(64), user: id.optional() }),
});

/**
 * A member's message in a thread (Events API `message`): a reply to one of the bot's posts when
 * the thread is the bot's. Edits, bots and other subtypes carry a `subtype` and are left alone.
 */
export const threadMessageEvent = z.object({
  type: z.literal("message"),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
  user: id,
  channel: id,
  // Slack: a message's text is at most 40,000 characters.
  text: z.string().min(1).max(40_000),
  ts: z.string().min(1).max(64),
  thread_ts: z.string().min(1).max(64),
});

/** The schema for a body of a type peerbridge handles; undefined for the types it leaves alone. */
function schemaFor(body: unknown): z.ZodType | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (record.type === "block_actions") return blockActionsPayload;
  if (record.type === "view_submission") return viewSubmissionPayload;
  if (record.type === "message_action") return messageShortcutPayload;
  if (record.command !== undefined && record.event === undefined) return slashCommandPayload;
  return undefined;
}

/** Bolt global middleware: malformed interactions stop here, acknowledged and logged at debug. */
export function payloadGuard(log: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const schema = schemaFor(args.body);
    const checked = schema?.safeParse(args.body);
    if (checked && !checked.success) {
      // Paths only: a payload's values can be personal.
      log.debug(
        { platform: "slack", paths: checked.error.issues.map((i) => i.path.join(".")) },
        "malformed payload ignored",
      );
      if ("ack" in args && typeof args.ack === "function") await args.ack();
      return;
    }
    await args.next();
  };
}
