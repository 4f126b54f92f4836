import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useT } from "../i18n";
import { Button } from "../ui/Button";
import { Icon } from "../ui/Icon";

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

/** What every list search holds: a search box (by what, which text) and a page token. */
interface TextSearch {
  by: string;
  text: string;
  token: string;
}

interface ListFilterBarProps<S extends TextSearch> {
  /** The search landmark's name. */
  label: string;
  /** Hidden labels of the "search by" select and the text box. */
  byLabel: string;
  textLabel: string;
  search: S;
  /** What the box can search by, with a placeholder each; the first is the default. */
  searchBys: ReadonlyArray<Choice<S["by"]> & { placeholder: string }>;
  /** Applies a new search (always back to the first page). */
  onSearch: (next: S) => void;
  /** The select filters; `apply` applies one of them together with the typed search. */
  filters: (apply: (patch: Partial<S>) => void) => ReactNode;
  /** The search "Clear filters" leads to; without it (nothing filtered) the button is not shown. */
  cleared?: S;
}

/** A list's search box and select filters; all of it lives in the URL. */
export function ListFilterBar<S extends TextSearch>({
  label,
  byLabel,
  textLabel,
  search,
  searchBys,
  onSearch,
  filters,
  cleared,
}: ListFilterBarProps<S>) {
  const t = useT();
  const ids = { by: useId(), text: useId() };
  const [by, setBy] = useState<S["by"]>(search.by);
  const [text, setText] = useState(search.text);
  // Back/forward and "Clear filters" change the URL: the inputs follow it.
  useEffect(() => {
    setBy(search.by);
    setText(search.text);
  }, [search.by, search.text]);

  const apply = (patch: Partial<S>) => onSearch({ ...search, by, text: text.trim(), ...patch, token: "" });
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
            {byLabel}
          </label>
          <select
            id={ids.by}
            value={by}
            onChange={(event) => setBy(searchBys.find((choice) => choice.value === event.target.value)?.value ?? by)}
          >
            {searchBys.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <label htmlFor={ids.text} className="visually-hidden">
            {textLabel}
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
        {filters(apply)}
        {cleared && (
          <Button variant="link" onClick={() => onSearch(cleared)}>
            {t("common.clearFilters")}
          </Button>
        )}
      </form>
    </search>
  );
}

/** One select filter of a list: "All …" and the choices. */
export function FilterSelect<V extends string>({
  label,
  allLabel,
  value,
  choices,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: V | "";
  choices: readonly Choice<V>[];
  onChange: (value: V | "") => void;
}) {
  const id = useId();
  return (
    <div className="filter-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(choices.find((choice) => choice.value === event.target.value)?.value ?? "")}
      >
        <option value="">{allLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
