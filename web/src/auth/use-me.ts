import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import { unwrap } from '../api/problem';
import { useAuth } from './auth-provider';

/** The signed-in user and the workspaces they belong to. */
export function useMe() {
  const { status } = useAuth();
  return useQuery({
    queryKey: keys.me,
    queryFn: () => unwrap(api.me.$get()),
    enabled: status === 'signed-in',
    staleTime: 60_000,
  });
}
