import { SetMetadata } from '@nestjs/common';
import { Role } from './role.enum';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** Opens a resolver or route to these roles. Without @Roles or @Public everything is closed. */
export const Roles = (...roles: readonly Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open to anyone, logged in or not (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
