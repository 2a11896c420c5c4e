import path from 'node:path';
import { defineConfig } from 'vite';

// For the command-line tools run by vite-node: the same `@/` alias as the extension build.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, '..') } },
});
