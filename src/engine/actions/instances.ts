import { formatEcsTime } from "../clock";
import { ecsError } from "../errors/ecs-error";
import {
  jsonStringArray,
  numberedObjects,
  optional,
  optionalBool,
  type RequestParams,
  required,
  requireRegion,
} from "../params";
import { nextSeq } from "../store/meta";
import type { Tx } from "../store/workspace-db";
import type { InstanceRecord, InstanceStatus, Tag } from "../types";
import { MAX_BANDWIDTH_OUT, MAX_INSTANCE_AMOUNT } from "../validate/limits";
import { isValidResourceName } from "../validate/names";
import { findInstance, findVSwitch, instanceEnis, primaryEni } from "./compute-lookup";
import { instanceView } from "./compute-views";
import { type ActionTable, read, write } from "./context";
import { systemDefaultGroupId } from "./default-group";
import { setEniGroups } from "./eni-groups";
import { checkEniGroups } from "./eni-membership-rules";
import { detachedEni, newEniRecord } from "./eni-records";
import { readGroupIdChoice } from "./group-id-params";
import { readPageRequest } from "./pagination";
import { AddressPool, RUN_INSTANCES_ADDRESS_ERRORS } from "./private-ips";
import { pickPublicIps } from "./public-ips";
import { clampMaxResults, regionSeqRange, SeqPage } from "./seq-page";
import { matchesTags, readTags } from "./tags";

const INSTANCE_TYPE = /^ecs\.[0-9a-z-]+\.[0-9a-z-]+$/i;
/** Statuses DescribeInstances accepts as a filter (only Running and Stopped ever occur here). */
const STATUS_FILTERS = ["Pending", "Running", "Starting", "Stopping", "Stopped"];

/** The instance time format: `yyyy-MM-ddTHH:mmZ`. */
function instanceTime(now: number): string {
  return `${formatEcsTime(now).slice(0, 16)}Z`;
}

function readAmount(params: RequestParams): number {
  const raw = optional(params, "Amount");
  if (raw === undefined) return 1;
  const amount = Number(raw);
  if (!/^\d+$/.test(raw) || amount < 1 || amount > MAX_INSTANCE_AMOUNT) {
    throw ecsError("InvalidAmount.Malformed", { field: "Amount" });
  }
  return amount;
}

function readBandwidth(params: RequestParams): number {
  const raw = optional(params, "InternetMaxBandwidthOut");
  if (raw === undefined) return 0;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > MAX_BANDWIDTH_OUT) {
    throw ecsError("InvalidInternetMaxBandwidthOut.Malformed", { field: "InternetMaxBandwidthOut" });
  }
  return value;
}

function readInstanceName(params: RequestParams): string | undefined {
  const name = optional(params, "InstanceName");
  if (name !== undefined && !isValidResourceName(name)) {
    throw ecsError("InvalidInstanceName.Malformed", { field: "InstanceName" });
  }
  return name;
}

/** `web-*` style patterns of DescribeInstances' InstanceName: `*` matches any run of characters. */
function namePattern(name: string): RegExp {
  const escaped = name.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}

async function setStatus(tx: Tx, params: RequestParams, from: InstanceStatus, to: InstanceStatus) {
  const instance = await findInstance(tx, required(params, "InstanceId"));
  if (instance.Status !== from) throw ecsError("IncorrectInstanceStatus", { field: "InstanceId" });
  await tx.objectStore("instances").put({ ...instance, Status: to });
  return {};
}

