// Writes vocabulary/pack.schema.json. The schema is kept as code so that its repeated
// parts (localized names, provenance, wrong variants) are written once.
import { writeFileSync } from 'node:fs';

const lang = { enum: ['en', 'vi'], description: 'Language: en (English) or vi (Vietnamese).' };
const localized = (what) => ({
  type: 'object',
  description: `${what}, per language.`,
  properties: { en: { type: 'string', minLength: 1 }, vi: { type: 'string', minLength: 1 } },
  additionalProperties: false,
  minProperties: 1,
});
const localizedList = (what) => ({
  type: 'object',
  description: `${what}, per language.`,
  properties: {
    en: { type: 'array', items: { type: 'string', minLength: 1 } },
    vi: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
  additionalProperties: false,
});
const partialDate = {
  type: ['string', 'integer'],
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  description: 'A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD.',
};
const id = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9-]*$',
  description: 'Stable id (lowercase letters, digits, hyphens). A later layer with the same id overrides this entry.',
};
// One public source: who published it, its title, its date and where to read it.
const sourceRef = {
  type: 'object',
  properties: {
    publisher: { type: 'string', minLength: 1, description: 'The outlet: "Nhân Dân", "VNA", "Ministry of Foreign Affairs".' },
    title: { type: 'string', minLength: 1, description: 'The title of the page or article.' },
    date: { ...partialDate, description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.' },
    url: { type: 'string', pattern: '^https?://', description: 'Where to read it.' },
  },
  required: ['publisher', 'url'],
  additionalProperties: false,
};
const provenance = {
  // A list of public sources (publisher, title, date, url); a plain string is still read, for
  // house packs that name their source in words.
  source: {
    type: ['string', 'object', 'array'],
    minLength: 1,
    minItems: 1,
    items: sourceRef,
    ...{ properties: sourceRef.properties, required: sourceRef.required, additionalProperties: false },
    description: 'Where the fact comes from: a list of public sources (publisher, title, date, url), or a sentence.',
  },
  source_url: { type: 'string', pattern: '^https?://', description: 'Link to the source, shown in hovers.' },
  confidence: { enum: ['high', 'medium', 'low'], description: 'high: an official outlet states it; medium: one secondary source; low: to be confirmed.' },
  note: { type: 'string' },
};
const provenanceRequired = ['source', 'confidence'];
const matchOptions = {
  case: { enum: ['sensitive', 'insensitive'], description: 'sensitive: only this capitalisation is matched.' },
  diacritics: { enum: ['strict', 'lenient'], description: 'lenient (default): also matched without Vietnamese diacritics.' },
};
// A bare string is a wrong form whose fix is the canonical name; an object says more.
// (type: [string, object] rather than oneOf, so that errors stay specific.)
const wrongVariant = {
  type: ['string', 'object'],
  minLength: 1,
  properties: {
    form: { type: 'string', minLength: 1, description: 'The wrong form as writers type it.' },
    lang,
    fix: { type: 'string', minLength: 1, description: 'Replacement; defaults to the canonical name in that language.' },
    reason: { type: 'string', description: 'Why the form is wrong, shown to the writer.' },
    unless_near: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'The form is correct when one of these words stands near it: within ten words, in the same sentence.',
    },
    ...matchOptions,
  },
  required: ['form'],
  additionalProperties: false,
};
const entity = (description, properties, required = []) => ({
  type: 'array',
  description,
  items: {
    type: 'object',
    properties: { id, ...properties, ...provenance },
    required: ['id', ...required, ...provenanceRequired],
    additionalProperties: false,
  },
});

