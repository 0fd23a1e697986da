import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRICTS } from '../../../shared/codes/districts';

/** Replaces one item of a list the way React state wants it: a new list, a new item. */
export type ListUpdate<T> = (update: (list: T[]) => T[]) => void;
export const patchAt = <T,>(list: T[], index: number, patch: Partial<T>): T[] => list.map((item, i) => (i === index ? { ...item, ...patch } : item));
export const removeAt = <T,>(list: T[], index: number): T[] => list.filter((_, i) => i !== index);

/**
 * A table cell's input. Tables have no room for a label per input, so the column's label is
 * the input's accessible name and the error shows as the cell's tooltip and in the summary.
 */
export function TextCell({ label, value, onChange, error, ...rest }: {
  label: string; value: string; onChange: (value: string) => void; error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <td className={error ? 'cell-invalid' : undefined}>
      <input {...rest} aria-label={label} aria-invalid={error ? true : undefined} title={error} value={value} onChange={(e) => onChange(e.target.value)} />
    </td>
  );
}

export function SelectCell<T extends string>({ label, value, values, text, onChange, error }: {
  label: string; value: T; values: readonly T[]; text: (value: T) => string; onChange: (value: T) => void; error?: string;
}) {
  return (
    <td className={error ? 'cell-invalid' : undefined}>
      <select aria-label={label} aria-invalid={error ? true : undefined} title={error} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {values.map((v) => <option key={v} value={v}>{text(v)}</option>)}
      </select>
    </td>
  );
}

/** "2900 · Hangzhou" or "2900 · 杭州关区": district names are data in both languages. */
export function useDistrictLabel() {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (code: string) => {
    const d = DISTRICTS.find((x) => x.code === code);
    return d ? `${d.code} · ${zh ? d.zh : d.en}` : code;
  };
}

export function RemoveCell({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <td className="presets-remove">
      <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick}>×</button>
    </td>
  );
}

export function PresetsTable({ head, children, footer }: { head: string[]; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="presets-table-wrap">
      <table className="presets-table">
        <thead><tr>{head.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr></thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}

/** A set of checkboxes over a closed vocabulary, e.g. the grades that may be relisted. */
export function CheckList<T extends string>({ legend, values, selected, text, onChange }: {
  legend: string; values: readonly T[]; selected: readonly T[]; text: (value: T) => string; onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="presets-checks">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v}>
          <input type="checkbox" checked={selected.includes(v)}
            onChange={(e) => onChange(values.filter((x) => (x === v ? e.target.checked : selected.includes(x))))} />
          {text(v)}
        </label>
      ))}
    </fieldset>
  );
}
