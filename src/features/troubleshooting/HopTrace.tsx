import { useId } from "react";
import type { Hop } from "@/api/types";
import { useT } from "../../i18n";
import { PeerCell } from "../security-groups/rules/PeerCell";
import { PolicyBadge, protocolLabel } from "../security-groups/rules/rule-display";
import { GroupRef } from "./GroupRef";
import type { HopContext } from "./hop-context";
import { ReasonSentence } from "./ReasonSentence";
import { VerdictBadge } from "./VerdictBadge";

/**
 * DEC-6 for one hop: where the packet was judged, the groups whose rules were evaluated, every
 * matching rule in evaluation order with the deciding one marked, and the reason in words.
 */
export function HopTrace({
  regionId,
  hop,
  step,
  steps,
  context,
}: {
  regionId: string;
  hop: Hop;
  step: number;
  steps: number;
  context: HopContext;
}) {
  const t = useT();
  const headingId = useId();
  const ingress = hop.Direction === "ingress";
  const matched = hop.MatchedRules.MatchedRule;
  const eniLabel = context.eni?.NetworkInterfaceName
    ? `${context.eni.NetworkInterfaceName} (${hop.NetworkInterfaceId})`
    : hop.NetworkInterfaceId;

  return (
    <section className="diag-hop" aria-labelledby={headingId}>
      <div className="diag-hop-head">
        <h4 id={headingId} className="diag-hop-title">
          {steps === 1
            ? t(ingress ? "diag.hop.ingressOnly" : "diag.hop.egressOnly", { eni: eniLabel })
            : t(ingress ? "diag.hop.ingress" : "diag.hop.egress", {
                step: String(step),
                steps: String(steps),
                eni: eniLabel,
              })}
          {context.eni && <span className="mono muted"> {context.eni.PrivateIpAddress}</span>}
        </h4>
        <VerdictBadge verdict={hop.Verdict} />
      </div>
      <p className="diag-hop-reason">
        <ReasonSentence regionId={regionId} hop={hop} context={context} />
      </p>
      {context.groups.length > 0 && (
        <p className="diag-hop-groups">
          {t("diag.hop.groups", { count: context.groups.length })}{" "}
          {context.groups.map((group, index) => (
            <span key={group.SecurityGroupId}>
              {index > 0 && ", "}
              <GroupRef
                regionId={regionId}
                groupId={group.SecurityGroupId}
                direction={hop.Direction}
                groups={context.groups}
              />
            </span>
          ))}
        </p>
      )}
      {matched.length === 0 ? (
        <p className="diag-hop-none">{t("diag.hop.noMatch")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table diag-matched">
            <caption className="visually-hidden">{t("diag.hop.matchedCaption", { step: String(step) })}</caption>
            <thead>
              <tr>
                <th scope="col" className="diag-col-order">
                  {t("diag.col.order")}
                </th>
                <th scope="col">{t("diag.col.group")}</th>
                <th scope="col" className="diag-col-rule">
                  {t("diag.col.rule")}
                </th>
                <th scope="col" className="diag-col-narrow">
                  {t("rules.col.priority")}
                </th>
                <th scope="col" className="diag-col-narrow">
                  {t("rules.col.policy")}
                </th>
                <th scope="col" className="diag-col-narrow">
                  {t("rules.col.protocol")}
                </th>
                <th scope="col" className="diag-col-port">
                  {t("rules.col.port")}
                </th>
                <th scope="col">{t(ingress ? "rules.col.source" : "rules.col.destination")}</th>
                <th scope="col" className="diag-col-outcome">
                  {t("diag.col.outcome")}
                </th>
              </tr>
            </thead>
            <tbody>
              {matched.map((rule, index) => {
                const deciding = rule.SecurityGroupRuleId === hop.SecurityGroupRuleId;
                const details = context.rules.get(rule.SecurityGroupRuleId);
                return (
                  <tr key={rule.SecurityGroupRuleId} className={deciding ? "diag-deciding" : undefined}>
                    <td>{index + 1}</td>
                    <td>
                      <GroupRef
                        regionId={regionId}
                        groupId={rule.SecurityGroupId}
                        direction={hop.Direction}
                        groups={context.groups}
                      />
                    </td>
                    <td className="mono">{rule.SecurityGroupRuleId}</td>
                    <td>{rule.Priority}</td>
                    <td>
                      <PolicyBadge policy={rule.Policy} />
                    </td>
                    <td>{details ? protocolLabel(t, details.IpProtocol) : ""}</td>
                    <td className="mono">{details?.PortRange ?? ""}</td>
                    <td>{details ? <PeerCell regionId={regionId} rule={details} /> : ""}</td>
                    <td>
                      {deciding ? (
                        <strong className="diag-decided">{t("diag.col.decided")}</strong>
                      ) : (
                        <span className="muted">
                          {t(hop.Reason === "Rule" ? "diag.col.outranked" : "diag.col.notConsulted")}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
