import * as assert from 'assert';
import { nameWordCases, personNameForms } from '../../src/core/morph/inflect';

suite('Polish name inflection (completion forms)', () => {
  test('masculine consonant stems: every case, with the locative alternation', () => {
    assert.deepStrictEqual(personNameForms('Dmitrij Pieskow', 'm'), ['Dmitrija Pieskowa', 'Dmitrijowi Pieskowowi', 'Dmitrijem Pieskowem', 'Dmitriju Pieskowie']);
    assert.deepStrictEqual(nameWordCases('Putin', 'm'), { gen: 'Putina', dat: 'Putinowi', acc: 'Putina', ins: 'Putinem', loc: 'Putinie' });
    assert.deepStrictEqual(nameWordCases('Nowak', 'm'), { gen: 'Nowaka', dat: 'Nowakowi', acc: 'Nowaka', ins: 'Nowakiem', loc: 'Nowaku' });
    assert.strictEqual(nameWordCases('Trump', 'm')?.loc, 'Trumpie');
    assert.strictEqual(nameWordCases('Donald', 'm')?.loc, 'Donaldzie');
    assert.strictEqual(nameWordCases('Władimir', 'm')?.loc, 'Władimirze');
    assert.strictEqual(nameWordCases('Buzek', 'm')?.gen, 'Buzka'); // the mobile e
  });

  test('adjectival names and soft first names', () => {
    assert.deepStrictEqual(personNameForms('Jan Kowalski', 'm'), ['Jana Kowalskiego', 'Janowi Kowalskiemu', 'Janem Kowalskim', 'Janie Kowalskim']);
    assert.deepStrictEqual(personNameForms('Anna Kowalska', 'f'), ['Anny Kowalskiej', 'Annie Kowalskiej', 'Annę Kowalską', 'Anną Kowalską']);
    assert.strictEqual(nameWordCases('Jerzy', 'm')?.gen, 'Jerzego');
    assert.strictEqual(nameWordCases('Linde-Dobrzański', 'm')?.gen, 'Linde-Dobrzańskiego'); // only the inflecting part changes
    assert.strictEqual(nameWordCases('Kamińska-Nowak', 'f')?.ins, 'Kamińską-Nowak');
  });

  test('names in -a: genitive -y/-i, softened dative and locative, -ę, -ą', () => {
    assert.deepStrictEqual(nameWordCases('Marta', 'f'), { gen: 'Marty', dat: 'Marcie', acc: 'Martę', ins: 'Martą', loc: 'Marcie' });
    assert.deepStrictEqual(nameWordCases('Agnieszka', 'f'), { gen: 'Agnieszki', dat: 'Agnieszce', acc: 'Agnieszkę', ins: 'Agnieszką', loc: 'Agnieszce' });
    assert.strictEqual(nameWordCases('Olga', 'f')?.dat, 'Oldze');
    assert.strictEqual(nameWordCases('Maria', 'f')?.gen, 'Marii');
    assert.strictEqual(nameWordCases('Alicja', 'f')?.gen, 'Alicji');
    assert.strictEqual(nameWordCases('Duda', 'm')?.dat, 'Dudzie');
  });

  test('names Polish leaves uninflected give no forms', () => {
    assert.deepStrictEqual(personNameForms('Emily Horne', 'f'), []);
    assert.deepStrictEqual(personNameForms('Agnieszka Nowak', 'f'), ['Agnieszki Nowak', 'Agnieszce Nowak', 'Agnieszkę Nowak', 'Agnieszką Nowak']);
    assert.strictEqual(nameWordCases('Nowak', 'f'), null);
    assert.strictEqual(nameWordCases('Szydło', 'f'), null);
    assert.strictEqual(nameWordCases('IBM', 'm'), null); // acronyms take a hyphen ("IBM-u"): left to the sources
    assert.strictEqual(nameWordCases('3M', 'm'), null);
  });
});
