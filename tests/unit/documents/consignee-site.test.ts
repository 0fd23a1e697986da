import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applyPatch, restoreSettings, settingsPatch } from '../../../shared/bridge/settings';
import { checkSite, findSite, sitesForDistrict, type SupervisedSite } from '../../../shared/bridge/sites';
import { SEED_PRESETS } from '../../../shared/decide';
import { DEMO_SITES, demoSiteName, withDemoSites } from '../../../shared/demo/demo-sites';
import { labelGaps } from '../../../shared/documents/cartons';
import type { BatchRecord } from '../../../shared/schemas/batch';
import { assembleBatchDoc } from '../../../renderer/db/batch-docs';

/**
 * The labels' TO: the operator of the supervised site a batch names, when that site is
 * configured in Settings; the customs broker's delivery address otherwise.
 */
const YIWU: SupervisedSite = {
  name: '义乌综合保税区跨境电商退货监管仓', nameEn: 'Yiwu bonded zone returns warehouse', districtCode: '2900',
  operator: '义乌综保区供应链管理有限公司', contact: '王工', phone: '+86 579 8555 0106', address: '浙江省义乌市杨村路 300 号 3 号监管仓',
};
const PVG: SupervisedSite = { ...YIWU, name: '浦东机场退运监管库', nameEn: '', districtCode: '2200', operator: '东航物流', phone: '+86 21 5555 0101', address: '上海市浦东新区航城七路 450 号' };
const BROKER = { name: '上海浦东顺达报关有限公司', contact: '李工', phone: '+86 21 6888 0142', address: '上海市浦东新区航城七路 450 号 3 号库' };
const LOCATION = SEED_PRESETS.locations.find((l) => l.id === 'us-amazon')!;
const APPLICANT = { companyZh: '义乌环宇归途', companyEn: '', uscc: '', customsCode: '', address: '义乌', contact: '', phone: '' };

function batch(supervisedSite: string): BatchRecord {
  return {
    id: '01JBATCH00000000000000WXYZ', requestNo: 'RR-2026-0001', locationId: 'us-amazon', routeId: null, returnDistrict: '2900', supervisedSite,
    transportMode: 'air', carrier: 'MU', masterWaybill: '781-23456784', reasonCategory: 'consumer_return', rebateCertificateNo: '',
    plannedDate: '2026-06-01', returnIds: ['r1'], status: 'submitted', history: [], createdAt: '2026-06-01T08:00:00.000Z', updatedAt: '2026-06-01T08:00:00.000Z',
  };
}
const docFor = (site: string, sites: readonly SupervisedSite[] = [YIWU, PVG], broker = BROKER) =>
  assembleBatchDoc({ batch: batch(site), members: [], location: LOCATION, applicant: APPLICANT, rates: SEED_PRESETS.rates, broker, sites });

describe('the labels’ consignee', () => {
  it('is the named site’s operator, with the site’s names, contact, phone and address', () => {
    const doc = docFor('义乌综合保税区跨境电商退货监管仓');
    expect(doc.consignee).toBe('site');
    // Golden: operator, then the site's Chinese and English names in full-width brackets.
    expect(doc.toSite).toEqual({
      name: '义乌综保区供应链管理有限公司（义乌综合保税区跨境电商退货监管仓 Yiwu bonded zone returns warehouse）',
      contact: '王工', phone: '+86 579 8555 0106', address: '浙江省义乌市杨村路 300 号 3 号监管仓',
    });
    // The request still prints the site as the batch names it.
    expect(doc.supervisedSite).toBe('义乌综合保税区跨境电商退货监管仓');
  });

  it('finds the site by its English name or both names, ignoring case and outer spaces', () => {
    expect(docFor('  yiwu BONDED zone returns warehouse ').toSite.phone).toBe('+86 579 8555 0106');
    expect(docFor('义乌综合保税区跨境电商退货监管仓 Yiwu bonded zone returns warehouse').consignee).toBe('site');
    expect(docFor('浦东机场退运监管库').toSite.name).toBe('东航物流（浦东机场退运监管库）');
  });

  it('is the customs broker for a site typed by hand, for no site, and when no sites are configured', () => {
    for (const doc of [docFor('浦东机场货运站 PVG'), docFor(''), docFor('义乌综合保税区跨境电商退货监管仓', [])]) {
      expect(doc.consignee).toBe('broker');
      expect(doc.toSite).toEqual({ name: '上海浦东顺达报关有限公司', contact: '李工', phone: '+86 21 6888 0142', address: '上海市浦东新区航城七路 450 号 3 号库' });
    }
  });

  it('refuses labels naming each missing site field, so the refusal links to the sites editor', () => {
    const bare = { ...YIWU, operator: ' ', phone: '', address: '' };
    expect(labelGaps(docFor(YIWU.name, [bare]))).toEqual(['site.operator', 'site.phone', 'site.address'].map((field) => ({ field, key: 'errors.required' })));
    // Only the phone missing: only the phone named; the (seeded, complete) FROM is not.
    expect(labelGaps(docFor(YIWU.name, [{ ...YIWU, phone: '' }])).map((e) => e.field)).toEqual(['site.phone']);
    expect(labelGaps(docFor(YIWU.name))).toEqual([]);
    // The broker's gaps keep the broker's names (filled in Settings → customs broker).
    expect(labelGaps(docFor('', [], { ...BROKER, name: '', address: '' })).map((e) => e.field)).toEqual(['toSite.name', 'toSite.address']);
  });
});

