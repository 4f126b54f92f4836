import { setEniGroups } from "../actions/eni-groups";
import { newEniRecord } from "../actions/eni-records";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { InstanceStatus, VSwitchRecord } from "../types";
import { DEMO, DEMO_TIME, demoId } from "./demo";

/**
 * Demo instances and ENIs (UX-2, ENI-1): a small web/db estate in cn-hangzhou's prod VPC with
 * fixed ids and private IPs. DEMO.dev stays free (it must be deletable) and DEMO.managed unused.
 * Ids use demoId only (a function declaration), so this module is safe in demo.ts's import cycle.
 */
export const DEMO_INSTANCES = {
  web1: demoId("i", "bp1web1"),
  web2: demoId("i", "bp1web2"),
  db1: demoId("i", "bp1db1"),
  bastion: demoId("i", "bp1bastion"),
  web3: demoId("i", "bp1web3stopped"),
  web1Eni: demoId("eni", "bp1web1"),
  web2Eni: demoId("eni", "bp1web2"),
  db1Eni: demoId("eni", "bp1db1"),
  bastionEni: demoId("eni", "bp1bastion"),
  web3Eni: demoId("eni", "bp1web3stopped"),
  /** A secondary ENI attached to web-1. */
  web1Secondary: demoId("eni", "bp1web1mgmt"),
  /** A secondary ENI not attached to anything. */
  spareEni: demoId("eni", "bp1spare"),
} as const;

interface DemoInstance {
  id: string;
  eniId: string;
  name: string;
  vswitchId: string;
  ip: string;
  groups: string[];
  status: InstanceStatus;
  publicIp: string;
  imageId: string;
  instanceType: string;
  minutes: number;
}

const LINUX_IMAGE = "aliyun_3_x64_20G_alibase_20250629.vhd";

export async function seedDemoInstances(tx: Tx): Promise<void> {
  const vswitchOf = async (id: string): Promise<VSwitchRecord> => {
    const vswitch = await tx.objectStore("vswitches").get(id);
    if (!vswitch) throw new Error(`demo vSwitch ${id} is missing`);
    return vswitch;
  };
  const at = (minutes: number) => DEMO_TIME + minutes * 60_000;

  const instances: DemoInstance[] = [
    {
      id: DEMO_INSTANCES.bastion,
      eniId: DEMO_INSTANCES.bastionEni,
      name: "bastion",
      vswitchId: DEMO.vswitchH,
      ip: "192.168.1.5",
      groups: [DEMO.docScenario],
      status: "Running",
      publicIp: "47.96.10.10",
      imageId: LINUX_IMAGE,
      instanceType: "ecs.t6-c1m1.large",
      minutes: 100,
    },
    {
      id: DEMO_INSTANCES.web1,
      eniId: DEMO_INSTANCES.web1Eni,
      name: "web-1",
      vswitchId: DEMO.vswitchH,
      ip: "192.168.1.10",
      groups: [DEMO.web],
      status: "Running",
      publicIp: "47.96.10.11",
      imageId: LINUX_IMAGE,
      instanceType: "ecs.g7.large",
      minutes: 101,
    },
    {
      id: DEMO_INSTANCES.web2,
      eniId: DEMO_INSTANCES.web2Eni,
      name: "web-2",
      vswitchId: DEMO.vswitchI,
      ip: "192.168.2.10",
      groups: [DEMO.web, DEMO.cache],
      status: "Running",
      publicIp: "47.96.10.12",
      imageId: LINUX_IMAGE,
      instanceType: "ecs.g7.large",
      minutes: 102,
    },
    {
      id: DEMO_INSTANCES.db1,
      eniId: DEMO_INSTANCES.db1Eni,
      name: "db-1",
      vswitchId: DEMO.vswitchH,
      ip: "192.168.1.20",
      groups: [DEMO.db],
      status: "Running",
      publicIp: "",
      imageId: LINUX_IMAGE,
      instanceType: "ecs.r7.xlarge",
      minutes: 103,
    },
    {
      id: DEMO_INSTANCES.web3,
      eniId: DEMO_INSTANCES.web3Eni,
      name: "web-3",
      vswitchId: DEMO.vswitchI,
      ip: "192.168.2.11",
      groups: [DEMO.web],
      status: "Stopped",
      publicIp: "",
      imageId: LINUX_IMAGE,
      instanceType: "ecs.g7.large",
      minutes: 104,
    },
  ];

  for (const demo of instances) {
    const vswitch = await vswitchOf(demo.vswitchId);
    const eni = await newEniRecord(
      tx,
      {
        NetworkInterfaceId: demo.eniId,
        vswitch,
        Type: "Primary",
        PrimaryIpAddress: demo.ip,
        InstanceId: demo.id,
        DeviceIndex: 0,
      },
      at(demo.minutes),
    );
    await setEniGroups(tx, eni, demo.groups);
    await tx.objectStore("instances").add({
      InstanceId: demo.id,
      RegionId: vswitch.RegionId,
      ZoneId: vswitch.ZoneId,
      VpcId: vswitch.VpcId,
      VSwitchId: vswitch.VSwitchId,
      InstanceName: demo.name,
      ImageId: demo.imageId,
      InstanceType: demo.instanceType,
      Status: demo.status,
      PublicIpAddress: demo.publicIp,
      InternetMaxBandwidthOut: demo.publicIp ? 5 : 0,
      PrimaryNetworkInterfaceId: demo.eniId,
      Tags: [{ TagKey: "env", TagValue: "prod" }],
      CreationTime: `${new Date(at(demo.minutes)).toISOString().slice(0, 16)}Z`,
      Seq: await nextSeq(tx),
    });
  }

  const management = await newEniRecord(
    tx,
    {
      NetworkInterfaceId: DEMO_INSTANCES.web1Secondary,
      vswitch: await vswitchOf(DEMO.vswitchH),
      Type: "Secondary",
      PrimaryIpAddress: "192.168.1.11",
      NetworkInterfaceName: "web-1-mgmt",
      Description: "Management network interface of web-1",
      InstanceId: DEMO_INSTANCES.web1,
      DeviceIndex: 1,
    },
    at(110),
  );
  await setEniGroups(tx, management, [DEMO.web]);

  const spare = await newEniRecord(
    tx,
    {
      NetworkInterfaceId: DEMO_INSTANCES.spareEni,
      vswitch: await vswitchOf(DEMO.vswitchI),
      Type: "Secondary",
      PrimaryIpAddress: "192.168.2.50",
      SecondaryIpAddresses: ["192.168.2.51"],
      NetworkInterfaceName: "spare-eni",
      Description: "Unattached network interface",
    },
    at(111),
  );
  await setEniGroups(tx, spare, [DEMO.web]);
}
