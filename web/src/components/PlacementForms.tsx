import { useState } from 'react';
import { useMutation } from 'urql';
import { errorSentence, fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import type { PlacementCloseReason, PlacementStatus } from '../gql/graphql';
import { ADVANCE_LABEL, CLOSE_REASON, NEXT_PLACEMENT_STEPS, PLACEMENT_STATUS, REASONS_FOR } from '../labels';
import { Alert, Button, Checkbox, ErrorAlert, Field, SelectField, SubmitButton } from './ui';

// The fields of a voordracht that the board, the employer's list and the placement page all show.
graphql(`
  fragment PlacementSummaryFields on Placement {
    id
    status
    candidateId
    vacancyId
    vacancyTitle
    proposedAt
    placedAt
    closedAt
    closeReason
  }
`);

graphql(`
  fragment PlacementStepFields on PlacementStep {
    fromStatus
    toStatus
    at
    actorId
    note
    reason
  }
`);

graphql(`
  fragment PlacementInstrumentsFields on PlacementInstruments {
    loonkostensubsidie
    loonwaardePct
    jobcoach
    noRiskpolis
    trialStart
    trialEnd
    trialExtensionReason
    opleidingSchool
    opleidingCrebo
  }
`);

const AdvanceMutation = graphql(`
  mutation AdvancePlacement($placementId: ID!, $status: PlacementStatus!, $note: String, $reason: PlacementCloseReason, $candidateConsent: Boolean) {
    advancePlacement(placementId: $placementId, status: $status, note: $note, reason: $reason, candidateConsent: $candidateConsent) {
      id
      status
      closeReason
      consentAt
      placedAt
      closedAt
      steps {
        ...PlacementStepFields
      }
    }
  }
`);

/**
 * Takes a voordracht one step further (or ends it) with a note. Ending needs a reason from the API's list;
 * introducing the candidate to the employer needs their consent, as the API asks.
 */
export function AdvanceForm({ placementId, status, compact, onDone }: { placementId: string; status: string; compact?: boolean; onDone?: () => void }) {
  const forward = NEXT_PLACEMENT_STEPS[status] ?? [];
  const choices = [...forward, 'REJECTED', 'WITHDRAWN'];
  const [to, setTo] = useState<string>(forward[0] ?? 'REJECTED');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [consent, setConsent] = useState(false);
  const [result, advance] = useMutation(AdvanceMutation);
  const [done, setDone] = useState<string | null>(null);
  if (!forward.length && !['PROPOSED', 'INTRODUCED', 'INTERVIEW', 'TRIAL'].includes(status)) return null;

  const closing = to === 'REJECTED' || to === 'WITHDRAWN';
  const errors = fieldErrors(result.error);
  const known = ['status', 'note', 'reason', 'candidateConsent'];
  const other = Object.entries(errors).filter(([k]) => !known.includes(k)).map(([, v]) => v);
  const radioName = `stap-${placementId}`;

  return (
    <form
      className="form advance-form"
      aria-label="Volgende stap"
      onSubmit={async (e) => {
        e.preventDefault();
        setDone(null);
        const answer = await advance({
          placementId,
          status: to as PlacementStatus,
          note: note.trim() || null,
          reason: closing && reason ? (reason as PlacementCloseReason) : null,
          candidateConsent: to === 'INTRODUCED' ? consent : null,
        });
        if (!answer.error && answer.data) {
          setDone(`De voordracht staat nu op "${PLACEMENT_STATUS[answer.data.advancePlacement.status]}".`);
          setNote('');
          setReason('');
          onDone?.();
        }
      }}
    >
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{compact ? 'Naar' : 'Kies de volgende stap'}</legend>
        {errors.status && <div className="utrecht-form-field-error-message">{errors.status}</div>}
        <div className="radio-row">
          {choices.map((c) => (
            <label key={c} className="utrecht-form-label radio-label">
              <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={radioName} value={c} checked={to === c} onChange={() => setTo(c)} />{' '}
              {ADVANCE_LABEL[c]}
            </label>
          ))}
        </div>
      </fieldset>
      {to === 'INTRODUCED' && (
        <Checkbox
          label="De kandidaat geeft toestemming om bij naam aan deze werkgever te worden voorgesteld"
          checked={consent}
          onChange={setConsent}
          error={errors.candidateConsent}
        />
      )}
      {closing && (
        <SelectField
          label="Reden"
          error={errors.reason}
          value={reason}
          onChange={setReason}
          placeholder="Kies een reden"
          options={REASONS_FOR[to as 'REJECTED' | 'WITHDRAWN'].map((r) => [r, CLOSE_REASON[r]] as const)}
        />
      )}
      <Field label={closing && reason === 'OTHER' ? 'Toelichting (verplicht bij een andere reden)' : 'Notitie (optioneel)'} error={errors.note} kind="textarea">
        {(props) => <textarea {...props} rows={compact ? 2 : 3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />}
      </Field>
      {other.length > 0 && <Alert type="error">{other.join(' ')}</Alert>}
      {!Object.keys(errors).length && <ErrorAlert message={pageError(result.error)} />}
      {done && <Alert type="ok">{done}</Alert>}
      <SubmitButton busy={result.fetching}>Opslaan: {ADVANCE_LABEL[to]}</SubmitButton>
    </form>
  );
}

const InstrumentsMutation = graphql(`
  mutation SetPlacementInstruments($placementId: ID!, $input: PlacementInstrumentsInput!) {
    setPlacementInstruments(placementId: $placementId, input: $input) {
      id
      instruments {
        ...PlacementInstrumentsFields
      }
    }
  }
`);

export interface Instruments {
  loonkostensubsidie: boolean;
  loonwaardePct?: number | null;
  jobcoach: boolean;
  noRiskpolis: boolean;
  trialStart?: string | null;
  trialEnd?: string | null;
  trialExtensionReason?: string | null;
  opleidingSchool?: string | null;
  opleidingCrebo?: string | null;
}

/** The support instruments of a voordracht, with the API's problems at the field they belong to. */
export function InstrumentsForm({ placementId, instruments, leerwerkplek }: { placementId: string; instruments: Instruments | null | undefined; leerwerkplek: boolean }) {
  const i = instruments;
  const [lks, setLks] = useState(i?.loonkostensubsidie ?? false);
  const [loonwaarde, setLoonwaarde] = useState(i?.loonwaardePct != null ? String(i.loonwaardePct) : '');
  const [jobcoach, setJobcoach] = useState(i?.jobcoach ?? false);
  const [noRisk, setNoRisk] = useState(i?.noRiskpolis ?? false);
  const [trialStart, setTrialStart] = useState(i?.trialStart ?? '');
  const [trialEnd, setTrialEnd] = useState(i?.trialEnd ?? '');
  const [extension, setExtension] = useState(i?.trialExtensionReason ?? '');
  const [school, setSchool] = useState(i?.opleidingSchool ?? '');
  const [crebo, setCrebo] = useState(i?.opleidingCrebo ?? '');
  const [result, save] = useMutation(InstrumentsMutation);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(result.error);
  const known = ['loonkostensubsidie', 'loonwaardePct', 'jobcoach', 'noRiskpolis', 'trialStart', 'trialEnd', 'trialExtensionReason', 'opleidingSchool', 'opleidingCrebo'];
  const other = Object.entries(errors).filter(([k]) => !known.includes(k)).map(([, v]) => v);

  return (
    <form
      className="form"
      aria-labelledby="instrumenten"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        const pct = loonwaarde.trim() === '' ? null : Number(loonwaarde);
        const answer = await save({
          placementId,
          input: {
            loonkostensubsidie: lks,
            // Empty goes as null (the API says when it is required); text that is no whole number as -1, which the
            // API refuses at the field, so the rule lives in one place.
            loonwaardePct: pct == null ? null : Number.isInteger(pct) ? pct : -1,
            jobcoach,
            noRiskpolis: noRisk,
            trialStart: trialStart || null,
            trialEnd: trialEnd || null,
            trialExtensionReason: extension.trim() || null,
            opleidingSchool: school.trim() || null,
            opleidingCrebo: crebo.trim() || null,
          },
        });
        if (!answer.error) setSaved(true);
      }}
    >
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Loonkostensubsidie</legend>
        <Checkbox label="Loonkostensubsidie" checked={lks} onChange={setLks} error={errors.loonkostensubsidie} />
        <Field label="Loonwaarde (% van het minimumloon)" description="De uitkomst van de loonwaardebepaling, 0 tot en met 100." error={errors.loonwaardePct}>
          {(props) => <input {...props} inputMode="numeric" value={loonwaarde} onChange={(e) => setLoonwaarde(e.target.value)} style={{ maxWidth: '8rem' }} />}
        </Field>
      </fieldset>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Begeleiding en risico</legend>
        <Checkbox label="Jobcoach" checked={jobcoach} onChange={setJobcoach} error={errors.jobcoach} />
        <Checkbox label="No-riskpolis" checked={noRisk} onChange={setNoRisk} error={errors.noRiskpolis} />
      </fieldset>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Proefplaatsing</legend>
        <P2>Hooguit 2 maanden; tot 6 maanden met een reden.</P2>
        <div className="form-row">
          <Field label="Eerste dag" error={errors.trialStart}>
            {(props) => <input {...props} type="date" value={trialStart} onChange={(e) => setTrialStart(e.target.value)} />}
          </Field>
          <Field label="Laatste dag" error={errors.trialEnd}>
            {(props) => <input {...props} type="date" value={trialEnd} onChange={(e) => setTrialEnd(e.target.value)} />}
          </Field>
        </div>
        <Field label="Reden voor verlenging (langer dan 2 maanden)" error={errors.trialExtensionReason} kind="textarea">
          {(props) => <textarea {...props} rows={2} value={extension} onChange={(e) => setExtension(e.target.value)} />}
        </Field>
      </fieldset>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Opleiding{leerwerkplek ? '' : ' (alleen bij een leerwerkplek)'}</legend>
        <div className="form-row">
          <Field label="School" error={errors.opleidingSchool}>
            {(props) => <input {...props} value={school} onChange={(e) => setSchool(e.target.value)} />}
          </Field>
          <Field label="Crebonummer of cursus" error={errors.opleidingCrebo}>
            {(props) => <input {...props} value={crebo} onChange={(e) => setCrebo(e.target.value)} />}
          </Field>
        </div>
      </fieldset>
      {other.length > 0 && <Alert type="error">{other.join(' ')}</Alert>}
      {Object.keys(errors).length > 0 && <Alert type="error">Niet alle instrumenten zijn goed ingevuld. Zie de meldingen bij de velden.</Alert>}
      {!Object.keys(errors).length && <ErrorAlert message={pageError(result.error)} />}
      {saved && <Alert type="ok">Instrumenten opgeslagen.</Alert>}
      <SubmitButton busy={result.fetching}>Instrumenten opslaan</SubmitButton>
    </form>
  );
}

