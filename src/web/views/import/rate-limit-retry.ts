// The import sends one request per article or address; a bulk import of many files meets the
// server's per-minute write limit, and waiting as the server says beats failing the rest.
import { ApiError } from '../../api';

/** Times one request is sent again after the server's 429 before its error is shown. */
export const RATE_LIMIT_RETRIES = 5;

/** Sends a request, and after a 429 waits as long as the server's Retry-After says and sends it again. */
export async function withRateLimitRetries<T>(
  send: () => Promise<T>,
  onWait: (seconds: number) => void,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 429 || attempt >= RATE_LIMIT_RETRIES) throw error;
      const seconds = Math.min(Math.max(error.retryAfterSeconds ?? 5, 1), 120);
      onWait(seconds);
      await sleep(seconds * 1000);
    }
  }
}
