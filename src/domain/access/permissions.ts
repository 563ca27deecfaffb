import type { Role } from './roles';

/**
 * Every action of the system and the roles that may perform it. Scope is checked separately
 * (`inScope`): a permission says *what*, the scope says *where*. Later issues add their actions here,
 * and the compiler insists that each names its roles.
 */
export const PERMISSIONS = {
  /** Read org units (tree, search, detail) within scope. */
  'orgUnit.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Create, edit, import org units. */
  'orgUnit.write': ['admin'],
  /** Export org units as XLSX/CSV, within scope. */
  'orgUnit.export': ['admin', 'province_secretariat', 'district_aggregator'],
  /** List and read user accounts. */
  'user.read': ['admin'],
  /** Create users, change role/unit, deactivate, reset passwords. */
  'user.manage': ['admin'],
  /** Read the audit log. */
  'audit.read': ['admin', 'province_secretariat'],
  /** Verify the tamper-evident audit chain (issue 11, item 9): walks every chained row and names the first that does not match. */
  'audit.verify': ['admin'],
  /** Read feedback threads (phản ánh, vướng mắc; issue 11, item 7): a unit its own, a district its communes', province roles all. */
  'feedback.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Raise a difficulty to UBND tỉnh via Sở Nội vụ, reply in the unit's thread, close it, reopen it by writing again. */
  'feedback.raise': ['unit_officer', 'unit_head', 'district_aggregator'],
  /** Answer feedback threads (Sở Nội vụ as the secretariat), see how long each has waited, close them. */
  'feedback.answer': ['province_secretariat'],
  /** Read PAR Index results, rankings and charts (others than province roles see published years only). */
  'parResult.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Enter and import PAR scores; edit classification schemes (SPEC §3 step 4). */
  'parResult.manage': ['province_secretariat'],
  /** Record the publication of a year's ranking, which freezes it and opens the dossier window (II.3.c). */
  'parResult.publish': ['province_secretariat'],
  /** Read yearly ratings, attestations and commune recognitions, within scope. */
  'rating.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Enter and import yearly ratings of units and people, and PAR-task ratings (SPEC §3 step 5). */
  'rating.manage': ['province_secretariat'],
  /** Attest compliance and solidarity (III.1.a): the unit head for their own unit; the secretariat from paper. */
  'attestation.manage': ['province_secretariat', 'unit_head'],
  /**
   * Confirm that a person carried out the assigned CCHC tasks excellently in a year (III.1.b, second bullet): the head
   * of the person's unit (scope: their own unit); the secretariat from paper.
   */
  'parTaskConfirmation.manage': ['province_secretariat', 'unit_head'],
  /**
   * Record and publish the CCHC results of the district's communes for a year (Kiên Giang: the district assesses its
   * communes; basis B reads them): the district's Phòng Nội vụ, within its district.
   */
  'communePar.manage': ['district_aggregator'],
  /** Recognise the district's most outstanding commune (III.1.a, second bullet): the district within it; the secretariat from paper. */
  'recognition.manage': ['province_secretariat', 'district_aggregator'],
  /** Maintain the holiday calendar of each year (BLDS 2015 Điều 148 needs it for deadlines). */
  'holidayCalendar.manage': ['province_secretariat'],
  /** Read eligibility results (III.1), within scope. */
  'eligibility.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Try changed thresholds or inputs without saving (what-if). */
  'eligibility.whatIf': ['province_secretariat'],
  /**
   * Set up and edit a campaign's Bằng khen rule set (criteria, thresholds, clauses), versioned, until the year's PAR
   * ranking is published. Reading it needs only `eligibility.read`.
   */
  'ruleSet.manage': ['province_secretariat'],
  /** Read campaigns (plan data, timeline, status). */
  'campaign.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Set up, edit, clone campaigns and move their status (Sở Nội vụ runs the campaign, SPEC §1). */
  'campaign.manage': ['province_secretariat'],
  /** Read registrations within scope (IV.1). */
  'registration.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Create and edit the unit's own registration (a district aggregator: the district itself and its Phòng Nội vụ). */
  'registration.edit': ['unit_officer', 'district_aggregator'],
  /**
   * Import registrations from XLSX/CSV: those who write them on screen, for their units, and Sở Nội vụ for any unit
   * (paper forms sent to it; policies/registration.ts `mayImportRegistrationOf`).
   */
  'registration.import': ['unit_officer', 'district_aggregator', 'province_secretariat'],
  /** Approve and send the unit's registration (the unit head). */
  'registration.submit': ['unit_head'],
  /** Accept or return a registration: the district for its communes, Sở Nội vụ for the rest. */
  'registration.review': ['district_aggregator', 'province_secretariat'],
  /** Accept a registration after the deadline, with a logged reason (II.3.b). */
  'registration.lateOverride': ['province_secretariat'],
  /** Read district and province consolidations of registrations. */
  'consolidation.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'district_aggregator'],
  /** Forward the district's consolidated list to Sở Nội vụ (IV.1). */
  'consolidation.forwardDistrict': ['district_aggregator'],
  /** Record Sở Nội vụ's consolidation for UBND tỉnh (IV.1). */
  'consolidation.forwardProvince': ['province_secretariat'],
  /** Read CCHC initiatives within scope (II.1.b). */
  'initiative.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Record, edit and delete the unit's own initiatives (II.1.b). */
  'initiative.edit': ['unit_officer', 'district_aggregator'],
  /** Read Giấy khen criteria (III.2): one's own issuer, the district of one's commune, or all (province roles). */
  'unitMeritCriteria.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Set the Giấy khen criteria of one's own department or district (III.2: the head issues them; the officer or Phòng Nội vụ drafts). */
  'unitMeritCriteria.manage': ['unit_head', 'unit_officer', 'district_aggregator'],
  /** Read people (cá nhân, SPEC §2) within scope. */
  'person.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Record and edit people: the unit its own, the district aggregator within its district, Sở Nội vụ anywhere (scope decides where). */
  'person.manage': ['unit_officer', 'unit_head', 'district_aggregator', 'province_secretariat'],
  /** List, add and deactivate the CA certificates trusted for ký số verification (a system setting). */
  'trustedCertificate.manage': ['admin'],
  /** Check the digital signatures of a PDF (each role that uploads or reviews signed documents). */
  'signature.verify': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Read nominations (đề nghị khen thưởng, III.4) and quota use within scope. */
  'nomination.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Propose and withdraw nominations: a district its communes, a collective its individuals (policies/nomination.ts). */
  'nomination.propose': ['unit_officer', 'district_aggregator', 'province_secretariat'],
  /** Pick typical collectives from the excellent group of the ranking (III.4.a, first bullet): Sở Nội vụ. */
  'selection.manage': ['province_secretariat'],
  /** Read and mark read the in-app notices of one's own unit (every account belongs to a unit). */
  'notification.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Read a nomination's dossier (III.4.c) within the nomination's scope. */
  'dossier.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Prepare and submit a dossier: who proposes for the proposing unit (policies/nomination.ts), Sở Nội vụ from paper. */
  'dossier.edit': ['unit_officer', 'district_aggregator', 'province_secretariat'],
  /**
   * Appraisal (thẩm định, Khoản 3, Mục IV) by Sở Nội vụ: the queue of submitted dossiers, the checklist with notes,
   * accepting a dossier or returning it for supplement (folds in the former `dossier.return`).
   */
  'dossier.appraise': ['province_secretariat'],
  /** Read the sessions of the provincial Hội đồng Thi đua – Khen thưởng (members, agenda, votes, results, minutes). */
  'council.read': ['admin', 'province_secretariat', 'province_approver', 'council_member'],
  /** Run a council session: create it, its members and agenda, record everyone's votes from paper, close it (Sở Nội vụ, cơ quan thường trực). */
  'council.manage': ['province_secretariat'],
  /** A council member records their own vote in a session where their account is linked to a member. */
  'council.vote': ['council_member'],
  /** Read awards (Tờ trình, Quyết định khen thưởng, award history): province roles all; others their own unit's awards (scope). */
  'award.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Draft the secretariat's consolidated Tờ trình to the chairman (IV.3) and submit it to the approver. */
  'awardProposal.manage': ['province_secretariat'],
  /** Approve (freezing the list with its SHA-256) or return the Tờ trình with a reason: the chairman's office. */
  'awardProposal.approve': ['province_approver'],
  /** Record the signed Quyết định khen thưởng (number, date, signer) after approval: the dossiers become awarded. */
  'awardDecision.issue': ['province_secretariat'],
  /** Publish an issued decision on the public page and notify the awardees' units. */
  'awardDecision.publish': ['province_secretariat'],
  /**
   * Công khai lấy ý kiến (DOMAIN §1.6): set the campaign's option, publish its proposed list on the public page for the
   * comment period, withdraw a notice with a reason (Sở Nội vụ).
   */
  'publicNotice.manage': ['province_secretariat'],
  /** Approve or reject the public's comments before they show; approved ones naming a nominee join that file. */
  'publicComment.moderate': ['province_secretariat'],
  /**
   * Read the secretariat's reports (issue 12 §2: registration progress, PAR results, eligibility, nominations and their
   * stage, awards by decision; XLSX, DOCX, PDF): province roles everything, a district its own communes (scope in SQL).
   */
  'report.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'district_aggregator'],
  /** Read the dashboard (issue 12 §1): the province the campaign at a glance, a district its communes, a unit its own figures. */
  'dashboard.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Write the narrative of the year-end evaluation report of the plan (IV.3) and generate it with its annex (issue 12 §3). */
  'evaluationReport.manage': ['province_secretariat'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];
