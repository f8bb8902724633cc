import type { Reader } from '../../../connectors/readers/reader';

type About = { title?: string | null } | null | undefined;

/** Names are shown in lists and menus; the API takes at most 100 characters. */
const MAX_NAME = 100;

/**
 * The name of a source after a read. A source nobody named — its name is its reader's default,
 * before or after an earlier read, or the title an earlier read gave it — is called what its
 * reader makes of what the source now says about itself, which keeps what tells it apart (a
 * trends region). A name someone gave stays.
 */
export function nameAfterRead<Config>(
  reader: Pick<Reader<Config>, 'defaultName'>,
  source: { name: string; config: Config; details: Record<string, unknown> | null },
  said: About,
): string {
  // A read that says nothing of its title (or a 304) is no reason to rename.
  if (!said?.title?.trim()) return source.name;
  const previous = { title: typeof source.details?.title === 'string' ? source.details.title : null };
  const unnamed = [
    reader.defaultName(source.config),
    reader.defaultName(source.config, previous).slice(0, MAX_NAME),
    previous.title?.trim().slice(0, MAX_NAME),
  ];
  return unnamed.includes(source.name) ? reader.defaultName(source.config, said).slice(0, MAX_NAME) : source.name;
}
