import type { Currency, ExportMode, Grade, Platform } from '../codes/ledger-codes';
import type { IsoDate } from '../dates';

/**
 * What the decision model needs to know about one return, independent of how the ledger
 * stores it (see from-ledger.ts for the mapping), so tests and benchmarks can build it
 * directly. Money in fen unless the field names another currency.
 */
export interface DecisionInput {
  returnId: string;
  qty: number;
  grade: Grade;
  /** False while the goods are still with the buyer: a returnless refund is still possible. */
  buyerShipped: boolean;
  requestedDate: IsoDate;
  platform: Platform;
  locationId: string;
  unitWeightG: number;
  /** Declared customs value per unit, in `declaredCurrency` minor units. */
  declaredValueMinor: number;
  declaredCurrency: Currency;
  /** Price the buyer paid per unit, in `saleCurrency` minor units (platform rules, resale). */
  unitPriceMinor: number;
  saleCurrency: Currency;
  rebatePerUnitFen: number;
  goodsCostFen: number;
  /** What a unit is worth once home; null = goods cost. */
  homeValueFen: number | null;
  food: boolean;
  dutyRateBp: number;
  /** Import VAT rate; null = the preset default (13%). */
  vatRateBp: number | null;
  exportMode: ExportMode;
  exportDistrict: string;
  exportDate: IsoDate;
  /** 1210 only: the day the goods left the bonded zone; the exemption's months run from it. Absent = the export date. */
  zoneExitDate?: IsoDate | null;
}

/** Something to tell the user, as a locale key and values: never prose. */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

export interface CostLine {
  key: string;
  fen: number;
  params?: Record<string, string | number>;
  /** The amount in the currency it was priced in, rounded to its minor unit, for display. */
  original?: { currency: string; minor: number };
}

export const OPTION_KINDS = ['keep', 'dispose', 'liquidate', 'relist', 'home_original', 'home_other'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

export interface Option {
  kind: OptionKind;
  districtCode?: string;
  routeId?: string;
  /** False when a rule forbids it; `reasons` then says which (never empty). */
  allowed: boolean;
  reasons: Reason[];
  /** Explanations that do not forbid the option (e.g. why taxes are due). */
  notes: Reason[];
  recoveryKey: string;
  recoveryFen: number;
  costLines: CostLine[];
  /** recoveryFen − Σ costLines.fen, exactly. */
  netFen: number;
  /** The date the goods would be declared at China customs (home options only). */
  returnDate?: IsoDate;
}

export interface Decision {
  returnId: string;
  on: IsoDate;
  options: Option[];
  recommended: Option;
  /** Best option under "original in, original out": stay overseas or the original district. */
  baseline: Option;
  dispose: Option;
  /** recommended − baseline, never negative. */
  savingsFen: number;
  /** recommended − dispose, never negative. */
  savingsVsDisposeFen: number;
}

/** A failure the user can fix in Settings or the ledger (missing rate, unknown location). */
export class DecideError extends Error {
  constructor(public readonly key: string, public readonly params: Record<string, string | number> = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'DecideError';
  }
}

/** The kinds that keep the goods overseas. */
export const STAY_KINDS: ReadonlySet<OptionKind> = new Set(['keep', 'dispose', 'liquidate', 'relist']);
