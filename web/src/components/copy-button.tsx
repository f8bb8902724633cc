import { Check, Copy } from 'lucide-react';
import { useClipboard } from '../lib/use-clipboard';
import { Button } from './button';
import { useToast } from './toast';

/** Copies `text`; says so on the button for two seconds. `what` names it for screen readers ("variant 2"). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const { copied, copy } = useClipboard();
  const toast = useToast();
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={copied ? <Check className="size-3.5 text-emerald-600" /> : <Copy className="size-3.5" />}
      onClick={async () => {
        if (!(await copy(text)))
          toast({
            title: 'Could not copy',
            description: 'The browser blocked the clipboard: select the text and copy it by hand.',
            tone: 'danger',
          });
      }}
    >
      <span aria-live="polite">{copied ? 'Copied' : 'Copy'}</span>
      <span className="sr-only"> {what}</span>
    </Button>
  );
}
