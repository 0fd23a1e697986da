import type { DecisionInput } from '../../shared/decide/model-types';
import type { DecidePresets, Route } from '../../shared/decide/presets-types';
import { SEED_PRESETS } from '../../shared/decide/presets-seed';

/**
 * Round-number presets for hand-computed golden cases: USD at 7.00 (7.20 from 2026), JPY at
 * 0.05, CNY freight. The policy rules are the seeded (real) ones.
 */
function route(id: string, districtCode: string, mode: Route['mode'], fixedMinor: number, perParcelMinor: number, perKgMinor: number, minChargeG: number, transitDays: number): Route {
  return { id, locationId: 'us', districtCode, mode, currency: 'CNY', fixedMinor, perParcelMinor, perKgMinor, minChargeG, transitDays, validFrom: '2024-01-01', validTo: null };
}

export const TEST_PRESETS: DecidePresets = {
  ...SEED_PRESETS,
  locations: [
    {
      id: 'us', name: 'US return address', country: 'US', address: '', currency: 'USD',
      disposal: [{ validFrom: '2024-01-01', bands: [{ upToG: 500, feeMinor: 100 }, { upToG: 1000, feeMinor: 200 }], overBaseMinor: 300, overPerKgMinor: 100 }],
      liquidationRateBp: 1000, handlingMinor: 200,
      relistFees: { inboundMinor: 100, inspectionMinor: 100, relabelMinor: 50, storageMinor: 50 },
      resalePriceFactorBp: 8000, sellThroughBp: 5000, platformFeeBp: 1000, firstLegLabelMinor: 500, relistGrades: ['A', 'B'],
      channels: { returnless: true, dispose: true, liquidate: true, relist: true },
    },
    {
      id: 'jp', name: 'JP return address', country: 'JP', address: '', currency: 'JPY',
      disposal: [{ validFrom: '2024-01-01', bands: [{ upToG: 1000, feeMinor: 100 }], overBaseMinor: 200, overPerKgMinor: 50 }],
      liquidationRateBp: 1000, handlingMinor: 300,
      relistFees: { inboundMinor: 100, inspectionMinor: 100, relabelMinor: 100, storageMinor: 100 },
      resalePriceFactorBp: 8000, sellThroughBp: 5000, platformFeeBp: 1000, firstLegLabelMinor: 1000, relistGrades: ['A', 'B'],
      channels: { returnless: true, dispose: true, liquidate: true, relist: true },
    },
  ],
  routes: [
    route('us-air-sha', '2200', 'air', 10000, 1000, 5000, 2000, 10),
    route('us-air-hgh', '2900', 'air', 10000, 1000, 4000, 2000, 10),
    route('us-sea-tna', '4300', 'sea', 10000, 500, 1000, 5000, 30),
  ],
  clearance: { defaultFen: 30000, byDistrict: [{ districtCode: '2900', fen: 20000 }] },
  domesticHaul: { sellerCity: 'Yiwu', defaultPerKgFen: 200, byDistrict: [{ districtCode: '2900', fen: 50 }, { districtCode: '2200', fen: 100 }] },
  rates: [
    { currency: 'USD', validFrom: '2024-01-01', cnyMillionths: 7_000_000 },
    { currency: 'USD', validFrom: '2026-01-01', cnyMillionths: 7_200_000 },
    { currency: 'JPY', validFrom: '2024-01-01', cnyMillionths: 50_000 },
  ],
};

/** A 9610 parcel exported via Shanghai on 2025-06-01, back at the US address, grade A. */
export function aReturn(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    returnId: 'r1', qty: 1, grade: 'A', buyerShipped: true, requestedDate: '2025-07-20', platform: 'amazon', locationId: 'us',
    unitWeightG: 1000, declaredValueMinor: 2000, declaredCurrency: 'USD', unitPriceMinor: 3000, saleCurrency: 'USD',
    rebatePerUnitFen: 0, goodsCostFen: 10000, homeValueFen: null, food: false, dutyRateBp: 1000, vatRateBp: null,
    exportMode: '9610', exportDistrict: '2200', exportDate: '2025-06-01',
    ...overrides,
  };
}
