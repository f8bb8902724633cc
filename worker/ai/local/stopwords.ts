/**
 * Function words of each language the engine detects: they tell languages apart
 * (language.ts) and break key phrases (keyphrases.ts). Written for this project from the
 * grammar of each language (articles, pronouns, prepositions, conjunctions, auxiliaries and
 * very common adverbs; in English also the commonest verbs, which otherwise glue
 * themselves to key phrases), not copied from a published list. English is longer because its
 * key phrases are what users read most. Elided forms end in an apostrophe ("l'", "dell'").
 */

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Stopwords by language, lowercased. */
export const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  en: wordSet(`a about above across after afterwards again against ago ahead all almost along already also although always am
    among amongst an and another any anybody anyone anything anyway anywhere are around as at away back be became because
    become becomes been before beforehand behind being below beside besides between beyond both but by came can cannot
    could couldn't did didn't do does doesn't doing don't done down during each eg either else elsewhere enough etc even
    ever every everyone everything everywhere except few first for former from further get gets getting give given gives
    go goes going gone got had hadn't has hasn't have haven't having he he'd he'll he's hence her here here's hers herself
    him himself his how however i i'd i'll i'm i've ie if in indeed instead into is isn't it it's its itself just keep
    kept know last later latter least less let let's like likely made make makes making many may maybe me meanwhile might
    mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none nor not
    nothing now nowhere of off often oh ok okay on once one ones only onto or other others otherwise our ours ourselves
    out over own per perhaps please put quite rather really said same say says see seem seemed seems several shall she
    she'd she'll she's should shouldn't since so some somebody someone something sometime sometimes somewhere soon still
    such sure take taken than that that's the their theirs them themselves then there there's thereby therefore these
    they they'd they'll they're they've thing things this those though through throughout thus to together too took
    toward towards two under unless until up upon us use used uses using very via want wants was wasn't way we we'd
    we'll we're we've well went were weren't what what's whatever when whenever where whereas wherever whether which
    while who who's whoever whole whom whose why will with within without won't would wouldn't yeah yes yet you you'd
    you'll you're you've your yours yourself yourselves
    add adds added bring brings brought call calls called come comes feel feels felt fell find finds found gave give
    given grew help helps helped leave left look looks looked lot lots mean means meant need needs needed ran rose run
    runs saw seen show shows showed shown start starts started tell tells told think thinks thought tried tries try
    turn turns turned`),
  es: wordSet(`a al algo algún alguna algunas alguno algunos allí ante antes aquel aquella aquí así aunque bajo bien cada casi
    como cómo con contra cual cuál cuales cuando cuándo de del desde después donde dónde dos durante e el él ella ellas
    ellos en entonces entre era eran es esa esas ese eso esos esta está están estar estas este esto estos estoy fue fueron
    ha había hace hacer han has hasta hay he hemos la las le les lo los me mi mis mismo mucho muchos muy nada ni ningún
    ninguna no nos nosotros nuestra nuestro o os otra otras otro otros para pero poco por porque pues que qué quien
    quién se sea según ser si sí sido siempre sin sobre son su sus también tan tanto te tengo tiene tienen todo todos tu
    tú tus un una unas uno unos usted ustedes vosotros y ya yo`),
  fr: wordSet(`à afin ai ainsi alors au aucun aucune aussi autre autres aux avait avant avec avez avoir avons c' ça car ce ceci
    cela celle celles celui cependant ces cet cette chaque chez comme comment d' dans de depuis des donc dont du elle
    elles en encore entre est et étaient était été être eu eux fait faire fois hors il ils j' je jusqu' l' la le les leur
    leurs lors lui m' ma mais me même mes moi mon n' ne ni nos notre nous on ont ou où par parce pas peu peut plus
    plusieurs pour pourquoi qu' quand que quel quelle quelles quels qui quoi s' sa sans se selon ses si son sont sous
    sur t' ta tandis te tes toi ton toujours tous tout toute toutes très tu un une vers voici voilà vos votre vous y`),
  de: wordSet(`aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bist da dabei damit
    dann das dass dein deine dem den denn der des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du
    durch ein eine einem einen einer eines er es etwa etwas euch euer eure für gegen gewesen hab habe haben hat hatte
    hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes
    jetzt kann kein keine keinen können könnte man manche mehr mein meine mich mir mit muss musste nach nicht nichts
    noch nun nur ob oder ohne schon sehr sein seine seinem seinen sich sie sind so solche soll sollte sondern über um und
    uns unser unsere unter viel vom von vor während war waren warum was weil weiter welche welcher wenn wer werde werden
    wie wieder will wir wird wo wollen wurde wurden würde zu zum zur zwar zwischen`),
  pt: wordSet(`a à ao aos aquela aquele aqui as às até através com como contra da das de dela dele deles depois do dos e é ela
    elas ele eles em entre era eram essa essas esse esses esta está estão estar estas este estes eu foi for foram há
    isso isto já lhe lhes mais mas me mesmo meu meus minha minhas muito muitos na não nas nem no nos nós nossa nosso num
    numa o onde os ou para pela pelas pelo pelos por porque quando que quem se sem ser seu seus sido só sobre sua suas
    são também tem têm ter te teu tua tudo um uma umas uns você vocês`),
  it: wordSet(`a ad agli ai al all' alla alle allo anche ancora avere c' che chi ci come con cosa così da dagli dai dal dall'
    dalla dalle de' degli dei del dell' della delle dello di dopo dove e è ed era erano essere fa fra gli ha hanno ho i
    il in io l' la le lei li lo loro lui ma mi mia mio molto ne negli nei nel nell' nella nelle no noi non nostro o ogni
    per perché più poi quale quando quella quelle quello questa queste questi questo se sei senza si sia siamo sono
    stata stato su sua sue sugli sui sul sull' sulla suo suoi tra tu tutti tutto un un' una uno voi`),
  nl: wordSet(`aan al alle alleen als altijd ben bij dan dat de deze die dit doch doen door dus een eens en er geen had heb
    hebben heeft hem het hier hij hoe hun iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn
    moet na naar niet niets nog nu of om omdat ons onze ook op over te tegen toch toen tot u uit uw van veel voor want
    waren was wat we wel werd wie wij wil worden wordt zal ze zei zich zij zijn zo zonder zou`),
};

export function isLanguage(code: string | null | undefined): code is Language {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(code);
}
