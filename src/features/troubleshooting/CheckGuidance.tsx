import type { Hop } from "@/api/types";
import { useT } from "../../i18n";
import { Button } from "../../ui/Button";
import { Callout } from "../../ui/Callout";
import type { TrafficCheck } from "./api";
import { GroupRef } from "./GroupRef";
import type { HopContext } from "./hop-context";
import { type AllowedTraffic, type AllowPlan, HEALTH_CHECK_CIDR, isDenyAll } from "./open-port";

type OpenPlan = Extract<AllowPlan, { kind: "open" }>;

/**
 * What to do about a blocked check: why "open port" cannot help (a drop at priority 1, the
 * platform's port-25 restriction, managed groups only) and DIAG-3's FAQ advice where it applies.
 */
export function CheckGuidance({
  regionId,
  check,
  hop,
  plan,
  context,
  onOpen,
  planFor,
}: {
  regionId: string;
  check: TrafficCheck;
  hop: Hop;
  plan: AllowPlan;
  context: HopContext;
  onOpen: (plan: OpenPlan, summary: string) => void;
  planFor: (traffic: AllowedTraffic) => AllowPlan;
}) {
  const t = useT();
  const ingress = hop.Direction === "ingress";
  const ping = ingress && check.IpProtocol === "ICMP";
  const denyAll = ingress && isDenyAll(context.rules.get(hop.SecurityGroupRuleId));
  const healthPlan = denyAll
    ? planFor({ IpProtocol: "ALL", peer: HEALTH_CHECK_CIDR, Description: t("diag.guide.healthDescription") })
    : undefined;

  if (plan.kind === "open" && !ping && !healthPlan) return null;
  return (
    <div className="diag-guidance">
      {plan.kind === "priorityOne" && (
        <Callout tone="warning" title={t("diag.openPort.priorityOneTitle")}>
          {t("diag.openPort.priorityOne", { rule: plan.rule.SecurityGroupRuleId })}{" "}
          <GroupRef
            regionId={regionId}
            groupId={plan.rule.SecurityGroupId}
            direction={hop.Direction}
            groups={context.groups}
          />
        </Callout>
      )}
      {plan.kind === "platform" && (
        <Callout tone="warning" title={t("diag.openPort.platformTitle")}>
          {t("diag.openPort.platform")}
        </Callout>
      )}
      {plan.kind === "managedOnly" && (
        <Callout tone="warning" title={t("diag.openPort.managedOnlyTitle")}>
          {t("diag.openPort.managedOnly")}
        </Callout>
      )}
      {ping && (
        <Callout tone="info" title={t("diag.guide.pingTitle")}>
          {t("diag.guide.ping")}
        </Callout>
      )}
      {denyAll && healthPlan && (
        <Callout tone="info" title={t("diag.guide.healthTitle")}>
          <p>{t("diag.guide.health", { cidr: HEALTH_CHECK_CIDR })}</p>
          {healthPlan.kind === "open" ? (
            <Button
              size="sm"
              onClick={() => onOpen(healthPlan, t("diag.guide.healthSummary", { cidr: HEALTH_CHECK_CIDR }))}
            >
              {t("diag.guide.healthButton")}
            </Button>
          ) : (
            <p>{t("diag.guide.healthBlocked")}</p>
          )}
        </Callout>
      )}
    </div>
  );
}
