import { Field, ObjectType } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@lintas/shared';

@ObjectType({ description: 'An expected business failure of a mutation. The message never repeats a submitted personal value.' })
export class UserError {
  @Field(() => String, { nullable: true, description: 'Path of the input field at fault, e.g. `personIds.2` or `rows.14.nip`.' })
  field: string | null;

  @Field({ description: 'Stable code from the shared list (`domain/reason`); the SPA translates it.' })
  code: string;

  @Field({ description: 'English explanation for integrators.' })
  message: string;

  constructor(field: string | null, code: ErrorCode, message: string) {
    this.field = field;
    this.code = code;
    this.message = message;
  }
}

/** A top-level error (malformed request, bad id or page size) with `extensions.code`. */
export function requestError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
