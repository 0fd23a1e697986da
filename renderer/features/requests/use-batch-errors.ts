import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidation } from '../../components/validation';

/**
 * useValidation for batches and their documents: the same sentences ("Return district: must
 * be …"), but field names come from the requests namespace, including the document paths
 * assertPrintable reports (applicant.uscc, parcels.3.weightG).
 */
export function useBatchErrors() {
  const { t } = useTranslation(['requests', 'common']);

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

  return useValidation(label);
}
