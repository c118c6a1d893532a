// Messages between the pool (main thread) and its workers.
import type { IngestLimits } from "../ingest/document.js";
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
   * The Result<Resume, IngestError> as asciiJson text: the main thread parses it once, and the text goes to
   * the content cache as it is.
   */
  json: string;
  /** Live heap plus buffers the worker holds after the file, in bytes: a worker grown too large is replaced. */
  memoryBytes?: number;
}
