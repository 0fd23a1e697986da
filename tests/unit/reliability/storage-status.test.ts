import { describe, expect, it, vi } from 'vitest';
import { formatBytes, readStorageStatus, requestPersistentStorage, usageShare } from '../../../renderer/storage/storage-status';

describe('requestPersistentStorage', () => {
  it('asks only when not already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    const again = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist: again })).toBe(true);
    expect(again).not.toHaveBeenCalled();
  });

  it('never throws: a refusal is false, a missing API is null', async () => {
    expect(await requestPersistentStorage({ persist: async () => false })).toBe(false);
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('not allowed')) })).toBe(false);
    expect(await requestPersistentStorage({})).toBeNull();
    expect(await requestPersistentStorage(undefined)).toBeNull();
  });
});

describe('readStorageStatus', () => {
  it('reads usage, quota and persistence', async () => {
    const status = await readStorageStatus({ estimate: async () => ({ usage: 5_300_000, quota: 2_000_000_000 }), persisted: async () => true });
    expect(status).toEqual({ usage: 5_300_000, quota: 2_000_000_000, persisted: true });
    expect(usageShare(status)).toBeCloseTo(0.00265);
  });

  it('reports unknowns as null instead of failing', async () => {
    expect(await readStorageStatus(undefined)).toEqual({ usage: null, quota: null, persisted: null });
    const broken = await readStorageStatus({ estimate: () => Promise.reject(new Error('x')), persisted: () => Promise.reject(new Error('y')) });
    expect(broken).toEqual({ usage: null, quota: null, persisted: null });
    expect(await readStorageStatus({ estimate: async () => ({ usage: Number.NaN, quota: -1 }) })).toEqual({ usage: null, quota: null, persisted: null });
    expect(usageShare({ usage: 10, quota: null, persisted: null })).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 kB'],
    [999, 'en', '1 kB'],
    [450, 'en', '0.5 kB'],
    [1_500, 'en', '1.5 kB'],
    [5_300_000, 'en', '5.3 MB'],
    [2_000_000_000, 'en', '2 GB'],
    [123_456_789_012, 'en', '123 GB'],
    [5_300_000, 'zh-CN', '5.3 MB'],
    [1_234_567_890_123, 'zh-CN', '1.2 TB'],
  ])('%d bytes in %s is %s', (bytes, language, text) => {
    expect(formatBytes(bytes, language).replace(/\s/g, ' ')).toBe(text);
  });
});
