import { describe, expect, it } from 'vitest';
import { withoutSiteName } from './title';

describe('withoutSiteName', () => {
  it('cuts the site name off at an en or em dash, as upstream Readability does', () => {
    const title = 'Lorem ipsum dolor sit amet – My website';
    expect(withoutSiteName(title, title, false)).toBe('Lorem ipsum dolor sit amet');
    expect(
      withoutSiteName('The harbour lights shine again — Gazette', 'The harbour lights shine again — Gazette', false),
    ).toBe('The harbour lights shine again');
  });

  it('leaves titles alone that Readability chose or that would become too short', () => {
    const title = 'Lorem ipsum dolor sit amet – My website';
    expect(withoutSiteName(title, title, true)).toBe(title);
    expect(withoutSiteName(title, 'Another title', false)).toBe(title);
    expect(withoutSiteName('Short one – Site', 'Short one – Site', false)).toBe('Short one – Site');
    expect(withoutSiteName('No dash here', 'No dash here', false)).toBe('No dash here');
  });
});
