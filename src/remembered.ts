// A function of one string, remembered by its argument up to a bound: a batch asks the same few questions of
// every résumé (the same terms, fields, glyphs). Past the bound everything is forgotten at once, so input that
// asks endless distinct questions (a hostile font, a long rubric) cannot grow it without limit.
export function remembered<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    const computed = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, computed);
    return computed;
  };
}

/**
 * A function of one object, remembered for as long as the object lives: a batch asks the same question of one
 * résumé's lines or one rubric's list in several checks, and holding the answer costs nothing once they go.
 */
export function rememberedFor<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const known = new WeakMap<K, T>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    const computed = compute(key);
    known.set(key, computed);
    return computed;
  };
}
