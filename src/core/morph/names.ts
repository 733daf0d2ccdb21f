// Polish proper-name forms → base forms, from the capitalised entries of the Polish Hunspell dictionary
// (data/pl/names.json, derived by scripts/derive-names.mjs). Lookups run the dictionary's suffix rules backwards
// (form → candidate base forms → kept when the dictionary lists that base form with a flag that produces the form),
// so nothing is expanded up front; the base-form table is built once, on first use.
import names from '../../../data/pl/names.json';
import { BoundedCache } from '../memo';

export interface NameEntry {
  lemma: string;
  /** Hunspell flags of the entry: its inflection class (used as a coarse hint of what the name is). */
  flags: string;
}

interface Rule { flag: string; strip: string; add: string; cond: RegExp | null }
const data = names as unknown as { rules: Record<string, string>; groups: Record<string, string> };
let lemmas: Map<string, string> | null = null;
/** Rules indexed by the suffix they add, then by the suffix they strip. */
let byAdd: Map<string, Map<string, Rule[]>> | null = null;
let addLengths: number[] = [];
const cache = new BoundedCache<string, readonly NameEntry[]>(10000);
const NO_ENTRIES: readonly NameEntry[] = Object.freeze([]);

function build(): void {
  lemmas = new Map();
  for (const [flags, words] of Object.entries(data.groups)) for (const w of words.split(' ')) lemmas.set(w, flags);
  byAdd = new Map();
  const regexes = new Map<string, RegExp>();
  for (const [flag, text] of Object.entries(data.rules)) {
    for (const r of text.split(';')) {
      const [strip, add, cond] = r.split(',');
      let re: RegExp | null = null;
      if (cond !== '.' && cond !== strip) {
        re = regexes.get(cond) ?? new RegExp(`${cond}$`, 'u');
        regexes.set(cond, re);
      }
      const rule = { flag, strip, add, cond: re };
      let byStrip = byAdd.get(add);
      if (!byStrip) byAdd.set(add, byStrip = new Map());
      const list = byStrip.get(strip);
      if (list) list.push(rule);
      else byStrip.set(strip, [rule]);
    }
  }
  addLengths = [...new Set([...byAdd.keys()].map(k => k.length))].sort((a, b) => a - b);
}

/** Dictionary entries whose inflected forms include `form` (case-sensitive, e.g. "Putina" → Putin). */
export function nameEntries(form: string): readonly NameEntry[] {
  const hit = cache.get(form);
  if (hit) return hit;
  if (!lemmas) build();
  const out: NameEntry[] = [];
  const own = lemmas!.get(form);
  if (own !== undefined) out.push({ lemma: form, flags: own });
  for (const n of addLengths) {
    if (n >= form.length) break;
    const byStrip = byAdd!.get(n ? form.slice(-n) : '');
    if (!byStrip) continue;
    const stem = form.slice(0, form.length - n);
    for (const [strip, rules] of byStrip) {
      const lemma = stem + strip;
      if (lemma === form) continue;
      const flags = lemmas!.get(lemma);
      if (flags === undefined) continue;
      for (const r of rules) {
        if (!flags.includes(r.flag) || (r.cond && !r.cond.test(lemma))) continue;
        if (!out.some(e => e.lemma === lemma)) out.push({ lemma, flags });
        break;
      }
    }
  }
  // (most words are not in the dictionary: their empty answer is one shared list)
  const res = out.length ? out : NO_ENTRIES;
  cache.set(form, res);
  return res;
}

/** The dictionary's flags for the base form `lemma`, if it lists one. */
export function nameFlags(lemma: string): string | undefined {
  if (!lemmas) build();
  return lemmas!.get(lemma);
}

const formsCache = new BoundedCache<string, string[]>(2500);
/** All inflected forms the dictionary gives for the base form `lemma` (empty when it does not list it). */
export function nameForms(lemma: string): readonly string[] {
  const hit = formsCache.get(lemma);
  if (hit) return hit;
  if (!lemmas) build();
  const flags = lemmas!.get(lemma);
  const out: string[] = [];
  if (flags !== undefined) {
    out.push(lemma);
    for (const byStrip of byAdd!.values()) {
      for (const r of [...byStrip.values()].flat()) {
        if (!flags.includes(r.flag) || !lemma.endsWith(r.strip) || (r.cond && !r.cond.test(lemma))) continue;
        const f = lemma.slice(0, lemma.length - r.strip.length) + r.add;
        if (!out.includes(f)) out.push(f);
      }
    }
  }
  formsCache.set(lemma, out);
  return out;
}
