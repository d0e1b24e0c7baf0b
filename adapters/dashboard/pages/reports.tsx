import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE, Csrf } from "../layout.js";
import { Rich } from "../rich-text.js";

export async function ReportsPage({ desk }: { desk: Desk }) {
  const { t } = desk;
  const { total, reports } = await desk.reports();
  if (total === 0) return <p>{plainText(t("report.none"))}</p>;
  return (
    <>
      <p>
        <Rich text={t("report.title", { count: total })} />
      </p>
      {reports.map((r) => (
        <section class="item" aria-labelledby={`rep${r.id}`}>
          <h2 id={`rep${r.id}`}>{plainText(t("web.reports.heading", { id: r.id }))}</h2>
          <p>{r.reason || plainText(t("report.noReason"))}</p>
          <p class="meta">
            {plainText(t("web.reports.meta", { date: r.createdAt, zone: t.timeZone }))}
            {r.reporter ? ` · @${r.reporter.platformUserId}` : ""}
            {r.messageRef ? ` · ${r.messageRef}` : ""}
          </p>
          <form class="inline" method="post" action={`${BASE}/reports/${r.id}/resolve`}>
            <Csrf token={desk.csrf} />
            <button type="submit">{plainText(t("report.resolve", { id: r.id }))}</button>
          </form>
          <form class="inline" method="post" action={`${BASE}/reports/${r.id}/dismiss`}>
            <Csrf token={desk.csrf} />
            <button type="submit" class="secondary">
              {plainText(t("report.dismiss", { id: r.id }))}
            </button>
          </form>
        </section>
      ))}
    </>
  );
}
