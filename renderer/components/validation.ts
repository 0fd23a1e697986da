import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationFailed, type FieldError } from '../../shared/errors';
import { useFormat } from '../i18n/format';

export interface ShownError {
  field: string;
  text: string;
}

/**
 * Turns a refusal into sentences that name the field in the user's language
 * ("Line 2 · Qty: must be at least 1"), both for the summary and beside each input. Features
 * whose paths are not ledger fields pass their own `labelOf` (path → name).
 */
export function useValidation(labelOf?: (path: string) => string) {
  const { t } = useTranslation(['common', 'ledger']);
  const [errors, setErrors] = useState<ShownError[]>([]);

  const ledgerLabel = useCallback(
    (path: string) =>
      path
        .split('.')
        .map((part, i, parts) => {
          if (/^\d+$/.test(part)) return parts[i - 1] === 'lines' ? t('ledger:field.line', { n: Number(part) + 1 }) : '';
          if (part === 'lines' && parts.length > i + 1) return '';
          return t(`ledger:field.${part}`, { defaultValue: t(`ledger:settings.${part}`, { defaultValue: part }) });
        })
        .filter(Boolean)
        .join(' · '),
    [t],
  );
  const label = labelOf ?? ledgerLabel;

  // A date a rule names ("before the order date (2026-05-02)") is shown as the user reads dates.
  const f = useFormat();
  const shown = useCallback(
    (params: FieldError['params']) =>
      params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v !== 'string' ? v : /^\d{4}-\d{2}-\d{2}$/.test(v) ? f.date(v) : /^\d{4}-\d{2}-\d{2}T/.test(v) ? f.dateTime(v) : v])),
    [f],
  );
  const show = useCallback(
    (list: FieldError[]) =>
      setErrors(list.map((e) => ({ field: e.field, text: `${e.field ? `${label(e.field)}: ` : ''}${t(e.key, { ...shown(e.params), defaultValue: t('errors.invalid') })}` }))),
    [label, t, shown],
  );

  /** Runs a save; a refusal is shown and swallowed, anything else is rethrown. */
  const attempt = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        const result = await work();
        setErrors([]);
        return result;
      } catch (error) {
        if (error instanceof ValidationFailed) {
          show(error.errors);
          return undefined;
        }
        throw error;
      }
    },
    [show],
  );

  /** The message for a field, or for anything inside it (a batch's `returnIds.2`). */
  const errorFor = useCallback((field: string) => errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.text, [errors]);
  const clear = useCallback(() => setErrors([]), []);
  return { errors, attempt, errorFor, clear, show };
}
