import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { errorSentence, fieldErrors } from '../errors';
import { graphql } from '../gql';
import { INTRODUCTION_STATUS } from '../labels';
import { Alert, Button, Field, StatusBadge, TextLink } from './ui';

const RequestIntroductionMutation = graphql(`
  mutation RequestIntroduction($vacancyId: ID!, $candidateProfileId: ID!, $message: String!) {
    requestIntroduction(vacancyId: $vacancyId, candidateProfileId: $candidateProfileId, message: $message) {
      id
      status
      candidateProfileId
    }
  }
`);

/** An employer asks the WSP to be introduced to an anonymised candidate; the matchmaker asks the person's consent. */
export function RequestIntroduction({
  vacancyId,
  profileId,
  label,
  existingStatus,
  onRequested,
}: {
  vacancyId: string;
  profileId: string;
  label: string;
  existingStatus?: string;
  onRequested: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [result, request] = useMutation(RequestIntroductionMutation);
  const formId = useId();
  const status = result.data?.requestIntroduction.status ?? existingStatus;
  const errors = fieldErrors(result.error);

  if (status) {
    return (
      <div className="voordragen" data-testid="kennismaking">
        {result.data && <Alert type="ok">Uw verzoek is verstuurd. Het WSP vraagt de kandidaat om toestemming en laat het u weten.</Alert>}
        <p className="utrecht-paragraph">
          Kennismaking aangevraagd: <StatusBadge tone={status === 'ACCEPTED' ? 'success' : status === 'DECLINED' ? 'danger' : 'neutral'}>{INTRODUCTION_STATUS[status]}</StatusBadge>{' '}
          <TextLink to="/plaatsingen">Bekijk uw verzoeken</TextLink>
        </p>
      </div>
    );
  }
  return (
    <div className="voordragen" data-testid="kennismaking">
      {!open ? (
        <Button kind="secondary" onClick={() => setOpen(true)} aria-controls={formId} aria-expanded={false}>
          Kennismaking aanvragen
        </Button>
      ) : (
        <form
          id={formId}
          className="form"
          aria-label={`Kennismaking aanvragen met ${label}`}
          onSubmit={async (e) => {
            e.preventDefault();
            const answer = await request({ vacancyId, candidateProfileId: profileId, message: message.trim() });
            if (!answer.error) onRequested();
          }}
        >
          <Field
            label="Waarom wilt u kennismaken?"
            description="De matchmaker van het WSP leest dit en vraagt de kandidaat om toestemming."
            error={errors.message}
            kind="textarea"
          >
            {(props) => <textarea {...props} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} maxLength={2000} />}
          </Field>
          {result.error && !errors.message && <Alert type="error">{errorSentence(result.error)}</Alert>}
          <div className="utrecht-button-group">
            <Button type="submit" busy={result.fetching}>
              Verzoek versturen
            </Button>
            <Button kind="subtle" onClick={() => setOpen(false)}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
