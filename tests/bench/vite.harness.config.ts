import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the bench harness page into out/bench/renderer/__bench, beside the bench's own build
 * of the app, so `vite preview` serves both from one origin (one IndexedDB).
 */
export default defineConfig({
  root: fileURLToPath(new URL('./harness', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../../out/bench/renderer/__bench', import.meta.url)), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
});
