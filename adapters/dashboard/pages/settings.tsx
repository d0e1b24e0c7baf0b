import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { languageName } from "../../../core/features/language/language-feature.js";
import { WARNING_EXPIRY_DAYS } from "../../../core/features/moderation/moderation-service.js";
import { MAX_WELCOME_LENGTH } from "../../../core/features/onboarding/welcome-view.js";
import { RETENTION_DAYS } from "../../../core/features/privacy/personal-data-service.js";
import { MAX_CRISIS_TEXT } from "../../../core/features/safety/support-settings-service.js";
import { LANGUAGES } from "../../../core/text/languages.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE, Csrf } from "../layout.js";
import { Rich, ViewPreview } from "../rich-text.js";

/** The welcome preview, also sent alone to the page's script as the moderator types. */
export async function WelcomePreview({ desk, text }: { desk: Desk; text: string | undefined }) {
  const view = await desk.welcomePreview(text);
  return <ViewPreview view={view} label={plainText(desk.t("web.settings.previewLabel"))} />;
}

function OnOff({ desk, name, id, on }: { desk: Desk; name: string; id: string; on: boolean }) {
  return (
    <select id={id} name={name}>
      <option value="on" selected={on}>
        {plainText(desk.t("config.on"))}
      </option>
      <option value="off" selected={!on}>
        {plainText(desk.t("config.off"))}
      </option>
    </select>
  );
}

export async function SettingsPage({ desk, draft }: { desk: Desk; draft: string | undefined }) {
  const { t } = desk;
  const s = desk.settings();
  const save = plainText(t("web.save"));
  return (
    <>
      <form
        method="post"
        action={`${BASE}/settings/welcome`}
        data-preview="welcome-preview"
        data-preview-url={`${BASE}/settings/welcome/preview`}
      >
        <Csrf token={desk.csrf} />
        <fieldset>
          <legend>{plainText(t("web.settings.welcome"))}</legend>
          <p class="meta" id="welcome-hint">
            <Rich text={t("web.settings.welcomeHint", { member: "{member}", community: "{community}" })} />
          </p>
          <label for="welcome">{plainText(t("web.settings.welcomeText"))}</label>
          <textarea id="welcome" name="text" maxlength={MAX_WELCOME_LENGTH} aria-describedby="welcome-hint">
            {draft ?? s.welcomeText ?? ""}
          </textarea>
          <label for="welcomeMode">{plainText(t("web.settings.welcomeMode"))}</label>
          <select id="welcomeMode" name="mode">
            <option value="group" selected={s.welcomeMode === "group"}>
              {plainText(t("web.settings.modeGroup"))}
            </option>
            <option value="private" selected={s.welcomeMode === "private"}>
              {plainText(t("web.settings.modePrivate"))}
            </option>
          </select>
          <p>
            <button type="submit" name="intent" value="save">
              {save}
            </button>{" "}
            <button type="submit" name="intent" value="preview" class="secondary">
              {plainText(t("web.settings.preview"))}
            </button>
          </p>
          <div id="welcome-preview" aria-live="polite">
            <WelcomePreview desk={desk} text={draft} />
          </div>
        </fieldset>
      </form>
      <form method="post" action={`${BASE}/settings/general`}>
        <Csrf token={desk.csrf} />
        <fieldset>
          <legend>{plainText(t("web.settings.general"))}</legend>
          <label for="gate">{plainText(t("web.settings.gate"))}</label>
          <OnOff desk={desk} name="gate" id="gate" on={s.gateEnabled} />
          <label for="modChannel">{plainText(t("web.settings.modChannel"))}</label>
          <input type="text" id="modChannel" name="modChannel" value={s.modChannelId ?? ""} maxlength={100} />
          <label for="retention">{plainText(t("web.settings.retention"))}</label>
          <input
            type="number"
            id="retention"
            name="retention"
            min={RETENTION_DAYS.min}
            max={RETENTION_DAYS.max}
            value={String(s.retentionDays)}
            required
          />
          <label for="warnings">{plainText(t("web.settings.warnings"))}</label>
          <input
            type="number"
            id="warnings"
            name="warnings"
            min={WARNING_EXPIRY_DAYS.min}
            max={WARNING_EXPIRY_DAYS.max}
            value={String(s.warningExpiryDays)}
            required
          />
          <p>
            <button type="submit">{save}</button>
          </p>
        </fieldset>
      </form>
      <form method="post" action={`${BASE}/settings/language`}>
        <Csrf token={desk.csrf} />
        <fieldset>
          <legend>{plainText(t("web.settings.languageTitle"))}</legend>
          <label for="language">{plainText(t("web.settings.languageLabel"))}</label>
          <select id="language" name="language" aria-describedby="language-hint">
            <option value="auto" selected={s.language === null}>
              {plainText(t("web.settings.languageAuto"))}
            </option>
            {LANGUAGES.map((language) => (
              // Each language named in itself, and marked so a screen reader says it in that language.
              <option value={language} lang={language} selected={s.language === language}>
                {languageName(language)}
              </option>
            ))}
          </select>
          <p class="meta" id="language-hint">
            {plainText(
              t("web.settings.language", { command: desk.cmd("mod language"), own: desk.cmd("language") }),
            )}
          </p>
          <p>
            <button type="submit">{save}</button>
          </p>
        </fieldset>
      </form>
      <form method="post" action={`${BASE}/settings/crisis`}>
        <Csrf token={desk.csrf} />
        <fieldset>
          <legend>{plainText(t("web.settings.crisis"))}</legend>
          <label for="crisisText">{plainText(t("web.settings.crisisText"))}</label>
          <textarea id="crisisText" name="text" maxlength={MAX_CRISIS_TEXT}>
            {s.crisisText ?? ""}
          </textarea>
          <label for="crisisAlert">{plainText(t("web.settings.crisisAlert"))}</label>
          <OnOff desk={desk} name="alert" id="crisisAlert" on={s.crisisAlert} />
          <p>
            <button type="submit">{save}</button>
          </p>
        </fieldset>
      </form>
    </>
  );
}
