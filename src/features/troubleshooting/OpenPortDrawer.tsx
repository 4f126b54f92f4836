import { useState } from "react";
import type { SecurityGroup } from "@/api/types";
import { useT } from "../../i18n";
import { Callout } from "../../ui/Callout";
import { Field } from "../../ui/Field";
import { AddRulesDrawer } from "../security-groups/rules/AddRulesDrawer";
import type { AllowPlan } from "./open-port";

type OpenPlan = Extract<AllowPlan, { kind: "open" }>;

/**
 * DIAG-1 "open port": the security-group rule dialog, pre-filled with the narrowest allow rule,
 * going to the ENI's first group that is not managed; the user may pick another of its groups.
 */
export function OpenPortDrawer({
  regionId,
  plan,
  groups,
  heading,
  summary,
  onClose,
}: {
  regionId: string;
  plan: OpenPlan;
  /** The ENI's groups (details), of which `plan.groupIds` may take the rule. */
  groups: readonly SecurityGroup[];
  /** The intro's title: what the rule is for. */
  heading: string;
  /** What the rule lets through, in words. */
  summary: string;
  onClose: () => void;
}) {
  const t = useT();
  const choices = plan.groupIds
    .map((id) => groups.find((group) => group.SecurityGroupId === id))
    .filter((group): group is SecurityGroup => group !== undefined);
  const [groupId, setGroupId] = useState(choices[0]?.SecurityGroupId ?? "");
  const group = choices.find((choice) => choice.SecurityGroupId === groupId) ?? choices[0];
  if (!group) return null;

  const intro = (
    <div className="diag-open-intro">
      <Callout tone="info" title={heading}>
        <p>{summary}</p>
        <p>
          {plan.outranks
            ? t("diag.openPort.outranks", {
                rule: plan.outranks.SecurityGroupRuleId,
                priority: String(plan.outranks.Priority),
                mine: String(plan.outranks.Priority - 1),
              })
            : t("diag.openPort.noDeny")}
        </p>
      </Callout>
      <Field label={t("diag.openPort.group")} hint={t("diag.openPort.groupHint")}>
        {(control) => (
          <select {...control} value={group.SecurityGroupId} onChange={(event) => setGroupId(event.target.value)}>
            {choices.map((choice) => (
              <option key={choice.SecurityGroupId} value={choice.SecurityGroupId}>
                {t("rules.peer.groupOption", {
                  name: choice.SecurityGroupName || choice.SecurityGroupId,
                  id: choice.SecurityGroupId,
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );

  return (
    <AddRulesDrawer
      regionId={regionId}
      group={group}
      direction={plan.direction}
      initialRules={[plan.rule]}
      intro={intro}
      onClose={onClose}
    />
  );
}
