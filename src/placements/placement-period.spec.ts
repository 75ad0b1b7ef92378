import { addMonths, periodProblems } from './placement-period';

describe('placement period', () => {
  it('adds calendar months, clamped at month end', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-05-01', 12)).toBe('2027-05-01');
  });

  it('accepts an open or a one-day period and up to ten years', () => {
    expect(periodProblems(undefined, '2026-01-01')).toEqual([]);
    expect(periodProblems('2026-01-01', '2026-01-01')).toEqual([]);
    expect(periodProblems('2016-01-01', '2026-01-01')).toEqual([]);
  });

  it('refuses from after to, and more than ten years', () => {
    expect(periodProblems('2026-02-01', '2026-01-31')).toEqual([{ field: 'to', message: 'mag niet voor het begin van de periode liggen (2026-02-01)' }]);
    expect(periodProblems('2016-01-01', '2026-01-02')).toEqual([{ field: 'to', message: 'de periode mag hoogstens 10 jaar beslaan' }]);
  });
});
