// The registry of contradiction rules (one file per rule).
import type { Rule } from '../rule';

export const RULES: Rule[] = [];