function P2({ children }: { children: string }) {
  return <p className="utrecht-paragraph utrecht-paragraph--small">{children}</p>;
}

const NazorgMutation = graphql(`
  mutation RecordNazorg($placementId: ID!, $months: Int!, $inWork: Boolean!) {
    recordNazorg(placementId: $placementId, months: $months, inWork: $inWork) {
      id
      inWorkAfter6Months
      inWorkAfter12Months
    }
  }
`);

/** Nazorg: is the person still in work 6 and 12 months after the placement? */
export function NazorgForm({ placementId, after6, after12 }: { placementId: string; after6?: boolean | null; after12?: boolean | null }) {
  const [result, record] = useMutation(NazorgMutation);
  const rows: Array<[number, boolean | null | undefined]> = [
    [6, result.data?.recordNazorg.inWorkAfter6Months ?? after6],
    [12, result.data?.recordNazorg.inWorkAfter12Months ?? after12],
  ];
  return (
    <div className="nazorg">
      {rows.map(([months, value]) => (
        <div key={months} className="nazorg__row" role="group" aria-label={`Na ${months} maanden`}>
          <span className="nazorg__label">
            Na {months} maanden: <strong>{value == null ? 'nog niet vastgelegd' : value ? 'nog aan het werk' : 'niet meer aan het werk'}</strong>
          </span>
          <Button kind="secondary" busy={result.fetching} onClick={() => record({ placementId, months, inWork: true })}>
            Nog aan het werk
          </Button>
          <Button kind="secondary" busy={result.fetching} onClick={() => record({ placementId, months, inWork: false })}>
            Niet meer aan het werk
          </Button>
        </div>
      ))}
      {result.error && <Alert type="error">{errorSentence(result.error)}</Alert>}
    </div>
  );
}
