import type { UseFormRegisterReturn } from 'react-hook-form';
import { cn } from '../../lib/cn';
import { CONNECT_INFO, CONNECT_PLATFORMS, type ConnectPlatform, platformLabel } from '../../lib/publish-platforms';

/** The platforms as radio cards, each saying what connecting it does. */
export function PlatformPicker({ chosen, ...registered }: { chosen: ConnectPlatform } & UseFormRegisterReturn) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-zinc-800">Where should Crowsnest publish?</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {CONNECT_PLATFORMS.map((platform) => {
          const info = CONNECT_INFO[platform];
          const selected = chosen === platform;
          return (
            <label
              key={platform}
              className={cn(
                'flex cursor-pointer gap-3 rounded-lg p-3 ring-1 transition-colors',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-600',
                selected ? 'bg-accent-50 ring-2 ring-accent-600' : 'bg-white ring-zinc-200 hover:bg-zinc-50',
              )}
            >
              <input type="radio" value={platform} className="sr-only" {...registered} />
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
                <span className="block text-sm font-medium text-zinc-900">{platformLabel(platform)}</span>
                <span className="block text-xs text-zinc-600">{info.says}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
