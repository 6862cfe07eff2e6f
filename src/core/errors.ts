// The one error class of pledgewire: a code a program can switch on, and a message naming the input.

export type ErrorCode =
  | "usage"
  | "input_not_found"
  | "input_unreadable"
  | "input_empty"
  | "input_binary"
  | "input_encoding"
  | "input_too_large"
  | "input_malformed"
  | "fetch_failed"
  | "fetch_timeout"
  | "fetch_too_large"
  | "fetch_status"
  | "store"
  | "internal"
  | "invalid_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited";

export class PledgewireError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PledgewireError";
  }

  toJSON(): { error: { code: ErrorCode; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}
