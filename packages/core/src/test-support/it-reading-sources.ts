import { it } from 'vitest';

/**
 * `it` for a test that reads a source file as text (rule codes, documented fields): a mutation run
 * (`npm run test:mutation`, which sets `EFA_MUTATION_RUN`) rewrites every string of the sources into a
 * mutant switch, so such a test runs in the normal suite only.
 */
export const itReadingSources = it.skipIf(process.env.EFA_MUTATION_RUN === '1');
