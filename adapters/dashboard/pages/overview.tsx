import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { formatClock, formatWeekdays } from "../../../core/features/digests/zoned-time.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE } from "../layout.js";
import { Rich } from "../rich-text.js";

export async function OverviewPage({ desk }: { desk: Desk }) {
  const { t } = desk;
  const o = await desk.overview();
  const cards = [
    { count: o.pending, label: t("web.overview.pending", { count: o.pending }), href: "/settings" },
    { count: o.suggestions, label: t("web.overview.suggestions", { count: o.suggestions }), href: "/queue" },
    { count: o.reports, label: t("web.overview.reports", { count: o.reports }), href: "/reports" },
  ];
  return (
    <>
      <ul class="cards">
        {cards.map((card) => (
          <li>
            <a href={`${BASE}${card.href}`}>
              <span class="count">{card.count}</span> <Rich text={card.label} />
            </a>
          </li>
        ))}
      </ul>
      <h2>{plainText(t("web.overview.crisisTitle"))}</h2>
      <p>
        <Rich
          text={
            o.headsUps === 0
              ? t("web.overview.crisisNone")
              : t("web.overview.crisisOpen", { count: o.headsUps, command: desk.cmd("mod crisis open") })
          }
        />
      </p>
      <h2>{plainText(t("web.overview.digestsTitle"))}</h2>
      {o.schedules.length === 0 ? (
        <p>
          <Rich text={t("web.digests.none", { command: desk.cmd("mod digest set") })} />
        </p>
      ) : (
        <ul>
          {o.schedules.map((s) => (
            <li>
              <Rich
                text={t("web.digests.line", {
                  time: formatClock(s.minuteOfDay),
                  zone: s.timeZone,
                  days: formatWeekdays(s.weekdays),
                  channel: s.channelId,
                  count: s.itemCount,
                })}
              />
              {s.next ? (
                <>
                  <br />
                  {/* In the reader's language and the community's time zone (the translator's). */}
                  <time datetime={s.next.toISOString()}>
                    <Rich text={t("web.overview.nextRun", { at: s.next, zone: t.timeZone })} />
                  </time>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
