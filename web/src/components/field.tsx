import { createContext, type ReactNode, useContext, useId } from 'react';

interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const FieldContext = createContext<FieldIds | null>(null);

/** What a control inside a Field uses for its id, aria-describedby and aria-invalid. */
export function useFieldIds(): FieldIds | null {
  return useContext(FieldContext);
}

/** A labelled form control with an optional hint and an error message (from zod or the server). */
export function Field({
  label,
  hint,
  error,
  children,
  optional,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  optional?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <FieldContext.Provider value={{ id, describedBy, invalid: Boolean(error) }}>
      <div className="space-y-1.5">
        <label htmlFor={id} className="flex items-baseline justify-between text-sm font-medium text-zinc-800">
          {label}
          {optional && <span className="text-xs font-normal text-zinc-500">Optional</span>}
        </label>
        {children}
        {hint && !error && (
          <p id={hintId} className="text-xs text-zinc-500">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="text-xs font-medium text-red-600" role="alert">
            {error}
          </p>
        )}
      </div>
    </FieldContext.Provider>
  );
}
