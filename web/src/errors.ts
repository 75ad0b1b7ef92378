import type { CombinedError } from 'urql';

/**
 * The API answers bad input with extensions.code BAD_USER_INPUT and `fields: [{ field: "input.hoursMin",
 * message }]`. These helpers turn that into Dutch messages keyed by the form field ("hoursMin"), and every other
 * error into one Dutch sentence for the page.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

// The API's validation messages are English; the common shapes are put in Dutch here, the rest shown as given.
const DUTCH: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^is required$|^should not be empty$|^must not be empty$|^may not be null$/i, () => 'Vul dit veld in.'],
  [/^must not be in the past/i, () => 'Deze datum mag niet in het verleden liggen.'],
  [/^must not exceed hoursMax/i, () => 'Het minimum aantal uren mag niet hoger zijn dan het maximum.'],
  [/^must be a date YYYY-MM-DD$/i, () => 'Geef een datum op (jjjj-mm-dd).'],
  [/unknown place.*did you mean:? ([^?)]+)\??/i, (m) => `Deze plaats kennen we niet. Bedoelt u ${m[1].trim()}?`],
  [/unknown place|not a known (dutch )?place|no place/i, () => 'Deze plaats kennen we niet. Kies een Nederlandse plaatsnaam.'],
  [/^must be longer than or equal to (\d+) characters/i, (m) => `Minimaal ${m[1]} tekens.`],
  [/^must not be greater than (\d+)|^must be at most (\d+)/i, (m) => `Mag niet meer zijn dan ${m[1] ?? m[2]}.`],
  [/^must not be less than (-?\d+)|^must be at least (-?\d+)/i, (m) => `Mag niet minder zijn dan ${m[1] ?? m[2]}.`],
  [/^must be shorter than or equal to (\d+) characters/i, (m) => `Maximaal ${m[1]} tekens.`],
  [/^is not a valid id$/i, () => 'Dit is geen geldige verwijzing.'],
  [/unknown talent/i, () => 'Dit talent kennen we niet.'],
  [/can only become/i, () => 'Deze statuswijziging is niet toegestaan.'],
  [/closing date .* has passed/i, () => 'De sluitingsdatum is verstreken: stel eerst een nieuwe in.'],
];

export function dutchMessage(message: string): string {
  for (const [pattern, render] of DUTCH) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return message;
}

/** Field problems of a BAD_USER_INPUT answer, keyed by the last part of the input path. */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const problems = (e.extensions.fields as FieldProblem[] | undefined) ?? [
      { field: String(e.extensions.field ?? ''), message: e.message.replace(/^[\w.]+: /, '') },
    ];
    for (const problem of problems) {
      const key = problem.field.split('.').pop() ?? problem.field;
      result[key] = dutchMessage(problem.message);
    }
  }
  return result;
}

/** One Dutch sentence for the page. */
export function pageError(error: CombinedError | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.';
  const first = error.graphQLErrors[0];
  switch (first?.extensions?.code) {
    case 'UNAUTHENTICATED':
      return 'Uw sessie is verlopen. Log opnieuw in.';
    case 'FORBIDDEN':
      return 'U heeft geen toegang tot deze gegevens.';
    case 'NOT_FOUND':
      return 'Niet gevonden: misschien is het verwijderd of heeft u geen toegang.';
    case 'TOO_MANY_REQUESTS':
      return 'Te veel pogingen. Wacht even en probeer het opnieuw.';
    case 'BAD_USER_INPUT':
      return 'Niet alle gegevens zijn goed ingevuld. Zie de meldingen bij de velden.';
    default:
      return 'Er ging iets mis bij de server. Probeer het later opnieuw.';
  }
}
