import { z } from 'zod';
import { sitesPatch, storedSites } from './sites';

/**
 * Settings kept by the desktop shell (electron-store) or, in the browser build, localStorage.
 * Every field has a default and a bad stored value falls back to it, so a damaged settings
 * file never stops the app from opening.
 */
export const LANGUAGES = ['system', 'zh-CN', 'en'] as const;
export const LABEL_SIZES = ['100x150', 'a4x4'] as const;

export const sellerProfile = z.object({
  companyZh: z.string().max(120).catch(''),
  companyEn: z.string().max(200).catch(''),
  uscc: z.string().max(18).catch(''),
  customsCode: z.string().max(10).catch(''),
  address: z.string().max(300).catch(''),
  contact: z.string().max(60).catch(''),
  phone: z.string().max(40).catch(''),
});

/** The customs broker who files return requests for the seller (printed on the request). */
export const brokerProfile = z.object({
  name: z.string().max(120).catch(''),
  customsCode: z.string().max(10).catch(''),
  contact: z.string().max(120).catch(''),
  phone: z.string().max(40).catch(''),
  /** Where returned goods are delivered to the broker: the consignee address on labels. */
  address: z.string().max(300).catch(''),
});

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).catch('system'),
  labelSize: z.enum(LABEL_SIZES).catch('100x150'),
  seller: sellerProfile.catch(sellerProfile.parse({})),
  broker: brokerProfile.catch(brokerProfile.parse({})),
  /** Supervised sites (Settings → supervised sites); settings written before they existed have none. */
  sites: storedSites,
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** What a caller may change: any subset, each value strictly valid (no silent fallback). */
export const settingsPatch = z.strictObject({
  language: z.enum(LANGUAGES).optional(),
  labelSize: z.enum(LABEL_SIZES).optional(),
  seller: z.strictObject({
    companyZh: z.string().max(120),
    companyEn: z.string().max(200),
    uscc: z.string().max(18),
    customsCode: z.string().max(10),
    address: z.string().max(300),
    contact: z.string().max(60),
    phone: z.string().max(40),
  }).partial().optional(),
  broker: z.strictObject({ name: z.string().max(120), customsCode: z.string().max(10), contact: z.string().max(120), phone: z.string().max(40), address: z.string().max(300) }).partial().optional(),
  /** The whole list of sites: the editor writes it back with one added, changed or removed. */
  sites: sitesPatch.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatch>;

/** Reads anything (a file, localStorage) into valid settings, field by field. */
export function restoreSettings(raw: unknown): Settings {
  return settingsSchema.parse(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {});
}

export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return restoreSettings({ ...current, ...patch, seller: { ...current.seller, ...patch.seller }, broker: { ...current.broker, ...patch.broker }, sites: patch.sites ?? current.sites });
}
