import { defineAnywhereCommand, defineCommand, defineFeature } from "../../commands/define.js";
import { arg, optional } from "../../commands/params.js";
import type { Context, GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import type { View } from "../../ports.js";
import { changeCommunity } from "../../settings-service.js";
import { translator } from "../../text/i18n.js";
import { LANGUAGES, type Language } from "../../text/languages.js";
import { readerTranslator } from "../../text/reader.js";
import { note, paragraph, personalView } from "../../views.js";
import { isValidTimeZone } from "../digests/zoned-time.js";
import { setMemberLanguage } from "./language-service.js";

/** `auto`: no choice of one's own (the community's language, then the platform's hint). */
export const CHOICES = [...LANGUAGES, "auto"] as unknown as readonly [
  Language | "auto",
  ...(Language | "auto")[],
];

function inGroup(ctx: Context | GroupContext): ctx is GroupContext {
  return "community" in ctx;
}

/** A language's name in that language (español, français), from the runtime's CLDR data. */
export function languageName(language: Language): string {
  return new Intl.DisplayNames([language], { type: "language" }).of(language) ?? language;
}

/**
 * Sets the language of the community's posts (`mod language`, the setup checklist), audited; the
 * answer is in the language the moderator now reads.
 */
export async function setCommunityLanguage(ctx: GroupContext, code: Language | "auto"): Promise<View> {
  const language = code === "auto" ? null : code;
  await changeCommunity(ctx, "community.language", { language }, code);
  const t = readerTranslator(ctx.actor, ctx.place, {
    member: ctx.member?.language,
    community: language,
    timeZone: ctx.community.timeZone,
  });
  return note(
    language ? t("language.communitySet", { language: languageName(language) }) : t("language.communityAuto"),
  );
}

const available = () => LANGUAGES.map((l) => `${l} (${languageName(l)})`).join(", ");

export const languageFeature = defineFeature({
  name: "language",
  // The member's language is a column of their member row: exported and erased with it (onboarding).
  async configLines(ctx) {
    return [
      ctx.t("config.language", { value: ctx.community.language ?? "auto" }),
      ctx.t("config.timeZone", { value: ctx.community.timeZone ?? "UTC" }),
    ];
  },
  commands: [
    defineAnywhereCommand({
      path: "language",
      audience: "member",
      params: [optional(arg.choice("code", "param.language", CHOICES))],
      async handler(ctx, args) {
        if (args.code === undefined) {
          return note(
            ctx.t("language.current", {
              language: languageName(ctx.t.language),
              list: available(),
              command: ctx.cmd("language"),
            }),
          );
        }
        const language = args.code === "auto" ? null : args.code;
        // The person's language, wherever they meet the bot on this platform: every member row.
        if (inGroup(ctx)) await ctx.ensureMember();
        const count = await setMemberLanguage(ctx, language);
        const t = inGroup(ctx)
          ? readerTranslator(ctx.actor, ctx.place, {
              member: language,
              community: ctx.community.language,
              timeZone: ctx.community.timeZone,
            })
          : translator({ language: language ?? ctx.t.language });
        if (count === 0) return note(t("language.notStored", { command: ctx.cmd("language") }));
        return personalView(
          paragraph(
            language
              ? t("language.set", { language: languageName(language) })
              : t("language.auto", { language: languageName(t.language) }),
          ),
        );
      },
    }),
    defineCommand({
      path: "mod language",
      audience: "moderator",
      params: [arg.choice("code", "param.communityLanguage", CHOICES)],
      handler: (ctx, args) => setCommunityLanguage(ctx, args.code),
    }),
    defineCommand({
      path: "mod timezone",
      audience: "moderator",
      params: [arg.word("timezone", "param.timezone", 64)],
      async handler(ctx, args) {
        if (!isValidTimeZone(args.timezone)) {
          throw new UserError(ctx.t("digest.badZone", { zone: args.timezone }));
        }
        await changeCommunity(ctx, "community.timeZone", { timeZone: args.timezone }, args.timezone);
        const t = translator({ language: ctx.t.language, timeZone: args.timezone });
        return note(t("language.timeZoneSet", { zone: args.timezone, now: ctx.clock.now() }));
      },
    }),
  ],
});
