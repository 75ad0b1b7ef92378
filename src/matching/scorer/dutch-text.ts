/** Small helpers that make the Dutch reason sentences read naturally. */

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const AND_LIST = new Intl.ListFormat('nl', { style: 'long', type: 'conjunction' });

/** 15 -> "15", 7.5 -> "7,5" (one decimal at most, Dutch decimal comma, no grouping surprises below 1000). */
export function formatNumber(value: number): string {
  return NUMBER.format(Math.round(value * 10) / 10);
}

/** 0.89 -> "89%" */
export function formatPercent(share: number): string {
  return PERCENT.format(share);
}

/** "a", "a en b", "a, b en c" (Intl.ListFormat, Dutch). */
export function joinWithEn(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/** A range of hours per week: "24-32 uur", "32 uur", "minimaal 24 uur", "maximaal 32 uur". */
export function formatHours(min: number | null, max: number | null): string {
  if (min !== null && max !== null) {
    return min === max ? `${formatNumber(min)} uur` : `${formatNumber(min)}-${formatNumber(max)} uur`;
  }
  if (min !== null) return `minimaal ${formatNumber(min)} uur`;
  if (max !== null) return `maximaal ${formatNumber(max)} uur`;
  return 'onbekend aantal uur';
}

/** "1 maand", "3 maanden" */
export function months(count: number): string {
  return count === 1 ? '1 maand' : `${count} maanden`;
}

/** "1 jaar", "2,5 jaar" */
export function years(count: number): string {
  return `${formatNumber(count)} jaar`;
}
