// Generates the binary/encoded fixtures for the format tests under test/fixtures/formats/:
//   press-release.docx   a Polish press release (headings, paragraphs, a list, a table) made with `docx`
//   report.pdf           a 3-page Polish report with a running header and page numbers, made with `pdfkit`
//                        and the DejaVu Sans font (Polish letters), which Debian ships in fonts-dejavu-core
//   scanned.pdf          a page with drawings only, no text layer (what a scanned PDF looks like to a text reader)
//   news-pl-cp1250.html  news-pl.html re-encoded as Windows-1250 with a matching <meta charset>
// The generated files are committed; run this only to change them: `node scripts/make-format-fixtures.mjs`.
// It also exports the generators the benchmark uses (a long PDF, a large HTML page).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/fixtures/formats');
const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu'];
const FIXED_DATE = new Date('2025-03-14T09:30:00Z');

function font(name) {
  for (const d of FONT_DIRS) if (existsSync(join(d, name))) return join(d, name);
  throw new Error(`font ${name} not found (apt-get install fonts-dejavu-core)`);
}

// ---------- .docx ----------
export async function makeDocx() {
  const p = (text, opts = {}) => new Paragraph({ children: [new TextRun(text)], ...opts });
  const cell = (text, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })], width: { size: 3000, type: WidthType.DXA } });
  const doc = new Document({
    creator: 'Biuro Prasowe Fundacji Czysta Wisła',
    title: 'Fundacja Czysta Wisła otwiera trzy nowe stacje pomiarowe',
    description: 'Informacja prasowa',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{
      children: [
        p('INFORMACJA PRASOWA', { alignment: AlignmentType.RIGHT }),
        p('Warszawa, 12 marca 2025 r.', { alignment: AlignmentType.RIGHT }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Fundacja Czysta Wisła otwiera trzy nowe stacje pomiarowe')] }),
        new Paragraph({ children: [new TextRun({ text: 'Od 1 kwietnia 2025 r. jakość wody w Wiśle będzie badana w Sandomierzu, Płocku i Toruniu. Inwestycja kosztowała 2,4 mln zł, z czego 1,8 mln zł pochodziło z dotacji Narodowego Funduszu Ochrony Środowiska.', bold: true })] }),
        p('Nowe stacje będą co 15 minut mierzyć temperaturę wody, jej zasolenie, zawartość tlenu i stężenie azotanów. Dane trafią do publicznego serwisu, w którym każdy mieszkaniec sprawdzi wyniki z ostatnich 30 dni.'),
        p('– Po katastrofie na Odrze w 2022 roku wiemy, że szybka informacja ratuje rzekę. Chcemy, żeby ostrzeżenie o skażeniu docierało do służb w ciągu godziny, a nie po tygodniu – powiedziała prezes fundacji dr Małgorzata Lewandowska.'),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Co zmierzą stacje')] }),
        new Paragraph({ children: [new TextRun('temperaturę wody i jej zasolenie,')], bullet: { level: 0 } }),
        new Paragraph({ children: [new TextRun('zawartość tlenu rozpuszczonego,')], bullet: { level: 0 } }),
        new Paragraph({ children: [new TextRun('stężenie azotanów i fosforanów.')], bullet: { level: 0 } }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Harmonogram')] }),
        new Table({
          rows: [
            new TableRow({ children: [cell('Stacja', true), cell('Uruchomienie', true), cell('Koszt', true)] }),
            new TableRow({ children: [cell('Sandomierz'), cell('1 kwietnia 2025'), cell('0,7 mln zł')] }),
            new TableRow({ children: [cell('Płock'), cell('15 kwietnia 2025'), cell('0,9 mln zł')] }),
            new TableRow({ children: [cell('Toruń'), cell('30 kwietnia 2025'), cell('0,8 mln zł')] }),
          ],
        }),
        p('Fundacja Czysta Wisła działa od 2015 roku i zrzesza 340 wolontariuszy. W ubiegłym roku jej laboratorium zbadało 1250 próbek wody.'),
        p('Kontakt dla mediów: Piotr Zając, rzecznik prasowy, tel. 600 100 200.'),
      ],
    }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

// ---------- .pdf ----------
const REPORT = [
  ['h1', 'Raport roczny 2024'],
  ['p', 'Fundacja Czysta Wisła przedstawia podsumowanie działalności w 2024 roku. W ciągu dwunastu miesięcy wolontariusze fundacji pobrali 1250 próbek wody z 48 punktów na Wiśle i jej dopływach.'],
  ['h2', '1. Wyniki badań'],
  ['p', 'Średnie stężenie azotanów w próbkach wyniosło 12,4 mg/l, czyli o 8 proc. mniej niż w 2023 roku. Najwyższe wartości zmierzono 14 sierpnia 2024 r. w okolicach Płocka, gdzie stężenie sięgnęło 31 mg/l.'],
  ['p', 'W 37 punktach jakość wody oceniono jako dobrą, w 9 jako umiarkowaną, a w 2 jako złą. Zarząd fundacji uznał wyniki za zachęcające, ale zażądał od gmin nadrzecznych pilnej modernizacji oczyszczalni ścieków.'],
  ['h2', '2. Finanse'],
  ['p', 'Przychody fundacji wyniosły 3,2 mln zł, w tym 1,1 mln zł z darowizn indywidualnych i 1,8 mln zł z dotacji. Koszty działalności statutowej sięgnęły 2,9 mln zł. Wynagrodzenia stanowiły 21 proc. wydatków.'],
  ['p', '– Każda złotówka z darowizn trafia na badania i edukację – podkreśla skarbnik fundacji Jan Wróblewski.'],
  ['h2', '3. Plany na 2025 rok'],
  ['p', 'W 2025 roku fundacja uruchomi trzy automatyczne stacje pomiarowe: w Sandomierzu, Płocku i Toruniu. Budżet inwestycji wynosi 2,4 mln zł. Fundacja planuje też przeszkolić 500 nauczycieli z 120 szkół.'],
];

function pdfDoc(title) {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 64, right: 64 }, bufferPages: true, info: { Title: title, Author: 'Fundacja Czysta Wisła', CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'make-format-fixtures' } });
  doc.registerFont('body', font('DejaVuSans.ttf'));
  doc.registerFont('bold', font('DejaVuSans-Bold.ttf'));
  return doc;
}

function finish(doc, header) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.font('body').fontSize(8).fillColor('#555555');
    doc.text(header, margins.left, 36, { lineBreak: false });
    doc.text(`Strona ${i + 1} z ${range.count}`, margins.left, doc.page.height - 48, { width: doc.page.width - margins.left - margins.right, align: 'center', lineBreak: false });
    doc.page.margins = margins;
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on('data', c => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    doc.end();
  });
}

