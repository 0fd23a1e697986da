import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../shared/errors';
import { useToast } from '../../app/toast';
import { ErrorSummary, Field } from '../../components/Field';
import { useValidation } from '../../components/validation';

/**
 * A settings card of plain text fields (seller profile, customs broker). Fields may stay empty
 * while the profile is incomplete, but a filled identifier must be valid before it is saved.
 */
export function ProfileCard<K extends string>({ title, labelKey, fields, wide, initial, check, save }: {
  title: string;
  labelKey: (field: K) => string;
  fields: readonly K[];
  wide?: readonly K[];
  initial: Record<K, string>;
  check: (value: Record<K, string>) => FieldError[];
  save: (value: Record<K, string>) => Promise<void>;
}) {
  const { t } = useTranslation(['ledger', 'common']);
  const notify = useToast();
  const { errors, show, clear } = useValidation();
  const [value, setValue] = useState(initial);
  const errorFor = (field: K) => errors.find((e) => e.field === field)?.text;

  return (
    <section className="card">
      <h2>{title}</h2>
      <form className="form-grid" noValidate onSubmit={async (e) => {
        e.preventDefault();
        const problems = check(value);
        if (problems.length) return show(problems.map((p) => ({ ...p, field: p.field })));
        clear();
        await save(value);
        notify(t('common:toast.saved'));
      }}>
        <ErrorSummary title={t('common:errors.summary')} errors={errors} />
        {fields.map((key) => (
          <Field key={key} label={t(labelKey(key))} wide={wide?.includes(key)} error={errorFor(key)}>
            <input value={value[key]} onChange={(e) => setValue((v) => ({ ...v, [key]: e.target.value }))} />
          </Field>
        ))}
        <div className="form-actions"><span className="spacer" /><button type="submit" className="primary">{t('common:actions.save')}</button></div>
      </form>
    </section>
  );
}
