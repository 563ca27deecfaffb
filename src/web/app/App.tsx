import { Fragment, lazy, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useParams } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { RequireSession } from './auth/RequireSession';
import { SessionProvider } from './auth/SessionContext';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';

// Every feature page is its own chunk, fetched when its route opens (issue 13 §5: first load ≤ 250 kB gzip); the
// shell, the login page and the home page stay in the entry chunk. The layouts' Suspense shows "Đang tải trang…".
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const AuditChainPage = lazy(() => import('../features/audit/AuditChainPage').then((m) => ({ default: m.AuditChainPage })));
const FeedbackListPage = lazy(() => import('../features/feedback/FeedbackListPage').then((m) => ({ default: m.FeedbackListPage })));
const FeedbackThreadPage = lazy(() => import('../features/feedback/FeedbackThreadPage').then((m) => ({ default: m.FeedbackThreadPage })));
const NewFeedbackPage = lazy(() => import('../features/feedback/NewFeedbackPage').then((m) => ({ default: m.NewFeedbackPage })));
const OrgUnitDetailPage = lazy(() => import('../features/orgUnits/OrgUnitDetailPage').then((m) => ({ default: m.OrgUnitDetailPage })));
const OrgUnitsPage = lazy(() => import('../features/orgUnits/OrgUnitsPage').then((m) => ({ default: m.OrgUnitsPage })));
const UsersPage = lazy(() => import('../features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const CampaignForm = lazy(() => import('../features/campaigns/CampaignForm').then((m) => ({ default: m.CampaignForm })));
const CampaignPage = lazy(() => import('../features/campaigns/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const CampaignsPage = lazy(() => import('../features/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const DistrictConsolidationPage = lazy(() => import('../features/consolidations/DistrictConsolidationPage').then((m) => ({ default: m.DistrictConsolidationPage })));
const InitiativesPage = lazy(() => import('../features/initiatives/InitiativesPage').then((m) => ({ default: m.InitiativesPage })));
const ProvinceConsolidationPage = lazy(() => import('../features/consolidations/ProvinceConsolidationPage').then((m) => ({ default: m.ProvinceConsolidationPage })));
const RegistrationPage = lazy(() => import('../features/registrations/RegistrationPage').then((m) => ({ default: m.RegistrationPage })));
const UnitMeritCriteriaPage = lazy(() => import('../features/unitMeritCriteria/UnitMeritCriteriaPage').then((m) => ({ default: m.UnitMeritCriteriaPage })));
const NominationsPage = lazy(() => import('../features/nominations/NominationsPage').then((m) => ({ default: m.NominationsPage })));
const CollectiveSelectionPage = lazy(() => import('../features/nominations/CollectiveSelectionPage').then((m) => ({ default: m.CollectiveSelectionPage })));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const DossierPage = lazy(() => import('../features/dossiers/DossierPage').then((m) => ({ default: m.DossierPage })));
const DossierQueuePage = lazy(() => import('../features/dossiers/DossierQueuePage').then((m) => ({ default: m.DossierQueuePage })));
const AppraisalPage = lazy(() => import('../features/appraisal/AppraisalPage').then((m) => ({ default: m.AppraisalPage })));
const PublicNoticesPage = lazy(() => import('../features/publicNotices/PublicNoticesPage').then((m) => ({ default: m.PublicNoticesPage })));
const PublicNoticeAdminPage = lazy(() => import('../features/publicNotices/PublicNoticeAdminPage').then((m) => ({ default: m.PublicNoticeAdminPage })));
const AwardProposalsPage = lazy(() => import('../features/awards/AwardProposalsPage').then((m) => ({ default: m.AwardProposalsPage })));
const AwardProposalPage = lazy(() => import('../features/awards/AwardProposalPage').then((m) => ({ default: m.AwardProposalPage })));
const AwardDecisionPage = lazy(() => import('../features/awards/AwardDecisionPage').then((m) => ({ default: m.AwardDecisionPage })));
const PersonAwardsPage = lazy(() => import('../features/awards/PersonAwardsPage').then((m) => ({ default: m.PersonAwardsPage })));
const CouncilSessionsPage = lazy(() => import('../features/council/CouncilSessionsPage').then((m) => ({ default: m.CouncilSessionsPage })));
const CouncilSessionPage = lazy(() => import('../features/council/CouncilSessionPage').then((m) => ({ default: m.CouncilSessionPage })));
const EligibilityIndex = lazy(() => import('../features/eligibility/EligibilityPage').then((m) => ({ default: m.EligibilityIndex })));
const EligibilityPage = lazy(() => import('../features/eligibility/EligibilityPage').then((m) => ({ default: m.EligibilityPage })));
const DashboardIndex = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardIndex })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ReportsIndex = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsIndex })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const EvaluationReportPage = lazy(() => import('../features/evaluationReports/EvaluationReportPage').then((m) => ({ default: m.EvaluationReportPage })));
const RuleSetPage = lazy(() => import('../features/ruleSets/RuleSetPage').then((m) => ({ default: m.RuleSetPage })));
const HolidayCalendarPage = lazy(() => import('../features/holidayCalendars/HolidayCalendarPage').then((m) => ({ default: m.HolidayCalendarPage })));
const TrustedCertificatesPage = lazy(() => import('../features/trustedCertificates/TrustedCertificatesPage').then((m) => ({ default: m.TrustedCertificatesPage })));
const ParResultsIndex = lazy(() => import('../features/par/ParResultsPage').then((m) => ({ default: m.ParResultsIndex })));
const ParResultsPage = lazy(() => import('../features/par/ParResultsPage').then((m) => ({ default: m.ParResultsPage })));
const RatingsIndex = lazy(() => import('../features/campaignInputs/RatingsPage').then((m) => ({ default: m.RatingsIndex })));
const RatingsPage = lazy(() => import('../features/campaignInputs/RatingsPage').then((m) => ({ default: m.RatingsPage })));

