import type { AuditFilter, Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { startOfLocalDay } from "../../../core/features/digests/zoned-time.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE, TableWrap } from "../layout.js";

export interface AuditQuery {
  member: string;
  kind: string;
  from: string;
  to: string;
}

/** The filter of a query, its days read in the community's time zone as the dates are shown. */
export function auditFilter(q: AuditQuery, timeZone: string): AuditFilter {
  const dayAfter = (day: string) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    member: q.member.replace(/^@/, "") || undefined,
    kind: q.kind || undefined,
    from: q.from ? startOfLocalDay(q.from, timeZone) : undefined,
    to: q.to ? startOfLocalDay(dayAfter(q.to), timeZone) : undefined,
  };
}

export async function AuditPage({ desk, query }: { desk: Desk; query: AuditQuery }) {
  const { t } = desk;
  const entries = await desk.audit(auditFilter(query, t.timeZone));
  const csv = `${BASE}/audit.csv?${new URLSearchParams({ ...query }).toString()}`;
  return (
    <>
      <form method="get" action={`${BASE}/audit`} class="filters">
        <fieldset>
          <legend>{plainText(t("web.audit.filter"))}</legend>
          <label for="member">{plainText(t("web.audit.member"))}</label>
          <input type="text" id="member" name="member" value={query.member} maxlength={100} />
          <label for="kind">{plainText(t("web.audit.kind"))}</label>
          <input
            type="text"
            id="kind"
            name="kind"
            value={query.kind}
            maxlength={60}
            aria-describedby="kind-hint"
          />
          <p class="meta" id="kind-hint">
            {plainText(t("web.audit.kindHint"))}
          </p>
          <label for="from">{plainText(t("web.audit.from"))}</label>
          <input type="date" id="from" name="from" value={query.from} />
          <label for="to">{plainText(t("web.audit.to"))}</label>
          <input type="date" id="to" name="to" value={query.to} />
          <p>
            <button type="submit">{plainText(t("web.audit.apply"))}</button>
          </p>
        </fieldset>
      </form>
      <p>
        <a href={csv} download="audit.csv">
          {plainText(t("web.audit.csv"))}
        </a>
      </p>
      {entries.length === 0 ? (
        <p>{plainText(t("audit.none"))}</p>
      ) : (
        <TableWrap label={plainText(t("web.audit.caption"))}>
          <table>
            <caption class="visually-hidden">{plainText(t("web.audit.caption"))}</caption>
            <thead>
              <tr>
                <th scope="col">{plainText(t("web.audit.when", { zone: t.timeZone }))}</th>
                <th scope="col">{plainText(t("web.audit.who"))}</th>
                <th scope="col">{plainText(t("web.audit.action"))}</th>
                <th scope="col">{plainText(t("web.audit.detail"))}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>{plainText(t("web.audit.at", { date: e.createdAt }))}</td>
                  <td>{e.actorId ? `@${e.actorId}` : plainText(t("web.audit.erased"))}</td>
                  <td>{e.action}</td>
                  <td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}

// A cell starting with = + - @ (or a tab/CR) would be a formula in a spreadsheet: quote it inert.
function cell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${inert.replaceAll('"', '""')}"`;
}

export async function auditCsv(desk: Desk, query: AuditQuery): Promise<string> {
  const entries = await desk.audit(auditFilter(query, desk.t.timeZone), 10_000);
  const header = ["time", "platform", "moderator", "action", "detail"].map(cell).join(",");
  const rows = entries.map((e) =>
    [e.createdAt.toISOString(), e.platform, e.actorId ?? "", e.action, e.detail].map(cell).join(","),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}
