import { z } from 'zod';
import { headerSignature, type ImportKind, type Mapping } from '../../../shared/import/formats';
import { CODED_FIELDS, type Resolutions } from '../../../shared/import/values';

/**
 * Saved column mappings, keyed by the header they were made for, so the same report layout
 * is mapped automatically next time. Kept in localStorage (validated with zod on every read)
 * rather than a new Dexie table: a table would need a schema v3, which belongs to the schema
 * owner. A damaged entry is dropped, never fatal.
 */
const STORAGE_KEY = 'homebound.importMappings';

const preset = z.object({
  name: z.string().min(1).max(80),
  signature: z.string(),
  kind: z.enum(['orders', 'returns']),
  mapping: z.record(z.string(), z.string()),
  /** Values the user resolved in the review: field → value in file → code (or reject). */
  resolutions: z.partialRecord(z.enum(CODED_FIELDS), z.record(z.string(), z.string())).default({}),
  savedAt: z.string(),
});
export type MappingPreset = z.infer<typeof preset>;

function readAll(storage: Storage): MappingPreset[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(raw) ? raw.flatMap((p) => { const r = preset.safeParse(p); return r.success ? [r.data] : []; }) : [];
  } catch {
    return [];
  }
}

/** Every saved mapping, for the import worker to match against the file's header. */
export function readPresets(storage: Storage = window.localStorage): MappingPreset[] {
  return readAll(storage);
}

export function savePreset(
  name: string, headers: readonly string[], kind: ImportKind, mapping: Mapping, resolutions: Resolutions = {}, storage: Storage = window.localStorage,
): MappingPreset {
  const clean = Object.fromEntries(Object.entries(mapping).filter((e): e is [string, string] => !!e[1]));
  const entry = preset.parse({ name: name.trim(), signature: headerSignature(headers), kind, mapping: clean, resolutions, savedAt: new Date().toISOString() });
  const others = readAll(storage).filter((p) => p.signature !== entry.signature && p.name !== entry.name);
  storage.setItem(STORAGE_KEY, JSON.stringify([...others, entry]));
  return entry;
}
