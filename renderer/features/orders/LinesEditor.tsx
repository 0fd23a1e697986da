import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS } from '../../../shared/codes/ledger-codes';
import { useServices } from '../../app/services';
import { CodeSelect } from '../../components/Select';
import { fillScanned, scanIntoLine } from './line-scan';
import { emptyLine, isBlankLine, type LineDraft } from './order-draft';

/**
 * The order's lines as a compact table, scanner first: a scan (the code and Enter) fills the
 * line from the catalog and puts the cursor in the next line's barcode; scanning a product
 * already on the order adds one to its quantity. The declaration fields a catalog fills (HS
 * code, unit, weight, English name, rebate) sit in a detail row, open for a line typed by hand.
 */
type LinesUpdate = (update: (lines: LineDraft[]) => LineDraft[]) => void;

const DETAIL_FIELDS = ['nameEn', 'hsCode', 'unit', 'unitWeightG', 'rebatePerUnitFen'] as const;

export function LinesEditor({ lines, onChange, errorFor }: { lines: LineDraft[]; onChange: LinesUpdate; errorFor: (field: string) => string | undefined }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const barcodeInputs = useRef(new Map<string, HTMLInputElement>());
  const focusNext = useRef<string | null>(null);
  const update = (id: string, patch: Partial<LineDraft>) => onChange((all) => all.map((l) => (l.id === id ? { ...l, ...patch } : l)));

  useEffect(() => {
    if (!focusNext.current) return;
    barcodeInputs.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const scan = (line: LineDraft, code: string) => {
    // Decided on the lines as shown; applied to the latest ones (a lookup may land meanwhile).
    const fresh = emptyLine();
    const shown = scanIntoLine(lines, line.id, code, fresh);
    focusNext.current = shown.focusId;
    onChange((all) => scanIntoLine(all, line.id, code, fresh).lines);
    if (shown.lookUp) void lookUpCode(line.id, code);
  };

  const lookUpCode = async (lineId: string, code: string) => {
    const product = await repos.products.findByCode(code);
    setNotes((n) => ({ ...n, [lineId]: product ? t('orders.filled', { sku: product.sku }) : t('common:errors.unknownBarcode') }));
    // The lookup is async and the scanner may have gone on meanwhile: update the latest lines.
    if (product) onChange((all) => fillScanned(all, lineId, product));
  };

  // Error paths count only the lines that are saved (blank ones are skipped).
  const saved = new Map(lines.filter((l) => !isBlankLine(l)).map((l, i) => [l.id, i]));

  return (
    <fieldset className="lines">
      <legend>{t('field.lines')}</legend>
      <p className="hint">{t('orders.lineBarcodeHint')}</p>
      <table className="lines-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('field.barcode')}</th>
            <th scope="col">{t('field.sku')}</th>
            <th scope="col">{t('field.nameZh')}</th>
            <th scope="col" className="num">{t('field.qty')}</th>
            <th scope="col" className="num">{t('field.unitPriceMinor')}</th>
            <th scope="col" className="num">{t('field.declaredValueMinor')}</th>
            <th scope="col"><span className="sr-only">{t('orders.lineDetails')}</span></th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const n = saved.get(line.id);
            const err = (f: string) => (n === undefined ? undefined : errorFor(`lines.${n}.${f}`));
            const lineErrors = [...new Set(['barcode', 'sku', 'nameZh', 'qty', 'unitPriceMinor', 'declaredValueMinor', ...DETAIL_FIELDS].map(err).filter(Boolean))];
            const handTyped = line.productId === null && (line.sku.trim() !== '' || line.nameZh.trim() !== '');
            const open = opened[line.id] ?? (handTyped || DETAIL_FIELDS.some((f) => err(f)));
            const errId = `line-${line.id}-errors`;
            const cell = (key: keyof LineDraft, label: string, field: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
              <input {...extra} aria-label={label} value={line[key] as string} aria-invalid={err(field) ? true : undefined}
                aria-describedby={err(field) ? errId : undefined} onChange={(e) => update(line.id, { [key]: e.target.value })} />
            );
            return (
              <Fragment key={line.id}>
                <tr className={`line-row${lineErrors.length ? ' invalid' : ''}`} data-testid={`line-${i}`}>
                  <td className="line-no">{i + 1}</td>
                  <td>
                    <input aria-label={t('field.barcode')} value={line.barcode} inputMode="numeric" autoComplete="off"
                      ref={(el) => { if (el) barcodeInputs.current.set(line.id, el); else barcodeInputs.current.delete(line.id); }}
                      aria-invalid={err('barcode') ? true : undefined} aria-describedby={err('barcode') ? errId : undefined}
                      title={notes[line.id]} onChange={(e) => update(line.id, { barcode: e.target.value })}
                      onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); scan(line, e.currentTarget.value); } }} />
                  </td>
                  <td>{cell('sku', t('field.sku'), 'sku')}</td>
                  <td>{cell('nameZh', t('field.nameZh'), 'nameZh')}</td>
                  <td className="num">{cell('qty', t('field.qty'), 'qty', { inputMode: 'numeric' })}</td>
                  <td className="num">{cell('unitPrice', t('field.unitPriceMinor'), 'unitPriceMinor', { inputMode: 'decimal' })}</td>
                  <td className="num">{cell('declaredValue', t('field.declaredValueMinor'), 'declaredValueMinor', { inputMode: 'decimal' })}</td>
                  <td className="line-actions">
                    <button type="button" className="icon-button" aria-expanded={open} aria-label={t('orders.lineDetailsOf', { n: i + 1 })}
                      onClick={() => setOpened((o) => ({ ...o, [line.id]: !open }))}>{open ? '▴' : '▾'}</button>
                    {lines.length > 1 && (
                      <button type="button" className="icon-button" aria-label={`${t('common:actions.removeLine')} ${i + 1}`}
                        onClick={() => onChange((all) => all.filter((l) => l.id !== line.id))}>×</button>
                    )}
                  </td>
                </tr>
                {(open || notes[line.id] || lineErrors.length > 0) && (
                  <tr className="line-detail" data-testid={`line-${i}-detail`}>
                    <td />
                    <td colSpan={7}>
                      {open && (
                        <div className="line-detail-grid" data-testid={`line-${i}-fields`}>
                          <label>{t('field.nameEn')}{cell('nameEn', t('field.nameEn'), 'nameEn')}</label>
                          <label>{t('field.hsCode')}{cell('hsCode', t('field.hsCode'), 'hsCode', { inputMode: 'numeric' })}</label>
                          <label>{t('field.unit')}
                            <CodeSelect aria-label={t('field.unit')} values={UNITS} value={line.unit} allowEmpty onChange={(unit) => update(line.id, { unit })} label={(u) => t(`unit.${u}`)} />
                          </label>
                          <label>{t('field.unitWeightG')}{cell('unitWeightG', t('field.unitWeightG'), 'unitWeightG', { inputMode: 'numeric' })}</label>
                          <label>{t('field.rebatePerUnitFen')}{cell('rebate', t('field.rebatePerUnitFen'), 'rebatePerUnitFen', { inputMode: 'decimal' })}</label>
                        </div>
                      )}
                      {notes[line.id] && lineErrors.length === 0 && <small className="hint" data-testid="line-note">{notes[line.id]}</small>}
                      {lineErrors.length > 0 && <small className="error-text" id={errId}>{lineErrors.join(' · ')}</small>}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange((all) => {
        const fresh = emptyLine();
        focusNext.current = fresh.id;
        return [...all, fresh];
      })}>{t('common:actions.addLine')}</button>
    </fieldset>
  );
}
