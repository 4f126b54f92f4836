import type { IpProtocol } from "../../../engine/types";
import { type Translate, useT } from "../../../i18n";
import type { ControlProps } from "../../../ui/Field";
import type { PrefixListChoice } from "../rule-weight";
import { familyForProtocol, listsForProtocol } from "./rule-family";

interface PrefixListSelectProps {
  control: ControlProps;
  value: string;
  onChange: (listId: string) => void;
  onBlur: () => void;
  /** The region's lists; undefined while loading. */
  lists: readonly PrefixListChoice[] | undefined;
  protocol: IpProtocol;
}

/**
 * RULE-7's prefix-list source or destination: the region's lists of the rule's family, each with
 * its weight (a rule that uses it counts as its MaxEntries, RULE-8). A chosen list that no longer
 * fits the protocol stays shown, so the editor can say why it is refused.
 */
export function PrefixListSelect({ control, value, onChange, onBlur, lists, protocol }: PrefixListSelectProps) {
  const t = useT();
  const fitting = listsForProtocol(lists ?? [], protocol);
  const chosen = lists?.find((list) => list.PrefixListId === value);
  const shown = chosen && !fitting.includes(chosen) ? [chosen, ...fitting] : fitting;
  const family = familyForProtocol(protocol);
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)} onBlur={onBlur}>
      <option value="">
        {lists === undefined
          ? t("common.loading")
          : shown.length === 0
            ? t(family ? "pl.picker.noneOfFamily" : "pl.picker.none", { family: family ?? "" })
            : t("pl.picker.choose")}
      </option>
      {shown.map((list) => (
        <option key={list.PrefixListId} value={list.PrefixListId}>
          {t("pl.picker.option", {
            name: list.PrefixListName || list.PrefixListId,
            family: list.AddressFamily,
            weight: list.MaxEntries,
          })}
        </option>
      ))}
    </select>
  );
}

/** Under the chosen list: what it costs against the group's rule quota (undefined when none is chosen). */
export function prefixListWeightHint(
  t: Translate,
  listId: string,
  lists: readonly PrefixListChoice[] | undefined,
): string | undefined {
  const list = lists?.find((candidate) => candidate.PrefixListId === listId);
  return list && t("pl.picker.weight", { weight: list.MaxEntries });
}
