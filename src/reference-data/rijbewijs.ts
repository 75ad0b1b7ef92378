/** Driving licence categories (VUM: rijbewijs). */
export enum Rijbewijs {
  AM = 'AM',
  A = 'A',
  B = 'B',
  BE = 'BE',
  C = 'C',
  CE = 'CE',
  D = 'D',
}
