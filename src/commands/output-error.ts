// A report that cannot be written where the user asked (a missing folder, no permission, a full disk) is a
// usage problem with a plain explanation, not a crash with a stack trace.

export class OutputError extends Error {
  constructor(target: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    const reason = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : (code ?? String(cause));
    super(`cannot write ${target}: ${reason}; nothing was written there`);
    this.name = "OutputError";
  }
}
