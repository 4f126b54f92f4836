import { describe, expect, it } from "vitest";
import {
  checkEntryText,
  entriesToSend,
  lineOfParameter,
  replaceLineCidr,
  splitEntryLine,
} from "../../src/features/prefix-lists/entries/entry-lines";
import { makeEngine } from "../helpers/engine";

const create = { family: "IPv4", maxEntries: 10, parameter: "Entry" } as const;

describe("PL-3 entries editor: one entry per line, checked with the engine's validators", () => {
  it("PL-3 a line is a CIDR, then an optional description after a comma or whitespace", () => {
    expect(splitEntryLine("10.0.0.0/8")).toEqual({ cidrText: "10.0.0.0/8", description: "" });
    expect(splitEntryLine(" 10.0.0.0/8, office ")).toEqual({ cidrText: "10.0.0.0/8", description: "office" });
    expect(splitEntryLine("10.0.0.0/8,office")).toEqual({ cidrText: "10.0.0.0/8", description: "office" });
    expect(splitEntryLine("10.0.0.0/8 head office")).toEqual({ cidrText: "10.0.0.0/8", description: "head office" });
    expect(splitEntryLine("10.0.0.0/8\toffice, Tokyo")).toEqual({
      cidrText: "10.0.0.0/8",
      description: "office, Tokyo",
    });
    expect(splitEntryLine("10.0.0.0/8 , office")).toEqual({ cidrText: "10.0.0.0/8", description: "office" });
  });

  it("PL-3 valid lines become canonical entries named Entry.N in line order; blank lines are skipped", () => {
    const check = checkEntryText("10.0.0.0/8, office\n\n192.168.1.7\n  \n2001:db8::/32", {
      ...create,
      family: "IPv4",
    });
    expect(check.lines.map((line) => [line.lineNumber, line.entryName, line.status])).toEqual([
      [1, "Entry.1", "new"],
      [3, "Entry.2", "new"],
      [5, "Entry.3", "invalid"],
    ]);
    expect(check.lines[1]?.cidr).toBe("192.168.1.7/32");
    expect(check.count).toBe(2);
    expect(check.invalidCount).toBe(1);
  });

  it("PL-1 a malformed line carries the engine's InvalidParameter.CidrMalformed with its message", () => {
    const [line] = checkEntryText("10.0.0.300/24", create).lines;
    expect(line?.issue).toBe("malformed");
    expect(line?.problem?.code).toBe("InvalidParameter.CidrMalformed");
    expect(line?.problem?.field).toBe("Entry.1.Cidr");
    expect(line?.problem?.message).toBe(
      'The specified Entry.1.Cidr "10.0.0.300/24" is not a valid CIDR block or IP address.',
    );
  });

  it("PL-1 host bits: the line suggests the network address, as the engine's message does", () => {
    const [line] = checkEntryText("10.0.0.1/8, office", create).lines;
    expect(line?.issue).toBe("hostBits");
    expect(line?.suggestion).toBe("10.0.0.0/8");
    expect(line?.problem?.message).toContain("Did you mean 10.0.0.0/8?");
    expect(replaceLineCidr("a\n10.0.0.1/8, office", 2, "10.0.0.0/8")).toBe("a\n10.0.0.0/8, office");
  });

  it("PL-1 an address of the other family is refused for the list's family", () => {
    const [line] = checkEntryText("2001:db8::/32", create).lines;
    expect(line?.issue).toBe("family");
    expect(line?.problem?.code).toBe("InvalidParameter.CidrMalformed");
  });

  it("PL-1 the same block twice (any spelling) is InvalidParameter.CidrDuplicated on the later line", () => {
    const check = checkEntryText("10.0.0.1\n172.16.0.0/12\n10.0.0.1/32", create);
    const again = check.lines[2];
    expect(again?.issue).toBe("duplicate");
    expect(again?.duplicateOf).toBe(1);
    expect(again?.problem?.code).toBe("InvalidParameter.CidrDuplicated");
    expect(again?.problem?.message).toBe(
      "The CIDR block 10.0.0.1/32 is specified more than once (Entry.1.Cidr and Entry.3.Cidr).",
    );
    expect(check.lines[0]?.status).toBe("new");
  });

  it("PL-1 an entry description of 33 characters is InvalidDescription.Malformed", () => {
    const [line] = checkEntryText(`10.0.0.0/8, ${"x".repeat(33)}`, create).lines;
    expect(line?.issue).toBe("description");
    expect(line?.problem?.code).toBe("InvalidDescription.Malformed");
    expect(line?.problem?.field).toBe("Entry.1.Description");
  });

  it("PL-1 more entries than MaxEntries is LimitExceed.MaxEntries; more than 200 lines LimitExceed.Entry", () => {
    const three = checkEntryText("10.0.0.0/8\n172.16.0.0/12\n192.168.0.0/16", { ...create, maxEntries: 2 });
    expect(three.count).toBe(3);
    expect(three.countProblem?.code).toBe("LimitExceed.MaxEntries");
    const many = Array.from({ length: 201 }, (_, index) => `10.0.${Math.floor(index / 256)}.${index % 256}`);
    expect(checkEntryText(many.join("\n"), { ...create, maxEntries: 200 }).countProblem?.code).toBe(
      "LimitExceed.Entry",
    );
  });

  it("PL-1 adding to a list: a present CIDR changes its description and does not count twice", () => {
    const check = checkEntryText("121.40.10.10, HQ\n203.0.113.0/24, Osaka branch\n10.9.0.0/16", {
      family: "IPv4",
      maxEntries: 4,
      parameter: "AddEntry",
      existing: [
        { Cidr: "121.40.10.10/32", Description: "Head office" },
        { Cidr: "203.0.113.0/24", Description: "Osaka branch" },
        { Cidr: "198.51.100.64/26", Description: "VPN egress" },
      ],
    });
    expect(check.lines.map((line) => line.status)).toEqual(["update", "unchanged", "new"]);
    expect(check.count).toBe(4);
    expect(check.countProblem).toBeUndefined();
    expect(lineOfParameter(check, "AddEntry.3.Cidr")?.lineNumber).toBe(3);
    expect(entriesToSend(check)).toEqual([
      { Cidr: "121.40.10.10/32", Description: "HQ" },
      { Cidr: "203.0.113.0/24", Description: "Osaka branch" },
      { Cidr: "10.9.0.0/16", Description: "" },
    ]);
  });

  it("PL-1 what the editor accepts, the engine creates: same entries, same order", async () => {
    const { call, close } = await makeEngine();
    const check = checkEntryText("10.0.0.1/32, one\n2.2.2.0/24 two\n3.3.3.3", create);
    expect(check.invalidCount).toBe(0);
    const params: Record<string, string> = {
      RegionId: "cn-hangzhou",
      PrefixListName: "editor-check",
      AddressFamily: "IPv4",
      MaxEntries: "10",
    };
    for (const [index, entry] of entriesToSend(check).entries()) {
      params[`Entry.${index + 1}.Cidr`] = entry.Cidr;
      if (entry.Description) params[`Entry.${index + 1}.Description`] = entry.Description;
    }
    const { PrefixListId } = (await call("CreatePrefixList", params)) as { PrefixListId: string };
    const body = (await call("DescribePrefixListAttributes", {
      RegionId: "cn-hangzhou",
      PrefixListId,
    })) as { Entries: { Entry: unknown[] } };
    expect(body.Entries.Entry).toEqual([
      { Cidr: "10.0.0.1/32", Description: "one" },
      { Cidr: "2.2.2.0/24", Description: "two" },
      { Cidr: "3.3.3.3/32", Description: "" },
    ]);
    close();
  });
});
