// `attache digest` and the API's digest endpoint: a readable brief of who did what, grouped
// by country, with channels, dates and numbered citations, written from ledger events.
export { buildDigest, digestFromEvents, type DigestInput } from './build.js';
export { renderDigest } from './render.js';
export { DEFAULT_MAX_EVENTS } from './gather.js';
export { formatDate, datePhrase, dateRangePhrase } from './dates.js';
export { verbPhrase, CHANNEL_PHRASES, type VerbPhrase } from './phrasing.js';
export {
  DIGEST_FORMATS,
  type Digest, type DigestActor, type DigestCountry, type DigestFormat, type DigestItem, type DigestRequest, type DigestSource,
} from './types.js';
