import { useId, useState } from 'react';
import { t, type MessageKey } from '@/lib/extension/i18n';
import { degreesIn, layoutVisitChart, pathOf, type ChartPanel, type ChartVisit, type SeriesKey, type TickUnit } from '@/lib/shortlist/visit-chart';
import { formatDay } from '@/components/options/shortlistLabels';
// Its own stylesheet, so only the pages that show a chart load it (not the popup).
import './visit-chart.css';

const seriesLabel: Record<SeriesKey, MessageKey> = {
  painBefore: 'chartPainBefore',
  painAfter: 'chartPainAfter',
  motion: 'chartMotion',
};

/** The series in the order the legend and the table list them. */
const SERIES: SeriesKey[] = ['painBefore', 'painAfter', 'motion'];

const tickFormats: Record<TickUnit, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  week: new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat(undefined, { year: 'numeric', timeZone: 'UTC' }),
};
const tickLabel = (date: string, unit: TickUnit) => tickFormats[unit].format(Date.parse(`${date}T00:00:00Z`));

/**
 * Each series has its own marker shape and dash pattern as well as its own colour, so the chart
 * reads the same in greyscale print and for readers who do not tell the colours apart.
 */
function Marker({ series, x, y }: { series: SeriesKey; x: number; y: number }) {
  if (series === 'painBefore') return <circle className="marker" cx={x} cy={y} r={4} />;
  if (series === 'painAfter') return <rect className="marker" x={x - 3.5} y={y - 3.5} width={7} height={7} />;
  return <path className="marker" d={`M${x} ${y - 5} L${x + 5} ${y} L${x} ${y + 5} L${x - 5} ${y} Z`} />;
}

function LegendKey({ series }: { series: SeriesKey }) {
  return (
    <svg className={`legend-key series-${series}`} width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
      <path className="line" d="M1 6 L33 6" />
      <Marker series={series} x={17} y={6} />
    </svg>
  );
}

function describe(panel: ChartPanel, key: SeriesKey, unit: string): string | undefined {
  const values = panel.series.find((s) => s.id === key)!.points.filter((p) => p.value !== undefined);
  if (values.length === 0) return undefined;
  const first = values[0]!;
  const last = values.at(-1)!;
  return values.length === 1
    ? t('chartDescOne', [t(seriesLabel[key]), `${first.value}${unit}`, formatDay(first.date)])
    : t('chartDescSeries', [t(seriesLabel[key]), `${first.value}${unit}`, formatDay(first.date), `${last.value}${unit}`, formatDay(last.date)]);
}

function PanelDrawing({ panel, left, right, xTicks, label, unit }: {
  panel: ChartPanel;
  left: number;
  right: number;
  xTicks: { x: number }[];
  label: string;
  unit: string;
}) {
  return (
    <g className="panel">
      <text className="panel-label" x={left} y={panel.top - 5}>
        {label}
      </text>
      {panel.yTicks.map((tick) => (
        <g key={tick.value} className="y-tick">
          <line className="grid" x1={left} x2={right} y1={tick.y} y2={tick.y} />
          <text className="tick-label" x={left - 5} y={tick.y + 3.5} textAnchor="end">
            {tick.value}
            {unit}
          </text>
        </g>
      ))}
      {xTicks.map((tick, i) => (
        <line key={i} className="grid" x1={tick.x} x2={tick.x} y1={panel.top} y2={panel.bottom} />
      ))}
      {panel.series.map((series) => (
        <g key={series.id} className={`series series-${series.id}`} data-series={series.id} data-runs={series.runs.length}>
          {series.runs
            .filter((run) => run.length > 1)
            .map((run, i) => (
              <path key={i} className="line" d={pathOf(run)} />
            ))}
          {series.runs.flat().map((p) => (
            <Marker key={p.visitId} series={series.id} x={p.x} y={p.y!} />
          ))}
        </g>
      ))}
    </g>
  );
}

