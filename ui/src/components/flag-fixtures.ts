// Catalogue entries, outcomes and citations the flag components' tests share.
import type { DetectedCitation, NatureCode, ProvisionOption, QuestionOutcome } from '../api/bindings';

function provision(regime: string, number: string, name: string, nature: NatureCode = 'qualified'): ProvisionOption {
  return {
    regime,
    provision: number,
    section: number.replace(/\(.*$/, ''),
    name,
    nature,
    public_interest_test: nature !== 'absolute',
    is_ncnd: false,
    note: '',
  };
}

export const catalogue: ProvisionOption[] = [
  provision('FOIA', '14', 'Vexatious or repeated requests', 'limit'),
  provision('FOIA', '14(1)', 'Vexatious requests', 'limit'),
  provision('FOIA', '31(1)', 'Law enforcement'),
  provision('FOIA', '40', 'Personal information', 'absolute_in_most_cases'),
  provision('FOIA', '40(1)', "The applicant's own personal data", 'absolute'),
  provision('FOIA', '40(2)', 'Personal information of third parties', 'absolute_in_most_cases'),
  provision('FOIA', '40(5B)', 'Personal information of third parties', 'absolute_in_most_cases'),
  provision('EIR', '12(5)(b)', 'The course of justice'),
  provision('EIR', '13', 'Personal data of third parties', 'absolute_in_most_cases'),
  provision('FOISA', '38(1)(b)', 'Personal information of third parties', 'absolute_in_most_cases'),
];

export function outcomeRow(overrides: Partial<QuestionOutcome> = {}): QuestionOutcome {
  return {
    question_idx: 0,
    question_key: 'Q1',
    question_label: 'Q1',
    derived: 'answered',
    corrected: null,
    correction_note: null,
    outcome: 'answered',
    ...overrides,
  };
}

export function citationRow(overrides: Partial<DetectedCitation> = {}): DetectedCitation {
  return {
    question_key: 'Q4',
    regime: 'FOIA',
    provision: '40(2)',
    cited_as: '40(2)(3)',
    name: 'Personal information of third parties',
    quote: 'Section 40(2)(3) - Personal Information',
    judgement: null,
    corrected_provision: null,
    judgement_note: null,
    ...overrides,
  };
}
