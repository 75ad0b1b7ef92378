import { useUser } from '../session';
import { homeFor } from '../navigation';
import { PageTitle, P, TextLink } from '../components/ui';

export function NotFoundPage() {
  const user = useUser();
  return (
    <>
      <PageTitle>Pagina niet gevonden</PageTitle>
      <P>Deze pagina bestaat niet (meer). Kies een onderdeel in het menu.</P>
      <P>
        <TextLink to={homeFor(user.role)}>Naar de startpagina</TextLink>
      </P>
    </>
  );
}
