import { actionId } from "../../commands/define.js";
import type { GroupContext } from "../../context.js";
import type { Tag } from "../../db/generated/client.js";
import type { Block, RichText } from "../../ports.js";
import { plainText } from "../../text/markup.js";
import { choice, list, paragraph } from "../../views.js";
import { tagLabel, visibleInCatalog } from "./tags-service.js";

export const PICK_ACTION = "tags.pick";

export function catalogBlocks(ctx: GroupContext, tags: Tag[], asModerator: boolean): Block[] {
  const shown = tags.filter((tag) => asModerator || visibleInCatalog(tag));
  if (shown.length === 0) return [paragraph(ctx.t("tags.empty"))];
  const lines = shown.map((tag): RichText => {
    const name = tagLabel(tag);
    const line = tag.description
      ? ctx.t("tags.line", { name, description: tag.description })
      : ctx.t("tags.lineBare", { name });
    if (!tag.selfAssignable) line.push(...ctx.t("tags.modOnlyMark"));
    if (tag.visibility === "private") line.push(...ctx.t("tags.privateMark"));
    return line;
  });
  return [paragraph(ctx.t("tags.title", { iam: ctx.cmd("iam") })), list(lines)];
}

/** A multi-choice of the self-assignable tags, for one member only. */
export function pickerBlock(
  ctx: GroupContext,
  tags: Tag[],
  mine: Set<number>,
  forUserId: string,
): Block | null {
  const pickable = tags.filter((tag) => tag.selfAssignable);
  if (pickable.length === 0) return null;
  return choice(
    actionId(PICK_ACTION, [], forUserId),
    plainText(ctx.t("tags.pickPlaceholder")),
    pickable.map((tag) => ({
      value: String(tag.id),
      label: tagLabel(tag),
      ...(tag.description ? { description: tag.description } : {}),
      selected: mine.has(tag.id),
    })),
  );
}

export function tagList(tags: Tag[]): string {
  return tags.map(tagLabel).join(", ");
}
