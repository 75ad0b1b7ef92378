import { boundTiers, CandidateScoreBound } from './candidate-score-bound';

const bound: CandidateScoreBound = {
  terms: [
    { kind: 'shows', code: 'orderpicken', partial: [], weight: 0.15, partialWeight: 0.075 },
    { kind: 'shows', code: 'heftruck', partial: ['reachtruck'], weight: 0.15, partialWeight: 0.075 },
    { kind: 'shows', code: 'scanner-gebruiken', partial: [], weight: 0.06, partialWeight: 0.03 },
    { kind: 'experience', talents: ['orderpicken', 'magazijnwerk'], weight: 0.12 },
    { kind: 'wish', category: 'logistiek', weight: 0.1, noWishes: 0.05 },
    { kind: 'known', fact: 'hours', weight: 0.12, unknown: 0.06 },
    { kind: 'constant', weight: 0.3 },
  ],
  canDo: { kind: 'shows', talents: ['orderpicken', 'heftruck', 'reachtruck'], experience: ['magazijnwerk'] },
  certainlyMet: [],
};

describe('boundTiers', () => {
  const tiers = boundTiers(bound, ['orderpicken', 'heftruck']);

  it('reads people showing a required talent, then those showing only another talent of the bound, then everyone else', () => {
    expect(tiers.map((t) => [t.talents, t.excluded])).toEqual([
      [['orderpicken', 'heftruck'], []],
      [['reachtruck', 'scanner-gebruiken'], ['orderpicken', 'heftruck']],
      [null, ['orderpicken', 'heftruck', 'reachtruck', 'scanner-gebruiken']],
    ]);
  });

  it('gives each tier the most its people can reach: the first tier everything, the others without what they cannot show', () => {
    expect(tiers[0].max.score).toBeCloseTo(1, 10);
    // No required talent: each at most its related half; the nice-to-have one in full.
    expect(tiers[1].max.score).toBeCloseTo(0 + 0.075 + 0.06 + 0.12 + 0.1 + 0.12 + 0.3, 10);
    expect(tiers[2].max.score).toBeCloseTo(0.12 + 0.1 + 0.12 + 0.3, 10);
    expect(tiers.map((t) => t.max.canDo)).toEqual([true, true, true]);
  });

  it('says nobody in the last tier can do the job when only talents tell who can', () => {
    const withoutExperience = boundTiers({ ...bound, canDo: { kind: 'shows', talents: ['orderpicken'], experience: [] } }, ['orderpicken']);
    expect(withoutExperience.at(-1)!.max.canDo).toBe(false);
  });
});
