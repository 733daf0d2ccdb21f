// Numbers, money and percentages in Polish and English: "dwa porozumienia", "ponad 100 osób", "12 miejscu", "5. miejsce",
// "1,1 mld euro", "5 mln zł", "$2.5 billion", "57,5 proc.", "3.2%", "21 per cent". Spans already taken by dates, times
// and durations are skipped. Identifiers (article/page numbers, list markers, phone numbers, model names) are not facts.
import type { AnalyzedDocument, AttrValue, Fact, Lang, Span, Token } from '../types';
import { makeFact } from './util';
import { adjacent, approximatorBefore, formatNumber, numberWord, readNumber, type NumberRead } from '../numerals';
import plN from '../../../data/pl/numbers.json';
import enN from '../../../data/en/numbers.json';

interface Tables {
  currencies: Map<string, string>;
  currencyQualifiers: Set<string>;
  ambiguousCurrencies: Set<string>;
  subunits: Map<string, string>;
  percent: Set<string>;
  percentPhrases: string[][];
  points: string[][];
  skipBefore: Set<string>;
  ordinalNouns: Set<string>;
  fn: Set<string>;
}

let TABLES: Record<Lang, Tables> | undefined;

function build(lang: Lang): Tables {
  const d = (lang === 'pl' ? plN : enN) as typeof plN & typeof enN;
  const currencies = new Map<string, string>();
  for (const [code, forms] of Object.entries(d.currencies as Record<string, string[]>)) for (const f of forms) currencies.set(f, code);
  const subunits = new Map<string, string>();
  for (const [code, forms] of Object.entries((d.subunits ?? {}) as Record<string, string[]>)) for (const f of forms) subunits.set(f, code);
  return {
    currencies,
    currencyQualifiers: new Set((d as { currencyQualifiers?: string[] }).currencyQualifiers ?? []),
    ambiguousCurrencies: new Set((d as { ambiguousCurrencies?: string[] }).ambiguousCurrencies ?? []),
    subunits,
    percent: new Set(d.percent),
    percentPhrases: (d as { percentPhrases?: string[][] }).percentPhrases ?? [],
    points: [...d.points].sort((a, b) => b.length - a.length),
    skipBefore: new Set(d.skipBefore),
    ordinalNouns: new Set(d.ordinalNouns),
    fn: new Set(d.function),
  };
}

function tables(lang: Lang): Tables {
  if (!TABLES) TABLES = { pl: build('pl'), en: build('en') };
  return TABLES[lang];
}

/** Symbols written before the amount: "$5", "€1.1bn", "£3m", "US$ 20". */
const PREFIX_SYMBOLS = new Map<string, string>([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['zł', 'PLN']]);
const PREFIX_CODES = new Set(['usd', 'eur', 'pln', 'gbp', 'chf', 'rub', 'uah', 'jpy', 'cny']);

interface Hit {
  kind: 'number' | 'money' | 'percent';
  startTok: number;
  endTok: number;
  value: string;
  attributes: Record<string, AttrValue>;
}

const PL_IRREGULAR: Record<string, string> = {
  osób: 'osoba', osoby: 'osoba', osobami: 'osoba', osobom: 'osoba', ludzi: 'człowiek', ludźmi: 'człowiek', dzieci: 'dziecko', dziećmi: 'dziecko',
  razy: 'raz', lat: 'rok', lata: 'rok', państw: 'państwo', państwa: 'państwo', miejsc: 'miejsce', miejsca: 'miejsce', dni: 'dzień',
  tygodni: 'tydzień', tygodnie: 'tydzień', miesięcy: 'miesiąc', miesiące: 'miesiąc', godzin: 'godzina', minut: 'minuta', kobiet: 'kobieta',
  mężczyzn: 'mężczyzna', żołnierzy: 'żołnierz', pracowników: 'pracownik', porozumień: 'porozumienie', głosów: 'głos', mandatów: 'mandat',
  sztuk: 'sztuka', tysięcy: 'tysiąc', tys: 'tysiąc', km: 'km', metrów: 'metr', kilometrów: 'kilometr', ton: 'tona', litrów: 'litr',
  hektarów: 'hektar', ha: 'ha', kg: 'kg', proc: 'procent', miejscu: 'miejsce', miejscem: 'miejsce', miejsce: 'miejsce',
};
const EN_IRREGULAR: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', police: 'police', times: 'time',
};

