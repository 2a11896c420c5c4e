import { z } from 'zod';

// Every pattern in data/ carries examples it must match and near-misses it must not. Tests run
// them (tests/unit/data.test.ts, tests/unit/data-examples.test.ts); the shipped build leaves them
// out: wxt.config.ts empties those arrays and defines __KTK_EXAMPLES__ as false.
declare const __KTK_EXAMPLES__: boolean | undefined;

const examplesIncluded = typeof __KTK_EXAMPLES__ === 'boolean' ? __KTK_EXAMPLES__ : true;

/** A pattern's examples or near-misses: at least one wherever they are kept. */
export const exampleListSchema = z.array(z.string()).min(examplesIncluded ? 1 : 0);
