// Numbers written in digits or words, in Polish and English: "1 100", "1,1", "57,5", "1.5", "13 500", "1,1 mld",
// "2.5 million", "dwa", "dwóch", "pięćdziesięcioma", "półtorej", "tysiące", "ćwierć", "piątym", "5.", "fifty-five",
// "a dozen", "twice". Tables come from data/<lang>/numerals.json and are built once, lazily.
import type { Lang, Token } from './types';
import plData from '../../data/pl/numerals.json';
import enData from '../../data/en/numerals.json';
import plNumbers from '../../data/pl/numbers.json';
import enNumbers from '../../data/en/numbers.json';

export type WordKind = 'cardinal' | 'ordinal' | 'scale' | 'fraction' | 'collective' | 'multiplier' | 'decade';

export interface NumberWord {
  value: number;
  kind: WordKind;
}

interface Tables {
  words: Map<string, NumberWord>;
  scaleAbbr: Set<string>;
}

let tables: Record<Lang, Tables> | undefined;

function addAll(m: Map<string, NumberWord>, src: Record<string, string[]>, kind: WordKind): void {
  for (const [v, forms] of Object.entries(src)) {
    for (const f of forms) if (!m.has(f)) m.set(f, { value: Number(v), kind });
  }
}

/** A language's word table from the lists of its numerals.json, in priority order (a form keeps its first reading). */
function wordTable(data: object, classes: Array<[string, WordKind]>): Map<string, NumberWord> {
  const m = new Map<string, NumberWord>();
  for (const [key, kind] of classes) addAll(m, (data as Record<string, Record<string, string[]>>)[key], kind);
  return m;
}

function build(): Record<Lang, Tables> {
  const pl = wordTable(plData, [['cardinals', 'cardinal'], ['scales', 'scale'], ['fractions', 'fraction'], ['collective', 'collective'], ['multipliers', 'multiplier']]);
  for (const cls of ['hard', 'soft', 'velar'] as const) {
    for (const [stem, v] of Object.entries(plData.ordinalStems[cls])) {
      for (const e of plData.endings[cls]) if (!pl.has(stem + e)) pl.set(stem + e, { value: v, kind: 'ordinal' });
    }
  }
  for (const [stem, v] of Object.entries(plData.decades.stems)) {
    for (const e of plData.decades.endings) {
      // "dziewięćdziesiąte" (the nineties) is also the plural ordinal; the decade reading wins only after "lata".
      const f = stem + e;
      if (!pl.has(f) || pl.get(f)!.kind === 'ordinal') pl.set(f, { value: v, kind: pl.has(f) ? 'ordinal' : 'decade' });
    }
  }
  const en = wordTable(enData, [['cardinals', 'cardinal'], ['scales', 'scale'], ['fractions', 'fraction'], ['multipliers', 'multiplier'], ['ordinals', 'ordinal'], ['decades', 'decade']]);
  return {
    pl: { words: pl, scaleAbbr: new Set(plData.scaleAbbreviations) },
    en: { words: en, scaleAbbr: new Set(enData.scaleAbbreviations) },
  };
}

function t(lang: Lang): Tables {
  if (!tables) tables = build();
  return tables[lang];
}

/** Polish decade adjective ("dziewięćdziesiątych" → 90) or English decade word ("nineties" → 90). */
export function decadeWord(norm: string, lang: Lang): number | undefined {
  if (lang === 'en') {
    const w = t('en').words.get(norm);
    return w?.kind === 'decade' ? w.value : undefined;
  }
  for (const [stem, v] of Object.entries(plData.decades.stems)) {
    if (norm.startsWith(stem) && plData.decades.endings.includes(norm.slice(stem.length))) return v;
  }
  return undefined;
}

/** Looks up one lower-case word ("pięćdziesięciu", "piątym", "fifty-five", "twenty-first"). */
export function numberWord(norm: string, lang: Lang): NumberWord | undefined {
  const m = t(lang).words;
  const direct = m.get(norm);
  if (direct) return direct;
  if (norm.includes('-')) {
    // "fifty-five", "twenty-first"
    const parts = norm.split('-');
    if (parts.length !== 2) return undefined;
    const a = m.get(parts[0]);
    const b = m.get(parts[1]);
    if (a?.kind === 'cardinal' && a.value >= 20 && a.value < 100 && a.value % 10 === 0 && b && b.value < 10 && (b.kind === 'cardinal' || b.kind === 'ordinal')) {
      return { value: a.value + b.value, kind: b.kind };
    }
  }
  return undefined;
}

export function isScaleAbbreviation(norm: string, lang: Lang): boolean {
  return t(lang).scaleAbbr.has(norm);
}

