// pdf.js runs its parser on promise chains of its own. On some damaged files one of them rejects with nobody
// listening, after the call shortlist made has already failed and been reported (seen: "Bad (uncompressed)
// XRef entry" from a page lookup pdf.js started for itself). Node treats such a rejection as a crash: in a
// worker it would be charged to whichever file that worker reads next. pdf.js's own exceptions are therefore
// let go; any other unhandled rejection is a real bug and still crashes.

/** Names pdf.js gives its exceptions (BaseException subclasses and FormatError). */
const PDFJS_EXCEPTIONS = new Set([
  "AbortException",
  "FormatError",
  "InvalidPDFException",
  "MissingDataException",
  "PasswordException",
  "ResponseException",
  "UnexpectedResponseException",
  "UnknownErrorException",
  "XRefEntryException",
  "XRefParseException",
]);

let installed = false;

export function tolerateStrayPdfRejections(): void {
  if (installed) return;
  installed = true;
  process.on("unhandledRejection", (reason) => {
    if (isPdfJsException(reason)) return;
    throw reason;
  });
}

export function isPdfJsException(reason: unknown): boolean {
  return reason instanceof Error && PDFJS_EXCEPTIONS.has(reason.name);
}
