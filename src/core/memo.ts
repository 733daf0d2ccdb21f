// A bounded memo for pure look-ups (word → analysis): two generations, so that a full cache forgets only what was
// not used lately instead of everything at once (a cleared cache makes every word of the next document a miss).

export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** `limit`: entries per generation (at most twice as many are held). */
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined || this.old.size === 0) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  get size(): number { return this.young.size + this.old.size; }

  clear(): void { this.young.clear(); this.old.clear(); }
}
