/**
 * Caps on expensive operations running at once, per client and overall: past either, the
 * request is answered 503 with `Retry-After` at once rather than queued behind the others, so
 * one client cannot occupy the server and memory stays bounded by caps × the response budget.
 * A slot is held until the response is fully sent or its connection closes, so a client that
 * asks and never reads keeps its slot only as long as its socket lives (the idle timeout).
 * A client that ignores Retry-After and keeps sending is the rate limit's (RATE_LIMIT_MAX).
 */
import type { Response } from 'express';
import { RefusedError } from '../graphql/errors';

export interface AdmissionLimits {
  perClient: number;
  total: number;
}

export const RETRY_AFTER_SECONDS = 2;

export class Admission {
  private running = 0;
  private readonly byClient = new Map<string, number>();

  constructor(readonly limits: AdmissionLimits) {}

  /** Takes a slot for `client` until `res` closes; false when a cap is reached. */
  admit(client: string, res: Response): boolean {
    const mine = this.byClient.get(client) ?? 0;
    if (this.running >= this.limits.total || mine >= this.limits.perClient) return false;
    this.running++;
    this.byClient.set(client, mine + 1);
    res.once('close', () => {
      this.running--;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    });
    return true;
  }
}

/** The refusal: 503, `Retry-After`, code SERVER_BUSY. */
export function busyError(): RefusedError {
  return new RefusedError(
    `服务器繁忙：同时进行的大查询已达上限，请 ${RETRY_AFTER_SECONDS} 秒后重试 · Too many large queries at once; retry in ${RETRY_AFTER_SECONDS} s`,
    {
      extensions: {
        code: 'SERVER_BUSY',
        http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
      },
    },
  );
}
