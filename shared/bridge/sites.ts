import { z } from 'zod';
import { DISTRICT_CODES } from '../codes/districts';
import { issuesToErrors, type FieldError } from '../errors';

/**
 * Customs-supervised sites (监管作业场所) the seller's returns enter, kept in Settings beside the
 * broker. A batch names its site as text; when that text names a configured site, the site's
 * operator is the consignee (TO) on the labels.
 */
const LIMITS = { name: 120, nameEn: 200, operator: 120, contact: 120, phone: 40, address: 300 } as const;
export const SITE_FIELDS = ['name', 'nameEn', 'districtCode', 'operator', 'contact', 'phone', 'address'] as const;
export type SiteField = (typeof SITE_FIELDS)[number];
export const MAX_SITES = 100;

const text = (max: number) => z.string().max(max, { message: 'errors.tooLong' });
const fields = {
  name: text(LIMITS.name).refine((s) => s.trim() !== '', { message: 'errors.required' }),
  nameEn: text(LIMITS.nameEn),
  /** The customs district (关区) the site belongs to: a code from the app's district list. */
  districtCode: z.enum(DISTRICT_CODES, { message: 'errors.district' }),
  /** The company that runs the site: the consignee on labels. */
  operator: text(LIMITS.operator),
  contact: text(LIMITS.contact),
  phone: text(LIMITS.phone),
  address: text(LIMITS.address),
};
const siteEntry = z.object(fields);
export type SupervisedSite = z.infer<typeof siteEntry>;

/** What a caller may store: the whole list, each site strictly valid. */
export const sitesPatch = z.array(z.strictObject(fields)).max(MAX_SITES);

/**
 * As stored: a list whose damaged entries are left out (the others kept), and no list at all —
 * settings written before sites existed — is an empty one.
 */
export const storedSites = z.array(z.unknown()).catch([]).transform((items): SupervisedSite[] =>
  items.flatMap((item) => {
    const parsed = siteEntry.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }).slice(0, MAX_SITES));

export const EMPTY_SITE: SupervisedSite = { name: '', nameEn: '', districtCode: '', operator: '', contact: '', phone: '', address: '' };

/** "义乌…监管仓 Yiwu … warehouse" — the site's names as a bilingual paper prints them. */
export function siteNames(site: Pick<SupervisedSite, 'name' | 'nameEn'>): string {
  const en = site.nameEn.trim();
  return en && en !== site.name.trim() ? `${site.name.trim()} ${en}` : site.name.trim();
}

/**
 * The configured site a batch's text names: its Chinese name, its English name or both as
 * printed, compared without surrounding spaces and case. Undefined for a site typed by hand.
 */
export function findSite(sites: readonly SupervisedSite[], text: string): SupervisedSite | undefined {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return undefined;
  return sites.find((s) => s.name.trim() !== '' && [s.name, s.nameEn, siteNames(s)].some((n) => n.trim().toLowerCase() === wanted));
}

/**
 * What the editor refuses before saving a site, each field named: a name, a district from the
 * list, nothing too long, a name no other site has (`others` are the rest of the list).
 */
export function checkSite(site: SupervisedSite, others: readonly SupervisedSite[]): FieldError[] {
  const parsed = siteEntry.safeParse(site);
  const errors = parsed.success ? [] : issuesToErrors(parsed.error.issues);
  if (site.name.trim() && findSite(others, site.name)) errors.push({ field: 'name', key: 'errors.duplicateSite', params: { name: site.name.trim() } });
  return errors;
}

/** Sites of `districtCode` first (in their order), then the others: how the batch form offers them. */
export function sitesForDistrict(sites: readonly SupervisedSite[], districtCode: string): SupervisedSite[] {
  return [...sites.filter((s) => s.districtCode === districtCode), ...sites.filter((s) => s.districtCode !== districtCode)];
}
