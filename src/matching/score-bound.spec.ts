import { candidateScoreBound, couldStillEnter, keepListPlaces } from './score-bound';
import type { ScorerVacancy } from './scorer/match-input';

const vacancy: ScorerVacancy = {
  id: 'v1',
  status: 'OPEN',
  title: 'Orderpicker',
  categoryCode: 'logistiek',
  requiredTalents: ['orderpicken', 'heftruck'],
  niceToHaveTalents: ['heftruck', 'scanner-gebruiken'],
  minTaalniveau: null,
  startkwalificatieRequired: false,
  rijbewijsRequired: [],
  hoursMin: 24,
  hoursMax: 32,
  location: { lat: 52.0, lon: 4.3 },
  placeName: 'Delft',
  startDate: null,
  leerwerkplek: false,
  banenafspraak: false,
  loonkostensubsidie: true,
  proefplaatsing: false,
  jobcoach: false,
  beschutWerk: false,
} as ScorerVacancy;

const referenceData = {
  relatedTalents: (code: string) => (code === 'heftruck' ? ['reachtruck'] : []),
  talentsInCategory: (code: string) => (code === 'logistiek' ? ['orderpicken', 'heftruck', 'reachtruck', 'magazijnwerk'] : []),
};

const TODAY = '2026-12-01';

const most = (bound: ReturnType<typeof candidateScoreBound>) =>
  bound.terms.reduce((sum, t) => sum + Math.max(t.weight, 'unknown' in t ? t.unknown : 0, 'noWishes' in t ? t.noWishes : 0), 0);

describe('candidateScoreBound', () => {
  it('adds up to the whole score (1, plus the rounding allowance) for someone with everything', () => {
    for (const view of ['staff', 'employer'] as const) {
      const total = most(candidateScoreBound(vacancy, referenceData, view, { today: TODAY }));
      expect(total).toBeGreaterThanOrEqual(1);
      expect(total).toBeLessThan(1.001);
    }
  });

  it('gives each required talent its share, a related one half of it, and counts a nice-to-have talent that is also required once', () => {
    const bound = candidateScoreBound(vacancy, referenceData, 'staff', { today: TODAY });
    const shows = bound.terms.filter((t) => t.kind === 'shows');
    expect(shows.map((t) => t.kind === 'shows' && [t.code, t.partial, t.weight, t.partialWeight])).toEqual([
      ['orderpicken', [], 0.15, 0.075],
      ['heftruck', ['reachtruck'], 0.15, 0.075],
      ['scanner-gebruiken', [], 0.06, 0.03],
    ]);
    // Work in the same sector counts as experience: a job showing any talent of the category.
    expect(bound.terms.find((t) => t.kind === 'experience')).toMatchObject({ talents: expect.arrayContaining(['magazijnwerk', 'reachtruck']) });
    expect(bound.canDo).toEqual({ kind: 'shows', talents: ['orderpicken', 'heftruck', 'reachtruck'], experience: expect.arrayContaining(['scanner-gebruiken', 'magazijnwerk']) });
  });

  it('leaves hidden criteria out of the employer view and scores the distance only as known or not', () => {
    const bound = candidateScoreBound(vacancy, referenceData, 'employer', { today: TODAY });
    expect(bound.terms.some((t) => t.kind === 'needs')).toBe(false);
    expect(bound.terms.some((t) => t.kind === 'known' && t.fact === 'unemployedSince')).toBe(false);
    expect(bound.terms.some((t) => t.kind === 'distance')).toBe(false);
    expect(bound.terms.some((t) => t.kind === 'known' && t.fact === 'place')).toBe(true);
  });

  it('names when each requirement that can make a near miss is certainly met, in the employer view only those it shows', () => {
    const strict = { ...vacancy, banenafspraak: true, minTaalniveau: 'B1', startkwalificatieRequired: true, rijbewijsRequired: ['B'], startDate: '2027-01-15' } as ScorerVacancy;
    expect(candidateScoreBound(strict, referenceData, 'staff', { today: TODAY }).certainlyMet).toEqual([
      { kind: 'registered' },
      { kind: 'availableBy', date: '2027-01-15' },
      { kind: 'withinOwnTravelDistance' },
      { kind: 'taalniveauAtLeast', minRank: 2 },
      { kind: 'hasStartkwalificatie' },
      { kind: 'unknowable' },
    ]);
    expect(candidateScoreBound(strict, referenceData, 'employer', { today: TODAY }).certainlyMet).toEqual([
      { kind: 'availableBy', date: '2027-01-15' },
      { kind: 'taalniveauAtLeast', minRank: 2 },
      { kind: 'hasStartkwalificatie' },
      { kind: 'unknowable' },
    ]);
    // As soon as possible: three months from today.
    expect(candidateScoreBound(vacancy, referenceData, 'staff', { today: TODAY }).certainlyMet).toEqual([{ kind: 'availableBy', date: '2027-03-01' }, { kind: 'withinOwnTravelDistance' }]);
  });

  it('opens a leerwerkplek to everyone without a startkwalificatie, and a job asking no talents to everyone', () => {
    expect(candidateScoreBound({ ...vacancy, leerwerkplek: true }, referenceData, 'staff', { today: TODAY }).canDo).toEqual({ kind: 'withoutStartkwalificatie' });
    expect(candidateScoreBound({ ...vacancy, requiredTalents: [] }, referenceData, 'staff', { today: TODAY }).canDo).toEqual({ kind: 'everyone' });
  });
});

