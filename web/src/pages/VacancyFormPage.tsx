import { FormEvent, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Checkbox, ErrorAlert, Field, Loading, P, PageTitle } from '../components/ui';
import { fieldErrors, pageError } from '../errors';
import { graphql } from '../gql';
import type { ContractType, Taalniveau } from '../gql/graphql';
import { CONTRACT_TYPE, TAALNIVEAUS } from '../labels';
import { useCategories } from '../reference';
import { useUser } from '../session';

const VacancyForEditQuery = graphql(`
  query VacancyForEdit($id: ID!) {
    vacancy(id: $id) {
      id
      title
      description
      employerId
      categoryCode
      placeName
      postcode
      hoursMin
      hoursMax
      contractType
      openings
      closingDate
      requiredTalents
      niceToHaveTalents
      minTaalniveau
      startkwalificatieRequired
      leerwerkplek
      banenafspraak
      loonkostensubsidie
      jobcoach
      proefplaatsing
    }
  }
`);

const EmployersQuery = graphql(`
  query EmployerChoices {
    employers(first: 100) {
      nodes {
        id
        name
        placeName
      }
    }
  }
`);

const CreateVacancyMutation = graphql(`
  mutation CreateVacancy($input: CreateVacancyInput!) {
    createVacancy(input: $input) {
      id
    }
  }
`);

const UpdateVacancyMutation = graphql(`
  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {
    updateVacancy(id: $id, input: $input) {
      id
    }
  }
`);

interface FormState {
  title: string;
  description: string;
  employerId: string;
  categoryCode: string;
  placeName: string;
  postcode: string;
  hoursMin: string;
  hoursMax: string;
  contractType: ContractType;
  openings: string;
  closingDate: string;
  requiredTalents: string;
  niceToHaveTalents: string;
  minTaalniveau: string;
  startkwalificatieRequired: boolean;
  leerwerkplek: boolean;
  banenafspraak: boolean;
  loonkostensubsidie: boolean;
  jobcoach: boolean;
  proefplaatsing: boolean;
}

const EMPTY: FormState = {
  title: '',
  description: '',
  employerId: '',
  categoryCode: '',
  placeName: '',
  postcode: '',
  hoursMin: '24',
  hoursMax: '32',
  contractType: 'TIJDELIJK',
  openings: '1',
  closingDate: '',
  requiredTalents: '',
  niceToHaveTalents: '',
  minTaalniveau: '',
  startkwalificatieRequired: false,
  leerwerkplek: false,
  banenafspraak: false,
  loonkostensubsidie: false,
  jobcoach: false,
  proefplaatsing: false,
};

const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
const int = (text: string) => (text.trim() === '' ? null : Number(text));

