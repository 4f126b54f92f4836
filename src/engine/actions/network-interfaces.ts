import { ecsError } from "../errors/ecs-error";
import {
  numberedList,
  numberedObjects,
  optional,
  optionalInt,
  type RequestParams,
  required,
  requireRegion,
} from "../params";
import type { NetworkInterfaceRecord } from "../types";
import { eniLimitOf } from "../validate/eni-limits";
import { MAX_SECONDARY_IPS } from "../validate/limits";
import { checkDescription, isValidResourceName } from "../validate/names";
import { findEni, findInstance, findVSwitch, instanceEnis } from "./compute-lookup";
import { createdEniView, eniView } from "./compute-views";
import { type ActionTable, read, write } from "./context";
import { setEniGroups } from "./eni-groups";
import { checkEniGroups } from "./eni-membership-rules";
import { detachedEni, newEniRecord } from "./eni-records";
import { readGroupIdChoice } from "./group-id-params";
import { readPageRequest } from "./pagination";
import { AddressPool, ENI_ADDRESS_ERRORS } from "./private-ips";
import { clampMaxResults, regionSeqRange, SeqPage } from "./seq-page";
import { matchesTags, readTags } from "./tags";

const ENI_TYPES = ["Primary", "Secondary"];
/** Statuses DescribeNetworkInterfaces accepts; only Available and InUse occur here (ENI-4). */
const ENI_STATUSES = ["Available", "Attaching", "InUse", "Detaching", "Deleting"];

function readEniName(params: RequestParams): string | undefined {
  const name = optional(params, "NetworkInterfaceName");
  if (name !== undefined && !isValidResourceName(name)) {
    throw ecsError("InvalidParameter", {
      args: [
        "NetworkInterfaceName",
        "It must be 2 to 128 characters, start with a letter and contain only letters, digits, colons (:), underscores (_), periods (.) and hyphens (-).",
      ],
      field: "NetworkInterfaceName",
    });
  }
  return name;
}

/** ENI descriptions: 2-256 characters for create and modify alike (project decision; see ECS-API 9.7). */
function readEniDescription(params: RequestParams): string | undefined {
  const description = optional(params, "Description");
  if (description !== undefined) checkDescription(description, "InvalidDescription.Malformed");
  return description;
}

function oneOf(params: RequestParams, name: string, allowed: readonly string[]): string | undefined {
  const value = optional(params, name);
  if (value !== undefined && !allowed.includes(value)) {
    throw ecsError("InvalidParameter", { args: [name, `It should be one of ${allowed.join(", ")}.`], field: name });
  }
  return value;
}

/** The lowest device index ≥ 1 not used on the instance. */
function freeDeviceIndex(enis: readonly NetworkInterfaceRecord[]): number {
  const used = new Set(enis.map((eni) => eni.DeviceIndex ?? 0));
  let index = 1;
  while (used.has(index)) index++;
  return index;
}

