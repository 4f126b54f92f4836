import { useQuery } from "@tanstack/react-query";
import { prefixListSummaryQuery } from "./api";

/** The detail page's breadcrumb: the list's name once known (the loader fetched it), else its id. */
export function PrefixListCrumb({ regionId, prefixListId }: { regionId: string; prefixListId: string }) {
  const { data } = useQuery(prefixListSummaryQuery(regionId, prefixListId));
  const name = data?.PrefixLists.PrefixList[0]?.PrefixListName;
  return (
    <span className="truncate crumb-name" title={prefixListId}>
      {name || prefixListId}
    </span>
  );
}
