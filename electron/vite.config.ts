import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

/**
 * Builds the desktop shell: out/electron/main.cjs and out/electron/preload.cjs.
 *
 * Two separate environments, not one build with two inputs: a shared chunk would make the
 * preload `require()` a sibling file, which a sandboxed preload cannot do (it may load only
 * `electron` and a few polyfilled modules). electron-store (ESM-only) and zod are bundled
 * into main.cjs so the packaged app resolves nothing from node_modules at runtime.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

function commonJsEntry(name: 'main' | 'preload', external: (string | RegExp)[]): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir: 'out/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: { [name]: `electron/${name}.ts` },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  environments: {
    main: commonJsEntry('main', ['electron', ...nodeBuiltins]),
    preload: commonJsEntry('preload', ['electron']),
  },
  builder: {
    async buildApp(builder) {
      const { main, preload } = builder.environments;
      if (!main || !preload) throw new Error('electron/vite.config.ts: main and preload environments are missing');
      await builder.build(main);
      await builder.build(preload);
    },
  },
});