/** A cheap base form of a counted noun: "porozumienia" → "porozumienie", "domów" → "dom", "soldiers" → "soldier". */
export function nounLemma(w: string, lang: Lang): string {
  if (lang === 'en') {
    if (EN_IRREGULAR[w]) return EN_IRREGULAR[w];
    if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
    if (/(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
    if (/[^su]s$/.test(w)) return w.slice(0, -1);
    return w;
  }
  if (PL_IRREGULAR[w]) return PL_IRREGULAR[w];
  if (/(?:eni|ani|ęci|yci|ici|uci|eci|ści|zi)a$/.test(w)) return w.slice(0, -1) + 'e';
  if (/(?:eń|ań)$/.test(w) && w.length > 5) return w.slice(0, -2) + (w.endsWith('eń') ? 'enie' : 'anie');
  if (/ości$/.test(w)) return w.slice(0, -4) + 'ość';
  if (/[^i]ów$/.test(w) && w.length > 4) return w.slice(0, -2);
  return w;
}

/** One-letter unit symbols that may follow a number ("1,8 l", "5 m", "3 t", "100 g"). */
const UNIT_SYMBOLS = new Set(['l', 'm', 'g', 't', 'W', 'V', 'A']);
/** English time units after an ordinal: "the second half" / "a second time" are not rankings of a count. */
const TIME_UNIT_EN = /^(?:half|time|times|hand|quarter|minute|minutes|hour|hours)$/;
const TIME_NOUNS = /^(?:dzień|dnia|dniu|tydzień|tygodnia|tygodniu|minucie|minuta|minuty|sezon|sezonie)$/;
const PL_VERB_END = /(?:ł|ła|ło|li|ły|ć|cie|ją|żą|dą|uje|ują|ało|iło|ył|ęli|eli|ali|ili|yli|ano|ono|ęto|esz|emy|imy|amy)$/;
const PL_ADJ_END = /(?:ych|ich|ymi|imi|owe|owy|owa|owych|nych|ne|ny|na|nej|nym|skie|skich|ckie|ckich|ski|ska|cy|ci|wsze|sze)$/;
const EN_ADJ_END = /(?:al|ive|ous|ful|ic|ish|ese|an|ed|ing|less|able|ible|ary|ern|est|er|ant|ent|ate)$/;

class NumberScanner {
  readonly tokens: Token[];
  readonly text: string;
  readonly T: Tables;
  readonly hits: Hit[] = [];
  sStart = 0;
  sEnd = 0;
  covered: Uint8Array;

  constructor(readonly doc: AnalyzedDocument, readonly lang: Lang, taken: Span[]) {
    this.tokens = doc.tokens;
    this.text = doc.prose;
    this.T = tables(lang);
    // Tokens inside taken spans (dates, times, durations): a linear walk over both sorted lists.
    this.covered = new Uint8Array(this.tokens.length);
    const spans = [...taken].sort((a, b) => a.start - b.start);
    let k = 0;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      while (k < spans.length && spans[k].end <= t.start) k++;
      for (let q = k; q < spans.length && spans[q].start < t.end; q++) {
        if (spans[q].end > t.start) { this.covered[i] = 1; break; }
      }
    }
  }

  n(i: number): string { return i >= this.sStart && i < this.sEnd ? this.tokens[i].norm : ''; }
  adj(i: number, j: number): boolean { return i >= this.sStart && j < this.sEnd && adjacent(this.tokens, i, j); }
  isCap(i: number): boolean { const t = this.tokens[i]; return !!t && t.type === 'word' && t.text[0] !== t.norm[0]; }
  free(i: number, j: number): boolean { for (let k = i; k < j; k++) if (this.covered[k]) return false; return true; }

  run(): Hit[] {
    for (const s of this.doc.sentences) {
      this.sStart = s.tokenStart;
      this.sEnd = s.tokenEnd;
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        if (this.covered[i]) { i++; continue; }
        const r = this.at(i);
        i = r > i ? r : i + 1;
      }
    }
    return this.hits;
  }

  at(i: number): number {
    const t = this.tokens[i];
    // Currency before the amount: "$5", "€ 1,1 mld", "USD 20", "US$ 5"
    let cur: string | undefined = PREFIX_SYMBOLS.get(t.text);
    let k = i + 1;
    if (!cur && PREFIX_CODES.has(t.norm) && t.text === t.text.toUpperCase()) cur = t.norm.toUpperCase();
    if (!cur && t.norm === 'us' && this.n(i + 1) === '$' && this.adj(i, i + 1)) { cur = 'USD'; k = i + 2; }
    if (cur && cur !== 'PLN' && k < this.sEnd && this.tokens[k].type === 'num' && !this.covered[k]) {
      const r = readNumber(this.tokens, this.text, k, this.sEnd, this.lang);
      if (r && !r.ordinal) {
        let e = r.end;
        // "$5 million dollars" is rare; "$5 billion" is read by readNumber.
        if (this.T.currencies.get(this.n(e)) === cur) e++;
        const ap = approximatorBefore(this.tokens, i, this.sStart, this.lang);
        this.money(ap ? ap.start : i, e, r.value, cur, ap?.approx ?? null);
        return e;
      }
    }
    let startTok = i;
    let r: NumberRead | null = null;
    if (this.lang === 'en' && (t.norm === 'a' || t.norm === 'an') && i + 1 < this.sEnd) {
      // "a dozen", "a hundred", "a million", "a billion dollars"
      const w = numberWord(this.n(i + 1), 'en');
      if (w && (w.value === 12 || w.value === 100 || (w.kind === 'scale' && w.value >= 1000))) {
        r = readNumber(this.tokens, this.text, i + 1, this.sEnd, 'en');
        if (r && w.value === 12 && r.end === i + 2 && this.n(i + 2) === 'of') return i + 3;
      }
      if (!r) return -1;
    } else if (this.lang === 'en' && t.type === 'word' && t.norm.includes('-')) {
      // "third-largest", "second-biggest": an ordinal ranking a superlative, written as one word.
      const m = /^(\p{L}+)-(\p{L}+est)$/u.exec(t.norm);
      const w = m ? numberWord(m[1], 'en') : undefined;
      if (!m || !w || w.kind !== 'ordinal' || w.value < 2 || w.value > 100 || this.covered[i]) return -1;
      this.hits.push({ kind: 'number', startTok: i, endTok: i + 1, value: formatNumber(w.value), attributes: { amount: w.value, approx: null, unit: m[2], ordinal: true } });
      return i + 1;
    } else if (t.type === 'num' || t.type === 'word') {
      r = readNumber(this.tokens, this.text, i, this.sEnd, this.lang);
      if (!r) return -1;
    } else return -1;
    if (!this.free(i, r.end)) return -1;
    // "5-procentowy", "10-proc." : a percentage written as an adjective
    if (t.type === 'num' && this.n(r.end) === '-' && this.adj(r.end - 1, r.end) && this.adj(r.end, r.end + 1) && /^(?:procentow|proc$)/.test(this.n(r.end + 1))) {
      let pe = r.end + 2;
      if (this.n(r.end + 1) === 'proc' && this.n(pe) === '.' && this.adj(pe - 1, pe)) pe++;
      const ap0 = approximatorBefore(this.tokens, i, this.sStart, this.lang);
      this.percent(ap0 ? ap0.start : i, pe, r.value, null, ap0?.approx ?? null, false);
      return pe;
    }
    if (t.type === 'num' && this.isIdentifier(i, r)) return this.skipIdentifier(i);
    let e = r.end;
    // Range: "10-15 osób", "10–15 proc.", "2-3 mln zł"
    let rangeEnd: number | null = null;
    if (t.type === 'num' && /^[-–—]$/.test(this.n(e)) && this.tokens[e + 1]?.type === 'num' && e + 1 < this.sEnd && !this.covered[e + 1]
      && this.adj(e - 1, e) === this.adj(e, e + 1)) {
      const r2 = readNumber(this.tokens, this.text, e + 1, this.sEnd, this.lang);
      if (r2 && !r2.ordinal && r2.value > r.value && !/^0\d/.test(this.tokens[e + 1].text)) {
        let v1 = r.value;
        if (r2.scaled && !r.scaled) v1 *= r2.value / parseScaleless(this.tokens[e + 1].text, this.lang);
        rangeEnd = r2.value;
        r = { ...r, value: v1, scaled: r.scaled || r2.scaled };
        e = r2.end;
      }
    }
    const ap = approximatorBefore(this.tokens, startTok, this.sStart, this.lang);
    if (ap && this.free(ap.start, startTok)) startTok = ap.start;
    const approx = ap?.approx ?? null;
    // Percent: "57,5 proc.", "57,5 procent", "3.2%", "21 per cent", "2 pkt proc."
    for (const words of this.T.points) {
      const pe = this.seqDots(e, words);
      if (pe > 0) { this.percent(startTok, pe, r.value, rangeEnd, approx, true); return pe; }
    }
    if (this.T.percent.has(this.n(e))) {
      let pe = e + 1;
      if (this.n(e) === 'proc' && this.n(pe) === '.') pe++;
      this.percent(startTok, pe, r.value, rangeEnd, approx, false);
      return pe;
    }
    for (const words of this.T.percentPhrases) {
      const pe = this.seqDots(e, words);
      if (pe > 0) { this.percent(startTok, pe, r.value, rangeEnd, approx, false); return pe; }
    }
    // Money: "5 mln zł", "1,1 mld euro", "20 dolarów amerykańskich", "2.5 million dollars", "50 groszy"
    const c = this.T.currencies.get(this.n(e));
    // "złoty"/"złote" is also the adjective golden: "dwa złote medale", "trzykrotny złoty medalista"
    const golden = this.lang === 'pl' && /^złot(?:y|e|a|ego|ym)$/.test(this.n(e)) && (this.isNoun(e + 1) || this.isAdjective(e + 1));
    if (c && !r.ordinal && !r.multiplier && !golden && !(this.T.ambiguousCurrencies.has(this.n(e)) && !/sterling/.test(this.n(e + 1)))) {
      let me = e + 1;
      if (this.n(me) === '.' && this.adj(e, me) && this.n(e) === 'dol') me++;
      if (this.T.currencyQualifiers.has(this.n(me))) me++;
      this.money(startTok, me, r.value, c, approx, rangeEnd);
      return me;
    }
    const sub = this.T.subunits.get(this.n(e));
    if (sub && !r.ordinal && !r.scaled) {
      this.money(startTok, e + 1, r.value / 100, sub, approx, rangeEnd === null ? null : rangeEnd / 100);
      return e + 1;
    }
    return this.plainNumber(i, startTok, e, r, approx, rangeEnd);
  }

  /** A sequence of words where abbreviations may carry a dot: ["pkt", "proc"] matches "pkt proc." */
  seqDots(i: number, words: string[]): number {
    let j = i;
    for (const w of words) {
      const parts = w.split('.');
      for (let p = 0; p < parts.length; p++) {
        if (this.n(j) !== parts[p]) return -1;
        j++;
        if (p < parts.length - 1) { if (this.n(j) !== '.') return -1; j++; }
      }
      if (this.n(j) === '.' && this.adj(j - 1, j) && (w === 'pkt' || w === 'proc' || w === 'p.p')) j++;
    }
    return j;
  }

  plainNumber(i: number, startTok: number, e: number, r: NumberRead, approx: string | null, rangeEnd: number | null): number {
    const t = this.tokens[i];
    const attributes: Record<string, AttrValue> = { amount: r.value, approx, unit: null, ordinal: r.ordinal };
    if (rangeEnd !== null) attributes.amountEnd = rangeEnd;
    if (r.multiplier) {
      // "dwukrotnie", "twice" state a ratio; "trzykrotny mistrz" (three-time champion) does not count anything here.
      if (!/(?:krotnie|twice|thrice|once|fold)$/.test(t.norm)) return e;
      attributes.multiplier = true;
    }
    let end = e;
    // "5. miejsce", "5. lutego" (taken), "12 miejscu"
    if (t.type === 'num' && this.lang === 'pl' && this.n(e) === '.' && this.adj(e - 1, e) && r.digits) {
      const nx = this.tokens[e + 1];
      if (!nx || e + 1 >= this.sEnd || nx.type !== 'word' || this.isCap(e + 1)) return e + 1; // "w 2004." – end of sentence, not an ordinal
      attributes.ordinal = true;
      end = e + 1;
    }
    // Single-word "one"/"jeden", "pierwszy"/"drugi"/"second", lone fractions and words like "dwoje": too common to be worth a fact.
    if (r.words && !r.scaled && t.type === 'word') {
      if (r.value === 1 && !r.ordinal) return e;
      if (r.fraction) return e;
      if (r.ordinal && this.lang === 'en') {
        // "the sixth year in a row", "the third-largest army": an ordinal from "second" on, ranking a noun
        // or a superlative, is a figure of the statement ("first" is too common a word to be one).
        if (r.value < 2 || r.value > 100) return e;
        if (this.n(e) === '-' && this.adj(e - 1, e) && this.adj(e, e + 1) && /^\p{L}+est$/u.test(this.n(e + 1))) {
          const attrs: Record<string, AttrValue> = { amount: r.value, approx: null, unit: this.n(e + 1), ordinal: true };
          this.hits.push({ kind: 'number', startTok, endTok: e + 2, value: formatNumber(r.value), attributes: attrs });
          return e + 2;
        }
        if (!this.isNoun(e) || TIME_UNIT_EN.test(this.n(e))) return e;
      }
      if (r.ordinal && this.lang === 'pl' && !(this.lang === 'pl' && this.T.ordinalNouns.has(this.n(e)) && !TIME_NOUNS.test(this.n(e)))) return e;
    }
    // An age in apposition: "Anna Berg, 47, said…" (a small integer between commas right after a name).
    if (t.type === 'num' && r.digits && !approx && Number.isInteger(r.value) && r.value > 0 && r.value < 120 && e === i + 1
      && this.n(i - 1) === ',' && this.isCap(i - 2) && this.tokens[i - 2]?.type === 'word' && this.tokens[i - 2].text.length > 1 && this.n(e) === ','
      && i - 2 >= this.sStart && e < this.sEnd) {
      this.hits.push({ kind: 'number', startTok, endTok: e, value: formatNumber(r.value), attributes: { amount: r.value, approx: null, unit: 'age', ordinal: false } });
      return e;
    }
    // The counted noun: "dwa porozumienia", "ponad 100 osób", "12 miejscu", "dwa nowe porozumienia"
    let nounTok = -1;
    const cand = end;
    if (this.isAdjective(cand) && this.isNoun(cand + 1)) nounTok = cand + 1;
    else if (this.isNoun(cand)) nounTok = cand;
    if (nounTok >= 0) {
      const noun = this.tokens[nounTok].norm;
      if (this.lang === 'pl' && this.T.ordinalNouns.has(noun) && r.digits && !attributes.ordinal && !(r.value >= 2 && r.value <= 4 && /a$/.test(noun))) attributes.ordinal = true;
      attributes.unit = nounLemma(noun, this.lang);
      attributes.noun = this.tokens[nounTok].text;
      end = nounTok + 1;
    } else if (this.lang === 'pl' && this.T.ordinalNouns.has(this.n(end)) && r.digits) {
      attributes.ordinal = true;
    }
    // A bare integer in digits with no counted noun and no approximator ("POLITYKA 38", "ul. Blachnickiego 1)",
    // phone numbers, years we did not date) cannot be compared with anything: no fact. Scaled amounts and decimals stay.
    if (!attributes.unit && t.type === 'num' && !approx && !r.scaled && Number.isInteger(r.value)) return end;
    // A number in words with no counted noun ("jeden z trzech") is kept only when it counts something after all.
    if (r.words && !attributes.unit && !r.scaled && !r.multiplier && r.value < 10 && !approx) return e;
    const value = rangeEnd !== null ? `${formatNumber(r.value)}/${formatNumber(rangeEnd)}` : formatNumber(r.value);
    this.hits.push({ kind: 'number', startTok, endTok: end, value, attributes });
    return end;
  }

  isNoun(j: number): boolean {
    if (j >= this.sEnd) return false;
    const tk = this.tokens[j];
    if (tk.type !== 'word' || this.covered[j]) return false;
    const w = tk.norm;
    if (this.T.fn.has(w) || numberWord(w, this.lang)) return false;
    if (this.isCap(j) && !(tk.text === tk.text.toUpperCase() && tk.text.length <= 4)) return false;
    if (UNIT_SYMBOLS.has(tk.text)) return true;
    if (this.lang === 'pl') return w.length > 1 && !PL_VERB_END.test(w) || PL_IRREGULAR[w] !== undefined;
    return w.length > 1 && !/(?:ed|ing|ly)$/.test(w);
  }

  isAdjective(j: number): boolean {
    if (j >= this.sEnd) return false;
    const tk = this.tokens[j];
    if (tk.type !== 'word' || this.isCap(j) || this.T.fn.has(tk.norm)) return false;
    return this.lang === 'pl' ? (PL_ADJ_END.test(tk.norm) || /^złot(?:y|e|a|ego|ym|ych)$/.test(tk.norm)) && !PL_IRREGULAR[tk.norm] : EN_ADJ_END.test(tk.norm) && !/s$/.test(tk.norm);
  }

  /** Article/page/issue numbers, list markers, phone numbers and codes, model names ("F-16"): not facts. */
  isIdentifier(i: number, r: NumberRead): boolean {
    const t = this.tokens[i];
    const prev = this.n(i - 1);
    const prevWord = prev === '.' ? this.n(i - 2) : prev;
    if (this.T.skipBefore.has(prevWord) && (prev !== '.' || this.adj(i - 2, i - 1))) return true;
    if (prev === '§' || prev === '#' || prev === '№') return true;
    // "F-16", "Su-27", "COVID-19", "G7" (one token already), "A4"
    if ((prev === '-' || prev === '/') && this.adj(i - 1, i) && this.tokens[i - 2]?.type === 'word' && this.adj(i - 2, i - 1)) return true;
    if (this.adj(i - 1, i) && this.tokens[i - 1]?.type === 'word') return true;
    // Leading zero ("058", "00-950"), long digit strings (phones, ids) and dash-joined digit groups ("675-22-45")
    if (/^0\d/.test(t.text) && !/[.,]/.test(t.text)) return true;
    if (r.digits && r.digits.length >= 7 && !/[.,\s]/.test(r.digits)) return true;
    if ((this.n(i + 1) === '-' || this.n(i + 1) === '/') && this.adj(i, i + 1) && this.tokens[i + 2]?.type === 'num' && this.adj(i + 1, i + 2)
      && (this.n(i + 3) === '-' || this.n(i + 3) === '/' || /^0\d/.test(this.tokens[i + 2].text) || this.n(i + 1) === '/')) return true;
    if (prev === '-' && this.adj(i - 1, i) && this.tokens[i - 2]?.type === 'num' && this.adj(i - 2, i - 1) && (this.n(i - 3) === '-' || /^0\d/.test(this.tokens[i - 2].text))) return true;
    // Scores "29-10", "18-6": the second number is not below a range start
    if ((prev === '-' || prev === '–') && this.tokens[i - 2]?.type === 'num' && this.adj(i - 2, i - 1) === this.adj(i - 1, i)
      && Number(this.tokens[i - 2].text.replace(',', '.')) >= r.value) return true;
    // List markers: "1." / "2)" opening a sentence
    if (i === this.sStart && (this.n(i + 1) === ')' || (this.n(i + 1) === '.' && (i + 2 >= this.sEnd || this.isCap(i + 2))))) return true;
    // Numbers glued to letters after them ("3D", "4K", "5G" are one token; "16-latek" is an age noun)
    if (this.n(i + 1) === '-' && this.adj(i, i + 1) && this.tokens[i + 2]?.type === 'word' && this.adj(i + 1, i + 2)) return true;
    // Sports results and ratios "3:1" are tokens with a colon: readNumber already refused them.
    return false;
  }

  skipIdentifier(i: number): number {
    let j = i + 1;
    while (j < this.sEnd && (this.tokens[j].type === 'num' || /^[-/.]$/.test(this.tokens[j].text)) && this.adj(j - 1, j)) j++;
    return j;
  }

  money(startTok: number, endTok: number, amount: number, currency: string, approx: string | null, rangeEnd: number | null = null): void {
    const attributes: Record<string, AttrValue> = { amount, currency, approx };
    let value = `${formatNumber(amount)} ${currency}`;
    if (rangeEnd !== null) { attributes.amountEnd = rangeEnd; value = `${formatNumber(amount)}/${formatNumber(rangeEnd)} ${currency}`; }
    this.hits.push({ kind: 'money', startTok, endTok, value, attributes });
  }

  percent(startTok: number, endTok: number, amount: number, rangeEnd: number | null, approx: string | null, points: boolean): void {
    const attributes: Record<string, AttrValue> = { amount, approx };
    if (points) attributes.points = true;
    let value = formatNumber(amount);
    if (rangeEnd !== null) { attributes.amountEnd = rangeEnd; value += `/${formatNumber(rangeEnd)}`; }
    this.hits.push({ kind: 'percent', startTok, endTok, value, attributes });
  }
}

function parseScaleless(text: string, lang: Lang): number {
  const r = readNumber([{ start: 0, end: text.length, text, norm: text, type: 'num', sentence: 0 }], text, 0, 1, lang);
  return r && r.value ? r.value : 1;
}

/** Numbers, money and percentages of a document outside the `taken` spans (dates, times, durations). */
export function extractNumbers(doc: AnalyzedDocument, taken: Span[]): Fact[] {
  const s = new NumberScanner(doc, doc.language, taken);
  const out: Fact[] = [];
  for (const h of s.run()) {
    const start = doc.tokens[h.startTok].start;
    const end = doc.tokens[h.endTok - 1].end;
    out.push(makeFact(doc, h.kind, start, end, h.value, h.attributes));
  }
  return out;
}