export function VacancyFormPage() {
  const { id } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const { list: categories } = useCategories();
  const [form, setForm] = useState<FormState>(EMPTY);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [existing] = useQuery({ query: VacancyForEditQuery, variables: { id: id ?? '' }, pause: !id });
  const [employers] = useQuery({ query: EmployersQuery, pause: user.role === 'WERKGEVER' || !!id });
  const [created, create] = useMutation(CreateVacancyMutation);
  const [updated, update] = useMutation(UpdateVacancyMutation);

  useEffect(() => {
    const v = existing.data?.vacancy;
    if (!v) return;
    setForm({
      title: v.title,
      description: v.description,
      employerId: v.employerId,
      categoryCode: v.categoryCode ?? '',
      placeName: v.placeName,
      postcode: v.postcode ?? '',
      hoursMin: String(v.hoursMin),
      hoursMax: String(v.hoursMax),
      contractType: v.contractType,
      openings: String(v.openings),
      closingDate: v.closingDate ?? '',
      requiredTalents: v.requiredTalents.join(', '),
      niceToHaveTalents: v.niceToHaveTalents.join(', '),
      minTaalniveau: v.minTaalniveau ?? '',
      startkwalificatieRequired: v.startkwalificatieRequired,
      leerwerkplek: v.leerwerkplek,
      banenafspraak: v.banenafspraak,
      loonkostensubsidie: v.loonkostensubsidie,
      jobcoach: v.jobcoach,
      proefplaatsing: v.proefplaatsing,
    });
  }, [existing.data]);

  const set = <K extends keyof FormState>(key: K) => (value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const result = id ? updated : created;
  // What the server found wrong, at the field; what the page found wrong before sending wins.
  const errors = { ...fieldErrors(result.error), ...local };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!form.title.trim()) problems.title = 'Vul een titel in.';
    if (!form.placeName.trim()) problems.placeName = 'Vul de plaats in waar het werk is.';
    if (!id && user.role !== 'WERKGEVER' && !form.employerId) problems.employerId = 'Kies de werkgever.';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const input = {
      title: form.title.trim(),
      description: form.description,
      categoryCode: form.categoryCode || null,
      placeName: form.placeName.trim(),
      postcode: form.postcode.trim() || null,
      hoursMin: int(form.hoursMin) ?? 0,
      hoursMax: int(form.hoursMax) ?? 0,
      contractType: form.contractType,
      openings: int(form.openings) ?? 1,
      closingDate: form.closingDate || null,
      requiredTalents: list(form.requiredTalents),
      niceToHaveTalents: list(form.niceToHaveTalents),
      minTaalniveau: (form.minTaalniveau || null) as Taalniveau | null,
      startkwalificatieRequired: form.startkwalificatieRequired,
      leerwerkplek: form.leerwerkplek,
      banenafspraak: form.banenafspraak,
      loonkostensubsidie: form.loonkostensubsidie,
      jobcoach: form.jobcoach,
      proefplaatsing: form.proefplaatsing,
    };
    if (id) {
      const answer = await update({ id, input });
      if (answer.data) navigate(`/vacatures/${id}`);
    } else {
      const answer = await create({ input: { ...input, employerId: user.role === 'WERKGEVER' ? null : form.employerId } });
      if (answer.data) navigate(`/vacatures/${answer.data.createVacancy.id}`);
    }
  }

  if (id && existing.fetching && !existing.data) return <Loading what="Vacature" />;
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <>
      <PageTitle>{id ? 'Vacature bewerken' : user.role === 'WERKGEVER' ? 'Vacature plaatsen' : 'Nieuwe vacature'}</PageTitle>
      {!id && <P>Een nieuwe vacature begint als concept. Zet hem open op de vacaturepagina zodra hij klopt.</P>}
      <ErrorAlert message={pageError(existing.error)} />
      {hasFieldErrors ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">Niet alle gegevens zijn goed ingevuld. Zie de meldingen bij de velden.</p>
        </div>
      ) : (
        <ErrorAlert message={pageError(result.error)} />
      )}
      <form onSubmit={submit} noValidate className="form vacancy-form">
        <Field label="Titel" error={errors.title}>
          {(p) => <input {...p} value={form.title} onChange={(e) => set('title')(e.target.value)} />}
        </Field>
        {!id && user.role !== 'WERKGEVER' && (
          <Field label="Werkgever" error={errors.employerId} kind="select">
            {(p) => (
              <select {...p} value={form.employerId} onChange={(e) => set('employerId')(e.target.value)}>
                <option value="">Kies een werkgever</option>
                {employers.data?.employers.nodes.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name} ({e.placeName})
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Omschrijving" error={errors.description} kind="textarea">
          {(p) => <textarea {...p} rows={4} value={form.description} onChange={(e) => set('description')(e.target.value)} />}
        </Field>
        <Field label="Beroepsgroep" error={errors.categoryCode} kind="select">
          {(p) => (
            <select {...p} value={form.categoryCode} onChange={(e) => set('categoryCode')(e.target.value)}>
              <option value="">Geen keuze</option>
              {categories.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-row">
          <Field label="Plaats van het werk" error={errors.placeName}>
            {(p) => <input {...p} value={form.placeName} onChange={(e) => set('placeName')(e.target.value)} />}
          </Field>
          <Field label="Postcode" description="Bijvoorbeeld 2711 AB" error={errors.postcode}>
            {(p) => <input {...p} value={form.postcode} onChange={(e) => set('postcode')(e.target.value)} />}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Minimaal uren per week" error={errors.hoursMin}>
            {(p) => <input {...p} inputMode="numeric" value={form.hoursMin} onChange={(e) => set('hoursMin')(e.target.value)} />}
          </Field>
          <Field label="Maximaal uren per week" error={errors.hoursMax}>
            {(p) => <input {...p} inputMode="numeric" value={form.hoursMax} onChange={(e) => set('hoursMax')(e.target.value)} />}
          </Field>
          <Field label="Aantal plekken" error={errors.openings}>
            {(p) => <input {...p} inputMode="numeric" value={form.openings} onChange={(e) => set('openings')(e.target.value)} />}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Soort contract" error={errors.contractType} kind="select">
            {(p) => (
              <select {...p} value={form.contractType} onChange={(e) => set('contractType')(e.target.value as ContractType)}>
                {Object.entries(CONTRACT_TYPE).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Sluitingsdatum" error={errors.closingDate}>
            {(p) => <input {...p} type="date" value={form.closingDate} onChange={(e) => set('closingDate')(e.target.value)} />}
          </Field>
          <Field label="Minimaal taalniveau" error={errors.minTaalniveau} kind="select">
            {(p) => (
              <select {...p} value={form.minTaalniveau} onChange={(e) => set('minTaalniveau')(e.target.value)}>
                <option value="">Geen eis</option>
                {TAALNIVEAUS.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Gevraagde talenten" description="Gescheiden door komma's, bijvoorbeeld: heftruck, orderpicken" error={errors.requiredTalents}>
          {(p) => <input {...p} value={form.requiredTalents} onChange={(e) => set('requiredTalents')(e.target.value)} />}
        </Field>
        <Field label="Gewenste talenten" description="Mooi meegenomen, geen eis" error={errors.niceToHaveTalents}>
          {(p) => <input {...p} value={form.niceToHaveTalents} onChange={(e) => set('niceToHaveTalents')(e.target.value)} />}
        </Field>
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend">Eisen en mogelijkheden</legend>
          <Checkbox label="Startkwalificatie vereist" checked={form.startkwalificatieRequired} onChange={set('startkwalificatieRequired')} error={errors.startkwalificatieRequired} />
          <Checkbox label="Leerwerkplek (BBL: vier dagen werken, een dag school)" checked={form.leerwerkplek} onChange={set('leerwerkplek')} error={errors.leerwerkplek} />
          <Checkbox label="Banenafspraak (alleen kandidaten uit het doelgroepregister)" checked={form.banenafspraak} onChange={set('banenafspraak')} error={errors.banenafspraak} />
          <Checkbox label="Open voor loonkostensubsidie" checked={form.loonkostensubsidie} onChange={set('loonkostensubsidie')} error={errors.loonkostensubsidie} />
          <Checkbox label="Jobcoach mogelijk" checked={form.jobcoach} onChange={set('jobcoach')} />
          <Checkbox label="Proefplaatsing mogelijk" checked={form.proefplaatsing} onChange={set('proefplaatsing')} />
        </fieldset>
        <Button type="submit" busy={result.fetching}>
          {result.fetching ? 'Bezig met opslaan...' : id ? 'Wijzigingen opslaan' : 'Vacature opslaan'}
        </Button>
      </form>
    </>
  );
}
