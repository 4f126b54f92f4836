import { useId } from "react";
import { MAX_GROUPS_PER_ENI, MAX_RULES_PER_ENI } from "@/engine/validate";
import { type Translate, useT } from "../../../i18n";
import { Icon } from "../../../ui/Icon";
import type { GroupSetCheck, GroupSetIssue } from "./group-set";
import { InterfaceLimitMeters } from "./InterfaceLimitMeters";

function groupName(group: { SecurityGroupName: string; SecurityGroupId: string }): string {
  return group.SecurityGroupName || group.SecurityGroupId;
}

export function issueText(t: Translate, issue: GroupSetIssue, vpcId: string): string {
  switch (issue.kind) {
    case "empty":
      return t("eni.issue.empty");
    case "tooManyGroups":
      return t("eni.issue.tooManyGroups", { count: issue.count, limit: MAX_GROUPS_PER_ENI });
    case "tooManyRules":
      return t("eni.issue.tooManyRules", { count: issue.count, limit: MAX_RULES_PER_ENI });
    case "mixedTypes":
      return t("eni.issue.mixedTypes");
    case "otherVpc":
      return t("eni.issue.otherVpc", { name: groupName(issue.group), vpc: issue.group.VpcId, target: vpcId });
    case "classic":
      return t("eni.issue.classic", { name: groupName(issue.group) });
    case "managed":
      return t("eni.issue.managed", { name: groupName(issue.group) });
    case "managedLeaves":
      return t("eni.issue.managedLeaves", { name: groupName(issue.group) });
  }
}

/**
 * RULE-8 / ENI-5 live meter: how many groups and rules the interface would have after the
 * change ("This makes 1,040 of 1,000 rules on eni-x"), and every limit it would break, shown
 * while the person chooses (the engine re-checks on submit).
 */
export function GroupSetMeter({
  check,
  target,
  vpcId,
  showEmpty,
}: {
  check: GroupSetCheck;
  /** What the groups are for: an ENI id, "the new network interface", "each new instance". */
  target: string;
  vpcId: string;
  /** Report "choose at least one" (only once the person tried to submit). */
  showEmpty: boolean;
}) {
  const t = useT();
  const helpId = useId();
  const issues = check.issues.filter((issue) => issue.kind !== "empty" || showEmpty);
  return (
    <div className="group-set-meter">
      <InterfaceLimitMeters groupCount={check.groupCount} ruleCount={check.ruleCount} target={target} prospective />
      <p id={helpId} className="field-hint">
        {t("eni.limit.rulesHelp")}
      </p>
      {issues.length > 0 && (
        <ul className="group-set-issues" aria-label={t("eni.limit.issues")}>
          {issues.map((issue) => (
            <li key={`${issue.kind}-${"group" in issue ? issue.group.SecurityGroupId : ""}`}>
              <Icon name="error" className="field-error-icon" />
              {issueText(t, issue, vpcId)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