function writeBlocks(doc, blocks) {
  for (const [kind, text] of blocks) {
    if (kind === 'h1') doc.font('bold').fontSize(20).fillColor('black').text(text).moveDown(0.6);
    else if (kind === 'h2') doc.font('bold').fontSize(13).fillColor('black').moveDown(0.4).text(text).moveDown(0.3);
    else doc.font('body').fontSize(10.5).fillColor('black').text(text, { align: 'justify', lineGap: 2 }).moveDown(0.6);
  }
}

export function makeReportPdf() {
  const doc = pdfDoc('Raport roczny 2024');
  writeBlocks(doc, REPORT.slice(0, 5));
  doc.addPage();
  writeBlocks(doc, REPORT.slice(5, 8));
  doc.addPage();
  writeBlocks(doc, REPORT.slice(8));
  return finish(doc, 'Fundacja Czysta Wisła · Raport roczny 2024');
}

/** A long report for the benchmark: `pages` pages of varied Polish paragraphs. */
export function makeLongPdf(pages = 50) {
  const doc = pdfDoc('Raport długi');
  const paras = REPORT.filter(b => b[0] === 'p').map(b => b[1]);
  for (let pg = 0; pg < pages; pg++) {
    if (pg) doc.addPage();
    doc.font('bold').fontSize(13).text(`Rozdział ${pg + 1}. Punkt pomiarowy nr ${pg * 7 + 3}`).moveDown(0.3);
    for (let k = 0; k < 7; k++) {
      const t = paras[(pg + k) % paras.length].replace(/\d+(?:,\d+)?/g, m => String(Number(m.replace(',', '.')) + pg + k).replace('.', ','));
      doc.font('body').fontSize(10).text(t, { align: 'justify' }).moveDown(0.5);
    }
  }
  return finish(doc, 'Raport długi (benchmark)');
}

export function makeScannedPdf() {
  const doc = pdfDoc('Skan pisma');
  // Grey bars where a scanner would have produced an image of text lines: no text operators at all.
  doc.rect(64, 72, 467, 40).fill('#dddddd');
  for (let y = 140; y < 700; y += 18) doc.rect(64, y, 300 + ((y * 37) % 167), 8).fill('#888888');
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on('data', c => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    doc.end();
  });
}

// ---------- HTML ----------
/** Encodes a string as Windows-1250, writing characters it lacks as numeric character references. */
export function encodeWindows1250(text) {
  const dec = new TextDecoder('windows-1250');
  const map = new Map();
  for (let b = 0; b < 256; b++) map.set(dec.decode(Uint8Array.of(b)), b);
  const out = [];
  for (const ch of text) {
    const b = map.get(ch);
    if (b !== undefined) out.push(b);
    else for (const c of Buffer.from(`&#${ch.codePointAt(0)};`, 'latin1')) out.push(c);
  }
  return Uint8Array.from(out);
}

/** A large saved page (about `bytes` long): the news page with its article and comments repeated. */
export function makeLargeHtml(bytes = 1024 * 1024) {
  const page = readFileSync(join(dir, 'news-pl.html'), 'utf8');
  const article = /<div class="article-body">([\s\S]*?)<\/div>\s*<footer/.exec(page)[1];
  const comments = /<section id="comments"[\s\S]*?<\/section>/.exec(page)[0];
  const parts = [];
  let size = page.length;
  for (let i = 0; size < bytes; i++) {
    const chunk = `<section class="part-${i}"><h2>Część ${i + 1}</h2>${article.replace(/\d+/g, m => String(Number(m) + i))}</section>\n${comments.replace('id="comments"', `id="comments-${i}"`)}\n`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return page.replace('</article>', parts.filter((_, i) => i % 2 === 0).join('') + '</article>').replace('</main>', parts.filter((_, i) => i % 2 === 1).join('') + '</main>');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(dir, 'press-release.docx'), await makeDocx());
  writeFileSync(join(dir, 'report.pdf'), await makeReportPdf());
  writeFileSync(join(dir, 'scanned.pdf'), await makeScannedPdf());
  const html = readFileSync(join(dir, 'news-pl.html'), 'utf8').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">');
  writeFileSync(join(dir, 'news-pl-cp1250.html'), encodeWindows1250(html));
  console.log('fixtures written to', dir);
}
