import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/field';
import { Input } from '../../components/input';
import type { ConnectFormOutput, ConnectFormValues } from './connect-form';

type Form = UseFormReturn<ConnectFormValues, unknown, ConnectFormOutput>;

/** The fields of the chosen platform, with where to find what they ask for. */
export function ConnectFields({ form }: { form: Form }) {
  const platform = form.watch('platform');
  const error = (name: keyof ConnectFormValues) => form.formState.errors[name]?.message;
  if (platform === 'mastodon') {
    return (
      <>
        <Field label="Server address" error={error('instanceUrl')} hint="The server the account lives on.">
          <Input
            type="url"
            inputMode="url"
            placeholder="https://mastodon.social"
            autoComplete="off"
            {...form.register('instanceUrl')}
          />
        </Field>
        <Field
          label="Access token"
          error={error('accessToken')}
          hint="On the server: Preferences → Development → New application with the write:statuses and read:accounts scopes, then copy “Your access token”."
        >
          <Input type="password" autoComplete="off" spellCheck={false} {...form.register('accessToken')} />
        </Field>
      </>
    );
  }
  if (platform === 'bluesky') {
    return (
      <>
        <Field label="Handle" error={error('handle')}>
          <Input placeholder="alice.bsky.social" autoComplete="off" spellCheck={false} {...form.register('handle')} />
        </Field>
        <Field
          label="App password"
          error={error('appPassword')}
          hint="In Bluesky: Settings → Privacy and security → App passwords. Never your account password."
        >
          <Input type="password" autoComplete="off" spellCheck={false} {...form.register('appPassword')} />
        </Field>
        <Field
          label="PDS address"
          error={error('serviceUrl')}
          hint="Leave it as it is unless the account lives on a PDS of its own."
        >
          <Input type="url" inputMode="url" autoComplete="off" {...form.register('serviceUrl')} />
        </Field>
      </>
    );
  }
  return (
    <>
      <Field
        label="Webhook URL"
        error={error('url')}
        hint="Crowsnest POSTs each post there as signed JSON, with an Idempotency-Key to deduplicate by."
      >
        <Input
          type="url"
          inputMode="url"
          placeholder="https://example.com/hooks/crowsnest"
          autoComplete="off"
          {...form.register('url')}
        />
      </Field>
      <Field label="Name" optional error={error('name')} hint="Leave it empty to name it after the host.">
        <Input autoComplete="off" {...form.register('name')} />
      </Field>
    </>
  );
}
