// Deterministic benchmark inputs, written to bench/.data/ (git-ignored):
//
//   vocab/pack-{100,1000,10000}.yaml     Communiqué packs (terms with wrong variants)
//   vocab/prh-{100,1000,10000}.yml       the same wrong → expected pairs as textlint-rule-prh dictionaries
//   vocab/cspell-{100,1000,10000}.json   cspell configs: single-word wrong variants as flagWords
//   reports/report-{10kb,100kb,300kb,1mb,10mb}.md  reports built from the seed sentences,
//                                        a wrong variant planted about every 2,000 characters
//   reports/*.key.json                   the answer key of each report
//   lsp/docs/doc-01..50.md               fifty 100 KB reports for the server's memory figure
//   manifest.json                        sizes, SHA-256 of every file, vocabulary statistics
//
// Everything comes from a seeded PRNG (mulberry32), the seed articles in
// test/fixtures/seeds/ and the word lists in bench/words.mjs: the same bytes on every run.
// The 100- and 1,000-term vocabularies are prefixes of the 10,000-term one; reports plant
// variants of terms from all three tiers (a third each), and each plant records its term's
// index, so recall can be counted against any of the three.
//
// Usage: node bench/generate.mjs [--force] [--quiet]

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import * as W from './words.mjs';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const DATA = join(ROOT, 'bench/.data');
export const GENERATOR_VERSION = 4;
export const SEED = 0x5eed2025;
export const VOCAB_SIZES = [100, 1000, 10000];
export const REPORTS = [
  { name: 'report-10kb', bytes: 10_000 },
  { name: 'report-100kb', bytes: 100_000 },
  { name: 'report-300kb', bytes: 300_000 },
  { name: 'report-1mb', bytes: 1_000_000 },
  { name: 'report-10mb', bytes: 10_000_000 },
];
export const LSP_DOCS = 50;
export const LSP_DOC_BYTES = 100_000;
const PLANT_GAP = [1500, 2500]; // characters between plants: uniform in this range, mean 2,000

// ---------------------------------------------------------------------------------------
// PRNG

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  weighted(entries) {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of entries) if ((r -= w) < 0) return v;
    return entries[entries.length - 1][0];
  }
  shuffle(list) {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

// ---------------------------------------------------------------------------------------
// Folding, as Communiqué compares forms: lower case, no diacritics, đ → d, words only.

export function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
}
/** The comparison key of a phrase: its folded words joined by single spaces. */
export function key(s) {
  return (fold(s).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
function ngrams(text, max = 10) {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= max && i + n <= words.length; n++) set.add(words.slice(i, i + n).join(' '));
  }
  return set;
}
function subphrases(k) {
  const words = k.split(' ');
  const out = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) if (j - i < words.length) out.push(words.slice(i, j).join(' '));
  return out;
}
const isSingleWord = (form) => /^\p{L}+$/u.test(form);

// ---------------------------------------------------------------------------------------
// Seeds: the sentences reports are made of.

export function seedSentences() {
  const dir = join(ROOT, 'test/fixtures/seeds');
  const en = [];
  const vi = [];
  let all = '';
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8').normalize('NFC');
    all += text + '\n';
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line.length < 60 || /https?:|Lượt xem|^date |^Source|^Comment|^Bình luận/.test(line)) continue;
      for (const s of line.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u)) {
        const sentence = s.trim();
        if (sentence.length < 30 || sentence.length > 700 || /^[#>*+\-\d]/.test(sentence) || !/[.!?]["”’)]?$/.test(sentence)) continue;
        const marked = (sentence.match(/[À-ỹ]/gu) ?? []).length;
        (marked >= 4 ? vi : en).push(sentence);
      }
    }
  }
  return { en, vi, all };
}

/** The pack's YAML files, subfolders included, by path. */
function packFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? packFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Every string in the built-in pack that names something (to keep generated forms apart from it). */
function builtinForms() {
  const dir = join(ROOT, 'vocabulary/builtin');
  const forms = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      if (v.length <= 80 && v.split(/\s+/).length <= 8) forms.add(key(v));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (!['definition', 'note', 'reason', 'source', 'summary', 'title', 'source_url'].includes(k)) walk(x);
  };
  for (const f of packFiles(dir)) walk(parseYaml(readFileSync(f, 'utf8')));
  return forms;
}

// ---------------------------------------------------------------------------------------
// Wrong variants

