import { useT } from "../i18n";
import { Button } from "../ui/Button";

export const PAGE_SIZES = [10, 20, 50, 100] as const;

interface TokenPagerProps {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** The page-size choice; without it the pager offers none (the page size is fixed). */
  pageSize?: number;
  onPageSize?: (size: number) => void;
}

/**
 * Pages through a MaxResults/NextToken list: the engine seeks straight to the page, so no
 * request ever counts or fetches the whole list.
 */
export function TokenPager({ page, hasPrevious, hasNext, onPrevious, onNext, pageSize, onPageSize }: TokenPagerProps) {
  const t = useT();
  return (
    <nav className="pager" aria-label={t("pager.label")}>
      {onPageSize && (
        <label className="pager-size">
          <span>{t("pager.size")}</span>
          <select value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      )}
      <Button size="sm" onClick={onPrevious} disabled={!hasPrevious}>
        {t("pager.previous")}
      </Button>
      <span className="pager-page" aria-current="page">
        {t("pager.page", { page })}
      </span>
      <Button size="sm" onClick={onNext} disabled={!hasNext}>
        {t("pager.next")}
      </Button>
    </nav>
  );
}
