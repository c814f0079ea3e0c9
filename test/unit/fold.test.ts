import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Automaton } from '../../core/src/matcher/automaton';
import { fold, Folder, sourceRange } from '../../core/src/text/fold';

test('folding removes case, Vietnamese diacritics and đ, and collapses whitespace', () => {
  assert.equal(fold('Ban Đối ngoại  Trung\nương'), 'ban doi ngoai trung uong');
  assert.equal(fold('Bộ Chính trị'), fold('BO CHINH TRI'));
  assert.equal(fold('Party Central Committee’s'), "party central committee's");
});

test('decomposed (NFD) text folds like composed text and maps back to whole characters', () => {
  const nfd = 'Về Bộ Ngoại giao'.normalize('NFD');
  const folded = new Folder().append(nfd, 0, nfd.length).result();
  assert.equal(folded.text, 've bo ngoai giao');
  const k = folded.text.indexOf('bo ngoai');
  const [s, e] = sourceRange(folded, k, k + 'bo ngoai'.length);
  assert.equal(nfd.slice(s, e).normalize('NFC'), 'Bộ Ngoại');
});

test('barriers keep matches from spanning non-prose', () => {
  const text = 'Ministry `code` Politic';
  const f = new Folder().append(text, 0, 9).barrier(9).append(text, 16, text.length).result();
  const a = new Automaton();
  a.add('ministry politic');
  assert.deepEqual(a.build().search(f.text), []);
});

test('the automaton finds every pattern on word boundaries only, overlaps included', () => {
  const a = new Automaton();
  const politburo = a.add('politburo');
  const party = a.add('party');
  const partyCentral = a.add('party central committee');
  a.build();
  const text = 'the party central committee and the politburo; partying politburos';
  const found = a.search(text).map((m) => [m.pattern, text.slice(m.start, m.end)]);
  assert.deepEqual(found, [
    [party, 'party'],
    [partyCentral, 'party central committee'],
    [politburo, 'politburo'],
  ]);
});

test('the automaton handles patterns that are suffixes of others (failure links)', () => {
  const a = new Automaton();
  const she = a.add('she');
  const he = a.add('he');
  const hers = a.add('hers');
  a.build();
  const text = 'ushers he she hers';
  const got = a.search(text).map((m) => `${m.pattern}@${m.start}`);
  assert.deepEqual(got, [`${he}@7`, `${she}@10`, `${hers}@14`]);
});
