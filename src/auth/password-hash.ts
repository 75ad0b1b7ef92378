import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * argon2id password hashes in the standard PHC string format ($argon2id$v=19$m=...), with OWASP's parameters
 * (19 MiB, 2 passes, 1 lane). Computed in WebAssembly (hash-wasm): the native `argon2` package's prebuilt
 * binary crashed the process on these machines and building it from source needs a compiler toolchain at
 * install time; a WASM build behaves the same everywhere and reads hashes written by the native one.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(16),
    parallelism: 1,
    iterations: 2,
    memorySize: 19_456,
    hashLength: 32,
    outputType: 'encoded',
  });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2Verify({ hash, password });
}
