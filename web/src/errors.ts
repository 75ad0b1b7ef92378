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
  [/^must be longer than or equal to 1 characters/i, () => 'Vul dit veld in.'],
  [/^must be longer than or equal to (\d+) characters/i, (m) => `Minimaal ${m[1]} tekens.`],
  [/^must not be greater than (\d+)|^must be at most (\d+)/i, (m) => `Mag niet meer zijn dan ${m[1] ?? m[2]}.`],
  [/^must not be less than (-?\d+)|^must be at least (-?\d+)/i, (m) => `Mag niet minder zijn dan ${m[1] ?? m[2]}.`],
  [/^must be shorter than or equal to (\d+) characters/i, (m) => `Maximaal ${m[1]} tekens.`],
  [/^is not a valid id$/i, () => 'Dit is geen geldige verwijzing.'],
  [/unknown talent/i, () => 'Dit talent kennen we niet.'],
  [/can only become/i, () => 'Deze statuswijziging is niet toegestaan.'],
  [/closing date .* has passed/i, () => 'De sluitingsdatum is verstreken: stel eerst een nieuwe in.'],
  // Voordrachten and introduction requests (placements module).
  [/already has an open voordracht/i, () => 'Deze kandidaat is al voorgedragen voor deze vacature.'],
  [/only an OPEN vacancy takes voordrachten/i, () => 'De vacature staat niet open: alleen bij een open vacature kunt u voordragen.'],
  [/only an ACTIVE job seeker/i, () => 'Deze kandidaat is niet (meer) actief werkzoekend en kan niet worden voorgedragen.'],
  [/a voordracht can only end/i, () => 'De vacature of de kandidaat is niet meer beschikbaar: de voordracht kan alleen nog worden afgesloten (afgewezen of teruggetrokken).'],
  [/must be true: the employer learns who|must be true: accept only with the candidate/i, () => 'Vink aan dat de kandidaat toestemming heeft gegeven om bij naam aan deze werkgever te worden voorgesteld.'],
  [/^is required for (REJECTED|WITHDRAWN)/i, () => 'Kies een reden.'],
  [/does not fit (REJECTED|WITHDRAWN)/i, () => 'Deze reden past niet bij deze stap: kies een andere.'],
  [/is only given for REJECTED or WITHDRAWN/i, () => 'Een reden hoort alleen bij afwijzen of terugtrekken.'],
  [/is required with reason OTHER/i, () => 'Licht de andere reden toe in de notitie.'],
  [/is final and cannot change/i, () => 'Deze voordracht is afgesloten en verandert niet meer.'],
  [/can only become|cannot go from|not a next step/i, () => 'Deze stap is vanaf de huidige status niet mogelijk.'],
  [/must be a whole percentage from 0 to 100/i, () => 'Vul een heel percentage in van 0 tot en met 100.'],
  [/belongs to loonkostensubsidie/i, () => 'Een loonwaarde hoort bij loonkostensubsidie: zet loonkostensubsidie aan.'],
  [/is required with loonkostensubsidie/i, () => 'Vul de loonwaarde in (de uitkomst van de loonwaardebepaling).'],
  [/needs both a start and an end date/i, () => 'Een proefplaatsing heeft een begin- en een einddatum.'],
  [/must not be before trialStart/i, () => 'De einddatum mag niet voor de begindatum liggen.'],
  [/lasts at most (\d+) months \(until ([\d-]+)\)/i, (m) => `Een proefplaatsing duurt hooguit ${m[1]} maanden (tot ${m[2]}).`],
  [/is required for a proefplaatsing longer than (\d+) months \(beyond ([\d-]+)\)/i, (m) => `Geef een reden voor een proefplaatsing langer dan ${m[1]} maanden (na ${m[2]}).`],
  [/belongs to a proefplaatsing/i, () => 'Een reden voor verlenging hoort bij een proefplaatsing: vul ook de data in.'],
  [/an opleiding belongs to a leerwerkplek/i, () => 'Een opleiding hoort bij een leerwerkplek, en deze vacature is er geen.'],
  [/an opleiding needs both/i, () => 'Een opleiding heeft zowel de school als het crebonummer of de cursus nodig.'],
  [/its instruments no longer change/i, () => 'Deze voordracht is afgesloten: de instrumenten veranderen niet meer.'],
  [/not one of your employer's vacancies/i, () => 'Dit is geen vacature van uw organisatie.'],
  [/ask about candidates for an OPEN vacancy/i, () => 'De vacature staat niet open: vraag een kennismaking aan voor een open vacature.'],
  [/is not a profile you can ask about/i, () => 'Over dit profiel kunt u geen kennismaking aanvragen.'],
  [/you already asked about this profile/i, () => 'U heeft voor deze vacature al een kennismaking met deze kandidaat aangevraagd. Het WSP reageert zo snel mogelijk.'],
  [/the request is already (\w+)/i, () => 'Dit verzoek is al beantwoord.'],
  [/cannot deactivate their own login/i, () => 'U kunt uw eigen account niet uitschakelen.'],
  [/cannot take away their own ADMIN role/i, () => 'U kunt uzelf de rol beheerder niet afnemen.'],
  [/^is required for a WERKGEVER/i, () => 'Kies de werkgever waar deze gebruiker bij hoort.'],
  [/^is only allowed for a WERKGEVER/i, () => 'Alleen een werkgever-gebruiker hoort bij een werkgever.'],
  [/is already the login of another user/i, () => 'Dit e-mailadres is al in gebruik.'],
  [/must be an email address/i, () => 'Vul een geldig e-mailadres in.'],
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

/** Every problem of a BAD_USER_INPUT answer as Dutch sentences, for a form whose fields the API names differently. */
export function allProblems(error: CombinedError | undefined): string[] {
  return Object.values(fieldErrors(error));
}

/** The field problems if any, otherwise the page sentence: what to show when there is no field to put it at. */
export function errorSentence(error: CombinedError | undefined): string | null {
  const problems = allProblems(error);
  return problems.length ? problems.join(' ') : pageError(error);
}