/** Misspellings writers make of an English word: doubled or dropped letters, -ance/-ence, ie/ei, … */
function misspellings(word) {
  const out = new Set();
  const lower = word.toLowerCase();
  const cap = word[0] !== lower[0];
  const put = (w) => out.add(cap ? w[0].toUpperCase() + w.slice(1) : w);
  const vowels = 'aeiouy';
  for (let i = 1; i < lower.length; i++) {
    if (lower[i] === lower[i - 1] && !vowels.includes(lower[i])) put(lower.slice(0, i) + lower.slice(i + 1)); // committee → comittee
  }
  for (let i = 1; i < lower.length - 1; i++) {
    const c = lower[i];
    if ('lmnprst'.includes(c) && vowels.includes(lower[i - 1]) && vowels.includes(lower[i + 1])) put(lower.slice(0, i) + c + lower.slice(i)); // embassy → embbassy
  }
  const swaps = [
    ['ie', 'ei'],
    ['ei', 'ie'],
    ['ance', 'ence'],
    ['ence', 'ance'],
    ['ant', 'ent'],
    ['ent', 'ant'],
    ['ible', 'able'],
    ['able', 'ible'],
    ['ary', 'ery'],
    ['ery', 'ary'],
    ['ment', 'mant'],
    ['tion', 'sion'],
    ['ph', 'f'],
    ['ous', 'us'],
    ['ise', 'ize'],
    ['our', 'or'],
    ['ia', 'ya'],
    ['sc', 's'],
    ['gu', 'g'],
    ['que', 'k'],
  ];
  for (const [a, b] of swaps) {
    let k = lower.indexOf(a, 1);
    while (k > 0) {
      put(lower.slice(0, k) + b + lower.slice(k + a.length));
      k = lower.indexOf(a, k + 1);
    }
  }
  for (let i = 2; i < lower.length - 2; i++) {
    if (vowels.includes(lower[i]) && !vowels.includes(lower[i - 1]) && !vowels.includes(lower[i + 1])) put(lower.slice(0, i) + lower.slice(i + 1)); // parliament → parlament
  }
  const typos = new Set();
  for (let i = 2; i < lower.length - 2; i++) {
    if (lower[i] !== lower[i + 1]) typos.add((cap ? lower[0].toUpperCase() : lower[0]) + lower.slice(1, i) + lower[i + 1] + lower[i] + lower.slice(i + 2)); // transposed letters
  }
  const keep = (set) => [...set].filter((w) => w !== word && w.length >= 5 && key(w) !== key(word));
  return { common: keep(out), typos: keep(typos).filter((w) => !out.has(w)) };
}

const VI_INITIAL = /^(ngh|ng|nh|ch|tr|gh|gi|kh|ph|th|qu|[bcdđghklmnprstvx])?/iu;
/** The spelling mistakes Vietnamese writers make: s/x, ch/tr, d/gi/r, l/n initials; c/t, n/ng finals. */
function vietnameseMisspellings(syllable) {
  const out = [];
  const initial = syllable.match(VI_INITIAL)[0];
  const rest = syllable.slice(initial.length);
  const upper = initial.length > 0 && initial[0] !== initial[0].toLowerCase();
  const withInitial = (i) => (upper ? i[0].toUpperCase() + i.slice(1) : i) + rest;
  const swapsInitial = { tr: ['ch'], ch: ['tr'], s: ['x'], x: ['s'], gi: ['d'], d: ['gi', 'r'], r: ['d', 'gi'], l: ['n'], n: ['l'] };
  for (const to of swapsInitial[initial.toLowerCase()] ?? []) if (rest.length > 0) out.push(withInitial(to));
  const finals = [
    [/c$/u, 't'],
    [/t$/u, 'c'],
    [/(?<![gn])n$/u, 'ng'],
    [/ng$/u, 'n'],
  ];
  for (const [re, to] of finals) if (re.test(syllable) && syllable.length > 2 && !/nh$|ch$/u.test(syllable)) out.push(syllable.replace(re, to));
  return out;
}

function viSpellingVariants(phrase, from = 0) {
  const syllables = phrase.split(' ');
  const out = [];
  for (let i = from; i < syllables.length; i++) {
    for (const m of vietnameseMisspellings(syllables[i])) out.push([...syllables.slice(0, i), m, ...syllables.slice(i + 1)].join(' '));
  }
  return out;
}

