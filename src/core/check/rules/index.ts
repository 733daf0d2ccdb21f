// The registry of contradiction rules (one file per rule).
import type { Rule } from '../rule';
import { timeMismatch } from './time';
import { dateMismatch } from './date';
import { weekdayMismatch } from './weekday';
import { relativeDateMismatch } from './relative-date';
import { durationMismatch } from './duration';
import { numberMismatch } from './number';
import { moneyMismatch } from './money';
import { percentMismatch } from './percent';
import { negationMismatch } from './negation';
import { antonymMismatch } from './antonym';
import { attributionMismatch } from './attribution';
import { misquote } from './misquote';
import { quoteSpeaker } from './quote-speaker';
import { personSwap } from './person-swap';
import { organizationSwap } from './organization-swap';
import { placeSwap } from './place-swap';
import { roleMismatch } from './role';

export const RULES: Rule[] = [
  timeMismatch, dateMismatch, weekdayMismatch, relativeDateMismatch, durationMismatch,
  numberMismatch, moneyMismatch, percentMismatch,
  negationMismatch, antonymMismatch, attributionMismatch,
  misquote, quoteSpeaker,
  personSwap, organizationSwap, placeSwap, roleMismatch,
];