export const instanceActions = {
  /**
   * ENI-1, ENI-2 (SPEC 11): the simplified purchase. Every instance starts Running with a primary
   * ENI holding a free private IP of the vSwitch, in the given groups or the VPC's system default
   * group; InternetMaxBandwidthOut > 0 adds a public IP.
   */
  RunInstances: write(async (ctx) => {
    const { tx, params, now, ids } = ctx;
    const region = requireRegion(params);
    const vswitch = await findVSwitch(tx, region.RegionId, required(params, "VSwitchId"));
    const zoneId = optional(params, "ZoneId");
    if (zoneId !== undefined && zoneId !== vswitch.ZoneId) {
      throw ecsError("InvalidParameter.Mismatch", { variant: "zone", field: "ZoneId" });
    }
    const imageId = required(params, "ImageId");
    const instanceType = required(params, "InstanceType");
    if (!INSTANCE_TYPE.test(instanceType)) {
      throw ecsError("InvalidInstanceType.ValueNotSupported", { field: "InstanceType" });
    }
    const name = readInstanceName(params);
    const amount = readAmount(params);
    const bandwidth = readBandwidth(params);
    const tags: Tag[] = readTags(params);
    const choice = readGroupIdChoice(params);
    const requestedIp = optional(params, "PrivateIpAddress");
    if (requestedIp !== undefined && amount > 1) {
      throw ecsError("InvalidParameter", {
        args: ["PrivateIpAddress", "It can be given only when Amount is 1."],
        field: "PrivateIpAddress",
      });
    }

    const pool = await AddressPool.load(tx, vswitch);
    const firstIp =
      requestedIp === undefined ? undefined : pool.claim(requestedIp, RUN_INSTANCES_ADDRESS_ERRORS, "PrivateIpAddress");
    const groupIds =
      choice.groupIds.length > 0 ? choice.groupIds : [await systemDefaultGroupId(ctx, region.RegionId, vswitch.VpcId)];
    const publicIps = bandwidth > 0 ? await pickPublicIps(tx, ids, amount) : [];

    const instanceIds: string[] = [];
    for (let index = 0; index < amount; index++) {
      const instanceId = ids.next("i", region.RegionId);
      const eni = await newEniRecord(
        tx,
        {
          NetworkInterfaceId: ids.next("eni", region.RegionId),
          vswitch,
          Type: "Primary",
          PrimaryIpAddress: index === 0 && firstIp !== undefined ? firstIp : pool.allocate(),
          InstanceId: instanceId,
          DeviceIndex: 0,
        },
        now,
      );
      await checkEniGroups(tx, eni, groupIds, "RunInstances", choice.field);
      await setEniGroups(tx, eni, groupIds);
      const instance: InstanceRecord = {
        InstanceId: instanceId,
        RegionId: region.RegionId,
        ZoneId: vswitch.ZoneId,
        VpcId: vswitch.VpcId,
        VSwitchId: vswitch.VSwitchId,
        InstanceName: name ?? instanceId,
        ImageId: imageId,
        InstanceType: instanceType,
        Status: "Running",
        PublicIpAddress: publicIps[index] ?? "",
        InternetMaxBandwidthOut: bandwidth,
        PrimaryNetworkInterfaceId: eni.NetworkInterfaceId,
        Tags: tags,
        CreationTime: instanceTime(now),
        Seq: await nextSeq(tx),
      };
      await tx.objectStore("instances").add(instance);
      instanceIds.push(instanceId);
    }
    return { InstanceIdSets: { InstanceIdSet: instanceIds } };
  }),

  /** ENI-1: filters (all AND-ed) and both pagination styles; unknown ids give an empty list. */
  DescribeInstances: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const page = readPageRequest(clampMaxResults(params, 10, 100), {
      maxResults: { min: 10, max: 100, default: 10 },
      pageSizeMax: 100,
    });
    const explicitIds = jsonStringArray(params, "InstanceIds");
    if (explicitIds && explicitIds.length > 100) {
      throw ecsError("InvalidInstanceIds.Malformed", { field: "InstanceIds" });
    }
    const status = optional(params, "Status");
    if (status !== undefined && !STATUS_FILTERS.includes(status)) {
      throw ecsError("InvalidParameter", {
        args: ["Status", `It should be one of ${STATUS_FILTERS.join(", ")}.`],
        field: "Status",
      });
    }
    const vpcId = optional(params, "VpcId");
    const vswitchId = optional(params, "VSwitchId");
    const zoneId = optional(params, "ZoneId");
    const name = optional(params, "InstanceName");
    const pattern = name === undefined ? undefined : namePattern(name);
    const tagFilters = numberedObjects(params, "Tag").map((entry) => ({
      TagKey: entry.Key ?? "",
      TagValue: entry.Value ?? "",
    }));
    const groupId = optional(params, "SecurityGroupId");
    // An instance is in a group through its primary ENI (the ENI page lists secondary ones).
    const inGroup =
      groupId === undefined
        ? undefined
        : new Set(
            (await tx.objectStore("networkInterfaces").index("bySecurityGroup").getAll(groupId))
              .filter((eni) => eni.Type === "Primary" && eni.InstanceId !== undefined)
              .map((eni) => eni.InstanceId),
          );

    const matches = (instance: InstanceRecord) =>
      instance.RegionId === region.RegionId &&
      (inGroup === undefined || inGroup.has(instance.InstanceId)) &&
      (vpcId === undefined || instance.VpcId === vpcId) &&
      (vswitchId === undefined || instance.VSwitchId === vswitchId) &&
      (zoneId === undefined || instance.ZoneId === zoneId) &&
      (status === undefined || instance.Status === status) &&
      (pattern === undefined || pattern.test(instance.InstanceName)) &&
      matchesTags(instance.Tags, tagFilters);

    const collected = new SeqPage<InstanceRecord>(page);
    const store = tx.objectStore("instances");
    if (explicitIds) {
      const records = await Promise.all([...new Set(explicitIds)].map((id) => store.get(id)));
      const found = records.filter((record): record is InstanceRecord => record !== undefined && matches(record));
      for (const instance of found.sort((a, b) => a.Seq - b.Seq)) collected.offer(instance);
    } else {
      let cursor = await store.index("byRegion").openCursor(regionSeqRange(region.RegionId, page.afterSeq));
      while (cursor) {
        if (matches(cursor.value) && !collected.offer(cursor.value)) break;
        cursor = await cursor.continue();
      }
    }

    const views = [];
    for (const instance of collected.items)
      views.push(instanceView(instance, await instanceEnis(tx, instance.InstanceId)));
    return { ...collected.pagingFields(), Instances: { Instance: views } };
  }),

  /** ENI-1 */
  StartInstance: write(async ({ tx, params }) => setStatus(tx, params, "Stopped", "Running")),

  /** ENI-1 */
  StopInstance: write(async ({ tx, params }) => setStatus(tx, params, "Running", "Stopped")),

  /**
   * ENI-1: a Stopped instance, or any with Force=true. Its primary ENI goes with it (leaving its
   * groups); secondary ENIs are detached and stay, Available.
   */
  DeleteInstance: write(async ({ tx, params }) => {
    const instance = await findInstance(tx, required(params, "InstanceId"));
    const force = optionalBool(params, "Force") ?? false;
    if (instance.Status !== "Stopped" && !force) throw ecsError("IncorrectInstanceStatus", { field: "InstanceId" });
    const enis = tx.objectStore("networkInterfaces");
    for (const eni of await instanceEnis(tx, instance.InstanceId)) {
      if (eni.NetworkInterfaceId === instance.PrimaryNetworkInterfaceId) continue;
      await enis.put(detachedEni(eni));
    }
    const primary = await primaryEni(tx, instance);
    await setEniGroups(tx, primary, []);
    await enis.delete(primary.NetworkInterfaceId);
    await tx.objectStore("instances").delete(instance.InstanceId);
    return {};
  }),
} satisfies ActionTable;
