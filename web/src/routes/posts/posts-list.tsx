import { Link } from 'react-router';
import type { Account, Post } from '../../api/types';
import { Button } from '../../components/button';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { dateTime } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { excerpt, targetNames } from './post-summary';
import { TargetStatusBadge } from './target-status';
import { canMove } from './use-move-post';

/** Posts as rows: what, where, when, and each target's state. */
export function PostsList({
  posts,
  accounts,
  onMoveTo,
}: {
  posts: Post[];
  accounts: Account[];
  onMoveTo: (post: Post) => void;
}) {
  const workspace = useWorkspace();
  return (
    <Table label="Posts">
      <THead>
        <Th>Post</Th>
        <Th>To</Th>
        <Th>When</Th>
        <Th>Status</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </THead>
      <TBody>
        {posts.map((post) => (
          <Tr key={post.id}>
            <Td className="max-w-xs">
              <Link
                to={`/w/${workspace.id}/posts/${post.id}`}
                className="block truncate font-medium text-zinc-900 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
              >
                {excerpt(post) || 'Untitled post'}
              </Link>
            </Td>
            <Td className="max-w-48 truncate text-zinc-600">{targetNames(post, accounts)}</Td>
            <Td className="whitespace-nowrap text-zinc-600">
              {post.scheduledAt ? dateTime(post.scheduledAt) : 'Not scheduled'}
            </Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                {[...new Set(post.targets.map((t) => t.status))].map((status) => (
                  <TargetStatusBadge key={status} status={status} />
                ))}
              </span>
            </Td>
            <Td className="text-right">
              {canMove(post) && workspace.can('editor') && (
                <Button size="sm" variant="ghost" onClick={() => onMoveTo(post)}>
                  Move to…
                </Button>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
