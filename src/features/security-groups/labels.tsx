import { Link } from "react-router";
import type { SecurityGroup, TagView, Vpc } from "@/api/types";
import { type Translate, useT } from "../../i18n";
import { pb } from "../../paths";
import { Badge } from "../../ui/Badge";

/** Names of the cloud services that own managed groups, by ServiceID (SG-8). */
const SERVICES: Readonly<Record<number, "sg.service.ack">> = {
  1497449876238371: "sg.service.ack",
};

export function managedServiceName(t: Translate, serviceId: number | undefined): string {
  const key = serviceId === undefined ? undefined : SERVICES[serviceId];
  return key ? t(key) : t("sg.service.unknown", { id: String(serviceId ?? "?") });
}

export function groupTypeLabel(t: Translate, type: SecurityGroup["SecurityGroupType"]): string {
  return t(type === "enterprise" ? "sg.type.enterprise" : "sg.type.normal");
}

export function GroupBadges({ group }: { group: SecurityGroup }) {
  const t = useT();
  return (
    <>
      <Badge tone={group.SecurityGroupType === "enterprise" ? "purple" : "blue"}>
        {groupTypeLabel(t, group.SecurityGroupType)}
      </Badge>
      {group.ServiceManaged && (
        <Badge tone="orange" title={managedServiceName(t, group.ServiceID)}>
          {t("sg.managedBadge")}
        </Badge>
      )}
    </>
  );
}

export function TagList({ tags }: { tags: readonly TagView[] }) {
  const t = useT();
  if (tags.length === 0) return <span className="muted">{t("common.none")}</span>;
  return (
    <ul className="tag-list">
      {tags.map((tag) => (
        <li key={tag.TagKey} className="tag" title={`${tag.TagKey}: ${tag.TagValue}`}>
          <span className="tag-key">{tag.TagKey}</span>
          {tag.TagValue && <span className="tag-value">{tag.TagValue}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The "Tags" item of a page header's summary list (instances, ENIs, prefix lists). */
export function TagsSummaryItem({ tags }: { tags: readonly TagView[] }) {
  const t = useT();
  return (
    <div>
      <dt>{t("tags.legend")}</dt>
      <dd>
        <TagList tags={tags} />
      </dd>
    </div>
  );
}

export function VpcLabel({ vpcId, vpcs }: { vpcId: string; vpcs: readonly Vpc[] }) {
  const t = useT();
  if (vpcId === "") return <span>{t("sg.classic")}</span>;
  const vpc = vpcs.find((candidate) => candidate.VpcId === vpcId);
  return (
    <span className="stacked">
      <span className="mono truncate" title={vpcId}>
        {vpcId}
      </span>
      {vpc?.VpcName && (
        <span className="muted truncate" title={vpc.VpcName}>
          {vpc.VpcName}
        </span>
      )}
    </span>
  );
}

/** A group named in a rule or a blocker list: its name, linking to its page, and its id. */
export function GroupLink({ regionId, id, name }: { regionId: string; id: string; name?: string }) {
  return (
    <span className="stacked">
      <Link to={pb.securityGroup({ regionId, securityGroupId: id })} className="truncate" title={name || id}>
        {name || id}
      </Link>
      {name && <span className="mono muted truncate">{id}</span>}
    </span>
  );
}

/** A VPC as a list filter offers it: its name and id, or the id alone. */
export function vpcFilterChoices(vpcs: readonly Vpc[]): { value: string; label: string }[] {
  return vpcs.map((vpc) => ({ value: vpc.VpcId, label: vpc.VpcName ? `${vpc.VpcName} (${vpc.VpcId})` : vpc.VpcId }));
}

/** The options of a form's VPC select: name (or id), id and CIDR block. */
export function VpcOptions({ vpcs }: { vpcs: readonly Vpc[] }) {
  return vpcs.map((vpc) => (
    <option key={vpc.VpcId} value={vpc.VpcId}>
      {`${vpc.VpcName || vpc.VpcId} (${vpc.VpcId}, ${vpc.CidrBlock})`}
    </option>
  ));
}
