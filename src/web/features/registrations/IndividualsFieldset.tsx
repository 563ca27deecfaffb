import { useEffect, useRef } from 'react';
import { TextField } from '../../components/TextField';
import { PersonPicker } from '../people/PersonPicker';

/** One individual's row of the form: a saved one has its id and person; a new one may have neither yet. */
export type Individual = { id?: string; personId?: string; fullName: string; position: string; content: string };

type Props = {
  individuals: Individual[];
  defaultContent: string;
  readOnly: boolean;
  /** The registration's unit, whose recorded people a new row may be picked from. */
  orgUnitId: string | undefined;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (individuals: Individual[]) => void;
};

/** Field id of one individual's input, also the target of the error summary's link. */
export const individualFieldId = (index: number, field: 'fullName' | 'position' | 'content') => `individual-${index}-${field}`;

/** "2. Cá nhân" of the annex form: full name, position and content of each individual, with add and remove. */
export function IndividualsFieldset({ individuals, defaultContent, readOnly, orgUnitId, errorFor, onChange }: Props) {
  const update = (index: number, patch: Partial<Individual>) => onChange(individuals.map((x, i) => (i === index ? { ...x, ...patch } : x)));
  // Where focus goes once the list has re-rendered: a keyboard or screen-reader user must not be left on a button
  // that vanished (removal) or far from the row they asked for (addition).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  function add() {
    // The new row's first field: the "Chọn người đã có" search, which the row offers before typing a name.
    focusNext.current = `individual-${individuals.length}-pick`;
    onChange([...individuals, { fullName: '', position: '', content: defaultContent }]);
  }
  function remove(index: number) {
    const left = individuals.length - 1;
    // The row that takes its place, else the one before, else the "Thêm cá nhân" button.
    focusNext.current = left === 0 ? 'individual-add' : `individual-${Math.min(index, left - 1)}-heading`;
    onChange(individuals.filter((_, j) => j !== index));
  }
  return (
    <fieldset className="fieldset" data-testid="individuals">
      <legend className="fieldset__legend">2. Cá nhân đăng ký thi đua</legend>
      {individuals.length === 0 ? <p>Chưa có cá nhân nào. Tập thể vẫn có thể đăng ký một mình.</p> : null}
      {individuals.map((person, i) => (
        <div key={person.id ?? `new-${i}`} className="panel" data-testid={`individual-${i}`}>
          {/* h2 under the page's h1 (the fieldset's legend is not a heading): heading levels go down one at a time. */}
          <h2 id={`individual-${i}-heading`} className="heading-s" tabIndex={-1}>
            Cá nhân {i + 1}
          </h2>
          {/* A new row may take a person already recorded in the unit; the typing path below stays. */}
          {readOnly || person.id ? null : <PersonPicker id={`individual-${i}-pick`} orgUnitId={orgUnitId} onPick={(p) => update(i, { personId: p.id, fullName: p.fullName, position: p.position })} />}
          {person.personId && !person.id ? <p data-testid={`individual-${i}-picked`}>Đã chọn người đã có trong đơn vị.</p> : null}
          <TextField id={individualFieldId(i, 'fullName')} label="Họ và tên" value={person.fullName} readOnly={readOnly} autoComplete="off" error={errorFor(individualFieldId(i, 'fullName'))} onChange={(e) => update(i, { fullName: e.target.value })} />
          <TextField id={individualFieldId(i, 'position')} label="Chức vụ, đơn vị công tác" value={person.position} readOnly={readOnly} error={errorFor(individualFieldId(i, 'position'))} onChange={(e) => update(i, { position: e.target.value })} />
          <TextField id={individualFieldId(i, 'content')} label="Nội dung đăng ký" value={person.content} readOnly={readOnly} error={errorFor(individualFieldId(i, 'content'))} onChange={(e) => update(i, { content: e.target.value })} />
          {readOnly ? null : (
            <button type="button" className="button button--secondary" onClick={() => remove(i)}>
              Xóa cá nhân {i + 1}
            </button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <button id="individual-add" type="button" className="button button--secondary" onClick={add}>
          Thêm cá nhân
        </button>
      )}
    </fieldset>
  );
}