const documentTypes = [
  'resolution',
  'directive',
  'conclusion',
  'regulation',
  'decision',
  'guidance',
  'notice',
  'statute',
  'project',
  'plan',
  'programme',
  'report',
  'decree',
  'law',
  'agreement',
  'treaty',
];
const eventKinds = ['congress', 'plenum', 'membership', 'un-seat', 'chairmanship', 'hosting', 'normalisation', 'diplomatic-relations', 'other'];
const partnershipLevels = ['comprehensive', 'strategic', 'comprehensive-strategic', 'special'];

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://communique.invalid/pack.schema.json',
  title: 'Communiqué vocabulary pack file',
  description: 'One YAML file of a Communiqué vocabulary pack. Every section is optional.',
  type: 'object',
  additionalProperties: false,
  properties: {
    pack: {
      type: 'object',
      properties: { id, name: { type: 'string' }, version: { type: 'string' }, description: { type: 'string' } },
      required: ['id'],
      additionalProperties: false,
    },
    documents: entity(
      'Official documents and how they are cited.',
      {
        type: { enum: documentTypes },
        number: { type: ['string', 'integer'], description: 'The number before the type code: "34" in 34-NQ/TW.' },
        symbol: { type: 'string', minLength: 3, description: 'The full symbol: 34-NQ/TW, 30/2020/NĐ-CP.' },
        party_term: { type: 'integer', minimum: 1, maximum: 30, description: 'Party Central Committee term (khóa); Party numbering restarts each term.' },
        issuer: { ...id, description: 'Id of the issuing body.' },
        date: partialDate,
        title: localized('Title'),
        summary: localized('One-line summary'),
        status: { enum: ['in-force', 'superseded', 'expired', 'unknown'] },
        superseded_by: { ...id, description: 'Id of the document that replaces this one.' },
        short_forms: localizedList('Short forms writers use ("Resolution 34")'),
        signed: { ...partialDate, description: 'Agreements and treaties: the date of signature.' },
        in_force: { ...partialDate, description: 'Agreements and treaties: entry into force for Vietnam.' },
      },
      ['type', 'number', 'title'],
    ),
    bodies: entity(
      'Party and State bodies.',
      {
        name: localized('Canonical name'),
        abbreviations: { type: 'array', items: { type: 'string' } },
        variants: localizedList('Accepted alternative names'),
        wrong: { type: 'array', items: wrongVariant, description: 'Wrong, mistranslated or outdated names.' },
        definition: localized('Definition shown in hovers'),
        valid_from: partialDate,
        valid_to: partialDate,
        successor: id,
      },
      ['name'],
    ),
    titles: entity(
      'Official titles and who held them.',
      {
        name: localized('Canonical title'),
        body: id,
        variants: localizedList('Accepted alternative forms'),
        wrong: { type: 'array', items: wrongVariant },
        definition: localized('Definition shown in hovers'),
        valid_from: { ...partialDate, description: 'When the office was created, if after the period the pack covers.' },
        valid_to: { ...partialDate, description: 'When the office ended.' },
        holders: {
          type: 'array',
          items: {
            type: 'object',
            properties: { person: id, from: partialDate, to: partialDate, acting: { type: 'boolean' }, ...provenance },
            required: ['person', ...provenanceRequired],
            additionalProperties: false,
          },
        },
      },
      ['name'],
    ),
    people: entity(
      'People, by name.',
      {
        name: localized('Name (vi with diacritics, en without)'),
        variants: { type: 'array', items: { type: 'string', minLength: 1 } },
        country: {
          type: 'string',
          minLength: 1,
          description: 'The country the person serves, when not Vietnam ("China"): Vietnam\'s offices are not checked against foreign leaders ("President Xi Jinping").',
        },
        styled: { type: 'array', items: id, description: 'Titles the person is called by whatever the date ("President Ho Chi Minh"): ids of titles.' },
      },
      ['name'],
    ),
    terms: entity(
      'Terminology.',
      {
        name: localized('Canonical form'),
        variants: localizedList('Accepted variants (one per document)'),
        wrong: { type: 'array', items: wrongVariant },
        definition: localized('Definition shown in hovers'),
      },
      ['name'],
    ),
    framings: entity(
      'Required framings such as the three pillars.',
      {
        name: localized('Name of the framing'),
        triggers: localizedList('Phrases that announce the framing'),
        members: {
          type: 'array',
          minItems: 2,
          items: {
            type: 'object',
            properties: {
              id,
              name: localized('Canonical name of the member'),
              variants: localizedList('Accepted names'),
              short: localizedList('Bare words naming the member inside an enumeration'),
              role: localized('Role statement shown in hovers'),
              wrong: { type: 'array', items: wrongVariant, description: 'Wrong names of the member ("People\'s diplomacy").' },
            },
            required: ['id', 'name'],
            additionalProperties: false,
          },
        },
        statement: localized('The framing written out in full'),
        definition: localized('Definition shown in hovers'),
      },
      ['name', 'triggers', 'members'],
    ),
    events: entity(
      'Events: Party congresses, memberships, terms on UN bodies, chairmanships, normalisations.',
      {
        kind: { enum: eventKinds, description: 'What kind of event: decides which verbs in a sentence refer to it ("joined", "gia nhập" for a membership).' },
        name: localized('Name'),
        subject: localizedList('How writers name the organisation or country the event is about ("WTO", "World Trade Organization")'),
        ordinal: { type: 'integer', minimum: 1 },
        start: partialDate,
        end: partialDate,
        place: localized('Place'),
      },
      ['name'],
    ),
    partnerships: entity(
      "Vietnam's relationship with a country: each level it reached, when, and the framework's name.",
      {
        country: localized("The country's name"),
        aliases: localizedList('Other names writers use for the country'),
        established: { ...partialDate, description: 'When diplomatic relations were established.' },
        levels: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            properties: {
              level: { enum: partnershipLevels },
              from: partialDate,
              name: localized("The framework's exact name, as the joint statement gives it"),
              ...provenance,
            },
            required: ['level', 'from', ...provenanceRequired],
            additionalProperties: false,
          },
        },
      },
      ['country', 'levels'],
    ),
    milestones: entity(
      'Milestones and goals.',
      {
        year: { type: 'integer', minimum: 1900, maximum: 2200 },
        description: localized('Description'),
        marks: localizedList('Phrases that name the milestone ("100th anniversary of the Party"): a year written with them must be this one'),
        set_by: id,
      },
      ['year', 'description'],
    ),
  },
};

writeFileSync(new URL('../vocabulary/pack.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
