import fc from 'fast-check';
import type { MatchEvaluation } from './match-evaluation';
import { compareMatches, partitionMatches, rankMatches } from './rank-matches';
import type { RankableMatch } from './rank-matches';

const evaluation = (score: number, unmet = 0, canDoJob = true): MatchEvaluation => ({
  score,
  eligible: unmet === 0,
  canDoJob,
  goodMatch: canDoJob && score >= 0.5,
  unmet: Array.from({ length: unmet }, () => ({ requirement: 'ACTIVE' as const, text: 'Staat niet actief als werkzoekende' })),
  reasons: [],
  notes: [],
});
const match = (id: string, score: number, unmet = 0, canDoJob = true, waitingSince?: string | null): RankableMatch => ({
  id,
  evaluation: evaluation(score, unmet, canDoJob),
  waitingSince,
});

describe('rankMatches: who can do the job first, then score, then longest waiting, then id', () => {
  it('puts everyone who can do the job above everyone who cannot, whatever the score', () => {
    const ranked = rankMatches([match('a', 0.9, 0, false), match('b', 0.3), match('c', 0.5)]);
    expect(ranked.map((m) => m.id)).toEqual(['c', 'b', 'a']);
  });

  it('breaks equal scores by the longest waiting first, unknown last, then by id', () => {
    const ranked = rankMatches([
      match('a', 0.5, 0, true, null),
      match('b', 0.5, 0, true, '2024-06-01'),
      match('c', 0.5, 0, true, '2022-01-01'),
      match('d', 0.5, 0, true, '2024-06-01'),
    ]);
    expect(ranked.map((m) => m.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('rankMatches', () => {
  it('sorts by score, highest first', () => {
    expect(rankMatches([match('a', 0.2), match('b', 0.9), match('c', 0.5)]).map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties by id ascending', () => {
    expect(rankMatches([match('c', 0.5), match('a', 0.5), match('b', 0.5), match('z', 0.6)]).map((m) => m.id)).toEqual([
      'z',
      'a',
      'b',
      'c',
    ]);
  });

  it('compares ids by code unit, not by locale: uppercase before lowercase, "10" before "9"', () => {
    const ids = ['b', 'B', '9', '10', 'é', 'f'];
    expect(rankMatches(ids.map((id) => match(id, 0.5))).map((m) => m.id)).toEqual([
      '10',
      '9',
      'B',
      'b',
      'f',
      'é',
    ]);
  });

  it('does not look at eligibility: the caller splits (see partitionMatches)', () => {
    expect(rankMatches([match('a', 0.5), match('b', 0.7, 1)]).map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('returns a new array and leaves the input alone', () => {
    const input = Object.freeze([match('a', 0.1), match('b', 0.9)]);
    const ranked = rankMatches(input);
    expect(ranked).not.toBe(input);
    expect(input.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('keeps the caller\'s extra fields', () => {
    const ranked = rankMatches([{ ...match('a', 0.1), name: 'x' }]);
    expect(ranked[0].name).toBe('x');
  });

  it('handles an empty list', () => {
    expect(rankMatches([])).toEqual([]);
  });

  describe('properties', () => {
    const arbMatches = fc.array(
      fc.record({
        id: fc.string({ maxLength: 4 }),
        score: fc.constantFrom(0, 0.25, 0.5, 0.5001, 0.75, 1),
        unmet: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 30 },
    ).map((rows) => rows.map((r) => match(r.id, r.score, r.unmet)));

    it('orders by score desc, then id asc', () => {
      fc.assert(
        fc.property(arbMatches, (matches) => {
          const ranked = rankMatches(matches);
          for (let i = 1; i < ranked.length; i++) {
            const [prev, next] = [ranked[i - 1], ranked[i]];
            expect(prev.evaluation.score).toBeGreaterThanOrEqual(next.evaluation.score);
            if (prev.evaluation.score === next.evaluation.score) expect(prev.id <= next.id).toBe(true);
          }
        }),
      );
    });

    it('is a permutation of the input', () => {
      fc.assert(
        fc.property(arbMatches, (matches) => {
          const ranked = rankMatches(matches);
          expect(ranked).toHaveLength(matches.length);
          expect(new Set(ranked)).toEqual(new Set(matches));
        }),
      );
    });

    it('gives the same order whatever the input order (ties break by id, not by position)', () => {
      fc.assert(
        fc.property(
          arbMatches.chain((matches) => fc.tuple(fc.constant(matches), fc.shuffledSubarray(matches, { minLength: matches.length }))),
          ([matches, shuffled]) => {
            const key = (ms: RankableMatch[]) => ms.map((m) => `${m.evaluation.score}|${m.id}`);
            expect(key(rankMatches(shuffled))).toEqual(key(rankMatches(matches)));
          },
        ),
      );
    });

    it('compareMatches is antisymmetric', () => {
      fc.assert(
        fc.property(arbMatches, arbMatches, (as, bs) => {
          for (const a of as) for (const b of bs) expect(Math.sign(compareMatches(a, b))).toBe(-Math.sign(compareMatches(b, a)) || 0);
        }),
        { numRuns: 30 },
      );
    });
  });
});

describe('partitionMatches', () => {
  it('splits the eligible matches from the near misses (exactly one unmet), both ranked, and drops the rest', () => {
    const { eligible, nearMisses } = partitionMatches([
      match('a', 0.4),
      match('b', 0.9, 1),
      match('c', 0.8),
      match('d', 0.95, 2),
      match('e', 0.6, 1),
    ]);
    expect(eligible.map((m) => m.id)).toEqual(['c', 'a']);
    expect(nearMisses.map((m) => m.id)).toEqual(['b', 'e']);
  });

  it('keeps as near misses only good matches but for the one requirement (a floor)', () => {
    const { nearMisses } = partitionMatches([
      match('good', 0.7, 1),
      match('low', 0.3, 1),
      match('cannot-do-the-job', 0.9, 1, false),
    ]);
    expect(nearMisses.map((m) => m.id)).toEqual(['good']);
  });
});
