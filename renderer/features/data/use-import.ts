import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_IMPORT_DEFAULTS, type ImportDefaults } from '../../../shared/import/defaults';
import type { ImportKind, Mapping } from '../../../shared/import/formats';
import type { ImportReview } from '../../../shared/import/review';
import type { CodedField, Resolutions } from '../../../shared/import/values';
import { useServices } from '../../app/services';
import { Cancelled, runImportWorker, type ImportJob } from '../../workers/run-workers';
import { writeAutoBackup } from './auto-backup';
import { BackupFailed, backupFirst } from './backup-first';
import { readPresets, savePreset } from './mapping-presets';

/**
 * The import's steps, all of the heavy ones in a worker: read, check and plan the file
 * against the ledger (counts, nothing written), then — only on confirmation — the worker
 * writes what it checked in one transaction. The page holds the review, never the records.
 * Changing the defaults or the mapping checks the same file again in a fresh worker.
 */
export type Stage = 'idle' | 'parsing' | 'mapping' | 'review' | 'writing' | 'done';

export interface ImportState {
  stage: Stage;
  fileName: string;
  review: ImportReview | null;
  progress: { phase: string; done: number; total: number } | null;
  error: string | null;
  /** The desktop app's backup before the write failed, so nothing was imported (the review stays). */
  backupError: string | null;
  presetName: string | null;
  /** What the current check ran with, so resolving a value checks the same file the same way. */
  mapping: Mapping | null;
  kind: ImportKind;
  resolutions: Resolutions;
}

const IDLE: ImportState = {
  stage: 'idle', fileName: '', review: null, progress: null, error: null, backupError: null, presetName: null, mapping: null, kind: 'orders', resolutions: {},
};

export function useImport() {
  const { repos, desktop } = useServices();
  const dbName = repos.db.name;
  const [state, setState] = useState<ImportState>(IDLE);
  const [defaults, setDefaults] = useState<ImportDefaults>(DEFAULT_IMPORT_DEFAULTS);
  const file = useRef<Blob | null>(null);
  const job = useRef<ImportJob | null>(null);

  const drop = useCallback(() => {
    job.current?.close();
    job.current = null;
  }, []);
  // Leaving the page ends the worker: a review nobody can confirm must not hold the database open.
  useEffect(() => drop, [drop]);

  const onProgress = useCallback((phase: string, done: number, total: number) => setState((s) => ({ ...s, progress: { phase, done, total } })), []);

  const check = useCallback(async (
    mapping: Mapping | null, kind: ImportKind, withDefaults: ImportDefaults, presetName: string | null = null, resolutions: Resolutions = {},
  ): Promise<void> => {
    if (!file.current) return;
    drop();
    setState((s) => ({ ...s, stage: 'parsing', progress: null, error: null, review: null, mapping, kind, resolutions }));
    // The worker picks the saved mapping made for this header itself: a large file is read once.
    const presets = mapping ? [] : readPresets();
    const running = runImportWorker({ dbName, file: file.current, mapping, kind, defaults: withDefaults, resolutions, presets }, onProgress);
    job.current = running;
    try {
      const review = await running.checked;
      if (job.current !== running) return;
      const insp = review.inspection;
      if (insp.format === 'custom' && !mapping && !insp.preset) {
        drop();
        return setState((s) => ({ ...s, stage: 'mapping', review, progress: null }));
      }
      const used = insp.preset;
      setState((s) => ({
        ...s, stage: 'review', review, progress: null, presetName: used?.name ?? presetName,
        ...(used ? { mapping: insp.format === 'custom' ? used.mapping : null, kind: insp.kind, resolutions: { ...used.resolutions, ...resolutions } } : {}),
      }));
    } catch (error) {
      // A newer check replaced this one; its outcome is the one to show.
      if (job.current && job.current !== running) return;
      drop();
      if (error instanceof Cancelled) setState({ ...IDLE, error: 'cancelled' });
      else setState((s) => ({ ...s, stage: 'idle', error: (error as Error).message, progress: null }));
    }
  }, [dbName, drop, onProgress]);

  const open = useCallback(async (chosen: File) => {
    file.current = chosen;
    setState({ ...IDLE, stage: 'parsing', fileName: chosen.name });
    await check(null, 'orders', defaults);
  }, [check, defaults]);

  const confirm = useCallback(async (): Promise<ImportReview | null> => {
    const running = job.current;
    if (!running) return null;
    // The desktop app backs the ledger up first, so a wrong file can be undone from a backup.
    const backingUp = desktop.kind === 'electron';
    setState((s) => ({ ...s, stage: 'writing', backupError: null, progress: { phase: backingUp ? 'backup' : 'write', done: 0, total: 1 } }));
    try {
      const review = await backupFirst(() => writeAutoBackup(desktop, dbName), () => {
        if (backingUp) setState((s) => ({ ...s, progress: { phase: 'write', done: 0, total: 1 } }));
        return running.commit();
      });
      job.current = null;
      setState((s) => ({ ...s, stage: 'done', review, progress: null }));
      return review;
    } catch (error) {
      if (error instanceof BackupFailed) {
        // Nothing was written and the checked file is still in the worker: confirming again retries.
        setState((s) => ({ ...s, stage: 'review', backupError: error.detail, progress: null }));
        return null;
      }
      job.current = null;
      // The worker is gone either way; confirming again needs a fresh check of the file.
      if (error instanceof Cancelled) setState({ ...IDLE, error: 'cancelled' });
      else setState((s) => ({ ...s, stage: 'idle', error: (error as Error).message, progress: null }));
      return null;
    }
  }, [desktop, dbName]);

  const cancel = useCallback(() => {
    const running = job.current;
    if (state.stage === 'writing' && running) return running.stop();
    drop();
    file.current = null;
    setState({ ...IDLE });
  }, [drop, state.stage]);

  /** The user's answers for unknown values: saved with this header's preset, then the file is checked again. */
  const resolve = useCallback(async (answers: Resolutions) => {
    const review = state.review;
    if (!review) return;
    const merged: Resolutions = { ...state.resolutions };
    for (const [field, values] of Object.entries(answers) as [CodedField, Record<string, string>][]) merged[field] = { ...merged[field], ...values };
    const insp = review.inspection;
    const name = state.presetName ?? state.fileName;
    savePreset(name, insp.headers, insp.kind, state.mapping ?? insp.mapping, merged);
    await check(state.mapping, state.kind, defaults, name, merged);
  }, [check, defaults, state]);

  return { state, defaults, setDefaults, open, check, confirm, cancel, resolve, rejections: state.review?.rejections ?? [] };
}
