import * as assert from 'assert';
import { checked, closeAll, hoverText, open, posOf } from './helper';

suite('hover cards', () => {
  teardown(closeAll);

  suite('in a source file', () => {
    const cases: Array<[string, string, string, RegExp[]]> = [
      // [file, text to hover, kind label, expected pieces]
      ['sources/szpitale.pl.txt', 'Marek Zieliński', 'Person', [/Marek Zieli/, /Role: minister zdrowia/, /szpitale\.pl\.txt:1/]],
      ['sources/szpitale.pl.txt', 'Naczelnej Rady', 'Organization', [/Naczelna Rada/, /\*\*Naczelnej Rady Lekarskiej\*\*/]],
      ['sources/szpitale.pl.txt', 'Krakowie', 'Place', [/Kraków/]],
      ['sources/harbour.en.md', 'Laura Bennett', 'Person', [/Laura Bennett/]],
      ['sources/szpitale.pl.txt', '14 marca 2023', 'Date', [/2023-03-14/]],
      ['sources/szpitale.pl.txt', '10:30', 'Time', [/10:30/]],
      ['sources/szpitale.pl.txt', 'dwie godziny', 'Duration', [/PT2H/]],
      ['sources/szpitale.pl.txt', '140 tys.', 'Number', [/140000/]],
      ['sources/szpitale.pl.txt', '2,5 mld zł', 'Amount of money', [/2500000000 PLN/]],
      ['sources/harbour.en.md', '4.2 percent', 'Percentage', [/4\.2/]],
      ['sources/szpitale.pl.txt', 'Nie pozwolimy', 'Quote', [/Speaker: Marek Zieli/]],
      ['sources/szpitale.pl.txt', 'skrócenia dyżurów', 'Demand', [/skrócenia dyżurów/]],
    ];
    for (const [file, needle, kind, pieces] of cases) {
      test(`${kind}: "${needle}"`, async () => {
        const ed = await open(file);
        const text = await hoverText(ed.document, posOf(ed.document, needle, 2));
        assert.ok(text.includes(`**${kind}**`), `no ${kind} card: ${text}`);
        for (const p of pieces) assert.match(text, p);
      });
    }
  });

  test('the card links to the source file and line', async () => {
    const ed = await open('sources/szpitale.pl.txt');
    const text = await hoverText(ed.document, posOf(ed.document, 'Warszawie', 2));
    assert.match(text, /\[sources\/szpitale\.pl\.txt:7\]\(command:grounded\.openSource\?/);
  });

  test('another mention of the same entity is counted', async () => {
    const ed = await open('sources/szpitale.pl.txt');
    const text = await hoverText(ed.document, posOf(ed.document, 'Zielińskiego', 2));
    assert.match(text, /more time\(s\) in this source/);
  });
});

suite('hover cards in a draft', () => {
  teardown(closeAll);

  test('a flagged span shows the finding, its evidence and the verdict with the expected value', async () => {
    const ed = await open('drafts/szpitale.pl.md');
    await checked(ed.document);
    const text = await hoverText(ed.document, posOf(ed.document, '11:30', 2));
    assert.match(text, /\*\*✗ Źródło podaje godz\. 10:30\*\*/); // the finding (message in the draft's language)
    assert.match(text, /> Minister zdrowia .*\*\*godz\. 10:30\*\*/); // the evidence sentence, matched span in bold
    assert.match(text, /\[sources\/szpitale\.pl\.txt:1\]\(command:grounded\.openSource\?/);
    assert.match(text, /Grounded `time-mismatch`/);
    assert.match(text, /\*\*Time\*\* · godz\. 11:30/); // the fact card
    assert.match(text, /✗ Contradicts the source — expected \*\*godz\. 10:30\*\*/);
  });

  test('a fact that agrees: ✓, the source sentence and the person\'s role', async () => {
    const ed = await open('drafts/szpitale.pl.md');
    await checked(ed.document);
    const text = await hoverText(ed.document, posOf(ed.document, 'Marek Zieliński', 3));
    assert.match(text, /\*\*Person\*\*/);
    assert.match(text, /✓ Agrees with the source/);
    assert.match(text, /Role: minister zdrowia/);
    assert.match(text, /Mentioned 3 more time\(s\) in this source\./);
  });

  test('a fact the sources do not have', async () => {
    const ed = await open('drafts/szpitale.pl.md');
    await checked(ed.document);
    const text = await hoverText(ed.document, posOf(ed.document, '30 czerwca', 2));
    assert.match(text, /\? Not found in the sources/);
  });

  test('a quote\'s card names its speaker in the source', async () => {
    const ed = await open('drafts/faithful.en.md');
    await checked(ed.document);
    const text = await hoverText(ed.document, posOf(ed.document, 'This harbour', 3));
    assert.match(text, /\*\*Quote\*\*/);
    assert.match(text, /Speaker: Laura Bennett/);
  });
});
