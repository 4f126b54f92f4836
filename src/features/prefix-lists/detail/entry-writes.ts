import { callEcs } from "../../../api/client";

interface ListTarget {
  regionId: string;
  prefixListId: string;
}

/**
 * PL-1 ModifyPrefixList for entries: `AddEntry.N` adds, or changes the description of a CIDR
 * that is already an entry; `RemoveEntry.N.Cidr` removes. One request, all or nothing; every
 * rule that uses the list sees the change at once (PL-2).
 */
export async function changeEntries(
  target: ListTarget,
  change: {
    add?: ReadonlyArray<{ Cidr: string; Description: string }>;
    remove?: readonly string[];
  },
): Promise<void> {
  await callEcs("ModifyPrefixList", {
    RegionId: target.regionId,
    PrefixListId: target.prefixListId,
    AddEntry: change.add?.map((entry) => ({ Cidr: entry.Cidr, Description: entry.Description })),
    RemoveEntry: change.remove?.map((cidr) => ({ Cidr: cidr })),
  });
}

/** PL-2: a list's name and description (family and MaxEntries are fixed). */
export function modifyPrefixList(
  regionId: string,
  prefixListId: string,
  values: { name: string; description: string },
) {
  return callEcs("ModifyPrefixList", {
    RegionId: regionId,
    PrefixListId: prefixListId,
    PrefixListName: values.name,
    Description: values.description,
  });
}

/** PL-4: refused while a rule references the list. */
export function deletePrefixList(regionId: string, prefixListId: string) {
  return callEcs("DeletePrefixList", { RegionId: regionId, PrefixListId: prefixListId });
}
