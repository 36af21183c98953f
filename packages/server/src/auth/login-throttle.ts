/**
 * Counts failed sign-ins per account and per client address in a sliding window, in memory: one
 * server process guards its own door (a restart forgets, which only helps the legitimate user).
 * An address gets more tries than an account, since a call-center floor shares one address.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly perAccount: number,
    private readonly perAddress = perAccount * 6,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Milliseconds until a try is allowed again, or 0 when it is allowed now. */
  retryAfterMs(username: string, address: string, now = Date.now()): number {
    return Math.max(
      this.wait(`u:${username.toLowerCase()}`, this.perAccount, now),
      this.wait(`a:${address}`, this.perAddress, now),
    );
  }

  recordFailure(username: string, address: string, now = Date.now()): void {
    for (const key of [`u:${username.toLowerCase()}`, `a:${address}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
    if (this.failures.size > 100_000) this.prune(now);
  }

  /** A successful sign-in clears the account's count (not the address's). */
  recordSuccess(username: string): void {
    this.failures.delete(`u:${username.toLowerCase()}`);
  }

  private wait(key: string, limit: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < limit) return 0;
    return (list[list.length - limit] as number) + this.windowMs - now;
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [key, list] of this.failures) {
      const kept = list.filter((at) => at > now - this.windowMs);
      if (kept.length === 0) this.failures.delete(key);
      else this.failures.set(key, kept);
    }
  }
}
