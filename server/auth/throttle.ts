/**
 * Login throttling: failed logins are counted per account and per client address over a window;
 * past the limit, further attempts on that account (or from that address) are refused without
 * checking the password until the oldest failure leaves the window. A success clears the
 * account's count. Kept in memory: a restart forgets it, which an attacker cannot cause.
 */
export interface ThrottleLimits {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 };

/** At most this many keys are tracked: the oldest are forgotten first. */
const MAX_KEYS = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: ThrottleLimits = DEFAULT_THROTTLE) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds to wait before another attempt, or 0 when one is allowed. */
  retryAfter(name: string, address: string, now = Date.now()): number {
    const account = this.recent(`u:${name}`, now);
    const client = this.recent(`a:${address}`, now);
    const waits: number[] = [];
    if (account.length >= this.limits.perAccount) waits.push((account[0] as number) + this.limits.windowMs - now);
    if (client.length >= this.limits.perAddress) waits.push((client[0] as number) + this.limits.windowMs - now);
    return waits.length ? Math.ceil(Math.max(...waits) / 1000) : 0;
  }

  failed(name: string, address: string, now = Date.now()): void {
    for (const key of [`u:${name}`, `a:${address}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.delete(key);
      this.failures.set(key, list);
    }
    while (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value as string;
      this.failures.delete(oldest);
    }
  }

  succeeded(name: string): void {
    this.failures.delete(`u:${name}`);
  }
}
