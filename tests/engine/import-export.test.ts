import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { escapeCell, PERMISSION_FIELDS, unescapeCell } from "../../src/engine/import-export";
import type { RequestParams } from "../../src/engine/params";
import { DEMO } from "../../src/engine/seed/demo";
import { expectEcsError, makeEngine, type TestEngine } from "../helpers/engine";

const REGION = "cn-hangzhou";

interface Permission extends Record<string, unknown> {
  SecurityGroupRuleId: string;
  Direction: string;
  PortRange: string;
  Priority: number;
  Description: string;
}

interface ImportResponse {
  SuccessCount: number;
  FailureCount: number;
  Results: {
    Result: Array<{ Index: number; Success: boolean; SecurityGroupRuleId: string; Code: string; Message: string }>;
  };
}

/** What makes two rules the same rule, plus the description (ids and times are new on import). */
function ruleShape(p: Record<string, unknown>) {
  const copy: Record<string, unknown> = { ...p };
  delete copy.SecurityGroupRuleId;
  delete copy.CreateTime;
  return copy;
}

describe("IO-1 ExportSecurityGroupRules / IO-2 ImportSecurityGroupRules", () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeEngine();
  });
  afterEach(() => t.close());

  const exportRules = async (groupId: string, format: string) =>
    (await t.call("ExportSecurityGroupRules", { RegionId: REGION, SecurityGroupId: groupId, Format: format })) as {
      FileName: string;
      Content: string;
    };

  const importRules = async (groupId: string, format: string, content: string, regionId = REGION) =>
    (await t.call("ImportSecurityGroupRules", {
      RegionId: regionId,
      SecurityGroupId: groupId,
      Format: format,
      Content: content,
    })) as unknown as ImportResponse;

  async function rulesOf(groupId: string): Promise<Permission[]> {
    const response = (await t.call("DescribeSecurityGroupAttribute", {
      RegionId: REGION,
      SecurityGroupId: groupId,
    })) as {
      Permissions: { Permission: Permission[] };
    };
    return response.Permissions.Permission;
  }

  const jsonFile = (permissions: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      SecurityGroupId: DEMO.web,
      RegionId: REGION,
      SecurityGroupName: "x",
      ...extra,
      Permissions: permissions,
    });

  const tcp = (port: string, extra: Record<string, unknown> = {}) => ({
    Direction: "ingress",
    IpProtocol: "TCP",
    PortRange: port,
    SourceCidrIp: "10.0.0.0/8",
    Policy: "Accept",
    Priority: 1,
    ...extra,
  });

  describe("IO-1 export", () => {
    it("IO-1 JSON: ecs_<regionId>_<groupId>.json with the group's id, region, name and Permissions", async () => {
      const file = await exportRules(DEMO.web, "json");
      expect(file.FileName).toBe(`ecs_cn-hangzhou_${DEMO.web}.json`);
      const content = JSON.parse(file.Content) as Record<string, unknown> & { Permissions: Permission[] };
      expect(Object.keys(content)).toEqual(["SecurityGroupId", "RegionId", "SecurityGroupName", "Permissions"]);
      expect(content).toMatchObject({
        SecurityGroupId: DEMO.web,
        RegionId: REGION,
        SecurityGroupName: "prod-web-frontend-sg",
      });
      expect(content.Permissions).toEqual(await rulesOf(DEMO.web));
      expect(Object.keys(content.Permissions[0] ?? {})).toEqual([...PERMISSION_FIELDS]);
    });

    it("IO-1 CSV: ecs_sgRule_<groupId>_<regionId>_<yyyy-MM-dd>.csv dated by the engine clock", async () => {
      const file = await exportRules(DEMO.web, "CSV");
      expect(file.FileName).toBe(`ecs_sgRule_${DEMO.web}_cn-hangzhou_2026-03-01.csv`);
      const [header, ...rows] = file.Content.split("\r\n");
      expect(header).toBe(PERMISSION_FIELDS.join(","));
      expect(rows).toHaveLength(5);
      await t.call("AdvanceEngineClock", { Seconds: String(3 * 86_400) });
      expect((await exportRules(DEMO.web, "csv")).FileName).toBe(`ecs_sgRule_${DEMO.web}_cn-hangzhou_2026-03-04.csv`);
    });

    it("IO-1 CSV cells starting with = + - @ tab or CR are escaped with a quote (so is -1/-1)", async () => {
      const csv = (await exportRules(DEMO.web, "csv")).Content;
      const icmp = Papa.parse<string[]>(csv, { delimiter: "," }).data.find((row) => row.includes("ICMP"));
      expect(icmp).toContain("'-1/-1");
      // A leading quote is escaped too, so unescaping is exact.
      for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=x", "'plain", "'"]) {
        expect(escapeCell(text)).toBe(`'${text}`);
        expect(unescapeCell(escapeCell(text))).toBe(text);
      }
      for (const text of ["plain", "", "a=b"]) {
        expect(escapeCell(text)).toBe(text);
        expect(unescapeCell(text)).toBe(text);
      }
      // A hand-written cell starting with a quote (not an escape) is left alone.
      expect(unescapeCell("'plain")).toBe("'plain");
    });

    it("IO-1 exports a managed group; an unknown group is InvalidSecurityGroupId.NotFound (404)", async () => {
      expect((await exportRules(DEMO.managed, "json")).Content).toContain("Pod network");
      await expectEcsError(exportRules("sg-nope", "json"), "InvalidSecurityGroupId.NotFound", 404);
    });

    it("IO-1 Format must be json or csv (InvalidParameter.Format 400; missing: MissingParameter)", async () => {
      await expectEcsError(exportRules(DEMO.web, "xml"), "InvalidParameter.Format", 400);
      await expectEcsError(
        t.call("ExportSecurityGroupRules", { RegionId: REGION, SecurityGroupId: DEMO.web }),
        "MissingParameter",
        400,
      );
    });
  });

  describe("IO-2 import", () => {
    it("IO-2 a JSON export imports unchanged into an empty group", async () => {
      const file = await exportRules(DEMO.web, "json");
      const result = await importRules(DEMO.dev, "json", file.Content);
      expect(result).toMatchObject({ SuccessCount: 5, FailureCount: 0 });
      expect((await rulesOf(DEMO.dev)).map(ruleShape)).toEqual((await rulesOf(DEMO.web)).map(ruleShape));
      const ids = (await rulesOf(DEMO.dev)).map((p) => p.SecurityGroupRuleId);
      expect(result.Results.Result.map((r) => r.SecurityGroupRuleId)).toEqual(ids);
    });

    it("IO-2 a CSV export imports unchanged (escaped cells unescaped), a BOM is tolerated", async () => {
      await t.call("AuthorizeSecurityGroupEgress", {
        RegionId: REGION,
        SecurityGroupId: DEMO.web,
        "Permissions.1.IpProtocol": "UDP",
        "Permissions.1.PortRange": "53/53",
        "Permissions.1.DestCidrIp": "0.0.0.0/0",
        "Permissions.1.Description": '=HYPERLINK("http://evil"), "quoted", comma\nnew line',
      });
      const file = await exportRules(DEMO.web, "csv");
      expect(file.Content).toContain("'=HYPERLINK");
      const result = await importRules(DEMO.dev, "csv", `\uFEFF${file.Content}`);
      expect(result).toMatchObject({ SuccessCount: 6, FailureCount: 0 });
      expect((await rulesOf(DEMO.dev)).map(ruleShape)).toEqual((await rulesOf(DEMO.web)).map(ruleShape));
    });

    it("IO-2 imported rules add to existing ones; an identical rule succeeds and adds nothing", async () => {
      const file = await exportRules(DEMO.web, "json");
      await importRules(DEMO.dev, "json", file.Content);
      const before = await rulesOf(DEMO.dev);
      const again = await importRules(DEMO.dev, "json", file.Content);
      expect(again).toMatchObject({ SuccessCount: 5, FailureCount: 0 });
      expect(again.Results.Result.map((r) => r.SecurityGroupRuleId)).toEqual(before.map((p) => p.SecurityGroupRuleId));
      expect(again.Results.Result[0]?.Message).toContain("already exists");
      expect(await rulesOf(DEMO.dev)).toEqual(before);

      const more = await importRules(DEMO.dev, "json", jsonFile([tcp("8080/8080")]));
      expect(more.SuccessCount).toBe(1);
      expect(await rulesOf(DEMO.dev)).toHaveLength(6);
    });

    it("IO-2 the same rule twice in one file is added once; both rows succeed with its id", async () => {
      const result = await importRules(DEMO.dev, "json", jsonFile([tcp("22/22"), tcp("22/22")]));
      expect(result.SuccessCount).toBe(2);
      const [first, second] = result.Results.Result;
      expect(first?.SecurityGroupRuleId).toMatch(/^sgr-/);
      expect(second?.SecurityGroupRuleId).toBe(first?.SecurityGroupRuleId);
      expect(await rulesOf(DEMO.dev)).toHaveLength(1);
    });

    it("IO-2 rows are independent: each failure names its code and message, valid rows are added", async () => {
      const result = await importRules(
        DEMO.dev,
        "json",
        jsonFile([
          tcp("22/22"),
          tcp("22/22", { Priority: 110 }),
          tcp("99999/1"),
          tcp("80/80", { Direction: "" }),
          tcp("443/443", { Direction: "sideways" }),
          tcp("3306/3306", { SourceCidrIp: "", SourceGroupId: "sg-nope" }),
          tcp("8443/8443", { Priority: "5" }),
        ]),
      );
      expect(result).toMatchObject({ SuccessCount: 2, FailureCount: 5 });
      expect(result.Results.Result.map((r) => [r.Index, r.Success, r.Code])).toEqual([
        [1, true, ""],
        [2, false, "InvalidPriority.Malformed"],
        [3, false, "InvalidParam.PortRange"],
        [4, false, "InvalidParameter"],
        [5, false, "InvalidParameter"],
        [6, false, "InvalidSourceGroupId.NotFound"],
        [7, true, ""],
      ]);
      expect(result.Results.Result[1]?.Message).toContain("1 to 100");
      expect(result.Results.Result[3]?.Message).toContain("ingress or egress");
      expect((await rulesOf(DEMO.dev)).map((p) => [p.PortRange, p.Priority])).toEqual([
        ["22/22", 1],
        ["8443/8443", 5],
      ]);
    });

    it("IO-2 from another region (file RegionId), rules naming groups, prefix lists or port lists are skipped", async () => {
      const result = await importRules(
        DEMO.dev,
        "json",
        jsonFile(
          [
            tcp("22/22"),
            tcp("3306/3306", { SourceCidrIp: "", SourceGroupId: "sg-uf6somewhereelse0000" }),
            tcp("80/80", { SourceCidrIp: "", SourcePrefixListId: "pl-uf6somewhereelse0000" }),
            tcp("", { PortRangeListId: "prl-uf6somewhereelse000" }),
          ],
          { RegionId: "cn-shanghai" },
        ),
      );
      expect(result.Results.Result.map((r) => r.Code)).toEqual([
        "",
        "NotSupported.CrossRegionReference",
        "NotSupported.CrossRegionReference",
        "NotSupported.CrossRegionReference",
      ]);
      expect(result.Results.Result[1]?.Message).toContain("sg-uf6somewhereelse0000 of region cn-shanghai");
    });

    it("IO-2 a referenced group that lives in another region is skipped; port lists do not exist here", async () => {
      const other = await t.call("CreateSecurityGroup", { RegionId: "cn-shanghai", SecurityGroupName: "elsewhere" });
      const header = "Direction,IpProtocol,PortRange,SourceGroupId,PortRangeListId";
      const csv = `${header}\r\ningress,TCP,22/22,${String(other.SecurityGroupId)},\r\ningress,TCP,,,prl-bp1nowhere0000000000\r\n`;
      const result = await importRules(DEMO.web, "csv", csv);
      expect(result.Results.Result.map((r) => r.Code)).toEqual([
        "NotSupported.CrossRegionReference",
        "InvalidPortRangeListId.NotFound",
      ]);
      expect(result.Results.Result[0]?.Message).toContain("of region cn-shanghai");
    });

    it("IO-2 same-region group and prefix-list references import", async () => {
      const list = await t.call("CreatePrefixList", {
        RegionId: REGION,
        PrefixListName: "io-list",
        AddressFamily: "IPv4",
        MaxEntries: "2",
        "Entry.1.Cidr": "10.0.0.0/8",
      });
      const result = await importRules(
        DEMO.db,
        "json",
        jsonFile([
          tcp("6379/6379", { SourceCidrIp: "", SourceGroupId: DEMO.cache }),
          tcp("22/22", { SourceCidrIp: "", SourcePrefixListId: String(list.PrefixListId) }),
        ]),
      );
      expect(result).toMatchObject({ SuccessCount: 2, FailureCount: 0 });
    });

    it("IO-2 rule limits apply rule by rule (AuthorizationLimitExceed, AuthorizedGroupRule.LimitExceed)", async () => {
      const many = Array.from({ length: 200 }, (_, i) => tcp(`${i + 1}/${i + 1}`));
      expect((await importRules(DEMO.dev, "json", jsonFile(many))).SuccessCount).toBe(200);
      const over = await importRules(DEMO.dev, "json", jsonFile([tcp("1/1"), tcp("5000/5000")]));
      expect(over.Results.Result.map((r) => [r.Success, r.Code])).toEqual([
        [true, ""],
        [false, "AuthorizationLimitExceed"],
      ]);

      const groupRules = Array.from({ length: 21 }, (_, i) =>
        tcp(`${i + 1}/${i + 1}`, { SourceCidrIp: "", SourceGroupId: DEMO.cache }),
      );
      const result = await importRules(DEMO.web, "json", jsonFile(groupRules));
      expect(result).toMatchObject({ SuccessCount: 20, FailureCount: 1 });
      expect(result.Results.Result[20]?.Code).toBe("AuthorizedGroupRule.LimitExceed");
    });

    it("IO-2 enterprise restrictions hold per rule (InvalidGroupParameter.OperationDenied)", async () => {
      const result = await importRules(DEMO.enterprise, "json", jsonFile([tcp("22/22", { Policy: "Drop" })]));
      expect(result.Results.Result[0]?.Code).toBe("InvalidGroupParameter.OperationDenied");
    });

    it("IO-2 a managed group refuses imports (InvalidOperation.ResourceManagedByCloudProduct 403)", async () => {
      await expectEcsError(
        importRules(DEMO.managed, "json", jsonFile([tcp("22/22")])),
        "InvalidOperation.ResourceManagedByCloudProduct",
        403,
      );
    });

    it("IO-2 Format and Content are required; Format must be json or csv", async () => {
      const base: RequestParams = { RegionId: REGION, SecurityGroupId: DEMO.dev };
      await expectEcsError(t.call("ImportSecurityGroupRules", { ...base, Content: "[]" }), "MissingParameter", 400);
      await expectEcsError(t.call("ImportSecurityGroupRules", { ...base, Format: "json" }), "MissingParameter", 400);
      await expectEcsError(importRules(DEMO.dev, "yaml", "[]"), "InvalidParameter.Format", 400);
      await expectEcsError(importRules("sg-nope", "json", "[]"), "InvalidSecurityGroupId.NotFound", 404);
    });

    describe("IO-2 a file that cannot be read is refused whole with one clear error, and nothing changes", () => {
      const header = "Direction,IpProtocol,PortRange,SourceCidrIp";
      const bad: Array<[string, string, string, string]> = [
        ["invalid JSON", "json", "{ not json", "not valid JSON"],
        ["a JSON string", "json", '"rules"', "must hold an object with a Permissions array"],
        [
          "an unknown top-level key",
          "json",
          '{"Permissions": [], "Rules": []}',
          "unknown key 'Rules' in the JSON file",
        ],
        ["no Permissions array", "json", '{"Permissions": {"Permission": []}}', "must hold a Permissions array"],
        ["a non-object rule", "json", '{"Permissions": [1]}', "Permissions[0] is not an object"],
        ["an unknown rule key", "json", '[{"Direction": "ingress", "Foo": 1}]', "unknown key 'Foo' in Permissions[0]"],
        ["a nested value", "json", '[{"Direction": ["ingress"]}]', "Permissions[0].Direction must be a string"],
        ["a RegionId that is not text", "json", '{"RegionId": 1, "Permissions": []}', "RegionId must be a string"],
        [
          "an unknown column",
          "csv",
          `${header},Foo\r\ningress,TCP,22/22,10.0.0.0/8,x`,
          "unknown column 'Foo' in the CSV header",
        ],
        ["a repeated column", "csv", `${header},PortRange\r\n`, "column 'PortRange' appears twice"],
        ["a row of the wrong width", "csv", `${header}\r\ningress,TCP,22/22`, "row 1 has 3 cells but the header has 4"],
        ["an unterminated quote", "csv", `${header}\r\ningress,TCP,"22/22,10.0.0.0/8`, "not valid CSV"],
        ["an empty CSV", "csv", "  \r\n", "the file is empty"],
      ];
      for (const [what, format, content, message] of bad) {
        it(`IO-2 refuses ${what} (InvalidParameter.Content 400)`, async () => {
          const error = await expectEcsError(importRules(DEMO.web, format, content), "InvalidParameter.Content", 400);
          expect(error.message).toContain(message);
          expect(error.field).toBe("Content");
          expect(await rulesOf(DEMO.web)).toHaveLength(5);
        });
      }

      it("IO-2 refuses a file of more than 200 rules, JSON or CSV, naming the limit", async () => {
        const rules = Array.from({ length: 201 }, (_, i) => tcp(`${i + 1}/${i + 1}`));
        const json = await expectEcsError(
          importRules(DEMO.dev, "json", jsonFile(rules)),
          "InvalidParameter.Content",
          400,
        );
        expect(json.message).toContain("it holds 201 rules; at most 200");
        const csv = [header, ...rules.map((r) => `ingress,TCP,${r.PortRange},10.0.0.0/8`)].join("\r\n");
        await expectEcsError(importRules(DEMO.dev, "csv", csv), "InvalidParameter.Content", 400);
        expect(await rulesOf(DEMO.dev)).toEqual([]);
      });

      it("IO-2 refuses a file larger than 1 MB", async () => {
        const huge = jsonFile([tcp("22/22", { Description: "x".repeat(1024 * 1024) })]);
        const error = await expectEcsError(importRules(DEMO.dev, "json", huge), "InvalidParameter.Content", 400);
        expect(error.message).toContain("larger than 1 MB");
      });
    });
  });
});
