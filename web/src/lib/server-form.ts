import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useState } from 'react';
import { type FieldValues, type Path, type UseFormProps, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../api/problem';

/** A zod object schema: its keys are the fields (or, for arrays and objects, the first part of the paths) the server's `errors[].path` can name. */
type FormSchema<TInput, TOutput> = z.core.$ZodType<TOutput, TInput> & { shape: Record<string, unknown> };

/**
 * A form checked by `schema` as you type, whose submit goes to the server. Server-side
 * failures are split: field errors (`errors[].path` naming one of the schema's keys) go onto
 * the matching inputs, the rest of the problem (detail, request id) is `problem`, to show
 * above the buttons.
 *
 * `onSubmit(action)` makes the form's submit handler: once the values pass the schema, it
 * clears the last problem, runs `action` with them and sorts whatever it throws as above.
 */
export function useServerForm<TInput extends FieldValues, TOutput extends FieldValues = TInput>(
  schema: FormSchema<TInput, TOutput>,
  // The types come from the schema alone: defaults like `role: 'viewer'` would widen them to string.
  options: Omit<UseFormProps<NoInfer<TInput>, unknown, NoInfer<TOutput>>, 'resolver'>,
) {
  const form = useForm<TInput, unknown, TOutput>({ ...options, resolver: zodResolver(schema) });
  const { setError, handleSubmit } = form;
  const [problem, setProblem] = useState<unknown>(null);
  const fields = useMemo(() => new Set(Object.keys(schema.shape)), [schema]);

  // A nested path ("providers.0.baseUrl") belongs to the form when its first part does.
  const isField = useCallback((name: string): name is Path<TInput> => fields.has(name.split('.')[0] ?? ''), [fields]);

  const handle = useCallback(
    (error: unknown) => {
      let unmapped = true;
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        unmapped = false;
        for (const field of error.fieldErrors) {
          if (isField(field.path)) setError(field.path, { type: 'server', message: field.message });
          else unmapped = true;
        }
      }
      // When every complaint sits on its field, a generic "did not pass validation" adds nothing.
      setProblem(unmapped ? error : null);
    },
    [isField, setError],
  );

  const clear = useCallback(() => setProblem(null), []);

  const onSubmit = (action: (values: TOutput) => Promise<unknown>) =>
    handleSubmit(async (values) => {
      clear();
      try {
        await action(values);
      } catch (error) {
        handle(error);
      }
    });

  return { form, problem, clear, onSubmit };
}

/**
 * A field's error once it is worth showing: after the field was left, or after a submit.
 * Field arrays validate as rows come and go, so a row just added would otherwise open with
 * complaints about what nobody has typed yet.
 */
export function shownError<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>): string | undefined {
  const { error, isTouched } = form.getFieldState(name, form.formState);
  return isTouched || form.formState.isSubmitted ? error?.message : undefined;
}
