import { Link } from "react-router";
import type { EniStatus, InstanceStatus, SecurityGroup, Vpc, VSwitch } from "@/api/types";
import { type Translate, useT } from "../../i18n";
import { pb } from "../../paths";
import { Badge, type BadgeTone } from "../../ui/Badge";

const INSTANCE_TONES: Readonly<Record<InstanceStatus, BadgeTone>> = {
  Running: "green",
  Stopped: "neutral",
};

export function instanceStatusLabel(t: Translate, status: InstanceStatus): string {
  return t(`inst.status.${status}`);
}

export function InstanceStatusBadge({ status }: { status: InstanceStatus }) {
  const t = useT();
  return <Badge tone={INSTANCE_TONES[status]}>{instanceStatusLabel(t, status)}</Badge>;
}

const ENI_TONES: Readonly<Record<EniStatus, BadgeTone>> = {
  Available: "blue",
  InUse: "green",
};

export function EniStatusBadge({ status }: { status: EniStatus }) {
  const t = useT();
  return <Badge tone={ENI_TONES[status]}>{t(`eni.status.${status}`)}</Badge>;
}

export function EniTypeLabel({ type }: { type: "Primary" | "Secondary" }) {
  const t = useT();
  return <>{t(type === "Primary" ? "eni.type.Primary" : "eni.type.Secondary")}</>;
}

/** The groups of an instance or ENI as links (names once known, ids meanwhile), in their order. */
export function GroupLinks({
  regionId,
  groupIds,
  groups,
}: {
  regionId: string;
  groupIds: readonly string[];
  groups: ReadonlyMap<string, SecurityGroup>;
}) {
  const t = useT();
  if (groupIds.length === 0) return <span className="muted">{t("common.none")}</span>;
  return (
    <ul className="group-links">
      {groupIds.map((groupId) => {
        const name = groups.get(groupId)?.SecurityGroupName;
        return (
          <li key={groupId}>
            <Link
              to={pb.securityGroup({ regionId, securityGroupId: groupId })}
              className="truncate"
              title={name ? `${name} (${groupId})` : groupId}
            >
              {name || groupId}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** A vSwitch: its id and, when known, its name and CIDR block. */
export function VSwitchLabel({ vswitchId, vswitches }: { vswitchId: string; vswitches: readonly VSwitch[] }) {
  const vswitch = vswitches.find((candidate) => candidate.VSwitchId === vswitchId);
  return (
    <span className="stacked">
      <span className="mono truncate" title={vswitchId}>
        {vswitchId}
      </span>
      {vswitch && (
        <span className="muted truncate" title={vswitch.VSwitchName}>
          {vswitch.VSwitchName ? `${vswitch.VSwitchName} · ${vswitch.CidrBlock}` : vswitch.CidrBlock}
        </span>
      )}
    </span>
  );
}

/** An instance named in another resource's row: its name linking to its page, and its id. */
export function InstanceLink({ regionId, instanceId, name }: { regionId: string; instanceId: string; name?: string }) {
  return (
    <span className="stacked">
      <Link to={pb.instance({ regionId, instanceId })} className="truncate" title={name || instanceId}>
        {name || instanceId}
      </Link>
      {name && name !== instanceId && <span className="mono muted truncate">{instanceId}</span>}
    </span>
  );
}

export function vswitchOptionLabel(vswitch: VSwitch): string {
  return `${vswitch.VSwitchName || vswitch.VSwitchId} (${vswitch.VSwitchId}, ${vswitch.ZoneId}, ${vswitch.CidrBlock})`;
}

/** A list cell: VPC and vSwitch by name (ids in the tooltip), and the vSwitch's block. */
export function NetworkCell({
  vpcId,
  vswitchId,
  vpcs,
  vswitches,
}: {
  vpcId: string;
  vswitchId: string;
  vpcs: readonly Vpc[];
  vswitches: readonly VSwitch[];
}) {
  const vpc = vpcs.find((candidate) => candidate.VpcId === vpcId);
  const vswitch = vswitches.find((candidate) => candidate.VSwitchId === vswitchId);
  return (
    <span className="stacked">
      <span className="truncate" title={`${vpcId} / ${vswitchId}`}>
        {`${vpc?.VpcName || vpcId} / ${vswitch?.VSwitchName || vswitchId}`}
      </span>
      <span className="mono muted truncate">{vswitch?.CidrBlock ?? vswitchId}</span>
    </span>
  );
}
