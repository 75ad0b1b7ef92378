import { randomBytes } from 'node:crypto';
import { estimatedSecretBits, MIN_SECRET_BITS } from './secret-strength';

describe('estimatedSecretBits', () => {
  it('refuses one repeated letter, a repeated short pattern and few distinct characters', () => {
    expect(estimatedSecretBits('a'.repeat(32))).toBe(0);
    expect(estimatedSecretBits('ab'.repeat(32))).toBeLessThan(MIN_SECRET_BITS);
    expect(estimatedSecretBits('abcd'.repeat(16))).toBeLessThan(MIN_SECRET_BITS);
    expect(estimatedSecretBits('changeme'.repeat(4))).toBeLessThan(MIN_SECRET_BITS);
  });

  it('accepts generated secrets', () => {
    for (let i = 0; i < 20; i++) {
      expect(estimatedSecretBits(randomBytes(32).toString('hex'))).toBeGreaterThanOrEqual(MIN_SECRET_BITS);
      expect(estimatedSecretBits(randomBytes(32).toString('base64'))).toBeGreaterThanOrEqual(MIN_SECRET_BITS);
    }
    expect(estimatedSecretBits('test-secret-that-is-long-enough-for-hs256-0123456789')).toBeGreaterThanOrEqual(MIN_SECRET_BITS);
  });
});
