/**
 * Initial articles and the languages (MARC language codes) in which they are articles, after
 * MARC 21 Appendix F (https://www.loc.gov/marc/bibliographic/bdapndxf.html), restricted to words
 * written with a separating space or apostrophe in Latin script.
 *
 * MARC::Lint's _check_article uses a shorter, language-blind list (LINT_ARTICLES below); we use it
 * unchanged when the record's language is unknown, so that such records get the same answers.
 */

/** MARC::Lint 1.53 %article: first word (lower case) → languages. */
const LINT_ARTICLES: Readonly<Record<string, string>> = {
  a: 'eng glg hun por',
  an: 'eng',
  das: 'ger',
  dem: 'ger',
  der: 'ger',
  ein: 'ger',
  eine: 'ger',
  einem: 'ger',
  einen: 'ger',
  einer: 'ger',
  eines: 'ger',
  el: 'spa',
  en: 'cat dan nor swe',
  gl: 'ita',
  gli: 'ita',
  il: 'ita mlt',
  l: 'cat fre ita mlt',
  la: 'cat fre ita spa',
  las: 'spa',
  le: 'fre ita',
  les: 'cat fre',
  lo: 'ita spa',
  los: 'spa',
  os: 'por',
  the: 'eng',
  um: 'por',
  uma: 'por',
  un: 'cat spa fre ita',
  una: 'cat spa ita',
  une: 'fre',
  uno: 'ita',
};

/**
 * Appendix F articles beyond Lint's list (and more languages for Lint's words). Words Lint left out
 * because they are also common English words ("die", "de", "den", "o") are safe here because they
 * only count in a record whose language uses them as articles.
 */
const MORE_ARTICLES: Readonly<Record<string, string>> = {
  a: 'rum sco yid hat',
  // Romanized Arabic-script and Hebrew articles are joined with a hyphen ("al-Qurʼān", "ha-Sefer"):
  // the first word splits off at the hyphen, which the count includes.
  al: 'ara bal bra pan per tur urd',
  am: 'gla',
  an: 'gle gla sco yid hat',
  ane: 'sco',
  as: 'glg por',
  az: 'hun',
  das: 'yid',
  de: 'dan dut fri nor swe',
  dei: 'nor',
  den: 'dan ger nor swe',
  der: 'yid',
  des: 'ger wln',
  det: 'dan nor swe',
  di: 'yid',
  die: 'afr ger yid',
  dos: 'yid',
  een: 'dut',
  eene: 'dut',
  egy: 'hun',
  ei: 'nor',
  ein: 'nor wln',
  eit: 'nor',
  el: 'cat ara',
  els: 'cat',
  et: 'dan nor',
  ett: 'swe',
  eyn: 'yid',
  eyne: 'yid',
  ha: 'heb',
  hai: 'grc gre',
  he: 'heb grc gre haw',
  het: 'dut',
  ho: 'grc gre',
  hoi: 'grc gre',
  i: 'ita',
  il: 'pro',
  l: 'pro wln',
  la: 'epo pro',
  las: 'pro',
  le: 'pro',
  les: 'pro',
  lo: 'pro',
  los: 'pro',
  o: 'glg por',
  un: 'pro rum wln',
  una: 'pro',
  une: 'wln',
  y: 'wel',
  yr: 'wel',
};

function toSets(...tables: Readonly<Record<string, string>>[]): Map<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const table of tables) {
    for (const [word, languages] of Object.entries(table)) {
      let set = map.get(word);
      if (!set) map.set(word, (set = new Set()));
      for (const language of languages.split(' ')) set.add(language);
    }
  }
  return map;
}

/** Lint's list: used when the record's language is not known. */
export const lintArticles: ReadonlyMap<string, ReadonlySet<string>> = toSets(LINT_ARTICLES);
/** Lint's list plus Appendix F: used with the record's language. */
export const allArticles: ReadonlyMap<string, ReadonlySet<string>> = toSets(LINT_ARTICLES, MORE_ARTICLES);

/** Languages for which the list above is complete enough to say "this first word is not an article". */
export const languagesWithArticles: ReadonlySet<string> = new Set([...allArticles.values()].flatMap((set) => [...set]));

/**
 * Title beginnings that look like an article but are not (MARC::Lint 1.53 %exceptions, compared
 * case-insensitively at the start of the title): "A to Z", "Los Angeles", "A priori" ...
 */
export const articleExceptions: readonly string[] = [
  'a & e',
  'a & ',
  'a-',
  'a+',
  'a is ',
  "a isn't ",
  "a l'",
  'a la ',
  'a posteriori',
  'a priori',
  'a to ',
  'el nino',
  'el salvador',
  'l is ',
  'l-',
  'la salle',
  'las vegas',
  'lo cual',
  'lo mein',
  'lo que',
  'los alamos',
  'los angeles',
];
