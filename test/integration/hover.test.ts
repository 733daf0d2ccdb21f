import * as assert from 'assert';
import { closeAll, hoverText, open, posOf } from './helper';

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
