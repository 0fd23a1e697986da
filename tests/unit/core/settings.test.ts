import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applyPatch, restoreSettings, settingsPatch } from '../../../shared/bridge/settings';
import { resolveLanguage } from '../../../renderer/i18n/i18n';

describe('settings', () => {
  it('fall back field by field when what was stored is damaged', () => {
    expect(restoreSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const restored = restoreSettings({ language: 'klingon', labelSize: 'a4x4', seller: { companyZh: '义乌归途贸易', uscc: 42 } });
    expect(restored.language).toBe('system');
    expect(restored.labelSize).toBe('a4x4');
    expect(restored.seller.companyZh).toBe('义乌归途贸易');
    expect(restored.seller.uscc).toBe('');
  });

  it('apply a patch without losing the other fields', () => {
    const next = applyPatch(DEFAULT_SETTINGS, { seller: { phone: '0579-85551234' } });
    expect(next.seller.phone).toBe('0579-85551234');
    expect(next.language).toBe('system');
    expect(settingsPatch.safeParse({ language: 'fr' }).success).toBe(false);
    expect(settingsPatch.safeParse({ unknown: true }).success).toBe(false);
  });

  it('follow the system language unless the user chose one', () => {
    expect(resolveLanguage('system', 'zh-CN')).toBe('zh-CN');
    expect(resolveLanguage('system', 'zh-TW')).toBe('zh-CN');
    expect(resolveLanguage('system', 'en-GB')).toBe('en');
    expect(resolveLanguage('system', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('zh-CN', 'en-US')).toBe('zh-CN');
  });
});
