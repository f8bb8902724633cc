import { describe, expect, it } from 'vitest';
import { hashtags, mentions } from './social';

describe('hashtags', () => {
  it('reads Unicode tags, each once as first written, without the #', () => {
    expect(hashtags('Loving the #café scene in #Paris! #paris #日本 ＃fullwidth #naïve #2024goals')).toEqual([
      'café',
      'Paris',
      '日本',
      'fullwidth',
      'naïve',
      '2024goals',
    ]);
  });

  it('reads a tag written with a combining accent as the composed one', () => {
    expect(hashtags('#cafe\u0301 and #café')).toEqual(['café']);
  });

  it('ends a tag at punctuation and needs a letter in it', () => {
    expect(hashtags('#self-care, #1 #2024 (#inbrackets) #end.')).toEqual(['self', 'inbrackets', 'end']);
  });

  it('ignores URL fragments, HTML entities, C#, keycaps and doubled signs', () => {
    expect(
      hashtags('https://example.com/page#section www.x.com/#top example.com/#frag &#39; C# F# #️⃣ ##double issue#5'),
    ).toEqual([]);
  });

  it('finds nothing in empty text', () => {
    expect(hashtags('')).toEqual([]);
  });
});

describe('mentions', () => {
  it('reads plain, Bluesky and Mastodon handles without the @, each once', () => {
    expect(mentions('Thanks @alice.bsky.social and @Bob_99! Ping @carol@mastodon.social or @BOB_99.')).toEqual([
      'alice.bsky.social',
      'Bob_99',
      'carol@mastodon.social',
    ]);
  });

  it('drops the full stop or hyphen that ends a sentence after a handle', () => {
    expect(mentions('Say hi to @dave. And to @erin-.')).toEqual(['dave', 'erin']);
  });

  it('reads handles in brackets, after RT and with non-Latin letters', () => {
    expect(mentions('(@gina) RT @hank: great point @josé @ユーザー')).toEqual(['gina', 'hank', 'josé', 'ユーザー']);
  });

  it('ignores e-mail addresses, URL paths and a bare @', () => {
    expect(mentions('mail dave@example.com or x@y, see https://medium.com/@erin/post, meet @ 5pm')).toEqual([]);
  });
});
