import * as $Ecs from "@alicloud/ecs20140526";
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/engine/seed/demo";
import { DEMO_PREFIX_LISTS } from "../../src/engine/seed/demo-prefix-lists";
import { makeSdkClient, sdkError, useSdkServer } from "./helpers";

useSdkServer();
const client = makeSdkClient();
const REGION = "cn-hangzhou";

async function createList(name = "sdk-list"): Promise<string> {
  const response = await client.createPrefixList(
    new $Ecs.CreatePrefixListRequest({
      regionId: REGION,
      prefixListName: name,
      addressFamily: "IPv4",
      maxEntries: 20,
      description: "Made by the SDK",
      entry: [
        new $Ecs.CreatePrefixListRequestEntry({ cidr: "10.0.0.0/8", description: "corp" }),
        new $Ecs.CreatePrefixListRequestEntry({ cidr: "192.168.1.100" }),
      ],
      tag: [new $Ecs.CreatePrefixListRequestTag({ key: "env", value: "test" })],
    }),
  );
  expect(response.statusCode).toBe(200);
  return response.body?.prefixListId ?? "";
}

async function authorizeFromList(groupId: string, listId: string) {
  await client.authorizeSecurityGroup(
    new $Ecs.AuthorizeSecurityGroupRequest({
      regionId: REGION,
      securityGroupId: groupId,
      permissions: [
        new $Ecs.AuthorizeSecurityGroupRequestPermissions({
          ipProtocol: "TCP",
          portRange: "443/443",
          sourcePrefixListId: listId,
        }),
      ],
    }),
  );
}