function enBodyTerm([scope, unit, subject]) {
  const name = `${scope} ${unit} for ${subject}`;
  const words = subject.split(' ');
  const candidates = [[`${unit} ${subject} ${scope}`], W.EN_PREPOSITION_ERRORS.map((p) => `${scope} ${unit} ${p} ${subject}`)];
  const friends = [];
  words.forEach((w, i) => {
    const f = W.EN_FALSE_FRIENDS[w];
    if (f) friends.push(`${scope} ${unit} for ${[...words.slice(0, i), f, ...words.slice(i + 1)].join(' ')}`);
  });
  candidates.push(friends);
  return { kind: 'en-body', lang: 'en', name, candidates };
}

function enConceptTerm([q, d, f]) {
  const name = `${q} ${d} ${f}`;
  const [f0, ...fRest] = f.split(' ');
  const subst = [];
  if (W.EN_TERM_FALSE_FRIENDS[q]) subst.push(`${W.EN_TERM_FALSE_FRIENDS[q]} ${d} ${f}`);
  if (W.EN_TERM_FALSE_FRIENDS[d]) subst.push(`${q} ${W.EN_TERM_FALSE_FRIENDS[d]} ${f}`);
  if (W.EN_TERM_FALSE_FRIENDS[f0]) subst.push(`${q} ${d} ${[W.EN_TERM_FALSE_FRIENDS[f0], ...fRest].join(' ')}`);
  return { kind: 'en-term', lang: 'en', name, candidates: [subst, [`${d} ${q} ${f}`]] };
}

function enSingleTerm(word) {
  // Mostly the classic mistakes; transposed letters (typing slips) only when few of those exist.
  const { common, typos } = misspellings(word);
  return { kind: 'en-single', lang: 'en', name: word, candidates: [common, common, common.length >= 3 ? common : typos] };
}

function viBodyTerm([unit, subject, scope]) {
  const name = `${unit} ${subject} ${scope}`;
  const unitWords = unit.split(' ').length;
  return { kind: 'vi-body', lang: 'vi', name, candidates: [viSpellingVariants(name, unitWords), viSpellingVariants(name, unitWords), [`${unit} ${scope} ${subject}`]] };
}

function viConceptTerm([noun, domain, qual]) {
  const name = `${noun} ${domain} ${qual}`;
  return { kind: 'vi-term', lang: 'vi', name, candidates: [viSpellingVariants(name), viSpellingVariants(name), [`${noun} ${qual} ${domain}`]] };
}

function product(...lists) {
  return lists.reduce((acc, list) => acc.flatMap((a) => list.map((x) => [...a, x])), [[]]);
}

// ---------------------------------------------------------------------------------------
// Vocabulary

