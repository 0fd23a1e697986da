import { ValidationFailed } from '../../shared/errors';

/**
 * IndexedDB failures (quota, a locked or closed database) surface as a field-less refusal the
 * UI already knows how to show; the transaction has rolled back, so nothing was written.
 */
const STORAGE_ERRORS = new Set(['QuotaExceededError', 'AbortError', 'DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'UnknownError', 'ConstraintError']);

export async function guardStorage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationFailed) throw error;
    const name = (error as { name?: string } | null)?.name ?? '';
    const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
    if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
      // The browser's own wording is English whatever the UI language: say it in ours.
      throw new ValidationFailed([{ field: '', key: 'errors.storageFull' }]);
    }
    if (STORAGE_ERRORS.has(name) || STORAGE_ERRORS.has(inner)) {
      throw new ValidationFailed([{ field: '', key: 'errors.storage', params: { message: String((error as Error).message ?? name) } }]);
    }
    throw error;
  }
}
