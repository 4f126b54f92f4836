import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useT } from "../../../i18n";
import { Badge } from "../../../ui/Badge";
import { Button } from "../../../ui/Button";
import { Icon } from "../../../ui/Icon";
import { Spinner } from "../../../ui/Spinner";
import { pickerGroupsQuery } from "../api";

export interface PickedGroup {
  id: string;
  name: string;
}

interface GroupPickerProps {
  regionId: string;
  /** Groups the policy covers already: shown ticked and fixed. */
  associated: readonly string[];
  picked: ReadonlyMap<string, PickedGroup>;
  /** False once the limit is reached: unticked groups cannot be ticked. */
  canPickMore: boolean;
  onChange: (next: ReadonlyMap<string, PickedGroup>) => void;
}

/**
 * The region's groups, ten at a time, searched by name (a region may hold thousands). Ticked
 * groups are kept across searches and pages, and listed above the results.
 */
export function GroupPicker({ regionId, associated, picked, canPickMore, onChange }: GroupPickerProps) {
  const t = useT();
  const listId = useId();
  const [text, setText] = useState("");
  const [search, setSearch] = useState({ name: "", token: "", trail: [] as string[] });
  const page = useQuery({ ...pickerGroupsQuery(regionId, search), placeholderData: (previous) => previous });
  const groups = page.data?.SecurityGroups.SecurityGroup ?? [];

  const toggle = (group: PickedGroup, on: boolean) => {
    const next = new Map(picked);
    if (on) next.set(group.id, group);
    else next.delete(group.id);
    onChange(next);
  };
  const applySearch = () => setSearch({ name: text.trim(), token: "", trail: [] });

  return (
    <div className="group-picker">
      {picked.size > 0 && (
        <div className="picked">
          <p className="field-label">{t("snap.associate.pickedTitle")}</p>
          <ul className="chips">
            {[...picked.values()].map((group) => (
              <li key={group.id}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t("snap.associate.unpick", { name: group.name || group.id })}
                  onClick={() => toggle(group, false)}
                >
                  {group.name || group.id}
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="picker-search">
        <label className="visually-hidden" htmlFor={`${listId}-search`}>
          {t("snap.associate.search")}
        </label>
        <input
          id={`${listId}-search`}
          type="search"
          value={text}
          placeholder={t("snap.associate.searchPlaceholder")}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches; it must not submit the drawer's form.
            if (event.key === "Enter") {
              event.preventDefault();
              applySearch();
            }
          }}
        />
        <Button onClick={applySearch} aria-label={t("common.search")}>
          <Icon name="search" />
        </Button>
      </div>
      <fieldset className="picker-fieldset">
        <legend className="field-label">{t("snap.associate.listLabel")}</legend>
        {page.isPending ? (
          <Spinner label={t("common.loading")} />
        ) : groups.length === 0 ? (
          <p className="muted">{t("snap.associate.noMatch")}</p>
        ) : (
          <ul className="picker-list">
            {groups.map((group) => {
              const id = group.SecurityGroupId;
              const already = associated.includes(id);
              const ticked = already || picked.has(id);
              const disabled = already || group.ServiceManaged || (!ticked && !canPickMore);
              return (
                <li key={id} className={disabled ? "is-disabled" : undefined}>
                  <label className="picker-option">
                    <input
                      type="checkbox"
                      checked={ticked}
                      disabled={disabled}
                      onChange={(event) => toggle({ id, name: group.SecurityGroupName }, event.target.checked)}
                    />
                    <span className="stacked">
                      <span className="truncate">{group.SecurityGroupName || t("snap.unnamedGroup")}</span>
                      <span className="mono muted truncate">{id}</span>
                    </span>
                    <span className="picker-badges">
                      {already && <Badge tone="blue">{t("snap.associate.already")}</Badge>}
                      {group.ServiceManaged && (
                        <Badge tone="orange" title={t("snap.associate.managedHint")}>
                          {t("snap.associate.managed")}
                        </Badge>
                      )}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
        <div className="picker-pager">
          <Button
            size="sm"
            disabled={search.trail.length === 0}
            onClick={() => setSearch({ ...search, token: search.trail.at(-1) ?? "", trail: search.trail.slice(0, -1) })}
          >
            {t("pager.previous")}
          </Button>
          <Button
            size="sm"
            disabled={!page.data?.NextToken}
            onClick={() =>
              setSearch({ ...search, token: page.data?.NextToken ?? "", trail: [...search.trail, search.token] })
            }
          >
            {t("pager.next")}
          </Button>
        </div>
      </fieldset>
    </div>
  );
}
