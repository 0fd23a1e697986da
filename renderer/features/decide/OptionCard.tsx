import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option, Route } from '../../../shared/decide';
import { useFormat } from '../../i18n/format';
import { useExplain } from './explain';

/** One way to deal with a return: its net, whether rules allow it and why, and its cost lines. */
export function OptionCard({ option, route, recommended, onChoose }: { option: Option; route: Route | undefined; recommended: boolean; onChoose?: () => void }) {
  const { t } = useTranslation('decide');
  const f = useFormat();
  const { say, costLine, optionName } = useExplain();
  const [open, setOpen] = useState(recommended);
  const costs = option.costLines.reduce((sum, l) => sum + l.fen, 0);
  const name = optionName(option.kind, route);

  return (
    <article className={`option-card${recommended ? ' option-recommended' : ''}${option.allowed ? '' : ' option-blocked'}`} aria-label={name} data-kind={option.kind}>
      <header className="option-head">
        <div>
          <h4>{name}</h4>
          {recommended && <span className="badge badge-ok">{t('recommended')}</span>}
          {!option.allowed && <span className="badge badge-blocked">{t(option.reasons.some((r) => r.key === 'decide.reason.notAtLocation') ? 'notHere' : 'notAllowed')}</span>}
        </div>
        <strong className={`option-net ${option.netFen >= 0 ? 'positive' : 'negative'}`} data-testid="option-net">{f.fen(option.netFen)}</strong>
      </header>
      {option.reasons.length > 0 && <ul className="reasons">{option.reasons.map((r, i) => <li key={i}>{say(r)}</li>)}</ul>}
      {option.notes.length > 0 && <ul className="notes">{option.notes.map((r, i) => <li key={i}>{say(r)}</li>)}</ul>}
      <div className="option-actions">
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? t('hideLines') : t('showLines')}</button>
        {onChoose && option.allowed && !recommended && <button type="button" onClick={onChoose}>{t('acceptOption')}</button>}
      </div>
      {open && (
        <table className="cost-lines">
          <tbody>
            <tr className="recovery-row"><th scope="row">{say({ key: option.recoveryKey })}</th><td>{f.fen(option.recoveryFen)}</td></tr>
            {option.costLines.map((line, i) => (
              <tr key={i}>
                <th scope="row">
                  {costLine(line)}
                  {line.original && line.original.currency !== 'CNY' && <span className="muted"> · {f.money(line.original.minor, line.original.currency)}</span>}
                </th>
                <td>−{f.fen(line.fen)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><td colSpan={2} data-testid="sum-check">{t('sumCheck', { recovery: f.fen(option.recoveryFen), costs: f.fen(costs), net: f.fen(option.netFen) })}</td></tr>
          </tfoot>
        </table>
      )}
    </article>
  );
}
