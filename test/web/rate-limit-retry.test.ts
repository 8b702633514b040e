// The explorer's import waits out the server's write limit instead of failing the articles left.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/web/api.js';
import { RATE_LIMIT_RETRIES, withRateLimitRetries } from '../../src/web/views/import/rate-limit-retry.js';

describe('import requests after a 429', () => {
  it('wait as long as Retry-After says and are sent again until they succeed', async () => {
    const slept: number[] = [];
    const waits: number[] = [];
    let calls = 0;
    const result = await withRateLimitRetries(
      async () => {
        calls++;
        if (calls < 3) throw new ApiError(429, 'too many writes', calls === 1 ? '7' : null);
        return 'stored';
      },
      (seconds) => waits.push(seconds),
      async (ms) => { slept.push(ms); },
    );
    expect(result).toBe('stored');
    expect(calls).toBe(3);
    // Seven seconds as the server said, then five where it said nothing.
    expect(waits).toEqual([7, 5]);
    expect(slept).toEqual([7000, 5000]);
  });

  it('give up after a bounded number of tries, and pass other errors on at once', async () => {
    let calls = 0;
    await expect(withRateLimitRetries(async () => {
      calls++;
      throw new ApiError(429, 'too many writes', '1');
    }, () => {}, async () => {})).rejects.toThrow('too many writes');
    expect(calls).toBe(RATE_LIMIT_RETRIES + 1);

    calls = 0;
    await expect(withRateLimitRetries(async () => {
      calls++;
      throw new ApiError(401, 'wrong token');
    }, () => {}, async () => {})).rejects.toThrow('wrong token');
    expect(calls).toBe(1);
  });
});
