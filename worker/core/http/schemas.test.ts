import { describe, expect, it } from 'vitest';
import { Name } from './schemas';

describe('Name', () => {
  it.each([
    ['U+202A left-to-right embedding', '\u202A'],
    ['U+202B right-to-left embedding', '\u202B'],
    ['U+202C pop directional formatting', '\u202C'],
    ['U+202D left-to-right override', '\u202D'],
    ['U+202E right-to-left override', '\u202E'],
    ['U+2066 left-to-right isolate', '\u2066'],
    ['U+2067 right-to-left isolate', '\u2067'],
    ['U+2068 first strong isolate', '\u2068'],
    ['U+2069 pop directional isolate', '\u2069'],
    ['U+200E left-to-right mark', '\u200E'],
    ['U+200F right-to-left mark', '\u200F'],
    ['U+061C Arabic letter mark', '\u061C'],
    ['U+0000 NUL', '\u0000'],
    ['U+0007 BEL', '\u0007'],
    ['U+0009 tab', '\t'],
    ['U+000A line feed', '\n'],
    ['U+000D carriage return', '\r'],
    ['U+001B escape', '\u001B'],
    ['U+007F delete', '\u007F'],
    ['U+0085 next line (C1)', '\u0085'],
    ['U+009B control sequence introducer (C1)', '\u009B'],
    ['U+00AD soft hyphen', '\u00AD'],
    ['U+200B zero width space', '\u200B'],
    ['U+2060 word joiner', '\u2060'],
    ['U+FEFF zero width no-break space', '\uFEFF'],
    ['U+FFF9 interlinear annotation anchor', '\uFFF9'],
    ['U+2028 line separator', '\u2028'],
    ['U+2029 paragraph separator', '\u2029'],
    ['U+E0041 tag latin capital A', '\u{E0041}'],
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', '\uDFFF'],
    ['a reversed surrogate pair', '\uDC00\uD800'],
  ])('refuses %s inside a name', (_label, character) => {
    const result = Name.safeParse(`Acme${character}Corp`);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/control|invisible|direction/i),
    ]);
  });

  it.each([
    'Acme Corp',
    'Café Zürich',
    'Ørsted & Søn',
    '東京チーム',
    'فريق التسويق',
    'צוות שיווק',
    'می\u200Cخواهم', // Persian needs the zero width non-joiner
    'Team 👩\u200D💻', // an emoji sequence joined by the zero width joiner
    'Launch 🚀',
  ])('accepts the name %s', (name) => {
    expect(Name.safeParse(name)).toEqual({ success: true, data: name });
  });

  it('trims surrounding white space, and still requires something', () => {
    expect(Name.parse('  Acme\u2028')).toBe('Acme');
    expect(Name.safeParse('   ').success).toBe(false);
  });
});
