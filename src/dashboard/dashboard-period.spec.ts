import { defaultFrom, monthsOf, periodFigures } from './dashboard-period';

describe('monthsOf', () => {
  it('lists every calendar month of the period, across a year end', () => {
    expect(monthsOf('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-03-05', '2026-03-20')).toEqual(['2026-03']);
  });
});

describe('periodFigures', () => {
  it('adds the months up for the period and fills the months without events', () => {
    const rows = [
      { kind: 'proposed', monthIndex: 1, events: 3, introduced: 2, rejected: 1, vijftigPlus: 1 },
      { kind: 'proposed', monthIndex: 3, events: 2, introduced: 1, withdrawn: 1 },
      { kind: 'placed', monthIndex: 3, events: 1, placed: 1, banenafspraak: 1, statushouder: 1 },
    ];
    const { funnel, placed, months } = periodFigures(rows, '2026-01-10', '2026-03-31');
    expect(funnel).toMatchObject({ proposed: 5, introduced: 3, rejected: 1, withdrawn: 1, placed: 0 });
    expect(placed).toMatchObject({ placed: 1, banenafspraak: 1 });
    expect(months.map((m) => [m.month, m.proposed, m.placed])).toEqual([
      ['2026-01', 3, 0],
      ['2026-02', 0, 0],
      ['2026-03', 2, 1],
    ]);
    expect(months[0]).toMatchObject({ proposedVijftigPlus: 1, placedVijftigPlus: 0 });
    expect(months[2]).toMatchObject({ placedStatushouder: 1, proposedStatushouder: 0 });
  });
});

describe('defaultFrom', () => {
  it('starts the default period on the first day of the month eleven months back, so it spans twelve calendar months', () => {
    expect(defaultFrom('2026-11-30')).toBe('2025-12-01');
    expect(defaultFrom('2026-01-01')).toBe('2025-02-01');
    expect(defaultFrom('2024-02-29')).toBe('2023-03-01');
    expect(monthsOf(defaultFrom('2026-12-31'), '2026-12-31')).toHaveLength(12);
  });
});
