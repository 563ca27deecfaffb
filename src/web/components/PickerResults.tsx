import type { ReactNode } from 'react';
import type { Page } from '../../shared/contracts/page';

type Props<T extends { id: string }> = {
  /** The search's answer; nothing is shown before there is one. */
  page: Page<T> | null | undefined;
  /** What is searched for, in the messages: "cá nhân", "đơn vị". */
  noun: string;
  /** Hidden words after each option, for screen readers: "chọn người này". */
  chooseLabel: string;
  name: (item: T) => ReactNode;
  meta: (item: T) => ReactNode;
  onChoose: (item: T) => void;
  /** Says how many results are not shown, so the user types more. */
  showMore?: boolean;
};

/** The live list of a search-and-pick field's results (people, org units): one button per result. */
export function PickerResults<T extends { id: string }>({ page, noun, chooseLabel, name, meta, onChoose, showMore = false }: Props<T>) {
  const more = page ? page.total - page.items.length : 0;
  return (
    <div aria-live="polite" className="picker-results">
      {page ? (
        page.items.length === 0 ? (
          <p className="hint">Không tìm thấy {noun} nào.</p>
        ) : (
          <>
            <ul className="picker-results__list" aria-label={`Kết quả tìm ${noun}`}>
              {page.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="picker-results__option" onClick={() => onChoose(item)}>
                    <span>{name(item)}</span>
                    <span className="meta">{meta(item)}</span>
                    <span className="visually-hidden"> — {chooseLabel}</span>
                  </button>
                </li>
              ))}
            </ul>
            {showMore && more > 0 ? (
              <p className="hint" data-testid="picker-more">
                Còn {more} kết quả khác — gõ thêm để thu hẹp.
              </p>
            ) : null}
          </>
        )
      ) : null}
    </div>
  );
}
