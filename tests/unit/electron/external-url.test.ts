import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../shared/bridge/external-url';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#frag',
    'https://例子.中国/退货',
    'HTTPS://EXAMPLE.COM/',
    'mailto:support@example.com',
    'mailto:support@example.com?subject=Return%20request',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['upper-case javascript:', 'JAVASCRIPT:alert(1)'],
    ['javascript: with a tab inside the scheme', 'java\tscript:alert(1)'],
    ['leading space', ' https://example.com'],
    ['leading control character', '\u0001https://example.com'],
    ['trailing newline', 'https://example.com\n'],
    ['no-break space', '\u00a0https://example.com'],
    ['file:', 'file:///etc/passwd'],
    ['Windows file path', 'C:\\Windows\\system32\\calc.exe'],
    ['UNC path', '\\\\evil.example\\share\\payload.exe'],
    ['backslash host trick', 'https:\\\\evil.example'],
    ['http:', 'http://example.com'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['app scheme', 'app://homebound/index.html'],
    ['protocol-relative', '//evil.example'],
    ['credentials hide the real host', 'https://bank.example.com@evil.example/'],
    ['user and password', 'https://user:pass@example.com/'],
    ['mailto without an address', 'mailto:'],
    ['malformed', 'https://'],
    ['not a URL', 'not a url'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses URLs longer than the IPC limit', () => {
    expect(isAllowedExternalUrl(`https://example.com/${'a'.repeat(2048)}`)).toBe(false);
  });

  it('refuses non-strings that slip past the type system', () => {
    expect(isAllowedExternalUrl({ toString: () => 'https://example.com' } as unknown as string)).toBe(false);
  });
});
