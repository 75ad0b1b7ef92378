import { addMonths, formatDutchDate, isoDayToString, parseIsoDay, wholeMonthsBetween } from './iso-date';

const day = (iso: string): number => {
  const parsed = parseIsoDay(iso);
  if (parsed === null) throw new Error(iso);
  return parsed;
};

describe('parseIsoDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2025-03-01', 20148],
    ['2025-03-01T23:59:59+02:00', 20148],
    ['2024-02-29', 19782],
  ])('%s -> day %d', (iso, expected) => {
    expect(parseIsoDay(iso)).toBe(expected);
  });

  it.each([null, undefined, '', '2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '01-03-2025', 'morgen', '2025-03-01x'])(
    'rejects %p',
    (value) => {
      expect(parseIsoDay(value)).toBeNull();
    },
  );

  it('round-trips through isoDayToString', () => {
    for (const iso of ['1999-12-31', '2000-02-29', '2025-03-01', '2038-01-19']) expect(isoDayToString(day(iso))).toBe(iso);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-03-01', 3, '2025-06-01'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-05-31', 0, '2025-05-31'],
  ])('%s + %d months = %s', (from, months, expected) => {
    expect(isoDayToString(addMonths(day(from), months))).toBe(expected);
  });
});

describe('wholeMonthsBetween', () => {
  it.each([
    ['2025-01-15', '2025-03-14', 1],
    ['2025-01-15', '2025-03-15', 2],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-31', '2025-02-27', 0],
    ['2024-03-01', '2025-03-01', 12],
    ['2025-03-01', '2025-03-01', 0],
    ['2025-04-01', '2025-03-01', 0],
    ['2020-02-29', '2021-02-28', 12],
  ])('from %s to %s = %d', (from, to, expected) => {
    expect(wholeMonthsBetween(day(from), day(to))).toBe(expected);
  });
});

describe('formatDutchDate', () => {
  it.each([
    ['2025-03-01', '1 maart 2025'],
    ['2025-01-31', '31 januari 2025'],
    ['2025-05-09', '9 mei 2025'],
    ['2025-12-25', '25 december 2025'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatDutchDate(day(iso))).toBe(expected);
  });
});

describe('answers kept per argument', () => {
  it('give the same answer when asked again, for days before 1970 too (negative day numbers)', () => {
    for (let i = 0; i < 2; i++) {
      expect(wholeMonthsBetween(day('1965-01-15'), day('1965-03-15'))).toBe(2);
      expect(wholeMonthsBetween(day('1969-12-15'), day('1970-02-15'))).toBe(2);
      expect(isoDayToString(addMonths(day('1960-01-31'), 1))).toBe('1960-02-29');
      expect(isoDayToString(addMonths(day('1970-01-31'), -1))).toBe('1969-12-31');
      expect(parseIsoDay('1969-12-31')).toBe(-1);
      expect(parseIsoDay('2025-02-29')).toBeNull();
    }
  });
});
