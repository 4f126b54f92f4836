import { useSearchParams } from "react-router";
import { type Column, DataTable } from "../../../components/DataTable";
import type { Direction } from "../../../engine/types";
import { useT } from "../../../i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { GroupLink } from "../../security-groups/labels";
import { ruleColumns } from "../../security-groups/rules/rule-display";
import { type GroupRules, type MergedRule, mergeRules } from "./merged-rules";

/** The direction shown, kept in the URL (`?direction=egress`) so a shared link shows the same list. */
function useDirection(): [Direction, (next: Direction) => void] {
  const [params, setParams] = useSearchParams();
  const direction: Direction = params.get("direction") === "egress" ? "egress" : "ingress";
  const set = (next: Direction) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === "egress") copy.set("direction", "egress");
        else copy.delete("direction");
        return copy;
      },
      { replace: true },
    );
  return [direction, set];
}

/**
 * ENI-3 / DEC-1: the rules of all groups of an interface in the order they are evaluated, one
 * direction at a time. An interface can hold 1,000 rules: the table virtualises above 200 rows.
 */
export function MergedRulesTable({ regionId, groups }: { regionId: string; groups: readonly GroupRules[] }) {
  const t = useT();
  const [direction, setDirection] = useDirection();
  const inbound = mergeRules(groups, "ingress");
  const outbound = mergeRules(groups, "egress");
  const rows = direction === "ingress" ? inbound : outbound;
  const ingress = direction === "ingress";

  const shared = ruleColumns<MergedRule>(t, regionId, direction, (row) => row.rule);
  const columns: Column<MergedRule>[] = [
    { id: "order", header: t("inst.rules.col.order"), className: "col-order", cell: (row) => row.order },
    shared.policy,
    shared.priority,
    shared.protocol,
    shared.port,
    shared.peer,
    {
      id: "group",
      header: t("inst.rules.col.group"),
      className: "col-group",
      cell: (row) => <GroupLink regionId={regionId} id={row.groupId} name={row.groupName} />,
    },
    shared.description,
  ];

  return (
    <section className="merged-rules" aria-labelledby="merged-rules-title">
      <div className="section-head">
        <div>
          <h2 id="merged-rules-title" className="section-title">
            {t("inst.rules.title")}
          </h2>
          <p className="field-hint">{t("inst.rules.order", { groups: groups.length })}</p>
        </div>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("inst.rules.direction")}</legend>
          {(["ingress", "egress"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={direction === option}
              className="segmented-option"
              onClick={() => setDirection(option)}
            >
              {t(option === "ingress" ? "inst.rules.inbound" : "inst.rules.outbound", {
                count: (option === "ingress" ? inbound : outbound).length,
              })}
            </button>
          ))}
        </fieldset>
      </div>
      <DataTable
        label={t(ingress ? "inst.rules.inboundLabel" : "inst.rules.outboundLabel")}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.rule.SecurityGroupRuleId}
        empty={
          <EmptyState
            headingLevel={3}
            icon="shield"
            title={t(ingress ? "rules.emptyInbound" : "rules.emptyOutbound")}
            body={t(ingress ? "inst.rules.emptyInbound" : "inst.rules.emptyOutbound")}
          />
        }
      />
    </section>
  );
}
