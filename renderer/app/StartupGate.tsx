import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeboundDb } from '../db/database';
import type { OpenResult } from '../db/open-database';

/**
 * Nothing renders the ledger until the database has opened. A ledger from a newer release,
 * a storage the browser refuses, or an upgrade held up by another window each get a full
 * window that says what happened in the user's language — instead of a crash, a blank page,
 * or (worst) this older build writing into data it does not understand.
 */
type Waiting = 'opening' | 'blocked' | 'backingUp' | 'upgrading';
type Phase = { kind: Waiting } | OpenResult;

export interface OpenHooks {
  /** Another window or tab holds an older connection open and the upgrade waits. */
  onBlocked: () => void;
  /** A schema upgrade is about to run and the old ledger is being backed up first. */
  onBackingUp: () => void;
  /** A schema upgrade runs: once per release that changes the schema; minutes for a large ledger. */
  onUpgrading: () => void;
}

export interface StartupGateProps {
  /** Starts opening the ledger; called once per mount. */
  open: (hooks: OpenHooks) => Promise<OpenResult>;
  children: (db: HomeboundDb) => ReactNode;
  /** Fired once the gate shows its final state (the app or a refusal). */
  onSettled?: (outcome: 'ready' | 'refused') => void;
}

export function StartupGate({ open, children, onSettled }: StartupGateProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  // StrictMode runs effects twice in development; the ledger must be opened only once.
  const opening = useRef<Promise<OpenResult> | null>(null);

  useEffect(() => {
    const waiting = (kind: Exclude<Waiting, 'opening'>) => () => setPhase((current) => ('kind' in current ? { kind } : current));
    opening.current ??= open({ onBlocked: waiting('blocked'), onBackingUp: waiting('backingUp'), onUpgrading: waiting('upgrading') });
    opening.current.then(setPhase, (error: unknown) => setPhase(unavailable(error)));
  }, [open]);

  // Chosen on the backup-failed screen: the user accepts updating the ledger without a backup.
  const proceed = (next: () => Promise<OpenResult>) => {
    setPhase({ kind: 'opening' });
    next().then(setPhase, (error: unknown) => setPhase(unavailable(error)));
  };

  const settled = 'ok' in phase ? (phase.ok ? 'ready' : 'refused') : null;
  useEffect(() => {
    if (settled) onSettled?.(settled);
  }, [settled, onSettled]);

  if ('ok' in phase && phase.ok) return <>{children(phase.db)}</>;
  return <StartupScreen phase={phase} onProceed={proceed} />;
}

function unavailable(error: unknown): OpenResult {
  return { ok: false, reason: 'unavailable', detail: error instanceof Error ? error.message : String(error) };
}

const screenStyle: CSSProperties = { minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 24 };
const noticeStyle: CSSProperties = { borderStyle: 'solid', display: 'flex', flexDirection: 'column', gap: 10 };

function StartupScreen({ phase, onProceed }: { phase: Exclude<Phase, { ok: true }>; onProceed: (next: () => Promise<OpenResult>) => void }) {
  const { t } = useTranslation('reliability');
  if ('kind' in phase && phase.kind !== 'blocked') {
    return (
      <main style={screenStyle} aria-busy="true">
        <div role="status" style={{ textAlign: 'center' }}>
          <p className="muted">{t(`startup.${phase.kind}`)}</p>
          {phase.kind === 'upgrading' && <p className="muted">{t('startup.upgradingHint')}</p>}
        </div>
      </main>
    );
  }
  const reason = 'reason' in phase ? phase.reason : 'blocked';
  return (
    <main style={screenStyle}>
      <section className="notice" role="alert" aria-labelledby="startup-title" data-startup={reason} style={noticeStyle}>
        <span className="brand-name" style={{ color: 'var(--muted)' }}>{t('common:app.name')}</span>
        <h1 id="startup-title">{t(`startup.${reason}.title`)}</h1>
        {'reason' in phase && phase.reason === 'newer' && (
          <>
            <p>{t('startup.newer.body', { stored: phase.storedVersion, supported: phase.supportedVersion })}</p>
            <p><strong>{t('startup.newer.action')}</strong></p>
          </>
        )}
        {reason === 'blocked' && <p>{t('startup.blocked.body')}</p>}
        {'reason' in phase && phase.reason === 'unavailable' && (
          <>
            <p>{t('startup.unavailable.body')}</p>
            <p className="muted">{t('startup.unavailable.hint')}</p>
            <p className="hint">{t('startup.unavailable.detail', { detail: phase.detail })}</p>
            <div>
              <button type="button" className="primary" onClick={() => window.location.reload()}>{t('startup.unavailable.retry')}</button>
            </div>
          </>
        )}
        {'reason' in phase && phase.reason === 'backupFailed' && (
          <>
            <p>{t('startup.backupFailed.body')}</p>
            <p className="muted">{t('startup.backupFailed.hint')}</p>
            <p className="hint">{t('startup.backupFailed.detail', { detail: phase.detail })}</p>
            <div className="toolbar">
              <button type="button" className="primary" onClick={() => window.location.reload()}>{t('startup.backupFailed.retry')}</button>
              <button type="button" onClick={() => onProceed(phase.proceed)}>{t('startup.backupFailed.proceed')}</button>
            </div>
          </>
        )}
      </section>
    </main>
  );
}
