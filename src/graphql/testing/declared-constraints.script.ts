/**
 * Prints, as JSON, every class-validator constraint declared on a GraphQL input or arguments class, read from
 * class-validator's metadata storage after importing every source file that declares such a class. Run in its
 * own Node process by dutch-messages.spec.ts: @nestjs/graphql is an ES module, which Jest cannot load.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { getMetadataStorage } from 'class-validator';
import { CLASS_TYPE_METADATA } from '@nestjs/graphql';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = sourceFiles(join(__dirname, '..', '..')).filter((file) => /@(InputType|ArgsType)\(/.test(readFileSync(file, 'utf8')));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the files are found at run time, so imported by path
for (const file of files) require(file);

const storage = getMetadataStorage() as unknown as {
  validationMetadatas: Map<abstract new (...args: never[]) => unknown, Array<{ name?: string; type: string; propertyName: string; message?: unknown }>>;
};
const declared: Array<{ where: string; name: string; message: unknown }> = [];
for (const [target, metadatas] of storage.validationMetadatas) {
  const kind = Reflect.getMetadata(CLASS_TYPE_METADATA, target) as string | undefined;
  if (kind !== 'input' && kind !== 'args') continue;
  for (const m of metadatas) {
    if (m.type === 'customValidation' && m.name) declared.push({ where: `${target.name}.${m.propertyName}`, name: m.name, message: typeof m.message === 'string' ? m.message : undefined });
  }
}
process.stdout.write(JSON.stringify({ files: files.length, declared }));
