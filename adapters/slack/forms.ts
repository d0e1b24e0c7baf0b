// Moderator forms: a Slack modal built from any command's parameters (one input per parameter),
// whose submission runs that command with structured arguments, validated by the core as if typed.
import type { types } from "@slack/bolt";
import { z } from "zod";
import type { CommandDef } from "../../core/commands/define.js";
import type { Param } from "../../core/commands/params.js";
import { describeProblem } from "../../core/commands/resolve-args.js";
import type { View } from "../../core/ports.js";
import type { Translate } from "../../core/text/i18n.js";
import { plainText } from "../../core/text/markup.js";
import { truncate } from "../shared/text.js";
import { inert } from "./mrkdwn.js";
import { surfaceBlocks } from "./views.js";

type ModalView = types.ModalView;
type InputBlock = types.InputBlock;

export const FORM_CALLBACK = "pb.form";
/** action_id prefix of a button (App Home) opening a form; its value is the command's path. */
export const OPEN_FORM_ACTION = "pb.form.";
const INPUT_ACTION = "value";

/** Slack: a modal's title, submit and close texts hold at most 24 characters. */
const MODAL_TEXT = 24;
/** Slack: plain_text_input max_length is at most 3000. */
const INPUT_MAX = 3000;
/** Slack: private_metadata holds at most 3000 characters. */
const METADATA_MAX = 3000;
/** Slack: input labels and hints hold at most 2000 characters. */
const LABEL_MAX = 2000;
/** A longer text gets a multi-line box. */
const MULTILINE_FROM = 200;

/** Where a form came from, kept in the modal so its answer lands where the moderator was. */
const originSchema = z.object({
  path: z.string().min(1).max(200),
  channelId: z.string().min(1).max(100),
  /** The message a form is about (a report from the message's shortcut menu). */
  messageRef: z.string().max(1000).optional(),
});
export type FormOrigin = z.infer<typeof originSchema>;

function plain(text: string, max: number) {
  return { type: "plain_text" as const, text: truncate(text, max), emoji: true };
}

function element(param: Param): InputBlock["element"] {
  const action_id = INPUT_ACTION;
  switch (param.kind) {
    case "integer":
      return { type: "number_input", action_id, is_decimal_allowed: false };
    case "choice":
    case "flag": {
      const values = param.kind === "flag" ? ["yes", "no"] : [...(param.choices ?? [])];
      return {
        type: "static_select",
        action_id,
        options: values.map((value) => ({ text: plain(value, 75), value })),
      };
    }
    case "member":
      return { type: "users_select", action_id };
    case "channel":
      return {
        type: "conversations_select",
        action_id,
        filter: { include: ["public", "private"], exclude_bot_users: true },
      };
    default: {
      const max = Math.min(param.maxLength ?? INPUT_MAX, INPUT_MAX);
      return {
        type: "plain_text_input",
        action_id,
        max_length: max,
        multiline: param.kind === "text" && max >= MULTILINE_FROM,
      };
    }
  }
}

function input(param: Param, t: Translate): InputBlock {
  return {
    type: "input",
    block_id: param.name,
    label: plain(param.name, LABEL_MAX),
    hint: plain(t.description(param.description), LABEL_MAX),
    optional: !param.required,
    element: element(param),
  };
}

/** Commands that make sense as a form: those that take something. */
export function hasForm(command: CommandDef): boolean {
  return command.params.length > 0;
}

/** The modal for one command, one input per parameter, in the moderator's language. */
export function formModal(command: CommandDef, origin: FormOrigin, t: Translate): ModalView {
  const metadata = JSON.stringify(origin);
  return {
    type: "modal",
    callback_id: FORM_CALLBACK,
    title: plain(command.path, MODAL_TEXT),
    submit: plain(t.plain("form.submit"), MODAL_TEXT),
    close: plain(t.plain("common.cancel"), MODAL_TEXT),
    ...(metadata.length <= METADATA_MAX ? { private_metadata: metadata } : {}),
    blocks: [
      {
        type: "section",
        text: { type: "mrkdwn", text: inert(t.description(command.description)), verbatim: true },
      },
      ...command.params.map((param) => input(param, t)),
    ],
  };
}

/** The modal that replaces a submitted form: the command's answer. */
export function resultModal(path: string, views: View[], t: Translate): ModalView {
  return {
    type: "modal",
    title: plain(path, MODAL_TEXT),
    close: plain(t.plain("form.submit"), MODAL_TEXT),
    blocks: surfaceBlocks(views),
  };
}

export function formOrigin(privateMetadata: unknown): FormOrigin | undefined {
  if (typeof privateMetadata !== "string") return undefined;
  try {
    const parsed = originSchema.safeParse(JSON.parse(privateMetadata));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const inputState = z.object({
  value: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_user: z.string().nullish(),
  selected_conversation: z.string().nullish(),
  selected_channel: z.string().nullish(),
});
const stateValues = z.record(z.string(), z.record(z.string(), inputState));

export interface FormAnswers {
  /** By parameter name, as typed, for the core to validate again. */
  args: Record<string, string>;
  /** By block_id (the parameter name): what is wrong with that field, for Slack to show under it. */
  errors: Record<string, string>;
}

/**
 * Reads a submitted form. Each value is checked against its parameter's own schema so a mistake
 * is shown under its field; the core validates again when it runs the command.
 */
export function formAnswers(command: CommandDef, values: unknown, t: Translate): FormAnswers | undefined {
  const parsed = stateValues.safeParse(values);
  if (!parsed.success) return undefined;
  const args: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const param of command.params) {
    const state = parsed.data[param.name]?.[INPUT_ACTION];
    const raw =
      state?.value ??
      state?.selected_option?.value ??
      state?.selected_user ??
      state?.selected_conversation ??
      state?.selected_channel ??
      "";
    const value = raw.trim();
    if (!value) {
      if (param.required) errors[param.name] = plainText(t("error.missingArg", { param: param.name }));
      continue;
    }
    const check = param.schema.safeParse(value);
    if (!check.success) {
      const problem = describeProblem(t, check.error.issues[0]?.message);
      errors[param.name] = plainText(t("error.invalidArg", { param: param.name, problem }));
      continue;
    }
    args[param.name] = value;
  }
  return { args, errors };
}
