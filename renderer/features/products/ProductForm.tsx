import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNITS } from '../../../shared/codes/ledger-codes';
import type { Product } from '../../../shared/schemas/product';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { useUnsavedDraft } from '../../components/Drawer';
import { ErrorSummary, Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { useValidation } from '../../components/validation';
import { draftToProduct, emptyProductDraft, productNumberErrors, productToDraft, type ProductDraft } from './product-draft';

export function ProductForm({ product, initialBarcode, onDone }: { product: Product | null; initialBarcode?: string; onDone: () => void }) {
  const { t } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const { errors, attempt, errorFor, show } = useValidation();
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? productToDraft(product) : emptyProductDraft(initialBarcode)));
  useUnsavedDraft(draft);
  const set = <K extends keyof ProductDraft>(key: K) => (value: ProductDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof ProductDraft) => ({
    value: draft[key] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key)(e.target.value as never),
  });

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const numbers = productNumberErrors(draft);
    if (numbers.length > 0) return show(numbers);
    const input = draftToProduct(draft);
    const saved = await attempt(() => (product ? repos.products.update(product.id, input) : repos.products.create(input)));
    if (saved) {
      notify(t('common:toast.saved'));
      onDone();
    }
  };

  const remove = async () => {
    if (!product) return;
    const removed = await repos.products.remove(product.id);
    onDone();
    if (removed) notify(t('common:toast.deleted', { what: removed.sku }), () => repos.products.restore(removed));
  };

  return (
    <form onSubmit={save} className="form-grid" noValidate>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
      <Field label={t('field.sku')} error={errorFor('sku')}><input {...text('sku')} autoComplete="off" /></Field>
      <Field label={t('field.barcode')} error={errorFor('barcode')}>
        <input {...text('barcode')} inputMode="numeric" autoComplete="off" onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()} />
      </Field>
      <Field label={t('field.nameZh')} error={errorFor('nameZh')} wide><input {...text('nameZh')} /></Field>
      <Field label={t('field.nameEn')} error={errorFor('nameEn')} wide><input {...text('nameEn')} /></Field>
      <Field label={t('field.hsCode')} error={errorFor('hsCode')}><input {...text('hsCode')} inputMode="numeric" /></Field>
      <Field label={t('field.unit')} error={errorFor('unit')}>
        <CodeSelect values={UNITS} value={draft.unit} onChange={set('unit')} label={(u) => t(`unit.${u}`)} />
      </Field>
      <Field label={t('field.unitWeightG')} error={errorFor('unitWeightG')}><input {...text('unitWeightG')} inputMode="numeric" /></Field>
      <Field label={t('field.goodsCostFen')} error={errorFor('goodsCostFen')}><input {...text('goodsCost')} inputMode="decimal" /></Field>
      <Field label={t('field.homeValueFen')} error={errorFor('homeValueFen')}><input {...text('homeValue')} inputMode="decimal" /></Field>
      <Field label={t('field.dutyRateBp')} error={errorFor('dutyRateBp')}><input {...text('dutyRate')} inputMode="decimal" /></Field>
      <div className="field checkbox-field">
        <label><input type="checkbox" checked={draft.food} onChange={(e) => set('food')(e.target.checked)} /> {t('field.food')}</label>
      </div>
      <div className="form-actions">
        {product && <button type="button" className="danger" onClick={remove}>{t('common:actions.delete')}</button>}
        <span className="spacer" />
        <button type="button" onClick={onDone}>{t('common:actions.cancel')}</button>
        <button type="submit" className="primary">{t('common:actions.save')}</button>
      </div>
    </form>
  );
}
