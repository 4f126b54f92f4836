import { type FormEvent, useEffect, useId, useState } from "react";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Icon } from "../../ui/Icon";
import type { Vpc } from "../security-groups/api";
import { hasFilters, type ListSearch } from "./list-search";

export interface Choice {
  value: string;
  label: string;
}

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
  const ids = { by: useId(), text: useId(), status: useId(), vpc: useId(), type: useId() };
  const [by, setBy] = useState(search.by);
  const [text, setText] = useState(search.text);
  // Back/forward and "Clear filters" change the URL: the inputs follow it.
  useEffect(() => {
    setBy(search.by);
    setText(search.text);
  }, [search.by, search.text]);

  const apply = (patch: Partial<ListSearch>) => onSearch({ ...search, by, text: text.trim(), ...patch, token: "" });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({});
  };
  const placeholder = searchBys.find((choice) => choice.value === by)?.placeholder;

  return (
    <search aria-label={label}>
      <form className="filters" onSubmit={submit}>
        <div className="search-combo">
          <label htmlFor={ids.by} className="visually-hidden">
            {t("inst.filter.searchBy")}
          </label>
          <select id={ids.by} value={by} onChange={(event) => setBy(event.target.value)}>
            {searchBys.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <label htmlFor={ids.text} className="visually-hidden">
            {t("inst.filter.searchText")}
          </label>
          <input
            id={ids.text}
            type="search"
            value={text}
            placeholder={placeholder}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            <Icon name="search" />
            <span className="visually-hidden">{t("common.search")}</span>
          </Button>
        </div>
        <div className="filter-select">
          <label htmlFor={ids.status}>{t("inst.filter.status")}</label>
          <select id={ids.status} value={search.status} onChange={(event) => apply({ status: event.target.value })}>
            <option value="">{t("inst.filter.allStatuses")}</option>
            {statuses.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {types && (
          <div className="filter-select">
            <label htmlFor={ids.type}>{typeLabel}</label>
            <select id={ids.type} value={search.type} onChange={(event) => apply({ type: event.target.value })}>
              <option value="">{t("inst.filter.allTypes")}</option>
              {types.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="filter-select">
          <label htmlFor={ids.vpc}>{t("inst.filter.vpc")}</label>
          <select id={ids.vpc} value={search.vpc} onChange={(event) => apply({ vpc: event.target.value })}>
            <option value="">{t("inst.filter.allVpcs")}</option>
            {vpcs.map((vpc) => (
              <option key={vpc.VpcId} value={vpc.VpcId}>
                {vpc.VpcName ? `${vpc.VpcName} (${vpc.VpcId})` : vpc.VpcId}
              </option>
            ))}
          </select>
        </div>
        {hasFilters(search) && (
          <Button
            variant="link"
            onClick={() =>
              onSearch({ ...search, by: searchBys[0]?.value ?? "", text: "", status: "", vpc: "", type: "", token: "" })
            }
          >
            {t("common.clearFilters")}
          </Button>
        )}
      </form>
    </search>
  );
}
