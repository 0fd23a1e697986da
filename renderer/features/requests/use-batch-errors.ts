import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationFailed, type FieldError } from '../../../shared/errors';
import type { ShownError } from '../../components/validation';

/**
 * useValidation for batches and their documents: the same sentences ("Return district: must
 * be …"), but field names come from the requests namespace, including the document paths
 * assertPrintable reports (applicant.uscc, parcels.3.weightG).
 */
export function useBatchErrors() {
  const { t } = useTranslation(['requests', 'common']);
  const [errors, setErrors] = useState<ShownError[]>([]);

  const label = useCallback(
    (path: string) =>
      path
        .split('.')
        .map((part, i, parts) => {
          if (!/^\d+$/.test(part)) return t(`requests:field.${part}`, { defaultValue: part });
          // A listed return's message already names its RMA; a parcel is named by position.
          return parts[i - 1] === 'parcels' ? t('requests:field.parcelN', { n: Number(part) + 1 }) : '';
        })
        .filter(Boolean)
        .join(' · '),
    [t],
  );

  const show = useCallback(
    (list: FieldError[]) =>
      setErrors(list.map((e) => ({ field: e.field, text: `${e.field ? `${label(e.field)}: ` : ''}${t(e.key, { ns: 'common', ...e.params, defaultValue: t('common:errors.invalid') })}` }))),
    [label, t],
  );

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

  const errorFor = useCallback((field: string) => errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.text, [errors]);
  const clear = useCallback(() => setErrors([]), []);
  return { errors, attempt, errorFor, clear, show };
}
