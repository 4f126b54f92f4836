import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_PREFIX_LISTS } from "../../src/engine/seed/demo-prefix-lists";
import type { NetworkInterfaceRecord } from "../../src/engine/types";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

const REGION = "cn-hangzhou";
let t: TestEngine;

beforeEach(async () => {
  t = await makeEngine();
});
afterEach(() => t.close());

type Fields = Record<string, string>;
interface Entry {
  Cidr: string;
  Description: string;
}
interface ListView {
  PrefixListId: string;
  PrefixListName: string;
  AddressFamily: string;
  MaxEntries: number;
  AssociationCount: number;
  CreationTime: string;
  Description: string;
  ResourceGroupId: string;
  Tags: { Tag: Array<{ TagKey: string; TagValue: string }> };
}
type Permission = Record<string, string | number>;

/** `Name.N.Field` parameters from a list of objects, N from 1. */
function numbered(name: string, items: ReadonlyArray<Fields>): Fields {
  const out: Fields = {};
  items.forEach((fields, index) => {
    for (const [key, value] of Object.entries(fields)) out[`${name}.${index + 1}.${key}`] = value;
  });
  return out;
}

const cidrs = (...list: string[]) => list.map((Cidr) => ({ Cidr }));

function createList(fields: Fields = {}, entries: ReadonlyArray<Fields> = []) {
  return t.call("CreatePrefixList", {
    RegionId: REGION,
    PrefixListName: "test-list",
    AddressFamily: "IPv4",
    MaxEntries: "10",
    ...fields,
    ...numbered("Entry", entries),
  });
}

async function newList(fields: Fields = {}, entries: ReadonlyArray<Fields> = []): Promise<string> {
  return String((await createList(fields, entries)).PrefixListId);
}

const modify = (
  listId: string,
  fields: Fields = {},
  add: ReadonlyArray<Fields> = [],
  remove: ReadonlyArray<Fields> = [],
) =>
  t.call("ModifyPrefixList", {
    RegionId: REGION,
    PrefixListId: listId,
    ...fields,
    ...numbered("AddEntry", add),
    ...numbered("RemoveEntry", remove),
  });

async function attributes(listId: string, regionId = REGION) {
  return t.call("DescribePrefixListAttributes", { RegionId: regionId, PrefixListId: listId });
}

async function entriesOf(listId: string): Promise<Entry[]> {
  return ((await attributes(listId)).Entries as { Entry: Entry[] }).Entry;
}

async function describeLists(fields: Fields = {}) {
  const body = await t.call("DescribePrefixLists", { RegionId: REGION, MaxResults: "100", ...fields });
  return { lists: (body.PrefixLists as { PrefixList: ListView[] }).PrefixList, nextToken: String(body.NextToken) };
}

async function listView(listId: string): Promise<ListView | undefined> {
  return (await describeLists({ "PrefixListId.1": listId })).lists[0];
}

async function newGroup(vpcId: string = DEMO.vpc): Promise<string> {
  return String((await t.call("CreateSecurityGroup", { RegionId: REGION, VpcId: vpcId })).SecurityGroupId);
}

const authorize = (groupId: string, list: ReadonlyArray<Fields>) =>
  t.call("AuthorizeSecurityGroup", { RegionId: REGION, SecurityGroupId: groupId, ...numbered("Permissions", list) });
const authorizeEgress = (groupId: string, list: ReadonlyArray<Fields>) =>
  t.call("AuthorizeSecurityGroupEgress", {
    RegionId: REGION,
    SecurityGroupId: groupId,
    ...numbered("Permissions", list),
  });

async function rulesOf(groupId: string): Promise<Permission[]> {
  const body = await t.call("DescribeSecurityGroupAttribute", { RegionId: REGION, SecurityGroupId: groupId });
  return (body.Permissions as { Permission: Permission[] }).Permission;
}

async function associations(listId: string, fields: Fields = {}) {
  const body = await t.call("DescribePrefixListAssociations", { RegionId: REGION, PrefixListId: listId, ...fields });
  return {
    items: (
      body.PrefixListAssociations as { PrefixListAssociation: Array<{ ResourceId: string; ResourceType: string }> }
    ).PrefixListAssociation,
    nextToken: String(body.NextToken),
  };
}

/** `count` distinct TCP rules from one address, ports 1..count. */
function plainRules(count: number, firstPort = 1): Fields[] {
  return Array.from({ length: count }, (_, i) => ({
    IpProtocol: "TCP",
    PortRange: `${firstPort + i}/${firstPort + i}`,
    SourceCidrIp: "10.9.9.9",
  }));
}

const fromList = (listId: string, port = "443/443"): Fields => ({
  IpProtocol: "TCP",
  PortRange: port,
  SourcePrefixListId: listId,
});

