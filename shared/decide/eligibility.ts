import type { IsoDate } from '../dates';
import { addMonthsMemo as addMonths } from './date-memo';
import type { DecisionInput, Reason } from './model-types';
import type { CrossDistrictRule, DecidePresets } from './presets-types';

/**
 * Which customs districts a return may re-enter through, and whether the import-tax
 * exemption holds. Every refusal is a Reason (locale key + values) so the Decide page can say
 * exactly which rule blocked what.
 *
 * Reading of the pilot (GAC 2024 No.167, seeded with `originMustBeListed: true`): a
 * cross-district return needs BOTH the original export district and the district of re-entry
 * to be pilot districts — the pilot was run between the listed customs, and a wrong
 * "allowed" costs the seller a refused declaration while a missed saving costs nothing
 * irreversible. The flag is data, so a user who reads it differently can switch it off.
 * From 2026-04-01 the nationwide rule lists 'any' district and the question disappears.
 *
 * The 1-year limit is applied to every mode, 0110 included: past it the goods can only come
 * back as an ordinary taxed import, which this model does not price as a return option.
 */

/** The last day (inclusive) a return may be declared as an e-commerce return. */
export function returnRightLastDay(exportDate: IsoDate, presets: DecidePresets): IsoDate {
  return addMonths(exportDate, presets.returnRight.months);
}

/**
 * The day the exemption's months start: the export date, or for 1210 bonded goods the day they
 * left the bonded zone (DOMAIN.md), when the order records it.
 */
export function exemptionStart(input: Pick<DecisionInput, 'exportMode' | 'exportDate' | 'zoneExitDate'>): IsoDate {
  return input.exportMode === '1210' && input.zoneExitDate ? input.zoneExitDate : input.exportDate;
}

/** The last day (inclusive) the 6-month exemption window runs to, counted from `start` (exemptionStart). */
export function exemptionLastDay(start: IsoDate, presets: DecidePresets): IsoDate {
  return addMonths(start, presets.taxExemption.months);
}

/** The cross-district rule in force on `date`; with overlaps, the newest one wins. */
export function crossDistrictRuleOn(rules: readonly CrossDistrictRule[], date: IsoDate): CrossDistrictRule | undefined {
  let found: CrossDistrictRule | undefined;
  for (const r of rules) {
    if (r.validFrom <= date && (r.validTo === null || date <= r.validTo) && (!found || r.validFrom > found.validFrom)) found = r;
  }
  return found;
}

/** The empty list of reasons, shared (never pushed to). */
export const NO_REASONS = Object.freeze([]) as unknown as Reason[];
const NONE = NO_REASONS;

/**
 * Reasons the return may not be declared through `districtCode` on `returnDate` (empty = allowed).
 * `lastDay` is its returnRightLastDay, which batch runs have already worked out.
 */
export function districtBlockers(input: DecisionInput, districtCode: string, returnDate: IsoDate, presets: DecidePresets, lastDay = returnRightLastDay(input.exportDate, presets)): Reason[] {
  // Allocated only when something blocks: batch runs ask this for every return on every route.
  let reasons: Reason[] | null = null;
  if (returnDate > lastDay) {
    (reasons ??= []).push({ key: 'decide.reason.pastOneYear', params: { exportDate: input.exportDate, lastDay, returnDate } });
  }
  if (districtCode === input.exportDistrict) return reasons ?? NONE;
  const rule = crossDistrictRuleOn(presets.crossDistrictRules, returnDate);
  if (!rule) {
    (reasons ??= []).push({ key: 'decide.reason.noCrossDistrictRule', params: { returnDate } });
    return reasons ?? NONE;
  }
  if (!rule.modes.includes(input.exportMode)) {
    (reasons ??= []).push({ key: 'decide.reason.crossDistrictMode', params: { mode: input.exportMode, ruleId: rule.id } });
  }
  if (rule.districts !== 'any') {
    if (!rule.districts.includes(districtCode)) {
      (reasons ??= []).push({ key: 'decide.reason.districtNotListed', params: { district: districtCode, ruleId: rule.id } });
    }
    if (rule.originMustBeListed && !rule.districts.includes(input.exportDistrict)) {
      (reasons ??= []).push({ key: 'decide.reason.originNotListed', params: { district: input.exportDistrict, ruleId: rule.id } });
    }
  }
  return reasons ?? NONE;
}

