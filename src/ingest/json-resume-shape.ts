// Whether a JSON text is a JSON Resume (jsonresume.org): a top-level object with "basics", or with both
// "work" and "education". Any other JSON (a config file, an export of something else) is read as text.

export type JsonObject = Record<string, unknown>;

export function parseJsonResume(text: string): JsonObject | undefined {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (!body.startsWith("{")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const has = (key: string) => Object.hasOwn(value, key);
  return has("basics") || (has("work") && has("education")) ? value : undefined;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
