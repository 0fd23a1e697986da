import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../shared/bridge/shortcuts';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "CmdOrCtrl+Shift+N" as this keyboard writes it: "Ctrl+Shift+N" or "⌘+Shift+N"; "Shift+/" is "?". */
function keys(accelerator: string): string {
  if (accelerator === 'Shift+/') return '?';
  return accelerator.replace('CmdOrCtrl', IS_MAC ? '⌘' : 'Ctrl').replace('Alt', IS_MAC ? '⌥' : 'Alt');
}

/** Every keyboard shortcut, opened with `?` or Help → Keyboard shortcuts. */
export function ShortcutsOverlay({ inBrowser, onClose }: { inBrowser: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="overlay" role="dialog" aria-modal="true" aria-label={t('shortcuts.title')}>
        <header className="drawer-header">
          <h2>{t('shortcuts.title')}</h2>
          <button ref={close} type="button" className="icon-button" onClick={onClose} aria-label={t('actions.close')}>×</button>
        </header>
        <table className="plain-table shortcuts-table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.command}>
                <th scope="row">{t(`shortcuts.${s.command.replace(':', '_')}`)}</th>
                <td>
                  <kbd>{keys(s.accelerator)}</kbd>
                  {inBrowser && s.browserAlternative && <> {t('shortcuts.or')} <kbd>{keys(s.browserAlternative)}</kbd></>}
                </td>
              </tr>
            ))}
            <tr><th scope="row">{t('shortcuts.save')}</th><td><kbd>{keys('CmdOrCtrl+Enter')}</kbd></td></tr>
            <tr><th scope="row">{t('shortcuts.scan')}</th><td>{t('shortcuts.scanHow')}</td></tr>
          </tbody>
        </table>
        {inBrowser && <p className="muted overlay-note">{t('shortcuts.browserNote')}</p>}
      </section>
    </div>
  );
}
