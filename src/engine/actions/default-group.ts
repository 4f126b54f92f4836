import { ANY_PORT } from "../validate/limits";
import { parsePermission } from "../validate/rules";
import type { ActionContext } from "./context";
import { assertGroupQuota } from "./group-quota";
import { addRules } from "./rules";
import { insertGroup } from "./security-groups";

/** Where the workspace remembers each VPC's system default group (a meta entry per VPC). */
function metaKey(vpcId: string): string {
  return `systemDefaultSecurityGroup:${vpcId}`;
}

const SYSTEM_RULE = { SourceCidrIp: "0.0.0.0/0", Priority: "100", Description: "System created rule." };

/**
 * ENI-2: the group an instance launched without one joins. Created on the first such launch in a
 * VPC and reused after (a new one if the user deleted it): a basic group named after its id, as
 * the real one is, accepting TCP 22, TCP 3389 and ICMP from 0.0.0.0/0 at priority 100 [UG-DEFSG].
 */
export async function systemDefaultGroupId(
  ctx: Pick<ActionContext, "tx" | "now" | "ids">,
  regionId: string,
  vpcId: string,
): Promise<string> {
  const { tx, now, ids } = ctx;
  const meta = tx.objectStore("meta");
  const known = (await meta.get(metaKey(vpcId)))?.value;
  if (typeof known === "string" && (await tx.objectStore("securityGroups").get(known))) return known;

  await assertGroupQuota(tx, regionId, "SecurityGroupId");

  const groupId = ids.next("sg", regionId);
  const group = await insertGroup(
    tx,
    {
      SecurityGroupId: groupId,
      RegionId: regionId,
      VpcId: vpcId,
      SecurityGroupType: "normal",
      SecurityGroupName: groupId,
      Description: "System created security group.",
    },
    now,
  );
  await addRules(ctx, group, [
    parsePermission("ingress", { ...SYSTEM_RULE, IpProtocol: "TCP", PortRange: "22/22" }),
    parsePermission("ingress", { ...SYSTEM_RULE, IpProtocol: "TCP", PortRange: "3389/3389" }),
    parsePermission("ingress", { ...SYSTEM_RULE, IpProtocol: "ICMP", PortRange: ANY_PORT }),
  ]);
  await meta.put({ key: metaKey(vpcId), value: groupId });
  return groupId;
}
