import { classColor, classLabel } from './classColors';

/** A PAR class as a coloured tag with its name (never colour alone). */
export function ClassTag({ classification, label }: { classification: string | null; label?: string | null }) {
  return (
    <span className="class-tag" style={{ background: classColor(classification) }}>
      {label ?? classLabel(classification)}
    </span>
  );
}
