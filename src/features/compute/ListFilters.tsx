import type { Vpc } from "@/api/types";
import { type Choice, FilterSelect, ListFilterBar } from "../../components/ListFilterBar";
import { useT } from "../../i18n";
import { vpcFilterChoices } from "../security-groups/labels";
import { hasFilters, type ListSearch } from "./list-search";

interface ListFiltersProps {
  label: string;
  search: ListSearch;
  /** What the search box can search by; the first is the default. Placeholders per choice. */
  searchBys: ReadonlyArray<Choice & { placeholder: string }>;
  statuses: readonly Choice[];
  types?: readonly Choice[];
  typeLabel?: string;
  vpcs: readonly Vpc[];
  onSearch: (next: ListSearch) => void;
}

/** Search box and select filters of the instance and ENI lists; all of it lives in the URL. */
export function ListFilters({
  label,
  search,
  searchBys,
  statuses,
  types,
  typeLabel,
  vpcs,
  onSearch,
}: ListFiltersProps) {
  const t = useT();
  return (
    <ListFilterBar
      label={label}
      byLabel={t("inst.filter.searchBy")}
      textLabel={t("inst.filter.searchText")}
      search={search}
      searchBys={searchBys}
      onSearch={onSearch}
      filters={(apply) => (
        <>
          <FilterSelect
            label={t("inst.filter.status")}
            allLabel={t("inst.filter.allStatuses")}
            value={search.status}
            choices={statuses}
            onChange={(status) => apply({ status })}
          />
          {types && (
            <FilterSelect
              label={typeLabel ?? ""}
              allLabel={t("inst.filter.allTypes")}
              value={search.type}
              choices={types}
              onChange={(type) => apply({ type })}
            />
          )}
          <FilterSelect
            label={t("inst.filter.vpc")}
            allLabel={t("inst.filter.allVpcs")}
            value={search.vpc}
            choices={vpcFilterChoices(vpcs)}
            onChange={(vpc) => apply({ vpc })}
          />
        </>
      )}
      cleared={
        hasFilters(search)
          ? { ...search, by: searchBys[0]?.value ?? "", text: "", status: "", vpc: "", type: "", token: "" }
          : undefined
      }
    />
  );
}
