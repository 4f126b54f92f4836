import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useDeferredValue, useId, useState } from "react";
import type { SecurityGroup } from "@/api/types";
import { type Translate, useT } from "../../../i18n";
import { Badge } from "../../../ui/Badge";
import { groupTypeLabel } from "../../security-groups/labels";
import { groupCandidatesQuery } from "../api";
import { type CandidateIssue, candidateIssue } from "./group-set";

function candidateIssueText(t: Translate, issue: CandidateIssue, group: SecurityGroup, vpcId: string): string {
  switch (issue) {
    case "otherVpc":
      return t("eni.candidate.otherVpc", { vpc: group.VpcId, target: vpcId });
    case "classic":
      return t("eni.candidate.classic");
    case "otherType":
      return t("eni.candidate.otherType");
    case "managed":
      return t("eni.candidate.managed");
  }
}

export interface GroupPickerProps {
  regionId: string;
  /** The VPC of the interface(s): candidates come from it (an `sg-` search finds any group). */
  vpcId: string;
  /** Groups the interface has now: limits judge additions against them. */
  current: readonly SecurityGroup[];
  chosen: readonly SecurityGroup[];
  onChange: (next: SecurityGroup[]) => void;
  /** Groups shown checked and fixed (the instance's groups when only adding). */
  locked?: ReadonlySet<string>;
  legend: string;
  /** The live meter and errors, under the list. */
  children?: ReactNode;
  invalid?: boolean;
}

/**
 * A multi-select of security groups: a search box (part of a name, or an `sg-` id) over the
 * groups of the interface's VPC, checkboxes, and for each group why it could not join (other
 * VPC, other type, managed). Nothing is refused here: the limits are shown, the engine decides.
 */
export function GroupPicker({
  regionId,
  vpcId,
  current,
  chosen,
  onChange,
  locked,
  legend,
  children,
  invalid,
}: GroupPickerProps) {
  const t = useT();
  const searchId = useId();
  const [text, setText] = useState("");
  const search = useDeferredValue(text.trim());
  const candidates = useQuery({
    ...groupCandidatesQuery(regionId, vpcId, search),
    enabled: vpcId !== "",
    placeholderData: keepPreviousData,
  });
  const chosenIds = new Set(chosen.map((group) => group.SecurityGroupId));
  const found = candidates.data?.SecurityGroups.SecurityGroup ?? [];
  // Chosen groups stay listed (so they can be unchecked) even when the search hides them.
  const listed = [...chosen, ...found.filter((group) => !chosenIds.has(group.SecurityGroupId))];
  const target = { vpcId, current };

  const toggle = (group: SecurityGroup, checked: boolean) =>
    onChange(
      checked ? [...chosen, group] : chosen.filter((candidate) => candidate.SecurityGroupId !== group.SecurityGroupId),
    );

  return (
    <fieldset className={`field group-picker ${invalid ? "field-invalid" : ""}`.trim()}>
      <legend className="field-label">{legend}</legend>
      <div className="group-picker-search">
        <label htmlFor={searchId} className="visually-hidden">
          {t("eni.picker.search")}
        </label>
        <input
          id={searchId}
          type="search"
          value={text}
          placeholder={t("eni.picker.placeholder")}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
        <span className="field-hint">{t("eni.picker.scope", { vpc: vpcId || "-" })}</span>
      </div>
      <ul className="group-picker-list" aria-label={t("eni.picker.listLabel")} aria-busy={candidates.isFetching}>
        {listed.length === 0 && (
          <li className="group-picker-empty muted">
            {candidates.isPending && vpcId !== "" ? t("common.loading") : t("eni.picker.none")}
          </li>
        )}
        {listed.map((group) => {
          const isLocked = locked?.has(group.SecurityGroupId) ?? false;
          const checked = isLocked || chosenIds.has(group.SecurityGroupId);
          const issue = candidateIssue(group, target, chosen);
          const issueId = `${searchId}-${group.SecurityGroupId}`;
          return (
            <li key={group.SecurityGroupId} className={checked ? "is-checked" : undefined}>
              <label className="group-picker-option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={isLocked}
                  aria-describedby={issue ? issueId : undefined}
                  onChange={(event) => toggle(group, event.target.checked)}
                />
                <span className="stacked group-picker-name">
                  <span className="truncate" title={group.SecurityGroupName}>
                    {group.SecurityGroupName || group.SecurityGroupId}
                  </span>
                  <span className="mono muted truncate">{group.SecurityGroupId}</span>
                </span>
                <span className="group-picker-facts">
                  <Badge tone={group.SecurityGroupType === "enterprise" ? "purple" : "blue"}>
                    {groupTypeLabel(t, group.SecurityGroupType)}
                  </Badge>
                  <span className="muted">{t("eni.picker.rules", { count: group.RuleCount })}</span>
                  {isLocked && <span className="muted">{t("eni.picker.current")}</span>}
                </span>
              </label>
              {issue && (
                <span id={issueId} className="group-picker-issue">
                  {candidateIssueText(t, issue, group, vpcId)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {found.length >= 50 && <p className="field-hint">{t("eni.picker.more")}</p>}
      {children}
    </fieldset>
  );
}
