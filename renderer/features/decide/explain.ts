import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { districtByCode } from '../../../shared/codes/districts';
import type { CostLine, OptionKind, Reason, Route } from '../../../shared/decide';
import { useFormat } from '../../i18n/format';

/**
 * Turns the model's reasons and cost lines (locale keys with raw values) into sentences: grams
 * become kg, fen and minor units become money, basis points percentages, codes names.
 */
export function useExplain() {
  const { t, i18n } = useTranslation(['decide', 'common']);
  const f = useFormat();
  const zh = i18n.language === 'zh-CN';

  const district = useCallback((code: string) => {
    const d = districtByCode(code);
    return d ? (zh ? d.zh : d.en) : code;
  }, [zh]);

  const params = useCallback((raw: Record<string, string | number> = {}) => {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v === 'number' && k.endsWith('G')) out[k.slice(0, -1)] = f.kg(v);
      else if (typeof v === 'number' && k.endsWith('Fen')) out[k.slice(0, -3)] = f.fen(v);
      else if (typeof v === 'number' && k.endsWith('Bp')) out[k.slice(0, -2)] = `${f.number(v / 100)}%`;
      else if (typeof v === 'number' && k.endsWith('Minor') && typeof raw.currency === 'string') out[k.slice(0, -5)] = f.money(v, raw.currency);
      else if (k === 'district' && typeof v === 'string') out[k] = district(v);
      // A location's name in the UI's language (see shared/decide/location-name.ts).
      else if (k === 'location' && typeof v === 'string') out[k] = !zh && typeof raw.locationEn === 'string' && raw.locationEn ? raw.locationEn : v;
      // A seeded rule reads as its announcement, in the UI's language ("海关总署公告2024年第167号").
      else if (k === 'ruleId' && typeof v === 'string') out[k] = t(`decide:ruleSource.${v}`, { defaultValue: v });
      else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[k] = f.date(v);
      else out[k] = v;
    }
    return out;
  }, [f, district, t, zh]);

  /** Model keys are "decide.reason.x" / "errors.x"; i18next wants "decide:reason.x". */
  const say = useCallback((r: Reason) => {
    const key = r.key.startsWith('decide.') ? `decide:${r.key.slice('decide.'.length)}` : `common:${r.key}`;
    return t(key, params(r.params));
  }, [t, params]);

  const costLine = useCallback((line: CostLine) => say({ key: line.key, params: line.params }), [say]);

  const optionName = useCallback((kind: OptionKind, route?: Pick<Route, 'districtCode' | 'mode' | 'transitDays'>) => {
    const name = t(`kind.${kind}`);
    if (!route) return name;
    return `${name}${t('homeVia', { district: district(route.districtCode), mode: t(`transport.${route.mode}`), days: route.transitDays })}`;
  }, [t, district]);

  return { say, costLine, optionName, district, params };
}
