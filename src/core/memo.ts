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

const ONE: Array<readonly number[]> = [];
/**
 * A shared, frozen one-element list [n] (small n): index lists (word → positions) mostly hold one element, and an
 * array of its own costs about 80 bytes. A list that grows must be copied first (see `pushIndex`).
 */
export function singleton(n: number): readonly number[] {
  return n >= 0 && n < 65536 && Number.isInteger(n) ? (ONE[n] ??= Object.freeze([n])) : [n];
}

/** Appends n to the index list under `key` (lists start as shared singletons). */
export function pushIndex<K>(map: Map<K, number[]>, key: K, n: number): void {
  const list = map.get(key);
  if (!list) map.set(key, singleton(n) as number[]);
  else if (Object.isFrozen(list)) map.set(key, [list[0], n]);
  else list.push(n);
}
