import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS } from '../../../shared/codes/ledger-codes';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { emptyLine, fillLineFromProduct, type LineDraft } from './order-draft';

/** The order's lines; a barcode typed or scanned into a line fills it from the catalog. */
type LinesUpdate = (update: (lines: LineDraft[]) => LineDraft[]) => void;

export function LinesEditor({ lines, onChange, errorFor }: { lines: LineDraft[]; onChange: LinesUpdate; errorFor: (field: string) => string | undefined }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const update = (id: string, patch: Partial<LineDraft>) => onChange((all) => all.map((l) => (l.id === id ? { ...l, ...patch } : l)));

  const lookUp = async (line: LineDraft) => {
    if (!line.barcode.trim()) return;
    const product = await repos.products.findByCode(line.barcode);
    setNotes((n) => ({ ...n, [line.id]: product ? t('orders.filled', { sku: product.sku }) : t('common:errors.unknownBarcode') }));
    // The lookup is async and the person may have typed on meanwhile: update the latest lines,
    // and only when the scan names a different product than the line already has.
    if (product) onChange((all) => all.map((l) => (l.id === line.id && l.productId !== product.id ? fillLineFromProduct(l, product) : l)));
  };

  return (
    <fieldset className="lines">
      <legend>{t('field.lines')}</legend>
      {lines.map((line, i) => {
        const err = (f: string) => errorFor(`lines.${i}.${f}`);
        const input = (key: keyof LineDraft, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
          <input {...extra} value={line[key] as string} onChange={(e) => update(line.id, { [key]: e.target.value })} />
        );
        return (
          <div className="line-card" key={line.id} data-testid={`line-${i}`}>
            <div className="line-card-head">
              <strong>{t('field.line', { n: i + 1 })}</strong>
              {lines.length > 1 && (
                <button type="button" className="link-button" onClick={() => onChange((all) => all.filter((l) => l.id !== line.id))}>{t('common:actions.removeLine')}</button>
              )}
            </div>
            <div className="form-grid">
              <Field label={t('field.barcode')} error={err('barcode')} hint={notes[line.id] ?? t('orders.lineBarcodeHint')}>
                {input('barcode', {
                  inputMode: 'numeric', autoComplete: 'off',
                  onKeyDown: (e) => { if (e.key === 'Enter') { e.preventDefault(); void lookUp(line); } },
                  onBlur: () => void lookUp(line),
                })}
              </Field>
              <Field label={t('field.sku')} error={err('sku')}>{input('sku')}</Field>
              <Field label={t('field.nameZh')} error={err('nameZh')} wide>{input('nameZh')}</Field>
              <Field label={t('field.nameEn')} error={err('nameEn')} wide>{input('nameEn')}</Field>
              <Field label={t('field.hsCode')} error={err('hsCode')}>{input('hsCode', { inputMode: 'numeric' })}</Field>
              <Field label={t('field.unit')} error={err('unit')}>
                <CodeSelect values={UNITS} value={line.unit} allowEmpty onChange={(unit) => update(line.id, { unit })} label={(u) => t(`unit.${u}`)} />
              </Field>
              <Field label={t('field.unitWeightG')} error={err('unitWeightG')}>{input('unitWeightG', { inputMode: 'numeric' })}</Field>
              <Field label={t('field.qty')} error={err('qty')}>{input('qty', { inputMode: 'numeric' })}</Field>
              <Field label={t('field.unitPriceMinor')} error={err('unitPriceMinor')}>{input('unitPrice', { inputMode: 'decimal' })}</Field>
              <Field label={t('field.declaredValueMinor')} error={err('declaredValueMinor')}>{input('declaredValue', { inputMode: 'decimal' })}</Field>
              <Field label={t('field.rebatePerUnitFen')} error={err('rebatePerUnitFen')}>{input('rebate', { inputMode: 'decimal' })}</Field>
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange((all) => [...all, emptyLine()])}>{t('common:actions.addLine')}</button>
    </fieldset>
  );
}
