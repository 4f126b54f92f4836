import { insertGroup } from "../actions/security-groups";
import type { Tx } from "../store/workspace-db";
import { DEMO_TIME, demoId, seedRules } from "./demo";

/**
 * A demo group with planted redundant rules for the health check (HC-1): a duplicate at a lower
 * priority, narrower accepts covered by wider ones, and an accept shadowed by a drop. It lives in
 * ap-southeast-1 (Singapore), so cn-hangzhou's demo groups stay as they are and ap-northeast-1
 * stays the empty region other tests switch to. Ids use demoId; seedRules is a function
 * declaration, so this module is safe in demo.ts's import cycle.
 */
export const DEMO_REDUNDANT = {
  regionId: "ap-southeast-1",
  vpc: demoId("vpc", "defaultapsoutheast1"),
  group: demoId("sg", "t4nlegacyapp"),
} as const;

export async function seedDemoRedundant(tx: Tx): Promise<void> {
  const group = await insertGroup(
    tx,
    {
      SecurityGroupId: DEMO_REDUNDANT.group,
      RegionId: DEMO_REDUNDANT.regionId,
      VpcId: DEMO_REDUNDANT.vpc,
      SecurityGroupType: "normal",
      SecurityGroupName: "legacy-app-sg",
      Description: "Rules piled up over the years: run the health check",
      Tags: [{ TagKey: "env", TagValue: "legacy" }],
    },
    DEMO_TIME + 90 * 60_000,
  );
  await seedRules(
    tx,
    group,
    [
      ["ingress", { IpProtocol: "TCP", PortRange: "443/443", SourceCidrIp: "0.0.0.0/0", Description: "HTTPS" }],
      ["ingress", { IpProtocol: "TCP", PortRange: "80/80", SourceCidrIp: "0.0.0.0/0", Description: "HTTP" }],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "80/80",
          SourceCidrIp: "0.0.0.0/0",
          Priority: "50",
          Description: "HTTP (added again by a deploy script)",
        },
      ],
      [
        "ingress",
        { IpProtocol: "TCP", PortRange: "22/22", SourceCidrIp: "172.16.0.0/12", Description: "SSH from the VPC" },
      ],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "22/22",
          SourceCidrIp: "172.16.5.0/24",
          Priority: "5",
          Description: "SSH from the ops subnet",
        },
      ],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "3389/3389",
          SourceCidrIp: "0.0.0.0/0",
          Policy: "drop",
          Description: "No RDP from anywhere",
        },
      ],
      [
        "ingress",
        {
          IpProtocol: "TCP",
          PortRange: "3389/3389",
          SourceCidrIp: "203.0.113.0/24",
          Priority: "10",
          Description: "RDP from the branch office",
        },
      ],
      ["egress", { IpProtocol: "ALL", DestCidrIp: "0.0.0.0/0", Description: "Allow all outbound" }],
      [
        "egress",
        {
          IpProtocol: "TCP",
          PortRange: "443/443",
          DestCidrIp: "0.0.0.0/0",
          Priority: "20",
          Description: "HTTPS outbound",
        },
      ],
    ],
    91,
  );
}
