import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from './request-of';

/** The logged-in user of this request, as the auth guard put it there. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).user);
