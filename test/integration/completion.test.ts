import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, completionItems, labelOf, open, scratch, typeAt } from './helper';

/** Types `text` on a new last line of a copy of drafts/notes.md (no front matter: both fixture sources) and completes there. */
async function completeAfter(text: string, trigger?: string): Promise<{ items: vscode.CompletionItem[]; editor: vscode.TextEditor }> {
  const editor = await open(await scratch('drafts/notes.md'));
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  const pos = await typeAt(editor, end, `\n${text}`);
  return { items: await completionItems(editor.document, new vscode.Position(pos.line + 1, text.length), trigger), editor };
}

const insertOf = (i: vscode.CompletionItem) => typeof i.insertText === 'string' ? i.insertText : i.insertText?.value ?? labelOf(i);
const docOf = (i: vscode.CompletionItem) => typeof i.documentation === 'string' ? i.documentation : i.documentation?.value ?? '';

suite('completion', () => {
  teardown(closeAll);

  test('a name prefix offers the base form first, with kind and source sentence', async () => {
    const { items } = await completeAfter('Minister Ziel');
    assert.ok(items.length, 'no completion items');
    assert.strictEqual(labelOf(items[0]), 'Zieliński', items.slice(0, 5).map(labelOf).join(', '));
    const label = items[0].label as vscode.CompletionItemLabel;
    assert.strictEqual(label.description, 'Person');
    assert.match(docOf(items[0]), /\*\*Person\*\*/);
    assert.match(docOf(items[0]), /szpitale\.pl\.txt:\d+/);
    assert.match(docOf(items[0]), />.*\*\*(Marek )?Zieli/); // the source sentence with the mention in bold
  });

  test('an inflected prefix offers the inflected form that fits', async () => {
    const { items } = await completeAfter('Rozmowa z Zielińskim i wypowiedź Zielińskie');
    assert.strictEqual(labelOf(items[0]), 'Zielińskiego', items.slice(0, 5).map(labelOf).join(', '));
  });

  test('fuzzy: a typo still finds the name', async () => {
    const { items } = await completeAfter('Zelinsky');
    assert.ok(items.slice(0, 5).some(i => labelOf(i).startsWith('Zieli')), items.slice(0, 5).map(labelOf).join(', '));
  });

  test('organisations are found by their acronym', async () => {
    const { items } = await completeAfter('EI');
    const labels = items.slice(0, 5).map(labelOf);
    assert.ok(labels.includes('EIB'), labels.join(', '));
    const full = items.find(i => labelOf(i) === 'European Investment Bank');
    assert.ok(full, 'the full name is offered too');
  });

  test('places', async () => {
    const { items } = await completeAfter('w Krak');
    assert.ok(items.slice(0, 3).some(i => labelOf(i) === 'Kraków' || labelOf(i) === 'Krakowie'), items.slice(0, 5).map(labelOf).join(', '));
  });

  test('a demand completes as the whole clause', async () => {
    const { items } = await completeAfter('Lekarze chcą skrócenia dyż');
    const demand = items.find(i => (i.label as vscode.CompletionItemLabel).description === 'Demand');
    assert.ok(demand, items.slice(0, 8).map(labelOf).join(', '));
    assert.strictEqual(insertOf(demand), 'skrócenia dyżurów do 24 godzin oraz zatrudnienia dodatkowych rejestratorek w przychodniach');
  });

  test('a quote is inserted with the draft language\'s quotation marks', async () => {
    const { items } = await completeAfter('The mayor said: This harb');
    const quote = items.find(i => (i.label as vscode.CompletionItemLabel).description === 'Quote');
    assert.ok(quote, items.slice(0, 8).map(labelOf).join(', '));
    assert.match(insertOf(quote), /^“This harbour will carry the city for the next fifty years,?”$/);
  });

  test('the trigger character lists every source fact, and replaces the trigger', async () => {
    const { items, editor } = await completeAfter('@', '@');
    const kinds = new Set(items.map(i => (i.label as vscode.CompletionItemLabel).description));
    for (const k of ['Person', 'Organization', 'Place', 'Quote', 'Demand']) assert.ok(kinds.has(k), `no ${k} in ${[...kinds].join(', ')}`);
    const range = items[0].range as vscode.Range;
    assert.strictEqual(editor.document.getText(range), '@');
  });

  test('no completion in a source file', async () => {
    const editor = await open('sources/harbour.en.md');
    const items = await completionItems(editor.document, new vscode.Position(2, 10));
    assert.ok(!items.some(i => (i.label as vscode.CompletionItemLabel).description === 'Person'), 'sources get no fact completion');
  });
});

suite('completion in a Polish draft', () => {
  teardown(closeAll);

  test('case forms no source uses are made by Polish grammar ("Zielińskiemu", "Markow" → "Markowi Zielińskiemu"); English drafts do not get them', async () => {
    const complete = async (draft: string, text: string, edit?: (t: string) => string) => {
      const editor = await open(await scratch(draft, edit));
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      const pos = await typeAt(editor, end, `\n${text}`);
      return (await completionItems(editor.document, new vscode.Position(pos.line + 1, text.length))).slice(0, 5).map(labelOf);
    };
    const surname = await complete('drafts/szpitale.pl.md', 'Rektor podziękował Zielińskie');
    assert.ok(surname.includes('Zielińskiemu'), surname.join(', '));
    const full = await complete('drafts/szpitale.pl.md', 'Rektor podziękował Markow');
    assert.ok(full.includes('Markowi Zielińskiemu'), full.join(', '));
    // An English draft with the Polish source: the sources' own forms only.
    const english = await complete('drafts/faithful.en.md', 'Thanks to Zielińskie', t => t.replace('sources: [../sources/harbour.en.md]', 'sources: [../sources/harbour.en.md, ../sources/szpitale.pl.txt]'));
    assert.ok(english.includes('Zielińskiego'), english.join(', '));
    assert.ok(!english.includes('Zielińskiemu'), english.join(', '));
  });

  test('a quote gets Polish quotation marks „…”', async () => {
    const editor = await open(await scratch('drafts/szpitale.pl.md'));
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const text = 'Minister dodał: Nie pozw';
    const pos = await typeAt(editor, end, `\n${text}`);
    const items = await completionItems(editor.document, new vscode.Position(pos.line + 1, text.length));
    const quote = items.find(i => (i.label as vscode.CompletionItemLabel).description === 'Quote');
    assert.ok(quote, items.slice(0, 8).map(labelOf).join(', '));
    assert.strictEqual(insertOf(quote), '„Nie pozwolimy, by pacjenci czekali miesiącami na wizytę”');
  });
});