/**
 * Parses a number written in digits with optional separators. Polish uses a decimal comma ("57,5") and a
 * space or dot for thousands ("13 500", "1.100"); English a decimal point and comma thousands ("1,100", "3.2").
 */
const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅛': 0.125 };

export function parseDigits(s: string, lang: Lang): number | null {
  // A vulgar fraction after the digits: "11½", "2¼" (a lone "½" too).
  const vf = /^(\d*)([½¼¾⅓⅔⅕⅛])$/.exec(s.trim());
  if (vf) {
    const whole = vf[1] ? parseDigits(vf[1], lang) : 0;
    return whole === null ? null : Math.round((whole + VULGAR[vf[2]]) * 1000) / 1000;
  }
  const c = s.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (!/^\d+(?:[.,]\d+)*$/.test(c)) return null;
  const hasDot = c.includes('.');
  const hasComma = c.includes(',');
  let intPart = c;
  let frac = '';
  if (hasDot && hasComma) {
    const dec = c.lastIndexOf('.') > c.lastIndexOf(',') ? '.' : ',';
    const i = c.lastIndexOf(dec);
    intPart = c.slice(0, i).replace(/[.,]/g, '');
    frac = c.slice(i + 1);
  } else if (hasDot || hasComma) {
    const sep = hasDot ? '.' : ',';
    const groups = c.split(sep);
    const thousandsLike = groups.length > 2 ? groups.slice(1).every(g => g.length === 3)
      : groups[1].length === 3 && groups[0].length <= 3 && groups[0] !== '0';
    const thousands = groups.length > 2 || (thousandsLike && ((lang === 'pl' && sep === '.') || (lang === 'en' && sep === ',')));
    if (thousands) {
      if (!thousandsLike) return null;
      intPart = groups.join('');
    } else {
      if (groups.length !== 2) return null;
      intPart = groups[0];
      frac = groups[1];
    }
  }
  const v = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(v) ? v : null;
}

/** Canonical decimal string: "50", "57.5", "1100000000" (no exponent, no trailing zeros). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n * 1e6) / 1e6;
  if (Number.isInteger(r)) return BigInt(r).toString();
  return r.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/** A number read from tokens. */
export interface NumberRead {
  value: number;
  /** Token index one past the last token of the number (scale word and its dot included). */
  end: number;
  /** Character offset where the number ends. */
  endOffset: number;
  ordinal: boolean;
  /** Written (at least partly) in words. */
  words: boolean;
  /** Has a scale word or abbreviation ("mln", "million"). */
  scaled: boolean;
  /** A lone fraction word ("pół", "half", "ćwierć"), a multiplier ("twice"), a collective numeral ("dwoje"). */
  fraction: boolean;
  multiplier: boolean;
  /** Digits as written ("7", "2021") when the number is a single digit group without scale; '' otherwise. */
  digits: string;
}

const SINGULAR_SCALE = /^(?:tysiąc|tysiąca|tysiącem|tysiącu|milion|miliona|milionem|milionie|miliard|miliarda|miliardem|miliardzie|bilion|biliona|bilionem|bilionie|thousand|million|billion|trillion|hundred)$/;

const SPACE_GROUP = /^[ \u00a0\u202f\u2009]$/;

/** True when token j immediately follows token i (no space). */
export const adjacent = (tokens: Token[], i: number, j: number) => i >= 0 && j < tokens.length && tokens[j].start === tokens[i].end;

/**
 * Reads a number starting at token i (digits, words or both: "2 tysiące", "1,1 mld", "dwa i pół", "two and a half",
 * "a dozen" is left to callers). `limit` is one past the last usable token (the sentence end).
 */