/**
 * A campaign-scoped page starts afresh when the campaign switcher opens another campaign (filters, page number
 * and forms of the previous campaign do not carry over): React Router keeps the element mounted otherwise.
 */
function PerCampaign({ children }: { children: ReactNode }) {
  return <Fragment key={useParams().id}>{children}</Fragment>;
}

/** Routes of the web app (Vietnamese paths). */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route path="/dang-nhap" element={<LoginPage />} />
            <Route path="/cong-khai" element={<PublicNoticesPage />} />
          </Route>
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="/don-vi" element={<OrgUnitsPage />} />
            <Route path="/don-vi/:id" element={<OrgUnitDetailPage />} />
            <Route path="/thi-dua" element={<RequireSession ability="campaign.read"><CampaignsPage /></RequireSession>} />
            <Route path="/thi-dua/:id" element={<RequireSession ability="campaign.read"><CampaignPage /></RequireSession>} />
            <Route path="/thi-dua/moi" element={<RequireSession ability="campaign.manage"><CampaignForm /></RequireSession>} />
            <Route path="/thi-dua/:id/sua" element={<RequireSession ability="campaign.manage"><CampaignForm /></RequireSession>} />
            <Route path="/thi-dua/:id/dang-ky" element={<RequireSession ability="registration.read"><RegistrationPage /></RequireSession>} />
            <Route path="/thi-dua/:id/dang-ky/:registrationId" element={<RequireSession ability="registration.read"><RegistrationPage /></RequireSession>} />
            <Route path="/thi-dua/:id/tong-hop-huyen" element={<RequireSession ability="consolidation.read"><PerCampaign><DistrictConsolidationPage /></PerCampaign></RequireSession>} />
            <Route path="/thi-dua/:id/tong-hop-tinh" element={<RequireSession ability="consolidation.read"><PerCampaign><ProvinceConsolidationPage /></PerCampaign></RequireSession>} />
            <Route path="/thi-dua/:id/tieu-chuan-giay-khen" element={<RequireSession ability="unitMeritCriteria.read"><PerCampaign><UnitMeritCriteriaPage /></PerCampaign></RequireSession>} />
            <Route path="/thi-dua/:id/de-nghi-khen-thuong" element={<RequireSession ability="nomination.read"><PerCampaign><NominationsPage /></PerCampaign></RequireSession>} />
            <Route path="/thi-dua/:id/ho-so-khen-thuong" element={<RequireSession ability="dossier.appraise"><PerCampaign><DossierQueuePage /></PerCampaign></RequireSession>} />
            <Route path="/ho-so-khen-thuong/:nominationId" element={<RequireSession ability="dossier.read"><DossierPage /></RequireSession>} />
            <Route path="/ho-so-khen-thuong/:nominationId/tham-dinh" element={<RequireSession ability="dossier.appraise"><AppraisalPage /></RequireSession>} />
            <Route path="/thi-dua/:id/cong-khai" element={<RequireSession ability="publicNotice.manage"><PerCampaign><PublicNoticeAdminPage /></PerCampaign></RequireSession>} />
            <Route path="/thi-dua/:id/hoi-dong" element={<RequireSession ability="council.read"><PerCampaign><CouncilSessionsPage /></PerCampaign></RequireSession>} />
            <Route path="/hoi-dong/:sessionId" element={<RequireSession ability="council.read"><CouncilSessionPage /></RequireSession>} />
            <Route path="/thi-dua/:id/khen-thuong" element={<RequireSession ability="award.read"><PerCampaign><AwardProposalsPage /></PerCampaign></RequireSession>} />
            <Route path="/to-trinh-khen-thuong/:id" element={<RequireSession ability="award.read"><AwardProposalPage /></RequireSession>} />
            <Route path="/quyet-dinh-khen-thuong/:id" element={<RequireSession ability="award.read"><AwardDecisionPage /></RequireSession>} />
            <Route path="/ca-nhan/:id/khen-thuong" element={<RequireSession ability="award.read"><PersonAwardsPage /></RequireSession>} />
            <Route path="/sang-kien" element={<RequireSession ability="initiative.read"><InitiativesPage /></RequireSession>} />
            <Route
              path="/tai-khoan"
              element={
                <RequireSession ability="user.read">
                  <UsersPage />
                </RequireSession>
              }
            />
            <Route
              path="/nhat-ky"
              element={
                <RequireSession ability="audit.read">
                  <AuditPage />
                </RequireSession>
              }
            />
            <Route path="/phan-anh" element={<RequireSession ability="feedback.read"><FeedbackListPage /></RequireSession>} />
            <Route path="/phan-anh/moi" element={<RequireSession ability="feedback.raise"><NewFeedbackPage /></RequireSession>} />
            <Route path="/phan-anh/:id" element={<RequireSession ability="feedback.read"><FeedbackThreadPage /></RequireSession>} />
            <Route path="/nhat-ky/kiem-tra-chuoi" element={<RequireSession ability="audit.verify"><AuditChainPage /></RequireSession>} />
            <Route path="/chi-so-cchc" element={<RequireSession ability="parResult.read"><ParResultsIndex /></RequireSession>} />
            <Route path="/chi-so-cchc/:year" element={<RequireSession ability="parResult.read"><ParResultsPage /></RequireSession>} />
            <Route path="/xep-loai" element={<RequireSession ability="rating.read"><RatingsIndex /></RequireSession>} />
            <Route path="/xep-loai/:year" element={<RequireSession ability="rating.read"><RatingsPage /></RequireSession>} />
            <Route path="/bang-dieu-khien" element={<RequireSession ability="dashboard.read"><DashboardIndex /></RequireSession>} />
            <Route path="/thi-dua/:id/bang-dieu-khien" element={<RequireSession ability="dashboard.read"><PerCampaign><DashboardPage /></PerCampaign></RequireSession>} />
            <Route path="/bao-cao" element={<RequireSession ability="report.read"><ReportsIndex /></RequireSession>} />
            <Route path="/thi-dua/:id/bao-cao" element={<RequireSession ability="report.read"><PerCampaign><ReportsPage /></PerCampaign></RequireSession>} />
            <Route path="/thi-dua/:id/bao-cao-danh-gia" element={<RequireSession ability="evaluationReport.manage"><PerCampaign><EvaluationReportPage /></PerCampaign></RequireSession>} />
            <Route path="/du-dieu-kien" element={<RequireSession ability="eligibility.read"><EligibilityIndex /></RequireSession>} />
            <Route path="/thi-dua/:id/du-dieu-kien" element={<RequireSession ability="eligibility.read"><PerCampaign><EligibilityPage /></PerCampaign></RequireSession>} />
            <Route path="/thi-dua/:id/bo-tieu-chuan" element={<RequireSession ability="eligibility.read"><PerCampaign><RuleSetPage /></PerCampaign></RequireSession>} />
            <Route path="/lich-nghi-le" element={<RequireSession ability="holidayCalendar.manage"><HolidayCalendarPage /></RequireSession>} />
            <Route path="/chung-thu-so" element={<RequireSession ability="trustedCertificate.manage"><TrustedCertificatesPage /></RequireSession>} />
            <Route path="/thi-dua/:id/tap-the-tieu-bieu" element={<RequireSession ability="selection.manage"><PerCampaign><CollectiveSelectionPage /></PerCampaign></RequireSession>} />
            <Route path="/thong-bao" element={<RequireSession ability="notification.read"><NotificationsPage /></RequireSession>} />
            <Route path="/doi-mat-khau" element={<ChangePasswordPage />} />
            <Route path="/khong-co-quyen" element={<ForbiddenPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
