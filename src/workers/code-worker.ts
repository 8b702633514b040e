// A coding thread: one coder (wink-nlp model and dictionaries loaded once per thread) that
// codes the documents the pool sends it. Everything it returns is plain data, copied back.
import type { CodedDocument } from '../pipeline.js';
import { createCoder } from '../pipeline.js';
import type { Document } from '../types.js';

const coder = createCoder();

/** A coded document without the document: the main thread has it, and copying its text back costs. */
export type CodedInThread = Omit<CodedDocument, 'document'>;

export default function codeInThread(document: Document): CodedInThread {
  const { document: _sent, ...coded } = coder.codeDocument(document);
  return coded;
}
