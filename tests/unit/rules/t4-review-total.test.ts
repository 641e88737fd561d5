// t4-review-total: review.total = upheld + corrected + other + pending.
import { ruleCases } from '../../support/rule-cases';
import { appealTotalCases } from './t4-cases';

ruleCases('t4-review-total', appealTotalCases('review', '行政复议'));
