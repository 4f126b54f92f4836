import { useState } from "react";
import type { Permission } from "@/api/types";
import { MAX_RULES_PER_GROUP } from "@/engine/validate";
import { confirmAction } from "../../../components/confirm";
import { type Column, DataTable } from "../../../components/DataTable";
import type { Direction } from "../../../engine/types";
import { formatTime, useLanguage, useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { Icon } from "../../../ui/Icon";
import { Meter } from "../../../ui/Meter";
import { useGroupRuleUsage } from "../../prefix-lists/rule-weight";
import { RuleTools } from "../../rule-tools/RuleTools";
import { useCurrentGroup } from "../detail/current-group";
import { AddRulesDrawer } from "./AddRulesDrawer";
import { InlineRuleEditor } from "./InlineRuleEditor";
import { ruleColumns, ruleLine } from "./rule-display";
import { RULE_WRITE_INVALIDATES, revokeRules } from "./rule-writes";

/** RULE-7: the inbound or outbound tab: the rules, add several, edit in place, delete one or many. */
export function RulesTab({ direction }: { direction: Direction }) {
  const t = useT();
  const language = useLanguage();
  const { regionId, group, attribute } = useCurrentGroup();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editingId, setEditingId] = useState<string>();
  const [adding, setAdding] = useState(false);
  const target = { regionId, securityGroupId: group?.SecurityGroupId ?? "", direction };
  // RULE-8: prefix-list rules count as their list's MaxEntries.
  const ruleUsage = useGroupRuleUsage(regionId, attribute.Permissions.Permission);
  if (!group) return null;

  const ingress = direction === "ingress";
  const readOnly = group.ServiceManaged;
  const enterprise = group.SecurityGroupType === "enterprise";
  const rules = attribute.Permissions.Permission.filter((rule) => rule.Direction === direction);
  const selectedIds = rules.map((rule) => rule.SecurityGroupRuleId).filter((id) => selected.has(id));

  const askDelete = (doomed: Permission[]) => {
    const [first] = doomed;
    if (!first) return;
    confirmAction({
      title:
        doomed.length === 1
          ? t("rules.confirmDeleteOne", { id: first.SecurityGroupRuleId })
          : t("rules.confirmDeleteMany", { count: doomed.length }),
      body: (
        <>
          <ul className="confirm-list">
            {doomed.map((rule) => (
              <li key={rule.SecurityGroupRuleId}>
                <code className="mono">{rule.SecurityGroupRuleId}</code> {ruleLine(t, rule)}
              </li>
            ))}
          </ul>
          <p>{t("rules.confirmDeleteBody")}</p>
        </>
      ),
      confirmLabel: t("common.delete"),
      run: async () => {
        await revokeRules(
          target,
          doomed.map((rule) => rule.SecurityGroupRuleId),
        );
        setSelected(new Set());
      },
      effects: { invalidates: RULE_WRITE_INVALIDATES },
      successMessage: t("rules.deleted", { count: doomed.length }),
    });
  };

  const shared = ruleColumns<Permission>(t, regionId, direction, (rule) => rule);
  const columns: Column<Permission>[] = [
    shared.policy,
    shared.priority,
    shared.protocol,
    shared.port,
    shared.peer,
    shared.description,
    {
      id: "created",
      header: t("rules.col.created"),
      className: "col-time",
      cell: (rule) => <time dateTime={rule.CreateTime}>{formatTime(rule.CreateTime, language)}</time>,
    },
  ];
  if (!readOnly) {
    columns.push({
      id: "actions",
      header: t("common.actions"),
      className: "col-actions",
      cell: (rule) => (
        <div className="row-actions">
          <Button
            variant="link"
            onClick={() => setEditingId(rule.SecurityGroupRuleId)}
            disabled={editingId !== undefined}
          >
            {t("common.edit")}
          </Button>
          <Button variant="link" onClick={() => askDelete([rule])}>
            {t("common.delete")}
          </Button>
        </div>
      ),
    });
  }

  const emptyBody = ingress
    ? t(enterprise ? "rules.emptyInboundBody.enterprise" : "rules.emptyInboundBody.normal")
    : t(enterprise ? "rules.emptyOutboundBody.enterprise" : "rules.emptyOutboundBody.normal");

  return (
    <div className="rules-tab">
      <div className="panel-toolbar">
        {readOnly ? (
          <p className="toolbar-note">
            <Icon name="lock" /> {t("rules.readOnly")}
          </p>
        ) : (
          <div className="toolbar-actions">
            <Button variant="primary" onClick={() => setAdding(true)}>
              <Icon name="plus" />
              {t("rules.add")}
            </Button>
            <Button
              disabled={selectedIds.length === 0}
              onClick={() => askDelete(rules.filter((rule) => selected.has(rule.SecurityGroupRuleId)))}
            >
              <Icon name="trash" />
              {t("rules.deleteSelected", { count: selectedIds.length })}
            </Button>
          </div>
        )}
        <RuleTools regionId={regionId} group={group} />
        <Meter
          value={ruleUsage}
          max={MAX_RULES_PER_GROUP}
          label={t("rules.usageLabel", { limit: MAX_RULES_PER_GROUP })}
          text={t("rules.usage", { used: ruleUsage, limit: MAX_RULES_PER_GROUP })}
        />
      </div>
      <DataTable
        label={t(ingress ? "rules.inboundLabel" : "rules.outboundLabel")}
        columns={columns}
        rows={rules}
        rowKey={(rule) => rule.SecurityGroupRuleId}
        selection={
          readOnly
            ? undefined
            : {
                selected,
                onChange: setSelected,
                rowLabel: (rule) => t("rules.selectRule", { id: rule.SecurityGroupRuleId }),
              }
        }
        renderRow={(rule, columnCount) =>
          rule.SecurityGroupRuleId === editingId ? (
            <InlineRuleEditor
              regionId={regionId}
              group={group}
              rule={rule}
              columnCount={columnCount}
              onDone={() => setEditingId(undefined)}
            />
          ) : undefined
        }
        empty={
          <EmptyState
            headingLevel={3}
            icon="shield"
            title={t(ingress ? "rules.emptyInbound" : "rules.emptyOutbound")}
            body={emptyBody}
          />
        }
      />
      {adding && (
        <AddRulesDrawer regionId={regionId} group={group} direction={direction} onClose={() => setAdding(false)} />
      )}
    </div>
  );
}
