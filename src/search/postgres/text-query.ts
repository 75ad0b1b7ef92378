/**
 * Free text -> the words a full-text query is built from. Pure: the vocabulary look-up (which of these words
 * are known, and the nearest known words for the others) happens in SQL, see postgres-search.engine.ts.
 */
export const MAX_QUERY_WORDS = 8;

export function queryWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_QUERY_WORDS);
}

export interface ResolvedWord {
  /** The word's stem in the `dutch` configuration; null for a stop word. */
  lexeme: string | null;
  /** The stem occurs in the index. */
  known: boolean;
  /** Indexed words that start with the word (the last word only: type-ahead). */
  hasPrefixMatches: boolean;
  /** Nearest indexed words by trigram similarity, for a word that is not known (typo tolerance). */
  corrections: string[];
}

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;

/**
 * Builds a tsquery (for the `simple` configuration, since the lexemes are already stemmed): every word must
 * match; an unknown word matches its nearest corrections; the last word also matches as a prefix. `weights`
 * (e.g. "AB") limits every term to the text fields of those weights.
 */
export function buildTsQuery(words: string[], resolved: ResolvedWord[], weights = ''): string | null {
  if (!/^[A-D]*$/.test(weights)) throw new Error(`tsquery weights must be letters A-D, got ${weights}`);
  const quote = (lexeme: string) => `${quoteLexeme(lexeme)}${weights ? `:${weights}` : ''}`;
  const prefix = (lexeme: string) => `${quoteLexeme(lexeme)}:*${weights}`;
  const terms: string[] = [];
  resolved.forEach((word, i) => {
    if (!word.lexeme) return;
    const isLast = i === resolved.length - 1;
    const prefixSource = words[i];
    if (isLast && word.hasPrefixMatches) {
      const alternatives = new Set([prefix(prefixSource), prefix(word.lexeme)]);
      terms.push(`(${[...alternatives].join(' | ')})`);
    } else if (word.known) {
      terms.push(quote(word.lexeme));
    } else if (word.corrections.length > 0) {
      terms.push(`(${word.corrections.map(quote).join(' | ')})`);
    } else {
      terms.push(quote(word.lexeme));
    }
  });
  return terms.length ? terms.join(' & ') : null;
}
