import { callEcs } from "../../../api/client";
import type { AddressFamily } from "../../../engine/types";

export interface CreatePrefixListValues {
  regionId: string;
  name: string;
  family: AddressFamily;
  maxEntries: number;
  description: string;
  entries: ReadonlyArray<{ Cidr: string; Description: string }>;
  /** `Tag.N.Key` / `Tag.N.Value`, in order. */
  tags?: ReadonlyArray<{ Key: string; Value: string }>;
}

/** PL-1 through the console: one CreatePrefixList with `Entry.N.Cidr` / `Entry.N.Description`. */
export async function createPrefixList(values: CreatePrefixListValues): Promise<string> {
  const { PrefixListId } = await callEcs("CreatePrefixList", {
    RegionId: values.regionId,
    PrefixListName: values.name,
    AddressFamily: values.family,
    MaxEntries: values.maxEntries,
    Description: values.description,
    Entry: values.entries.map((entry) => ({ Cidr: entry.Cidr, Description: entry.Description })),
    Tag: values.tags ? [...values.tags] : undefined,
  });
  return PrefixListId;
}
