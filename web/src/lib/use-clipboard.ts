import { useEffect, useState } from 'react';

/**
 * Copies text to the clipboard; `copied` is true for two seconds after. Resolves false when
 * the browser refuses (no permission), so the caller can offer the text to copy by hand.
 */
export function useClipboard() {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      return true;
    } catch {
      return false;
    }
  };

  return { copied, copy };
}
