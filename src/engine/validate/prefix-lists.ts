import { ecsError } from "../errors/ecs-error";
import type { AddressFamily, PrefixListEntry } from "../types";
import { parseCidr } from "./cidr";
import { MAX_PREFIX_LIST_ENTRIES, MIN_PREFIX_LIST_ENTRIES } from "./limits";
import { checkDescription, isValidResourceName } from "./names";

const RESERVED_NAME_START = /^(com\.aliyun|com\.alibabacloud)/i;

/** 2-128 characters, starts with a letter, letters/digits/`:`/`_`/`.`/`-`, no URL, no com.aliyun / com.alibabacloud. */
export function checkPrefixListName(name: string, field = "PrefixListName"): void {
  if (!isValidResourceName(name) || RESERVED_NAME_START.test(name)) {
    throw ecsError("InvalidParameter.PrefixListName", { field });
  }
}

/** 2-256 characters, not starting with http:// or https://. */
export function checkPrefixListDescription(description: string, field = "Description"): void {
  checkDescription(description, "InvalidDescription.Malformed", { variant: "prefixList", field });
}

/** An entry's description: 2-32 characters, not starting with http:// or https:// ("" = none). */
export function checkEntryDescription(description: string, field: string): void {
  if (description === "") return;
  checkDescription(description, "InvalidDescription.Malformed", {
    max: 32,
    variant: "prefixListEntry",
    args: [field],
    field,
  });
}

/** `IPv4` or `IPv6`, exactly as the API spells them. */
export function parseAddressFamily(raw: string | undefined, field = "AddressFamily"): AddressFamily {
  const text = raw?.trim() ?? "";
  if (text === "") throw ecsError("MissingParameter", { args: [field], field });
  if (text === "IPv4" || text === "IPv6") return text;
  throw ecsError("InvalidParameter.AddressFamily", { field });
}

/** MaxEntries: an integer from 1 to 200 (fixed once the list exists). */
export function parseMaxEntries(raw: string | undefined, field = "MaxEntries"): number {
  const text = raw?.trim() ?? "";
  if (text === "") throw ecsError("MissingParameter", { args: [field], field });
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < MIN_PREFIX_LIST_ENTRIES || value > MAX_PREFIX_LIST_ENTRIES) {
    throw ecsError("InvalidParameter", {
      args: [field, `It must be an integer from ${MIN_PREFIX_LIST_ENTRIES} to ${MAX_PREFIX_LIST_ENTRIES}.`],
      field,
    });
  }
  return value;
}

/**
 * One entry CIDR in canonical form: a network address of the list's family; a bare address
 * becomes /32 or /128; IPv6 is compressed and lower-cased. `10.0.0.1/8` is refused, as the API does.
 */
export function parseEntryCidr(raw: string | undefined, family: AddressFamily, field: string): string {
  const text = raw?.trim() ?? "";
  if (text === "") throw ecsError("MissingParameter", { args: [field], field });
  const parsed = parseCidr(text);
  if (!parsed) {
    throw ecsError("InvalidParameter.CidrMalformed", {
      args: [`The specified ${field} "${text}" is not a valid CIDR block or IP address.`],
      field,
    });
  }
  if (parsed.family !== family) {
    throw ecsError("InvalidParameter.CidrMalformed", {
      args: [`The specified ${field} "${text}" is not an ${family} CIDR block: the prefix list is ${family}.`],
      field,
    });
  }
  if (parsed.hadHostBits) {
    throw ecsError("InvalidParameter.CidrMalformed", {
      args: [`The specified ${field} "${text}" is not a network address. Did you mean ${parsed.cidr}?`],
      field,
    });
  }
  return parsed.cidr;
}

/** An entry as a request gives it; `name` is its request name, e.g. `AddEntry.2`. */
export interface EntryInput {
  name: string;
  Cidr?: string;
  Description?: string;
}

function checkEntryCount(inputs: readonly EntryInput[], listName: string): void {
  if (inputs.length > MAX_PREFIX_LIST_ENTRIES) throw ecsError("LimitExceed.Entry", { field: listName });
}

