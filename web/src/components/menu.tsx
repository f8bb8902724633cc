import { EllipsisVertical } from 'lucide-react';
import { createContext, type KeyboardEvent, type ReactNode, useContext, useId, useRef } from 'react';
import { cn } from '../lib/cn';

const CloseMenu = createContext<() => void>(() => {});

/**
 * A "more actions" button opening a short list of actions. The list is a popover in the top
 * layer, so a scrolling table never clips it; Escape or a click elsewhere closes it, the
 * arrow keys move between its items.
 */
export function Menu({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Placed against the button before it shows: below it, or above when the button sits low.
  const place = () => {
    const button = trigger.current?.getBoundingClientRect();
    const menu = panel.current;
    if (!button || !menu) return;
    const below = button.top < window.innerHeight * 0.6;
    menu.style.right = `${window.innerWidth - button.right}px`;
    menu.style.top = below ? `${button.bottom + 4}px` : 'auto';
    menu.style.bottom = below ? 'auto' : `${window.innerHeight - button.top + 4}px`;
  };

  const items = () => [...(panel.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length;
    all[next]?.focus();
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        popoverTarget={id}
        aria-label={label}
        aria-haspopup="menu"
        title={label}
        className="inline-flex size-8 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600"
      >
        <EllipsisVertical className="size-4" aria-hidden />
      </button>
      <div
        ref={panel}
        id={id}
        popover="auto"
        role="menu"
        aria-label={label}
        onBeforeToggle={(event) => event.newState === 'open' && place()}
        onToggle={(event) => event.newState === 'open' && items()[0]?.focus()}
        onKeyDown={onKeyDown}
        className="fixed inset-auto m-0 min-w-44 rounded-lg bg-white p-1 text-sm shadow-lg ring-1 ring-zinc-200"
      >
        <CloseMenu.Provider value={() => panel.current?.hidePopover()}>{children}</CloseMenu.Provider>
      </div>
    </>
  );
}

export function MenuItem({
  icon,
  tone = 'default',
  onSelect,
  children,
}: {
  icon?: ReactNode;
  tone?: 'default' | 'danger';
  onSelect: () => void;
  children: ReactNode;
}) {
  const close = useContext(CloseMenu);
  return (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        close();
        onSelect();
      }}
      className={cn(
        // The ring inset: the popover scrolls, and would clip one drawn outside.
        'flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-left font-medium focus-visible:-outline-offset-2',
        '[&_svg]:size-3.5 [&_svg]:shrink-0',
        tone === 'danger'
          ? 'text-red-600 hover:bg-red-50 focus-visible:bg-red-50'
          : 'text-zinc-700 hover:bg-zinc-100 focus-visible:bg-zinc-100',
      )}
    >
      {icon}
      {children}
    </button>
  );
}
