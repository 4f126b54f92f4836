/**
 * English messages of one console area (only all.en.ts imports them, so Japanese pages never load them).
 * Keys are prefixed by the area; rule-tools.ja.ts must have every key (typed there, and checked by
 * tests/i18n.test.ts through the merged catalogues).
 */
export const ruleToolEn = {
  // --- Rule tools next to the rules (HC-1, IO-1, IO-2) and on the group header (CLONE-1) ---
  "tools.healthCheck": "Health check",
  "tools.import": "Import rules",
  "tools.exportJson": "Export JSON",
  "tools.exportCsv": "Export CSV",
  "tools.exported": "Rules exported to {file}.",
  "tools.exportFailed": "The rules could not be exported.",
  "tools.clone": "Clone security group",

  // --- Health check (HC-1) ---
  "hc.title": "Health check: {name}",
  "hc.intro":
    "The health check finds redundant rules: rules whose removal changes no decision of this group. They still count against the limit of 200 rules per group, so removing them keeps room for rules that matter.",
  "hc.checking": "Checking the rules…",
  "hc.found": "Redundant rules found: {count}",
  "hc.selectAll": "Select all findings ({count})",
  "hc.section.ingress": "Inbound rules ({count})",
  "hc.section.egress": "Outbound rules ({count})",
  "hc.kind.Duplicate": "Duplicate",
  "hc.kind.Covered": "Covered",
  "hc.kind.Shadowed": "Shadowed",
  "hc.explain.Duplicate":
    "Duplicate: it matches exactly the same traffic, with the same action, as the rule below, which comes first; it never changes a verdict.",
  "hc.explain.Covered.Accept":
    "Covered: every packet this rule matches is already allowed by the rules below, so removing it changes no decision.",
  "hc.explain.Covered.Drop":
    "Covered: every packet this rule matches is already denied by the rules below, so removing it changes no decision.",
  "hc.explain.Shadowed.Accept":
    "Shadowed: every packet this allow rule matches is decided by the rules below instead, at least one of them a deny rule that is evaluated first; this rule never takes effect.",
  "hc.explain.Shadowed.Drop":
    "Shadowed: every packet this deny rule matches is decided by the rules below instead, at least one of them an allow rule that is evaluated first; this rule never takes effect.",
  "hc.role.rule": "Redundant rule",
  "hc.role.Duplicate": "Same as",
  "hc.role.Covered": "Covered by",
  "hc.role.Shadowed": "Decided by",
  "hc.col.role": "Role",
  "hc.col.ruleId": "Rule ID",
  "hc.ruleTable": "Rule {id} and the rules that make it redundant",
  "hc.ruleGone": "This rule is no longer in the group.",
  "hc.prefixListNote":
    "Judged on the current entries of the prefix lists these rules use: if a list changes, this finding may change too.",
  "hc.none.title": "No redundant rules",
  "hc.none.body": "Every rule of this group decides some traffic that no other rule decides the same way.",
  "hc.readOnly": "A cloud service manages this group: its rules can be checked here but not deleted.",
  "hc.oneByOne":
    "Rules are deleted one at a time, and the check runs again after each: a rule that is no longer redundant by its turn (say, the twin of a duplicate just deleted) is kept.",
  "hc.delete": "Delete selected ({count})",
  "hc.recheck": "Check again",
  "hc.outcome.title": "Deletion of the selected rules",
  "hc.progress": "Deleting rule {current} of {total}, checking again after each…",
  "hc.done": "Done: {deleted} deleted, {kept} kept, {failed} failed.",
  "hc.outcome.waiting": "Waiting",
  "hc.outcome.working": "Deleting…",
  "hc.outcome.deleted": "Deleted",
  "hc.outcome.kept": "Kept: no longer redundant after the earlier deletions",
  "hc.outcome.failed": "Not deleted",

  // --- Clone (CLONE-1) ---
  "clone.title": "Clone security group",
  "clone.submit": "Clone",
  "clone.source": "Source security group",
  "clone.field.region": "Target region",
  "clone.field.regionHint": "The new group appears in the security group list of this region.",
  "clone.field.vpc": "VPC",
  "clone.field.vpcHint": "The network of the new group: a VPC of the target region, or the classic network.",
  "clone.field.vpcHintEnterprise": "Enterprise security groups need a VPC of the target region.",
  "clone.field.name": "Name of the new security group",
  "clone.keepRules": "Keep rules",
  "clone.keepRulesHint":
    "Copies every rule of the source group. Rules with a priority above 100 get priority 100 in the copy.",
  "clone.legacyRules":
    "{count} rules of this group have a priority above 100 (a legacy default group, created before 2020-05-27): in the copy their priority is 100. A rule that then equals another one is skipped.",
  "clone.copyTags": "Copy tags from this security group to the cloned security group",
  "clone.noTags": "This group has no tags.",
  "clone.tagCount": "Tags of this group: {count}",
  "clone.crossRegion":
    "Security groups and prefix lists belong to one region: rules of {region} that name them cannot exist in {target}. They are skipped and listed after the clone.",
  "clone.done.title": "Security group cloned",
  "clone.done.body": "{name} was created in {region}.",
  "clone.done.copied": "Rules copied: {count} of {total}.",
  "clone.done.noRules": "Rules were not copied (Keep rules was off).",
  "clone.skipped.title": "Skipped rules ({count})",
  "clone.skipped.none": "No rule was skipped.",
  "clone.open": "Open the new group",

  // --- Import (IO-2) ---
  "io.title": "Import rules into {name}",
  "io.req.format": "File format: JSON or CSV, as exported by this console (at most 1 MB).",
  "io.req.count": "At most 200 rules per file; a larger file is refused whole.",
  "io.req.priority": "Priorities from 1 to 100; rules above 100 are skipped.",
  "io.req.adds": "Imported rules are added to the group's rules, never replacing them.",
  "io.req.crossRegion": "From another region, rules that name security groups, prefix lists or port lists are skipped.",
  "io.dropZone": "Rule file",
  "io.drop": "Drop a .json or .csv file here, or",
  "io.choose": "Choose a file",
  "io.chooseAnother": "Choose another file",
  "io.fileRefused": "{file} cannot be imported. Nothing was changed.",
  "io.unknownFormat": "Only .json and .csv files can be imported: the format comes from the file name's extension.",
  "io.preview.summary": "{format}, {count} rules",
  "io.preview.intro": "Check the rules below, then import them. Each rule succeeds or fails on its own.",
  "io.preview.table": "Rules in the file",
  "io.preview.empty": "The file holds no rules",
  "io.preview.emptyBody": "It has the right format but no rule rows. Choose another file.",
  "io.preview.otherRegion":
    "This file was exported in {region}: rules that name security groups, prefix lists or port lists of that region will be skipped.",
  "io.submit": "Import {count} rules",
  "io.submitIdle": "Import",
  "io.applyFailed": "The rules could not be imported. Nothing was changed.",
  "io.importAnother": "Import another file",
  "io.col.index": "Row",
  "io.col.direction": "Direction",
  "io.col.peer": "Source / destination",
  "io.col.result": "Result",
  "io.col.rule": "Rule",
  "io.col.outcome": "Rule ID or reason",
  "io.direction.ingress": "Inbound",
  "io.direction.egress": "Outbound",
  "io.result.summary": "Succeeded: {success}, failed: {failure}",
  "io.result.allDone": "Every rule of the file is in the group now.",
  "io.result.someFailed": "The rules marked with a warning were not imported; the reason is next to each.",
  "io.result.table": "Result per rule",
  "io.result.added": "Added",
  "io.result.present": "Already there",
  "io.result.failed": "Failed",

  // --- Explanations of this area's ECS error codes ---
  "err.InvalidParameter.Content":
    "This is not a rule file the console can read: it must be valid JSON or CSV, at most 1 MB and 200 rules, with only the columns of an exported file.",
  "err.InvalidParameter.Format": "The file format must be JSON or CSV.",
  "err.NotSupported.CrossRegionReference":
    "The rule names a security group, prefix list or port list of another region; such rules cannot move between regions.",
  "err.InvalidPortRangeListId.NotFound":
    "The rule uses a port list, and no such port list exists here, so it cannot be imported.",
} as const;
