import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Short confirmations at the bottom of the window; a deletion's toast carries its undo. */
interface Toast {
  id: number;
  message: string;
  undo?: () => Promise<void> | void;
}

const ToastContext = createContext<(message: string, undo?: Toast['undo']) => void>(() => {});

export function useToast() {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<Toast | null>(null);
  const counter = useRef(0);
  const notify = useCallback((message: string, undo?: Toast['undo']) => {
    counter.current += 1;
    setToast({ id: counter.current, message, undo });
  }, []);

  useEffect(() => {
    if (!toast) return;
    // Long enough to reach the undo button; a new toast replaces the old one.
    const timer = window.setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), toast.undo ? 10_000 : 4_000);
    return () => window.clearTimeout(timer);
  }, [toast]);

  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.id}>
            <span>{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                className="link-button"
                onClick={async () => {
                  const undo = toast.undo;
                  setToast(null);
                  await undo?.();
                  notify(t('toast.restored'));
                }}
              >
                {t('actions.undo')}
              </button>
            )}
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
