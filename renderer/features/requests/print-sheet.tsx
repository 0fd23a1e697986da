import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DesktopApi, PrintRequest } from '../../../shared/bridge/desktop-api';
import { renderPdfPages } from './render-pages';

/**
 * The print view: a container outside the app (a child of <body>) holding one image per PDF
 * page. It is hidden on screen; while `html.printing-docs` is set, print CSS hides everything
 * else and sizes each image to the paper (see the requests section of app.css). The images
 * stay until the next print so a test, or a second click, can look at them.
 */
interface Sheet {
  pageSize: PrintRequest['pageSize'];
  urls: string[];
}

let sheet: Sheet | null = null;
const listeners = new Set<() => void>();

function setSheet(next: Sheet | null) {
  sheet?.urls.forEach((u) => URL.revokeObjectURL(u));
  sheet = next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Renders the PDF into the print view and opens the system print dialog at its paper size. */
export async function printPdf(desktop: DesktopApi, bytes: Uint8Array, pageSize: PrintRequest['pageSize']): Promise<number> {
  const urls = await renderPdfPages(bytes, pageSize === 'A4' ? 200 : 300);
  setSheet({ pageSize, urls });
  // React commits on its own schedule; the dialog must not open before every page is decoded.
  await nextFrame();
  await nextFrame();
  const images = [...document.querySelectorAll<HTMLImageElement>('.print-sheet img')];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  document.documentElement.classList.add('printing-docs');
  try {
    await desktop.print({ pageSize });
  } finally {
    document.documentElement.classList.remove('printing-docs');
  }
  return urls.length;
}

export function clearPrintSheet() {
  setSheet(null);
}

export function PrintSheet() {
  const { t } = useTranslation('requests');
  const current = useSyncExternalStore(subscribe, () => sheet);
  if (!current) return null;
  return createPortal(
    <div className="print-sheet" data-size={current.pageSize} aria-label={t('docs.sheetLabel')} data-testid="print-sheet">
      {current.urls.map((url, i) => <img key={url} src={url} alt={String(i + 1)} />)}
    </div>,
    document.body,
  );
}
