import { Fragment, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useParams } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { AuditChainPage } from '../features/audit/AuditChainPage';
import { FeedbackListPage } from '../features/feedback/FeedbackListPage';
import { FeedbackThreadPage } from '../features/feedback/FeedbackThreadPage';
import { NewFeedbackPage } from '../features/feedback/NewFeedbackPage';
import { HomePage } from '../features/home/HomePage';
import { RequireSession } from './auth/RequireSession';
import { SessionProvider } from './auth/SessionContext';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { OrgUnitDetailPage } from '../features/orgUnits/OrgUnitDetailPage';
import { OrgUnitsPage } from '../features/orgUnits/OrgUnitsPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { UsersPage } from '../features/users/UsersPage';
import { CampaignForm } from '../features/campaigns/CampaignForm';
import { CampaignPage } from '../features/campaigns/CampaignPage';
import { CampaignsPage } from '../features/campaigns/CampaignsPage';
import { DistrictConsolidationPage } from '../features/consolidations/DistrictConsolidationPage';
import { InitiativesPage } from '../features/initiatives/InitiativesPage';
import { ProvinceConsolidationPage } from '../features/consolidations/ProvinceConsolidationPage';
import { RegistrationPage } from '../features/registrations/RegistrationPage';
import { UnitMeritCriteriaPage } from '../features/unitMeritCriteria/UnitMeritCriteriaPage';
import { NominationsPage } from '../features/nominations/NominationsPage';
import { CollectiveSelectionPage } from '../features/nominations/CollectiveSelectionPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { DossierPage } from '../features/dossiers/DossierPage';
import { DossierQueuePage } from '../features/dossiers/DossierQueuePage';
import { AppraisalPage } from '../features/appraisal/AppraisalPage';
import { PublicNoticesPage } from '../features/publicNotices/PublicNoticesPage';
import { PublicNoticeAdminPage } from '../features/publicNotices/PublicNoticeAdminPage';
import { AwardProposalsPage } from '../features/awards/AwardProposalsPage';
import { AwardProposalPage } from '../features/awards/AwardProposalPage';
import { AwardDecisionPage } from '../features/awards/AwardDecisionPage';
import { PersonAwardsPage } from '../features/awards/PersonAwardsPage';
import { CouncilSessionsPage } from '../features/council/CouncilSessionsPage';
import { CouncilSessionPage } from '../features/council/CouncilSessionPage';
import { EligibilityIndex, EligibilityPage } from '../features/eligibility/EligibilityPage';
import { DashboardIndex, DashboardPage } from '../features/dashboard/DashboardPage';
import { ReportsIndex, ReportsPage } from '../features/reports/ReportsPage';
import { RuleSetPage } from '../features/ruleSets/RuleSetPage';
import { HolidayCalendarPage } from '../features/holidayCalendars/HolidayCalendarPage';
import { TrustedCertificatesPage } from '../features/trustedCertificates/TrustedCertificatesPage';
import { ParResultsIndex, ParResultsPage } from '../features/par/ParResultsPage';
import { RatingsIndex, RatingsPage } from '../features/campaignInputs/RatingsPage';

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
