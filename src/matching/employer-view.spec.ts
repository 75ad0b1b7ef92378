import { Taalniveau } from '../reference-data/taalniveau';
import { DistanceBand } from '../search/distance-band';
import { EmployerCandidateMatch, partitionEmployerMatches, toEmployerMatch } from './employer-view';
import { evaluateMatch } from './scorer/evaluate-match';
import { CRITERION_EMPLOYER_VISIBILITY, REQUIREMENT_EMPLOYER_VISIBILITY } from './scorer/employer-visibility';
import { CRITERIA, REQUIREMENTS } from './scorer/match-evaluation';
import type { ScorerCandidate, ScorerVacancy } from './scorer/match-input';
import { aCandidate, aContext, aVacancy, kmNorthOf, ZOETERMEER } from './scorer/testing/match-fixtures';

const context = aContext();
const view = (vacancy: ScorerVacancy, candidate: ScorerCandidate): EmployerCandidateMatch | null =>
  toEmployerMatch(candidate.id, vacancy, candidate, context, evaluateMatch(vacancy, candidate, context));

/** A candidate in a difficult situation, every hidden fact switched on. */
const situation: Partial<ScorerCandidate> = { banenafspraak: true, loonkostensubsidie: true, jobcoachNeeded: true, unemployedSince: '2014-01-01' };

describe('the employer view of a match', () => {
  it('declares every criterion and requirement of the scorer (a complete record, checked by the compiler too)', () => {
    expect(Object.keys(CRITERION_EMPLOYER_VISIBILITY).sort()).toEqual([...CRITERIA].sort());
    expect(Object.keys(REQUIREMENT_EMPLOYER_VISIBILITY).sort()).toEqual([...REQUIREMENTS].sort());
  });

  it('keeps job-fit reasons only, and gives the distance as a band', () => {
    const vacancy = aVacancy({ loonkostensubsidie: true, jobcoach: true });
    const match = view(vacancy, aCandidate({ ...situation, location: kmNorthOf(ZOETERMEER, 22) , maxTravelKm: 30 }))!;
    expect(match.reasons.map((r) => r.criterion)).toEqual(['REQUIRED_TALENTS', 'WORK_EXPERIENCE', 'NICE_TO_HAVE_TALENTS', 'CATEGORY', 'TAALNIVEAU', 'STARTKWALIFICATIE', 'DISTANCE', 'HOURS', 'AVAILABILITY']);
    expect(match.distanceBand).toBe(DistanceBand.VAN_15_TOT_30_KM);
    const text = JSON.stringify(match);
    expect(text).toContain('Woont 15-30 km van de werkplek, binnen de eigen reisafstand');
    expect(text).not.toMatch(/22|doelgroepregister|loonkostensubsidie|jobcoach|zonder werk/i);
    expect(match.reasons.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(match.score, 3);
    // Weights are points out of 100 of the employer's own score: a part never exceeds its weight ("33 van 30 punten").
    expect(match.reasons.reduce((sum, r) => sum + r.weight, 0)).toBeCloseTo(100, 2);
    for (const r of match.reasons) expect(r.contribution * 100).toBeLessThanOrEqual(r.weight + 0.01); // both rounded to 4 decimals
  });

  it('gives the same score and place in the list to two people who differ only in what the employer may not see', () => {
    const vacancy = aVacancy({ loonkostensubsidie: false, jobcoach: false });
    const plain = view(vacancy, aCandidate({ id: 'b', unemployedSince: '2025-02-01' }))!;
    const hard = view(vacancy, aCandidate({ id: 'a', ...situation }))!;
    expect(hard.score).toBe(plain.score);
    expect(hard.reasons).toEqual(plain.reasons);
    // Staff scores differ (time without work lifts, unmet support needs lower): the employer's do not.
    expect(evaluateMatch(vacancy, aCandidate(situation), context).score).not.toBe(evaluateMatch(vacancy, aCandidate(), context).score);
    expect(partitionEmployerMatches([plain, hard]).eligible.map((m) => m.candidateId)).toEqual(['a', 'b']);
  });

  it('scores distance per band, so the score does not give the km away', () => {
    const at = (km: number) => view(aVacancy(), aCandidate({ location: kmNorthOf(ZOETERMEER, km), maxTravelKm: 40 }))!.score;
    expect(at(6)).toBe(at(14));
    expect(at(16)).toBe(at(29));
    expect(at(6)).toBeGreaterThan(at(16));
  });

  it('does not apply the doelgroepregister: the list for a banenafspraak vacancy does not depend on it', () => {
    const vacancy = aVacancy({ banenafspraak: true });
    const outside = view(vacancy, aCandidate({ banenafspraak: false }))!;
    const inside = view(vacancy, aCandidate({ banenafspraak: true }))!;
    expect(outside).toEqual(inside);
    expect(outside.unmet).toEqual([]);
  });

  it('leaves out a person beyond their own travel distance instead of naming the km as a near miss', () => {
    expect(view(aVacancy(), aCandidate({ location: kmNorthOf(ZOETERMEER, 22), maxTravelKm: 15 }))).toBeNull();
  });

  it('names a near miss on a job-fit requirement', () => {
    const match = view(aVacancy({ minTaalniveau: Taalniveau.B2 }), aCandidate({ taalniveau: Taalniveau.A2 }))!;
    expect(match.unmet).toEqual([{ requirement: 'TAALNIVEAU', text: 'Taalniveau A2, gevraagd B2: voldoet niet' }]);
    const lists = partitionEmployerMatches([match]);
    expect(lists.nearMisses).toHaveLength(1);
    expect(lists.eligible).toHaveLength(0);
  });
});
