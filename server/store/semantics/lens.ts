/** Which relationships a lens follows, and in which direction (DESIGN.md, query semantics). */
import type { RelType } from '../../domain/model';
import type { Lens } from '../types';

export const SUPPLY_CHAIN_TYPES: readonly RelType[] = ['PRODUCES', 'INPUT_TO', 'SUPPLIES'];
export const COOPERATION_TYPES: readonly RelType[] = [
  'COOPERATES_WITH',
  'RESEARCHES',
  'LOCATED_IN',
  'PART_OF',
  'MEMBER_OF',
];

export interface LensRule {
  /** null: every type. */
  types: readonly RelType[] | null;
  /** true: only from source to target. */
  directed: boolean;
}

export function lensRule(lens: Lens): LensRule {
  switch (lens) {
    case 'SUPPLY_CHAIN':
      return { types: SUPPLY_CHAIN_TYPES, directed: true };
    case 'COOPERATION':
      return { types: COOPERATION_TYPES, directed: false };
    case 'ALL':
      return { types: null, directed: false };
  }
}
