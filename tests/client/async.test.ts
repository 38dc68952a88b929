import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, latestOnly } from '../../client/src/lib/async';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once with the last arguments after the quiet period', () => {
    const fn = vi.fn();
    const d = debounce(fn, 200);
    d('哈');
    vi.advanceTimersByTime(100);
    d('哈飞');
    vi.advanceTimersByTime(199);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith('哈飞');
  });

  it('can be cancelled', () => {
    const fn = vi.fn();
    const d = debounce(fn, 50);
    d();
    d.cancel();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('latestOnly', () => {
  it('drops a slow reply that an earlier call produced after a later one', async () => {
    const resolvers: ((v: string) => void)[] = [];
    const search = latestOnly((_text: string) => new Promise<string>((r) => resolvers.push(r)));
    const first = search('h');
    const second = search('hafei');
    resolvers[1]?.('hafei results');
    resolvers[0]?.('h results');
    expect(await second).toBe('hafei results');
    expect(await first).toBeUndefined();
  });
});
