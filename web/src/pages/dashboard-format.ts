/** How the dashboard writes its figures (tiles and charts alike). */
export const pct = (share: number | null | undefined) => (share == null ? '-' : `${Math.round(share * 100)}%`);
export const days = (n: number | null | undefined) => (n == null ? '-' : `${Math.round(n)} dagen`);
export const monthLabel = (month: string) => new Date(`${month}-15T12:00:00`).toLocaleDateString('nl-NL', { month: 'short', year: '2-digit' });
