/** The decision model's public surface: what the Decide page, workers and exports call. */
export * from './model-types';
export * from './presets-types';
export { SEED_PRESETS, PILOT_DISTRICTS_2024 } from './presets-seed';
export { prepare, routesOn, type DecideContext } from './context';
export { minorToFen, rateOn, toFen, roundRatio } from './currency';
export { allowedDistricts, checkTaxExemption, crossDistrictRuleOn, districtBlockers, exemptionLastDay, exemptionStart, returnRightLastDay } from './eligibility';
export { decideReturn, decideAll, summarize, bestOf, bestPerKind, type DecideAllResult, type DecisionSummary, type OptionSummary } from './options';
export { planBatch, planLocation, allocateByWeight, bestStay, memberCostLines, type BatchPlan, type BatchMember, type LocationPlan } from './batch';
export { deadlinesOf, upcomingDeadlines, type DeadlineAlert, type ReturnDeadlines, type RouteShipBy } from './deadlines';
export { decisionInputFromLedger, type MapResult } from './from-ledger';
