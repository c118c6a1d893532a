// Messages between the pool (main thread) and its workers.
import type { IngestError, IngestLimits, Result } from "../ingest/document.js";
import type { Resume } from "../read/resume.js";
import type { Vocabulary } from "../read/vocabulary.js";

export interface WorkerInit {
  limits: IngestLimits;
  vocabulary: Vocabulary;
}

export interface WorkerRequest {
  id: number;
  /** Transferred, not copied. */
  bytes: ArrayBuffer;
}

export interface WorkerResponse {
  id: number;
  /**
   * The result as asciiJson text: parsing it costs the main thread less than receiving the same object
   * structured-cloned, and the text goes to the content cache as it is. (Test readers may send `result`.)
   */
  json?: string;
  result?: Result<Resume, IngestError>;
  /** Live heap plus buffers the worker holds after the file, in bytes: a worker grown too large is replaced. */
  memoryBytes?: number;
}
