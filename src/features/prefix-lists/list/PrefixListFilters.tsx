import { type FormEvent, useEffect, useId, useState } from "react";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Icon } from "../../../ui/Icon";
import { hasFilters, type ListSearch, type SearchBy } from "./list-search";

/** Search by exact name or id, and the address-family filter; all of it lives in the URL. */
export function PrefixListFilters({ search, onSearch }: { search: ListSearch; onSearch: (next: ListSearch) => void }) {
  const t = useT();
  const ids = { by: useId(), text: useId(), family: useId() };
  const [by, setBy] = useState<SearchBy>(search.by);
  const [text, setText] = useState(search.text);
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
    <search aria-label={t("pl.filter.label")}>
      <form className="filters" onSubmit={submit}>
        <div className="search-combo">
          <label htmlFor={ids.by} className="visually-hidden">
            {t("pl.filter.searchBy")}
          </label>
          <select id={ids.by} value={by} onChange={(event) => setBy(event.target.value === "id" ? "id" : "name")}>
            <option value="name">{t("pl.filter.byName")}</option>
            <option value="id">{t("pl.filter.byId")}</option>
          </select>
          <label htmlFor={ids.text} className="visually-hidden">
            {t("pl.filter.searchText")}
          </label>
          <input
            id={ids.text}
            type="search"
            value={text}
            placeholder={t(by === "id" ? "pl.filter.placeholder.id" : "pl.filter.placeholder.name")}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            <Icon name="search" />
            <span className="visually-hidden">{t("common.search")}</span>
          </Button>
        </div>
        <div className="filter-select">
          <label htmlFor={ids.family}>{t("pl.filter.family")}</label>
          <select
            id={ids.family}
            value={search.family}
            onChange={(event) => {
              const value = event.target.value;
              apply({ family: value === "IPv4" || value === "IPv6" ? value : "" });
            }}
          >
            <option value="">{t("pl.filter.allFamilies")}</option>
            <option value="IPv4">IPv4</option>
            <option value="IPv6">IPv6</option>
          </select>
        </div>
        {hasFilters(search) && (
          <Button variant="link" onClick={() => onSearch({ ...search, by: "name", text: "", family: "", token: "" })}>
            {t("common.clearFilters")}
          </Button>
        )}
      </form>
    </search>
  );
}
