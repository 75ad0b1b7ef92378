import type { CombinedError } from 'urql';

/**
 * The API answers bad input with extensions.code BAD_USER_INPUT and `fields: [{ field: "input.hoursMin",
 * message }]`, each message already in Dutch ("mag niet hoger zijn dan het maximum aantal uren (40 > 20)"). These
 * helpers key them by the form field ("hoursMin") and write them as a sentence; every other error becomes one
 * Dutch sentence for the page.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The API's phrase at a field as a sentence: capital first letter, full stop. The words stay the API's. */
export function asSentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
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
      result[key] = asSentence(problem.message);
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
    // The API's own Dutch message says what happened and what to do (whose change came first, when to try again).
    case 'CONFLICT':
    case 'TOO_MANY_REQUESTS':
      return asSentence(first.message.replace(/^[\w.$]+: /, ''));
    case 'UNAUTHENTICATED':
      return 'Uw sessie is verlopen. Log opnieuw in.';
    case 'FORBIDDEN':
      return 'U heeft geen toegang tot deze gegevens.';
    case 'NOT_FOUND':
      return 'Niet gevonden: misschien is het verwijderd of heeft u geen toegang.';
    case 'BAD_USER_INPUT':
      return 'Niet alle gegevens zijn goed ingevuld. Zie de meldingen bij de velden.';
    default:
      return 'Er ging iets mis bij de server. Probeer het later opnieuw.';
  }
}

/** Every problem of a BAD_USER_INPUT answer as Dutch sentences, for a form whose fields the API names differently. */
export function allProblems(error: CombinedError | undefined): string[] {
  return Object.values(fieldErrors(error));
}

/** The field problems if any, otherwise the page sentence: what to show when there is no field to put it at. */
export function errorSentence(error: CombinedError | undefined): string | null {
  const problems = allProblems(error);
  return problems.length ? problems.join(' ') : pageError(error);
}