export const networkInterfaceActions = {
  /** ENI-4: a secondary ENI, Available at once, in 1-10 groups of the vSwitch's VPC. */
  CreateNetworkInterface: write(async ({ tx, params, now, ids, accountId }) => {
    const region = requireRegion(params);
    const vswitch = await findVSwitch(tx, region.RegionId, required(params, "VSwitchId"));
    const choice = readGroupIdChoice(params);
    if (choice.groupIds.length === 0) {
      throw ecsError("MissingParameter", { args: ["SecurityGroupId"], field: "SecurityGroupId" });
    }
    const name = readEniName(params);
    const description = readEniDescription(params);
    const tags = readTags(params);
    const listed = numberedList(params, "PrivateIpAddress");
    const count = optionalInt(params, "SecondaryPrivateIpAddressCount", { min: 1, max: MAX_SECONDARY_IPS });
    if (listed.length > 0 && count !== undefined) {
      throw ecsError("InvalidParameter", {
        args: ["SecondaryPrivateIpAddressCount", "It cannot be given together with PrivateIpAddress.N."],
        field: "SecondaryPrivateIpAddressCount",
      });
    }
    if (listed.length > MAX_SECONDARY_IPS) {
      throw ecsError("InvalidParameter", {
        args: ["PrivateIpAddress", `At most ${MAX_SECONDARY_IPS} addresses are allowed.`],
        field: "PrivateIpAddress.1",
      });
    }

    const pool = await AddressPool.load(tx, vswitch);
    const requestedPrimary = optional(params, "PrimaryIpAddress");
    const primary =
      requestedPrimary === undefined ? undefined : pool.claim(requestedPrimary, ENI_ADDRESS_ERRORS, "PrimaryIpAddress");
    const secondary = listed.map((address, index) =>
      pool.claim(address, ENI_ADDRESS_ERRORS, `PrivateIpAddress.${index + 1}`),
    );
    const primaryIp = primary ?? pool.allocate();
    for (let index = 0; index < (count ?? 0); index++) secondary.push(pool.allocate("SecondaryPrivateIpAddressCount"));

    const eni = await newEniRecord(
      tx,
      {
        NetworkInterfaceId: ids.next("eni", region.RegionId),
        vswitch,
        Type: "Secondary",
        PrimaryIpAddress: primaryIp,
        SecondaryIpAddresses: secondary,
        NetworkInterfaceName: name ?? "",
        Description: description ?? "",
        Tags: tags,
      },
      now,
    );
    await checkEniGroups(tx, eni, choice.groupIds, "CreateNetworkInterface", choice.field);
    const stored = await setEniGroups(tx, eni, choice.groupIds);
    return createdEniView(stored, accountId);
  }),

  /** ENI-4: filters (AND-ed) and both pagination styles. */
  DescribeNetworkInterfaces: read(async ({ tx, params, accountId }) => {
    const region = requireRegion(params);
    const page = readPageRequest(clampMaxResults(params, 10, 500), {
      maxResults: { min: 10, max: 500, default: 10 },
      pageSizeMax: 500,
    });
    const explicitIds = numberedList(params, "NetworkInterfaceId");
    if (explicitIds.length > 100) {
      throw ecsError("InvalidParameter", {
        args: ["NetworkInterfaceId", "At most 100 ids are allowed."],
        field: "NetworkInterfaceId",
      });
    }
    const type = oneOf(params, "Type", ENI_TYPES);
    const status = oneOf(params, "Status", ENI_STATUSES);
    const instanceId = optional(params, "InstanceId");
    const groupId = optional(params, "SecurityGroupId");
    const vpcId = optional(params, "VpcId");
    const vswitchId = optional(params, "VSwitchId");
    const name = optional(params, "NetworkInterfaceName");
    const primaryIp = optional(params, "PrimaryIpAddress");
    const addresses = numberedList(params, "PrivateIpAddress");
    const tagFilters = numberedObjects(params, "Tag").map((entry) => ({
      TagKey: entry.Key ?? "",
      TagValue: entry.Value ?? "",
    }));

    const matches = (eni: NetworkInterfaceRecord) =>
      eni.RegionId === region.RegionId &&
      (type === undefined || eni.Type === type) &&
      (status === undefined || eni.Status === status) &&
      (instanceId === undefined || eni.InstanceId === instanceId) &&
      // As in the real API, the group filter finds secondary ENIs (DescribeInstances finds primary ones).
      (groupId === undefined || (eni.Type === "Secondary" && eni.SecurityGroupIds.includes(groupId))) &&
      (vpcId === undefined || eni.VpcId === vpcId) &&
      (vswitchId === undefined || eni.VSwitchId === vswitchId) &&
      (name === undefined || eni.NetworkInterfaceName === name) &&
      (primaryIp === undefined || eni.PrimaryIpAddress === primaryIp) &&
      (addresses.length === 0 ||
        addresses.some((address) => address === eni.PrimaryIpAddress || eni.SecondaryIpAddresses.includes(address))) &&
      matchesTags(eni.Tags, tagFilters);

    const collected = new SeqPage<NetworkInterfaceRecord>(page);
    const store = tx.objectStore("networkInterfaces");
    const candidates =
      explicitIds.length > 0
        ? (await Promise.all([...new Set(explicitIds)].map((id) => store.get(id)))).filter(
            (eni): eni is NetworkInterfaceRecord => eni !== undefined,
          )
        : instanceId !== undefined
          ? await store.index("byInstance").getAll(instanceId)
          : groupId !== undefined
            ? await store.index("bySecurityGroup").getAll(groupId)
            : undefined;
    if (candidates) {
      for (const eni of candidates.filter(matches).sort((a, b) => a.Seq - b.Seq)) collected.offer(eni);
    } else {
      let cursor = await store.index("byRegion").openCursor(regionSeqRange(region.RegionId, page.afterSeq));
      while (cursor) {
        if (matches(cursor.value) && !collected.offer(cursor.value)) break;
        cursor = await cursor.continue();
      }
    }
    return {
      ...collected.pagingFields(),
      NetworkInterfaceSets: { NetworkInterfaceSet: collected.items.map((eni) => eniView(eni, accountId)) },
    };
  }),

  /** ENI-4: name, description and (secondary ENIs only) SecurityGroupId.N, which replaces the set. */
  ModifyNetworkInterfaceAttribute: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const eni = await findEni(tx, required(params, "NetworkInterfaceId"), region.RegionId);
    const name = readEniName(params);
    const description = readEniDescription(params);
    const groupIds = numberedList(params, "SecurityGroupId");
    if (groupIds.length > 0 && eni.Type === "Primary") {
      throw ecsError("InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc", { field: "SecurityGroupId" });
    }
    const renamed: NetworkInterfaceRecord = {
      ...eni,
      NetworkInterfaceName: name ?? eni.NetworkInterfaceName,
      Description: description ?? eni.Description,
    };
    if (groupIds.length > 0) {
      await checkEniGroups(tx, renamed, groupIds, "ModifyNetworkInterfaceAttribute", "SecurityGroupId");
      await setEniGroups(tx, renamed, groupIds);
    } else {
      await tx.objectStore("networkInterfaces").put(renamed);
    }
    return {};
  }),

  /** ENI-4: an Available ENI to a Running or Stopped instance of its VPC and zone. */
  AttachNetworkInterface: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const eni = await findEni(tx, required(params, "NetworkInterfaceId"), region.RegionId);
    const instance = await findInstance(tx, required(params, "InstanceId"), region.RegionId, "InvalidEcsId.NotFound");
    if (eni.Status !== "Available") {
      throw ecsError("InvalidOperation.InvalidEniState", {
        args: [eni.NetworkInterfaceId, eni.Status],
        field: "NetworkInterfaceId",
      });
    }
    if (eni.VpcId !== instance.VpcId) {
      throw ecsError("InvalidOperation.VpcMismatch", { variant: "instance", field: "InstanceId" });
    }
    if (eni.ZoneId !== instance.ZoneId)
      throw ecsError("InvalidOperation.AvailabilityZoneMismatch", { field: "InstanceId" });
    const attached = await instanceEnis(tx, instance.InstanceId);
    const limit = eniLimitOf(instance.InstanceType);
    if (attached.length >= limit) {
      throw ecsError("EniPerInstanceLimitExceeded", {
        args: [instance.InstanceId, String(attached.length), instance.InstanceType],
        field: "InstanceId",
      });
    }
    const deviceIndex = freeDeviceIndex(attached);
    await tx.objectStore("networkInterfaces").put({
      ...eni,
      Status: "InUse",
      InstanceId: instance.InstanceId,
      DeviceIndex: deviceIndex,
    });
    return {};
  }),

  /** ENI-4: a secondary ENI off the instance it is attached to; it becomes Available. */
  DetachNetworkInterface: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const eni = await findEni(tx, required(params, "NetworkInterfaceId"), region.RegionId);
    const instance = await findInstance(tx, required(params, "InstanceId"), region.RegionId, "InvalidEcsId.NotFound");
    if (eni.Type === "Primary") {
      throw ecsError("InvalidOperation.DetachPrimaryEniNotAllowed", { field: "NetworkInterfaceId" });
    }
    if (eni.InstanceId !== instance.InstanceId) {
      throw ecsError("InvalidOperation.InvalidEniState", {
        args: [eni.NetworkInterfaceId, eni.InstanceId ? `attached to ${eni.InstanceId}` : eni.Status],
        field: "NetworkInterfaceId",
      });
    }
    await tx.objectStore("networkInterfaces").put(detachedEni(eni));
    return {};
  }),

  /** ENI-4: only an Available ENI; it leaves its groups. */
  DeleteNetworkInterface: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const eni = await findEni(tx, required(params, "NetworkInterfaceId"), region.RegionId);
    if (eni.Status !== "Available") {
      throw ecsError("InvalidOperation.InvalidEniState", {
        args: [eni.NetworkInterfaceId, eni.Status],
        field: "NetworkInterfaceId",
      });
    }
    await setEniGroups(tx, eni, []);
    await tx.objectStore("networkInterfaces").delete(eni.NetworkInterfaceId);
    return {};
  }),
} satisfies ActionTable;