export function readNumber(tokens: Token[], text: string, i: number, limit: number, lang: Lang): NumberRead | null {
  if (i >= limit) return null;
  const tok = tokens[i];
  let value: number;
  let j: number;
  let words = false;
  let ordinal = false;
  const fraction = false;
  const multiplier = false;
  let digits = '';
  if (tok.type === 'num') {
    let raw = tok.text;
    j = i + 1;
    // Space-separated thousands: "13 500", "1 100 000" (first group 1–3 digits, then groups of exactly three).
    if (/^\d{1,3}$/.test(raw)) {
      while (j < limit && tokens[j].type === 'num' && /^\d{3}$/.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end + 1
        && SPACE_GROUP.test(text[tokens[j - 1].end]) && !(j + 1 < limit && adjacent(tokens, j, j + 1) && /^[.,:]$/.test(tokens[j + 1].text) && j + 2 < limit && tokens[j + 2].type === 'num')) {
        raw += tokens[j].text;
        j++;
      }
    }
    const v = parseDigits(raw, lang);
    if (v === null) return null;
    value = v;
    if (j === i + 1) digits = raw;
    // English ordinal suffix "5th", "21st".
    if (lang === 'en' && j < limit && adjacent(tokens, j - 1, j) && /^(?:st|nd|rd|th)$/.test(tokens[j].norm)) {
      ordinal = true;
      j++;
    }
  } else if (tok.type === 'word') {
    const w = numberWord(tok.norm, lang);
    if (!w || w.kind === 'decade') return null;
    words = true;
    if (w.kind === 'fraction') {
      // "pół", "półtora", "ćwierć" (+ a scale: "pół miliona", "półtora miliarda")
      const sc = i + 1 < limit ? numberWord(tokens[i + 1].norm, lang) : undefined;
      if (sc?.kind === 'scale' && sc.value >= 1000 && !isScaleAbbreviation(tokens[i + 1].norm, lang)) {
        return { value: w.value * sc.value, end: i + 2, endOffset: tokens[i + 1].end, ordinal, words, scaled: true, fraction: false, multiplier, digits };
      }
      return { value: w.value, end: i + 1, endOffset: tok.end, ordinal, words, scaled: false, fraction: true, multiplier, digits };
    }
    if (w.kind === 'multiplier' || w.kind === 'collective') {
      return { value: w.value, end: i + 1, endOffset: tok.end, ordinal: false, words, scaled: false, fraction: false, multiplier: w.kind === 'multiplier', digits };
    }
    if (w.kind === 'scale' && isScaleAbbreviation(tok.norm, lang)) return null;
    // A scale word alone counts only in the singular ("tysiąc", "milion"); "setki tysięcy", "miliony ludzi" are vague.
    if (w.kind === 'scale' && !SINGULAR_SCALE.test(tok.norm)) return null;
    // Compose: hundreds + tens + units, scales multiply ("dwa tysiące pięćset", "two hundred and five thousand").
    let total = 0;
    let group = 0;
    let lastKind: WordKind | null = null;
    let lastValue = 0;
    j = i;
    while (j < limit) {
      const tk = tokens[j];
      if (tk.type !== 'word') break;
      if (lang === 'en' && tk.norm === 'and' && lastKind && j + 1 < limit) {
        const nx = numberWord(tokens[j + 1].norm, lang);
        if (nx && (nx.kind === 'cardinal' || nx.kind === 'ordinal') && nx.value < 100 && (lastValue === 100 || lastKind === 'scale')) { j++; continue; }
        break;
      }
      const nw = numberWord(tk.norm, lang);
      if (!nw || nw.kind === 'fraction' || nw.kind === 'multiplier' || nw.kind === 'collective' || nw.kind === 'decade') break;
      if (nw.kind === 'scale') {
        if (isScaleAbbreviation(tk.norm, lang) && lang === 'en') break;
        if (nw.value === 100) { group = (group || 1) * 100; lastKind = 'cardinal'; lastValue = 100; j++; continue; }
        if (lastKind === 'scale' || lastKind === 'ordinal') break;
        total += (group || 1) * nw.value;
        group = 0;
        lastKind = 'scale';
        lastValue = nw.value;
        j++;
        if (j < limit && tokens[j].text === '.' && adjacent(tokens, j - 1, j) && tk.norm === 'tys') j++;
        continue;
      }
      if (lang === 'en' && nw.value === 100 && nw.kind === 'cardinal') {
        // "hundred"
        group = (group || 1) * 100;
        lastKind = 'cardinal';
        lastValue = 100;
        j++;
        continue;
      }
      // Adding must go from bigger to smaller orders: 200 + 50 + 5, never 5 + 50.
      if (lastKind === 'ordinal' && !(nw.kind === 'ordinal' && lastValue >= 20 && lastValue % 10 === 0 && nw.value < 10)) break;
      if (lastKind === 'ordinal' && order(nw.value) >= order(lastValue)) break;
      if (lastKind === 'cardinal' && order(nw.value) >= order(lastValue)) break;
      if (lastKind === 'cardinal' && lastValue >= 10 && lastValue < 20) break;
      group += nw.value;
      lastKind = nw.kind;
      lastValue = nw.value;
      if (nw.kind === 'ordinal') ordinal = true;
      j++;
    }
    if (j === i) return null;
    value = total + group;
  } else {
    return null;
  }
  // "dwa i pół", "2 i pół", "two and a half".
  if (!ordinal && j + 1 < limit && Number.isInteger(value)) {
    if (tokens[j].norm === 'i' && lang === 'pl' && (tokens[j + 1].norm === 'pół' || tokens[j + 1].norm === 'ćwierć')) {
      value += tokens[j + 1].norm === 'pół' ? 0.5 : 0.25;
      j += 2;
      words = true;
    } else if (lang === 'en' && tokens[j].norm === 'and' && j + 2 < limit && tokens[j + 1].norm === 'a' && (tokens[j + 2].norm === 'half' || tokens[j + 2].norm === 'quarter')) {
      value += tokens[j + 2].norm === 'half' ? 0.5 : 0.25;
      j += 3;
      words = true;
    }
  }
  // Scale after digits: "1,1 mld", "13 milionów", "2.5 million", "$3bn", "20 tys."
  let scaled = false;
  if (!ordinal && j < limit && tokens[j].type === 'word') {
    const sw = numberWord(tokens[j].norm, lang);
    const abbr = isScaleAbbreviation(tokens[j].norm, lang);
    const ok = sw?.kind === 'scale' && sw.value >= 1000 && (!abbr || lang === 'pl' || adjacent(tokens, j - 1, j) || tokens[j].norm.length > 1);
    if (ok && (tok.type === 'num' || sw.value > value)) {
      // 8.2 × 1e9 is 8199999999.999999 in binary floating point: keep 15 significant digits, as written.
      value = Number((value * sw.value).toPrecision(15));
      scaled = true;
      j++;
      digits = '';
      // "20 tys." carries its dot; "mln", "mld" and English "bn", "m" are written without one.
      if (tokens[j - 1].norm === 'tys' && j < limit && tokens[j].text === '.' && adjacent(tokens, j - 1, j)) j++;
    }
  }
  return { value, end: j, endOffset: tokens[j - 1].end, ordinal, words, scaled, fraction, multiplier, digits };
}

