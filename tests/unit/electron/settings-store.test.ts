import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/bridge/settings';
import { createSettingsStore, type KeyValueStore } from '../../../electron/settings-store';

function memoryStore(initial: Record<string, unknown>): KeyValueStore {
  return { store: initial };
}

describe('createSettingsStore', () => {
  it('returns defaults for an empty store', () => {
    expect(createSettingsStore(memoryStore({})).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to defaults field by field when stored values are corrupt', () => {
    const settings = createSettingsStore(memoryStore({ language: 'klingon', labelSize: 42, seller: { companyZh: '杭州样品贸易有限公司', uscc: 'x'.repeat(99) } }));
    const value = settings.get();
    expect(value.language).toBe('system');
    expect(value.labelSize).toBe('100x150');
    expect(value.seller.companyZh).toBe('杭州样品贸易有限公司');
    expect(value.seller.uscc).toBe('');
  });

  it('behaves as a fresh install when the store itself cannot be read', () => {
    const broken = {
      get store(): Record<string, unknown> {
        throw new SyntaxError('Unexpected token in JSON');
      },
      set store(_value: Record<string, unknown>) {},
    };
    expect(createSettingsStore(broken).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('applies a patch, keeps untouched fields, writes the whole valid object and returns it', () => {
    const backing = memoryStore({ labelSize: 'a4x4', junk: 'left by an old version', seller: { companyEn: 'Sample Trading' } });
    const settings = createSettingsStore(backing);
    const next = settings.update({ language: 'en', seller: { phone: '0571-1234' } });
    expect(next.language).toBe('en');
    expect(next.labelSize).toBe('a4x4');
    expect(next.seller.companyEn).toBe('Sample Trading');
    expect(next.seller.phone).toBe('0571-1234');
    expect(backing.store).toEqual(next);
    expect(settings.get()).toEqual(next);
  });

  it('refuses an invalid patch and leaves the store unchanged', () => {
    const backing = memoryStore({ language: 'en' });
    const settings = createSettingsStore(backing);
    expect(() => settings.update({ language: 'fr' } as never)).toThrow();
    expect(backing.store).toEqual({ language: 'en' });
  });

  it('tells subscribers the new and previous settings until they unsubscribe', () => {
    const settings = createSettingsStore(memoryStore({}));
    const listener = vi.fn();
    const unsubscribe = settings.subscribe(listener);
    settings.update({ language: 'zh-CN' });
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ language: 'zh-CN' }), expect.objectContaining({ language: 'system' }));
    unsubscribe();
    settings.update({ language: 'en' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
