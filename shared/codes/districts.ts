/**
 * China customs districts (关区), 4-digit codes as listed in the team's DOMAIN.md (medium
 * confidence, secondary sources). Names are data, not UI strings: both languages live here.
 */
export interface District {
  code: string;
  zh: string;
  en: string;
}

export const DISTRICTS: readonly District[] = [
  { code: '0100', zh: '北京关区', en: 'Beijing' },
  { code: '0200', zh: '天津关区', en: 'Tianjin' },
  { code: '0600', zh: '满洲里关区', en: 'Manzhouli' },
  { code: '0900', zh: '大连关区', en: 'Dalian' },
  { code: '1900', zh: '哈尔滨关区', en: 'Harbin' },
  { code: '2200', zh: '上海关区', en: 'Shanghai' },
  { code: '2300', zh: '南京关区', en: 'Nanjing' },
  { code: '2900', zh: '杭州关区', en: 'Hangzhou' },
  { code: '3100', zh: '宁波关区', en: 'Ningbo' },
  { code: '3300', zh: '合肥关区', en: 'Hefei' },
  { code: '3500', zh: '福州关区', en: 'Fuzhou' },
  { code: '3700', zh: '厦门关区', en: 'Xiamen' },
  { code: '4000', zh: '南昌关区', en: 'Nanchang' },
  { code: '4200', zh: '青岛关区', en: 'Qingdao' },
  { code: '4300', zh: '济南关区', en: 'Jinan' },
  { code: '4600', zh: '郑州关区', en: 'Zhengzhou' },
  { code: '4700', zh: '武汉关区', en: 'Wuhan' },
  { code: '4900', zh: '长沙关区', en: 'Changsha' },
  { code: '5100', zh: '广州关区', en: 'Guangzhou' },
  { code: '5200', zh: '黄埔关区', en: 'Huangpu' },
  { code: '5300', zh: '深圳关区', en: 'Shenzhen' },
  { code: '5700', zh: '拱北关区', en: 'Gongbei' },
  { code: '6000', zh: '汕头关区', en: 'Shantou' },
  { code: '6400', zh: '海口关区', en: 'Haikou' },
  { code: '6700', zh: '湛江关区', en: 'Zhanjiang' },
  { code: '6800', zh: '江门关区', en: 'Jiangmen' },
  { code: '7200', zh: '南宁关区', en: 'Nanning' },
  { code: '7900', zh: '成都关区', en: 'Chengdu' },
  { code: '8000', zh: '重庆关区', en: 'Chongqing' },
  { code: '8600', zh: '昆明关区', en: 'Kunming' },
  { code: '9000', zh: '西安关区', en: "Xi'an" },
  { code: '9400', zh: '乌鲁木齐关区', en: 'Urumqi' },
];

export const DISTRICT_CODES = DISTRICTS.map((d) => d.code) as [string, ...string[]];

const byCode = new Map(DISTRICTS.map((d) => [d.code, d]));

export function districtByCode(code: string): District | undefined {
  return byCode.get(code);
}
