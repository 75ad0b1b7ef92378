/** Small helpers that make the Dutch reason sentences read naturally. */

/** 15 -> "15", 7.5 -> "7,5" (one decimal at most, Dutch decimal comma). */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace('.', ',');
}

/** "a", "a en b", "a, b en c" */
export function joinWithEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
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