describe("PL-1 CreatePrefixList", () => {
  it("PL-1 creates a list with a pl- id of the region, minute CreationTime and canonical entries", async () => {
    const listId = await newList({ Description: "Partner networks", MaxEntries: "5" }, [
      { Cidr: "192.168.1.100", Description: "one host" },
      { Cidr: "10.0.0.0/8", Description: "corp" },
      { Cidr: " 172.16.0.0/12 " },
    ]);
    expect(listId).toMatch(/^pl-bp1[0-9a-z]{17}$/);
    const body = await attributes(listId);
    expect(body).toMatchObject({
      PrefixListId: listId,
      PrefixListName: "test-list",
      Description: "Partner networks",
      AddressFamily: "IPv4",
      MaxEntries: 5,
      CreationTime: "2026-03-01T00:00Z",
    });
    expect(await entriesOf(listId)).toEqual([
      { Cidr: "192.168.1.100/32", Description: "one host" },
      { Cidr: "10.0.0.0/8", Description: "corp" },
      { Cidr: "172.16.0.0/12", Description: "" },
    ]);
  });

  it("PL-1 normalises IPv6 entries (2001:0DB8:0000::/32 becomes 2001:db8::/32, a bare address /128)", async () => {
    const listId = await newList(
      { AddressFamily: "IPv6" },
      cidrs("2001:0DB8:0000:0000:0000:0000:0000:0000/32", "2001:DB8::1"),
    );
    expect(await entriesOf(listId)).toEqual([
      { Cidr: "2001:db8::/32", Description: "" },
      { Cidr: "2001:db8::1/128", Description: "" },
    ]);
  });

  it("PL-1 an empty list with tags and a resource group is allowed", async () => {
    const listId = await newList({ "Tag.1.Key": "env", "Tag.1.Value": "prod", ResourceGroupId: "rg-demo" });
    expect(await entriesOf(listId)).toEqual([]);
    expect(await listView(listId)).toMatchObject({
      ResourceGroupId: "rg-demo",
      Tags: { Tag: [{ TagKey: "env", TagValue: "prod" }] },
      AssociationCount: 0,
    });
  });

  it("PL-1 region errors: MissingParameter.RegionId 400, InvalidRegionId.NotFound 404", async () => {
    await expectEcsError(createList({ RegionId: "" }), "MissingParameter.RegionId", 400);
    await expectEcsError(createList({ RegionId: "mars-1" }), "InvalidRegionId.NotFound", 404);
  });

  it("PL-1 name, family and MaxEntries are required (MissingParameter 400)", async () => {
    for (const name of ["PrefixListName", "AddressFamily", "MaxEntries"]) {
      const error = await expectEcsError(createList({ [name]: "" }), "MissingParameter", 400);
      expect(error.field).toBe(name);
    }
  });

  it.each([
    ["too short", "a"],
    ["too long", `a${"b".repeat(128)}`],
    ["starts with a digit", "1list"],
    ["http:// start", "http://x"],
    ["https:// start", "https://x"],
    ["com.aliyun start", "com.aliyun.lists"],
    ["com.alibabacloud start", "com.alibabacloud-x"],
    ["forbidden character", "my list"],
  ])("PL-1 refuses a name (%s) with InvalidParameter.PrefixListName 400", async (_, name) => {
    const error = await expectEcsError(createList({ PrefixListName: name }), "InvalidParameter.PrefixListName", 400);
    expect(error.field).toBe("PrefixListName");
  });

  it("PL-1 accepts a name of 128 characters with digits, :, _, . and -", async () => {
    await newList({ PrefixListName: `a1:_.-${"x".repeat(122)}` });
  });

  it("PL-1 AddressFamily must be IPv4 or IPv6: InvalidParameter.AddressFamily 400", async () => {
    await expectEcsError(createList({ AddressFamily: "IPv5" }), "InvalidParameter.AddressFamily", 400);
    await expectEcsError(createList({ AddressFamily: "ipv4x" }), "InvalidParameter.AddressFamily", 400);
  });

  it.each(["0", "201", "ten", "1.5"])("PL-1 MaxEntries %s is refused with InvalidParameter 400", async (value) => {
    const error = await expectEcsError(createList({ MaxEntries: value }), "InvalidParameter", 400);
    expect(error.field).toBe("MaxEntries");
    expect(error.message).toContain("1 to 200");
  });

  it("PL-1 MaxEntries 1 and 200 are the bounds", async () => {
    await newList({ MaxEntries: "1" });
    await newList({ MaxEntries: "200" });
  });

  it("PL-1 descriptions: the list's 2-256, an entry's 2-32, no http(s):// (InvalidDescription.Malformed 400)", async () => {
    await expectEcsError(createList({ Description: "x" }), "InvalidDescription.Malformed", 400);
    await expectEcsError(createList({ Description: "y".repeat(257) }), "InvalidDescription.Malformed", 400);
    await expectEcsError(createList({ Description: "https://x.example" }), "InvalidDescription.Malformed", 400);
    const short = await expectEcsError(
      createList({}, [{ Cidr: "10.0.0.0/8", Description: "x" }]),
      "InvalidDescription.Malformed",
      400,
    );
    expect(short.field).toBe("Entry.1.Description");
    await expectEcsError(
      createList({}, [{ Cidr: "10.0.0.0/8", Description: "z".repeat(33) }]),
      "InvalidDescription.Malformed",
      400,
    );
    await newList({}, [{ Cidr: "10.0.0.0/8", Description: "z".repeat(32) }]);
  });

  it("PL-1 tag errors: InvalidTagKey.Malformed, InvalidTagValue.Malformed, Duplicate.TagKey 400, QuotaExceed.Tags 403", async () => {
    await expectEcsError(createList({ "Tag.1.Key": "aliyun-x", "Tag.1.Value": "v" }), "InvalidTagKey.Malformed", 400);
    await expectEcsError(
      createList({ "Tag.1.Key": "k", "Tag.1.Value": "v".repeat(129) }),
      "InvalidTagValue.Malformed",
      400,
    );
    await expectEcsError(
      createList({ "Tag.1.Key": "k", "Tag.1.Value": "a", "Tag.2.Key": "k", "Tag.2.Value": "b" }),
      "Duplicate.TagKey",
      400,
    );
    const many: Fields = {};
    for (let i = 1; i <= 21; i++) many[`Tag.${i}.Key`] = `k${i}`;
    await expectEcsError(createList(many), "QuotaExceed.Tags", 403);
  });

  it.each([
    ["garbage", "not-an-ip"],
    ["host bits set", "10.0.0.1/8"],
    ["IPv6 in an IPv4 list", "2001:db8::/32"],
    ["shorthand IPv4", "10.1/16"],
  ])(
    "PL-1 an entry that is not a network address of the family (%s) is InvalidParameter.CidrMalformed 400",
    async (_, cidr) => {
      const error = await expectEcsError(
        createList({}, cidrs("192.168.0.0/16", cidr)),
        "InvalidParameter.CidrMalformed",
        400,
      );
      expect(error.field).toBe("Entry.2.Cidr");
      expect(error.message).toContain(cidr);
    },
  );

  it("PL-1 host bits: the message names the network address", async () => {
    const error = await expectEcsError(createList({}, cidrs("10.0.0.1/8")), "InvalidParameter.CidrMalformed", 400);
    expect(error.message).toContain("10.0.0.0/8");
  });

  it("PL-1 an IPv4 entry in an IPv6 list is InvalidParameter.CidrMalformed", async () => {
    await expectEcsError(
      createList({ AddressFamily: "IPv6" }, cidrs("10.0.0.0/8")),
      "InvalidParameter.CidrMalformed",
      400,
    );
  });

  it("PL-1 an entry description without its Cidr is MissingParameter", async () => {
    const error = await expectEcsError(createList({}, [{ Description: "lonely" }]), "MissingParameter", 400);
    expect(error.field).toBe("Entry.1.Cidr");
  });

  it("PL-1 the same block twice is InvalidParameter.CidrDuplicated 400 (10.0.0.1 = 10.0.0.1/32; IPv6 spellings)", async () => {
    const v4 = await expectEcsError(
      createList({}, cidrs("10.0.0.1/32", "10.0.0.1")),
      "InvalidParameter.CidrDuplicated",
      400,
    );
    expect(v4.field).toBe("Entry.2.Cidr");
    await expectEcsError(
      createList({ AddressFamily: "IPv6" }, cidrs("2001:fd01:0:0:0:0:0:0/32", "2001:fd01::/32")),
      "InvalidParameter.CidrDuplicated",
      400,
    );
  });

  it("PL-1 more entries than MaxEntries is LimitExceed.MaxEntries 400", async () => {
    await expectEcsError(
      createList({ MaxEntries: "2" }, cidrs("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")),
      "LimitExceed.MaxEntries",
      400,
    );
  });

  it("PL-1 more than 200 entries in one call is LimitExceed.Entry 400", async () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ Cidr: `10.${i}.0.0/16` }));
    await expectEcsError(createList({ MaxEntries: "200" }, many), "LimitExceed.Entry", 400);
  });

  it("PL-1 100 lists per region: the 101st is LimitExceed.PrefixListPerRegion 404; other regions are separate", async () => {
    const region = "cn-shanghai";
    for (let i = 0; i < 100; i++) await createList({ RegionId: region, PrefixListName: `list-${i}` });
    await expectEcsError(createList({ RegionId: region }), "LimitExceed.PrefixListPerRegion", 404);
    await newList();
    const body = await t.call("DescribePrefixLists", { RegionId: region, MaxResults: "100" });
    expect((body.PrefixLists as { PrefixList: ListView[] }).PrefixList).toHaveLength(100);
    expect(body.NextToken).toBe("");
  });

  it("PL-1 a failed create leaves nothing behind", async () => {
    const before = (await describeLists()).lists.length;
    await expectEcsError(createList({ MaxEntries: "1" }, cidrs("10.0.0.0/8", "11.0.0.0/8")), "LimitExceed.MaxEntries");
    expect((await describeLists()).lists).toHaveLength(before);
  });
});

