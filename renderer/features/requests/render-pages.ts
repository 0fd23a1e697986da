import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Rasterises a PDF's pages to PNG blob URLs with pdf.js, for the print view. The printer then
 * gets one image per page sized to the paper, so what prints is exactly the saved PDF, at the
 * page size the PDF was drawn for. 300 dpi keeps barcodes sharp on 203/300 dpi label printers.
 */
export async function renderPdfPages(bytes: Uint8Array, dpi: number): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js transfers the buffer to its worker; a copy leaves the caller's bytes usable.
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const urls: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      // Labels are printed on white stock; a transparent PNG would print as whatever is behind it.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas, canvasContext: context, viewport }).promise;
      page.cleanup();
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error(`page ${n} could not be encoded`);
      urls.push(URL.createObjectURL(blob));
      canvas.width = 0;
    }
  } catch (error) {
    urls.forEach((u) => URL.revokeObjectURL(u));
    throw error;
  } finally {
    await pdf.destroy();
  }
  return urls;
}
