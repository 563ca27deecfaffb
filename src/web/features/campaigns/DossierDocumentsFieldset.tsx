import type { ClauseRef } from '../../../domain/shared/ruleOutcome';
import { CF, type DocumentValues } from './campaignFormValues';
import { TextAreaField } from '../../components/TextAreaField';

type Props = {
  documents: DocumentValues[];
  /** Clause of an added document: the plan's dossier clause (III.4.c of 34/KH-UBND). */
  newDocumentRef: ClauseRef;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (documents: DocumentValues[]) => void;
};

/** Thành phần hồ sơ: the documents every commendation dossier must hold; another plan may add its own ("other"). */
export function DossierDocumentsFieldset({ documents, newDocumentRef, errorFor, onChange }: Props) {
  return (
    <fieldset className="fieldset" data-testid="dossier-documents">
      <legend className="fieldset__legend">Hồ sơ đề nghị khen thưởng</legend>
      {documents.map((d, i) => (
        <div key={i}>
          <TextAreaField
            id={CF.document(i)}
            label={`Giấy tờ ${i + 1}`}
            hint={`${d.ref.clause} — ${d.ref.source}`}
            rows={2}
            value={d.label}
            error={errorFor(CF.document(i))}
            onChange={(e) => onChange(documents.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))}
          />
          <p>
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(documents.filter((_, j) => j !== i))}>
              Xóa giấy tờ {i + 1}
            </button>
          </p>
        </div>
      ))}
      <button id={CF.addDocument} type="button" className="button button--secondary" onClick={() => onChange([...documents, { kind: 'other', label: '', ref: newDocumentRef }])}>
        Thêm giấy tờ
      </button>
    </fieldset>
  );
}
