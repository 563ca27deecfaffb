import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { formatDate, formatDateTime } from '../../app/format/dates';
import type { PublicationResponse } from '../../../shared/contracts/par';

/**
 * The publication decision and, for each campaign of the year, its dossier deadline: the day, the legal basis
 * line by line (Điểm c, Khoản 3, Mục II; BLDS 2015 Điều 147–148) and the time left.
 */
export function PublicationView({ data }: { data: PublicationResponse }) {
  const p = data.publication;
  return (
    <section className="panel panel--success" aria-labelledby="pub-view-title" data-testid="publication">
      <h2 id="pub-view-title" className="heading-m">
        Đã công bố kết quả xếp hạng năm {p.year}
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Quyết định</dt>
          <dd>
            Số {p.decisionNumber} ngày {formatDate(p.decisionDate)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Người ký</dt>
          <dd>{p.signer}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Số đơn vị trong bảng đã chốt</dt>
          <dd>{data.resultCount}</dd>
        </div>
      </dl>
      {data.dossierDeadlines.map((d) => (
        <div key={d.campaignId} className="deadline" data-testid="dossier-deadline">
          <h3 className="heading-s">
            Hạn lập hồ sơ khen thưởng — Kế hoạch số {d.planNumber}: hết ngày {formatDate(d.deadlineDay)}
          </h3>
          <p className={`deadline__countdown${d.countdown.overdue ? ' deadline__countdown--overdue' : ''}`}>
            <DeadlineCountdown deadlineAt={d.deadlineInstant} serverNow={d.asOf} />{' '}
            <span className="meta">(đến {formatDateTime(d.deadlineInstant)}, giờ Việt Nam)</span>
          </p>
          {d.missingCalendarYears.length > 0 ? (
            <p className="banner banner--error">
              Chưa có lịch nghỉ lễ năm {d.missingCalendarYears.join(', ')}: hạn có thể lệch nếu rơi vào ngày nghỉ. Hãy cập nhật lịch nghỉ lễ.
            </p>
          ) : null}
          <h4 className="heading-s">Căn cứ tính hạn</h4>
          <ol className="deadline__basis">
            {d.basis.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
