import { Check, ChevronsUpDown, Plus } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { WorkspaceSummary } from '../api/types';
import { cn } from '../lib/cn';
import { ROLE_LABELS } from '../lib/roles';
import { CreateWorkspaceDialog } from './create-workspace-dialog';

function Initial({ name }: { name: string }) {
  return (
    <span className="flex size-7 shrink-0 items-center justify-center rounded-md bg-zinc-800 text-xs font-semibold text-white uppercase">
      {name.trim().charAt(0) || '?'}
    </span>
  );
}

/** The current workspace; it discloses the list of your workspaces and "Create workspace". */
export function WorkspaceSwitcher({
  workspaces,
  current,
}: {
  workspaces: WorkspaceSummary[];
  current: WorkspaceSummary | null;
}) {
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={trigger}
        type="button"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        className="flex w-full items-center gap-2.5 rounded-lg bg-white px-2.5 py-2 text-left shadow-xs ring-1 ring-zinc-200 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-accent-600"
      >
        {current ? <Initial name={current.name} /> : null}
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium text-zinc-900">
            {current?.name ?? 'Choose a workspace'}
          </span>
          {current && <span className="block text-xs text-zinc-500">{ROLE_LABELS[current.role]}</span>}
        </span>
        <ChevronsUpDown className="size-4 shrink-0 text-zinc-400" aria-hidden />
      </button>
      {open && (
        <div
          id={menuId}
          className="absolute inset-x-0 top-full z-30 mt-1.5 overflow-hidden rounded-lg bg-white py-1 shadow-lg ring-1 ring-zinc-200"
        >
          <div className="max-h-72 overflow-y-auto">
            {workspaces.map((workspace) => (
              <button
                key={workspace.id}
                type="button"
                aria-current={workspace.id === current?.id ? 'true' : undefined}
                onClick={() => {
                  setOpen(false);
                  navigate(`/w/${workspace.id}`);
                }}
                className="flex w-full items-center gap-2.5 px-2.5 py-2 text-left text-sm hover:bg-zinc-50 focus-visible:bg-zinc-50 focus-visible:-outline-offset-2"
              >
                <Initial name={workspace.name} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-zinc-900">{workspace.name}</span>
                  <span className="block text-xs text-zinc-500">{ROLE_LABELS[workspace.role]}</span>
                </span>
                <Check
                  className={cn('size-4 text-accent-600', workspace.id !== current?.id && 'invisible')}
                  aria-hidden
                />
              </button>
            ))}
          </div>
          <div className="mt-1 border-t border-zinc-100 pt-1">
            <button
              type="button"
              onClick={() => {
                // This list closes as the dialog opens: hand focus to the switcher first, so
                // the dialog has something to give it back to.
                trigger.current?.focus();
                setOpen(false);
                setCreating(true);
              }}
              className="flex w-full items-center gap-2.5 px-2.5 py-2 text-left text-sm font-medium text-zinc-700 hover:bg-zinc-50 focus-visible:bg-zinc-50 focus-visible:-outline-offset-2"
            >
              <span className="flex size-7 items-center justify-center rounded-md border border-dashed border-zinc-300 text-zinc-500">
                <Plus className="size-4" aria-hidden />
              </span>
              Create workspace
            </button>
          </div>
        </div>
      )}
      <CreateWorkspaceDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
