import type { SaveFileRequest } from '../../../shared/bridge/desktop-api';
import type { Swatch } from './chart-style';

/**
 * A chart as a PNG: its <svg> serialised, drawn on a canvas (the CSP allows img-src data:)
 * under the chart's title, with the legend drawn beside it — Recharts' legend is HTML, not
 * part of the SVG, and a saved chart must still say which series is which.
 */
export interface PngLegendItem { label: string; swatch: Swatch }

const SCALE = 2;
const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Text takes its font from the page's CSS, which a detached image does not see.
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `text { font-family: ${FONT}; }`;
  clone.insertBefore(style, clone.firstChild);
  const xml = new XMLSerializer().serializeToString(clone);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('chart image failed to load'));
    img.src = url;
  });
}

function drawSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, s: Swatch): void {
  ctx.fillStyle = s.pattern ? '#ffffff' : s.fill;
  if (s.pattern === 'hatch') ctx.fillStyle = '#c7dcf0';
  ctx.fillRect(x, y, 14, 14);
  ctx.strokeStyle = '#1f3a5f';
  ctx.lineWidth = 1;
  if (s.pattern === 'hatch') {
    for (let k = -14; k < 14; k += 5) {
      ctx.beginPath();
      ctx.moveTo(x + Math.max(0, k), y + Math.max(0, -k));
      ctx.lineTo(x + Math.min(14, k + 14), y + Math.min(14, 14 - k));
      ctx.stroke();
    }
  } else if (s.pattern === 'dots') {
    ctx.fillStyle = '#1f3a5f';
    for (let dx = 2; dx < 14; dx += 5) for (let dy = 2; dy < 14; dy += 5) ctx.fillRect(x + dx, y + dy, 2, 2);
  }
  if (s.dash) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x, y, 14, 14);
    ctx.strokeStyle = s.fill;
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, y + 7);
    ctx.lineTo(x + 14, y + 7);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.strokeStyle = '#1f3a5f';
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, 13, 13);
}

export async function chartPng(svg: SVGSVGElement, title: string, legend: readonly PngLegendItem[], fileName: string): Promise<SaveFileRequest> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const img = await svgImage(svg, width, height);
  const head = 36;
  const foot = legend.length ? 30 : 8;
  const canvas = document.createElement('canvas');
  canvas.width = (width + 24) * SCALE;
  canvas.height = (height + head + foot) * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width + 24, height + head + foot);
  ctx.fillStyle = '#1d2533';
  ctx.font = `600 15px ${FONT}`;
  ctx.fillText(title, 12, 24);
  ctx.drawImage(img, 12, head, width, height);
  ctx.font = `12px ${FONT}`;
  let x = 12;
  for (const item of legend) {
    drawSwatch(ctx, x, head + height + 8, item.swatch);
    ctx.fillStyle = '#1d2533';
    ctx.fillText(item.label, x + 20, head + height + 19);
    x += 20 + ctx.measureText(item.label).width + 18;
  }
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  return { suggestedName: `${fileName}.png`, mimeType: 'image/png', bytes: new Uint8Array(await blob.arrayBuffer()) };
}
