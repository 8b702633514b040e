// A job's id derived from the document's content hash, so that enqueuing the same article
// twice makes one job: pg-boss inserts jobs with "on conflict do nothing" on (queue, id), and
// its singleton keys only deduplicate within a state or a time slot. (After pg-boss archives a
// finished job the id is free again; a second copy is then skipped by the worker, the ledger
// holding that content already.)

/** Whether `text` is a content hash as documents carry it: a sha256 digest in lower-case hex. */
export function isContentHash(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

/** The first 128 bits of the sha256 hex as a UUID (version 8: "custom"; RFC 9562 variant). */
export function jobIdOf(contentHash: string): string {
  if (!isContentHash(contentHash)) throw new RangeError(`not a sha256 hex digest: "${contentHash}"`);
  const hex = contentHash.slice(0, 32);
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
