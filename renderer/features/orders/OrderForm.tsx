import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISTRICTS } from '../../../shared/codes/districts';
import { CURRENCIES, EXPORT_MODES, PLATFORMS } from '../../../shared/codes/ledger-codes';
import type { Order } from '../../../shared/schemas/order';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { CountryPicker } from '../../components/CountryPicker';
import { useUnsavedDraft } from '../../components/Drawer';
import { ErrorSummary, Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { useValidation } from '../../components/validation';
import { LinesEditor } from './LinesEditor';
import { draftToOrder, emptyOrderDraft, orderNumberErrors, orderToDraft, type OrderDraft } from './order-draft';

export function OrderForm({ order, onDone }: { order: Order | null; onDone: () => void }) {
  const { t, i18n } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const { errors, attempt, errorFor, show } = useValidation();
  const [draft, setDraft] = useState<OrderDraft>(() => (order ? orderToDraft(order) : emptyOrderDraft()));
  useUnsavedDraft(draft);
  const set = <K extends keyof OrderDraft>(key: K) => (value: OrderDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof OrderDraft, type = 'text') => ({
    type,
    value: draft[key] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key)(e.target.value as never),
  });
  const zh = i18n.language === 'zh-CN';

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const numbers = orderNumberErrors(draft);
    if (numbers.length > 0) return show(numbers);
    const input = draftToOrder(draft);
    const saved = await attempt(() => (order ? repos.orders.update(order.id, input) : repos.orders.create(input)));
    if (saved) {
      notify(t('common:toast.saved'));
      onDone();
    }
  };

  const remove = async () => {
    if (!order) return;
    const removed = await attempt(() => repos.orders.remove(order.id));
    if (!removed) return;
    onDone();
    notify(t('common:toast.deleted', { what: removed.orderNo }), () => repos.orders.restore(removed));
  };

  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
      <div className="form-grid">
        <Field label={t('field.platform')} error={errorFor('platform')}>
          <CodeSelect values={PLATFORMS} value={draft.platform} onChange={set('platform')} label={(p) => t(`platform.${p}`)} />
        </Field>
        <Field label={t('field.orderNo')} error={errorFor('orderNo')}><input {...text('orderNo')} autoComplete="off" /></Field>
        <Field label={t('field.orderDate')} error={errorFor('orderDate')}><input {...text('orderDate', 'date')} /></Field>
        <Field label={t('field.buyerCountry')} error={errorFor('buyerCountry')}><CountryPicker value={draft.buyerCountry} onChange={set('buyerCountry')} /></Field>
        <Field label={t('field.currency')} error={errorFor('currency')}>
          <CodeSelect values={CURRENCIES} value={draft.currency} onChange={set('currency')} label={(c) => c} />
        </Field>
        <Field label={t('field.exportMode')} error={errorFor('exportMode')}>
          <CodeSelect values={EXPORT_MODES} value={draft.exportMode} onChange={set('exportMode')} label={(m) => t(`mode.${m}`)} />
        </Field>
        <Field label={t('field.exportDistrict')} error={errorFor('exportDistrict')}>
          <select value={draft.exportDistrict} onChange={(e) => set('exportDistrict')(e.target.value)}>
            {DISTRICTS.map((d) => <option key={d.code} value={d.code}>{`${d.code} · ${zh ? d.zh : d.en}`}</option>)}
          </select>
        </Field>
        <Field label={t('field.exportPort')} error={errorFor('exportPort')}><input {...text('exportPort')} /></Field>
        <Field label={t('field.exportDate')} error={errorFor('exportDate')}><input {...text('exportDate', 'date')} /></Field>
        {draft.exportMode === '1210' && (
          <Field label={t('field.zoneExitDate')} hint={t('field.zoneExitHint')} error={errorFor('zoneExitDate')}><input {...text('zoneExitDate', 'date')} /></Field>
        )}
        <Field label={t('field.declarationNo')} error={errorFor('declarationNo')}><input {...text('declarationNo')} /></Field>
        <Field label={t('field.waybillNo')} error={errorFor('waybillNo')}><input {...text('waybillNo')} /></Field>
        <Field label={t('field.carrier')} error={errorFor('carrier')}><input {...text('carrier')} /></Field>
        <Field label={t('field.shop')} error={errorFor('shop')}><input {...text('shop')} /></Field>
      </div>
      <LinesEditor lines={draft.lines} onChange={(update) => setDraft((d) => ({ ...d, lines: update(d.lines) }))} errorFor={errorFor} />
      <div className="form-actions">
        {order && <button type="button" className="danger" onClick={remove}>{t('common:actions.delete')}</button>}
        <span className="spacer" />
        <button type="button" onClick={onDone}>{t('common:actions.cancel')}</button>
        <button type="submit" className="primary">{t('common:actions.save')}</button>
      </div>
    </form>
  );
}
