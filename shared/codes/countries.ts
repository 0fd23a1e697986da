import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

/**
 * Countries as sellers write them → ISO 3166-1 alpha-2. The names come from the maintained
 * `i18n-iso-countries` lists (English, Chinese, Russian, with their alternative spellings) and
 * the alpha-2/alpha-3 codes; a short alias list adds what sellers' files and ERPs write that
 * those lists do not (traditional characters, 美利坚合众国, England, Deutschland …). Display
 * names come from Intl.DisplayNames, as everywhere in the app.
 */

/** What those lists lack; keys are matched after `countryKey`. */
const ALIASES: Record<string, string> = {
  美利坚合众国: 'US', 美國: 'US', 美洲美国: 'US', 'united states': 'US', america: 'US',
  英國: 'GB', 大不列颠: 'GB', 英格兰: 'GB', 联合王国: 'GB', england: 'GB', britain: 'GB', 'great britain': 'GB', 'u.k.': 'GB',
  俄國: 'RU', 俄羅斯: 'RU', 俄国: 'RU', 俄罗斯联邦: 'RU', россия: 'RU', рф: 'RU',
  德國: 'DE', deutschland: 'DE', 法國: 'FR', 西班牙王国: 'ES', españa: 'ES', 義大利: 'IT', 意大利: 'IT', italia: 'IT',
  日本国: 'JP', 韓國: 'KR', 南韩: 'KR', 南韓: 'KR', 韩国: 'KR', korea: 'KR', 'south korea': 'KR',
  荷兰: 'NL', holland: 'NL', 'the netherlands': 'NL', 台湾: 'TW', 臺灣: 'TW', 中国台湾: 'TW', 中国香港: 'HK', 香港特别行政区: 'HK',
  中国澳门: 'MO', 澳門: 'MO', 中国大陆: 'CN', 中华人民共和国: 'CN', 加拿大: 'CA', 澳洲: 'AU', 纽西兰: 'NZ', 新西兰: 'NZ',
  土耳其: 'TR', türkiye: 'TR', turkiye: 'TR', 沙特: 'SA', 'saudi arabia': 'SA', 阿联酋: 'AE', uae: 'AE', 'u.a.e.': 'AE',
  越南: 'VN', vietnam: 'VN', 墨西哥: 'MX', méxico: 'MX', 巴西: 'BR', brasil: 'BR', 捷克: 'CZ', czechia: 'CZ', 波兰: 'PL', polska: 'PL',
};

/** Width (full-width → half-width), case, accents, spaces and punctuation folded away. */
export function countryKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s.,'’"()（）【】[\]\-_/\\·、]/g, '');
}

type NameList = Record<string, string | string[]>;

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, code: string) => {
    const key = countryKey(name);
    if (key === '' || ambiguous.has(key)) return;
    const had = index.get(key);
    if (had !== undefined && had !== code) {
      index.delete(key);
      ambiguous.add(key);
    } else index.set(key, code);
  };
  for (const list of [en.countries, zh.countries, ru.countries] as NameList[]) {
    for (const [code, names] of Object.entries(list)) for (const name of [names].flat()) add(name, code);
  }
  // The names the app itself shows (Intl) always read back, in every UI language and Russian.
  for (const code of COUNTRY_CODES) for (const language of ['zh-CN', 'en', 'ru']) add(countryName(code, language), code);
  // Codes win over any name that happens to spell the same letters.
  for (const [alpha2, alpha3] of codes as string[][]) {
    index.set(countryKey(alpha2!), alpha2!);
    index.set(countryKey(alpha3!), alpha2!);
  }
  for (const [alias, code] of Object.entries(ALIASES)) index.set(countryKey(alias), code);
  index.set('uk', 'GB');
  return index;
}

let byKey: Map<string, string> | null = null;

/** ISO alpha-2 for a country written as a name (zh, en, ru), an alpha-2/alpha-3 code or a known alias; null if not a country. */
export function readCountry(text: string): string | null {
  byKey ??= buildIndex();
  const key = countryKey(text);
  return key === '' ? null : (byKey.get(key) ?? null);
}

/** Every ISO 3166-1 alpha-2 code, in the lists' order. */
export const COUNTRY_CODES: readonly string[] = (codes as string[][]).map(([alpha2]) => alpha2!);

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's name in a UI language ("美国", "United States"); the code itself if Intl has none. */
export function countryName(code: string, language: string): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

export interface CountryOption {
  code: string;
  name: string;
  /** Everything the option answers to when searched: its names in the three lists, both codes. */
  search: string;
}

/** The options of a country picker in a UI language, sorted by name in that language. */
export function countryOptions(language: string): CountryOption[] {
  const alpha3 = new Map((codes as string[][]).map(([a2, a3]) => [a2!, a3!]));
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => {
    const names = [en.countries, zh.countries, ru.countries].flatMap((list) => [(list as NameList)[code] ?? []].flat());
    const name = countryName(code, language);
    return { code, name, search: [code, alpha3.get(code) ?? '', name, ...names].map(countryKey).join('|') };
  }).sort((a, b) => collator.compare(a.name, b.name));
}
