import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { safeErrorText } from './safe-log';

/**
 * Unexpected errors in resolvers: logged without the SQL parameters or values that could hold personal data
 * (a QueryFailedError carries the whole query and its parameters), and answered with a generic message.
 * GraphQLErrors written for the client (bad input, forbidden, not found) pass unchanged.
 */
@Catch()
export class SafeErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (exception instanceof GraphQLError) return exception;
    if (host.getType<string>() !== 'graphql') throw exception;
    this.logger.error(safeErrorText(exception));
    return new GraphQLError('Er ging iets mis op de server. Probeer het later opnieuw.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
