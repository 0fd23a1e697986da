import { useTranslation } from 'react-i18next';
import { minorToDecimal } from '../../../shared/money';
import { LABEL_PAYERS, type ReturnMoney } from '../../../shared/schemas/return';
import { Field } from '../../components/Field';
import { CodeSelect } from '../../components/Select';
import { amount, wholeNumber } from '../products/product-draft';

/** The parcel count and the money a return really cost, as typed (see ReturnMoney). */
export interface MoneyDraft {
  parcelCount: string;
  refund: string;
  refundDate: string;
  labelCost: string;
  labelPaidBy: ReturnMoney['labelPaidBy'] | '';
  feesRefunded: string;
  feesKept: string;
}

const text = (minor: number | null | undefined, currency: string) => (minor === null || minor === undefined ? '' : minorToDecimal(minor, currency));
const minorOf = (s: string, currency: string) => (s.trim() === '' ? null : amount(s, currency));

export function toMoneyDraft(r: Partial<ReturnMoney> | null, currency: string): MoneyDraft {
  return {
    parcelCount: String(r?.parcelCount ?? 1), refund: text(r?.refundMinor, currency), refundDate: r?.refundDate ?? '',
    labelCost: text(r?.labelCostMinor, currency), labelPaidBy: r?.labelPaidBy ?? '', feesRefunded: text(r?.feesRefundedMinor, currency), feesKept: text(r?.feesKeptMinor, currency),
  };
}

/** Empty stays unknown (null); anything typed goes through the one amount parser, so "-3" or "abc" is refused by name. */
export function fromMoneyDraft(d: MoneyDraft, currency: string): ReturnMoney {
  return {
    parcelCount: wholeNumber(d.parcelCount), refundMinor: minorOf(d.refund, currency), refundDate: d.refundDate || null,
    labelCostMinor: minorOf(d.labelCost, currency), labelPaidBy: d.labelPaidBy || null,
    feesRefundedMinor: minorOf(d.feesRefunded, currency), feesKeptMinor: minorOf(d.feesKept, currency),
  };
}

export function ReturnMoneyFields({ draft, currency, onChange, errorFor }: {
  draft: MoneyDraft; currency: string; onChange: (patch: Partial<MoneyDraft>) => void; errorFor: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('ledger');
  const input = (key: Exclude<keyof MoneyDraft, 'labelPaidBy'>, type = 'text') => ({
    type, value: draft[key], onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ [key]: e.target.value }),
  });
  return (
    <fieldset className="field-wide form-grid return-money">
      <legend>{t('money.title')}</legend>
      <p className="muted field-wide">{t('money.hint', { currency })}</p>
      <Field label={t('field.parcelCount')} error={errorFor('parcelCount')}><input {...input('parcelCount')} inputMode="numeric" /></Field>
      <Field label={t('field.refundMinor')} error={errorFor('refundMinor')}><input {...input('refund')} inputMode="decimal" /></Field>
      <Field label={t('field.refundDate')} error={errorFor('refundDate')}><input {...input('refundDate', 'date')} /></Field>
      <Field label={t('field.labelCostMinor')} error={errorFor('labelCostMinor')}><input {...input('labelCost')} inputMode="decimal" /></Field>
      <Field label={t('field.labelPaidBy')} error={errorFor('labelPaidBy')}>
        <CodeSelect values={LABEL_PAYERS} value={draft.labelPaidBy ?? ''} allowEmpty onChange={(v) => onChange({ labelPaidBy: v })} label={(p) => t(`labelPaidBy.${p}`)} />
      </Field>
      <Field label={t('field.feesRefundedMinor')} error={errorFor('feesRefundedMinor')}><input {...input('feesRefunded')} inputMode="decimal" /></Field>
      <Field label={t('field.feesKeptMinor')} error={errorFor('feesKeptMinor')}><input {...input('feesKept')} inputMode="decimal" /></Field>
    </fieldset>
  );
}
