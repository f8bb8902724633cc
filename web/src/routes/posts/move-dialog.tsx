import { useEffect, useState } from 'react';
import type { Post } from '../../api/types';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { fromLocalInput, localInputValue } from '../../lib/calendar';
import { ScheduleField } from '../compose/schedule-field';

/** "Move to…": a new date and time for a scheduled post, typed rather than dragged. */
export function MoveDialog({
  post,
  onClose,
  onMove,
}: {
  post: Post | null;
  onClose: () => void;
  onMove: (post: Post, to: Date) => Promise<void>;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  useEffect(() => {
    setError(undefined);
    if (post?.scheduledAt) setValue(localInputValue(new Date(post.scheduledAt)));
  }, [post]);

  const submit = async () => {
    const to = fromLocalInput(value);
    if (!post || !to) {
      setError('Choose a date and time.');
      return;
    }
    setPending(true);
    await onMove(post, to);
    setPending(false);
    onClose();
  };

  return (
    <Dialog
      open={post !== null}
      onClose={onClose}
      title="Move to…"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" loading={pending} onClick={() => void submit()}>
            Move
          </Button>
        </>
      }
    >
      <ScheduleField value={value} error={error} onChange={setValue} />
    </Dialog>
  );
}