export function buildVocabulary(rng, forbidden) {
  const canonical = new Set(); // keys of every accepted name
  const wrong = new Set(); // keys of every accepted wrong form
  const wrongParts = new Set(); // proper sub-phrases of accepted wrong forms
  const rejected = { seeds: 0, builtin: 0, clash: 0, nested: 0 };

  const okCanonical = (name) => {
    const k = key(name);
    if (forbidden.seeds.has(k)) return (rejected.seeds++, false);
    if (forbidden.builtin.has(k)) return (rejected.builtin++, false);
    if (canonical.has(k) || wrong.has(k)) return (rejected.clash++, false);
    return true;
  };
  const okWrong = (form, name, taken) => {
    const k = key(form);
    if (k === key(name) || taken.has(k)) return false;
    if (forbidden.seeds.has(k)) return (rejected.seeds++, false);
    if (forbidden.builtin.has(k)) return (rejected.builtin++, false);
    if (canonical.has(k) || wrong.has(k)) return (rejected.clash++, false);
    if (wrongParts.has(k) || subphrases(k).some((p) => wrong.has(p))) return (rejected.nested++, false);
    return true;
  };

  /** Accepts a term with 1–3 wrong forms, one per candidate group, or none if nothing fits. */
  const accept = (t) => {
    if (!okCanonical(t.name)) return undefined;
    const want = rng.range(1, 3);
    const forms = [];
    const taken = new Set();
    for (const group of rng.shuffle(t.candidates)) {
      if (forms.length >= want) break;
      for (const form of rng.shuffle(group)) {
        if (okWrong(form, t.name, taken)) {
          forms.push(form);
          taken.add(key(form));
          break;
        }
      }
    }
    if (forms.length === 0) return undefined;
    canonical.add(key(t.name));
    for (const f of forms) {
      wrong.add(key(f));
      for (const p of subphrases(key(f))) wrongParts.add(p);
    }
    return { kind: t.kind, lang: t.lang, name: t.name, wrong: forms };
  };

  const pools = {
    'en-single': rng.shuffle([...new Set([...W.EN_SINGLE_WORDS, ...W.EN_COUNTRIES])].filter((w) => isSingleWord(w) && w.length >= 6)).map(enSingleTerm),
    'en-body': rng.shuffle(product(W.EN_SCOPES, W.EN_UNITS, W.EN_SUBJECTS)).map(enBodyTerm),
    'en-term': rng.shuffle(product(W.EN_QUALIFIERS, W.EN_DOMAINS, W.EN_FRAMEWORKS)).map(enConceptTerm),
    'vi-body': rng.shuffle(product(W.VI_UNITS, W.VI_SUBJECTS, W.VI_SCOPES)).map(viBodyTerm),
    'vi-term': rng.shuffle(product(W.VI_NOUNS, W.VI_DOMAINS, W.VI_QUALIFIERS)).map(viConceptTerm),
  };
  const total = VOCAB_SIZES[VOCAB_SIZES.length - 1];
  const accepted = {};
  // Single words first (the scarcest), up to 600; the rest split between the other kinds.
  accepted['en-single'] = [];
  for (const t of pools['en-single']) {
    if (accepted['en-single'].length >= 600) break;
    const a = accept(t);
    if (a) accepted['en-single'].push(a);
  }
  const rest = total - accepted['en-single'].length;
  const shares = { 'en-body': 0.38, 'en-term': 0.2, 'vi-body': 0.26, 'vi-term': 0.16 };
  let assigned = 0;
  const kinds = Object.keys(shares);
  kinds.forEach((kind, i) => {
    const quota = i === kinds.length - 1 ? rest - assigned : Math.round(rest * shares[kind]);
    assigned += quota;
    accepted[kind] = [];
    for (const t of pools[kind]) {
      if (accepted[kind].length >= quota) break;
      const a = accept(t);
      if (a) accepted[kind].push(a);
    }
    if (accepted[kind].length < quota) throw new Error(`only ${accepted[kind].length} ${kind} terms fit, ${quota} wanted`);
  });

  // Interleave the kinds at random, so that every prefix (100, 1,000) has about the same mix.
  const remaining = Object.fromEntries(Object.entries(accepted).map(([k, v]) => [k, [...v]]));
  const terms = [];
  while (terms.length < total) {
    const kind = rng.weighted(Object.entries(remaining).map(([k, v]) => [k, v.length]));
    terms.push(remaining[kind].shift());
  }
  terms.forEach((t, i) => (t.id = `bench-${String(i + 1).padStart(5, '0')}`));
  return { terms, rejected };
}

function yamlString(s) {
  return JSON.stringify(s);
}

export function packYaml(terms, size) {
  let out = `# Communiqué benchmark vocabulary: ${size} synthetic terms with wrong variants (bench/generate.mjs).\n`;
  out += `# Plausible, not real, names. The same wrong → expected pairs are in prh-${size}.yml.\n`;
  out += `pack:\n  id: bench-${size}\n  name: ${yamlString(`Benchmark vocabulary (${size} terms)`)}\n  version: "${GENERATOR_VERSION}"\n`;
  out += 'terms:\n';
  for (const t of terms) {
    out += `  - id: ${t.id}\n    name: { ${t.lang}: ${yamlString(t.name)} }\n    wrong:\n`;
    for (const w of t.wrong) out += `      - form: ${yamlString(w)}\n        fix: ${yamlString(t.name)}\n`;
    out += '    source: "synthetic (bench/generate.mjs)"\n    confidence: low\n';
  }
  return out;
}

export function prhYaml(terms, size) {
  let out = `# textlint-rule-prh dictionary: the wrong → expected pairs of pack-${size}.yaml (bench/generate.mjs).\nversion: 1\nrules:\n`;
  for (const t of terms) {
    out += `  - expected: ${yamlString(t.name)}\n    patterns:\n`;
    for (const w of t.wrong) out += `      - ${yamlString(w)}\n`;
  }
  return out;
}

