/** Typed domain errors; one function (http/errors.ts) maps them to HTTP. */
export type ErrorCode =
  | "invalid_input" | "unauthorized" | "forbidden" | "not_found" | "conflict"
  | "invalid_transition" | "too_large" | "rate_limited" | "unavailable";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Invalid extends DomainError {
  constructor(message: string, details?: unknown) {
    super("invalid_input", 400, message, details);
  }
}
export class Unauthorized extends DomainError {
  constructor(message = "Sign in first.") {
    super("unauthorized", 401, message);
  }
}
export class Forbidden extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super("forbidden", 403, message);
  }
}
export class NotFound extends DomainError {
  constructor(what = "That") {
    super("not_found", 404, `${what} was not found.`);
  }
}
export class Conflict extends DomainError {
  constructor(message: string, details?: unknown) {
    super("conflict", 409, message, details);
  }
}
export class InvalidTransition extends DomainError {
  constructor(message: string, details?: unknown) {
    super("invalid_transition", 409, message, details);
  }
}
