import { ANY_PORT } from "@/engine/validate";
import { callEcs } from "../../../api/client";
import { type Problem, toProblem } from "../../../components/problem";

export interface CreateGroupValues {
  regionId: string;
  type: "normal" | "enterprise";
  vpcId: string;
  name: string;
  description: string;
  /** `Tag.N.Key` / `Tag.N.Value`, in order. */
  tags?: ReadonlyArray<{ Key: string; Value: string }>;
}

/** SG-2: what the console (not the API) adds to a new enterprise group: allow all outbound. */
export const ENTERPRISE_OUTBOUND_RULES = [
  {
    IpProtocol: "ALL",
    PortRange: ANY_PORT,
    DestCidrIp: "0.0.0.0/0",
    Policy: "accept",
    Priority: 1,
    Description: "Allow all outbound (IPv4)",
  },
  {
    IpProtocol: "ALL",
    PortRange: ANY_PORT,
    Ipv6DestCidrIp: "::/0",
    Policy: "accept",
    Priority: 1,
    Description: "Allow all outbound (IPv6)",
  },
];

export interface CreatedGroup {
  securityGroupId: string;
  /** Set when the group exists but its default outbound rules could not be added. */
  outboundProblem?: Problem;
}

/** SG-1 through the console: CreateSecurityGroup, then (enterprise) one AuthorizeSecurityGroupEgress. */
export async function createGroup(values: CreateGroupValues): Promise<CreatedGroup> {
  const { SecurityGroupId } = await callEcs("CreateSecurityGroup", {
    RegionId: values.regionId,
    VpcId: values.vpcId,
    SecurityGroupType: values.type,
    SecurityGroupName: values.name,
    Description: values.description,
    Tag: values.tags ? [...values.tags] : undefined,
  });
  if (values.type !== "enterprise") return { securityGroupId: SecurityGroupId };
  try {
    await callEcs("AuthorizeSecurityGroupEgress", {
      RegionId: values.regionId,
      SecurityGroupId,
      Permissions: ENTERPRISE_OUTBOUND_RULES,
    });
    return { securityGroupId: SecurityGroupId };
  } catch (error) {
    return { securityGroupId: SecurityGroupId, outboundProblem: toProblem(error) };
  }
}

/** SG-10: `environment-application-purpose-sg`, e.g. prod-mysql-db-sg (advice, never enforced). */
export function followsNamingAdvice(name: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+){2,}-sg$/i.test(name);
}
