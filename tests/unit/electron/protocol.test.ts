import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/bridge/csp';
import { createAppProtocolHandler, mimeTypeFor, resolveAppPath, resolveAppRequest } from '../../../electron/protocol';

const root = path.resolve('/srv/homebound/out/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppPath', () => {
  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppPath(root, '/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, '')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, '/returns/decide')).toBe(inRoot('index.html'));
  });

  it('resolves assets inside the renderer folder, decoding percent-escapes', () => {
    expect(resolveAppPath(root, '/assets/index-abc123.js')).toBe(inRoot('assets', 'index-abc123.js'));
    expect(resolveAppPath(root, '/fonts/Noto%20Sans%20SC.woff2')).toBe(inRoot('fonts', 'Noto Sans SC.woff2'));
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd.txt',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '/C:/Windows/win.ini',
    '/c%3a%5cwindows%5cwin.ini',
    '/%2fetc%2fpasswd.txt',
    '/./index.html',
    '/index.html%00.png',
    '/%E0%A4%A.js',
  ])('refuses %s', (pathname) => {
    expect(resolveAppPath(root, pathname)).toBeNull();
  });

  it('never returns a path outside the root, whatever the URL parser did first', () => {
    const resolved = resolveAppRequest(root, 'app://homebound/../../etc/passwd.txt');
    expect(resolved).not.toBeNull();
    expect(resolved?.startsWith(root + path.sep)).toBe(true);
  });
});

describe('resolveAppRequest', () => {
  it('serves only the app origin', () => {
    expect(resolveAppRequest(root, 'app://homebound/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppRequest(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'https://homebound/index.html')).toBeNull();
    expect(resolveAppRequest(root, 'not a url')).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('maps the renderer build output to correct types', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('module.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map([[inRoot('index.html'), new TextEncoder().encode('<!doctype html>')]]);
  const read = async (filePath: string) => {
    const bytes = files.get(filePath);
    if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return bytes;
  };
  const handler = createAppProtocolHandler(root, read);

  it('serves a file with its MIME type and the CSP header', async () => {
    const response = await handler(new Request('app://homebound/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers 404 for a missing file and 400 for a traversal attempt, both with CSP', async () => {
    const missing = await handler(new Request('app://homebound/missing.js'));
    expect(missing.status).toBe(404);
    const traversal = await handler(new Request('app://homebound/assets/..%2f..%2fpackage.json'));
    expect(traversal.status).toBe(400);
    expect(traversal.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(new Request('app://homebound/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('forbids inline script, eval and remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
