import type { DecidePresets, Route } from './presets-types';

/**
 * Seeded defaults, from DOMAIN.md. Fees and freight are low–medium confidence estimates the
 * user is expected to edit; the policy rules (dates, districts, modes) are the published
 * ones. Amazon's pound bands are converted to grams (0.5 lb = 227 g, 1 lb = 454 g,
 * 2 lb = 907 g; $1.06/lb = $2.34/kg).
 *
 * Stay-overseas channels per location (DOMAIN.md):
 * - Amazon US (FBA): returnless refunds (Amazon's automatic band), removal/disposal, FBA
 *   liquidation (Seller Central, high confidence) and relisting grades A–B.
 * - Amazon DE and JP: returnless, disposal and relisting, but no liquidation: DOMAIN.md
 *   confirms FBA liquidation for the US only, and a wrong "on" recommends selling to a buyer
 *   who does not exist, while a wrong "off" only hides a small recovery the seller can switch
 *   on in Settings.
 * - Moscow overseas warehouse (a 3PL): it destroys and relists, nothing more. Returns reach it
 *   through the marketplaces' own return flow (no label of the seller's to skip), and no
 *   liquidator is known there.
 */

/** GAC 2024 No.167 pilot districts for cross-district 9610 returns. */
export const PILOT_DISTRICTS_2024 = [
  '0100', '0200', '0900', '1900', '2200', '2300', '2900', '3100', '3300', '3500',
  '3700', '4000', '4200', '4600', '4900', '5100', '5300', '5200', '7900', '9400',
] as const;

const allDay = { validFrom: '2024-01-01', validTo: null };

/** Freight quoted by China-side forwarders in CNY fen. */
function cnyRoute(id: string, locationId: string, districtCode: string, mode: Route['mode'], fixedMinor: number, perParcelMinor: number, perKgMinor: number, minChargeG: number, transitDays: number): Route {
  return { id, locationId, districtCode, mode, currency: 'CNY', fixedMinor, perParcelMinor, perKgMinor, minChargeG, transitDays, ...allDay };
}

