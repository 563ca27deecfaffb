import { DataTable } from '../../components/DataTable';
import { Pagination } from '../../components/Pagination';
import { TextField } from '../../components/TextField';
import type { Candidate } from '../../../shared/contracts/nominations';
import type { Page } from '../../../shared/contracts/page';

/**
 * The registered communes and individuals the user may propose, with their eligibility now: an eligible one says
 * so; another lists the conditions it does not meet (or that are not known yet), each with its clause. One page at a
 * time (the server pages and searches), with a search by name and a pager.
 */
export function CandidateList({ candidates, q, onSearch, onPage }: { candidates: Page<Candidate>; q: string; onSearch: (q: string) => void; onPage: (page: number) => void }) {
  return (
    <section aria-labelledby="candidates-title">
      <h2 id="candidates-title" className="heading-m">
        Tập thể, cá nhân có thể đề nghị ({candidates.total})
      </h2>
      <form role="search" className="filters" aria-label="Tìm tập thể, cá nhân có thể đề nghị" onSubmit={(e) => e.preventDefault()}>
        <TextField id="candidate-search" label="Tìm tập thể, cá nhân" hint="Theo tên đơn vị hoặc họ tên, có dấu hoặc không dấu." type="search" value={q} onChange={(e) => onSearch(e.target.value)} />
      </form>
      {candidates.total === 0 ? <p className="hint">Không có tập thể, cá nhân nào khớp từ khóa tìm kiếm.</p> : null}
      {candidates.items.length > 0 ? (
        <DataTable testId="nomination-candidates" columns={['Tập thể, cá nhân', 'Đơn vị đề nghị', 'Tiêu chuẩn Bằng khen']}>
          {candidates.items.map((c) => (
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
      ) : null}
      <Pagination page={candidates.page} pageSize={candidates.pageSize} total={candidates.total} onChange={onPage} label="tập thể, cá nhân có thể đề nghị" />
    </section>
  );
}
