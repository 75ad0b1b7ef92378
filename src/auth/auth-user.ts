import { Role, WSP_STAFF } from './role.enum';

/** Who is asking: the part of a user every authorisation decision needs. */
export interface AuthUser {
  id: string;
  role: Role;
  employerId: string | null;
}

export function isWspStaff(user: AuthUser): boolean {
  return WSP_STAFF.includes(user.role);
}
