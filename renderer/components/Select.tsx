import type { SelectHTMLAttributes } from 'react';

/** A select over a closed vocabulary, labelled through the caller's translation. */
export function CodeSelect<T extends string>({ values, label, value, onChange, allowEmpty, emptyLabel, ...rest }: {
  values: readonly T[];
  label: (value: T) => string;
  value: T | '';
  onChange: (value: T | '') => void;
  allowEmpty?: boolean;
  emptyLabel?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
      {allowEmpty && <option value="">{emptyLabel ?? ''}</option>}
      {values.map((v) => <option key={v} value={v}>{label(v)}</option>)}
    </select>
  );
}
