/**
 * Typed work that is not saved yet, for the whole window: an open drawer with changes
 * registers here, so navigation asks it first and a reload or window close is held back by
 * the browser's own "leave site?" prompt (beforeunload).
 */
type Ask = (proceed: () => void) => void;

const asking: Ask[] = [];

/** While registered, leaving goes through `ask`; the returned function unregisters. */
export function registerUnsaved(ask: Ask): () => void {
  asking.push(ask);
  return () => {
    const at = asking.indexOf(ask);
    if (at >= 0) asking.splice(at, 1);
  };
}

export function hasUnsaved(): boolean {
  return asking.length > 0;
}

/** Runs `proceed` at once, or after the person agrees to drop what they typed. */
export function leaveOrAsk(proceed: () => void): void {
  const ask = asking.at(-1);
  if (ask) ask(proceed);
  else proceed();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (!hasUnsaved()) return;
    e.preventDefault();
    // Older Chromium (and Electron's) still look at returnValue.
    e.returnValue = '';
  });
}