export function cspellConfig(terms, size) {
  const flagWords = [];
  const words = [];
  let multi = 0;
  for (const t of terms) {
    if (isSingleWord(t.name)) words.push(t.name);
    for (const w of t.wrong) {
      if (isSingleWord(w)) flagWords.push(w);
      else multi++;
    }
  }
  return {
    config: {
      $comment: `cspell: the single-word wrong variants of pack-${size}.yaml as flagWords; ${multi} multi-word variants cannot be expressed (cspell checks single words).`,
      version: '0.2',
      language: 'en',
      // Report every occurrence: by default cspell stops after a few repeats of one word.
      maxNumberOfProblems: 1000000,
      maxDuplicateProblems: 1000000,
      words,
      flagWords,
    },
    single: flagWords.length,
    multi,
  };
}

// ---------------------------------------------------------------------------------------
// Reports

const EN_KINDS = [
  ['en-body', 0.4],
  ['en-term', 0.3],
  ['en-single', 0.3],
];
const VI_KINDS = [
  ['vi-body', 0.6],
  ['vi-term', 0.4],
];
const TEMPLATE_OF = { 'en-body': W.TEMPLATES.enBody, 'en-term': W.TEMPLATES.enTerm, 'en-single': W.TEMPLATES.enSingle, 'vi-body': W.TEMPLATES.vi, 'vi-term': W.TEMPLATES.vi };

/** Terms by kind and tier: tier 0 = index < 100, 1 = < 1,000, 2 = < 10,000. */
function tierIndex(terms) {
  const byKind = {};
  terms.forEach((t, i) => {
    const tier = VOCAB_SIZES.findIndex((n) => i < n);
    (byKind[t.kind] ??= [[], [], []])[tier].push(i);
  });
  return byKind;
}

export function buildReport(rng, sentences, terms, tiers, targetBytes, title) {
  let text = `---\ndate: 2024-11-05\n---\n\n# ${title}\n\n`;
  let bytes = Buffer.byteLength(text);
  let line = text.split('\n').length;
  const plants = [];
  let sincePlant = rng.range(0, PLANT_GAP[1]);
  let gap = rng.range(...PLANT_GAP);
  let paragraphs = 0;
  let section = 0;
  while (bytes < targetBytes) {
    if (paragraphs % 8 === 0) {
      const h = `## ${++section}. ${section % 2 ? 'Developments' : 'Assessment'}\n\n`;
      text += h;
      bytes += Buffer.byteLength(h);
      line += 2;
    }
    paragraphs++;
    const lang = rng.next() < 0.65 ? 'en' : 'vi';
    const pool = sentences[lang];
    const count = rng.range(3, 7);
    let paragraph = '';
    const inParagraph = [];
    for (let s = 0; s < count; s++) {
      const sentence = rng.pick(pool);
      paragraph += (paragraph ? ' ' : '') + sentence;
      sincePlant += sentence.length + 1;
      if (sincePlant >= gap) {
        const kind = rng.weighted(lang === 'en' ? EN_KINDS : VI_KINDS);
        const byTier = tiers[kind];
        let tier = rng.int(3);
        while (byTier[tier].length === 0) tier = (tier + 1) % 3;
        const index = rng.pick(byTier[tier]);
        const term = terms[index];
        const form = rng.pick(term.wrong);
        const template = rng.pick(TEMPLATE_OF[kind]);
        const at = template.indexOf('{f}');
        const planted = template.slice(0, at) + form + template.slice(at + 3);
        paragraph += ' ';
        inParagraph.push({ offset: paragraph.length + at, form, expected: term.name, term: index, id: term.id, kind });
        paragraph += planted;
        sincePlant = template.length - at - 3;
        gap = rng.range(...PLANT_GAP);
      }
    }
    const startOffset = text.length;
    for (const p of inParagraph) {
      plants.push({ line, column: p.offset + 1, offset: startOffset + p.offset, length: p.form.length, form: p.form, expected: p.expected, term: p.term, id: p.id, kind: p.kind });
    }
    const chunk = paragraph + '\n\n';
    text += chunk;
    bytes += Buffer.byteLength(chunk);
    line += 2;
  }
  return { text, plants };
}

// ---------------------------------------------------------------------------------------

const sha256 = (s) => createHash('sha256').update(s).digest('hex');

