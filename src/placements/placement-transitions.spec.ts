import { PlacementCloseReason as R, PlacementStatus as S } from './placement.enums';
import { nextSteps, OPEN_STATUSES, stepProblems } from './placement-transitions';

describe('placement transitions', () => {
  it('walks the route forward one step at a time, with a proefplaatsing that may be skipped', () => {
    expect(nextSteps(S.PROPOSED)).toEqual([S.INTRODUCED, S.REJECTED, S.WITHDRAWN]);
    expect(nextSteps(S.INTRODUCED)).toEqual([S.INTERVIEW, S.REJECTED, S.WITHDRAWN]);
    expect(nextSteps(S.INTERVIEW)).toEqual([S.TRIAL, S.PLACED, S.REJECTED, S.WITHDRAWN]);
    expect(nextSteps(S.TRIAL)).toEqual([S.PLACED, S.REJECTED, S.WITHDRAWN]);
  });

  it('never places anyone who was not interviewed, and never goes back', () => {
    expect(stepProblems({ from: S.INTRODUCED, to: S.PLACED })).toEqual([
      { field: 'status', message: 'een voordracht met status INTRODUCED kan alleen nog naar: INTERVIEW, REJECTED, WITHDRAWN' },
    ]);
    expect(stepProblems({ from: S.PROPOSED, to: S.INTERVIEW })).toHaveLength(1);
    expect(stepProblems({ from: S.TRIAL, to: S.INTERVIEW })).toHaveLength(1);
    expect(stepProblems({ from: S.INTERVIEW, to: S.INTERVIEW })).toHaveLength(1);
  });

  it('keeps the final steps final', () => {
    for (const final of [S.PLACED, S.REJECTED, S.WITHDRAWN]) {
      expect(nextSteps(final)).toEqual([]);
      expect(stepProblems({ from: final, to: S.WITHDRAWN, reason: R.CANDIDATE_DECLINED })).toEqual([
        { field: 'status', message: `een voordracht met status ${final} is afgesloten en verandert niet meer` },
      ]);
    }
  });

  it('ends an open voordracht only with a reason that fits who ended it', () => {
    for (const from of OPEN_STATUSES) {
      expect(stepProblems({ from, to: S.REJECTED, reason: R.SKILLS_MISMATCH })).toEqual([]);
      expect(stepProblems({ from, to: S.WITHDRAWN, reason: R.CANDIDATE_FOUND_OTHER_WORK })).toEqual([]);
    }
    expect(stepProblems({ from: S.PROPOSED, to: S.REJECTED })[0]).toMatchObject({ field: 'reason', message: expect.stringMatching(/^is verplicht bij REJECTED/) });
    expect(stepProblems({ from: S.PROPOSED, to: S.REJECTED, reason: R.CANDIDATE_FOUND_OTHER_WORK })[0]).toMatchObject({ field: 'reason' });
    expect(stepProblems({ from: S.PROPOSED, to: S.WITHDRAWN, reason: R.SKILLS_MISMATCH })[0]).toMatchObject({ field: 'reason' });
    expect(stepProblems({ from: S.PROPOSED, to: S.INTRODUCED, reason: R.OTHER })[0]).toMatchObject({ field: 'reason' });
  });

  it('asks for a note with the reason OTHER', () => {
    expect(stepProblems({ from: S.TRIAL, to: S.REJECTED, reason: R.OTHER })).toEqual([{ field: 'note', message: 'is verplicht bij reden OTHER (licht de reden toe)' }]);
    expect(stepProblems({ from: S.TRIAL, to: S.REJECTED, reason: R.OTHER, note: '  ' })).toHaveLength(1);
    expect(stepProblems({ from: S.TRIAL, to: S.REJECTED, reason: R.OTHER, note: 'Bedrijf gaat verhuizen' })).toEqual([]);
  });
});
