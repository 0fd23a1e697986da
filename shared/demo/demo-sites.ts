import type { SupervisedSite } from '../bridge/sites';
import { findSite } from '../bridge/sites';

/**
 * The demo's supervised sites, one in each customs district a seeded route ends in, so the
 * demo batches name a configured site and their labels print on first run. Operators,
 * contacts, phones and addresses are made up and marked EXAMPLE, like the seeded locations'.
 */
const EXAMPLE = 'EXAMPLE 示例地址 — replace in Settings: ';

export const DEMO_SITES: readonly SupervisedSite[] = [
  {
    name: '上海浦东国际机场货运站退运监管库', nameEn: 'Shanghai Pudong Airport cargo terminal, returns bay', districtCode: '2200',
    operator: 'EXAMPLE 示例 上海东方航空物流退运服务有限公司', contact: 'EXAMPLE 陈工', phone: '+86 21 5555 0101',
    address: `${EXAMPLE}上海市浦东新区机场镇航城七路 450 号西货运区 3 号库`,
  },
  {
    name: '深圳机场跨境电商退货监管中心', nameEn: 'Shenzhen Airport cross-border e-commerce returns centre', districtCode: '5300',
    operator: 'EXAMPLE 示例 深圳空港跨境供应链有限公司', contact: 'EXAMPLE 林工', phone: '+86 755 5555 0102',
    address: `${EXAMPLE}广东省深圳市宝安区机场南路 18 号跨境电商监管中心 2 楼`,
  },
  {
    name: '宁波栎社保税物流中心跨境退货监管仓', nameEn: 'Ningbo Lishe bonded logistics centre, returns warehouse', districtCode: '3100',
    operator: 'EXAMPLE 示例 宁波保税区跨境物流有限公司', contact: 'EXAMPLE 周工', phone: '+86 574 5555 0103',
    address: `${EXAMPLE}浙江省宁波市海曙区栎社路 66 号保税物流中心 B 区`,
  },
  {
    name: '郑州国际陆港中欧班列退运监管场站', nameEn: 'Zhengzhou international land port, China–Europe rail returns yard', districtCode: '4600',
    operator: 'EXAMPLE 示例 郑州陆港国际物流有限公司', contact: 'EXAMPLE 赵工', phone: '+86 371 5555 0104',
    address: `${EXAMPLE}河南省郑州市经开区经北五路 88 号国际陆港监管场站`,
  },
  {
    name: '霍尔果斯公路口岸跨境电商退货监管场所', nameEn: 'Khorgos road port cross-border returns site', districtCode: '9400',
    operator: 'EXAMPLE 示例 霍尔果斯口岸国际物流有限公司', contact: 'EXAMPLE 努尔兰', phone: '+86 999 5555 0105',
    address: `${EXAMPLE}新疆伊犁州霍尔果斯市口岸大道 1 号公路口岸监管区`,
  },
  {
    name: '义乌综合保税区跨境电商退货监管仓', nameEn: 'Yiwu Comprehensive Bonded Zone cross-border returns warehouse', districtCode: '2900',
    operator: 'EXAMPLE 示例 义乌综保区供应链管理有限公司', contact: 'EXAMPLE 王工', phone: '+86 579 5555 0106',
    address: `${EXAMPLE}浙江省金华市义乌市稠江街道杨村路 300 号综合保税区 3 号监管仓`,
  },
];

/** The demo site a batch returning through `districtCode` names; '' for a district without one. */
export function demoSiteName(districtCode: string): string {
  return DEMO_SITES.find((s) => s.districtCode === districtCode)?.name ?? '';
}

/** `sites` with each demo site it lacks (by name) added at the end: loading the demo twice adds none. */
export function withDemoSites(sites: readonly SupervisedSite[]): SupervisedSite[] {
  return [...sites, ...DEMO_SITES.filter((d) => !findSite(sites, d.name))];
}
