import { useEffect } from 'react';

/** "Members · Crowsnest" in the tab. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Crowsnest` : 'Crowsnest';
  }, [title]);
}
