import { useCallback, useState } from 'react';
import { locationName, locationNameById } from '../../../shared/decide/location-name';
import { useTranslation } from 'react-i18next';
import { districtByCode } from '../../../shared/codes/districts';
import type { FieldError } from '../../../shared/errors';
import type { PresetsDraft } from './presets-draft';

export interface PresetsError {
  field: string;
  /** The sentence for the summary, naming the field. */
  text: string;
  /** The message alone, for beside the input. */
  message: string;
}

/**
 * Names a refused preset in the user's language, like useValidation does for the ledger:
 * `routes.10.perKgMinor` → "Routes · Moscow overseas warehouse → 2900 Hangzhou · TIR road ·
 * Per kg", `rates.3.cnyMillionths` → "Currency rates · row 4 · CNY per 1 unit". Rows are named
 * by what the person sees (a location's name, a route's way home) where a number would not
 * match the screen.
 */
export function usePresetsErrors() {
  const { t, i18n } = useTranslation(['presets', 'common']);
  const [errors, setErrors] = useState<PresetsError[]>([]);

  const label = useCallback(
    (path: string, draft: PresetsDraft) => {
      const zh = i18n.language.startsWith('zh');
      const parts = path.split('.');
      return parts
        .map((part, i) => {
          if (!/^\d+$/.test(part)) return i18n.exists(`presets:field.${part}`) ? t(`presets:field.${part}`) : part;
          const index = Number(part);
          const parent = parts[i - 1];
          if (i === 1 && parent === 'locations') {
            const loc = draft.locations[index];
            const name = loc ? locationName(loc, i18n.language).trim() : undefined;
            if (name) return name;
          }
          if (i === 1 && parent === 'routes') {
            const route = draft.routes[index];
            if (route) {
              const place = locationNameById(draft.locations, route.locationId, i18n.language);
              const district = districtByCode(route.districtCode);
              const where = district ? `${district.code} ${zh ? district.zh : district.en}` : route.districtCode;
              return `${place} → ${where} · ${t(`presets:mode.${route.mode}`)}`;
            }
          }
          const kind = parent === 'disposal' ? 'table' : parent === 'bands' ? 'band' : 'row';
          return t(`presets:path.${kind}`, { n: index + 1 });
        })
        .join(' · ');
    },
    [t, i18n],
  );

  const message = useCallback(
    (e: FieldError) => {
      const key = i18n.exists(`presets:${e.key}`) ? `presets:${e.key}` : i18n.exists(`common:${e.key}`) ? `common:${e.key}` : 'common:errors.invalid';
      return t(key, { ...e.params });
    },
    [t, i18n],
  );

  const show = useCallback(
    (list: FieldError[], draft: PresetsDraft) =>
      setErrors(list.map((e) => {
        const text = message(e);
        return { field: e.field, message: text, text: e.field ? `${label(e.field, draft)}: ${text}` : text };
      })),
    [label, message],
  );

  /** The message for this field, or with `nested` for anything inside it (a list's items). */
  const errorAt = useCallback(
    (field: string, nested = false) => errors.find((e) => e.field === field || (nested && e.field.startsWith(`${field}.`)))?.message,
    [errors],
  );
  const clear = useCallback(() => setErrors([]), []);
  return { errors, show, clear, errorAt };
}

export type ErrorAt = (field: string, nested?: boolean) => string | undefined;
