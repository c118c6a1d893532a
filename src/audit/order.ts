// Groups are listed by Unicode code point, not by UTF-16 unit (JavaScript's default) nor by locale, so the order is
// the same on every machine and for every script.

export function compareCodepoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
