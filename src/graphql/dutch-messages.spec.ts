import { execFileSync } from 'child_process';
import { join } from 'path';
import { coercionMessage, constraintMessage, CONSTRAINT_MESSAGES, ConstraintUse } from './dutch-messages';

interface Declared {
  where: string;
  name: string;
  message?: string;
}

/**
 * The validation decorators on every GraphQL input and arguments class, from class-validator's metadata storage
 * (a Node process of its own: @nestjs/graphql is an ES module, which Jest cannot load).
 */
function declaredConstraints(): { files: number; declared: Declared[] } {
  const script = join(__dirname, 'testing', 'declared-constraints.script.ts');
  const out = execFileSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', script], { encoding: 'utf8' });
  return JSON.parse(out) as { files: number; declared: Declared[] };
}

const use = (args: unknown[] = [], siblings: Record<string, unknown[]> = {}, each = false): ConstraintUse => ({
  args,
  each,
  siblings: new Map(Object.entries(siblings)),
});

describe('Dutch messages for every validation constraint', () => {
  let files = 0;
  let declared: Declared[] = [];
  beforeAll(() => {
    ({ files, declared } = declaredConstraints());
  }, 240_000);

  it('finds the input classes and their decorators', () => {
    expect(files).toBeGreaterThan(8);
    expect(declared.map((d) => d.name)).toEqual(expect.arrayContaining(['maxLength', 'isInt', 'min', 'isEnum', 'isUuid']));
  });

  it('has a Dutch message for every constraint an input uses', () => {
    const missing = [...new Set(declared.filter((d) => !CONSTRAINT_MESSAGES[d.name]).map((d) => `${d.name} (${d.where})`))];
    expect(missing).toEqual([]);
  });

  it('leaves no English message written on a decorator', () => {
    const english = declared.filter((d) => typeof d.message === 'string' && /\b(must|should|is not|not a|valid|only|allowed)\b/i.test(d.message));
    expect(english.map((d) => `${d.where}: ${String(d.message)}`)).toEqual([]);
  });

  it('says the constraint with its arguments', () => {
    expect(constraintMessage('maxLength', use([200]))).toBe('mag hoogstens 200 tekens lang zijn');
    expect(constraintMessage('minLength', use([1]))).toBe('mag niet leeg zijn');
    expect(constraintMessage('minLength', use([12]))).toBe('moet minstens 12 tekens lang zijn');
    expect(constraintMessage('isInt', use([], { min: [0] }))).toBe('moet een geheel getal zijn van minstens 0');
    expect(constraintMessage('isInt', use([], { min: [0], max: [60] }))).toBe('moet een geheel getal zijn van 0 tot en met 60');
    expect(constraintMessage('min', use([1], { min: [1], max: [100] }))).toBe('moet van 1 tot en met 100 zijn');
    expect(constraintMessage('min', use([1], { min: [1] }))).toBe('mag niet kleiner zijn dan 1');
    expect(constraintMessage('max', use([60], { max: [60] }))).toBe('mag niet groter zijn dan 60');
    expect(constraintMessage('arrayMaxSize', use([30]))).toBe('mag hoogstens 30 waarden bevatten');
    expect(constraintMessage('isEnum', use([{ A1: 'A1', B2: 'B2' }]))).toBe('moet een van deze waarden zijn: A1, B2');
    expect(constraintMessage('maxLength', use([60], {}, true))).toBe('elke waarde in de lijst mag hoogstens 60 tekens lang zijn');
  });
});

describe('Dutch for graphql-js coercion errors', () => {
  it.each([
    ['Int cannot represent non-integer value: "veel"', 'moet een geheel getal zijn, niet "veel"'],
    ['Int cannot represent non 32-bit signed integer value: 99999999999', 'is te groot om als geheel getal te gebruiken: 99999999999'],
    ['Float cannot represent non numeric value: "ver"', 'moet een getal zijn, niet "ver"'],
    ['Boolean cannot represent a non boolean value: "ja"', 'moet ja of nee zijn (true of false), niet "ja"'],
    ['String cannot represent a non string value: 12', 'moet tekst zijn, niet 12'],
    ['ID cannot represent value: true', 'is geen geldige verwijzing (id): true'],
    ['Value "ZZP" does not exist in "ContractType" enum. Did you mean the enum value "VAST"?', '"ZZP" is geen toegestane keuze'],
    ['Enum "ContractType" cannot represent non-enum value: "VAST".', '"VAST" is geen toegestane keuze'],
    ['Enum "ContractType" cannot represent non-string value: 3.', '3 is geen toegestane keuze'],
    ['Expected non-nullable type "String!" not to be null.', 'is verplicht'],
    ['Expected value of type "Int!", found null.', 'is verplicht'],
    ['Expected type "CreateVacancyInput" to be an object.', 'moet een object met velden zijn'],
  ])('%s', (english, dutch) => {
    expect(coercionMessage(english)).toEqual({ message: dutch });
  });

  it('names a missing or unknown input field by its own name', () => {
    expect(coercionMessage('Field "title" of required type "String!" was not provided.')).toEqual({ subField: 'title', message: 'is verplicht' });
    expect(coercionMessage('Field "CreateVacancyInput.title" of required type "String!" was not provided.')).toEqual({ subField: 'title', message: 'is verplicht' });
    expect(coercionMessage('Field "salaris" is not defined by type "CreateVacancyInput". Did you mean "title"?')).toEqual({
      subField: 'salaris',
      message: 'is geen veld van deze invoer',
    });
  });

  it('leaves a developer error it does not know as it is, without suggestions', () => {
    expect(coercionMessage('Cannot query field "salary" on type "Vacancy". Did you mean "title"?')).toEqual({ message: 'Cannot query field "salary" on type "Vacancy".' });
  });
});
