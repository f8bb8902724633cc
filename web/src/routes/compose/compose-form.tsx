import { CalendarClock, FilePen, ListOrdered, Send } from 'lucide-react';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/problem';
import type { Account } from '../../api/types';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Field } from '../../components/field';
import { FormError } from '../../components/form-error';
import { Textarea } from '../../components/textarea';
import { useToast } from '../../components/toast';
import { fromLocalInput } from '../../lib/calendar';
import { dateTime } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { useCreatePost } from '../posts/use-posts';
import { AiPanel } from './ai-panel';
import { type Draft, EMPTY_DRAFT, sortErrors, threadless, toCreateBody, withoutPart } from './compose-state';
import { TargetCounters } from './length-counter';
import { MediaField } from './media-field';
import { ScheduleField } from './schedule-field';
import { TargetPicker } from './target-picker';
import { TargetPreview } from './target-preview';
import { ThreadEditor } from './thread-editor';

type Action = 'now' | 'schedule' | 'queue' | 'draft';

/** The composer's form and previews, once the accounts are known. */
export function ComposeForm({ accounts }: { accounts: Account[] }) {
  const workspace = useWorkspace();
  const create = useCreatePost(workspace.id);
  const navigate = useNavigate();
  const toast = useToast();
  const counterId = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [pending, setPending] = useState<Action | null>(null);
  const chosen = draft.targets.flatMap((id) => accounts.find((account) => account.id === id) ?? []);
  const noThreads = threadless(chosen);
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const toggle = (accountId: string) =>
    update({
      targets: draft.targets.includes(accountId)
        ? draft.targets.filter((id) => id !== accountId)
        : [...draft.targets, accountId],
    });

  const local: Record<string, string[]> = {};
  if (draft.targets.length === 0) local.targets = ['Choose at least one account.'];
  if (draft.body.trim() === '') local.body = ['Write something.'];

  const submit = async (action: Action) => {
    setErrors({});
    setProblem(null);
    let when: Parameters<typeof toCreateBody>[1] = null;
    if (action === 'now') when = { publishNow: true };
    if (action === 'queue') when = { queue: true };
    if (action === 'schedule') {
      const at = fromLocalInput(draft.scheduleAt);
      if (!at) {
        setErrors({ schedule: ['Choose a date and time to schedule it.'] });
        return;
      }
      when = { scheduledAt: at.toISOString() };
    }
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setPending(action);
    const sent = [...draft.targets];
    try {
      const post = await create.mutateAsync({ json: toCreateBody(draft, when), key: crypto.randomUUID() });
      toast({
        title:
          action === 'now'
            ? 'Publishing now'
            : (action === 'schedule' || action === 'queue') && post.scheduledAt
              ? `${action === 'queue' ? 'Queued' : 'Scheduled'} for ${dateTime(post.scheduledAt)}`
              : 'Draft saved',
      });
      navigate(`/w/${workspace.id}/posts/${post.id}`);
    } catch (error) {
      const sorted = error instanceof ApiError ? sortErrors(error.fieldErrors, sent) : {};
      const { form, ...placed } = sorted;
      setErrors(placed);
      // Complaints that sit on their fields need only a pointer to them; the rest shows in full.
      setProblem(
        Object.keys(placed).length > 0 && !form
          ? new Error('Some accounts cannot take this post as it is: see the marked fields.')
          : error,
      );
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <Card>
        <form
          className="space-y-6"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit(draft.scheduleAt ? 'schedule' : 'draft');
          }}
        >
          <TargetPicker accounts={accounts} chosen={draft.targets} onToggle={toggle} />
          {errors.targets && (
            <p role="alert" className="-mt-4 text-xs font-medium text-red-600">
              {errors.targets.join(' ')}
            </p>
          )}
          <div className="space-y-1.5">
            <Field label="Post" error={errors.body?.join(' ')}>
              <Textarea
                rows={6}
                value={draft.body}
                aria-describedby={counterId}
                onChange={(event) => update({ body: event.target.value })}
              />
            </Field>
            <TargetCounters id={counterId} text={draft.body} accounts={chosen} />
            <MediaField
              workspaceId={workspace.id}
              label="Post"
              items={draft.media[0] ?? []}
              onChange={(items) => update({ media: [items, ...draft.media.slice(1)] })}
            />
          </div>
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-zinc-800">Thread</legend>
            <ThreadEditor
              parts={draft.thread}
              accounts={chosen}
              blockedBy={noThreads}
              errors={errors}
              onChange={(thread) =>
                update({
                  thread,
                  media: [...draft.media, ...thread.map(() => [])].slice(0, thread.length + 1),
                })
              }
              onRemove={(index) => update(withoutPart(draft, index))}
              media={(index) => (
                <MediaField
                  workspaceId={workspace.id}
                  label={`Part ${index + 2}`}
                  items={draft.media[index + 1] ?? []}
                  onChange={(items) =>
                    update({ media: draft.media.map((files, i) => (i === index + 1 ? items : files)) })
                  }
                />
              )}
            />
          </fieldset>
          <ScheduleField
            value={draft.scheduleAt}
            error={errors.schedule?.join(' ')}
            onChange={(scheduleAt) => update({ scheduleAt })}
          />
          <FormError error={problem} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button
              icon={<FilePen className="size-4" />}
              loading={pending === 'draft'}
              disabled={pending !== null}
              onClick={() => void submit('draft')}
            >
              Save draft
            </Button>
            <Button
              icon={<CalendarClock className="size-4" />}
              loading={pending === 'schedule'}
              disabled={pending !== null}
              onClick={() => void submit('schedule')}
            >
              Schedule
            </Button>
            <Button
              icon={<ListOrdered className="size-4" />}
              loading={pending === 'queue'}
              disabled={pending !== null}
              title="The first posting time free on every chosen account"
              onClick={() => void submit('queue')}
            >
              Add to queue
            </Button>
            <Button
              variant="primary"
              icon={<Send className="size-4" />}
              loading={pending === 'now'}
              disabled={pending !== null}
              onClick={() => void submit('now')}
            >
              Publish now
            </Button>
          </div>
        </form>
      </Card>
      <div className="space-y-4">
        <AiPanel draft={draft} accounts={chosen} onDraft={setDraft} />
        <h2 className="text-sm font-semibold text-zinc-900">Preview</h2>
        {chosen.length === 0 ? (
          <p className="rounded-xl bg-white p-4 text-sm text-zinc-500 ring-1 ring-zinc-200">
            Choose an account to see how the post will look there.
          </p>
        ) : (
          chosen.map((account) => (
            <TargetPreview
              key={account.id}
              account={account}
              body={draft.body}
              override={draft.overrides[account.id]}
              thread={draft.thread}
              media={draft.media}
              errors={errors[`target.${account.id}`]}
              onOverride={(text) => {
                const { [account.id]: _, ...rest } = draft.overrides;
                update({ overrides: text === undefined ? rest : { ...rest, [account.id]: text } });
              }}
            />
          ))
        )}
      </div>
    </div>
  );
}