export const SEED_PRESETS: DecidePresets = {
  locations: [
    {
      id: 'us-amazon', name: '亚马逊美国退货地址 (FBA)', nameEn: 'Amazon US return address (FBA)', country: 'US', currency: 'USD',
      address: 'EXAMPLE 示例地址 — replace in Settings: 1050 N Industrial Pkwy, Bldg 7, Elk Grove Village, IL 60007', contact: 'EXAMPLE Returns Desk', phone: '+1 847 555 0100',
      disposal: [
        { validFrom: '2024-01-01', bands: [{ upToG: 227, feeMinor: 104 }, { upToG: 454, feeMinor: 153 }, { upToG: 907, feeMinor: 227 }], overBaseMinor: 289, overPerKgMinor: 234 },
        { validFrom: '2026-01-15', bands: [{ upToG: 227, feeMinor: 84 }, { upToG: 454, feeMinor: 153 }, { upToG: 907, feeMinor: 227 }], overBaseMinor: 289, overPerKgMinor: 234 },
      ],
      liquidationRateBp: 1000, handlingMinor: 295,
      relistFees: { inboundMinor: 75, inspectionMinor: 275, relabelMinor: 55, storageMinor: 80 },
      resalePriceFactorBp: 8000, sellThroughBp: 7000, platformFeeBp: 1500, firstLegLabelMinor: 800, relistGrades: ['A', 'B'],
      channels: { returnless: true, dispose: true, liquidate: true, relist: true },
    },
    {
      id: 'de-amazon', name: '亚马逊德国退货地址', nameEn: 'Amazon DE return address', country: 'DE', currency: 'EUR',
      address: 'EXAMPLE 示例地址 — replace in Settings: Industriestraße 12, Halle 3, 04435 Schkeuditz', contact: 'EXAMPLE Retourenannahme', phone: '+49 341 555 0100',
      disposal: [{ validFrom: '2024-01-01', bands: [{ upToG: 200, feeMinor: 46 }, { upToG: 500, feeMinor: 67 }, { upToG: 1000, feeMinor: 136 }], overBaseMinor: 201, overPerKgMinor: 82 }],
      liquidationRateBp: 1000, handlingMinor: 250,
      relistFees: { inboundMinor: 60, inspectionMinor: 250, relabelMinor: 50, storageMinor: 70 },
      resalePriceFactorBp: 8000, sellThroughBp: 6500, platformFeeBp: 1500, firstLegLabelMinor: 650, relistGrades: ['A', 'B'],
      channels: { returnless: true, dispose: true, liquidate: false, relist: true },
    },
    {
      id: 'jp-amazon', name: '亚马逊日本退货地址', nameEn: 'Amazon JP return address', country: 'JP', currency: 'JPY',
      address: 'EXAMPLE 示例地址 — replace in Settings: 〒272-0193 千葉県市川市塩浜 2-13-1', contact: 'EXAMPLE 返品受付', phone: '+81 47 555 0100',
      disposal: [{ validFrom: '2024-01-01', bands: [{ upToG: 200, feeMinor: 30 }, { upToG: 500, feeMinor: 45 }, { upToG: 1000, feeMinor: 60 }], overBaseMinor: 100, overPerKgMinor: 40 }],
      liquidationRateBp: 800, handlingMinor: 350,
      relistFees: { inboundMinor: 80, inspectionMinor: 300, relabelMinor: 60, storageMinor: 100 },
      resalePriceFactorBp: 8000, sellThroughBp: 7000, platformFeeBp: 1500, firstLegLabelMinor: 900, relistGrades: ['A', 'B'],
      channels: { returnless: true, dispose: true, liquidate: false, relist: true },
    },
    {
      id: 'ru-moscow', name: '莫斯科海外仓', nameEn: 'Moscow overseas warehouse', country: 'RU', currency: 'RUB',
      address: 'EXAMPLE 示例地址 — replace in Settings: Moscow Oblast, Podolsk, Bolshaya Serpukhovskaya 200, warehouse 4', contact: 'EXAMPLE Склад возвратов', phone: '+7 495 555 0100',
      disposal: [{ validFrom: '2024-01-01', bands: [{ upToG: 500, feeMinor: 5000 }, { upToG: 1000, feeMinor: 8000 }, { upToG: 2000, feeMinor: 12000 }], overBaseMinor: 15000, overPerKgMinor: 5000 }],
      liquidationRateBp: 800, handlingMinor: 15000,
      relistFees: { inboundMinor: 5000, inspectionMinor: 10000, relabelMinor: 3000, storageMinor: 5000 },
      resalePriceFactorBp: 7000, sellThroughBp: 6000, platformFeeBp: 1800, firstLegLabelMinor: 35000, relistGrades: ['A', 'B'],
      channels: { returnless: false, dispose: true, liquidate: false, relist: true },
    },
  ],
  routes: [
    // US → China air ~64–76 CNY/kg door to door; sea consolidation 25–35 days.
    cnyRoute('us-air-sha', 'us-amazon', '2200', 'air', 30000, 500, 7000, 10_000, 9),
    cnyRoute('us-air-szx', 'us-amazon', '5300', 'air', 30000, 500, 6800, 10_000, 10),
    cnyRoute('us-sea-ngb', 'us-amazon', '3100', 'sea', 80000, 300, 1800, 50_000, 30),
    cnyRoute('de-air-sha', 'de-amazon', '2200', 'air', 30000, 500, 5500, 10_000, 8),
    cnyRoute('de-rail-cgo', 'de-amazon', '4600', 'rail', 60000, 300, 2000, 50_000, 20),
    cnyRoute('jp-air-ngb', 'jp-amazon', '3100', 'air', 20000, 500, 3000, 5_000, 4),
    cnyRoute('jp-sea-sha', 'jp-amazon', '2200', 'sea', 50000, 300, 1200, 30_000, 6),
    // Moscow: TIR priced at 60% of air on every component (reported ~40% below air).
    cnyRoute('ru-air-urc', 'ru-moscow', '9400', 'air', 50000, 500, 4500, 50_000, 5),
    cnyRoute('ru-tir-urc', 'ru-moscow', '9400', 'road_tir', 30000, 300, 2700, 50_000, 12),
    cnyRoute('ru-air-hgh', 'ru-moscow', '2900', 'air', 50000, 500, 5000, 50_000, 6),
    cnyRoute('ru-tir-hgh', 'ru-moscow', '2900', 'road_tir', 30000, 300, 3000, 50_000, 18),
  ],
  // China import clearance of a return ~300–600 CNY per declaration.
  clearance: {
    defaultFen: 45000,
    byDistrict: [
      { districtCode: '0100', fen: 60000 }, { districtCode: '2200', fen: 50000 }, { districtCode: '5300', fen: 50000 },
      { districtCode: '2900', fen: 40000 }, { districtCode: '3100', fen: 40000 }, { districtCode: '4600', fen: 35000 },
      { districtCode: '9400', fen: 35000 },
    ],
  },
  // To a seller in Yiwu: cheap from the Zhejiang districts, dear from Urumqi.
  domesticHaul: {
    sellerCity: 'Yiwu',
    defaultPerKgFen: 300,
    byDistrict: [
      { districtCode: '2900', fen: 80 }, { districtCode: '3100', fen: 100 }, { districtCode: '2200', fen: 120 },
      { districtCode: '5300', fen: 250 }, { districtCode: '5100', fen: 250 }, { districtCode: '0100', fen: 250 },
      { districtCode: '4600', fen: 220 }, { districtCode: '9400', fen: 600 },
    ],
  },
  // CNY per major unit in millionths; approximate, to be updated by the user.
  rates: [
    ...([
      ['USD', 7_100_000], ['EUR', 7_800_000], ['GBP', 9_000_000], ['JPY', 48_000], ['RUB', 78_000],
      ['AUD', 4_700_000], ['CAD', 5_250_000], ['SGD', 5_300_000], ['MYR', 1_520_000], ['THB', 200_000],
      ['PHP', 127_000], ['VND', 290], ['MXN', 415_000], ['BRL', 1_450_000], ['PLN', 1_780_000],
      ['AED', 1_930_000], ['SAR', 1_890_000], ['KRW', 5_400], ['HKD', 908_000],
    ] as const).map(([currency, cnyMillionths]) => ({ currency, validFrom: '2024-01-01', cnyMillionths })),
    ...([
      ['USD', 7_000_000], ['EUR', 8_150_000], ['GBP', 9_350_000], ['JPY', 45_500], ['RUB', 89_000],
    ] as const).map(([currency, cnyMillionths]) => ({ currency, validFrom: '2026-01-01', cnyMillionths })),
  ],
  grades: {
    A: { recoveryBp: 10_000, refurbishFen: 0 },
    B: { recoveryBp: 7_000, refurbishFen: 500 },
    C: { recoveryBp: 3_000, refurbishFen: 1500 },
    D: { recoveryBp: 0, refurbishFen: 0 },
  },
  crossDistrictRules: [
    { id: 'gac-2024-167-pilot', validFrom: '2024-12-15', validTo: '2026-03-31', modes: ['9610'], districts: [...PILOT_DISTRICTS_2024], originMustBeListed: true, source: 'GAC Announcement 2024 No.167' },
    { id: 'gac-2026-nationwide', validFrom: '2026-04-01', validTo: null, modes: ['9610'], districts: 'any', originMustBeListed: false, source: 'GAC announcement of 2026-03-13' },
  ],
  taxExemption: {
    windows: [
      { exportFrom: '2023-01-30', exportTo: '2025-12-31', source: 'MOF/GAC/STA 2023 No.4, No.34' },
      { exportFrom: '2026-01-01', exportTo: '2027-12-31', source: 'MOF/GAC/STA 2026 No.16' },
    ],
    months: 6,
    modes: ['1210', '9610', '9710', '9810'],
    grades: ['A', 'B'],
    excludeFood: true,
    defaultVatBp: 1300,
  },
  returnRight: { months: 12 },
  platformRules: [
    { platform: 'amazon', currency: 'USD', returnWindowDays: 30, returnless: [{ fromMinor: 0, toMinor: 2500, policy: 'auto_returnless' }] },
    { platform: 'shopee', currency: 'USD', returnWindowDays: 15, returnless: [{ fromMinor: 0, toMinor: 2000, policy: 'auto_returnless' }] },
    { platform: 'ebay', currency: 'USD', returnWindowDays: 30, returnless: [] },
  ],
};
