import { CLASSIFICATIONS } from '../../../domain/par/classificationScheme';
import { classColor, classLabel } from './classColors';

/** The colour key of the PAR classes (charts also print each class name, this is a help, not the only cue). */
export function ClassLegend({ withUnclassified = true }: { withUnclassified?: boolean }) {
  const classes: (string | null)[] = [...CLASSIFICATIONS, ...(withUnclassified ? [null] : [])];
  return (
    <ul className="chart-legend" aria-label="Chú giải màu xếp loại">
      {classes.map((c) => (
        <li key={c ?? 'none'}>
          <span className="chart-legend__swatch" style={{ background: classColor(c) }} aria-hidden="true" />
          {classLabel(c)}
        </li>
      ))}
    </ul>
  );
}