describe("PL-1 ModifyPrefixList", () => {
  let listId: string;
  beforeEach(async () => {
    listId = await newList({ MaxEntries: "3" }, [
      { Cidr: "10.0.0.0/8", Description: "corp" },
      { Cidr: "172.16.0.0/12", Description: "lab" },
    ]);
  });

  it("PL-1 renames and re-describes; family and MaxEntries stay as created", async () => {
    await modify(listId, {
      PrefixListName: "renamed-list",
      Description: "New words",
      MaxEntries: "50",
      AddressFamily: "IPv6",
    });
    expect(await attributes(listId)).toMatchObject({
      PrefixListName: "renamed-list",
      Description: "New words",
      MaxEntries: 3,
      AddressFamily: "IPv4",
    });
  });

  it("PL-1 adds and removes entries in one call", async () => {
    await modify(listId, {}, [{ Cidr: "192.168.0.0/16", Description: "home" }], cidrs("172.16.0.0/12"));
    expect(await entriesOf(listId)).toEqual([
      { Cidr: "10.0.0.0/8", Description: "corp" },
      { Cidr: "192.168.0.0/16", Description: "home" },
    ]);
  });

  it("PL-1 re-adding an existing CIDR (any spelling) changes its description in place", async () => {
    await modify(listId, {}, [{ Cidr: "10.0.0.0/8", Description: "headquarters" }]);
    await modify(listId, {}, [{ Cidr: "172.16.0.0/12" }]);
    expect(await entriesOf(listId)).toEqual([
      { Cidr: "10.0.0.0/8", Description: "headquarters" },
      { Cidr: "172.16.0.0/12", Description: "" },
    ]);
  });

  it("PL-1 a full list accepts a re-add and a swap (remove one, add one)", async () => {
    await modify(listId, {}, cidrs("192.168.0.0/16"));
    await modify(listId, {}, [{ Cidr: "192.168.0.0/16", Description: "home" }]);
    await modify(listId, {}, cidrs("100.64.0.0/10"), cidrs("10.0.0.0/8"));
    expect((await entriesOf(listId)).map((entry) => entry.Cidr)).toEqual([
      "172.16.0.0/12",
      "192.168.0.0/16",
      "100.64.0.0/10",
    ]);
  });

  it("PL-1 passing MaxEntries is LimitExceed.MaxEntries 400 and changes nothing", async () => {
    const error = await expectEcsError(
      modify(listId, { PrefixListName: "should-not-stick" }, cidrs("192.168.0.0/16", "100.64.0.0/10")),
      "LimitExceed.MaxEntries",
      400,
    );
    expect(error.field).toBe("AddEntry.2.Cidr");
    expect(await attributes(listId)).toMatchObject({ PrefixListName: "test-list" });
    expect(await entriesOf(listId)).toHaveLength(2);
  });

  it("PL-1 an AddEntry CIDR equal to a RemoveEntry CIDR is InvalidParameter.CidrDuplicated 400", async () => {
    const error = await expectEcsError(
      modify(listId, {}, cidrs("10.0.0.0/8"), cidrs("10.0.0.0/8")),
      "InvalidParameter.CidrDuplicated",
      400,
    );
    expect(error.field).toBe("AddEntry.1.Cidr");
  });

  it("PL-1 the same CIDR twice in AddEntry or RemoveEntry is InvalidParameter.CidrDuplicated", async () => {
    await expectEcsError(modify(listId, {}, cidrs("1.1.1.1", "1.1.1.1/32")), "InvalidParameter.CidrDuplicated", 400);
    await expectEcsError(
      modify(listId, {}, [], cidrs("10.0.0.0/8", "10.0.0.0/8")),
      "InvalidParameter.CidrDuplicated",
      400,
    );
  });

  it("PL-1 removing a CIDR that is not an entry is InvalidParameter.CidrMalformed 400 (project decision)", async () => {
    const error = await expectEcsError(
      modify(listId, {}, [], cidrs("192.168.0.0/16")),
      "InvalidParameter.CidrMalformed",
      400,
    );
    expect(error.field).toBe("RemoveEntry.1.Cidr");
    expect(error.message).toContain("not an entry");
  });

  it("PL-1 malformed, host-bit and wrong-family entries are InvalidParameter.CidrMalformed", async () => {
    await expectEcsError(modify(listId, {}, cidrs("10.0.0.1/8")), "InvalidParameter.CidrMalformed", 400);
    await expectEcsError(modify(listId, {}, cidrs("::/0")), "InvalidParameter.CidrMalformed", 400);
    await expectEcsError(modify(listId, {}, [], cidrs("bogus")), "InvalidParameter.CidrMalformed", 400);
  });

  it("PL-1 more than 200 AddEntry or RemoveEntry items is LimitExceed.Entry 400", async () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ Cidr: `10.${i}.0.0/16` }));
    await expectEcsError(modify(listId, {}, many), "LimitExceed.Entry", 400);
    await expectEcsError(modify(listId, {}, [], many), "LimitExceed.Entry", 400);
  });

  it("PL-1 invalid name or descriptions are refused", async () => {
    await expectEcsError(modify(listId, { PrefixListName: "com.aliyun.x" }), "InvalidParameter.PrefixListName", 400);
    await expectEcsError(modify(listId, { Description: "http://x" }), "InvalidDescription.Malformed", 400);
    await expectEcsError(
      modify(listId, {}, [{ Cidr: "1.1.1.1", Description: "https://evil" }]),
      "InvalidDescription.Malformed",
      400,
    );
  });

  it("PL-1 an unknown list, or one of another region, is InvalidPrefixListId.NotFound 404", async () => {
    await expectEcsError(modify("pl-nope"), "InvalidPrefixListId.NotFound", 404);
    await expectEcsError(
      t.call("ModifyPrefixList", { RegionId: "cn-beijing", PrefixListId: listId, PrefixListName: "x-name" }),
      "InvalidPrefixListId.NotFound",
      404,
    );
    await expectEcsError(t.call("ModifyPrefixList", { RegionId: REGION }), "MissingParameter", 400);
  });
});

