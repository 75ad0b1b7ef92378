import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Alert, Button, ErrorAlert, Field, PageTitle, P } from '../components/ui';
import { pageError } from '../errors';
import { graphql } from '../gql';
import { useSession } from '../session';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        displayName
        email
        role
        employerId
      }
    }
  }
`);

export function LoginPage() {
  const { signIn, notice } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [result, login] = useMutation(LoginMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = { email: email.trim() ? undefined : 'Vul uw e-mailadres in.', password: password ? undefined : 'Vul uw wachtwoord in.' };
    setMissing(problems);
    if (problems.email || problems.password) return;
    const answer = await login({ email: email.trim(), password });
    if (answer.data) signIn(answer.data.login.token, answer.data.login.user);
  }

  const code = result.error?.graphQLErrors[0]?.extensions?.code;
  const error =
    code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT'
      ? 'Deze combinatie van e-mailadres en wachtwoord kennen we niet. Controleer beide en probeer het opnieuw.'
      : pageError(result.error);

  return (
    <div className="utrecht-page app-page">
      <header className="utrecht-page-header app-header">
        <div className="app-header__inner">
          <p className="app-brand">
            WSP Matching <span className="app-brand__sub">Werkgeversservicepunt Zuid-Holland Centraal</span>
          </p>
        </div>
      </header>
      <main id="inhoud" className="utrecht-page-content app-main login">
        <PageTitle>Inloggen</PageTitle>
        <P>Log in met het e-mailadres en wachtwoord van uw account bij het Werkgeversservicepunt.</P>
        {notice && <Alert type="info">{notice}</Alert>}
        <ErrorAlert message={error} />
        <form onSubmit={submit} noValidate className="form">
          <Field label="E-mailadres" error={missing.email}>
            {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field label="Wachtwoord" error={missing.password}>
            {(props) => (
              <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            )}
          </Field>
          <Button type="submit" busy={result.fetching}>
            {result.fetching ? 'Bezig met inloggen...' : 'Inloggen'}
          </Button>
        </form>
      </main>
    </div>
  );
}
