import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { Link } from "react-router";
import { groupRulesQuery } from "@/api/shared-reads";
import type { CloneSecurityGroupBody, SecurityGroup } from "@/api/types";
import { usePrefetchedQuery } from "../../../api/queries";
import { DialogHeader } from "../../../components/DialogHeader";
import { regionsQuery } from "../../../components/regions";
import { useLanguage, useT } from "../../../i18n";
import { pb } from "../../../paths";
import { Button } from "../../../ui/Button";
import { Callout } from "../../../ui/Callout";
import { Dialog } from "../../../ui/Dialog";
import { Icon } from "../../../ui/Icon";
import { ruleLine } from "../../security-groups/rules/rule-display";
import { ProblemDetails } from "../ProblemDetails";
import type { CloneValues } from "./clone-writes";

interface CloneSummaryProps {
  group: SecurityGroup;
  values: CloneValues;
  body: CloneSecurityGroupBody;
  onClose: () => void;
}

/** After CLONE-1: where the new group is, how many rules it got, and each skipped rule with why. */
export function CloneSummary({ group, values, body, onClose }: CloneSummaryProps) {
  const t = useT();
  const language = useLanguage();
  const titleId = useId();
  const regions = usePrefetchedQuery(regionsQuery(language)).Regions.Region;
  const source = useQuery(groupRulesQuery(values.regionId, group.SecurityGroupId));
  const sourceRules = source.data?.Permissions.Permission ?? [];
  const skipped = body.SkippedRules.SkippedRule;
  const region = regions.find((candidate) => candidate.RegionId === values.targetRegionId)?.LocalName;
  const newGroup = { regionId: values.targetRegionId, securityGroupId: body.SecurityGroupId };

  return (
    <Dialog placement="center" width="medium" labelledBy={titleId} onClose={onClose}>
      <DialogHeader titleId={titleId} title={t("clone.done.title")} />
      <div className="dialog-body">
        <Callout tone="success" role="status">
          <p>
            {t("clone.done.body", {
              name: values.name || body.SecurityGroupId,
              region: region ?? values.targetRegionId,
            })}
          </p>
          <p>
            <code className="mono">{body.SecurityGroupId}</code>
          </p>
        </Callout>
        {values.keepRules ? (
          source.data && (
            <p>{t("clone.done.copied", { count: sourceRules.length - skipped.length, total: sourceRules.length })}</p>
          )
        ) : (
          <p>{t("clone.done.noRules")}</p>
        )}
        {values.keepRules && (
          <section aria-labelledby={`${titleId}-skipped`}>
            <h3 id={`${titleId}-skipped`} className="section-title">
              {t("clone.skipped.title", { count: skipped.length })}
            </h3>
            {skipped.length === 0 ? (
              <p className="status-ok">{t("clone.skipped.none")}</p>
            ) : (
              <ul className="skipped-list">
                {skipped.map((entry) => {
                  const rule = sourceRules.find(
                    (candidate) => candidate.SecurityGroupRuleId === entry.SecurityGroupRuleId,
                  );
                  return (
                    <li key={entry.SecurityGroupRuleId} className="skipped-item">
                      <span className="skipped-rule">
                        <Icon name="warning" className="skipped-icon" />
                        <code className="mono">{entry.SecurityGroupRuleId}</code>
                        {rule && <span>{ruleLine(t, rule)}</span>}
                      </span>
                      <ProblemDetails problem={{ code: entry.Code, message: entry.Message }} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        )}
      </div>
      <div className="dialog-footer">
        <Button onClick={onClose}>{t("common.close")}</Button>
        <Link className="btn btn-primary" to={pb.securityGroup(newGroup)} onClick={onClose}>
          {t("clone.open")}
        </Link>
      </div>
    </Dialog>
  );
}
