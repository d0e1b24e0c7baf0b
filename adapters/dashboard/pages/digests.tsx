import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { formatClock, formatWeekdays } from "../../../core/features/digests/zoned-time.js";
import { plainText } from "../../../core/text/markup.js";
import { TableWrap } from "../layout.js";
import { Rich, ViewPreview } from "../rich-text.js";

export async function DigestsPage({ desk }: { desk: Desk }) {
  const { t } = desk;
  const schedules = await desk.digests();
  const preview = await desk.digestPreview(schedules[0]?.itemCount ?? 3);
  return (
    <>
      {schedules.length === 0 ? (
        <p>
          <Rich text={t("web.digests.none", { command: desk.cmd("mod digest set") })} />
        </p>
      ) : (
        <TableWrap label={plainText(t("web.digests.caption"))}>
          <table>
            <caption class="visually-hidden">{plainText(t("web.digests.caption"))}</caption>
            <thead>
              <tr>
                <th scope="col">{plainText(t("web.digests.channel"))}</th>
                <th scope="col">{plainText(t("web.digests.time"))}</th>
                <th scope="col">{plainText(t("web.digests.days"))}</th>
                <th scope="col">{plainText(t("web.digests.items"))}</th>
                <th scope="col">{plainText(t("web.digests.state"))}</th>
              </tr>
            </thead>
            <tbody>
              {schedules.map((s) => (
                <tr>
                  <td>{s.channelId}</td>
                  <td>{`${formatClock(s.minuteOfDay)} ${s.timeZone}`}</td>
                  <td>{formatWeekdays(s.weekdays)}</td>
                  <td>{s.itemCount}</td>
                  <td>{plainText(t(s.enabled ? "config.on" : "config.off"))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        <Rich text={t("web.digests.howToChange", { command: desk.cmd("mod digest set") })} />
      </p>
      <h2>{plainText(t("web.digests.previewTitle"))}</h2>
      {preview ? (
        <ViewPreview view={preview} label={plainText(t("web.digests.previewLabel"))} />
      ) : (
        <p>{plainText(t("digest.emptyPreview"))}</p>
      )}
    </>
  );
}