export interface AllowedDistricts {
  /** The original district, or null past the return right. */
  original: string | null;
  /** Other districts of re-entry: a list, 'any', or none. */
  others: readonly string[] | 'any';
  /** Why nothing or only the original district is allowed. */
  reasons: Reason[];
}

/** The districts a return may re-enter through on `returnDate`, for display and filtering. */
export function allowedDistricts(input: DecisionInput, returnDate: IsoDate, presets: DecidePresets): AllowedDistricts {
  const lastDay = returnRightLastDay(input.exportDate, presets);
  if (returnDate > lastDay) {
    return { original: null, others: [], reasons: [{ key: 'decide.reason.pastOneYear', params: { exportDate: input.exportDate, lastDay, returnDate } }] };
  }
  const rule = crossDistrictRuleOn(presets.crossDistrictRules, returnDate);
  if (!rule) return { original: input.exportDistrict, others: [], reasons: [{ key: 'decide.reason.noCrossDistrictRule', params: { returnDate } }] };
  if (!rule.modes.includes(input.exportMode)) {
    return { original: input.exportDistrict, others: [], reasons: [{ key: 'decide.reason.crossDistrictMode', params: { mode: input.exportMode, ruleId: rule.id } }] };
  }
  if (rule.districts === 'any') return { original: input.exportDistrict, others: 'any', reasons: [] };
  if (rule.originMustBeListed && !rule.districts.includes(input.exportDistrict)) {
    return { original: input.exportDistrict, others: [], reasons: [{ key: 'decide.reason.originNotListed', params: { district: input.exportDistrict, ruleId: rule.id } }] };
  }
  return { original: input.exportDistrict, others: rule.districts.filter((d) => d !== input.exportDistrict), reasons: [] };
}

export interface ExemptionCheck {
  exempt: boolean;
  /** Each failed condition on its own, so the user sees all that must change. */
  failed: Reason[];
}

/**
 * The exemption's conditions that do not depend on when the goods arrive (mode, export
 * window, grade, food): empty when only the months are left to check.
 */
export function exemptionConditions(input: DecisionInput, presets: DecidePresets): Reason[] {
  const rule = presets.taxExemption;
  let failed: Reason[] | null = null;
  if (!rule.modes.includes(input.exportMode)) (failed ??= []).push({ key: 'decide.exempt.mode', params: { mode: input.exportMode } });
  let inWindow = false;
  for (const w of rule.windows) inWindow ||= w.exportFrom <= input.exportDate && input.exportDate <= w.exportTo;
  if (!inWindow) {
    (failed ??= []).push({ key: 'decide.exempt.exportWindow', params: { exportDate: input.exportDate } });
  }
  if (!rule.grades.includes(input.grade)) (failed ??= []).push({ key: 'decide.exempt.grade', params: { grade: input.grade } });
  if (rule.excludeFood && input.food) (failed ??= []).push({ key: 'decide.exempt.food' });
  return failed ?? NONE;
}

/** Import duty/VAT exemption for a return declared on `returnDate` (MOF/GAC/STA 2023 No.4 et seq.). */
export function checkTaxExemption(input: DecisionInput, returnDate: IsoDate, presets: DecidePresets): ExemptionCheck {
  const failed = [...exemptionConditions(input, presets)];
  const start = exemptionStart(input);
  const lastDay = exemptionLastDay(start, presets);
  if (returnDate > lastDay) {
    const params = { months: presets.taxExemption.months, lastDay, returnDate };
    // In the order the rule reads: mode, export window, months, grade, food.
    const at = failed.filter((r) => r.key === 'decide.exempt.mode' || r.key === 'decide.exempt.exportWindow').length;
    failed.splice(at, 0, start === input.exportDate
      ? { key: 'decide.exempt.months', params }
      : { key: 'decide.exempt.monthsFromZoneExit', params: { ...params, zoneExitDate: start } });
  }
  return { exempt: failed.length === 0, failed };
}
