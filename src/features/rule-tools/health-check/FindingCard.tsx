import { useId } from "react";
import type { Permission, RedundancyKind, RedundantRule } from "@/api/types";
import { useT } from "../../../i18n";
import { Badge, type BadgeTone } from "../../../ui/Badge";
import { Icon } from "../../../ui/Icon";
import { PermissionCells, PermissionHeaders } from "../rule-cells";
import { COVERING_ROLE, explanationKey, KIND_LABEL } from "./explanations";

const KIND_TONE: Readonly<Record<RedundancyKind, BadgeTone>> = {
  Duplicate: "blue",
  Covered: "purple",
  Shadowed: "orange",
};

interface FindingCardProps {
  regionId: string;
  finding: RedundantRule;
  rulesById: ReadonlyMap<string, Permission>;
  /** Absent when the group is read-only (nothing can be selected). */
  selection?: { checked: boolean; disabled: boolean; onChange: (checked: boolean) => void };
}

/**
 * One finding: a checkbox named after the rule, its kind, the sentence that explains it, and the
 * rule with its covering rules in one small table laid out like the rules tab.
 */
export function FindingCard({ regionId, finding, rulesById, selection }: FindingCardProps) {
  const t = useT();
  const checkboxId = useId();
  const explanationId = useId();
  const rule = rulesById.get(finding.SecurityGroupRuleId);
  const covering = finding.CoveringRuleIds.CoveringRuleId;
  const kind = t(KIND_LABEL[finding.Kind]);
  return (
    <li className={`finding ${selection?.checked ? "finding-selected" : ""}`.trim()}>
      <div className="finding-head">
        {selection && (
          <input
            id={checkboxId}
            type="checkbox"
            checked={selection.checked}
            disabled={selection.disabled}
            aria-describedby={explanationId}
            onChange={(event) => selection.onChange(event.target.checked)}
          />
        )}
        <label htmlFor={selection ? checkboxId : undefined} className="finding-title">
          <Badge tone={KIND_TONE[finding.Kind]}>{kind}</Badge>
          <code className="mono">{finding.SecurityGroupRuleId}</code>
        </label>
      </div>
      <p id={explanationId} className="finding-explanation">
        {t(explanationKey(finding.Kind, rule?.Policy ?? "Accept"))}
      </p>
      <div className="table-wrap">
        <table className="data-table finding-table">
          <caption className="visually-hidden">{t("hc.ruleTable", { id: finding.SecurityGroupRuleId })}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-role">
                <span className="visually-hidden">{t("hc.col.role")}</span>
              </th>
              <PermissionHeaders direction={finding.Direction} />
              <th scope="col" className="col-rule-id">
                {t("hc.col.ruleId")}
              </th>
            </tr>
          </thead>
          <tbody>
            <FindingRow
              regionId={regionId}
              role={t("hc.role.rule")}
              ruleId={finding.SecurityGroupRuleId}
              rule={rule}
              highlighted
            />
            {covering.map((id) => (
              <FindingRow
                key={id}
                regionId={regionId}
                role={t(COVERING_ROLE[finding.Kind])}
                ruleId={id}
                rule={rulesById.get(id)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {finding.BasedOnPrefixListEntries && (
        <p className="finding-note">
          <Icon name="info" /> {t("hc.prefixListNote")}
        </p>
      )}
    </li>
  );
}

function FindingRow({
  regionId,
  role,
  ruleId,
  rule,
  highlighted = false,
}: {
  regionId: string;
  role: string;
  ruleId: string;
  rule: Permission | undefined;
  highlighted?: boolean;
}) {
  const t = useT();
  return (
    <tr className={highlighted ? "finding-rule" : "finding-covering"}>
      <th scope="row" className="col-role">
        {role}
      </th>
      {rule ? (
        <PermissionCells regionId={regionId} rule={rule} />
      ) : (
        <td colSpan={6} className="muted">
          {t("hc.ruleGone")}
        </td>
      )}
      <td className="col-rule-id">
        <code className="mono">{ruleId}</code>
      </td>
    </tr>
  );
}
