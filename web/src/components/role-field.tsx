import type { UseFormRegisterReturn } from 'react-hook-form';
import { grantableRoleOptions, ROLE_HINTS, type Role } from '../lib/roles';
import { Field } from './field';
import { Select } from './select';

/**
 * The role a new member or API key gets: any up to the `granter`'s own, with a line on what
 * the `chosen` one may do. The rest of the props come from `register('role')`.
 */
export function RoleField({
  granter,
  chosen,
  error,
  ...registered
}: { granter: Role; chosen: Role; error: string | undefined } & UseFormRegisterReturn) {
  return (
    <Field label="Role" error={error} hint={ROLE_HINTS[chosen]}>
      <Select options={grantableRoleOptions(granter)} {...registered} />
    </Field>
  );
}
