import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ProblemMessage } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { TokenPager } from "../../../components/TokenPager";
import { useT } from "../../../i18n";
import { Spinner } from "../../../ui/Spinner";
import type { TokenTrail } from "./member-pages";

/**
 * A group's member tab: an introduction, the page's table (`children`, once the page is there)
 * and, when there is more than one page, a pager with a fixed page size.
 */
export function MemberTab<T extends { NextToken?: string }>({
  intro,
  page,
  trail,
  children,
}: {
  intro: string;
  page: UseQueryResult<T>;
  trail: TokenTrail;
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (page.error) return <ProblemMessage problem={toProblem(page.error)} />;
  if (!page.data) return <Spinner label={t("common.loading")} />;
  const nextToken = page.data.NextToken;
  return (
    <div>
      <p className="toolbar-note tab-intro">{intro}</p>
      {children(page.data)}
      {(trail.hasPrevious || nextToken) && (
        <TokenPager
          page={trail.page}
          hasPrevious={trail.hasPrevious}
          hasNext={Boolean(nextToken)}
          onPrevious={trail.previous}
          onNext={() => trail.next(nextToken ?? "")}
        />
      )}
    </div>
  );
}
