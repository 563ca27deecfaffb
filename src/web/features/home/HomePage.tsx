import { Link } from 'react-router';
import type { TaskState } from '../../../domain/home/tasksForActor';
import type { Task, TaskList } from '../../../shared/contracts/home';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import './home.css';

const STATE_LABELS: Record<TaskState, { text: string; tag: string }> = {
  overdue: { text: 'Quá hạn', tag: 'tag tag--red' },
  todo: { text: 'Cần làm', tag: 'tag tag--blue' },
  waiting: { text: 'Đang chờ', tag: 'tag tag--yellow' },
  done: { text: 'Đã xong', tag: 'tag tag--green' },
};

/** The first screen after login: each role's tasks, by deadline, each a link to where it is done. */
export function HomePage() {
  const { session } = useSession();
  const tasks = useApiData<TaskList>(apiUrl('/home/tasks'));
  usePageTitle('Việc cần làm');
  const open = tasks.data?.items.filter((t) => t.state !== 'done') ?? [];
  const done = tasks.data?.items.filter((t) => t.state === 'done') ?? [];
  return (
    <>
      <h1>Việc cần làm</h1>
      {session ? (
        <p className="lead">
          {session.user.fullName} — {session.user.unitName}
        </p>
      ) : null}
      <ErrorBanner error={tasks.error} />
      {tasks.loading && !tasks.data ? <LoadingMessage text="Đang tải việc cần làm…" /> : null}
      {tasks.data ? (
        open.length === 0 ? (
          <p data-testid="no-tasks">Hiện không có việc nào cần làm trong các đợt thi đua đang diễn ra.</p>
        ) : (
          <ol className="task-list" data-testid="task-list">
            {open.map((t) => (
              <TaskItem key={`${t.campaignId}-${t.title}`} task={t} asOf={tasks.data!.asOf} />
            ))}
          </ol>
        )
      ) : null}
      {done.length > 0 ? (
        <>
          <h2 className="heading-m">Đã xong</h2>
          <ul className="task-list">
            {done.map((t) => (
              <TaskItem key={`${t.campaignId}-${t.title}`} task={t} asOf={tasks.data!.asOf} />
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/thi-dua">Tất cả các đợt thi đua</Link>
      </p>
    </>
  );
}

function TaskItem({ task, asOf }: { task: Task; asOf: string }) {
  const state = STATE_LABELS[task.state];
  return (
    <li className="task-list__item">
      <div className="task-list__head">
        <Link to={task.href} className="task-list__title">
          {task.title}
        </Link>
        <strong className={state.tag}>{state.text}</strong>
      </div>
      <p className="meta">
        {task.campaignLabel} · {task.clause}
      </p>
      <p>{task.detail}</p>
      {task.dueAt && task.dueText ? (
        <p>
          Hạn: {task.dueText}
          {task.state !== 'done' ? (
            <>
              {' '}
              <DeadlineCountdown deadlineAt={task.dueAt} serverNow={asOf} />
            </>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
