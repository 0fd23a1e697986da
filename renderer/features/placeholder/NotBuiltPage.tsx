import { useTranslation } from 'react-i18next';

/** Pages on the roadmap say so plainly instead of showing an empty screen. */
export function NotBuiltPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header"><h1>{title}</h1></header>
      <div className="notice">
        <h2>{t('notBuilt.title', { page: title })}</h2>
        <p>{t('notBuilt.body')}</p>
      </div>
    </div>
  );
}
