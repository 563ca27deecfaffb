import { DataTable } from '../../components/DataTable';
import type { Candidate } from '../../../shared/contracts/nominations';

/**
 * The registered communes and individuals the user may propose, with their eligibility now: an eligible one says
 * so; another lists the conditions it does not meet (or that are not known yet), each with its clause.
 */
export function CandidateList({ candidates }: { candidates: Candidate[] }) {
  return (
    <section aria-labelledby="candidates-title">
      <h2 id="candidates-title" className="heading-m">
        Tập thể, cá nhân có thể đề nghị
      </h2>
      <DataTable testId="nomination-candidates" columns={['Tập thể, cá nhân', 'Đơn vị đề nghị', 'Tiêu chuẩn Bằng khen']}>
        {candidates.map((c) => (
          <tr key={`${c.nomineeKind}:${c.nomineeId}`}>
            <th scope="row">{c.nomineeName}</th>
            <td>{c.proposingUnit.name}</td>
            <td>
              {c.alreadyProposed ? <span className="tag">Đã đề nghị</span> : null} {c.eligible ? 'Đủ tiêu chuẩn' : 'Chưa đủ tiêu chuẩn'}
              {c.failing.length > 0 ? (
                <ul className="nomination-failing">
                  {c.failing.map((f) => (
                    <li key={`${f.label}:${f.clause}`}>
                      {f.label} — {f.verdict === 'fail' ? 'không đạt' : 'chưa có dữ liệu'} ({f.clause})
                    </li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
