import { z } from 'zod';

// Our CSP forbids eval, and zod would otherwise probe `new Function` to compile faster parsers.
// Imported first by every entry point that uses zod.
z.config({ jitless: true });
