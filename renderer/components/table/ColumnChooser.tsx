import { useTranslation } from 'react-i18next';
import type { ColumnPrefs } from './column-prefs';

/** The toolbar's "Columns" menu: which columns show, and a reset of widths and choices. */
export function ColumnChooser<T>({ prefs }: { prefs: ColumnPrefs<T> }) {
  const { t } = useTranslation();
  return (
    <details className="column-chooser">
      <summary>{t('table.columns')}</summary>
      <div className="column-chooser-menu" role="group" aria-label={t('table.columns')}>
        {prefs.all.map((c) => (
          <label key={c.key} className="checkbox-label">
            <input type="checkbox" checked={!prefs.hidden.has(c.key)} onChange={() => prefs.toggle(c.key)}
              disabled={!prefs.hidden.has(c.key) && prefs.shown.length === 1} />
            {c.header}
          </label>
        ))}
        <button type="button" className="link-button" onClick={prefs.reset}>{t('table.resetColumns')}</button>
      </div>
    </details>
  );
}
