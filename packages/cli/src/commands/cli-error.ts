/** An error meant for the person at the terminal: printed without a stack, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