describe("PL-1 DescribePrefixLists and DescribePrefixListAttributes", () => {
  it("PL-1 the demo lists are there: office-networks (IPv4, MaxEntries 10, 3 described entries) and an IPv6 list", async () => {
    const { lists } = await describeLists();
    const office = lists.find((list) => list.PrefixListId === DEMO_PREFIX_LISTS.office);
    expect(office).toMatchObject({ PrefixListName: "office-networks", AddressFamily: "IPv4", MaxEntries: 10 });
    expect(office?.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    const entries = await entriesOf(DEMO_PREFIX_LISTS.office);
    expect(entries).toHaveLength(3);
    for (const entry of entries) expect(entry.Description.length).toBeGreaterThanOrEqual(2);
    expect(lists.find((list) => list.PrefixListId === DEMO_PREFIX_LISTS.officeV6)).toMatchObject({
      AddressFamily: "IPv6",
    });
    expect(DEMO_PREFIX_LISTS.office).toMatch(/^pl-[0-9a-z]{20}$/);
  });

  it("PL-1 every PrefixList carries the API's fields", async () => {
    const { lists } = await describeLists();
    expect(Object.keys(lists[0] ?? {}).sort()).toEqual(
      [
        "AddressFamily",
        "AssociationCount",
        "CreationTime",
        "Description",
        "MaxEntries",
        "PrefixListId",
        "PrefixListName",
        "ResourceGroupId",
        "Tags",
      ].sort(),
    );
  });

  it("PL-1 filters by PrefixListId.N, PrefixListName, AddressFamily, ResourceGroupId and Tag (AND-ed)", async () => {
    const a = await newList({
      PrefixListName: "alpha",
      ResourceGroupId: "rg-a",
      "Tag.1.Key": "env",
      "Tag.1.Value": "prod",
    });
    const b = await newList({
      PrefixListName: "beta",
      AddressFamily: "IPv6",
      "Tag.1.Key": "env",
      "Tag.1.Value": "dev",
    });
    const ids = async (fields: Fields) => (await describeLists(fields)).lists.map((list) => list.PrefixListId);
    expect(await ids({ "PrefixListId.1": a, "PrefixListId.2": b, "PrefixListId.3": "pl-unknown" })).toEqual([a, b]);
    expect(await ids({ PrefixListName: "beta" })).toEqual([b]);
    expect(await ids({ AddressFamily: "IPv6" })).toEqual([DEMO_PREFIX_LISTS.officeV6, b]);
    expect(await ids({ ResourceGroupId: "rg-a" })).toEqual([a]);
    expect(await ids({ "Tag.1.Key": "env" })).toEqual([a, b]);
    expect(await ids({ "Tag.1.Key": "env", "Tag.1.Value": "dev" })).toEqual([b]);
    expect(await ids({ "PrefixListId.1": a, AddressFamily: "IPv6" })).toEqual([]);
  });

  it("PL-1 pages with MaxResults and NextToken", async () => {
    await newList({ PrefixListName: "third" });
    const first = await describeLists({ MaxResults: "2" });
    expect(first.lists.map((list) => list.PrefixListName)).toEqual(["office-networks", "office-networks-ipv6"]);
    expect(first.nextToken).not.toBe("");
    const second = await describeLists({ MaxResults: "2", NextToken: first.nextToken });
    expect(second.lists.map((list) => list.PrefixListName)).toEqual(["third"]);
    expect(second.nextToken).toBe("");
  });

  it("PL-1 defaults to 10 per page", async () => {
    for (let i = 0; i < 10; i++) await newList({ PrefixListName: `list-${i}` });
    const body = await t.call("DescribePrefixLists", { RegionId: REGION });
    expect((body.PrefixLists as { PrefixList: ListView[] }).PrefixList).toHaveLength(10);
    expect(body.NextToken).not.toBe("");
  });

  it("PL-1 bad paging: InvalidParameter.MaxResults 400 (0, 101), InValidParameter.NextToken 400", async () => {
    await expectEcsError(describeLists({ MaxResults: "0" }), "InvalidParameter.MaxResults", 400);
    await expectEcsError(describeLists({ MaxResults: "101" }), "InvalidParameter.MaxResults", 400);
    await expectEcsError(describeLists({ NextToken: "garbage" }), "InValidParameter.NextToken", 400);
  });

  it("PL-1 more than 100 PrefixListId.N is LimitExceed.PrefixListId 400; a bad AddressFamily filter InvalidParameter", async () => {
    const ids: Fields = {};
    for (let i = 1; i <= 101; i++) ids[`PrefixListId.${i}`] = `pl-${i}`;
    await expectEcsError(describeLists(ids), "LimitExceed.PrefixListId", 400);
    await expectEcsError(describeLists({ AddressFamily: "IPv5" }), "InvalidParameter", 400);
  });

  it("PL-1 lists of another region are not seen", async () => {
    const body = await t.call("DescribePrefixLists", { RegionId: "cn-beijing" });
    expect((body.PrefixLists as { PrefixList: ListView[] }).PrefixList).toEqual([]);
    await expectEcsError(attributes(DEMO_PREFIX_LISTS.office, "cn-beijing"), "InvalidPrefixListId.NotFound", 404);
    await expectEcsError(attributes("pl-unknown"), "InvalidPrefixListId.NotFound", 404);
  });

  it("PL-1 AssociationCount counts distinct referencing groups, ingress and egress", async () => {
    const listId = await newList();
    const g1 = await newGroup();
    const g2 = await newGroup();
    await authorize(g1, [fromList(listId, "80/80"), fromList(listId, "443/443")]);
    await authorizeEgress(g2, [{ IpProtocol: "TCP", PortRange: "443/443", DestPrefixListId: listId }]);
    expect((await listView(listId))?.AssociationCount).toBe(2);
    expect((await listView(DEMO_PREFIX_LISTS.office))?.AssociationCount).toBe(0);
  });
});

describe("PL-1 DescribePrefixListAssociations and DeletePrefixList", () => {
  it("PL-1 lists the referencing security groups, paged", async () => {
    const listId = await newList();
    const groups = [await newGroup(), await newGroup(), await newGroup()];
    for (const groupId of groups) await authorize(groupId, [fromList(listId)]);
    await authorize(groups[0] ?? "", [fromList(listId, "22/22")]);
    const all = await associations(listId, { MaxResults: "100" });
    expect(all.items).toEqual(groups.map((ResourceId) => ({ ResourceId, ResourceType: "securitygroup" })));
    expect(all.nextToken).toBe("");
    const first = await associations(listId, { MaxResults: "2" });
    expect(first.items.map((item) => item.ResourceId)).toEqual(groups.slice(0, 2));
    const rest = await associations(listId, { MaxResults: "2", NextToken: first.nextToken });
    expect(rest.items.map((item) => item.ResourceId)).toEqual(groups.slice(2));
    expect(rest.nextToken).toBe("");
  });

  it("PL-1 associations: unknown list 404, bad MaxResults 400, none for an unused list", async () => {
    await expectEcsError(associations("pl-nope"), "InvalidPrefixListId.NotFound", 404);
    await expectEcsError(
      associations(DEMO_PREFIX_LISTS.office, { MaxResults: "500" }),
      "InvalidParameter.MaxResults",
      400,
    );
    expect((await associations(DEMO_PREFIX_LISTS.office)).items).toEqual([]);
  });

  it("PL-1 DeletePrefixList is refused while referenced (NotAllowed.AssociationExist 400), then succeeds", async () => {
    const listId = await newList();
    const groupId = await newGroup();
    await authorize(groupId, [fromList(listId)]);
    await expectEcsError(
      t.call("DeletePrefixList", { RegionId: REGION, PrefixListId: listId }),
      "NotAllowed.AssociationExist",
      400,
    );
    await t.call("RevokeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: groupId,
      ...numbered("Permissions", [fromList(listId)]),
    });
    await t.call("DeletePrefixList", { RegionId: REGION, PrefixListId: listId });
    await expectEcsError(attributes(listId), "InvalidPrefixListId.NotFound", 404);
    await expectEcsError(
      t.call("DeletePrefixList", { RegionId: REGION, PrefixListId: listId }),
      "InvalidPrefixListId.NotFound",
      404,
    );
  });

  it("PL-1 deleting the referencing group frees the list", async () => {
    const listId = await newList();
    const groupId = await newGroup();
    await authorizeEgress(groupId, [{ IpProtocol: "ALL", DestPrefixListId: listId }]);
    await t.call("DeleteSecurityGroup", { RegionId: REGION, SecurityGroupId: groupId });
    expect((await associations(listId)).items).toEqual([]);
    await t.call("DeletePrefixList", { RegionId: REGION, PrefixListId: listId });
  });
});

