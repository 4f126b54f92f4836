import { FilterSelect, ListFilterBar } from "../../../components/ListFilterBar";
import { useT } from "../../../i18n";
import { hasFilters, type ListSearch } from "./list-search";

/** Search by exact name or id, and the address-family filter; all of it lives in the URL. */
export function PrefixListFilters({ search, onSearch }: { search: ListSearch; onSearch: (next: ListSearch) => void }) {
  const t = useT();
  return (
    <ListFilterBar
      label={t("pl.filter.label")}
      byLabel={t("pl.filter.searchBy")}
      textLabel={t("pl.filter.searchText")}
      search={search}
      searchBys={[
        { value: "name", label: t("pl.filter.byName"), placeholder: t("pl.filter.placeholder.name") },
        { value: "id", label: t("pl.filter.byId"), placeholder: t("pl.filter.placeholder.id") },
      ]}
      onSearch={onSearch}
      filters={(apply) => (
        <FilterSelect
          label={t("pl.filter.family")}
          allLabel={t("pl.filter.allFamilies")}
          value={search.family}
          choices={[
            { value: "IPv4", label: "IPv4" },
            { value: "IPv6", label: "IPv6" },
          ]}
          onChange={(family) => apply({ family })}
        />
      )}
      cleared={hasFilters(search) ? { ...search, by: "name", text: "", family: "", token: "" } : undefined}
    />
  );
}
