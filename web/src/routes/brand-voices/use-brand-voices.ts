import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { BrandVoiceInput } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';

export function useBrandVoices(workspaceId: string) {
  return usePaged(keys.brandVoiceList(workspaceId), (cursor) =>
    unwrap(ws['brand-voices'].$get({ param: { workspaceId }, query: pageQuery(cursor, 50) })),
  );
}

/** Every voice (up to 100) for pickers: workspaces have a handful. */
export function useAllBrandVoices(workspaceId: string) {
  return useQuery({
    queryKey: [...keys.area(workspaceId, 'brand-voices'), 'all'],
    queryFn: () => unwrap(ws['brand-voices'].$get({ param: { workspaceId }, query: pageQuery(undefined, 100) })),
  });
}

function useInvalidateVoices(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      (['brand-voices', 'audit'] as const).map((area) =>
        queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, area) }),
      ),
    );
}

export function useCreateVoice(workspaceId: string) {
  const invalidate = useInvalidateVoices(workspaceId);
  return useMutation({
    mutationFn: (json: BrandVoiceInput) => unwrap(ws['brand-voices'].$post({ param: { workspaceId }, json })),
    onSuccess: invalidate,
  });
}

export function useUpdateVoice(workspaceId: string) {
  const invalidate = useInvalidateVoices(workspaceId);
  return useMutation({
    mutationFn: ({ voiceId, json }: { voiceId: string; json: BrandVoiceInput }) =>
      unwrap(ws['brand-voices'][':voiceId'].$patch({ param: { workspaceId, voiceId }, json })),
    onSuccess: invalidate,
  });
}

export function useDeleteVoice(workspaceId: string) {
  const invalidate = useInvalidateVoices(workspaceId);
  return useMutation({
    mutationFn: (voiceId: string) =>
      unwrap(ws['brand-voices'][':voiceId'].$delete({ param: { workspaceId, voiceId } })),
    onSuccess: invalidate,
  });
}

/** Learns a voice from content items: a provider describes it, or the local engine. */
export function useLearnVoice(workspaceId: string) {
  const invalidate = useInvalidateVoices(workspaceId);
  return useMutation({
    mutationFn: (json: { contentIds: string[]; name?: string }) =>
      unwrap(ws['brand-voices'].learn.$post({ param: { workspaceId }, json })),
    onSuccess: invalidate,
  });
}
