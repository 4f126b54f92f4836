import type { InstanceRecord, NetworkInterfaceRecord } from "../types";
import { tagsView } from "./tags";

/**
 * Instances and ENIs as DescribeInstances / DescribeNetworkInterfaces answer them: every list
 * wrapped twice, numbers and booleans where the official SDK's models type them so.
 */

function privateIpSets(eni: NetworkInterfaceRecord) {
  return {
    PrivateIpSet: [
      { PrivateIpAddress: eni.PrimaryIpAddress, Primary: true },
      ...eni.SecondaryIpAddresses.map((address) => ({ PrivateIpAddress: address, Primary: false })),
    ],
  };
}

/** The fields CreateNetworkInterface returns. */
export function createdEniView(eni: NetworkInterfaceRecord, accountId: string) {
  return {
    NetworkInterfaceId: eni.NetworkInterfaceId,
    NetworkInterfaceName: eni.NetworkInterfaceName,
    Description: eni.Description,
    Status: eni.Status,
    Type: eni.Type,
    VpcId: eni.VpcId,
    VSwitchId: eni.VSwitchId,
    ZoneId: eni.ZoneId,
    PrivateIpAddress: eni.PrimaryIpAddress,
    MacAddress: eni.MacAddress,
    SecurityGroupIds: { SecurityGroupId: [...eni.SecurityGroupIds] },
    PrivateIpSets: privateIpSets(eni),
    Ipv6Sets: { Ipv6Set: [] },
    Tags: tagsView(eni.Tags),
    ResourceGroupId: "",
    OwnerId: accountId,
    ServiceManaged: false,
    SourceDestCheck: false,
  };
}

/** One `NetworkInterfaceSet` of DescribeNetworkInterfaces. */
export function eniView(eni: NetworkInterfaceRecord, accountId: string) {
  return {
    ...createdEniView(eni, accountId),
    InstanceId: eni.InstanceId ?? "",
    ...(eni.InstanceId !== undefined
      ? {
          Attachment: {
            InstanceId: eni.InstanceId,
            DeviceIndex: eni.DeviceIndex ?? 0,
            NetworkCardIndex: 0,
            TrunkNetworkInterfaceId: "",
          },
        }
      : {}),
    CreationTime: eni.CreationTime,
    // A primary ENI goes with its instance; secondary ones are kept when it is released.
    DeleteOnRelease: eni.Type === "Primary",
  };
}

/** `ecs.g7.large` belongs to the family `ecs.g7`. */
function instanceTypeFamily(instanceType: string): string {
  return instanceType.split(".").slice(0, 2).join(".");
}

/** One `Instance` of DescribeInstances; `enis` are its ENIs, primary first. */
export function instanceView(instance: InstanceRecord, enis: readonly NetworkInterfaceRecord[]) {
  const primary = enis.find((eni) => eni.NetworkInterfaceId === instance.PrimaryNetworkInterfaceId);
  return {
    InstanceId: instance.InstanceId,
    InstanceName: instance.InstanceName,
    Description: "",
    HostName: `iZ${instance.InstanceId.slice(2)}Z`,
    ImageId: instance.ImageId,
    InstanceType: instance.InstanceType,
    InstanceTypeFamily: instanceTypeFamily(instance.InstanceType),
    OSType: /win/i.test(instance.ImageId) ? "windows" : "linux",
    Status: instance.Status,
    StoppedMode: instance.Status === "Stopped" ? "KeepCharging" : "Not-applicable",
    RegionId: instance.RegionId,
    ZoneId: instance.ZoneId,
    InstanceNetworkType: "vpc",
    InstanceChargeType: "PostPaid",
    InternetChargeType: "PayByTraffic",
    InternetMaxBandwidthOut: instance.InternetMaxBandwidthOut ?? 0,
    IoOptimized: true,
    DeletionProtection: false,
    ResourceGroupId: "",
    CreationTime: instance.CreationTime,
    ExpiredTime: "2099-12-31T15:59Z",
    SecurityGroupIds: { SecurityGroupId: [...(primary?.SecurityGroupIds ?? [])] },
    VpcAttributes: {
      VpcId: instance.VpcId,
      VSwitchId: instance.VSwitchId,
      PrivateIpAddress: { IpAddress: primary ? [primary.PrimaryIpAddress] : [] },
      NatIpAddress: "",
    },
    PublicIpAddress: { IpAddress: instance.PublicIpAddress ? [instance.PublicIpAddress] : [] },
    InnerIpAddress: { IpAddress: [] },
    EipAddress: { AllocationId: "", IpAddress: "", InternetChargeType: "" },
    NetworkInterfaces: {
      NetworkInterface: enis.map((eni) => ({
        NetworkInterfaceId: eni.NetworkInterfaceId,
        Type: eni.Type,
        PrimaryIpAddress: eni.PrimaryIpAddress,
        MacAddress: eni.MacAddress,
        PrivateIpSets: privateIpSets(eni),
      })),
    },
    OperationLocks: { LockReason: [] },
    Tags: tagsView(instance.Tags),
  };
}
