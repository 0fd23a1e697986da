import { useEffect, useRef } from 'react';

/**
 * Keys closer together than this are a scanner's (a few ms apart; room left for a busy machine).
 * Outside text fields nothing else types, so a generous gap costs nothing.
 */
const BURST_GAP_MS = 300;
const MIN_LENGTH = 4;

/**
 * A barcode scanner types a code as a fast burst of keys and Enter. Heard on the whole page
 * while no text field has the focus (a field takes its own scans), so a scan works the moment
 * the page is open, without clicking anywhere first.
 */
export function useScanBurst(onScan: (code: string) => void, enabled = true): void {
  // Read at key time, so a scan right after a drawer closes is heard (no gap while effects re-run).
  const latest = useRef({ onScan, enabled });
  latest.current = { onScan, enabled };
  useEffect(() => {
    let code = '';
    let last = 0;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (!latest.current.enabled) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const now = e.timeStamp;
      if (now - last > BURST_GAP_MS) code = '';
      last = now;
      if (e.key === 'Enter') {
        if (code.length >= MIN_LENGTH) {
          e.preventDefault();
          latest.current.onScan(code);
        }
        code = '';
      } else if (e.key.length === 1) code += e.key;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
