import type { ClausedText } from './campaignFormValues';
import { TextAreaField } from '../../components/TextAreaField';

type Props = {
  legend: string;
  /** Label of each passage, numbered: "Mục đích 1". */
  itemLabel: string;
  items: ClausedText[];
  idFor: (index: number) => string;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (items: ClausedText[]) => void;
};

/**
 * The plan's passages of one kind (purposes I.1, requirements I.2, contents II.1), one text box each. The clause each
 * passage is stays as the plan numbers it (shown as the hint): rules and documents cite it.
 */
export function ClausedTextsFieldset({ legend, itemLabel, items, idFor, errorFor, onChange }: Props) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {items.map((item, i) => (
        <TextAreaField
          key={`${item.ref.clause}-${i}`}
          id={idFor(i)}
          label={`${itemLabel} ${i + 1}`}
          hint={`${item.ref.clause} — ${item.ref.source}`}
          value={item.text}
          error={errorFor(idFor(i))}
          onChange={(e) => onChange(items.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
        />
      ))}
    </fieldset>
  );
}
