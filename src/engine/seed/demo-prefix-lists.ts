import { insertPrefixList } from "../actions/prefix-list-store";
import type { Tx } from "../store/workspace-db";
import { DEMO_TIME, demoId } from "./demo";

/** The demo prefix lists (PL-1), fixed ids in cn-hangzhou. */
export const DEMO_PREFIX_LISTS = {
  office: demoId("pl", "bp1officenetworks"),
  officeV6: demoId("pl", "bp1officenetworksv6"),
} as const;

export async function seedDemoPrefixLists(tx: Tx): Promise<void> {
  await insertPrefixList(
    tx,
    {
      PrefixListId: DEMO_PREFIX_LISTS.office,
      RegionId: "cn-hangzhou",
      PrefixListName: "office-networks",
      Description: "Company offices and VPN egress addresses",
      AddressFamily: "IPv4",
      MaxEntries: 10,
      Entries: [
        { Cidr: "121.40.10.10/32", Description: "Head office" },
        { Cidr: "203.0.113.0/24", Description: "Osaka branch" },
        { Cidr: "198.51.100.64/26", Description: "VPN egress" },
      ],
      Tags: [{ TagKey: "team", TagValue: "network" }],
    },
    DEMO_TIME + 5 * 60_000,
  );
  await insertPrefixList(
    tx,
    {
      PrefixListId: DEMO_PREFIX_LISTS.officeV6,
      RegionId: "cn-hangzhou",
      PrefixListName: "office-networks-ipv6",
      Description: "Company offices over IPv6",
      AddressFamily: "IPv6",
      MaxEntries: 5,
      Entries: [
        { Cidr: "2001:db8:10::/48", Description: "Head office" },
        { Cidr: "2001:db8:20::/48", Description: "Osaka branch" },
      ],
    },
    DEMO_TIME + 6 * 60_000,
  );
}
