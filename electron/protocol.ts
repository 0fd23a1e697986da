import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/bridge/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Serves the built renderer (out/renderer) on app://homebound/. Every request path is
 * checked segment by segment before it touches the disk, so no spelling of "..", an
 * absolute path or a Windows drive/backslash can read a file outside the renderer folder.
 */
export const PRIVILEGED_SCHEME = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL pathname (still percent-encoded) to a file under `root`, or null when the
 * path is unsafe. "/" and extensionless paths (client-side routes) resolve to index.html.
 */
export function resolveAppPath(root: string, pathname: string): string | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const last = segments.at(-1);
  if (last === undefined || path.extname(last) === '') return path.join(root, 'index.html');

  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, ...segments);
  // Belt and braces: the segment rules above should already make this impossible.
  if (!resolved.startsWith(resolvedRoot + path.sep)) return null;
  return resolved;
}

/** Resolves a full request URL; only app://homebound/ is served. */
export function resolveAppRequest(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveAppPath(root, url.pathname);
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** The handler given to protocol.handle: a Request in, a Response with CSP out. */
export function createAppProtocolHandler(root: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveAppRequest(root, request.url);
    if (filePath === null) return textResponse(400, 'Bad request');
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Blob([body as Uint8Array<ArrayBuffer>]), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) },
    });
  };
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
