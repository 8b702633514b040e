// A coding thread: one coder (wink-nlp model and dictionaries loaded once per thread) that
// codes the documents the pool sends it. Everything it returns is plain data, copied back.
import type { CodedDocument } from '../pipeline.js';
import { createCoder } from '../pipeline.js';
import type { Document } from '../types.js';

const coder = createCoder();

export default function codeInThread(document: Document): CodedDocument {
  return coder.codeDocument(document);
}
