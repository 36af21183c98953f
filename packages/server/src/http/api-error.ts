/** A field-level problem of a request, as `details` lists it. */
export type ErrorDetail = { field: string; message: string };

/**
 * Every error the API returns has this body: a stable machine `code`, a sentence for people, and
 * the fields at fault. Clients switch on `code`, never on the message.
 */
export type ErrorBody = { code: string; message: string; details?: ErrorDetail[] };

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'you do not have permission to do this') =>
  new ApiError(403, 'forbidden', message);
export const unauthenticated = () => new ApiError(401, 'unauthenticated', 'sign in first');
