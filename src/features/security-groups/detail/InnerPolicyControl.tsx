import { useId } from "react";
import type { SecurityGroup } from "@/api/types";
import { confirmAction } from "../../../components/confirm";
import { useT } from "../../../i18n";
import { Badge } from "../../../ui/Badge";
import { Switch } from "../../../ui/Switch";
import { INNER_POLICY_EFFECTS, modifyInnerPolicy } from "./group-writes";

/**
 * SG-7: the inner access policy of a basic group, as a switch. Each change is confirmed with
 * its consequence spelled out, since it can cut (or open) traffic between running instances.
 */
export function InnerPolicyControl({
  regionId,
  group,
  policy,
}: {
  regionId: string;
  group: SecurityGroup;
  policy: "Accept" | "Drop";
}) {
  const t = useT();
  const explainId = useId();
  const name = group.SecurityGroupName || group.SecurityGroupId;

  if (group.SecurityGroupType === "enterprise") {
    return (
      <div className="inner-policy">
        <Badge tone="purple">{t("sg.inner.drop")}</Badge>
        <p className="field-hint">{t("sg.inner.enterprise")}</p>
      </div>
    );
  }

  const accept = policy === "Accept";
  const change = (next: boolean) =>
    confirmAction({
      title: t(next ? "sg.inner.toAcceptTitle" : "sg.inner.toDropTitle", { name }),
      body: <p>{t(next ? "sg.inner.toAcceptBody" : "sg.inner.toDropBody")}</p>,
      confirmLabel: t(next ? "sg.inner.toAcceptConfirm" : "sg.inner.toDropConfirm"),
      tone: next ? "primary" : "danger",
      run: () => modifyInnerPolicy(regionId, group.SecurityGroupId, next ? "Accept" : "Drop"),
      effects: INNER_POLICY_EFFECTS,
      successMessage: t("sg.inner.changed", { policy: t(next ? "sg.inner.accept" : "sg.inner.drop") }),
    });

  return (
    <div className="inner-policy">
      <div className="switch-row">
        <Switch
          checked={accept}
          onChange={change}
          label={t("sg.inner.switchLabel")}
          describedBy={explainId}
          disabled={group.ServiceManaged}
        />
        <span className="switch-state">{t(accept ? "sg.inner.accept" : "sg.inner.drop")}</span>
      </div>
      <p id={explainId} className="inner-policy-explain">
        {t(accept ? "sg.inner.explainAccept" : "sg.inner.explainDrop")}
      </p>
      <p className="field-hint">{t("sg.inner.several")}</p>
    </div>
  );
}
