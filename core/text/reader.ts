import type { Actor, Place } from "../ports.js";
import { type Translate, translator } from "./i18n.js";
import { pickLanguage } from "./languages.js";

// Who reads which language: the member's choice (/language) → the community's default
// (/mod language) → the platform's hint (the caller's client, then the group's own locale) →
// English. Posts to a channel skip the member: they are read by the whole group.

interface Stored {
  member?: string | null;
  community?: string | null;
  timeZone?: string | null;
}

/** The caller's translator in a group: their choice, the community's, then the platform's hints. */
export function readerTranslator(actor: Actor, place: Place, stored: Stored): Translate {
  return translator({
    language: pickLanguage(stored.member, stored.community, actor.locale, place.locale),
    timeZone: stored.timeZone ?? undefined,
  });
}

/** The translator for what the group reads: the community's language, then the group's locale. */
export function communityTranslator(place: Place, stored: Stored): Translate {
  return translator({
    language: pickLanguage(stored.community, place.locale),
    timeZone: stored.timeZone ?? undefined,
  });
}

/** Before anything is loaded (or outside any group): the caller's stored choice, else the platform's hint. */
export function hintedTranslator(actor: Actor, place: Place, stored?: string | null): Translate {
  return translator({ language: pickLanguage(stored, actor.locale, place.locale) });
}
