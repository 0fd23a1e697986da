import { useLiveQuery } from 'dexie-react-hooks';
import { locationName } from '../../../shared/decide/location-name';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, RETURN_REASONS, WHEREABOUTS, type Grade, type ReturnReason, type Whereabouts } from '../../../shared/codes/ledger-codes';
import { localToday } from '../../../shared/dates';
import type { Order } from '../../../shared/schemas/order';
import type { ReturnInput, ReturnRecord } from '../../../shared/schemas/return';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { useUnsavedDraft } from '../../components/Drawer';
import { ErrorSummary, Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { numberErrors } from '../../../shared/numbers';
import { useValidation } from '../../components/validation';
import { wholeNumber } from '../products/product-draft';
import { ReturnMoneyFields, fromMoneyDraft, toMoneyDraft, type MoneyDraft } from './ReturnMoneyFields';
import { StatusPanel } from './StatusPanel';

interface Draft {
  orderId: string;
  lineId: string;
  rmaNo: string;
  qty: string;
  reason: ReturnReason | '';
  grade: Grade | '';
  whereabouts: Whereabouts | '';
  requestedDate: string;
  notes: string;
  locationId: string;
}

function toDraft(r: ReturnRecord | null, on?: Order): Draft {
  if (!r) {
    // Started from a scanned order no. or tracking no.: that order, and its line when it has one.
    const orderId = on?.id ?? '';
    const lineId = on?.lines.length === 1 ? on.lines[0]!.id : '';
    return { orderId, lineId, rmaNo: '', qty: '1', reason: '', grade: '', whereabouts: 'with_buyer', requestedDate: localToday(), notes: '', locationId: '' };
  }
  return { ...r, qty: String(r.qty), locationId: r.locationId ?? '' };
}

export function ReturnForm({ record, startOrder, onDone }: { record: ReturnRecord | null; startOrder?: Order; onDone: () => void }) {
  const { t, i18n } = useTranslation(['ledger', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const { errors, attempt, errorFor, show } = useValidation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(record, startOrder));
  // Null until a money field is typed in: then it is the typed text, kept as typed.
  const [money, setMoney] = useState<MoneyDraft | null>(null);
  const [orderSearch, setOrderSearch] = useState(record?.orderNo ?? startOrder?.orderNo ?? '');
  useUnsavedDraft({ draft, money });
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof Draft, type = 'text') => ({ type, value: draft[key], onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key)(e.target.value as never) });

  const matches = useLiveQuery(async () => (orderSearch.trim().length >= 3 ? await repos.orders.list({ search: orderSearch }, 8) : []), [repos, orderSearch]);
  const locations = useLiveQuery(async () => (await repos.presets.get()).locations, [repos]) ?? [];
  const order = useLiveQuery(() => (draft.orderId ? repos.orders.get(draft.orderId) : undefined), [repos, draft.orderId]);
  const room = useLiveQuery(
    () => (draft.orderId && draft.lineId ? repos.returns.returnable(draft.orderId, draft.lineId, record?.id ?? null) : undefined),
    [repos, draft.orderId, draft.lineId, record?.id],
  );
  const pickOrder = (o: Order) => {
    setDraft((d) => ({ ...d, orderId: o.id, lineId: o.lines.length === 1 ? o.lines[0]!.id : '' }));
    setOrderSearch(o.orderNo);
  };

  // Amounts are in the order's currency, so their text is made once the order is known.
  const currency = order?.currency ?? 'CNY';
  const moneyDraft = money ?? toMoneyDraft(record, currency);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const numbers = numberErrors([{ path: 'qty', text: draft.qty, digits: 0 }]);
    if (numbers.length > 0) return show(numbers);
    const input: ReturnInput = {
      orderId: draft.orderId, lineId: draft.lineId, rmaNo: draft.rmaNo, qty: wholeNumber(draft.qty), reason: draft.reason as ReturnReason,
      grade: draft.grade as Grade, whereabouts: draft.whereabouts as Whereabouts, locationId: draft.locationId || null,
      requestedDate: draft.requestedDate, notes: draft.notes, ...fromMoneyDraft(moneyDraft, currency),
    };
    const saved = await attempt(() => (record ? repos.returns.update(record.id, input) : repos.returns.create(input)));
    if (saved) {
      notify(t('common:toast.saved'));
      onDone();
    }
  };

  const remove = async () => {
    if (!record) return;
    const removed = await repos.returns.remove(record.id);
    onDone();
    if (removed) notify(t('common:toast.deleted', { what: removed.rmaNo }), () => repos.returns.restore(removed));
  };

  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
      <div className="form-grid">
        <Field label={t('returns.findOrder')} error={errorFor('orderId')} wide>
          <input type="search" value={orderSearch} placeholder={t('returns.findOrderPlaceholder')} autoComplete="off"
            onChange={(e) => { setOrderSearch(e.target.value); set('orderId')(''); }}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); if (matches?.length === 1) pickOrder(matches[0]!); } }} />
        </Field>
        {!draft.orderId && matches && matches.length > 0 && (
          <ul className="pick-list field-wide" aria-label={t('returns.findOrder')}>
            {matches.map((o) => (
              <li key={o.id}><button type="button" className="link-button" onClick={() => pickOrder(o)}>{`${o.orderNo} · ${t(`platform.${o.platform}`)} · ${o.skus.join(', ')}`}</button></li>
            ))}
          </ul>
        )}
        {order && (
          <fieldset className="field-wide line-pick">
            <legend>{t('returns.pickLine')}</legend>
            {order.lines.map((l, i) => (
              <label key={l.id} className="radio-row">
                <input type="radio" name="line" checked={draft.lineId === l.id} onChange={() => set('lineId')(l.id)} />
                {`${t('field.line', { n: i + 1 })}: ${l.sku} · ${l.nameZh} × ${l.qty}`}
              </label>
            ))}
            {errorFor('lineId') && <small className="error-text">{errorFor('lineId')}</small>}
          </fieldset>
        )}
        <Field label={t('field.rmaNo')} error={errorFor('rmaNo')}><input {...text('rmaNo')} autoComplete="off" /></Field>
        <Field label={t('field.qty')} error={errorFor('qty')} hint={room ? t('returns.returnable', { ...room }) : undefined}><input {...text('qty')} inputMode="numeric" /></Field>
        <Field label={t('field.reason')} error={errorFor('reason')}>
          <CodeSelect values={RETURN_REASONS} value={draft.reason} allowEmpty onChange={set('reason')} label={(r) => t(`reason.${r}`)} />
        </Field>
        <Field label={t('field.grade')} error={errorFor('grade')}>
          <CodeSelect values={GRADES} value={draft.grade} allowEmpty onChange={set('grade')} label={(g) => t(`grade.${g}`)} />
        </Field>
        <Field label={t('field.whereabouts')} error={errorFor('whereabouts')}>
          <CodeSelect values={WHEREABOUTS} value={draft.whereabouts} onChange={set('whereabouts')} label={(w) => t(`whereabouts.${w}`)} />
        </Field>
        <Field label={t('field.locationId')} error={errorFor('locationId')}>
          <select value={draft.locationId} onChange={(e) => set('locationId')(e.target.value)}>
            <option value="">{t('returns.noLocation')}</option>
            {locations.map((l) => <option key={l.id} value={l.id}>{locationName(l, i18n.language)}</option>)}
          </select>
        </Field>
        <Field label={t('field.requestedDate')} error={errorFor('requestedDate')}><input {...text('requestedDate', 'date')} /></Field>
        <Field label={t('field.notes')} error={errorFor('notes')} wide><textarea rows={2} value={draft.notes} onChange={(e) => set('notes')(e.target.value)} /></Field>
        {(order || !record) && <ReturnMoneyFields draft={moneyDraft} currency={currency} errorFor={errorFor} onChange={(patch) => setMoney({ ...moneyDraft, ...patch })} />}
      </div>
      {record && <StatusPanel record={record} />}
      <div className="form-actions">
        {record && <button type="button" className="danger" onClick={remove}>{t('common:actions.delete')}</button>}
        <span className="spacer" />
        <button type="button" onClick={onDone}>{t('common:actions.cancel')}</button>
        <button type="submit" className="primary">{t('common:actions.save')}</button>
      </div>
    </form>
  );
}
