import type { CriterionOutcome, Verdict } from '../../shared/ruleOutcome';
import type { BasisRule, Criterion, CriterionKind, RuleSet } from '../eligibilityRules';
import type { CollectiveInput, IndividualInput, UnitSummary } from '../nomineeInputs';

/** A criterion's outcome together with its Vietnamese label, so a UI can list it without the rule set at hand. */
export type EligibilityOutcome = CriterionOutcome & { label: string };

/** The outcome of one basis (A, B, C1, C2): all its parts must pass. */
export type BasisOutcome = EligibilityOutcome & { basis: string; parts: EligibilityOutcome[] };

/** A criterion or basis skipped because it does not concern this kind of unit (e.g. C1 for a Phòng Nội vụ). */
export type NotApplicable = { code: string; label: string; reason: string };

/** Who is being evaluated: the collective itself, or an individual (whose unit is `unit`). */
export type EvaluationSubject =
  | { kind: 'collective'; collective: CollectiveInput; unit: UnitSummary }
  | { kind: 'individual'; individual: IndividualInput; unit: UnitSummary };

/** Everything a criterion may read. Pure data: no clock, no I/O. */
export type EvaluationContext = { ruleSet: RuleSet; subject: EvaluationSubject };

/** An outcome plus the Vietnamese names of the inputs that were missing (empty unless the verdict is unknown). */
export type Evaluated<T extends EligibilityOutcome = EligibilityOutcome> = { outcome: T; missing: string[] };

/** A basis evaluated for one unit, or skipped because its filter excludes the unit. */
export type BasisEvaluation =
  | ({ status: 'evaluated' } & Evaluated<BasisOutcome>)
  | { status: 'notApplicable'; notApplicable: NotApplicable };

/** What one criterion evaluator answers; the caller adds the code, label and clause. */
export type Check = { verdict: Verdict; explanation: string; inputs: Record<string, unknown>; missing: string[] };

/**
 * What an evaluator receives: the rule set and the nominee, and a way to evaluate a collective basis of the same
 * rule set (membership of a qualifying unit judges the unit by the bases themselves). Passed in rather than
 * imported, so the evaluators do not import the interpreter that dispatches to them.
 */
export type CriterionContext = EvaluationContext & { evaluateBasis: (basis: BasisRule) => BasisEvaluation };

/** The criterion of one kind. */
export type CriterionOfKind<K extends CriterionKind> = Extract<Criterion, { kind: K }>;

/** Evaluates one kind of criterion for the subject of the context. Pure. */
export type Evaluator<C extends Criterion> = (criterion: C, ctx: CriterionContext) => Check;

/** One evaluator per criterion kind: the mapped type makes the compiler refuse a missing (or extra) kind. */
export type CriterionEvaluators = { readonly [K in CriterionKind]: Evaluator<CriterionOfKind<K>> };
