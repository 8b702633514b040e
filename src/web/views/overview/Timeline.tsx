// Events per month, stacked by quad class: one SVG bar per month. A segment opens the table on
// that month and quad class, the rest of a month's column (or its label) on the whole month.
import type { KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { eventsLink, monthRange, QUADS } from '../events/event-format';
import { niceCeiling, type MonthCounts } from './overview-data';

const WIDTH = 900;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 34;

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTH_NAMES[Number(number) - 1] ?? number} ${year}`;
}

export default function Timeline({ months }: { months: MonthCounts[] }) {
  const navigate = useNavigate();
  if (months.length === 0) return <p className="muted">No dated events yet.</p>;
  const top = niceCeiling(Math.max(...months.map((m) => m.total)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / months.length;
  const bar = Math.max(1, Math.min(60, slot * 0.78));
  const y = (value: number): number => TOP + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 4, top / 2, (3 * top) / 4, top].filter((t) => Number.isInteger(t));
  // Labels for at most ~12 months, evenly spaced.
  const labelEvery = Math.max(1, Math.ceil(months.length / 12));
  const go = (month: string, quad?: string) => (): void => {
    const [since, until] = monthRange(month);
    void navigate(eventsLink({ since, until, quad }));
  };
  const onKey = (action: () => void) => (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };

  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Events per month by quad class" className="timeline-chart">
        {ticks.map((tick) => (
          <g key={tick} className="tick">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">{tick.toLocaleString('en')}</text>
          </g>
        ))}
        {months.map((month, i) => {
          const x = LEFT + i * slot + (slot - bar) / 2;
          let base = 0;
          return (
            <g key={month.month} className="month" data-month={month.month} data-total={month.total}>
              <rect className="month-hit" x={LEFT + i * slot} y={TOP} width={slot} height={plotHeight}
                role="link" tabIndex={-1} aria-label={`${monthLabel(month.month)}: ${month.total} events`}
                onClick={go(month.month)}>
                <title>{`${monthLabel(month.month)}: ${month.total} events`}</title>
              </rect>
              {QUADS.map(({ quad, label, colour }) => {
                const count = month.quads[quad] ?? 0;
                if (count === 0) return null;
                const from = base;
                base += count;
                const text = `${monthLabel(month.month)}, ${label.toLowerCase()}: ${count} event${count === 1 ? '' : 's'}`;
                return (
                  <rect key={quad} className="segment" data-quad={quad} data-count={count}
                    x={x} y={y(from + count)} width={bar} height={Math.max(0.5, y(from) - y(from + count))} fill={colour}
                    role="link" tabIndex={0} aria-label={text}
                    onClick={go(month.month, quad)} onKeyDown={onKey(go(month.month, quad))}>
                    <title>{text}</title>
                  </rect>
                );
              })}
              {i % labelEvery === 0 && (
                <text className="month-label" x={LEFT + i * slot + slot / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle"
                  role="link" tabIndex={0} onClick={go(month.month)} onKeyDown={onKey(go(month.month))}>
                  {monthLabel(month.month)}
                </text>
              )}
            </g>
          );
        })}
        <line className="axis" x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} />
      </svg>
    </figure>
  );
}
