/**
 * Dutch stemming for engines that do not stem themselves (Meilisearch tokenizes Dutch but does not stem:
 * `fietsen` does not find `fiets`). Uses the Snowball Dutch stemmer from `snowball-stemmers`, the algorithm behind
 * PostgreSQL's `dutch` text-search configuration, so both engines reduce a word to the same stem. Checked against
 * PGlite (PostgreSQL 18.6): `ts_lexize('dutch_stem', w)` equals this stemmer on all 2,050 non-stop words of the
 * reference data (talents, categories, klantcategorieën) and DOMAIN.md.
 */

/** `snowball-stemmers` ships no type declarations, hence this local interface. */
interface SnowballModule {
  newStemmer(language: string): { stem(word: string): string };
}

let snowballDutch: ((word: string) => string) | undefined;

function snowball(): (word: string) => string {
  if (!snowballDutch) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const stemmer = (require('snowball-stemmers') as SnowballModule).newStemmer('dutch');
    snowballDutch = (word: string) => stemmer.stem(word);
  }
  return snowballDutch;
}

/**
 * PostgreSQL's `tsearch_data/dutch.stop` (the Snowball Dutch stop list, 101 words), read from PGlite. The
 * `dutch` configuration drops these words from documents and queries alike.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of ' +
    'wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze ' +
    'u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan ' +
    'hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon ' +
    'niets uw iemand geweest andere'
  ).split(' '),
);

/**
 * Free text -> its words: Unicode compatibility decomposition with diacritics dropped (é -> e, ĳ -> ij), lower
 * case, split on anything that is not a letter or digit. The same folding as the PostgreSQL engine's query words.
 */
export function dutchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Stems one already folded word (see dutchWords). */
export function stemDutchWord(word: string): string {
  return snowball()(word);
}

export function isDutchStopWord(word: string): boolean {
  return DUTCH_STOP_WORDS.has(word);
}

/**
 * Free text -> its stemmed words joined by single spaces: `Kassamedewerkers` -> `kassamedewerker`. Stop words are
 * kept (stemmed like any word) so a stemmed copy of a text keeps its word positions; query building drops them.
 */
export function stemDutch(text: string): string {
  return dutchWords(text).map(stemDutchWord).join(' ');
}
