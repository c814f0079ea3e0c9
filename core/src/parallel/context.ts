// What a pair rule reads (rules/parallel/): both sides and their aligned groups. Types only, so
// that the rule layer depends on the pair check's data, not on the code that runs the rules.

import type { CompiledVocabulary } from '../vocabulary/compile';
import type { PairSide, Sentence } from './side';

/** An aligned group: source sentences and the target sentences that translate them (either may be empty). */
export interface PairLink {
  source: Sentence[];
  target: Sentence[];
  /** All sentences of the aligned blocks the group lies in: where a value moved to a neighbouring sentence is still found. */
  context: { source: Sentence[]; target: Sentence[] };
  /** For a group with no target: the target sentence after which the source's is missing (none at the start). */
  after?: Sentence;
  /** The source block was dropped whole (a list item, a paragraph). */
  blockDropped: boolean;
}

export interface PairContext {
  source: PairSide;
  target: PairSide;
  links: PairLink[];
  vocab: CompiledVocabulary;
  /** The target's length per source length (letters and digits), which alignment expects of each group. */
  ratio: number;
  reportDate: string;
}