/** Validates entries and refuses the same CIDR twice (`10.0.0.1` and `10.0.0.1/32` are the same). */
function parseUniqueEntries(
  inputs: readonly EntryInput[],
  family: AddressFamily,
): Array<PrefixListEntry & { field: string }> {
  const seen = new Map<string, string>();
  return inputs.map((input) => {
    const field = `${input.name}.Cidr`;
    const Cidr = parseEntryCidr(input.Cidr, family, field);
    const Description = input.Description ?? "";
    checkEntryDescription(Description, `${input.name}.Description`);
    const first = seen.get(Cidr);
    if (first !== undefined) {
      throw ecsError("InvalidParameter.CidrDuplicated", {
        args: [`The CIDR block ${Cidr} is specified more than once (${first} and ${field}).`],
        field,
      });
    }
    seen.set(Cidr, field);
    return { Cidr, Description, field };
  });
}

function checkMaxEntries(count: number, maxEntries: number, field: string): void {
  if (count > maxEntries) throw ecsError("LimitExceed.MaxEntries", { field });
}

/** The entries of CreatePrefixList (`Entry.N`), validated against the new list's family and size. */
export function parseCreateEntries(
  inputs: readonly EntryInput[],
  family: AddressFamily,
  maxEntries: number,
): PrefixListEntry[] {
  checkEntryCount(inputs, "Entry");
  const entries = parseUniqueEntries(inputs, family);
  checkMaxEntries(entries.length, maxEntries, "Entry");
  return entries.map(({ Cidr, Description }) => ({ Cidr, Description }));
}

export interface PrefixListShape {
  AddressFamily: AddressFamily;
  MaxEntries: number;
  Entries: readonly PrefixListEntry[];
}

/**
 * The entries after ModifyPrefixList's `AddEntry.N` / `RemoveEntry.N`. Re-adding a present CIDR
 * replaces its description in place (absent description = none); a CIDR may not be both added
 * and removed; removing a CIDR that is not an entry fails with InvalidParameter.CidrMalformed
 * (project decision: the API's table offers no better code); the result holds at most MaxEntries.
 */
export function planEntryChange(
  list: PrefixListShape,
  adds: readonly EntryInput[],
  removes: readonly EntryInput[],
): PrefixListEntry[] {
  checkEntryCount(adds, "AddEntry");
  checkEntryCount(removes, "RemoveEntry");
  const added = parseUniqueEntries(adds, list.AddressFamily);
  const removed = parseUniqueEntries(
    removes.map(({ name, Cidr }) => ({ name, Cidr })),
    list.AddressFamily,
  );
  const removedFields = new Map(removed.map((entry) => [entry.Cidr, entry.field]));
  for (const entry of added) {
    const removeField = removedFields.get(entry.Cidr);
    if (removeField !== undefined) {
      throw ecsError("InvalidParameter.CidrDuplicated", {
        args: [`The CIDR block ${entry.Cidr} cannot be both added (${entry.field}) and removed (${removeField}).`],
        field: entry.field,
      });
    }
  }
  const present = new Set(list.Entries.map((entry) => entry.Cidr));
  for (const entry of removed) {
    if (!present.has(entry.Cidr)) {
      throw ecsError("InvalidParameter.CidrMalformed", {
        args: [`The CIDR block ${entry.Cidr} of ${entry.field} is not an entry of the prefix list.`],
        field: entry.field,
      });
    }
  }
  const descriptions = new Map(added.map((entry) => [entry.Cidr, entry.Description]));
  const kept = list.Entries.filter((entry) => !removedFields.has(entry.Cidr)).map((entry) => ({
    Cidr: entry.Cidr,
    Description: descriptions.get(entry.Cidr) ?? entry.Description,
  }));
  const fresh = added.filter((entry) => !present.has(entry.Cidr));
  const next = [...kept, ...fresh.map(({ Cidr, Description }) => ({ Cidr, Description }))];
  // The error points at the first new entry that does not fit.
  const overflow = fresh[fresh.length - (next.length - list.MaxEntries)];
  checkMaxEntries(next.length, list.MaxEntries, overflow?.field ?? "AddEntry");
  return next;
}
