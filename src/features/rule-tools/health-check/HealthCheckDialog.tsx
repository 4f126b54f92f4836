import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { groupRulesQuery } from "@/api/shared-reads";
import type { Permission, RedundantRule, SecurityGroup } from "@/api/types";
import { queryClient, runWrite } from "../../../api/queries";
import { DialogHeader } from "../../../components/DialogHeader";
import { ProblemCallout } from "../../../components/ProblemMessage";
import { toProblem } from "../../../components/problem";
import { useT } from "../../../i18n";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Dialog } from "../../../ui/Dialog";
import { Spinner } from "../../../ui/Spinner";
import { RULE_WRITE_INVALIDATES, revokeRules } from "../../security-groups/rules/rule-writes";
import { redundantRulesQuery } from "../api";
import { DeletionOutcomes } from "./DeletionOutcomes";
import { type DeletionOutcome, deleteOneByOne } from "./delete-one-by-one";
import { FindingCard } from "./FindingCard";

interface HealthCheckDialogProps {
  regionId: string;
  group: SecurityGroup;
  onClose: () => void;
}

/** The deletion in progress or finished: the selected rules as they were, and what became of each. */
interface Deletion {
  rules: Array<{ ruleId: string; rule: Permission | undefined }>;
  outcomes: DeletionOutcome[];
  /** Index of the rule being handled; undefined once finished. */
  current: number | undefined;
  problem?: ReturnType<typeof toProblem>;
}

const DIRECTIONS = ["ingress", "egress"] as const;

/**
 * HC-1: runs DescribeSecurityGroupRedundantRules, lists the findings by direction with their kind,
 * the covering rules and a sentence each, and deletes the selected ones one at a time with a
 * fresh check before each (see deleteOneByOne), so two identical rules never both go.
 */
export function HealthCheckDialog({ regionId, group, onClose }: HealthCheckDialogProps) {
  const t = useT();
  const titleId = useId();
  const securityGroupId = group.SecurityGroupId;
  const readOnly = group.ServiceManaged;
  const check = useQuery({ ...redundantRulesQuery(regionId, securityGroupId), staleTime: 0 });
  const rules = useQuery({ ...groupRulesQuery(regionId, securityGroupId), staleTime: 0 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deletion, setDeletion] = useState<Deletion>();
  const running = deletion !== undefined && deletion.current !== undefined;

  const findings = check.data?.RedundantRules.RedundantRule ?? [];
  const rulesById = new Map((rules.data?.Permissions.Permission ?? []).map((rule) => [rule.SecurityGroupRuleId, rule]));
  const ordered = DIRECTIONS.flatMap((direction) => findings.filter((finding) => finding.Direction === direction));
  const selectedIds = ordered.map((finding) => finding.SecurityGroupRuleId).filter((id) => selected.has(id));
  const loading = check.isPending || rules.isPending;
  const loadProblem = check.error ?? rules.error;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const deleteSelected = async () => {
    const ids = selectedIds;
    const snapshot = ids.map((ruleId) => ({ ruleId, rule: rulesById.get(ruleId) }));
    setDeletion({ rules: snapshot, outcomes: [], current: 0 });
    const fresh = async (): Promise<readonly RedundantRule[]> =>
      (await queryClient.fetchQuery({ ...redundantRulesQuery(regionId, securityGroupId), staleTime: 0 })).RedundantRules
        .RedundantRule;
    try {
      const run = await runWrite(
        () =>
          deleteOneByOne(ids, {
            check: fresh,
            revoke: (finding) =>
              revokeRules({ regionId, securityGroupId, direction: finding.Direction }, [finding.SecurityGroupRuleId]),
            onStep: (index, outcomes) => setDeletion({ rules: snapshot, outcomes: [...outcomes], current: index }),
          }),
        { invalidates: RULE_WRITE_INVALIDATES },
      );
      setDeletion({ rules: snapshot, outcomes: run.outcomes, current: undefined });
    } catch (error) {
      setDeletion((current) => current && { ...current, current: undefined, problem: toProblem(error) });
    } finally {
      setSelected(new Set());
    }
  };

  const name = group.SecurityGroupName || securityGroupId;
  const allSelected = ordered.length > 0 && selectedIds.length === ordered.length;

  return (
    <Dialog placement="side" width="wide" labelledBy={titleId} onClose={() => !running && onClose()}>
      <DialogHeader titleId={titleId} title={t("hc.title", { name })} onClose={onClose} closeDisabled={running} />
      <div className="dialog-body health-check">
        <p className="dialog-intro">{t("hc.intro")}</p>
        {deletion && (
          <DeletionOutcomes rules={deletion.rules} outcomes={deletion.outcomes} current={deletion.current} />
        )}
        {deletion?.problem && <ProblemCallout problem={deletion.problem} />}
        {loadProblem ? (
          <ProblemCallout problem={toProblem(loadProblem)} />
        ) : loading ? (
          <Spinner label={t("hc.checking")} />
        ) : ordered.length === 0 ? (
          <Callout tone="success" title={t("hc.none.title")} role="status">
            <p>{t("hc.none.body")}</p>
          </Callout>
        ) : (
          <>
            <div className="findings-toolbar">
              <p className="findings-count" role="status">
                {t("hc.found", { count: ordered.length })}
              </p>
              {!readOnly && (
                <label className="check-label">
                  <input
                    type="checkbox"
                    checked={allSelected}
                    disabled={running}
                    ref={(input) => {
                      if (input) input.indeterminate = selectedIds.length > 0 && !allSelected;
                    }}
                    onChange={(event) =>
                      setSelected(
                        event.target.checked
                          ? new Set(ordered.map((finding) => finding.SecurityGroupRuleId))
                          : new Set(),
                      )
                    }
                  />
                  {t("hc.selectAll", { count: ordered.length })}
                </label>
              )}
            </div>
            {readOnly && <Callout tone="warning">{t("hc.readOnly")}</Callout>}
            {DIRECTIONS.map((direction) => {
              const inDirection = ordered.filter((finding) => finding.Direction === direction);
              if (inDirection.length === 0) return null;
              const headingId = `${titleId}-${direction}`;
              return (
                <section key={direction} className="findings-section" aria-labelledby={headingId}>
                  <h3 id={headingId} className="section-title">
                    {t(direction === "ingress" ? "hc.section.ingress" : "hc.section.egress", {
                      count: inDirection.length,
                    })}
                  </h3>
                  <ul className="findings">
                    {inDirection.map((finding) => (
                      <FindingCard
                        key={finding.SecurityGroupRuleId}
                        regionId={regionId}
                        finding={finding}
                        rulesById={rulesById}
                        selection={
                          readOnly
                            ? undefined
                            : {
                                checked: selected.has(finding.SecurityGroupRuleId),
                                disabled: running,
                                onChange: (on) => toggle(finding.SecurityGroupRuleId, on),
                              }
                        }
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </>
        )}
      </div>
      <div className="dialog-footer">
        <div className="dialog-footer-note">{!readOnly && ordered.length > 0 && t("hc.oneByOne")}</div>
        <Button onClick={onClose} disabled={running}>
          {t("common.close")}
        </Button>
        <Button onClick={() => void check.refetch()} disabled={running || check.isFetching}>
          {t("hc.recheck")}
        </Button>
        {!readOnly && (
          <Button
            variant="danger"
            busy={running}
            disabled={selectedIds.length === 0}
            onClick={() => void deleteSelected()}
          >
            {t("hc.delete", { count: selectedIds.length })}
          </Button>
        )}
      </div>
    </Dialog>
  );
}
