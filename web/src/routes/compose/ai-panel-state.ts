import type { Account, GenerateRequest } from '../../api/types';
import { type Draft, measure } from './compose-state';

/** What the composer's AI panel can do to the post. */
export type AiAction = 'write' | 'rewrite' | 'shorten' | 'hashtags' | 'variants';

export const AI_ACTIONS: { value: AiAction; label: string; hint: string }[] = [
  { value: 'write', label: 'Write', hint: 'A post from a topic, or built on something from Content.' },
  { value: 'rewrite', label: 'Rewrite', hint: 'The same post in other words; links, mentions and hashtags stay.' },
  { value: 'shorten', label: 'Shorten', hint: 'The post cut down to fit the account, counted as it counts.' },
  { value: 'hashtags', label: 'Hashtags', hint: 'Hashtags the post does not have yet, to add the ones you pick.' },
  { value: 'variants', label: 'Variants', hint: 'Several different versions of the post, to pick one.' },
];

/** Where a result goes: the post's body, or a part of its thread (an index into Draft.thread). */
export type Slot = { at: 'body' } | { at: 'thread'; index: number };

export const BODY: Slot = { at: 'body' };

/** A slot as a select's value ("body", "thread.0") and back. */
export function slotKey(slot: Slot): string {
  return slot.at === 'body' ? 'body' : `thread.${slot.index}`;
}

export function parseSlot(key: string, draft: Draft): Slot {
  const index = Number(key.replace(/^thread\./, ''));
  return key.startsWith('thread.') && Number.isInteger(index) && index < draft.thread.length
    ? { at: 'thread', index }
    : BODY;
}

/** The slots a draft has: the body, then each thread part ("Part 2", …, as the composer names them). */
export function slotOptions(draft: Draft): { value: string; label: string }[] {
  return [
    { value: 'body', label: 'The post' },
    ...draft.thread.map((_, index) => ({ value: slotKey({ at: 'thread', index }), label: `Part ${index + 2}` })),
  ];
}

export function slotText(draft: Draft, slot: Slot): string {
  return slot.at === 'body' ? draft.body : (draft.thread[slot.index] ?? '');
}

/** The account to write for when none is picked: the one with the least room. */
export function tightestAccount(accounts: readonly Account[]): Account | undefined {
  return accounts.reduce<Account | undefined>(
    (tightest, account) => (!tightest || account.limits.maxChars < tightest.limits.maxChars ? account : tightest),
    undefined,
  );
}

/** Whether an action can run on this text for this account, and if not, why not (shown beside it). */
export function blockedReason(action: AiAction, text: string, account: Account | undefined): string | null {
  if (action === 'write') return null;
  if (text.trim() === '') return 'Write something first: this works on the text you have.';
  if (action !== 'shorten') return null;
  if (!account) return 'Choose an account: shortening fits the text to its limit.';
  const { length, max } = measure(text, account);
  return length <= max ? `Already within ${account.name}'s ${max} (${length} now).` : null;
}

export interface PanelInputs {
  action: AiAction;
  /** The text of the slot being worked on. */
  text: string;
  account: Account | undefined;
  topic: string;
  sourceContentId: string | null;
  brandVoiceId: string;
  /** For write, hashtags and variants; rewrite and shorten give one. */
  variants: number;
}

/** The API request for what the panel was asked. */
export function toGenerateRequest(inputs: PanelInputs, fresh = false): GenerateRequest {
  const common = {
    ...(inputs.account ? { accountId: inputs.account.id } : {}),
    ...(inputs.brandVoiceId ? { brandVoiceId: inputs.brandVoiceId } : {}),
    ...(fresh ? { fresh: true } : {}),
  };
  switch (inputs.action) {
    case 'write':
      return {
        kind: 'post',
        ...common,
        variants: inputs.variants,
        ...(inputs.topic.trim() ? { topic: inputs.topic.trim() } : {}),
        ...(inputs.sourceContentId ? { sourceContentId: inputs.sourceContentId } : {}),
      };
    case 'hashtags':
      return { kind: 'hashtags', ...common, text: inputs.text, variants: inputs.variants };
    case 'variants':
      return { kind: 'rewrite', ...common, text: inputs.text, variants: Math.max(2, inputs.variants) };
    default:
      return { kind: inputs.action, ...common, text: inputs.text, variants: 1 };
  }
}

/** `text` with the chosen hashtags added at its end, each only once (in any case). */
export function appendHashtags(text: string, tags: readonly string[]): string {
  const has = new Set(text.match(/#[\p{L}\p{M}\p{N}_]+/gu)?.map((tag) => tag.toLowerCase()) ?? []);
  const added = tags.filter((tag) => {
    const key = tag.toLowerCase();
    return !has.has(key) && has.add(key);
  });
  if (added.length === 0) return text;
  const trimmed = text.trimEnd();
  // A last line of hashtags takes more of them; otherwise they get a line of their own.
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const joiner = trimmed === '' ? '' : /^(?:#[\p{L}\p{M}\p{N}_]+\s*)+$/u.test(lastLine) ? ' ' : '\n\n';
  return `${trimmed}${joiner}${added.join(' ')}`;
}

/** What "Use this" replaced, so Undo can put it back. */
export interface Applied {
  slot: Slot;
  previous: string;
  /** What was put there: Undo leaves an edit made since alone. */
  next: string;
}

export function applyText(draft: Draft, slot: Slot, text: string): { draft: Draft; applied: Applied } {
  const previous = slotText(draft, slot);
  const next =
    slot.at === 'body'
      ? { ...draft, body: text }
      : { ...draft, thread: draft.thread.map((part, i) => (i === slot.index ? text : part)) };
  return { draft: next, applied: { slot, previous, next: text } };
}

/** The draft with the replaced text back; null when the slot changed since (edited, or its part removed). */
export function undoApplied(draft: Draft, applied: Applied): Draft | null {
  if (applied.slot.at === 'thread' && applied.slot.index >= draft.thread.length) return null;
  if (slotText(draft, applied.slot) !== applied.next) return null;
  return applyText(draft, applied.slot, applied.previous).draft;
}
