/**
 * "magazijnmedewerker | orderpicker | (orders:B & picken:B)"-style query over the B-weighted part of a
 * candidate's search text (work experience titles and category wishes), from talent words. Words are folded
 * to [a-z0-9] tokens, so nothing a person typed can break the query syntax. null when no word is usable.
 */
export function experienceTsQuery(words: readonly string[]): string | null {
  const phrases = new Set<string>();
  for (const word of words) {
    const tokens = word
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 1);
    if (tokens.length === 0) continue;
    phrases.add(tokens.length === 1 ? `${tokens[0]}:B` : `(${tokens.map((t) => `${t}:B`).join(' & ')})`);
  }
  return phrases.size ? [...phrases].join(' | ') : null;
}
