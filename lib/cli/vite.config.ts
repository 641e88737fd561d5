// Builds the command line (and its benchmark) into dist/cli as plain Node ES modules.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: here('../../dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        'xxgk-audit': here('./bin.ts'),
        bench: here('../../tests/bench/bench.ts'),
        'browser-bench': here('../../tests/bench/browser-bench.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs', banner: (chunk) => (chunk.name === 'xxgk-audit' ? '#!/usr/bin/env node' : '') },
    },
  },
});