export function generate({ force = false, quiet = false } = {}) {
  const manifestPath = join(DATA, 'manifest.json');
  const sentences = seedSentences();
  const builtinDir = join(ROOT, 'vocabulary/builtin');
  const inputsHash = sha256(
    [
      String(GENERATOR_VERSION),
      String(SEED),
      readFileSync(new URL('./words.mjs', import.meta.url), 'utf8'),
      readFileSync(new URL(import.meta.url), 'utf8'),
      sentences.all,
      ...packFiles(builtinDir).map((f) => readFileSync(f, 'utf8')),
    ].join('\u0000'),
  );
  if (!force && existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.inputsHash === inputsHash && Object.keys(m.files).every((f) => existsSync(join(DATA, f)))) {
      if (!quiet) console.log(`bench/.data is up to date (inputs ${inputsHash.slice(0, 12)})`);
      return m;
    }
  }
  const t0 = Date.now();
  for (const d of ['vocab', 'reports', 'lsp/docs']) mkdirSync(join(DATA, d), { recursive: true });
  const files = {};
  const write = (rel, content) => {
    writeFileSync(join(DATA, rel), content);
    files[rel] = { bytes: Buffer.byteLength(content), sha256: sha256(content) };
  };

  const templatesText = Object.values(W.TEMPLATES).flat().join('\n').replace(/\{f\}/g, '.');
  const forbidden = { seeds: ngrams(sentences.all + '\n' + templatesText), builtin: builtinForms() };
  const rng = new Rng(SEED);
  const { terms, rejected } = buildVocabulary(rng, forbidden);

  const vocabStats = {};
  for (const size of VOCAB_SIZES) {
    const slice = terms.slice(0, size);
    write(`vocab/pack-${size}.yaml`, packYaml(slice, size));
    write(`vocab/prh-${size}.yml`, prhYaml(slice, size));
    const cs = cspellConfig(slice, size);
    write(`vocab/cspell-${size}.json`, JSON.stringify(cs.config, null, 1) + '\n');
    const byKind = {};
    for (const t of slice) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
    const forms = slice.reduce((n, t) => n + t.wrong.length, 0);
    vocabStats[size] = { terms: size, wrongForms: forms, singleWordForms: cs.single, multiWordForms: cs.multi, byKind };
  }
  const examples = {};
  for (const t of terms) if ((examples[t.kind] ??= []).length < 4) examples[t.kind].push({ name: t.name, wrong: t.wrong });

  const tiers = tierIndex(terms);
  const reportStats = {};
  REPORTS.forEach((r, i) => {
    const rr = new Rng(SEED + 1 + i);
    const { text, plants } = buildReport(rr, sentences, terms, tiers, r.bytes, `Foreign affairs review ${i + 1} (synthetic benchmark input)`);
    write(`reports/${r.name}.md`, text);
    write(`reports/${r.name}.key.json`, JSON.stringify({ report: `${r.name}.md`, bytes: Buffer.byteLength(text), plants }, null, 0) + '\n');
    reportStats[r.name] = {
      bytes: Buffer.byteLength(text),
      chars: text.length,
      lines: text.split('\n').length,
      plants: plants.length,
      singleWordPlants: plants.filter((p) => isSingleWord(p.form)).length,
    };
  });
  for (let d = 1; d <= LSP_DOCS; d++) {
    const rr = new Rng(SEED + 1000 + d);
    const { text } = buildReport(rr, sentences, terms, tiers, LSP_DOC_BYTES, `Foreign affairs review D${d} (synthetic benchmark input)`);
    write(`lsp/docs/doc-${String(d).padStart(2, '0')}.md`, text);
  }

  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed: SEED,
    inputsHash,
    sentences: { en: sentences.en.length, vi: sentences.vi.length },
    vocab: vocabStats,
    rejectedCandidates: rejected,
    examples,
    reports: reportStats,
    files,
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n');
  if (!quiet) console.log(`generated bench/.data in ${((Date.now() - t0) / 1000).toFixed(1)} s (inputs ${inputsHash.slice(0, 12)})`);
  return manifest;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const m = generate({ force: process.argv.includes('--force'), quiet: process.argv.includes('--quiet') });
  if (!process.argv.includes('--quiet')) {
    console.log(JSON.stringify({ sentences: m.sentences, vocab: m.vocab, rejected: m.rejectedCandidates, reports: m.reports }, null, 1));
  }
}