describe("API-4 official SDK: prefix lists (PL-1, PL-2)", () => {
  it("API-4 PL-1 CreatePrefixList with Entry.N and Tag.N; DescribePrefixListAttributes reads them back typed", async () => {
    const listId = await createList();
    expect(listId).toMatch(/^pl-bp1[0-9a-z]{17}$/);
    const response = await client.describePrefixListAttributes(
      new $Ecs.DescribePrefixListAttributesRequest({ regionId: REGION, prefixListId: listId }),
    );
    expect(response.body).toMatchObject({
      prefixListId: listId,
      prefixListName: "sdk-list",
      description: "Made by the SDK",
      addressFamily: "IPv4",
      maxEntries: 20,
    });
    expect(response.body?.creationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
    expect(response.body?.entries?.entry?.map((entry) => [entry.cidr, entry.description])).toEqual([
      ["10.0.0.0/8", "corp"],
      ["192.168.1.100/32", ""],
    ]);
  });

  it("API-4 PL-1 ModifyPrefixList with AddEntry.N and RemoveEntry.N", async () => {
    const listId = await createList();
    await client.modifyPrefixList(
      new $Ecs.ModifyPrefixListRequest({
        regionId: REGION,
        prefixListId: listId,
        prefixListName: "sdk-renamed",
        addEntry: [
          new $Ecs.ModifyPrefixListRequestAddEntry({ cidr: "172.16.0.0/12", description: "lab" }),
          new $Ecs.ModifyPrefixListRequestAddEntry({ cidr: "10.0.0.0/8", description: "headquarters" }),
        ],
        removeEntry: [new $Ecs.ModifyPrefixListRequestRemoveEntry({ cidr: "192.168.1.100/32" })],
      }),
    );
    const response = await client.describePrefixListAttributes(
      new $Ecs.DescribePrefixListAttributesRequest({ regionId: REGION, prefixListId: listId }),
    );
    expect(response.body?.prefixListName).toBe("sdk-renamed");
    expect(response.body?.entries?.entry?.map((entry) => [entry.cidr, entry.description])).toEqual([
      ["10.0.0.0/8", "headquarters"],
      ["172.16.0.0/12", "lab"],
    ]);
  });

  it("API-4 PL-1 DescribePrefixLists filters by PrefixListId.N and returns a numeric AssociationCount and tags", async () => {
    const listId = await createList();
    await authorizeFromList(DEMO.dev, listId);
    const response = await client.describePrefixLists(
      new $Ecs.DescribePrefixListsRequest({
        regionId: REGION,
        prefixListId: [listId, DEMO_PREFIX_LISTS.office],
        maxResults: 10,
      }),
    );
    const lists = response.body?.prefixLists?.prefixList ?? [];
    expect(lists.map((list) => list.prefixListId)).toEqual([DEMO_PREFIX_LISTS.office, listId]);
    expect(lists[1]).toMatchObject({ associationCount: 1, maxEntries: 20, addressFamily: "IPv4" });
    expect(lists[1]?.tags?.tag).toEqual([expect.objectContaining({ tagKey: "env", tagValue: "test" })]);
    expect(lists[0]?.associationCount).toBe(0);
    expect(response.body?.nextToken).toBe("");
  });

  it("API-4 PL-1 DescribePrefixListAssociations lists the referencing group; DeletePrefixList is refused 400", async () => {
    const listId = await createList();
    await authorizeFromList(DEMO.dev, listId);
    const associations = await client.describePrefixListAssociations(
      new $Ecs.DescribePrefixListAssociationsRequest({ regionId: REGION, prefixListId: listId }),
    );
    expect(associations.body?.prefixListAssociations?.prefixListAssociation).toEqual([
      expect.objectContaining({ resourceId: DEMO.dev, resourceType: "securitygroup" }),
    ]);
    const error = await sdkError(
      client.deletePrefixList(new $Ecs.DeletePrefixListRequest({ regionId: REGION, prefixListId: listId })),
    );
    expect(error.code).toBe("NotAllowed.AssociationExist");
    expect(error.statusCode).toBe(400);
  });

  it("API-4 PL-2 the rule view names the list; DeletePrefixList of an unused list works, then 404", async () => {
    const listId = await createList("sdk-delete-me");
    await authorizeFromList(DEMO.dev, listId);
    const attribute = await client.describeSecurityGroupAttribute(
      new $Ecs.DescribeSecurityGroupAttributeRequest({ regionId: REGION, securityGroupId: DEMO.dev }),
    );
    expect(attribute.body?.permissions?.permission?.[0]).toMatchObject({
      sourcePrefixListId: listId,
      sourcePrefixListName: "sdk-delete-me",
    });
    await client.revokeSecurityGroup(
      new $Ecs.RevokeSecurityGroupRequest({
        regionId: REGION,
        securityGroupId: DEMO.dev,
        securityGroupRuleId: [attribute.body?.permissions?.permission?.[0]?.securityGroupRuleId ?? ""],
      }),
    );
    await client.deletePrefixList(new $Ecs.DeletePrefixListRequest({ regionId: REGION, prefixListId: listId }));
    const error = await sdkError(
      client.describePrefixListAttributes(
        new $Ecs.DescribePrefixListAttributesRequest({ regionId: REGION, prefixListId: listId }),
      ),
    );
    expect(error.code).toBe("InvalidPrefixListId.NotFound");
    expect(error.statusCode).toBe(404);
  });

  it("API-3 PL-1 validation errors reach the SDK as ClientError with the real code and status", async () => {
    const malformed = await sdkError(
      client.createPrefixList(
        new $Ecs.CreatePrefixListRequest({
          regionId: REGION,
          prefixListName: "bad-entry",
          addressFamily: "IPv4",
          maxEntries: 5,
          entry: [new $Ecs.CreatePrefixListRequestEntry({ cidr: "10.0.0.1/8" })],
        }),
      ),
    );
    expect(malformed.code).toBe("InvalidParameter.CidrMalformed");
    expect(malformed.statusCode).toBe(400);
    const family = await sdkError(
      client.createPrefixList(
        new $Ecs.CreatePrefixListRequest({
          regionId: REGION,
          prefixListName: "bad-family",
          addressFamily: "IPv7",
          maxEntries: 5,
        }),
      ),
    );
    expect(family.code).toBe("InvalidParameter.AddressFamily");
  });
});
