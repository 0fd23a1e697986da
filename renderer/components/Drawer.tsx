import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { registerUnsaved } from '../app/unsaved-guard';

const SetDirty = createContext<(dirty: boolean) => void>(() => undefined);

/** A form inside a drawer says whether it holds unsaved changes; the drawer then asks before closing. */
export function useUnsavedChanges(dirty: boolean): void {
  const setDirty = useContext(SetDirty);
  useEffect(() => {
    setDirty(dirty);
    return () => setDirty(false);
  }, [dirty, setDirty]);
}

/** Dirty = the draft differs from what the form opened with (`view` leaves out what the form fills itself). */
export function useUnsavedDraft<T>(draft: T, view: (d: T) => unknown = (d) => d): void {
  const [initial] = useState(() => JSON.stringify(view(draft)));
  useUnsavedChanges(JSON.stringify(view(draft)) !== initial);
}

/**
 * A side panel for editing one record; focus starts inside it. Escape, a click outside or ×
 * close it — after asking, when the form in it has unsaved changes; so does leaving the page.
 */
export function Drawer({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const [dirty, setDirty] = useState(false);
  // Set while asking: what happens when the person agrees to discard.
  const [pending, setPending] = useState<(() => void) | null>(null);
  const requestClose = useCallback(() => (dirty ? setPending(() => onClose) : onClose()), [dirty, onClose]);

  useEffect(() => {
    // The form's first field, not the header's close button.
    const body = ref.current?.querySelector('.drawer-body');
    (body?.querySelector<HTMLElement>('input, select, textarea') ?? ref.current?.querySelector<HTMLElement>('button'))?.focus();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (pending) setPending(null);
      else requestClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [requestClose, pending]);
  useEffect(() => (dirty ? registerUnsaved((proceed) => setPending(() => () => { onClose(); proceed(); })) : undefined), [dirty, onClose]);

  return (
    <div className="drawer-backdrop" onMouseDown={(e) => e.target === e.currentTarget && requestClose()}>
      <section className="drawer" role="dialog" aria-modal="true" aria-label={title} ref={ref}
        onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); ref.current?.querySelector('form')?.requestSubmit(); } }}>
        <header className="drawer-header">
          <h2>{title}</h2>
          <button type="button" className="icon-button" onClick={requestClose} aria-label={t('actions.close')}>×</button>
        </header>
        {pending && (
          <div className="unsaved-ask" role="alertdialog" aria-label={t('unsaved.question')}>
            <strong>{t('unsaved.question')}</strong>
            <span className="spacer" />
            <button type="button" className="primary" autoFocus onClick={() => setPending(null)}>{t('unsaved.keep')}</button>
            <button type="button" className="danger" onClick={() => { const go = pending; setPending(null); go(); }}>{t('unsaved.discard')}</button>
          </div>
        )}
        <SetDirty.Provider value={setDirty}>
          <div className="drawer-body">{children}</div>
        </SetDirty.Provider>
      </section>
    </div>
  );
}
