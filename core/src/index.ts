// The core's one public entry: the CLI, the language server, the benchmarks and the tests of
// behaviour import from here. The core knows nothing of editors, LSP or Node's file system:
// text and vocabulary in, findings, hovers and completions out.

export { checkBytes, checkText, type CheckOptions, type CheckResult } from './check';
export { isDisabled, messageLanguages, severityOf } from './outcome';
export { decodeReport, type Decoded } from './text/decode';
export { CONFIG_FILES, isConfigFile, isProjectPackFile, MARKDOWN_EXTENSIONS, PACK_FILE, PACK_GLOB, PLAINTEXT_EXTENSIONS, PROJECT_FOLDER, REPORT_GLOB, reportSyntax } from './files';
export { CONFIG_KEYS, emptyConfig, MAX_CONFIG_BYTES, parseProjectConfig, type ConfigOrigin, type LanguageSetting, type ProjectConfig } from './config/project';
export { checkOptionsOf, effectiveConfig, isExcluded, type EffectiveConfig, type FoundProject, type FromSource, type Overrides } from './config/effective';
export type { Finding, Fix, Severity, SeveritySetting, TextEdit } from './findings';
export { RULES, ruleById } from './rules/registry';
export { CATEGORIES, type Category, type RuleDefinition } from './rules/rule';
export { analyzeBlock } from './analysis/block';
export { AnalysisCache } from './analysis/cache';
export { parseReport } from './text/parse';
export type { ReportDocument, Syntax } from './text/document';
export { LineIndex } from './text/lines';
export { isValidDay } from './time';
export { explain, targetAt } from './features/explain';
export { completeAt, type CompletionCandidate } from './features/complete';
export { formatCitation, type CitationStyle } from './citations/format';
export { documentLabel, listCitations, referencesEdit, reportLanguage } from './features/references';
export {
  BUILTIN_SCHEME,
  builtinUri,
  TREE_SECTIONS,
  vocabularyTree,
  type LayerKind,
  type TreeEntry,
  type TreeFolder,
  type TreeNode,
  type VocabularyTree,
} from './features/vocabularyTree';
export { mentionsOf } from './features/mentions';
export { buildVocabulary, builtinVocabulary, type BuiltVocabulary, type LayerSource, type VocabularyCache } from './vocabulary';
export type { CompiledVocabulary } from './vocabulary/compile';
export type { Lang } from './types';
export { isBlocking, loadPackFile, mergeLayers, problemToString, MAX_VOCAB_FILE_BYTES, type LoadedFile, type SourceFile, type VocabProblem } from './vocabulary/load';
export { isPrhDictionary, vocabularyToPrh } from './vocabulary/prh';
export { isTbxSource, vocabularyToTbx } from './vocabulary/tbx';
export { vocabularyStats } from './vocabulary/stats';
export { CATALOGUES, dateIn, msg, render, type Message, type MessageId, type Param } from './messages/message';
export { alignedSourceAt, comparePair, compareTexts, type PairOptions, type PairResult } from './compare';
export type { AnalysedReport } from './parallel/side';
export {
  entityAt,
  entityKey,
  entityMentions,
  entityOfForm,
  entityOrigin,
  reportSymbols,
  type EntityMention,
  type EntityRef,
  type ReportSymbol,
  type ReportSymbolKind,
} from './features/entities';
export { applyProposal, documentProposal, newId, personProposal, termProposal, wrongFormProposal, SOURCE_TO_COMPLETE, type Proposal } from './features/addToVocabulary';
export { addPackEntry, appendToEntryList, PACK_HEADER, type PackEditResult, type PackInsertion } from './vocabulary/edit';
export { completionContext, ENUM_FIELDS, ID_PATTERN, occurrencesOf, packTokens, REFERENCE_FIELDS, roleOf, tokenAt, type PackToken, type TokenRole } from './features/packs';
export { SECTIONS, type Origin, type Section } from './vocabulary/model';
