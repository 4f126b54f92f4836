import { useLocation, useNavigate } from "react-router";
import { TokenPager } from "./TokenPager";
import { type PageSearch, readTrail } from "./url-paging";

export interface ListNavigation<S extends PageSearch> {
  /** Tokens of the pages before this one. */
  trail: string[];
  /** Shows another search or page; `nextTrail` is the new page's trail (none: back to page 1's). */
  go: (next: S, nextTrail?: string[]) => void;
}

/** Moves a URL-held list search (`href` turns a search into the list's URL), keeping the page trail. */
export function useListNavigation<S extends PageSearch>(href: (search: S) => string): ListNavigation<S> {
  const location = useLocation();
  const navigate = useNavigate();
  return {
    trail: readTrail(location.state),
    go: (next, nextTrail = []) => {
      void navigate(href(next), { state: { trail: nextTrail } });
    },
  };
}

/** The pager of a URL-held list: Previous from the trail, Next with the answer's NextToken, page size. */
export function ListPager<S extends PageSearch>({
  search,
  nextToken,
  navigation,
}: {
  search: S;
  nextToken: string | undefined;
  navigation: ListNavigation<S>;
}) {
  const { trail, go } = navigation;
  return (
    <TokenPager
      page={trail.length + 1}
      hasPrevious={trail.length > 0}
      hasNext={Boolean(nextToken)}
      onPrevious={() => go({ ...search, token: trail.at(-1) ?? "" }, trail.slice(0, -1))}
      onNext={() => go({ ...search, token: nextToken ?? "" }, [...trail, search.token])}
      pageSize={search.size}
      onPageSize={(size) => go({ ...search, size, token: "" })}
    />
  );
}
