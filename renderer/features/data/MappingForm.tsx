import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_FIELDS, RETURN_FIELDS, type ImportKind, type Mapping } from '../../../shared/import/formats';
import type { Inspection } from '../../../shared/import/run-import';
import { missingFields, proposeMapping } from '../../../shared/import/synonyms';
import { useToast } from '../../app/toast';
import { Field } from '../../components/Field';
import { savePreset } from './mapping-presets';

/** Any CSV/TSV/XLSX: the user says which column is which, sees the first rows, may save it. */
export function MappingForm({ inspection, onApply }: { inspection: Inspection; onApply: (mapping: Mapping, kind: ImportKind) => void }) {
  const { t } = useTranslation('data');
  const notify = useToast();
  const [kind, setKind] = useState<ImportKind>(inspection.kind);
  const [mapping, setMapping] = useState<Mapping>(inspection.mapping);
  const [name, setName] = useState('');
  const fields = kind === 'orders' ? ORDER_FIELDS : RETURN_FIELDS;
  const missing = missingFields(mapping, kind);
  const used = new Set(Object.values(mapping));
  const unplaced = inspection.headers.filter((h) => h.trim() !== '' && !used.has(h));
  const list = t('mapping.listSeparator');
  return (
    <div className="data-mapping">
      <h3>{t('mapping.title')}</h3>
      <p className="muted">{t('mapping.hint')}</p>
      <div className="data-mapping-notes" data-testid="mapping-notes">
        {Object.keys(inspection.mapping).length > 0 && <p>{t('mapping.proposed')}</p>}
        {missing.includes('orderNo') && <p className="notice" role="alert">{t('mapping.noOrderNo', { columns: inspection.headers.join(' | ').slice(0, 300) })}</p>}
        {missing.length > 0 && <p className="notice" role="status">{t('mapping.missing', { fields: missing.map((f) => t(`mapping.field.${f}`)).join(list) })}</p>}
        {unplaced.length > 0 && <p className="muted">{t('mapping.unplaced', { columns: unplaced.join(list) })}</p>}
      </div>
      <Field label={t('import.kind')}>
        <select value={kind} onChange={(e) => {
          // Another kind has other fields: match its columns by name afresh.
          const next = e.target.value as ImportKind;
          setKind(next);
          setMapping(proposeMapping(inspection.headers, next).mapping);
        }}>
          <option value="orders">{t('import.kinds.orders')}</option>
          <option value="returns">{t('import.kinds.returns')}</option>
        </select>
      </Field>
      <div className="form-grid">
        {fields.map((f) => (
          <Field key={f} label={t(`mapping.field.${f}`)}>
            <select value={mapping[f] ?? ''} onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value || undefined }))}>
              <option value="">{t('mapping.none')}</option>
              {inspection.headers.map((h, i) => <option key={`${h}-${i}`} value={h}>{h}</option>)}
            </select>
          </Field>
        ))}
      </div>
      <div className="data-table-wrap">
        <table className="plain-table data-sample">
          <thead><tr>{inspection.headers.map((h, i) => <th key={`${h}-${i}`}>{h}</th>)}</tr></thead>
          <tbody>{inspection.sample.map((row, r) => <tr key={r}>{row.map((c, i) => <td key={i}>{c}</td>)}</tr>)}</tbody>
        </table>
      </div>
      <div className="form-actions">
        <Field label={t('mapping.presetName')}><input value={name} onChange={(e) => setName(e.target.value)} /></Field>
        <button type="button" disabled={!name.trim()} onClick={() => {
          const saved = savePreset(name, inspection.headers, kind, mapping);
          notify(t('mapping.presetSaved', { name: saved.name }));
        }}>{t('mapping.savePreset')}</button>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => onApply(mapping, kind)}>{t('mapping.apply')}</button>
      </div>
    </div>
  );
}
