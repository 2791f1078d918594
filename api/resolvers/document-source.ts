/**
 * `Document.source`: the decoded text of the file a document was read from (SourceText, written
 * by the ingest), so that a citation's quote can be shown in place. Not batched: the text can be
 * long, and a client asks for it for one document at a time.
 */
import { cypher } from '../cypher.ts';
import type { DocumentResolvers } from '../generated/types.ts';

/** Resolve `Document.source`; null for a stub or a document ingested before texts were kept. */
export const source: NonNullable<DocumentResolvers['source']> = async (parent, _args, context) =>
  context.read(async (tx) => {
    const result = await tx.run(cypher('source-text'), { key: parent.key });
    const record = result.records[0];
    if (!record) return null;
    const file = record.get('file');
    const text = record.get('text');
    return typeof text === 'string' ? { file: typeof file === 'string' ? file : '', text } : null;
  });
