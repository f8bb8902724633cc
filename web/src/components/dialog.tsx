import { X } from 'lucide-react';
import { type KeyboardEvent, type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';
import { cn } from '../lib/cn';
import { tabbables } from '../lib/tabbable';

/**
 * A modal on the native <dialog> element: the rest of the page is inert while it is open,
 * focus moves in on opening (to an `autoFocus` field, else the first control), Tab and
 * Shift+Tab go round inside it, Escape closes it, and focus goes back to what opened it.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: 'md' | 'lg' | 'xl';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The content mounts once the <dialog> is shown: React's autoFocus cannot focus a field
  // inside a dialog that is still closed (display: none).
  const [shown, setShown] = useState(false);

  // Layout effects: the dialog opens, and its content mounts, before the browser paints.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    setShown(true);
    return () => {
      setShown(false);
      if (dialog.open) dialog.close();
      // The browser restores focus on close() only while the dialog stays in the document.
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!shown || !dialog) return;
    const active = document.activeElement;
    if (active !== dialog && dialog.contains(active)) return;
    tabbables(dialog)[0]?.focus();
  }, [shown]);

  // A modal <dialog> keeps focus from the page behind, but Tab past its last control
  // leaves for the browser's own toolbar: bring it round to the first instead.
  const cycleFocus = (event: KeyboardEvent<HTMLDialogElement>) => {
    const dialog = ref.current;
    if (event.key !== 'Tab' || !dialog) return;
    const stops = tabbables(dialog);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    const edge = event.shiftKey ? active === first || active === dialog : active === last;
    if (!edge && dialog.contains(active)) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  };

  return (
    // The backdrop click's keyboard equivalent is Escape (onCancel).
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onKeyDown={cycleFocus}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // The browser may still close it on its own (a repeated Escape skips "cancel"): keep state
      // in step. The event comes late: a dialog shown again meanwhile (StrictMode) stays open.
      onClose={() => {
        if (open && !ref.current?.open) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      className={cn(
        'm-auto w-[calc(100%-2rem)] rounded-xl bg-white p-0 text-zinc-900 shadow-xl ring-1 ring-zinc-200',
        { md: 'max-w-lg', lg: 'max-w-2xl', xl: 'max-w-5xl' }[size],
      )}
    >
      {open && shown && (
        <div className="flex max-h-[85vh] flex-col">
          <header className="flex items-start justify-between gap-4 px-5 pt-5 pb-3">
            <div>
              <h2 id={titleId} className="text-base font-semibold">
                {title}
              </h2>
              {description && <p className="mt-1 text-sm text-zinc-500">{description}</p>}
            </div>
            <button
              type="button"
              onClick={onClose}
              className="-m-1 rounded-md p-1 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-600 focus-visible:outline-2 focus-visible:outline-accent-600"
              aria-label="Close"
            >
              <X className="size-4" />
            </button>
          </header>
          <div className="overflow-y-auto px-5 pb-5">{children}</div>
          {footer && (
            <footer className="flex flex-wrap justify-end gap-2 border-t border-zinc-100 bg-zinc-50/60 px-5 py-3">
              {footer}
            </footer>
          )}
        </div>
      )}
    </dialog>
  );
}