/**
 * One provider's visits as a picture: pain before and after (0-10) and, when the notes give an
 * angle, range of motion, over real dates. A visit without a score is a gap in that line. The same
 * numbers are one button away as a table, for screen readers, keyboards and anyone who prefers rows.
 */
export function VisitChart({ visits, providerName, toggle = true }: { visits: readonly ChartVisit[]; providerName: string; toggle?: boolean }) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  if (visits.length === 0) {
    return (
      <p className="muted" data-testid="visit-chart-empty">
        {t('chartNoVisits')}
      </p>
    );
  }
  const layout = layoutVisitChart(visits);
  const shown = SERIES.filter((key) => key !== 'motion' || layout.motion);
  const bottomPanel = layout.motion ?? layout.pain;
  const description = [
    layout.visits.length === 1
      ? t('chartDescSingle', formatDay(layout.firstDate!))
      : t('chartDescSpan', [String(layout.visits.length), formatDay(layout.firstDate!), formatDay(layout.lastDate!)]),
    describe(layout.pain, 'painBefore', ''),
    describe(layout.pain, 'painAfter', ''),
    layout.motion && describe(layout.motion, 'motion', '°'),
    t('chartDescGaps'),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <figure className="visit-chart" data-testid="visit-chart" data-view={asTable ? 'table' : 'chart'}>
      {toggle && (
        <button type="button" className="chart-toggle" data-testid="chart-toggle" aria-controls={`${id}-view`} onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('chartShowChart') : t('chartShowTable')}
        </button>
      )}
      <div id={`${id}-view`}>
        {asTable ? (
          <ChartTable visits={layout.visits} providerName={providerName} />
        ) : (
          <svg
            className="chart-svg"
            data-testid="chart-svg"
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
          >
            <title id={`${id}-title`}>{t('chartTitle', providerName)}</title>
            <desc id={`${id}-desc`}>{description}</desc>
            <PanelDrawing panel={layout.pain} left={layout.left} right={layout.right} xTicks={layout.xTicks} label={t('chartPainAxis')} unit="" />
            {layout.motion && (
              <PanelDrawing panel={layout.motion} left={layout.left} right={layout.right} xTicks={layout.xTicks} label={t('chartMotionAxis')} unit="°" />
            )}
            <g className="x-ticks">
              {layout.xTicks.map((tick) => (
                <text key={tick.date} className="tick-label" x={tick.x} y={bottomPanel.bottom + 16} textAnchor="middle" data-date={tick.date}>
                  {tickLabel(tick.date, tick.unit)}
                </text>
              ))}
            </g>
          </svg>
        )}
      </div>
      {!asTable && (
        <figcaption className="chart-legend">
          {shown.map((key) => (
            <span key={key} className="legend-item">
              <LegendKey series={key} /> {t(seriesLabel[key])}
            </span>
          ))}
          {layout.motion && <span className="muted legend-note">{t('chartMotionNote')}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/** Not-recorded cells: a dash to the eye, words to a screen reader. */
function Missing() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('chartNotRecorded')}</span>
    </>
  );
}

/** The chart's numbers as rows: the same visits, the same order. */
function ChartTable({ visits, providerName }: { visits: readonly ChartVisit[]; providerName: string }) {
  return (
    <table className="visits chart-table" data-testid="chart-table">
      <caption>{t('chartTableCaption', providerName)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('visitDate')}</th>
          <th scope="col">{t('chartPainBefore')}</th>
          <th scope="col">{t('chartPainAfter')}</th>
          <th scope="col">{t('chartMotion')}</th>
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => {
          const angle = degreesIn(v.rangeOfMotion);
          return (
            <tr key={v.id} data-date={v.date}>
              <th scope="row">{formatDay(v.date)}</th>
              <td>{v.painBefore ?? <Missing />}</td>
              <td>{v.painAfter ?? <Missing />}</td>
              <td>{angle === undefined ? <Missing /> : `${angle}°`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
