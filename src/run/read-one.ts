// The expensive, content-only part of a screen: bytes → Document → Resume.
// Runs inside a worker thread; depends on nothing but the bytes, the limits and the vocabulary.
import { ingest } from "../ingest/index.js";
import type { IngestError, IngestLimits, Result } from "../ingest/document.js";
import { readResume } from "../read/index.js";
import type { Resume } from "../read/resume.js";
import type { Vocabulary } from "../read/vocabulary.js";

export async function readOne(bytes: Uint8Array, limits: IngestLimits, vocabulary: Vocabulary): Promise<Result<Resume, IngestError>> {
  try {
    const doc = await ingest(bytes, limits);
    if (!doc.ok) return doc;
    return { ok: true, value: readResume(doc.value, vocabulary) };
  } catch (error) {
    // ingest and read return errors as values; anything thrown here is a bug, reported per file so the batch goes on.
    return { ok: false, error: { code: "INTERNAL", message: `shortlist failed on this file: ${(error as Error)?.message ?? error}` } };
  }
}
