import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/field';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import type { SourceFormValues } from './source-form';
import { Segmented } from './source-type-picker';
import { countryName } from './source-types';

type Form = UseFormReturn<SourceFormValues, unknown, SourceFormValues>;

const SORT_OPTIONS = [
  { value: 'hot', label: 'Hot: what is popular now' },
  { value: 'new', label: 'New: the latest posts' },
  { value: 'top', label: 'Top: the highest scores' },
  { value: 'rising', label: 'Rising: gaining fast' },
];

/** The fields of the chosen type, with help on what to enter and where to find it. */
export function SourceTypeFields({ form }: { form: Form }) {
  const { register, watch } = form;
  const errors = form.formState.errors;
  const type = watch('type');
  const mode = watch('mode');

  if (type === 'feed' || type === 'web') {
    return (
      <Field
        label={type === 'feed' ? 'Feed address' : 'Page address'}
        error={errors.url?.message}
        hint={
          type === 'feed'
            ? 'An RSS, Atom or JSON feed. Sites often link it as “RSS”, or serve it at /feed or /rss.xml.'
            : 'One page. Crowsnest reads its main article (not menus, ads or comments) and honours robots.txt.'
        }
      >
        <Input
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={type === 'feed' ? 'https://example.com/feed.xml' : 'https://example.com/blog/a-post'}
          {...register('url')}
        />
      </Field>
    );
  }

  if (type === 'youtube' || type === 'bluesky') {
    const youtube = type === 'youtube';
    return (
      <div className="space-y-4">
        <Segmented
          legend={youtube ? 'Read a channel or a search' : 'Read an account or a search'}
          options={[
            { value: 'account', label: youtube ? 'Channel' : 'Account' },
            { value: 'search', label: 'Search' },
          ]}
          chosen={mode}
          {...register('mode')}
        />
        {mode === 'search' ? (
          <Field
            label="Search for"
            error={errors.query?.message}
            hint={
              youtube
                ? 'Videos matching these words, newest first. Searching YouTube needs a YouTube Data API key on the server (YOUTUBE_API_KEY).'
                : 'Posts matching these words or #hashtags, newest first.'
            }
          >
            <Input
              autoComplete="off"
              placeholder={youtube ? 'sourdough starter' : '#smallbusiness'}
              {...register('query')}
            />
          </Field>
        ) : youtube ? (
          <Field
            label="Channel id"
            error={errors.channelId?.message}
            hint="Starts with UC and has 24 characters. It is in the channel’s address (youtube.com/channel/UC…) or under About → Share channel → Copy channel ID. @handles do not work."
          >
            <Input
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              placeholder="UCxxxxxxxxxxxxxxxxxxxxxx"
              {...register('channelId')}
            />
          </Field>
        ) : (
          <Field
            label="Handle"
            error={errors.handle?.message}
            hint="The account’s handle, such as alice.bsky.social; a bsky.app profile link or a did:plc: id works too."
          >
            <Input autoComplete="off" spellCheck={false} placeholder="alice.bsky.social" {...register('handle')} />
          </Field>
        )}
      </div>
    );
  }

  if (type === 'reddit') {
    return (
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
        <Field label="Subreddit" error={errors.subreddit?.message} hint="The name without r/, such as smallbusiness.">
          <div className="relative">
            <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-zinc-400">
              r/
            </span>
            <Input
              autoComplete="off"
              spellCheck={false}
              className="pl-7!"
              placeholder="smallbusiness"
              {...register('subreddit')}
            />
          </div>
        </Field>
        <Field label="Order" error={errors.sort?.message}>
          <Select options={SORT_OPTIONS} {...register('sort')} />
        </Field>
      </div>
    );
  }

  const geo = watch('geo');
  const country = countryName(geo);
  return (
    <Field
      label="Country code"
      error={errors.geo?.message}
      hint={
        country && geo.trim().toUpperCase() !== 'UK'
          ? `Daily trending searches in ${country}.`
          : 'The two-letter ISO country code: US, GB, DE, FR, IN…'
      }
    >
      <Input
        autoComplete="off"
        spellCheck={false}
        maxLength={2}
        className="w-24! uppercase"
        placeholder="US"
        {...register('geo')}
      />
    </Field>
  );
}
