import type { ErrorObject } from 'ajv';
import type { DefinitionProblem } from '../definition-error.js';
import { joinPointer } from '../pointer.js';

/** ajv's errors for a tenant configuration as definition problems (at run time and from a compiled service alike). */
export function tenantProblems(errors: readonly ErrorObject[]): DefinitionProblem[] {
  return errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    const pointer =
      error.keyword === 'required'
        ? joinPointer(error.instancePath, String(params.missingProperty))
        : error.instancePath;
    const message =
      error.keyword === 'required'
        ? `The tenant configuration lacks "${String(params.missingProperty)}".`
        : `The tenant configuration's "${error.instancePath || '/'}" ${error.message ?? 'is invalid'}.`;
    return { code: 'tenant-invalid', pointer, message, source: 'tenant' as const };
  });
}
