import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { plainText } from "../../../core/text/markup.js";
import { TableWrap } from "../layout.js";
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
              </tr>
            </thead>
            <tbody>
              {grants.map((g) => (
                <tr>
                  <td>@{g.platformUserId}</td>
                  <td>{g.platform}</td>
                  <td>{g.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        <Rich
          text={t("web.mods.howToChange", {
            add: desk.cmd("mod moderators add"),
            remove: desk.cmd("mod moderators remove"),
          })}
        />
      </p>
    </>
  );
}
