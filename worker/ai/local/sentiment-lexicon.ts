/**
 * English sentiment lexicon: valence from -4 (most negative) to +4, with the words that
 * strengthen, soften or negate it. Written for this project: the scale and the idea of
 * boosters and negators follow public rule-based approaches (VADER, AFINN), but every word
 * and value here was chosen by hand for reviews and social posts, not taken from their lists.
 * Regular inflections that are missing (loves, disappointing) are found by sentiment.ts.
 */

/** [valence, words]: words that share a value. */
const WORDS: [number, string][] = [
  [4, `outstanding phenomenal superb flawless exceptional magnificent breathtaking masterpiece`],
  [
    3.5,
    `amazing amazingly awesome incredible fantastic excellent wonderful brilliant perfect perfection
    spectacular marvelous marvellous stellar terrific fabulous extraordinary love loved loving adore adored
    best greatest delightful stunning gorgeous thrilled ecstatic overjoyed sublime exquisite heavenly`,
  ],
  [
    3,
    `great beautiful beautifully lovely excited exciting impressive impressed delighted delicious scrumptious
    yummy favorite favourite enjoy enjoyed enjoyable joy joyful grateful thankful blessed glorious wonderfully
    fantastically excellently epic legendary masterful remarkable gem top-notch lifesaver life-saver
    game-changer congratulations congrats bravo hooray hurray woohoo adorable charming mouthwatering
    mind-blowing`,
  ],
  [
    2.5,
    `happy pleased satisfying successful success win wins won winning hilarious fascinating pleasure pleasant
    superior elegant wow yay appreciate appreciated kudos glad proud admire recommend recommended well-made
    handy reliable intuitive smooth stylish genius flawlessly seamless seamlessly must-have refreshing rocks
    solid sturdy spotless immaculate tasty flavorful cute inspiring inspired uplifting`,
  ],
  [
    2,
    `good super nice cool fun helpful friendly satisfied comfortable comfy cozy cosy useful worth worthwhile
    responsive efficient effective easy effortless improved improvement upgrade benefit beneficial bargain
    affordable durable attentive courteous polite professional knowledgeable generous vibrant sleek thanks
    thank dope rad neat fancy classy trust trusted trustworthy celebrate celebrating celebration kind kindness
    sweet entertaining engaging creative clever smart accurate precise consistent convenient spacious roomy
    relaxing relaxed peaceful like likes liked`,
  ],
  [
    1.5,
    `snappy go-to supportive fast speedy quick quickly lol lmao rofl haha hahaha clean fresh crisp sharp fair
    honest interesting warm warmly welcome welcoming decent pretty reasonable reasonably simple improve
    improves better upgraded steady stable safely thx cheers promising positive growth gain gains grow growing
    bonus reward rewarding boost boosted opportunity advantage lightweight portable compact tidy organized
    fixed resolved solves solved fix fixes powerful strong robust capable versatile flexible accessible
    authentic original unique classic iconic homemade hearty filling juicy tender crispy fluffy creamy rich
    worthy deserve deserved deserving`,
  ],
  [
    1,
    `hope hopeful hopefully safe secure protected quiet calm fine adequate okay ok alright saves save saved
    prefer preferred`,
  ],
  [0.5, `decently acceptable usable functional`],
  [-0.5, `cheap loud basic plain wish wished odd strange weird`],
  [
    -1,
    `so-so faded dim noise joke snapped issue issues concern concerns concerned doubt doubts unclear
    complicated complex hassle pricey costly expensive slowish average meh return returns returned returning
    refund refunds sorry late lacking unfortunate unfortunately sadly tired awkward risky limited outdated
    dated mixed inconvenient inconvenience picky fussy noisy sloppy clumsy unimpressed`,
  ],
  [
    -1.5,
    `peeling peeled itchy disconnected drains draining tinny wobbly wobbles wobble squeaks squeaky squeak
    ignore ignores mushy damn problem problems bug bugs glitch glitches glitchy slow sluggish laggy lag lags
    delay delayed delays missing lost confusing confused difficult bland dull stale soggy greasy overcooked
    undercooked complaint complaints complain complained complaining error errors fail fails failing
    inconsistent unreliable weak flimsy fragile leak leaks leaking leaked cracked scratched scratches dent
    dented annoyance unhelpful struggle struggling stressful stressed worried worry worrying afraid scared
    nervous lonely insecure mediocre overrated underwhelming underwhelmed frustrate cancelled canceled tedious
    clunky cumbersome finicky spotty patchy`,
  ],
  [
    -2,
    `burnt burned overheat overheats overheating shame bad poor poorly sad upset unhappy annoying annoyed
    irritating irritated boring bored failed failure fault faulty broken broke ugly messy mess wrong crash
    crashes crashed crashing freeze freezes froze frozen smelly stinks stinky rude dirty gross nasty lame dumb
    ridiculous painful pain hurt hurts harmful damage damaged defect defects defective overpriced rip-off
    ripoff disappointed disappointing disappointment letdown frustrated frustrating frustration regret regrets
    regretted avoid avoided useless pointless cringe cringy ugh smh yikes shoddy subpar inferior cheaply
    deceptive misleading fake knockoff counterfeit unprofessional careless ignored ignoring neglected
    dangerous unsafe toxic sick ill nauseous overwhelmed exhausted exhausting hostile unfriendly incompetent
    uncomfortable unusable inaccurate stuck mistake mistakes`,
  ],
  [
    -2.5,
    `worse worsened worsening ruin ruined ruins ruining shattered terrible horrible awful hate hated hating
    worst disgusting disgusted pathetic dreadful appalling furious angry outraged scam scammed scammer fraud
    fraudulent garbage trash junk rubbish crap crappy sucks suck sucked waste wasted worthless unacceptable
    miserable disaster disastrous nightmare unbearable infuriating infuriated livid heartbroken devastated
    depressing depressed inedible filthy moldy mouldy rotten cockroach cockroaches bedbugs stolen stole
    cheated cheat liar lied abusive abuse wtf fml hideous horrid vile ripped-off dead`,
  ],
  [
    -3,
    `horrendous atrocious abysmal despise despised loathe loathed disgrace disgraceful shameful horrific
    catastrophic`,
  ],
];

