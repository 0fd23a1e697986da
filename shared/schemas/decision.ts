import type { IsoDate } from '../dates';
import type { DecisionInput, Option } from '../decide/model-types';

/**
 * An accepted decision as it was made: the chosen option with its cost lines and a snapshot
 * of the inputs, so later edits of presets or the catalog never rewrite history.
 */
export interface DecisionRecord {
  id: string;
  returnId: string;
  decidedAt: string;
  /** The date the model priced it for. */
  on: IsoDate;
  chosen: Option;
  /** Whether the user took the recommendation. */
  recommended: boolean;
  baselineNetFen: number;
  disposeNetFen: number;
  /** chosen − baseline, and chosen − always dispose (may be negative when the user overrides). */
  savingsFen: number;
  savingsVsDisposeFen: number;
  input: DecisionInput;
}
