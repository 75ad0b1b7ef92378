import type { Role } from './session';

export interface NavItem {
  to: string;
  label: string;
}

/** What each role sees in the menu: the role decides which screens exist for the user (DOMAIN.md, "Who uses it"). */
export const NAVIGATION: Record<Role, NavItem[]> = {
  MATCHMAKER: [
    { to: '/kandidaten/mijn', label: 'Mijn kandidaten' },
    { to: '/kandidaten', label: 'Kandidaten' },
    { to: '/vacatures', label: 'Vacatures' },
    { to: '/plaatsingen', label: 'Plaatsingen' },
    { to: '/dashboard', label: 'Dashboard' },
  ],
  ACCOUNTHOUDER: [
    { to: '/dashboard', label: 'Dashboard' },
    { to: '/vacatures', label: 'Vacatures' },
    { to: '/kandidaten', label: 'Kandidaten' },
    { to: '/plaatsingen', label: 'Plaatsingen' },
  ],
  LEERWERKMAKELAAR: [
    { to: '/leerwerkplekken', label: 'Leerwerkplekken' },
    { to: '/kandidaten', label: 'Kandidaten' },
    { to: '/vacatures', label: 'Vacatures' },
    { to: '/plaatsingen', label: 'Plaatsingen' },
  ],
  WERKGEVER: [
    { to: '/vacatures', label: 'Mijn vacatures' },
    { to: '/vacatures/nieuw', label: 'Vacature plaatsen' },
    { to: '/plaatsingen', label: 'Kennismakingen' },
  ],
  ADMIN: [
    { to: '/beheer', label: 'Beheer' },
    { to: '/dashboard', label: 'Dashboard' },
    { to: '/vacatures', label: 'Vacatures' },
    { to: '/kandidaten', label: 'Kandidaten' },
  ],
};

export function homeFor(role: Role): string {
  return NAVIGATION[role][0].to;
}