/** Emoji (without variation selectors or skin tones) and their valence. */
const EMOJI: [number, string][] = [
  [3, '😍 🥰 🤩 😻 ❤ 💖 💗 💕 💞 💘 🥳'],
  [2.5, '😀 😃 😄 😁 😊 ☺ 😘 😋 💯 👏 🙌 🎉 🎊 💙 💚 💛 💜 🧡 🤍 🏆 🤗'],
  [2, '🙂 😎 😇 😆 😂 🤣 👍 👌 🔥 ✨ 🌟 ⭐ 💪 🙏 ✅ 🤤 😉 🎁 🌈 🍾 🥂'],
  [1, '😅 😜 😝 😛 🤓 👀'],
  [-1, '😐 😑 😶 🤨 😬 🫤 🥱 😴'],
  [-1.5, '😕 🙁 😟 😳 😮‍💨 🤔 😓 😥 ⚠'],
  [-2, '☹ 😞 😔 😒 🙄 😣 😖 😫 😩 😢 😭 😰 😨 😱 🤦 👎 ❌ 🥴 😷'],
  [-2.5, '😤 😠 💔 🤢 💩 🗑'],
  [-3, '😡 🤬 🤮'],
];

/** Emoticons as written between spaces. */
const EMOTICONS: [number, string][] = [
  [2.5, ':D :-D <3 xD XD :)) ^_^'],
  [2, ':) :-) =) (: :] ;) ;-) ^^ =D'],
  [1, ':P :p :-P :-p'],
  [-0.5, ':| :-|'],
  [-1.5, ':/ :-/ :\\ -_-'],
  [-2, ':( :-( D: T_T =( ):'],
  [-2.5, ":'( :(( </3 >:( :@"],
];

/**
 * Phrases whose meaning is not the sum of their words, as lowercased word sequences
 * (apostrophes as typed: both "can't" and "cant" are listed where people write both).
 */
const PHRASES: [number, string][] = [
  [
    3,
    `never looked better | never been better | never felt better | worth every penny | blown away |
    over the moon | top notch | game changer | fell in love | falling in love | in love with`,
  ],
  [
    2.5,
    `above and beyond | a blast | like a charm | five stars | 5 stars | highly recommended | well done |
    cannot wait | can not wait | can't wait | cant wait`,
  ],
  [
    2,
    `a keeper | exactly what i needed | just what i needed | works well | worked well | work well |
    working well | just works | just worked | does the trick | did the trick | gets the job done |
    got the job done | thumbs up | must have | well made | as advertised | bang for the buck |
    bang for your buck | can't complain | cant complain | cannot complain | no complaints | no regrets |
    so good`,
  ],
  [
    1.5,
    `does the job | did the job | as described | on time | good value | great value | works fine |
    exceeded my expectations | exceeded expectations`,
  ],
  [
    -1.5,
    `could be better | could have been better | could've been better | not impressed | so so |
    not for me | two stars | 2 stars | hit or miss | too small | too big | too expensive`,
  ],
  [
    -2,
    `hard pass | not even close | cuts out | cutting out | coming apart | came apart | expected better |
    expected more | save your money | don't waste | do not waste | dont waste | don't buy | do not buy |
    dont buy | one star | 1 star | let down | let me down | fed up | thumbs down | not worth it | stay away |
    steer clear | no response | never responded | never arrived | never showed up | still waiting |
    not as described | rip off | hot mess | went downhill | gone downhill | broke down | ran out`,
  ],
  [
    -2.5,
    `waste of money | waste of time | stopped working | stop working | quit working | fell apart |
    falls apart | falling apart | ripped off | never again | zero stars | 0 stars | no stars |
    dead on arrival | doesn't work | does not work | didn't work | did not work | don't work | do not work |
    won't work | not working | isn't working | no longer works | doesnt work | didnt work | dont work |
    wont work | piece of junk | piece of crap | piece of garbage`,
  ],
];

