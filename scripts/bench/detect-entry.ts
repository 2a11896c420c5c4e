// Bundled into an IIFE by scripts/bench-detect.ts and injected into benchmark pages, so that the
// benchmark runs the very code the extension ships.
import { classify } from '@/lib/detect/classify';
import { takeSnapshot } from '@/lib/page/snapshot';

(globalThis as unknown as { kneadBench: unknown }).kneadBench = { takeSnapshot, classify };
