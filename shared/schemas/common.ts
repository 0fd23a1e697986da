import { z } from 'zod';
import { isIsoDate } from '../dates';
import { MAX_MINOR } from '../money';

/**
 * Messages are locale keys (`errors.*`), never prose: the renderer translates them and names
 * the field from the path, so a bad value is explained in the user's language.
 */
export const id = z.string().min(10, { message: 'errors.required' });
export const requiredText = (max = 200) =>
  z.string().trim().min(1, { message: 'errors.required' }).max(max, { message: 'errors.tooLong' });
export const optionalText = (max = 200) => z.string().trim().max(max, { message: 'errors.tooLong' });
export const isoDate = z.string().refine(isIsoDate, { message: 'errors.date' });
export const minor = z.int({ message: 'errors.amount' }).min(0, { message: 'errors.notNegative' }).max(MAX_MINOR, { message: 'errors.amount' });
export const positiveInt = z.int({ message: 'errors.wholeNumber' }).min(1, { message: 'errors.atLeastOne' }).max(1_000_000, { message: 'errors.tooLarge' });
export const timestamp = z.string().datetime({ message: 'errors.date' });