describe('supervised sites in settings', () => {
  it('old settings without sites load with none, every other field kept', () => {
    const old = { language: 'zh-CN', labelSize: 'a4x4', seller: { companyZh: '义乌归途' }, broker: { name: '顺达报关' } };
    const restored = restoreSettings(old);
    expect(restored.sites).toEqual([]);
    expect(restored).toMatchObject({ language: 'zh-CN', labelSize: 'a4x4', seller: { companyZh: '义乌归途' }, broker: { name: '顺达报关' } });
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
  });

  it('a damaged site is left out and the good ones kept', () => {
    const restored = restoreSettings({ sites: [YIWU, { ...PVG, districtCode: '9999' }, 'garbage', { ...PVG, name: '  ' }, PVG] });
    expect(restored.sites).toEqual([YIWU, PVG]);
    expect(restoreSettings({ sites: 'not a list' }).sites).toEqual([]);
  });

  it('the bridge takes the whole list, strictly, and a patch without sites keeps them', () => {
    expect(settingsPatch.safeParse({ sites: [YIWU, PVG] }).success).toBe(true);
    expect(settingsPatch.safeParse({ sites: [{ ...YIWU, districtCode: '2901' }] }).success).toBe(false);
    expect(settingsPatch.safeParse({ sites: [{ ...YIWU, extra: 1 }] }).success).toBe(false);
    const withSites = applyPatch(DEFAULT_SETTINGS, { sites: [YIWU] });
    expect(applyPatch(withSites, { broker: { phone: '1' } }).sites).toEqual([YIWU]);
    expect(applyPatch(withSites, { sites: [] }).sites).toEqual([]);
  });

  it('the editor refuses a site without a name or district, or with another site’s name, naming the field', () => {
    expect(checkSite(YIWU, [PVG])).toEqual([]);
    expect(checkSite({ ...YIWU, name: ' ', districtCode: '' }, []).map((e) => [e.field, e.key])).toEqual([['name', 'errors.required'], ['districtCode', 'errors.district']]);
    expect(checkSite({ ...PVG, name: 'yiwu bonded zone returns warehouse' }, [YIWU])).toEqual([{ field: 'name', key: 'errors.duplicateSite', params: { name: 'yiwu bonded zone returns warehouse' } }]);
    expect(checkSite({ ...YIWU, address: 'x'.repeat(301) }, []).map((e) => [e.field, e.key])).toEqual([['address', 'errors.tooLong']]);
  });

  it('the batch form offers the return district’s sites first', () => {
    expect(sitesForDistrict([YIWU, PVG], '2200').map((s) => s.name)).toEqual([PVG.name, YIWU.name]);
    expect(findSite([YIWU, PVG], 'nowhere')).toBeUndefined();
  });
});

describe('demo sites', () => {
  it('cover every district a seeded route ends in, complete and marked EXAMPLE, so the demo batches’ labels print', () => {
    for (const route of SEED_PRESETS.routes) expect(demoSiteName(route.districtCode), route.id).not.toBe('');
    for (const site of DEMO_SITES) {
      expect(checkSite(site, DEMO_SITES.filter((s) => s !== site))).toEqual([]);
      expect(site.address).toMatch(/^EXAMPLE 示例地址/);
      expect(site.nameEn).not.toBe('');
      expect(labelGaps(docFor(site.name, DEMO_SITES))).toEqual([]);
    }
    expect(settingsPatch.safeParse({ sites: DEMO_SITES }).success).toBe(true);
  });

  it('are added once: loading the demo again, or over the user’s own sites, adds none twice', () => {
    const once = withDemoSites([YIWU]);
    // The user already has a site named like the demo's Yiwu one: theirs stays, the demo's is not added.
    expect(once.length).toBe(DEMO_SITES.length);
    expect(findSite(once, YIWU.name)?.operator).toBe(YIWU.operator);
    expect(withDemoSites(once)).toEqual(once);
  });
});
