/**
 * The lineage's legend, drawn from the same style tables as the graph (model/style.ts): fills
 * by province or level, shapes by type, lines by relation, hollow stubs, marked findings.
 */
import type { ColorEntry, Shape } from '../model/style.ts';
import { FINDING_COLOR, FOCUS_BORDER, RELATION_STYLES, SHAPE_LEGEND } from '../model/style.ts';
import { shapePath } from '../model/svg.ts';
import { relationLabel } from '../model/labels.ts';
import { useT } from './common.tsx';

function ShapeIcon({ shape, fill = '#ffffff', border = '#35537a', dashed = false, width = 1.5 }: { shape: Shape; fill?: string; border?: string; dashed?: boolean; width?: number }) {
  return (
    <svg width="30" height="18" viewBox="0 0 30 18" aria-hidden="true" className="icon">
      <path d={shapePath(shape, 15, 9, 27, 15)} fill={fill} stroke={border} strokeWidth={width} strokeDasharray={dashed ? '3 2' : undefined} />
    </svg>
  );
}

function LineIcon({ color, line, width = 2 }: { color: string; line: string; width?: number }) {
  const dash = line === 'dashed' ? '6 4' : line === 'dotted' ? '2 3' : undefined;
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" className="icon">
      <line x1="1" y1="6" x2="26" y2="6" stroke={color} strokeWidth={width} strokeDasharray={dash} />
      <path d="M33,6 L25,2 L25,10 Z" fill={color} />
    </svg>
  );
}

export function Legend({ colors }: { colors: readonly ColorEntry[] }) {
  const t = useT();
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="legend">
      <h3 id="legend-heading">{t.legendHeading}</h3>
      <ul>
        {colors.map((c) => (
          <li key={c.key}>
            <ShapeIcon shape="rectangle" fill={c.swatch.fill} border={c.swatch.border} /> {c.label}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          <ShapeIcon shape="round-rectangle" border={FOCUS_BORDER} width={3} /> {t.legendFocus}
        </li>
        <li>
          <ShapeIcon shape="round-rectangle" dashed /> {t.legendStub}
        </li>
        <li>
          <LineIcon color={FINDING_COLOR} line="solid" width={4} /> {t.legendFinding}
        </li>
      </ul>
      <ul aria-label={t.legendShapes}>
        {SHAPE_LEGEND.map((s) => (
          <li key={s.shape}>
            <ShapeIcon shape={s.shape} fill="#e5e9f0" /> {s[t.lang]}
          </li>
        ))}
      </ul>
      <ul aria-label={t.relationsLabel}>
        {Object.entries(RELATION_STYLES).map(([r, s]) => (
          <li key={r}>
            <LineIcon color={s.color} line={s.line} /> {relationLabel(r, t.lang)}
          </li>
        ))}
      </ul>
      <p className="hint">{t.legendArrow}</p>
    </section>
  );
}
