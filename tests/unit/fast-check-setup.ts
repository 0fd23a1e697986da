import fc from 'fast-check';

/**
 * Property tests explore new random cases on every local run; CI uses one fixed seed (or
 * FC_SEED) so a landing never fails on a case nobody has seen. A failure prints its seed either
 * way, so any case found locally can be replayed in CI with FC_SEED.
 */
if (process.env.CI || process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