describe('couldStillEnter', () => {
  const key = (canDo: boolean, score: number) => ({ canDo, score });

  it('lets anyone in while the list of matches is short', () => {
    expect(couldStillEnter(key(false, 0.1), { match: null, nearMiss: key(true, 0.9) })).toEqual({ asMatch: true, asNearMiss: false });
  });

  it('stops at a bound below the last match, and not at a tie (the tie-break may win)', () => {
    expect(couldStillEnter(key(true, 0.79), { match: key(true, 0.8), nearMiss: key(true, 0.9) })).toEqual({ asMatch: false, asNearMiss: false });
    expect(couldStillEnter(key(true, 0.8), { match: key(true, 0.8), nearMiss: key(true, 0.9) })).toEqual({ asMatch: true, asNearMiss: false });
  });

  it('ranks who can do the job first, whatever the score', () => {
    expect(couldStillEnter(key(false, 0.99), { match: key(true, 0.2), nearMiss: key(true, 0.9) }).asMatch).toBe(false);
    expect(couldStillEnter(key(true, 0.3), { match: key(false, 0.9), nearMiss: key(true, 0.9) }).asMatch).toBe(true);
  });

  it('fills a short list of near misses only with good matches', () => {
    expect(couldStillEnter(key(true, 0.49), { match: key(true, 0.95), nearMiss: null })).toEqual({ asMatch: false, asNearMiss: false });
    expect(couldStillEnter(key(true, 0.5), { match: key(true, 0.95), nearMiss: null })).toEqual({ asMatch: false, asNearMiss: true });
    expect(couldStillEnter(key(false, 0.9), { match: key(true, 0.95), nearMiss: null }).asNearMiss).toBe(false);
  });
});

describe('keepListPlaces', () => {
  type M = { id: string; score: number; nearMiss: boolean };
  const partition = (all: readonly M[]) => {
    const ranked = [...all].sort((a, b) => b.score - a.score);
    return { eligible: ranked.filter((m) => !m.nearMiss), nearMisses: ranked.filter((m) => m.nearMiss) };
  };
  const key = (m: M) => ({ canDo: true, score: m.score });
  const scored: M[] = [0.9, 0.8, 0.7, 0.6].map((score, i) => ({ id: `m${i}`, score, nearMiss: false })).concat({ id: 'n0', score: 0.65, nearMiss: true });

  it('keeps the first places of both lists and names the score of each last place', () => {
    const { places, last } = keepListPlaces(scored, 2, partition, key);
    expect(places.map((m) => m.id).sort()).toEqual(['m0', 'm1', 'n0']);
    expect(last).toEqual({ match: { canDo: true, score: 0.8 }, nearMiss: null });
  });
});
