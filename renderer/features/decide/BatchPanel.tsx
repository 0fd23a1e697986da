import { useTranslation } from 'react-i18next';
import type { BatchPlan, LocationPlan } from '../../../shared/decide';
import type { ReturnRecord } from '../../../shared/schemas/return';
import { useFormat } from '../../i18n/format';
import { useExplain } from './explain';

/** The consolidated shipment: who joins, what the shared costs are, and whether it ships. */
export function BatchPanel({ plan, returns, onShip }: { plan: LocationPlan | null; returns: Map<string, ReturnRecord>; onShip: (plan: BatchPlan) => void }) {
  const { t } = useTranslation('decide');
  const f = useFormat();
  const { district, optionName } = useExplain();
  const shown: BatchPlan | null = plan?.best ?? plan?.closest ?? null;
  if (!shown) return <section className="card batch-panel"><h2>{t('batchTitle')}</h2><p className="muted">{t(plan ? 'batchNoRoute' : 'batchNone')}</p></section>;

  const s = shown.shared;
  return (
    <section className="card batch-panel" aria-label={t('batchTitle')}>
      <h2>{t('batchTitle')}</h2>
      <p><strong>{t('batchRoute', { district: district(shown.districtCode), mode: t(`transport.${shown.mode}`) })}</strong> · {f.kg(shown.joinedWeightG)}</p>
      <p className={shown.ships ? 'ships' : 'waits'} data-testid="batch-verdict">
        {shown.ships
          ? t('batchShips', { advantage: f.fen(shown.advantageFen), shared: f.fen(s.totalFen) })
          : t('batchWaits', { advantage: f.fen(shown.advantageFen), shared: f.fen(s.totalFen) })}
      </p>
      {shown.taxFreeShipBy && <p data-testid="batch-ship-by"><strong>{t('batchShipBy', { date: f.date(shown.taxFreeShipBy) })}</strong></p>}
      {shown.lateCount > 0 && <p className="warning" role="status" data-testid="batch-late">{t('batchLate', { count: shown.lateCount })}</p>}
      {shown.ships && <button type="button" className="primary" onClick={() => onShip(shown)}>{t('shipBatch', { count: shown.joinedCount })}</button>}
      {shown.breakEven && (
        <p className="muted">
          {shown.breakEven.moreWeightG === null
            ? t('breakEvenNoKg', { amount: f.fen(shown.breakEven.moreAdvantageFen) })
            : t('breakEven', { amount: f.fen(shown.breakEven.moreAdvantageFen), kg: f.kg(shown.breakEven.moreWeightG) })}
        </p>
      )}
      <table className="plain-table">
        <tbody>
          <tr><th scope="row">{t('shared.fixed')}</th><td>{f.fen(s.fixedFen)}</td></tr>
          <tr><th scope="row">{t('shared.clearance')}</th><td>{f.fen(s.clearanceFen)}</td></tr>
          <tr><th scope="row">{t('shared.topUp')}</th><td>{f.fen(s.topUpFen)}</td></tr>
          <tr className="total-row"><th scope="row">{t('shared.total')}</th><td>{f.fen(s.totalFen)}</td></tr>
        </tbody>
      </table>
      <table className="plain-table members">
        <thead>
          <tr>
            <th>{t('column.rma')}</th><th />
            <th>{t('member.margin')}</th><th>{t('member.stay')}</th><th>{t('member.advantage')}</th><th>{t('member.share')}</th><th>{t('member.netInBatch')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.members.map((m) => (
            <tr key={m.returnId} className={m.joined ? 'joined' : 'left-out'}>
              <td>{returns.get(m.returnId)?.rmaNo ?? m.returnId}</td>
              <td>{m.joined ? t('member.joined') : t('member.left')}{m.arrivesAfterExemption && <span className="badge badge-blocked">{t('member.late')}</span>}</td>
              <td>{f.fen(m.marginFen)}</td>
              <td title={optionName(m.stayKind)}>{f.fen(m.stayNetFen)}</td>
              <td>{f.fen(m.advantageFen)}</td>
              <td>{f.fen(m.sharedFen)}</td>
              <td>{m.joined ? f.fen(m.netInBatchFen) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
