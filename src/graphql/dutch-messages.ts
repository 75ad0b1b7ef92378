/**
 * The one place where input problems are put in Dutch: the class-validator constraints of the input classes and
 * graphql-js's own coercion errors (a variable or a literal of the wrong type). Each message is the part after the
 * field path ("input.title: mag hoogstens 150 tekens lang zijn"); the path itself stays as the client sent it.
 */

/** What a validation decorator was declared with, as class-validator keeps it in its metadata. */
export interface ConstraintUse {
  /** The decorator's arguments, e.g. [150] for @MaxLength(150), [entity, values] for @IsEnum. */
  args: readonly unknown[];
  /** `{ each: true }`: the rule applies to every value of a list. */
  each: boolean;
  /** The other constraints on the same property by name, so a range can be said at once ("van 0 tot en met 60"). */
  siblings: ReadonlyMap<string, readonly unknown[]>;
}

function range(use: ConstraintUse): string {
  const min = use.siblings.get('min')?.[0];
  const max = use.siblings.get('max')?.[0];
  if (min !== undefined && max !== undefined) return ` van ${String(min)} tot en met ${String(max)}`;
  if (min !== undefined) return ` van minstens ${String(min)}`;
  if (max !== undefined) return ` van hoogstens ${String(max)}`;
  return '';
}

function choices(values: readonly unknown[]): string {
  return values.map(String).join(', ');
}

function enumValues(entity: unknown): string[] {
  if (!entity || typeof entity !== 'object') return [];
  // A TypeScript numeric enum maps both ways; only the names are values a client sends.
  return Object.entries(entity as Record<string, unknown>)
    .filter(([key]) => Number.isNaN(Number(key)))
    .map(([, value]) => String(value));
}

/** Dutch for every class-validator constraint the input classes use, keyed by the constraint's name. */
export const CONSTRAINT_MESSAGES: Readonly<Record<string, (use: ConstraintUse) => string>> = {
  isDefined: () => 'is verplicht',
  isNotEmpty: () => 'mag niet leeg zijn',
  isString: () => 'moet tekst zijn',
  isBoolean: () => 'moet ja of nee zijn (true of false)',
  isInt: (use) => `moet een geheel getal zijn${range(use)}`,
  isNumber: (use) => `moet een getal zijn${range(use)}`,
  isDate: () => 'moet een datum met tijd zijn (ISO 8601)',
  isDateString: () => 'moet een datum zijn (jjjj-mm-dd)',
  isIso8601: () => 'moet een datum zijn (jjjj-mm-dd)',
  min: (use) =>
    use.siblings.has('max') ? `moet${range(use)} zijn` : `mag niet kleiner zijn dan ${String(use.args[0])}`,
  max: (use) =>
    use.siblings.has('min') ? `moet${range(use)} zijn` : `mag niet groter zijn dan ${String(use.args[0])}`,
  minLength: (use) => (Number(use.args[0]) <= 1 ? 'mag niet leeg zijn' : `moet minstens ${String(use.args[0])} tekens lang zijn`),
  maxLength: (use) => `mag hoogstens ${String(use.args[0])} tekens lang zijn`,
  isEmail: () => 'moet een e-mailadres zijn, zoals naam@voorbeeld.nl',
  isUuid: () => 'is geen geldige verwijzing (id)',
  isEnum: (use) => `moet een van deze waarden zijn: ${choices(enumValues(use.args[0]))}`,
  isIn: (use) => `moet een van deze waarden zijn: ${choices((use.args[0] as unknown[] | undefined) ?? [])}`,
  isArray: () => 'moet een lijst zijn',
  arrayMinSize: (use) => `moet minstens ${String(use.args[0])} waarden bevatten`,
  arrayMaxSize: (use) => `mag hoogstens ${String(use.args[0])} waarden bevatten`,
  matches: () => 'heeft niet de juiste vorm',
  // Not decorators but class-validator's own checks: an unknown property, a nested input that is not an object.
  whitelistValidation: () => 'is geen veld van deze invoer',
  nestedValidation: () => 'moet een object met velden zijn',
  unknownValue: () => 'is geen geldige invoer',
};

/** Used only when a constraint has no Dutch message yet; a unit test keeps every constraint in use covered. */
const FALLBACK = 'is niet geldig';

/** The Dutch message for one failed constraint; "elke waarde ..." when the rule applies to each value of a list. */
export function constraintMessage(name: string, use: ConstraintUse): string {
  const render = CONSTRAINT_MESSAGES[name];
  const text = render ? render(use) : FALLBACK;
  return use.each && name !== 'isArray' ? `elke waarde in de lijst ${text}` : text;
}

/** A value that arrived as a variable or literal and could not be read as its GraphQL type. */
export interface CoercionProblem {
  /** A field inside the reported path, when graphql-js names it in its text (a required or unknown input field). */
  subField?: string;
  message: string;
}

/**
 * graphql-js's messages about a value of the wrong type, in Dutch (the value the client sent is kept, it helps to
 * see the typo). Anything else (a schema or syntax error for a developer) is returned as it was.
 */
export function coercionMessage(english: string): CoercionProblem {
  const text = english
    .replace(/\s*Did you mean .*$/s, '')
    .replace(/^Expected type "[^"]+"\.\s*/, '')
    .replace(/^Expected value of type "[^"]+", found (.*?); /s, '')
    .trim();
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^Field "(?:[\w]+\.)?(\w+)" of required type "[^"]+" was not provided\.?$/))) return { subField: m[1], message: 'is verplicht' };
  if ((m = text.match(/^Field "(\w+)" is not defined by type "[^"]+"\.?$/))) return { subField: m[1], message: 'is geen veld van deze invoer' };
  if (/^Expected non-nullable type "[^"]+" not to be null\.?$/.test(text)) return { message: 'is verplicht' };
  if ((m = text.match(/^Expected value of type "([^"]+)", found null\.?$/)) && m[1].endsWith('!')) return { message: 'is verplicht' };
  if ((m = text.match(/^Expected value of type "[^"]+", found (.*?)\.?$/s))) return { message: `heeft niet het goede soort waarde: ${m[1]}` };
  if (/^Expected type "[^"]+" to be an object\.?$/.test(text)) return { message: 'moet een object met velden zijn' };
  if ((m = text.match(/^Int cannot represent non-integer value: (.*)$/s))) return { message: `moet een geheel getal zijn, niet ${m[1]}` };
  if ((m = text.match(/^Int cannot represent non 32-bit signed integer value: (.*)$/s))) return { message: `is te groot om als geheel getal te gebruiken: ${m[1]}` };
  if ((m = text.match(/^Float cannot represent non numeric value: (.*)$/s))) return { message: `moet een getal zijn, niet ${m[1]}` };
  if ((m = text.match(/^String cannot represent a non string value: (.*)$/s))) return { message: `moet tekst zijn, niet ${m[1]}` };
  if ((m = text.match(/^Boolean cannot represent a non boolean value: (.*)$/s))) return { message: `moet ja of nee zijn (true of false), niet ${m[1]}` };
  if ((m = text.match(/^ID cannot represent (?:a non-string and non-integer )?value: (.*)$/s))) return { message: `is geen geldige verwijzing (id): ${m[1]}` };
  if ((m = text.match(/^Value "(.*)" does not exist in "[^"]+" enum\.?$/s))) return { message: `"${m[1]}" is geen toegestane keuze` };
  if ((m = text.match(/^Enum "[^"]+" cannot represent non-(?:enum|string) value: (.*?)\.?$/s))) return { message: `${m[1]} is geen toegestane keuze` };
  return { message: english.replace(/\s*Did you mean .*$/s, '') };
}
