/**
 * English messages of one console area (only all.en.ts imports them, so Japanese pages never load them).
 * Keys are prefixed by the area; prefix-lists.ja.ts must have every key (typed there, and checked by
 * tests/i18n.test.ts through the merged catalogues).
 */
export const prefixListEn = {
  // --- List (PL-3) ---
  "pl.list.title": "Prefix lists",
  "pl.list.intro":
    "A prefix list is a named set of CIDR blocks that rules can use as their source or destination: change the list, and every rule that uses it follows. A rule that uses a list counts as the list's max entries against its group's 200 rules.",
  "pl.list.create": "Create prefix list",
  "pl.list.tableLabel": "Prefix lists",
  "pl.list.quota": "Up to {limit} prefix lists per region",
  "pl.list.emptyTitle": "No prefix lists match",
  "pl.list.emptyBody": "The name search is exact. Change or clear the filters, or create a prefix list.",
  "pl.list.emptyRegionTitle": "No prefix lists in this region yet",
  "pl.list.emptyRegionBody": "Create one to manage a set of addresses in one place and use it in many rules.",
  "pl.filter.label": "Filter prefix lists",
  "pl.filter.searchBy": "Search by",
  "pl.filter.byName": "Name (exact)",
  "pl.filter.byId": "Prefix list ID",
  "pl.filter.searchText": "Search text",
  "pl.filter.placeholder.name": "e.g. office-networks",
  "pl.filter.placeholder.id": "pl-…",
  "pl.filter.family": "Address family",
  "pl.filter.allFamilies": "IPv4 and IPv6",
  "pl.col.idName": "ID / Name",
  "pl.col.family": "Address family",
  "pl.col.entries": "Entries (used / max)",
  "pl.col.associations": "Associated groups",
  "pl.col.description": "Description",
  "pl.col.created": "Created",
  "pl.entriesUsed": "{used} / {max}",
  "pl.entriesUsedLong": "{used} of {max} entries",
  "pl.weightShort": "Counts as {weight} rules",
  "pl.associationsLink": "{count} security groups use {name}",
  "pl.action.manageEntries": "Manage entries",

  // --- Create (PL-1) ---
  "pl.create.title": "Create prefix list",
  "pl.create.submit": "Create",
  "pl.create.created": "Prefix list {name} created.",
  "pl.create.quota": "A region holds up to 100 prefix lists.",
  "pl.field.name": "Name",
  "pl.field.nameHint":
    "2-128 characters, starting with a letter: letters, digits, colons (:), underscores (_), periods (.) and hyphens (-). It cannot start with http://, https://, com.aliyun or com.alibabacloud.",
  "pl.field.family": "Address family",
  "pl.field.familyExample": "e.g. {example}",
  "pl.field.familyHint": "Fixed once the list exists: every entry must be of this family.",
  "pl.field.maxEntries": "Max entries",
  "pl.field.maxEntriesHint":
    "1 to 200, fixed once the list exists. Every rule that uses this list counts as {weight} rules against its group's limit of 200 (and the 1,000 of a network interface), however many entries the list holds.",
  "pl.field.description": "Description",
  "pl.field.descriptionHint": "2-256 characters; it cannot start with http:// or https://.",
  "pl.field.entries": "Entries",
  "pl.field.entriesHint":
    "One entry per line: a CIDR block or an address, then optionally a description after a comma or a space (for example {example}). Paste many lines at once; each is checked as you type.",

  // --- The entries editor's line check ---
  "pl.check.count": "{count} of {max} entries",
  "pl.check.countAfter": "After this change: {count} of {max} entries",
  "pl.check.countLabel": "Entries used of the list's max entries",
  "pl.check.invalid": "Lines with a problem: {count}. See the check below.",
  "pl.check.linesLabel": "Lines as checked",
  "pl.check.line": "Line {line}",
  "pl.line.ok": "OK",
  "pl.line.update": "Already an entry: its description will change",
  "pl.line.unchanged": "Already an entry, unchanged",
  "pl.line.malformed": "“{text}” is not a CIDR block or an IP address.",
  "pl.line.family": "“{text}” is not an {family} address, and this list is {family}.",
  "pl.line.hostBits": "{text} is not a network address (host bits are set). Did you mean {suggestion}?",
  "pl.line.duplicate": "{cidr} is already on line {line}.",
  "pl.line.description": "An entry's description is 2-32 characters and cannot start with http:// or https://.",
  "pl.line.useSuggestion": "Use {suggestion}",

  // --- Detail (PL-3) ---
  "pl.detail.edit": "Edit name and description",
  "pl.detail.delete": "Delete prefix list",
  "pl.detail.family": "Address family",
  "pl.detail.entries": "Entries (used / max)",
  "pl.detail.weight": "Weight in rule quotas",
  "pl.detail.weightHint": "A rule that uses this list counts as its max entries against the group's 200 rules.",
  "pl.detail.associations": "Associated groups",
  "pl.detail.created": "Created",
  "pl.detail.tabs": "Prefix list sections",
  "pl.detail.notFoundTitle": "This prefix list no longer exists",
  "pl.detail.notFoundBody": "{id} was deleted from {region}, perhaps in another tab.",
  "pl.tab.entries": "Entries",
  "pl.tab.associations": "Associated resources",
  "pl.edit.title": "Edit prefix list",
  "pl.edit.saved": "Prefix list saved.",
  "pl.edit.descriptionHint": "2-256 characters. Leaving it empty keeps the current description.",
  "pl.edit.fixed": "The address family ({family}) and max entries ({max}) cannot change once a list exists.",

  // --- Entries tab ---
  "pl.entries.tableLabel": "Entries",
  "pl.entries.cidr": "CIDR block",
  "pl.entries.description": "Description",
  "pl.entries.descriptionHint": "2-32 characters, or empty for none.",
  "pl.entries.add": "Add entries",
  "pl.entries.addTitle": "Add entries to {name}",
  "pl.entries.addSubmit": "Add",
  "pl.entries.addIntro":
    "Adding a CIDR block that is already an entry changes its description. The list's family and max entries stay as they are.",
  "pl.entries.appliesAtOnce":
    "{count} security group(s) use this list: their rules match the new entries as soon as you add them.",
  "pl.entries.added": "{count} line(s) applied to the list.",
  "pl.entries.nothingToAdd": "Type or paste at least one entry.",
  "pl.entries.editDescription": "Edit description",
  "pl.entries.editLabel": "Description of {cidr}",
  "pl.entries.descriptionSaved": "Description of {cidr} saved.",
  "pl.entries.remove": "Remove",
  "pl.entries.removeSelected": "Remove selected ({count})",
  "pl.entries.select": "Select {cidr}",
  "pl.entries.confirmRemoveOne": "Remove {cidr}?",
  "pl.entries.confirmRemoveMany": "Remove {count} entries?",
  "pl.entries.confirmRemoveUsed":
    "{count} security group(s) use this list: their rules stop matching these addresses at once.",
  "pl.entries.confirmRemoveUnused": "No rule uses this list yet.",
  "pl.entries.removed": "{count} entry(ies) removed.",
  "pl.entries.emptyTitle": "No entries yet",
  "pl.entries.emptyBody": "Add CIDR blocks: rules that use an empty list match no address.",

  // --- Associations tab ---
  "pl.assoc.intro": "Security groups whose inbound or outbound rules use this list as their source or destination.",
  "pl.assoc.tableLabel": "Associated security groups",
  "pl.assoc.group": "Security group",
  "pl.assoc.type": "Type",
  "pl.assoc.vpc": "VPC",
  "pl.assoc.resourceType": "Resource type",
  "pl.assoc.securityGroup": "Security group",
  "pl.assoc.emptyTitle": "No rule uses this list",
  "pl.assoc.emptyBody": "Choose it as the source of an inbound rule or the destination of an outbound rule.",

  // --- Delete (PL-1) ---
  "pl.delete.title": "Delete {name}?",
  "pl.delete.irreversible": "Deleting a prefix list cannot be undone.",
  "pl.delete.checking": "Checking which rules use this list…",
  "pl.delete.blocked": "This prefix list cannot be deleted yet",
  "pl.delete.usedBy": "Security groups whose rules use it ({count}):",
  "pl.delete.usedByLabel": "Security groups that use this prefix list",
  "pl.delete.more": "…and more groups (the first 100 are shown).",
  "pl.delete.howTo":
    "Open each group and delete its rules that use this list (or change their source or destination), then delete the list.",
  "pl.delete.disabledReason": "Remove the rules that use it first.",
  "pl.delete.free": "No rule uses this list: it can be deleted.",
  "pl.delete.confirm": "Delete",
  "pl.delete.deleted": "Prefix list {name} deleted.",

  // --- The rule editor's prefix-list picker (RULE-7, RULE-8) ---
  "pl.picker.choose": "Choose a prefix list",
  "pl.picker.none": "No prefix lists in this region",
  "pl.picker.noneOfFamily": "No {family} prefix lists in this region",
  "pl.picker.option": "{name} ({family}) · counts as {weight} rules",
  "pl.picker.weight": "Counts as {weight} rules against the group's 200.",
  "pl.picker.meterNote": "Rules that use a prefix list count as the list's max entries.",

  // --- ECS errors of the area, explained ---
  "err.NotAllowed.AssociationExist":
    "Security-group rules still use this prefix list. Delete those rules, or change their source or destination, first.",
  "err.InvalidParameter.CidrMalformed":
    "An entry is not a network address of the list's family (for example 10.0.0.0/8, not 10.0.0.1/8).",
  "err.InvalidParameter.CidrDuplicated": "The same CIDR block is given twice.",
  "err.LimitExceed.MaxEntries": "The list would hold more entries than its max entries allow.",
  "err.LimitExceed.Entry": "One request may add or remove at most 200 entries.",
  "err.InvalidParameter.PrefixListName":
    "The name must be 2-128 characters, start with a letter, and use letters, digits, :, _, . or -.",
  "err.InvalidParameter.AddressFamily": "The address family must be IPv4 or IPv6.",
  "err.InvalidDescription.Malformed":
    "The description is not valid: check its length and that it does not start with http:// or https://.",
  "err.LimitExceed.PrefixListPerRegion": "This region already holds 100 prefix lists: delete one first.",
  "err.LimitExceed.PrefixListId": "At most 100 prefix list IDs can be given at once.",
  "err.NotSupported.ClassicNetworkPrefixList": "Security groups of the classic network cannot use prefix lists.",
  "err.LimitExceed.PrefixListAssociationResource": "A prefix list can be used by at most 1,000 security groups.",
} as const;
