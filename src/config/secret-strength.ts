import { ValidationOptions, registerDecorator } from 'class-validator';

/** HS256 wants a key as strong as its 256-bit hash; a secret estimated below half of that is refused. */
export const MIN_SECRET_BITS = 128;

/** Length of the shortest block the text repeats ("abcabcab" -> 3); the text's own length when it repeats none. */
function period(chars: string[]): number {
  for (let p = 1; p < chars.length; p++) {
    if (chars.every((char, i) => i < p || char === chars[i - p])) return p;
  }
  return chars.length;
}

/**
 * Estimated strength of a secret in bits: the length of its shortest repeated block times the Shannon entropy of
 * its characters. A rough upper bound, but it refuses what people actually type by mistake: one letter repeated
 * ("aaaa..."), a short pattern repeated ("abcdabcd..."), a word of few distinct characters. `openssl rand -hex 32`
 * scores about 240.
 */
export function estimatedSecretBits(secret: string): number {
  const chars = [...secret];
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bitsPerChar = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bitsPerChar -= p * Math.log2(p);
  }
  return Math.round(period(chars) * bitsPerChar);
}

/** A setting that must hold a random secret: refused at start-up when it is estimated too weak. */
export function IsStrongSecret(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isStrongSecret',
      target: target.constructor,
      propertyName,
      options: {
        message: `is too weak (too few different characters, or a repeated pattern): use a random secret such as the output of \`openssl rand -hex 32\` (at least ${MIN_SECRET_BITS} bits)`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || estimatedSecretBits(value) >= MIN_SECRET_BITS,
      },
    });
}