function order(v: number): number {
  if (v >= 1000) return 4;
  if (v >= 100) return 3;
  if (v >= 10) return 2;
  return 1;
}

/**
 * Parses a whole string as a number: "pięćdziesięciu" → 50, "1 100" → 1100, "1,1 mld" → 1100000000,
 * "fifty-five" → 55, "półtorej" → 1.5, "a dozen" → 12, "twice" → 2. Returns null when it is not (only) a number.
 */
export function parseNumberText(s: string, lang: Lang): number | null {
  const text = s.trim();
  if (!text) return null;
  const tokens: Token[] = [];
  const re = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const x = m[0];
    tokens.push({ start: m.index, end: m.index + x.length, text: x, norm: x.toLowerCase(), type: /\p{N}/u.test(x[0]) ? 'num' : /\p{L}/u.test(x[0]) ? 'word' : 'punct', sentence: 0 });
  }
  let i = 0;
  if (lang === 'en' && tokens.length > 1 && (tokens[0].norm === 'a' || tokens[0].norm === 'an')) i = 1;
  const r = readNumber(tokens, text, i, tokens.length, lang);
  if (!r) return null;
  let end = r.end;
  if (end < tokens.length && tokens[end].text === '.' && end === tokens.length - 1) end++;
  if (end !== tokens.length) return null;
  if (i === 1 && !(r.words && (r.value === 12 || r.value === 100 || r.value >= 1000))) return null;
  return r.value;
}

// ---- Approximators ("ok.", "około", "ponad", "co najmniej", "about", "more than", "nearly") ----

export type Approx = 'about' | 'more' | 'less';

let approxTables: Record<Lang, Array<{ words: string[]; approx: Approx }>> | undefined;

function approxList(lang: Lang) {
  if (!approxTables) {
    const mk = (src: Record<string, string[][]>) => Object.entries(src)
      .flatMap(([approx, list]) => list.map(words => ({ words, approx: approx as Approx })))
      .sort((a, b) => b.words.length - a.words.length);
    approxTables = { pl: mk(plNumbers.approximators), en: mk(enNumbers.approximators) };
  }
  return approxTables[lang];
}

/** Words written with a final dot when abbreviated: the dot belongs to the approximator ("ok.", "ca."). */
const DOTTED = new Set(['ok', 'ca', 'c', 'approx', 'ok.']);

/**
 * An approximator ending right before token k (and not before token `min`): returns its first token index and
 * meaning, or null. "ok. 50" → about, "ponad 100" → more, "co najmniej" → more, "nearly" → less.
 */
export function approximatorBefore(tokens: Token[], k: number, min: number, lang: Lang): { start: number; approx: Approx } | null {
  for (const { words, approx } of approxList(lang)) {
    let j = k - 1;
    const last = words[words.length - 1];
    if (DOTTED.has(last)) {
      if (j < min || tokens[j].text !== '.') continue;
      j--;
    }
    let ok = true;
    for (let w = words.length - 1; w >= 0; w--, j--) {
      if (j < min || tokens[j].norm !== words[w]) { ok = false; break; }
    }
    if (ok) return { start: j + 1, approx };
  }
  return null;
}
