import { useCallback, useState, type ChangeEvent } from 'react';
import type { FormErrors } from './useFormErrors';

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The props that tie one TextField/SelectField/TextAreaField to its value, its setter and its inline error. */
export type BoundField = { id: string; value: string; onChange: (event: ChangeEvent<FieldElement>) => void; error: string | undefined };

/**
 * The text values of a form and `field(name)`, the id/value/onChange/error props of the field that edits `name`,
 * so each field declares only what is its own (label, hint, type…).
 * @param ids value name → the id of its input (the same map `useFormErrors` takes)
 */
export function useFormValues<K extends string>(initial: Record<K, string>, ids: Record<NoInfer<K>, string>, form: Pick<FormErrors, 'errorFor'>) {
  const [values, setValues] = useState(initial);
  const set = useCallback((name: K, value: string) => setValues((v) => ({ ...v, [name]: value })), []);
  const field = (name: K): BoundField => ({
    id: ids[name],
    value: values[name],
    onChange: (event) => set(name, event.target.value),
    error: form.errorFor(ids[name]),
  });
  return { values, setValues, set, field };
}
