import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../shared/codes/countries';
import { DISTRICTS } from '../../../shared/codes/districts';
import { CURRENCIES, EXPORT_MODES, PLATFORMS } from '../../../shared/codes/ledger-codes';
import type { Unresolved } from '../../../shared/import/coded';
import type { Mapping } from '../../../shared/import/formats';
import { REJECT, type CodedField, type Resolutions } from '../../../shared/import/values';

const SHOWN = 100;

/** Each value the file holds that no reader knew, once, with a picker: "美联邦 — 12 rows — Buyer country". */
export function UnresolvedValues({ unresolved, mapping, busy, onResolve }: {
  unresolved: Unresolved[];
  mapping: Mapping;
  busy: boolean;
  onResolve: (answers: Resolutions) => void;
}) {
  const { t, i18n } = useTranslation(['data', 'ledger']);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const options = useMemo(() => ({
    buyerCountry: countryOptions(i18n.language).map((c) => [c.code, `${c.name} (${c.code})`] as const),
    platform: PLATFORMS.map((p) => [p, t(`ledger:platform.${p}`)] as const),
    currency: CURRENCIES.map((c) => [c, c] as const),
    exportMode: EXPORT_MODES.map((m) => [m, t(`ledger:mode.${m}`)] as const),
    exportDistrict: DISTRICTS.map((d) => [d.code, `${d.code} ${i18n.language === 'zh-CN' ? d.zh : d.en}`] as const),
  }) satisfies Record<CodedField, readonly (readonly [string, string])[]>, [i18n.language, t]);
  const keyOf = (u: Unresolved) => `${u.field}\u0000${u.value}`;
  const chosen = unresolved.filter((u) => answers[keyOf(u)]);
  const apply = () => {
    const out: Resolutions = {};
    for (const u of chosen) out[u.field] = { ...out[u.field], [u.value]: answers[keyOf(u)]! };
    onResolve(out);
  };
  return (
    <section className="data-unresolved" data-testid="import-unresolved">
      <h3>{t('import.unresolved.title', { count: unresolved.length })}</h3>
      <p className="muted">{t('import.unresolved.hint')}</p>
      <ul className="data-unresolved-list">
        {unresolved.slice(0, SHOWN).map((u) => {
          const field = `${t(`mapping.field.${u.field}`)}${mapping[u.field] ? ` · ${mapping[u.field]}` : ''}`;
          const line = t('import.unresolved.line', { value: u.value, rows: u.rows, field });
          return (
            <li key={keyOf(u)}>
              <span>{line}</span>
              <select aria-label={line} value={answers[keyOf(u)] ?? ''} onChange={(e) => setAnswers((a) => ({ ...a, [keyOf(u)]: e.target.value }))}>
                <option value="">{t('import.unresolved.choose')}</option>
                <option value={REJECT}>{t('import.unresolved.reject')}</option>
                {options[u.field].map(([code, label]) => <option key={code} value={code}>{label}</option>)}
              </select>
            </li>
          );
        })}
      </ul>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" disabled={busy || chosen.length === 0} onClick={apply}>{t('import.unresolved.apply')}</button>
      </div>
    </section>
  );
}
