import { formatHours, formatNumber, joinWithEn, months } from './dutch-text';

describe('dutch-text', () => {
  it.each([
    [15, '15'],
    [7.5, '7,5'],
    [7.25, '7,3'],
    [0, '0'],
    [100.04, '100'],
  ])('formatNumber(%d) = %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [[], ''],
    [['B'], 'B'],
    [['B', 'C'], 'B en C'],
    [['B', 'C', 'D'], 'B, C en D'],
  ])('joinWithEn(%j) = %s', (items, text) => {
    expect(joinWithEn(items)).toBe(text);
  });

  it.each([
    [24, 32, '24-32 uur'],
    [32, 32, '32 uur'],
    [24, null, 'minimaal 24 uur'],
    [null, 32, 'maximaal 32 uur'],
    [null, null, 'onbekend aantal uur'],
    [7.5, 12, '7,5-12 uur'],
  ])('formatHours(%s, %s) = %s', (min, max, text) => {
    expect(formatHours(min, max)).toBe(text);
  });

  it('months: singular and plural', () => {
    expect(months(1)).toBe('1 maand');
    expect(months(3)).toBe('3 maanden');
    expect(months(0)).toBe('0 maanden');
  });
});
