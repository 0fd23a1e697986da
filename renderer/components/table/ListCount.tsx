import { useTranslation } from 'react-i18next';

/**
 * How many rows a long list has, in its toolbar; while a search's first rows are shown before
 * its count, how many are shown so far and that the rest is being counted.
 */
export function ListCount({ view }: { view: { count: number; counted: boolean } | undefined }) {
  const { t } = useTranslation();
  const counted = view?.counted ?? true;
  return (
    <span className="muted" role="status" data-counted={counted}>
      {t(counted ? 'table.count' : 'table.counting', { count: view?.count ?? 0 })}
    </span>
  );
}
