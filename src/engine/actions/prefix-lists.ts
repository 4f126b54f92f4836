import { ecsError } from "../errors/ecs-error";
import { numberedList, numberedObjects, optional, type RequestParams, required, requireRegion } from "../params";
import type { Tx } from "../store/workspace-db";
import type { PrefixListRecord } from "../types";
import { MAX_PREFIX_LIST_ID_FILTERS, MAX_PREFIX_LISTS_PER_REGION } from "../validate/limits";
import {
  checkPrefixListDescription,
  checkPrefixListName,
  type EntryInput,
  parseAddressFamily,
  parseCreateEntries,
  parseMaxEntries,
  planEntryChange,
} from "../validate/prefix-lists";
import { type ActionTable, read, write } from "./context";
import { type PageRequest, readPageRequest } from "./pagination";
import { associatedGroups, findPrefixList, insertPrefixList } from "./prefix-list-store";
import { pageOf, regionSeqRange } from "./seq-page";
import { matchesTags, readTags, tagsView } from "./tags";

/** `Name.N.Cidr` / `Name.N.Description`, keeping each entry's request name for errors. */
function readEntryInputs(params: RequestParams, name: string): EntryInput[] {
  const pattern = new RegExp(`^${name}\\.(\\d+)\\.(Cidr|Description)$`);
  const byIndex = new Map<number, EntryInput>();
  for (const [key, value] of Object.entries(params)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const entry = byIndex.get(index) ?? { name: `${name}.${index}` };
    if (match[2] === "Cidr") entry.Cidr = value;
    else entry.Description = value;
    byIndex.set(index, entry);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}

/** MaxResults 1-100 (default 10) and NextToken; these actions know no PageNumber/PageSize. */
function readTokenPage(params: RequestParams): PageRequest {
  const tokenParams: Record<string, string> = {};
  for (const name of ["MaxResults", "NextToken"]) {
    const value = optional(params, name);
    if (value !== undefined) tokenParams[name] = value;
  }
  return readPageRequest(tokenParams, { maxResults: { min: 1, max: 100, default: 10 } });
}

/** The fields DescribePrefixLists and DescribePrefixListAttributes both answer, in the API's order. */
function listFields(list: PrefixListRecord) {
  return {
    PrefixListId: list.PrefixListId,
    PrefixListName: list.PrefixListName,
    Description: list.Description,
    AddressFamily: list.AddressFamily,
    MaxEntries: list.MaxEntries,
  };
}

async function prefixListView(tx: Tx, list: PrefixListRecord) {
  return {
    ...listFields(list),
    AssociationCount: (await associatedGroups(tx, list.PrefixListId)).length,
    CreationTime: list.CreationTime,
    ResourceGroupId: list.ResourceGroupId,
    Tags: tagsView(list.Tags),
  };
}

export const prefixListActions = {
  /** PL-1: family and MaxEntries fixed from here on; entries unique, of the family, at most MaxEntries. */
  CreatePrefixList: write(async ({ tx, params, now, ids }) => {
    const region = requireRegion(params);
    const name = required(params, "PrefixListName");
    checkPrefixListName(name);
    const family = parseAddressFamily(params.AddressFamily);
    const maxEntries = parseMaxEntries(params.MaxEntries);
    const description = optional(params, "Description") ?? "";
    if (description !== "") checkPrefixListDescription(description);
    const tags = readTags(params);
    const entries = parseCreateEntries(readEntryInputs(params, "Entry"), family, maxEntries);
    const used = await tx.objectStore("prefixLists").index("byRegion").count(regionSeqRange(region.RegionId, 0));
    if (used >= MAX_PREFIX_LISTS_PER_REGION) throw ecsError("LimitExceed.PrefixListPerRegion");
    const list = await insertPrefixList(
      tx,
      {
        PrefixListId: ids.next("pl", region.RegionId),
        RegionId: region.RegionId,
        PrefixListName: name,
        Description: description,
        AddressFamily: family,
        MaxEntries: maxEntries,
        Entries: entries,
        ResourceGroupId: optional(params, "ResourceGroupId") ?? "",
        Tags: tags,
      },
      now,
    );
    return { PrefixListId: list.PrefixListId };
  }),

  /**
   * PL-1: name, description and entries. The rules keep only the list id, so an entry change
   * applies to every referencing rule at once (PL-2); MaxEntries, and so every group's rule
   * weight, cannot change here.
   */
  ModifyPrefixList: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const list = await findPrefixList(tx, region.RegionId, required(params, "PrefixListId"));
    const name = optional(params, "PrefixListName");
    if (name !== undefined) checkPrefixListName(name);
    const description = optional(params, "Description");
    if (description !== undefined) checkPrefixListDescription(description);
    const entries = planEntryChange(list, readEntryInputs(params, "AddEntry"), readEntryInputs(params, "RemoveEntry"));
    await tx.objectStore("prefixLists").put({
      ...list,
      PrefixListName: name ?? list.PrefixListName,
      Description: description ?? list.Description,
      Entries: entries,
    });
    return {};
  }),

  /** PL-1: filters AND-ed; AssociationCount = groups whose rules use the list. */
  DescribePrefixLists: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const page = readTokenPage(params);
    const idFilter = numberedList(params, "PrefixListId");
    if (idFilter.length > MAX_PREFIX_LIST_ID_FILTERS)
      throw ecsError("LimitExceed.PrefixListId", { field: "PrefixListId" });
    const name = optional(params, "PrefixListName");
    const familyFilter = optional(params, "AddressFamily");
    if (familyFilter !== undefined && familyFilter !== "IPv4" && familyFilter !== "IPv6") {
      throw ecsError("InvalidParameter", {
        args: ["AddressFamily", "It should be IPv4 or IPv6."],
        field: "AddressFamily",
      });
    }
    const resourceGroupId = optional(params, "ResourceGroupId");
    const tagFilters = numberedObjects(params, "Tag").map((tag) => ({
      TagKey: tag.Key ?? "",
      TagValue: tag.Value ?? "",
    }));

    const store = tx.objectStore("prefixLists");
    const candidates =
      idFilter.length > 0
        ? (await Promise.all([...new Set(idFilter)].map((id) => store.get(id)))).filter((list) => list !== undefined)
        : await store.index("byRegion").getAll(regionSeqRange(region.RegionId, 0));
    const matching = candidates
      .filter(
        (list) =>
          list.RegionId === region.RegionId &&
          (name === undefined || list.PrefixListName === name) &&
          (familyFilter === undefined || list.AddressFamily === familyFilter) &&
          (resourceGroupId === undefined || list.ResourceGroupId === resourceGroupId) &&
          matchesTags(list.Tags, tagFilters),
      )
      .sort((a, b) => a.Seq - b.Seq);
    const collected = pageOf(matching, page);
    const views = [];
    for (const list of collected.items) views.push(await prefixListView(tx, list));
    return { NextToken: collected.nextToken(), PrefixLists: { PrefixList: views } };
  }),

  /** PL-1: the list with its entries. */
  DescribePrefixListAttributes: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const list = await findPrefixList(tx, region.RegionId, required(params, "PrefixListId"));
    return {
      ...listFields(list),
      CreationTime: list.CreationTime,
      Entries: { Entry: list.Entries.map((entry) => ({ Cidr: entry.Cidr, Description: entry.Description })) },
    };
  }),

  /** PL-1, PL-3: the security groups whose rules use the list. */
  DescribePrefixListAssociations: read(async ({ tx, params }) => {
    const region = requireRegion(params);
    const list = await findPrefixList(tx, region.RegionId, required(params, "PrefixListId"));
    const page = readTokenPage(params);
    const collected = pageOf(await associatedGroups(tx, list.PrefixListId), page);
    return {
      NextToken: collected.nextToken(),
      PrefixListAssociations: {
        PrefixListAssociation: collected.items.map((group) => ({
          ResourceId: group.SecurityGroupId,
          ResourceType: "securitygroup",
        })),
      },
    };
  }),

  /** PL-1: refused while any rule uses the list. */
  DeletePrefixList: write(async ({ tx, params }) => {
    const region = requireRegion(params);
    const list = await findPrefixList(tx, region.RegionId, required(params, "PrefixListId"));
    if ((await associatedGroups(tx, list.PrefixListId)).length > 0) {
      throw ecsError("NotAllowed.AssociationExist", { field: "PrefixListId" });
    }
    await tx.objectStore("prefixLists").delete(list.PrefixListId);
    return {};
  }),
} satisfies ActionTable;
