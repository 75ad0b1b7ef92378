// The enum files register their GraphQL enums on import; @nestjs/graphql is ESM-only, which Jest cannot load.
jest.mock('@nestjs/graphql', () => ({ registerEnumType: () => undefined }));

import { parseDay } from './synthetic-dates';
import { SyntheticGenerator } from './synthetic-rows';

const REFERENCE_DATE = '2025-11-23';
const MATCHMAKERS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const generator = new SyntheticGenerator({ seed: 7, referenceDate: REFERENCE_DATE, employers: 50, matchmakerIds: MATCHMAKERS });
const counts = { vacancies: 300, candidates: 1000 };
const placements = Array.from({ length: 2000 }, (_, i) => generator.placement(i, counts));
const ORDER = ['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL', 'PLACED'];

describe('synthetic placement history', () => {
  it('is deterministic', () => {
    const again = new SyntheticGenerator({ seed: 7, referenceDate: REFERENCE_DATE, employers: 50, matchmakerIds: MATCHMAKERS });
    expect(again.placement(123, counts)).toEqual(placements[123]);
    expect(new SyntheticGenerator({ seed: 8, referenceDate: REFERENCE_DATE, employers: 50 }).placement(123, counts).id).not.toBe(placements[123].id);
  });

  it('walks the steps forward in time, before the reference date, and ends where the status says', () => {
    const today = parseDay(REFERENCE_DATE) * 86_400_000;
    for (const p of placements) {
      expect(p.steps[0].toStatus).toBe('PROPOSED');
      expect(p.steps[0].at).toBe(p.proposedAt);
      expect(p.steps[p.steps.length - 1].toStatus).toBe(p.status);
      for (let i = 1; i < p.steps.length; i++) {
        expect(p.steps[i].at > p.steps[i - 1].at).toBe(true);
        expect(p.steps[i].fromStatus).toBe(p.steps[i - 1].toStatus);
        if (ORDER.includes(p.steps[i].toStatus)) expect(ORDER.indexOf(p.steps[i].toStatus)).toBeGreaterThan(ORDER.indexOf(p.steps[i - 1].toStatus));
        // The placements module's rule: nobody is placed or tried out without an interview.
        if (p.steps[i].toStatus === 'PLACED' || p.steps[i].toStatus === 'TRIAL') expect(p.steps.some((s) => s.toStatus === 'INTERVIEW')).toBe(true);
      }
      expect(Date.parse(p.steps[p.steps.length - 1].at)).toBeLessThan(today);
      expect(p.placedAt !== null).toBe(p.status === 'PLACED');
      expect(p.closeReason !== null).toBe(p.status === 'REJECTED' || p.status === 'WITHDRAWN');
      expect(MATCHMAKERS).toContain(p.proposedBy);
      if (p.loonwaardePct !== null) expect(p.loonwaardePct).toBeGreaterThanOrEqual(30);
      if (p.inWorkAfter12Months === true) expect(p.inWorkAfter6Months).not.toBe(false);
    }
  });

  it('spreads over a year with every outcome, instruments and nazorg', () => {
    const status = (s: string) => placements.filter((p) => p.status === s).length / placements.length;
    expect(status('PLACED')).toBeGreaterThan(0.15);
    expect(status('REJECTED')).toBeGreaterThan(0.2);
    expect(status('WITHDRAWN')).toBeGreaterThan(0.05);
    const months = new Set(placements.filter((p) => p.placedAt).map((p) => p.placedAt!.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
    expect(placements.some((p) => p.loonkostensubsidie)).toBe(true);
    expect(placements.some((p) => p.trialStart)).toBe(true);
    expect(placements.some((p) => p.inWorkAfter6Months === true) && placements.some((p) => p.inWorkAfter6Months === false)).toBe(true);
    expect(placements.some((p) => p.inWorkAfter12Months !== null)).toBe(true);
  });
});
