import { countryName } from '../codes/countries';
import { districtByCode } from '../codes/districts';
import enData from '../locales/en/data.json';
import enDecide from '../locales/en/decide.json';
import enLedger from '../locales/en/ledger.json';
import enRequests from '../locales/en/requests.json';
import zhData from '../locales/zh-CN/data.json';
import zhDecide from '../locales/zh-CN/decide.json';
import zhLedger from '../locales/zh-CN/ledger.json';
import zhRequests from '../locales/zh-CN/requests.json';

/**
 * The words a bookkeeping file is written in: every coded value (platform, status, reason,
 * grade, option, cost line, location, district, transport, country) as the label the screen
 * shows, in the language chosen for the export — the same locale files the UI reads, so
 * screen and paper agree. Accountants get words, never internal codes or translation keys.
 */
export const EXPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** Value groups and the locale entry holding their labels. */
export type WordGroup =
  | 'platform' | 'status' | 'reason' | 'grade' | 'whereabouts' | 'exportMode'
  | 'option' | 'batchStatus' | 'transport' | 'reasonCategory' | 'unit' | 'labelPaidBy';

type Tree = { [k: string]: string | Tree };
const BUNDLES: Record<ExportLanguage, { data: Tree; decide: Tree; ledger: Tree; requests: Tree }> = {
  en: { data: enData, decide: enDecide, ledger: enLedger, requests: enRequests },
  'zh-CN': { data: zhData, decide: zhDecide, ledger: zhLedger, requests: zhRequests },
};

const GROUP_PATH: Record<WordGroup, [keyof (typeof BUNDLES)['en'], string]> = {
  platform: ['ledger', 'platform'], status: ['ledger', 'status'], reason: ['ledger', 'reason'],
  grade: ['ledger', 'grade'], whereabouts: ['ledger', 'whereabouts'], exportMode: ['ledger', 'mode'],
  unit: ['ledger', 'unit'], option: ['decide', 'kind'], batchStatus: ['requests', 'status'],
  transport: ['requests', 'mode'], reasonCategory: ['requests', 'reasonCategory'], labelPaidBy: ['ledger', 'labelPaidBy'],
};

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `make(key)`, worked out the first time and remembered in `memo`. */
function once(memo: Map<string, string>, key: string, make: (key: string) => string): string {
  let v = memo.get(key);
  if (v === undefined) memo.set(key, v = make(key));
  return v;
}

/** Just enough of i18next's `{{name}}` interpolation for the export's fixed sentences. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k: string) => String(params[k] ?? ''));
}

/** A location as the export names it: its name in the export's language. */
export interface NamedLocation {
  id: string;
  name: string;
  nameEn?: string;
}

export interface ExportWords {
  language: ExportLanguage;
  /** Add a column with the stored code beside each column of labels (for feeding other systems). */
  withCodes: boolean;
  word(group: WordGroup, code: string): string;
  /** A column heading, `data:col.<key>`; a code column (`<key>Code`) reads "<heading> (code)". */
  header(key: string): string;
  /** A cost line's sentence, its locale key's `decide.` prefix resolved and values formatted. */
  costLine(key: string, params?: Record<string, string | number>): string;
  location(id: string | null): string;
  /** "2900 杭州关区 Hangzhou": code and both names, the way customs paperwork writes it. */
  district(code: string): string;
  country(code: string): string;
  /** A sheet's name: `data:sheet.<name>`. */
  sheet(name: string): string;
}

export function exportWords(language: ExportLanguage = 'zh-CN', options: { withCodes?: boolean; locations?: readonly NamedLocation[] } = {}): ExportWords {
  const b = BUNDLES[language];
  const locations = new Map((options.locations ?? []).map((l) => [l.id, l]));
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
  const fixed = (places: number) => new Intl.NumberFormat(language, { minimumFractionDigits: places, maximumFractionDigits: places });
  const district = (code: string) => {
    const d = districtByCode(code);
    return d ? `${d.code} ${d.zh} ${d.en}` : code;
  };
  const formatParams = (raw: Record<string, string | number>) => {
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v === 'number' && k.endsWith('G')) out[k.slice(0, -1)] = `${fixed(3).format(v / 1000)} kg`;
      else if (typeof v === 'number' && k.endsWith('Fen')) out[k.slice(0, -3)] = `${fixed(2).format(v / 100)} CNY`;
      else if (typeof v === 'number' && k.endsWith('Bp')) out[k.slice(0, -2)] = `${number.format(v / 100)}%`;
      else if (k === 'district' && typeof v === 'string') out[k] = district(v);
      else if (k === 'grade' && typeof v === 'string') out[k] = v;
      else out[k] = typeof v === 'number' ? number.format(v) : v;
    }
    return out;
  };
  const words = new Map<WordGroup, Map<string, string>>();
  const districts = new Map<string, string>();
  const countries = new Map<string, string>();
  const header = (key: string): string => {
    const direct = lookup(b.data, `col.${key}`);
    if (direct !== undefined) return direct;
    const base = key.endsWith('Code') ? lookup(b.data, `col.${key.slice(0, -4)}`) : undefined;
    if (base !== undefined) return interpolate(lookup(b.data, 'col.codeOf') ?? '{{label}}', { label: base });
    return key;
  };
  return {
    language,
    withCodes: options.withCodes ?? false,
    word: (group, code) => {
      // A million orders ask for the same few words a million times: each is looked up once.
      let known = words.get(group);
      if (!known) words.set(group, known = new Map());
      let w = known.get(code);
      if (w === undefined) {
        const [ns, path] = GROUP_PATH[group];
        known.set(code, w = lookup(b[ns], `${path}.${code}`) ?? code);
      }
      return w;
    },
    header,
    costLine: (key, params = {}) => {
      const template = key.startsWith('decide.') ? lookup(b.decide, key.slice('decide.'.length)) : undefined;
      return template === undefined ? key : interpolate(template, formatParams(params));
    },
    location: (id) => {
      if (id === null) return '';
      const l = locations.get(id);
      if (!l) return id;
      return language === 'en' && l.nameEn ? l.nameEn : l.name;
    },
    district: (code) => once(districts, code, district),
    country: (code) => (code ? once(countries, code, (c) => countryName(c, language)) : ''),
    sheet: (name) => lookup(b.data, `sheet.${name}`) ?? name,
  };
}
