import type { TalentDefinition } from './talents.data';
import { foldText, rankByDistance } from './text-utils';

/** A word stemmer: maps a folded word to its stem. */
export type Stemmer = (word: string) => string;

export interface TalentNormaliserOptions {
  /**
   * Stemmer for the last-resort match on word stems ("heftrucks" -> heftruck, "magazijnen" -> magazijnwerk's
   * synonym "magazijn"). Defaults to the Snowball Dutch stemmer; pass `null` to match exact forms only.
   */
  stemmer?: Stemmer | null;
}

interface SnowballModule {
  newStemmer(language: string): { stem(word: string): string };
}

let dutchStemmer: Stemmer | undefined;

/** The Snowball Dutch stemmer from `snowball-stemmers` (no type declarations, hence the local interface). */
export function snowballDutchStemmer(): Stemmer {
  if (!dutchStemmer) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const snowball = require('snowball-stemmers') as SnowballModule;
    const stemmer = snowball.newStemmer('dutch');
    dutchStemmer = (word: string) => stemmer.stem(word);
  }
  return dutchStemmer;
}

export interface NormaliseAllResult {
  /** Canonical talent codes, deduplicated, in the order first seen. */
  codes: string[];
  /** Inputs that matched no talent (trimmed, deduplicated case-insensitively, original spelling kept). */
  unknown: string[];
}

/**
 * Maps free talent tags to canonical talent codes.
 *
 * Built from a list of TalentDefinition (the bundled TALENTS, or the list an administrator maintains in the
 * database). Matching is case-insensitive, diacritics-insensitive and whitespace-insensitive (see foldText),
 * on a talent's code, label or any synonym, in this order of preference:
 *   1. the folded text equals a folded code, label or synonym;
 *   2. the same with all spaces removed ("heftruck certificaat" = "heftruckcertificaat");
 *   3. the same after stemming each word ("heftrucks" = "heftruck"), if a stemmer is configured.
 * Steps 2 and 3 only match when they point at exactly one talent. If two definitions claim the same key,
 * codes and labels win over synonyms and, within the same kind, the first definition wins.
 */
export class TalentNormaliser {
  private readonly exact = new Map<string, string>();
  private readonly compact = new Map<string, string | null>();
  private readonly stemmed = new Map<string, string | null>();
  private readonly labels = new Map<string, string>();
  private readonly suggestionKeys: { key: string; value: string }[] = [];
  private readonly stemmer: Stemmer | null;

  constructor(
    private readonly talents: readonly TalentDefinition[],
    options: TalentNormaliserOptions = {},
  ) {
    this.stemmer = options.stemmer === undefined ? snowballDutchStemmer() : options.stemmer;

    for (const talent of talents) {
      if (!this.labels.has(talent.code)) this.labels.set(talent.code, talent.label);
    }
    // Codes and labels first so that a synonym can never shadow them.
    for (const talent of talents) {
      this.register(talent.code, talent.code);
      this.register(talent.label, talent.code);
    }
    for (const talent of talents) {
      for (const synonym of talent.synonyms) this.register(synonym, talent.code);
    }
  }

  /**
   * For a search engine's synonym setting: each talent word (label or synonym, lower case) -> the other words of
   * the same talent.
   */
  synonymGroups(): Record<string, string[]> {
    const groups: Record<string, string[]> = {};
    for (const talent of this.talents) {
      const words = [...new Set([talent.label, ...talent.synonyms].map((w) => w.toLowerCase()))];
      if (words.length < 2) continue;
      for (const word of words) groups[word] = [...new Set([...(groups[word] ?? []), ...words.filter((w) => w !== word)])];
    }
    return groups;
  }

  /** The canonical talent code for a free tag, or null when nothing matches. */
  normalise(input: string): string | null {
    const key = foldText(input);
    if (!key) return null;
    const exact = this.exact.get(key);
    if (exact) return exact;
    const compact = this.compact.get(compactKey(key));
    if (compact) return compact;
    if (this.stemmer) {
      const stemmed = this.stemmed.get(this.stemKey(key));
      if (stemmed) return stemmed;
    }
    return null;
  }

  /** Normalises a list of tags: known codes deduplicated in first-seen order, and the tags that matched nothing. */
  normaliseAll(inputs: readonly string[]): NormaliseAllResult {
    const codes: string[] = [];
    const unknown: string[] = [];
    const seenCodes = new Set<string>();
    const seenUnknown = new Set<string>();
    for (const input of inputs) {
      const code = this.normalise(input);
      if (code) {
        if (!seenCodes.has(code)) {
          seenCodes.add(code);
          codes.push(code);
        }
        continue;
      }
      const trimmed = input.trim().replace(/\s+/g, ' ');
      const key = foldText(trimmed);
      if (!trimmed || seenUnknown.has(key)) continue;
      seenUnknown.add(key);
      unknown.push(trimmed);
    }
    return { codes, unknown };
  }

  /**
   * Labels of the talents closest to the input by edit distance over codes, labels and synonyms, closest
   * first, for a "bedoelde je ...?" hint. Returns fewer (or none) when nothing is reasonably close.
   */
  suggest(input: string, limit = 3): string[] {
    const key = foldText(input);
    const codes = rankByDistance(key, this.suggestionKeys, limit, (a, b) =>
      (this.labels.get(a) ?? a).localeCompare(this.labels.get(b) ?? b, 'nl'),
    );
    return codes.map((code) => this.labels.get(code) ?? code);
  }

  /** The label of a talent code, or undefined for an unknown code. */
  label(code: string): string | undefined {
    return this.labels.get(code);
  }

  /** Whether the code is a known talent code. */
  has(code: string): boolean {
    return this.labels.has(code);
  }

  private register(text: string, code: string): void {
    const key = foldText(text);
    if (!key) return;
    if (!this.exact.has(key)) this.exact.set(key, code);
    this.suggestionKeys.push({ key, value: code });
    claim(this.compact, compactKey(key), code);
    if (this.stemmer) claim(this.stemmed, this.stemKey(key), code);
  }

  private stemKey(key: string): string {
    const stem = this.stemmer as Stemmer;
    return key
      .split(' ')
      .map((word) => stem(word))
      .join(' ');
  }
}

function compactKey(key: string): string {
  return key.replace(/ /g, '');
}

/** Records key -> code; a key claimed by two different codes becomes ambiguous (null) and never matches. */
function claim(map: Map<string, string | null>, key: string, code: string): void {
  if (!map.has(key)) map.set(key, code);
  else if (map.get(key) !== code) map.set(key, null);
}
