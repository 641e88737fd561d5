// t4-after-review-total: suit-after-review.total = upheld + corrected + other + pending.
import { ruleCases } from '../../support/rule-cases';
import { appealTotalCases } from './t4-cases';

ruleCases('t4-after-review-total', appealTotalCases('suit-after-review', '复议后起诉'));
