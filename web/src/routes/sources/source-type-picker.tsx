import type { UseFormRegisterReturn } from 'react-hook-form';
import type { SourceType } from '../../api/types';
import { cn } from '../../lib/cn';
import { SOURCE_TYPE_KEYS, SOURCE_TYPES } from './source-types';

/** The kinds of source as a grid of radio cards, each saying what it reads. */
export function SourceTypePicker({
  chosen,
  error,
  ...registered
}: { chosen: SourceType; error: string | undefined } & UseFormRegisterReturn) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-zinc-800">What should Crowsnest read?</legend>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {SOURCE_TYPE_KEYS.map((type) => {
          const info = SOURCE_TYPES[type];
          const selected = chosen === type;
          return (
            <label
              key={type}
              className={cn(
                'flex cursor-pointer gap-3 rounded-lg p-3 ring-1 transition-colors',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-600',
                selected ? 'bg-accent-50 ring-2 ring-accent-600' : 'bg-white ring-zinc-200 hover:bg-zinc-50',
              )}
            >
              <input type="radio" value={type} className="sr-only" {...registered} />
              <span
                className={cn(
                  'flex size-8 shrink-0 items-center justify-center rounded-md',
                  selected ? 'bg-accent-600 text-white' : 'bg-zinc-100 text-zinc-600',
                )}
                aria-hidden
              >
                <info.icon className="size-4" />
              </span>
              <span className="min-w-0">
                <span className="block text-sm font-medium text-zinc-900">{info.label}</span>
                <span className="block text-xs text-zinc-500">{info.reads}</span>
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p className="mt-2 text-xs font-medium text-red-600" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A two-way switch drawn as joined buttons (radio inputs underneath). */
export function Segmented<T extends string>({
  legend,
  options,
  chosen,
  ...registered
}: { legend: string; options: { value: T; label: string }[]; chosen: T } & UseFormRegisterReturn) {
  return (
    <fieldset>
      <legend className="sr-only">{legend}</legend>
      <div className="inline-flex rounded-lg bg-zinc-100 p-1">
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'cursor-pointer rounded-md px-3 py-1 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600',
              chosen === option.value ? 'bg-white text-zinc-900 shadow-xs' : 'text-zinc-600 hover:text-zinc-900',
            )}
          >
            <input type="radio" value={option.value} className="sr-only" {...registered} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
