import { type FormEvent, useEffect, useId, useState } from "react";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Icon } from "../../../ui/Icon";
import type { Vpc } from "../api";
import { hasFilters, type ListSearch, type SearchBy } from "./list-search";

interface GroupFiltersProps {
  search: ListSearch;
  vpcs: readonly Vpc[];
  /** Applies a new search (always back to the first page). */
  onSearch: (next: ListSearch) => void;
}

/** Search box (by name, id or tag) and the VPC and type filters; all of it lives in the URL. */
export function GroupFilters({ search, vpcs, onSearch }: GroupFiltersProps) {
  const t = useT();
  const ids = { by: useId(), text: useId(), vpc: useId(), type: useId() };
  const [by, setBy] = useState<SearchBy>(search.by);
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

  return (
    <search aria-label={t("sg.filter.label")}>
      <form className="filters" onSubmit={submit}>
        <div className="search-combo">
          <label htmlFor={ids.by} className="visually-hidden">
            {t("sg.filter.searchBy")}
          </label>
          <select id={ids.by} value={by} onChange={(event) => setBy(event.target.value as SearchBy)}>
            <option value="name">{t("sg.filter.byName")}</option>
            <option value="id">{t("sg.filter.byId")}</option>
            <option value="tag">{t("sg.filter.byTag")}</option>
          </select>
          <label htmlFor={ids.text} className="visually-hidden">
            {t("sg.filter.searchText")}
          </label>
          <input
            id={ids.text}
            type="search"
            value={text}
            placeholder={t(`sg.filter.placeholder.${by}`)}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            <Icon name="search" />
            <span className="visually-hidden">{t("common.search")}</span>
          </Button>
        </div>
        <div className="filter-select">
          <label htmlFor={ids.vpc}>{t("sg.filter.vpc")}</label>
          <select id={ids.vpc} value={search.vpc} onChange={(event) => apply({ vpc: event.target.value })}>
            <option value="">{t("sg.filter.allVpcs")}</option>
            {vpcs.map((vpc) => (
              <option key={vpc.VpcId} value={vpc.VpcId}>
                {vpc.VpcName ? `${vpc.VpcName} (${vpc.VpcId})` : vpc.VpcId}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-select">
          <label htmlFor={ids.type}>{t("sg.filter.type")}</label>
          <select
            id={ids.type}
            value={search.type}
            onChange={(event) => apply({ type: event.target.value as ListSearch["type"] })}
          >
            <option value="">{t("sg.filter.allTypes")}</option>
            <option value="normal">{t("sg.type.normal")}</option>
            <option value="enterprise">{t("sg.type.enterprise")}</option>
          </select>
        </div>
        {hasFilters(search) && (
          <Button
            variant="link"
            onClick={() => onSearch({ ...search, by: "name", text: "", vpc: "", type: "", token: "" })}
          >
            {t("common.clearFilters")}
          </Button>
        )}
      </form>
    </search>
  );
}
