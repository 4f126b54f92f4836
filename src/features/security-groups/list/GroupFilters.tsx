import type { Vpc } from "@/api/types";
import { FilterSelect, ListFilterBar } from "../../../components/ListFilterBar";
import { useT } from "../../../i18n";
import { vpcFilterChoices } from "../labels";
import { hasFilters, type ListSearch } from "./list-search";

interface GroupFiltersProps {
  search: ListSearch;
  vpcs: readonly Vpc[];
  /** Applies a new search (always back to the first page). */
  onSearch: (next: ListSearch) => void;
}

/** Search box (by name, id or tag) and the VPC and type filters; all of it lives in the URL. */
export function GroupFilters({ search, vpcs, onSearch }: GroupFiltersProps) {
  const t = useT();
  return (
    <ListFilterBar
      label={t("sg.filter.label")}
      byLabel={t("sg.filter.searchBy")}
      textLabel={t("sg.filter.searchText")}
      search={search}
      searchBys={[
        { value: "name", label: t("sg.filter.byName"), placeholder: t("sg.filter.placeholder.name") },
        { value: "id", label: t("sg.filter.byId"), placeholder: t("sg.filter.placeholder.id") },
        { value: "tag", label: t("sg.filter.byTag"), placeholder: t("sg.filter.placeholder.tag") },
      ]}
      onSearch={onSearch}
      filters={(apply) => (
        <>
          <FilterSelect
            label={t("sg.filter.vpc")}
            allLabel={t("sg.filter.allVpcs")}
            value={search.vpc}
            choices={vpcFilterChoices(vpcs)}
            onChange={(vpc) => apply({ vpc })}
          />
          <FilterSelect
            label={t("sg.filter.type")}
            allLabel={t("sg.filter.allTypes")}
            value={search.type}
            choices={[
              { value: "normal", label: t("sg.type.normal") },
              { value: "enterprise", label: t("sg.type.enterprise") },
            ]}
            onChange={(type) => apply({ type })}
          />
        </>
      )}
      cleared={hasFilters(search) ? { ...search, by: "name", text: "", vpc: "", type: "", token: "" } : undefined}
    />
  );
}
