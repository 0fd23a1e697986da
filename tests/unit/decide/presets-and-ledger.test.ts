import { describe, expect, it } from 'vitest';
import { prepare } from '../../../shared/decide/context';
import { decideAll } from '../../../shared/decide/options';
import { aReturn } from '../../builders/decide';
import { decisionInputFromLedger, type LedgerOrder, type LedgerReturn } from '../../../shared/decide/from-ledger';
import { decidePresets } from '../../../shared/decide/presets-types';
import { PILOT_DISTRICTS_2024, SEED_PRESETS } from '../../../shared/decide/presets-seed';
import { TEST_PRESETS } from '../../builders/decide';
import { anOrder } from '../../builders/ledger';
import { orderInput } from '../../../shared/schemas/order';

describe('a 1210 order’s zone exit date', () => {
  const bonded = anOrder({ exportMode: '1210', exportDate: '2026-03-01' });

  it('may be left empty (older orders and imports have none), or set on or after the export date', () => {
    expect(orderInput.safeParse(bonded).success).toBe(true);
    expect(orderInput.safeParse({ ...bonded, zoneExitDate: null }).success).toBe(true);
    expect(orderInput.safeParse({ ...bonded, zoneExitDate: '2026-05-20' }).success).toBe(true);
  });

  it('before the export date is refused, naming the field', () => {
    const r = orderInput.safeParse({ ...bonded, zoneExitDate: '2026-02-28' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['zoneExitDate', 'errors.zoneExitBeforeExport']]);
  });
});

describe('presets', () => {
  it('stored presets without channels read as every channel on (what they meant then)', () => {
    const old = { ...SEED_PRESETS, locations: SEED_PRESETS.locations.map(({ channels: _dropped, ...l }) => l) };
    const parsed = decidePresets.parse(old);
    expect(parsed.locations.map((l) => l.channels)).toEqual(SEED_PRESETS.locations.map(() => ({ returnless: true, dispose: true, liquidate: true, relist: true })));
  });

  it('the seed and the test presets pass their own schema', () => {
    expect(decidePresets.safeParse(SEED_PRESETS).success).toBe(true);
    expect(decidePresets.safeParse(TEST_PRESETS).success).toBe(true);
  });

  it('the seed has the 20 pilot districts and the Moscow air/TIR routes, TIR 40% below air', () => {
    expect(new Set(PILOT_DISTRICTS_2024).size).toBe(20);
    const ru = SEED_PRESETS.routes.filter((r) => r.locationId === 'ru-moscow');
    for (const district of ['9400', '2900']) {
      const air = ru.find((r) => r.districtCode === district && r.mode === 'air');
      const tir = ru.find((r) => r.districtCode === district && r.mode === 'road_tir');
      expect(tir && air && tir.perKgMinor * 10).toBe(air && air.perKgMinor * 6);
    }
  });

  it('refuses bad data with field-named keys', () => {
    const bad = { ...SEED_PRESETS, routes: [{ ...SEED_PRESETS.routes[0], validFrom: '2025-01-01', validTo: '2024-01-01' }] };
    const r = decidePresets.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ message: 'errors.endBeforeStart', path: ['routes', 0, 'validTo'] });
    const unsorted = structuredClone(SEED_PRESETS);
    unsorted.locations[0]!.disposal[0]!.bands.reverse();
    expect(decidePresets.safeParse(unsorted).error?.issues[0]?.message).toBe('errors.bandsAscending');
  });
});

describe('ledger → decision input', () => {
  const order: LedgerOrder = {
    platform: 'amazon', currency: 'USD', exportMode: '9610', exportDistrict: '2900', exportDate: '2025-03-01',
    lines: [{
      id: 'line-000001', productId: 'prod-000001', sku: 'SKU1', barcode: '', nameZh: '杯子', nameEn: 'Cup', hsCode: '6912001000', unit: '007',
      unitWeightG: 450, qty: 3, unitPriceMinor: 1999, declaredValueMinor: 1200, rebatePerUnitFen: 130,
    }],
  };
  const ret: LedgerReturn = { id: 'ret-0000001', lineId: 'line-000001', qty: 2, grade: 'B', whereabouts: 'overseas_address', locationId: 'us-amazon', requestedDate: '2025-04-02' };
  const product = { goodsCostFen: 2500, homeValueFen: null, food: false, dutyRateBp: 800 };

  it('maps every field', () => {
    expect(decisionInputFromLedger(ret, order, product)).toEqual({
      ok: true,
      input: {
        returnId: 'ret-0000001', qty: 2, grade: 'B', buyerShipped: true, requestedDate: '2025-04-02', platform: 'amazon', locationId: 'us-amazon',
        unitWeightG: 450, declaredValueMinor: 1200, declaredCurrency: 'USD', unitPriceMinor: 1999, saleCurrency: 'USD', rebatePerUnitFen: 130,
        goodsCostFen: 2500, homeValueFen: null, food: false, dutyRateBp: 800, vatRateBp: null, exportMode: '9610', exportDistrict: '2900', exportDate: '2025-03-01', zoneExitDate: null,
      },
    });
    const withBuyer = decisionInputFromLedger({ ...ret, whereabouts: 'with_buyer' }, order, product);
    expect(withBuyer.ok && withBuyer.input.buyerShipped).toBe(false);
  });

  it('lists what is missing instead of guessing', () => {
    expect(decisionInputFromLedger({ ...ret, locationId: null, lineId: 'nope' }, order, null)).toEqual({
      ok: false,
      missing: [
        { key: 'decide.missing.orderLine', params: { returnId: 'ret-0000001' } },
        { key: 'decide.missing.product', params: { returnId: 'ret-0000001', sku: '' } },
        { key: 'decide.missing.location', params: { returnId: 'ret-0000001' } },
      ],
    });
  });
});

describe('decideAll', () => {
  it('reports a return it cannot price (unknown location, missing rate) and decides the rest', () => {
    const ctx = prepare(TEST_PRESETS);
    const { decisions, failures } = decideAll([
      aReturn({ returnId: 'ok' }),
      aReturn({ returnId: 'lost', locationId: 'nowhere' }),
      aReturn({ returnId: 'gbp', saleCurrency: 'GBP' }),
    ], ctx, '2025-08-01');
    expect(decisions.map((d) => [d.returnId, d.recommended.kind, d.recommended.netFen, d.bestStay.kind])).toEqual([['ok', 'relist', 5460, 'relist']]);
    expect(failures).toEqual([
      { returnId: 'lost', key: 'errors.unknownLocation', params: { locationId: 'nowhere' } },
      { returnId: 'gbp', key: 'errors.noRate', params: { currency: 'GBP', date: '2025-08-01' } },
    ]);
  });
});
