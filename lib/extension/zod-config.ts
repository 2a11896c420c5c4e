import { z } from 'zod';

// Our CSP forbids eval, and zod would otherwise probe `new Function` to compile faster parsers.
// Imported first by every entry point that uses zod; the popup, whose first screen uses none,
// loads it before its first module that does (components/popup/Popup.tsx, `withZod`).
z.config({ jitless: true });
