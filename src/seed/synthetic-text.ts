/** Dutch text helpers of the synthetic data. */

const AND_LIST = new Intl.ListFormat('nl', { type: 'conjunction' });
const OR_LIST = new Intl.ListFormat('nl', { type: 'disjunction' });

/** "a", "a en b", "a, b en c" (Intl.ListFormat, Dutch). */
export function dutchList(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/** "a", "a of b", "a, b of c" (Intl.ListFormat, Dutch). */
export function dutchOrList(items: readonly string[]): string {
  return OR_LIST.format(items);
}

/** Lower-cases the first letter unless the word is an abbreviation ("ICT", "BSO"). */
export function lcFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1].toLowerCase()) return text[0].toLowerCase() + text.slice(1);
  return text;
}

const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', ß: 'ss', æ: 'ae' };

/** ASCII slug for e-mail addresses: "van den Berg" -> "vandenberg", "Yılmaz" -> "yilmaz". */
export function slug(text: string): string {
  return text
    .replace(/[ıłŁøßæ]/g, (ch) => SPECIAL_LETTERS[ch])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