describe("PL-2 rules that use a prefix list", () => {
  it("PL-2 authorizes ingress and egress rules by prefix list; the rule shows the list id and name", async () => {
    const groupId = await newGroup();
    await authorize(groupId, [fromList(DEMO_PREFIX_LISTS.office, "22/22")]);
    await authorizeEgress(groupId, [
      { IpProtocol: "TCP", PortRange: "443/443", DestPrefixListId: DEMO_PREFIX_LISTS.office },
    ]);
    const rules = await rulesOf(groupId);
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({
      Direction: "ingress",
      SourcePrefixListId: DEMO_PREFIX_LISTS.office,
      SourcePrefixListName: "office-networks",
      SourceCidrIp: "",
    });
    expect(rules[1]).toMatchObject({
      Direction: "egress",
      DestPrefixListId: DEMO_PREFIX_LISTS.office,
      DestPrefixListName: "office-networks",
    });
  });

  it("PL-2 a CIDR or a group wins over a prefix list given in the same permission", async () => {
    const groupId = await newGroup();
    await authorize(groupId, [{ ...fromList(DEMO_PREFIX_LISTS.office), SourceCidrIp: "1.2.3.4" }]);
    expect((await rulesOf(groupId))[0]).toMatchObject({ SourceCidrIp: "1.2.3.4/32", SourcePrefixListId: "" });
    expect((await listView(DEMO_PREFIX_LISTS.office))?.AssociationCount).toBe(0);
  });

  it("PL-2 an unknown list, or one of another region, is InvalidPrefixListId.NotFound 404", async () => {
    const groupId = await newGroup();
    const error = await expectEcsError(
      authorize(groupId, [fromList("pl-missing")]),
      "InvalidPrefixListId.NotFound",
      404,
    );
    expect(error.field).toBe("Permissions.1.SourcePrefixListId");
    const other = String(
      (
        await t.call("CreatePrefixList", {
          RegionId: "cn-beijing",
          PrefixListName: "bj",
          AddressFamily: "IPv4",
          MaxEntries: "1",
        })
      ).PrefixListId,
    );
    await expectEcsError(authorize(groupId, [fromList(other)]), "InvalidPrefixListId.NotFound", 404);
  });

  it("PL-2 a family mismatch is InvalidParam.PrefixListAddressFamilyMismatch 400", async () => {
    const groupId = await newGroup();
    await expectEcsError(
      authorize(groupId, [{ IpProtocol: "ICMP", SourcePrefixListId: DEMO_PREFIX_LISTS.officeV6 }]),
      "InvalidParam.PrefixListAddressFamilyMismatch",
      400,
    );
    await expectEcsError(
      authorizeEgress(groupId, [{ IpProtocol: "ICMPv6", DestPrefixListId: DEMO_PREFIX_LISTS.office }]),
      "InvalidParam.PrefixListAddressFamilyMismatch",
      400,
    );
    await expectEcsError(
      authorize(groupId, [{ ...fromList(DEMO_PREFIX_LISTS.office), Ipv6DestCidrIp: "2001:db8::/64" }]),
      "InvalidParam.PrefixListAddressFamilyMismatch",
      400,
    );
    await authorize(groupId, [{ IpProtocol: "ICMPv6", SourcePrefixListId: DEMO_PREFIX_LISTS.officeV6 }]);
  });

  it("PL-2 a classic-network group cannot use a prefix list: NotSupported.ClassicNetworkPrefixList 400", async () => {
    const classic = String((await t.call("CreateSecurityGroup", { RegionId: REGION })).SecurityGroupId);
    await expectEcsError(
      authorize(classic, [fromList(DEMO_PREFIX_LISTS.office)]),
      "NotSupported.ClassicNetworkPrefixList",
      400,
    );
  });

  it("PL-2 a list serves at most 1,000 groups: LimitExceed.PrefixListAssociationResource 403 for the 1,001st", async () => {
    const listId = await newList();
    const member = await newGroup();
    await authorize(member, [fromList(listId)]);
    // 999 more referencing groups, written straight into the rules store (only their rules matter here).
    const tx = t.engine.db.transaction("rules", "readwrite");
    for (let i = 0; i < 999; i++) {
      void tx.store.add({
        SecurityGroupRuleId: `sgr-fake${String(i).padStart(16, "0")}`,
        SecurityGroupId: `sg-fake${String(i).padStart(17, "0")}`,
        Direction: "ingress",
        IpProtocol: "TCP",
        PortRange: "443/443",
        SourcePrefixListId: listId,
        Policy: "Accept",
        Priority: 1,
        NicType: "intranet",
        Description: "",
        CreateTime: "2026-03-01T00:00:00Z",
        Seq: 2_000_000 + i,
      });
    }
    await tx.done;
    const outsider = await newGroup();
    await expectEcsError(authorize(outsider, [fromList(listId)]), "LimitExceed.PrefixListAssociationResource", 403);
    // A group already associated may add more rules with the list.
    await authorize(member, [fromList(listId, "80/80")]);
  });

  it("PL-2 ModifySecurityGroupRule switches to another list, not to a CIDR; unknown lists are refused", async () => {
    const groupId = await newGroup();
    const other = await newList({ PrefixListName: "partners" });
    await authorize(groupId, [fromList(DEMO_PREFIX_LISTS.office)]);
    const ruleId = String((await rulesOf(groupId))[0]?.SecurityGroupRuleId);
    const modifyRule = (fields: Fields) =>
      t.call("ModifySecurityGroupRule", {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ruleId,
        ...fields,
      });
    await modifyRule({ SourcePrefixListId: other, Description: "partners now" });
    expect((await rulesOf(groupId))[0]).toMatchObject({
      SecurityGroupRuleId: ruleId,
      SourcePrefixListId: other,
      SourcePrefixListName: "partners",
      Description: "partners now",
    });
    expect((await listView(DEMO_PREFIX_LISTS.office))?.AssociationCount).toBe(0);
    expect((await listView(other))?.AssociationCount).toBe(1);
    await expectEcsError(modifyRule({ SourceCidrIp: "10.0.0.0/8" }), "InvalidOperation.ModifySgRuleEntityType", 400);
    await expectEcsError(modifyRule({ SourcePrefixListId: "pl-missing" }), "InvalidPrefixListId.NotFound", 404);
    // Another family is another kind of object, as for CIDRs (RULE-4).
    await expectEcsError(
      modifyRule({ SourcePrefixListId: DEMO_PREFIX_LISTS.officeV6 }),
      "InvalidOperation.ModifySgRuleEntityType",
      400,
    );
    await expectEcsError(
      modifyRule({ IpProtocol: "ICMPv6", PortRange: "-1/-1" }),
      "InvalidParam.PrefixListAddressFamilyMismatch",
      400,
    );
  });

  it("PL-2 RevokeSecurityGroup by permission removes the prefix-list rule", async () => {
    const groupId = await newGroup();
    await authorize(groupId, [fromList(DEMO_PREFIX_LISTS.office), fromList(DEMO_PREFIX_LISTS.office, "80/80")]);
    await t.call("RevokeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: groupId,
      ...numbered("Permissions", [fromList(DEMO_PREFIX_LISTS.office)]),
    });
    expect((await rulesOf(groupId)).map((rule) => rule.PortRange)).toEqual(["80/80"]);
    await t.call("RevokeSecurityGroupEgress", {
      RegionId: REGION,
      SecurityGroupId: groupId,
      ...numbered("Permissions", [
        { IpProtocol: "TCP", PortRange: "80/80", DestPrefixListId: DEMO_PREFIX_LISTS.office },
      ]),
    });
    expect(await rulesOf(groupId)).toHaveLength(1);
  });

  it("PL-2 an entry change applies to every referencing rule at once; names follow a rename", async () => {
    const listId = await newList({ PrefixListName: "shared-list" }, cidrs("10.0.0.0/8"));
    const g1 = await newGroup();
    const g2 = await newGroup();
    await authorize(g1, [fromList(listId)]);
    await authorizeEgress(g2, [{ IpProtocol: "TCP", PortRange: "443/443", DestPrefixListId: listId }]);
    await modify(listId, { PrefixListName: "shared-renamed" }, cidrs("203.0.113.0/24"));
    const [ingress] = await rulesOf(g1);
    const [egress] = await rulesOf(g2);
    expect(ingress).toMatchObject({ SourcePrefixListId: listId, SourcePrefixListName: "shared-renamed" });
    expect(egress).toMatchObject({ DestPrefixListId: listId, DestPrefixListName: "shared-renamed" });
    // Both rules hold the id; the list they resolve to now holds the new CIDR.
    for (const id of [ingress?.SourcePrefixListId, egress?.DestPrefixListId]) {
      const entries = ((await attributes(String(id))).Entries as { Entry: Entry[] }).Entry;
      expect(entries.map((entry) => entry.Cidr)).toEqual(["10.0.0.0/8", "203.0.113.0/24"]);
    }
  });
});

