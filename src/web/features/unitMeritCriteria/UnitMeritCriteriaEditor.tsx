import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import type { UnitMeritCriterion } from '../../../shared/contracts/unitMeritCriteria';

type Criterion = UnitMeritCriterion;

const MAX_ITEMS = 30;
const codeId = (i: number) => `umc-code-${i}`;
const textId = (i: number) => `umc-text-${i}`;

/**
 * The issuer's own Giấy khen criteria as an editable list (Khoản 2, Mục III). Saving sends the whole list; the
 * server checks it and names each bad item, shown in the error summary and beside the field.
 */
export function UnitMeritCriteriaEditor({ url, initial, onSaved }: { url: string; initial: Criterion[] | null; onSaved: () => void }) {
  const [items, setItems] = useState<Criterion[]>(initial?.length ? initial : [{ code: '1', text: '' }]);
  const [saved, setSaved] = useState(false);
  const fieldIds: Record<string, string> = { criteria: codeId(0), issuerUnitId: codeId(0) };
  items.forEach((_, i) => {
    fieldIds[`criteria.${i}.code`] = codeId(i);
    fieldIds[`criteria.${i}.text`] = textId(i);
  });
  const errors = useFormErrors(fieldIds);
  const { busy, run } = useSubmit(errors);

  const change = (i: number, patch: Partial<Criterion>) => {
    setSaved(false);
    setItems((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setSaved(false);
    await run(
      () => api(url, { method: 'PUT', body: { criteria: items } }),
      () => {
        setSaved(true);
        onSaved();
      },
    );
  }

  return (
    <form onSubmit={save} noValidate className="panel" aria-label="Sửa tiêu chuẩn Giấy khen của đơn vị">
      <ErrorSummary errors={errors.errors} description={errors.description} />
      {saved ? (
        <p className="banner banner--success" role="status">
          Đã lưu tiêu chuẩn Giấy khen.
        </p>
      ) : null}
      <ol className="result-list" data-testid="criteria-editor">
        {items.map((c, i) => (
          <li key={i} className="result-list__item">
            <TextField id={codeId(i)} label={`Mã tiêu chuẩn thứ ${i + 1}`} value={c.code} maxLength={20} error={errors.errorFor(codeId(i))} onChange={(e) => change(i, { code: e.target.value })} />
            <TextAreaField id={textId(i)} label={`Nội dung tiêu chuẩn thứ ${i + 1}`} hint="Tối đa 1000 ký tự" value={c.text} error={errors.errorFor(textId(i))} onChange={(e) => change(i, { text: e.target.value })} />
            {items.length > 1 ? (
              <button type="button" className="button button--link" onClick={() => setItems((list) => list.filter((_, j) => j !== i))}>
                Xóa tiêu chuẩn thứ {i + 1}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="actions">
        {items.length < MAX_ITEMS ? (
          <button type="button" className="button button--secondary" onClick={() => setItems((list) => [...list, { code: String(list.length + 1), text: '' }])}>
            Thêm tiêu chuẩn
          </button>
        ) : null}
        <FormActions label="Lưu tiêu chuẩn" busy={busy} />
      </div>
    </form>
  );
}
