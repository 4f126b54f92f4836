import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { groupsByIdQuery } from "@/api/shared-reads";
import type { Instance, NetworkInterface } from "@/api/types";
import { useT } from "../../i18n";
import { pb } from "../../paths";
import { Field } from "../../ui/Field";
import { InstanceSelect } from "./InstanceSelect";

/** "eni-… · Primary · 192.168.1.10". */
function eniOptionLabel(eni: NetworkInterface, primaryLabel: string, secondaryLabel: string): string {
  return [
    eni.NetworkInterfaceName ? `${eni.NetworkInterfaceName} (${eni.NetworkInterfaceId})` : eni.NetworkInterfaceId,
    eni.Type === "Primary" ? primaryLabel : secondaryLabel,
    eni.PrivateIpAddress,
  ].join(" · ");
}

/** DIAG-1's first step: the instance, then which of its network interfaces (most have one). */
export function TargetPicker({
  regionId,
  instanceId,
  instance,
  enis,
  eni,
  onPick,
}: {
  regionId: string;
  instanceId: string;
  instance?: Instance;
  enis: readonly NetworkInterface[];
  eni?: NetworkInterface;
  onPick: (instanceId: string, eniId: string) => void;
}) {
  const t = useT();
  const groups = eni?.SecurityGroupIds.SecurityGroupId ?? [];
  const details = useQuery({ ...groupsByIdQuery(regionId, groups), enabled: groups.length > 0 });
  const nameOf = (groupId: string) =>
    details.data?.SecurityGroups.SecurityGroup.find((group) => group.SecurityGroupId === groupId)?.SecurityGroupName ||
    groupId;
  return (
    <div className="diag-target">
      <div className="diag-target-fields">
        <InstanceSelect
          regionId={regionId}
          label={t("diag.target.instance")}
          value={instanceId}
          chosen={instance}
          onChange={(id) => onPick(id, "")}
        />
        <Field label={t("diag.target.eni")} hint={t("diag.target.eniHint")}>
          {(control) => (
            <select
              {...control}
              value={eni?.NetworkInterfaceId ?? ""}
              disabled={enis.length === 0}
              onChange={(event) => onPick(instanceId, event.target.value)}
            >
              {enis.length === 0 && <option value="">{t("diag.target.noEni")}</option>}
              {enis.map((candidate) => (
                <option key={candidate.NetworkInterfaceId} value={candidate.NetworkInterfaceId}>
                  {eniOptionLabel(candidate, t("diag.target.primary"), t("diag.target.secondary"))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {instance && eni && (
        <dl className="summary diag-target-summary">
          <div>
            <dt>{t("diag.target.privateIp")}</dt>
            <dd className="mono">{eni.PrivateIpAddress}</dd>
          </div>
          <div>
            <dt>{t("diag.target.publicIp")}</dt>
            <dd className="mono">{instance.PublicIpAddress.IpAddress[0] ?? t("common.none")}</dd>
          </div>
          <div>
            <dt>{t("diag.target.status")}</dt>
            <dd>{instance.Status === "Stopped" ? t("diag.target.stopped") : t("diag.target.running")}</dd>
          </div>
          <div className="summary-wide">
            <dt>{t("diag.target.groups")}</dt>
            <dd className="diag-group-links">
              {groups.map((groupId) => (
                <Link key={groupId} to={pb.securityGroup({ regionId, securityGroupId: groupId })} title={groupId}>
                  {nameOf(groupId)}
                </Link>
              ))}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}
