// The pieces of the ingest queue that need no server: job ids derived from content (the same
// article enqueued twice is one job) and the document a job carries, checked on the way out.
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/ingest/document.js';
import { documentOfJob } from '../../src/queue/document-job.js';
import { jobIdOf } from '../../src/queue/job-id.js';

const document = makeDocument({ id: 'a', origin: 'a.txt', text: 'Putin called Xi Jinping.', published: '2026-03-01' });

describe('job ids', () => {
  it('are UUIDs that follow the content hash', () => {
    const id = jobIdOf(document.contentHash);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdOf(makeDocument({ id: 'b', origin: 'b.txt', text: 'Putin called Xi Jinping.' }).contentHash)).toBe(id);
    expect(jobIdOf(makeDocument({ id: 'a', origin: 'a.txt', text: 'Xi Jinping called Putin.' }).contentHash)).not.toBe(id);
  });

  it('refuse what is not a sha256 digest', () => {
    expect(() => jobIdOf('abc')).toThrow(/sha256/);
  });
});

describe('a job\'s document', () => {
  it('comes back as it went in, through JSON', () => {
    expect(documentOfJob(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  it('is refused, saying why, when a field is missing or of the wrong type', () => {
    expect(() => documentOfJob(null)).toThrow('the job holds no document');
    expect(() => documentOfJob({ ...document, text: undefined })).toThrow("the job's document has no text");
    expect(() => documentOfJob({ ...document, published: 20260301 })).toThrow("the job's document has an invalid published");
  });
});
