import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decideReturn, type DecideContext, type Option } from '../../../shared/decide';
import type { DecisionRecord } from '../../../shared/schemas/decision';
import { useServices } from '../../app/services';
import { useToast } from '../../app/toast';
import { ErrorSummary } from '../../components/Field';
import { useValidation } from '../../components/validation';
import { useFormat } from '../../i18n/format';
import { useExplain } from './explain';
import { OptionCard } from './OptionCard';
import type { DecideRow } from './use-decide';

/** Every option for one return, best first, with the recommendation and what it saves. */
export function ReturnDecision({ row, ctx, on, latest }: { row: DecideRow; ctx: DecideContext; on: string; latest: DecisionRecord | undefined }) {
  const { t } = useTranslation(['decide', 'common']);
  const { repos } = useServices();
  const notify = useToast();
  const f = useFormat();
  const { optionName, say } = useExplain();
  const { errors, attempt } = useValidation();
  const decision = useMemo(() => {
    try {
      return decideReturn(row.input, ctx, on);
    } catch {
      return null;
    }
  }, [row.input, ctx, on]);
  if (!decision) return row.failure ? <p className="error-text">{say(row.failure)}</p> : null;

  const routes = new Map(ctx.presets.routes.map((r) => [r.id, r]));
  const sorted = [...decision.options].sort((a, b) => Number(b.allowed) - Number(a.allowed) || b.netFen - a.netFen);
  const nameOf = (o: Option) => optionName(o.kind, o.routeId ? routes.get(o.routeId) : undefined);

  const choose = async (option: Option) => {
    const saved = await attempt(() => repos.decisions.accept(row.input, decision, option));
    if (saved) notify(t('accepted', { option: nameOf(option) }));
  };

  return (
    <section className="decision" aria-label={row.ret.rmaNo}>
      <header className="decision-head">
        <div>
          <h3>{row.ret.rmaNo} · {row.ret.sku} × {row.input.qty}</h3>
          <p className="savings" data-testid="savings">{t('savings', { amount: f.fen(decision.savingsFen), vsDispose: f.fen(decision.savingsVsDisposeFen) })}</p>
          <p className="muted">{t('baseline', { option: nameOf(decision.baseline), net: f.fen(decision.baseline.netFen) })}</p>
          {latest && <p className="muted" data-testid="already-decided">{t('alreadyDecided', { date: f.dateTime(latest.decidedAt), option: nameOf(latest.chosen), net: f.fen(latest.chosen.netFen) })}</p>}
        </div>
        <button type="button" className="primary" onClick={() => choose(decision.recommended)}>{t('accept')}</button>
      </header>
      <ErrorSummary title={t('common:errors.summary')} errors={errors} />
      <div className="options">
        {sorted.map((o, i) => (
          <OptionCard key={`${o.kind}-${o.routeId ?? i}`} option={o} route={o.routeId ? routes.get(o.routeId) : undefined}
            recommended={o === decision.recommended} onChoose={() => choose(o)} />
        ))}
      </div>
    </section>
  );
}