/** Words that add this much to the strength of a valence that follows. Negative: softening. */
const BOOSTERS: [number, string][] = [
  [
    0.3,
    `absolutely amazingly awfully completely considerably deeply enormously entirely especially exceptionally extremely
    fully greatly highly hugely incredibly insanely intensely majorly most particularly purely really remarkably so
    substantially thoroughly totally tremendously truly unbelievably unusually utterly very seriously too
    freaking fricking frickin fucking hella crazy ridiculously such way`,
  ],
  [0.15, 'quite more'],
  [-0.3, 'slightly somewhat kinda sorta marginally partly fairly little bit mildly moderately reasonably'],
];
const BOOSTER_PHRASES: [number, string][] = [
  [0.3, 'a lot|so much|by far'],
  [-0.3, 'kind of|sort of|a bit|a little|a little bit'],
];

/** Words that turn the sentiment of what follows (within a few words of the same clause). */
export const NEGATORS = new Set(
  `not no never none nobody zero nothing neither nor nowhere cannot without hardly barely scarcely lack lacks lacking
  lacked least don't doesn't didn't isn't aren't wasn't weren't won't wouldn't couldn't shouldn't can't haven't
  hasn't hadn't ain't mustn't needn't dont doesnt didnt isnt arent wasnt werent wouldnt couldnt shouldnt cant
  havent hasnt hadnt aint`.split(/\s+/),
);

/**
 * Valence when negated, whatever the word's own: "doesn't work", "won't charge", and "won't refund",
 * which is worse than "refund" rather than its opposite.
 */
export const NEGATED_ONLY = new Map<string, number>(
  `work works working worked function functions help helped helps load loads open opens start starts charge charges
  connect connects respond responded fit fits last lasts lasted answer answered arrive arrived hold holds close closes
  refund refunded apologize apologized apologised`
    .split(/\s+/)
    .map((word) => [word, -2]),
);

/** Words that shift the weight of a sentence to what follows them. */
export const CONTRAST = new Set(['but', 'however']);

/** Words that are boosters when a sentiment word follows and keep their own valence otherwise ("pretty good" vs "pretty"). */
export const DUAL_BOOSTERS = new Map([
  ['pretty', 0.15],
  ['real', 0.15],
  ['super', 0.3],
  ['damn', 0.3],
]);

function table(groups: [number, string][], split: RegExp): Map<string, number> {
  const map = new Map<string, number>();
  for (const [value, list] of groups) {
    for (const entry of list.split(split)) {
      const key = entry.trim();
      if (key !== '' && !map.has(key)) map.set(key, value);
    }
  }
  return map;
}

export const LEXICON = table(WORDS, /\s+/);
export const EMOJI_VALENCE = table(EMOJI, /\s+/);
export const EMOTICON_VALENCE = table(EMOTICONS, / /);
export const BOOSTER = table(BOOSTERS, /\s+/);
/** Multiword entries by their words; valence phrases and booster phrases apart. */
export interface PhraseEntry {
  words: string[];
  value: number;
  booster: boolean;
}

/** Multiword entries by their first word, longest first, so a sentence is matched in one pass. */
export const PHRASES_BY_FIRST_WORD = new Map<string, PhraseEntry[]>();
for (const [groups, booster] of [
  [PHRASES, false],
  [BOOSTER_PHRASES, true],
] as const) {
  for (const [phrase, value] of table(groups, /\s*\|\s*/)) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const entries = [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), { words, value, booster }];
    PHRASES_BY_FIRST_WORD.set(
      first,
      entries.sort((a, b) => b.words.length - a.words.length),
    );
  }
}
