import { useCallback, useMemo, useRef, useState } from 'react';
import type { Rejection } from '../../../shared/import/cells';
import { DEFAULT_IMPORT_DEFAULTS, type ImportDefaults } from '../../../shared/import/defaults';
import type { ImportKind, Mapping } from '../../../shared/import/formats';
import type { ImportParsed } from '../../../shared/import/run-import';
import { useServices } from '../../app/services';
import { ImportRepo, type ImportPlan } from '../../db/import-repo';
import { Cancelled, runImportWorker, type Job } from '../../workers/run-workers';
import { findPreset } from './mapping-presets';

/**
 * The import's steps: read and check the file in a worker, plan against the ledger (counts,
 * nothing written), then — only on confirmation — write it in one transaction. Changing the
 * defaults or the mapping checks the same bytes again.
 */
export type Stage = 'idle' | 'parsing' | 'mapping' | 'review' | 'writing' | 'done';

export interface ImportState {
  stage: Stage;
  fileName: string;
  parsed: ImportParsed | null;
  plan: ImportPlan | null;
  progress: { phase: string; done: number; total: number } | null;
  error: string | null;
  presetName: string | null;
}

const IDLE: ImportState = { stage: 'idle', fileName: '', parsed: null, plan: null, progress: null, error: null, presetName: null };

export function useImport() {
  const { repos } = useServices();
  const importer = useMemo(() => new ImportRepo(repos.db), [repos.db]);
  const [state, setState] = useState<ImportState>(IDLE);
  const [defaults, setDefaults] = useState<ImportDefaults>(DEFAULT_IMPORT_DEFAULTS);
  const bytes = useRef<Uint8Array | null>(null);
  const job = useRef<Job<ImportParsed> | null>(null);

  const check = useCallback(async (mapping: Mapping | null, kind: ImportKind, withDefaults: ImportDefaults, presetName: string | null = null) => {
    if (!bytes.current) return;
    setState((s) => ({ ...s, stage: 'parsing', progress: null, error: null, plan: null }));
    const catalog = await importer.catalog();
    const running = runImportWorker({ bytes: bytes.current, mapping, kind, defaults: withDefaults, catalog }, (phase, done, total) =>
      setState((s) => ({ ...s, progress: { phase, done, total } })));
    job.current = running;
    try {
      const parsed = await running.promise;
      if (parsed.inspection.format === 'custom' && !mapping) {
        const preset = findPreset(parsed.inspection.headers);
        if (preset) return await check(preset.mapping, preset.kind, withDefaults, preset.name);
        return setState((s) => ({ ...s, stage: 'mapping', parsed, progress: null }));
      }
      const plan = parsed.orders ? await importer.planOrders(parsed.orders.orders) : await importer.planReturns(parsed.returns?.returns ?? []);
      setState((s) => ({ ...s, stage: 'review', parsed, plan, progress: null, presetName }));
    } catch (error) {
      if (error instanceof Cancelled) setState({ ...IDLE, error: 'cancelled' });
      else setState((s) => ({ ...s, stage: 'idle', error: (error as Error).message, progress: null }));
    } finally {
      job.current = null;
    }
  }, [importer]);

  const open = useCallback(async (file: File) => {
    bytes.current = new Uint8Array(await file.arrayBuffer());
    setState({ ...IDLE, stage: 'parsing', fileName: file.name });
    await check(null, 'orders', defaults);
  }, [check, defaults]);

  const confirm = useCallback(async () => {
    const parsed = state.parsed;
    if (!parsed) return null;
    setState((s) => ({ ...s, stage: 'writing', progress: { phase: 'write', done: 0, total: 1 } }));
    try {
      const plan = parsed.orders
        ? await importer.commitOrders(parsed.orders.orders, (done, total) => setState((s) => ({ ...s, progress: { phase: 'write', done, total } })))
        : await importer.commitReturns(parsed.returns?.returns ?? []);
      setState((s) => ({ ...s, stage: 'done', plan, progress: null }));
      return plan;
    } catch (error) {
      setState((s) => ({ ...s, stage: 'review', error: (error as Error).message, progress: null }));
      return null;
    }
  }, [importer, state.parsed]);

  const cancel = useCallback(() => {
    job.current?.cancel();
    bytes.current = null;
    setState({ ...IDLE });
  }, []);

  const rejections: Rejection[] = useMemo(() => {
    const p = state.parsed;
    if (!p) return [];
    return [...p.broken, ...(p.orders?.rejected ?? []), ...(p.returns?.rejected ?? []), ...(state.plan?.rejected ?? [])].sort((a, b) => a.row - b.row);
  }, [state.parsed, state.plan]);

  return { state, defaults, setDefaults, open, check, confirm, cancel, rejections };
}
