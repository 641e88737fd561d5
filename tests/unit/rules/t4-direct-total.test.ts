// t4-direct-total: suit-direct.total = upheld + corrected + other + pending.
import { ruleCases } from '../../support/rule-cases';
import { appealTotalCases } from './t4-cases';

ruleCases('t4-direct-total', appealTotalCases('suit-direct', '未经复议直接起诉'));