describe("RULE-8 a prefix-list rule counts its list's MaxEntries", () => {
  it("RULE-8 a MaxEntries-150 list plus 51 rules passes the group's 200: AuthorizationLimitExceed 403", async () => {
    const big = await newList({ MaxEntries: "150" }, cidrs("10.0.0.0/8"));
    const groupId = await newGroup();
    await authorize(groupId, [fromList(big)]);
    await authorize(groupId, plainRules(50));
    await expectEcsError(authorize(groupId, plainRules(1, 1000)), "AuthorizationLimitExceed", 403);
    expect(await rulesOf(groupId)).toHaveLength(51);
  });

  it("RULE-8 the order does not matter: 51 rules, then the MaxEntries-150 list rule, is refused", async () => {
    const big = await newList({ MaxEntries: "150" });
    const groupId = await newGroup();
    await authorize(groupId, plainRules(51));
    await expectEcsError(authorize(groupId, [fromList(big)]), "AuthorizationLimitExceed", 403);
    await expectEcsError(
      authorizeEgress(groupId, [{ IpProtocol: "ALL", DestPrefixListId: big }]),
      "AuthorizationLimitExceed",
      403,
    );
  });

  it("RULE-8 modifying a rule onto a bigger list is checked against the 200", async () => {
    const small = await newList({ MaxEntries: "10", PrefixListName: "small" });
    const big = await newList({ MaxEntries: "200", PrefixListName: "big" });
    const groupId = await newGroup();
    await authorize(groupId, [fromList(small), ...plainRules(5)]);
    const ruleId = String((await rulesOf(groupId))[0]?.SecurityGroupRuleId);
    await expectEcsError(
      t.call("ModifySecurityGroupRule", {
        RegionId: REGION,
        SecurityGroupId: groupId,
        SecurityGroupRuleId: ruleId,
        SourcePrefixListId: big,
      }),
      "AuthorizationLimitExceed",
    );
    expect((await rulesOf(groupId))[0]).toMatchObject({ SourcePrefixListId: small });
  });

  it("RULE-8 adding entries never changes the weight: MaxEntries is fixed, the 200 still holds at 150 + 50", async () => {
    const big = await newList({ MaxEntries: "150" });
    const groupId = await newGroup();
    await authorize(groupId, [fromList(big), ...plainRules(50)]);
    await modify(
      big,
      {},
      Array.from({ length: 150 }, (_, i) => ({ Cidr: `10.${i}.0.0/16` })),
    );
    await expectEcsError(authorize(groupId, plainRules(1, 2000)), "AuthorizationLimitExceed", 403);
    await t.call("RevokeSecurityGroup", {
      RegionId: REGION,
      SecurityGroupId: groupId,
      ...numbered("Permissions", [fromList(big)]),
    });
    await authorize(groupId, plainRules(100, 3000));
    expect(await rulesOf(groupId)).toHaveLength(150);
  });

  it("RULE-8 an ENI's 1,000 counts MaxEntries over all its groups (AuthorizationLimitExceed 403)", async () => {
    const full = await newList({ MaxEntries: "200", PrefixListName: "full" });
    const partial = await newList({ MaxEntries: "150", PrefixListName: "partial" });
    const groups: string[] = [];
    for (let i = 0; i < 6; i++) groups.push(await newGroup());
    const eni: NetworkInterfaceRecord = {
      NetworkInterfaceId: "eni-bp1prefixlisttest00",
      RegionId: REGION,
      VpcId: DEMO.vpc,
      VSwitchId: DEMO.vswitchH,
      ZoneId: "cn-hangzhou-h",
      Type: "Secondary",
      Status: "Available",
      SecurityGroupIds: groups,
      PrimaryIpAddress: "192.168.1.50",
      SecondaryIpAddresses: [],
      MacAddress: "00:16:3e:00:00:50",
      NetworkInterfaceName: "pl-test-eni",
      Description: "",
      Tags: [],
      CreationTime: "2026-03-01T00:00:00Z",
      Seq: 1_000_000,
    };
    await t.engine.db.put("networkInterfaces", eni);
    for (const groupId of groups.slice(0, 4)) await authorize(groupId, [fromList(full)]);
    await authorize(groups[4] ?? "", [fromList(partial)]);
    // 4 x 200 + 150 = 950 on the ENI: a MaxEntries-51 list does not fit, a MaxEntries-50 list does.
    const fiftyOne = await newList({ MaxEntries: "51", PrefixListName: "fifty-one" }, cidrs("1.1.1.1"));
    const fifty = await newList({ MaxEntries: "50", PrefixListName: "fifty" }, cidrs("1.1.1.1"));
    const error = await expectEcsError(
      authorize(groups[5] ?? "", [fromList(fiftyOne)]),
      "AuthorizationLimitExceed",
      403,
    );
    expect(error.message).toContain(eni.NetworkInterfaceId);
    expect(error.message).toContain("1,001");
    await authorize(groups[5] ?? "", [fromList(fifty)]);
    await expectEcsError(authorize(groups[5] ?? "", plainRules(1)), "AuthorizationLimitExceed", 403);
  });
});
