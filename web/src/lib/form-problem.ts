import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/problem';

/**
 * Server-side failures of a form: field errors (`errors[].path`) go onto the matching
 * inputs, the rest of the problem (detail, request id) shows above the buttons.
 */
export function useFormProblem<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const [problem, setProblem] = useState<unknown>(null);

  const handle = useCallback(
    (error: unknown) => {
      let unmapped = true;
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        unmapped = false;
        for (const field of error.fieldErrors) {
          const match = fields.find((name) => name === field.path);
          if (match) setError(match, { type: 'server', message: field.message });
          else unmapped = true;
        }
      }
      // When every complaint sits on its field, a generic "did not pass validation" adds nothing.
      setProblem(unmapped ? error : null);
    },
    [fields, setError],
  );

  const clear = useCallback(() => setProblem(null), []);
  return { problem, handle, clear };
}
