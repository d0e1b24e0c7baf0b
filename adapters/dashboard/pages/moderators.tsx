import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE, Csrf, TableWrap } from "../layout.js";
import { Rich } from "../rich-text.js";

export async function ModeratorsPage({ desk }: { desk: Desk }) {
  const { t } = desk;
  const grants = await desk.moderators();
  return (
    <>
      <p>
        <Rich text={t("web.mods.admins")} />
      </p>
      {grants.length === 0 ? (
        <p>{plainText(t("mods.none"))}</p>
      ) : (
        <TableWrap label={plainText(t("web.mods.caption"))}>
          <table>
            <caption class="visually-hidden">{plainText(t("web.mods.caption"))}</caption>
            <thead>
              <tr>
                <th scope="col">{plainText(t("web.mods.who"))}</th>
                <th scope="col">{plainText(t("web.mods.platform"))}</th>
                <th scope="col">{plainText(t("web.mods.since"))}</th>
                <th scope="col">{plainText(t("web.mods.change"))}</th>
              </tr>
            </thead>
            <tbody>
              {grants.map((g) => (
                <tr>
                  <td>@{g.platformUserId}</td>
                  <td>{g.platform}</td>
                  <td>{plainText(t("web.mods.sinceDate", { date: g.createdAt }))}</td>
                  <td>
                    {g.platform === desk.moderator.platform ? (
                      <form method="post" action={`${BASE}/moderators/remove`}>
                        <Csrf token={desk.csrf} />
                        <input type="hidden" name="member" value={g.platformUserId} />
                        <button type="submit" class="danger">
                          {plainText(t("web.mods.remove", { member: g.platformUserId }))}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2>{plainText(t("web.mods.addTitle"))}</h2>
      <form method="post" action={`${BASE}/moderators/add`}>
        <Csrf token={desk.csrf} />
        <label for="member">{plainText(t("web.mods.member"))}</label>
        <input
          type="text"
          id="member"
          name="member"
          maxlength={200}
          required
          aria-describedby="member-hint"
        />
        <p class="meta" id="member-hint">
          {plainText(t("web.mods.memberHint"))}
        </p>
        <button type="submit">{plainText(t("web.mods.add"))}</button>
      </form>
    </>
  );
}
