import { actionId } from "../../commands/define.js";
import type { Context, GroupContext } from "../../context.js";
import type { View } from "../../ports.js";
import { plain, plainText } from "../../text/markup.js";
import { buttons, paragraph, personalView, view } from "../../views.js";

export const APPROVE = "anon.ok";
export const REJECT = "anon.no";
export const PICK_GROUP = "anon.to";

type Ctx = Pick<Context, "t" | "cmd">;

/** The pseudonym's post in the group: never anything about who asked. */
export function questionPost(ctx: Ctx, id: number, text: string): View {
  return view(
    paragraph(ctx.t("ask.pseudonym", { id })),
    paragraph(plain(text)),
    paragraph(ctx.t("ask.replyHint")),
  );
}

export function answerPost(ctx: Ctx, id: number, text: string): View {
  return view(paragraph(ctx.t("ask.pseudonym", { id })), paragraph(plain(text)));
}

/** What moderators review: the question, never the asker. */
export function reviewView(ctx: GroupContext, id: number, text: string, personal: boolean): View {
  const blocks = [
    paragraph(ctx.t("ask.review", { id })),
    paragraph(plain(text)),
    buttons(
      { label: plainText(ctx.t("ask.approve", { id })), action: actionId(APPROVE, [id]), style: "primary" },
      { label: plainText(ctx.t("ask.reject", { id })), action: actionId(REJECT, [id]) },
    ),
    paragraph(ctx.t("ask.reasonHint", { command: ctx.cmd(`mod ask reject ${id}`) })),
  ];
  return personal ? personalView(...blocks) : view(...blocks);
}

/** A reply to the question, passed on to the asker alone. */
export function relayView(ctx: Ctx, id: number, text: string): View {
  return personalView(
    paragraph(ctx.t("ask.relay", { id })),
    paragraph(plain(text)),
    paragraph(ctx.t("ask.answerHint", { command: ctx.cmd(`answer ${id}`) })),
  );
}
