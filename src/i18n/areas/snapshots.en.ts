/**
 * English messages of one console area (only all.en.ts imports them, so Japanese pages never load them).
 * Keys are prefixed by the area; snapshots.ja.ts must have every key (typed there, and checked by
 * tests/i18n.test.ts through the merged catalogues).
 */
export const snapshotEn = {
  // --- Snapshot policies (SNAP-1) ---
  "snap.list.title": "Security group snapshots",
  "snap.list.intro":
    "Snapshot policies back up the rules of the security groups they cover: once when a group is associated, and 5 minutes after its rules change. Restore a snapshot from the group's Snapshots tab.",
  "snap.list.create": "Create snapshot policy",
  "snap.list.tableLabel": "Snapshot policies",
  "snap.list.emptyTitle": "No snapshot policies in this region yet",
  "snap.list.emptyBody": "Create a policy, then associate the security groups whose rules it should back up.",
  "snap.ossTitle": "Snapshots are stored in Object Storage Service (OSS)",
  "snap.ossNote":
    "Each snapshot is written to an OSS bucket. OSS is billed by usage: storing snapshots incurs OSS storage and request fees.",
  "snap.col.idName": "Policy name / ID",
  "snap.col.status": "Status",
  "snap.col.retention": "Retention",
  "snap.col.bucket": "OSS bucket",
  "snap.col.groups": "Security groups",
  "snap.col.created": "Created",
  "snap.col.group": "Security group",
  "snap.col.rules": "Rules",
  "snap.retentionDays": "{count} days",
  "snap.retentionOneDay": "1 day",
  "snap.groupsUsed": "{used} / {limit} security groups",
  "snap.groupsCount": "{used} / {limit}",
  "snap.unnamedGroup": "(no name)",
  "snap.status.enabled": "Enabled",
  "snap.status.disabled": "Disabled",
  "snap.status.switchLabel": "Snapshots enabled for {name}",
  "snap.status.enabledToast": "Policy {name} enabled.",
  "snap.status.disabledToast": "Policy {name} disabled.",
  "snap.status.disableTitle": "Disable policy {name}?",
  "snap.status.disableBody":
    "While the policy is disabled, no snapshot is taken of its {count} security groups, not even after their rules change. Snapshots already taken stay until they expire.",
  "snap.status.disableConfirm": "Disable",
  "snap.action.associate": "Associate security groups",
  "snap.action.disassociate": "Disassociate",
  "snap.action.viewSnapshots": "Snapshots",
  "snap.action.restore": "Restore",

  // --- Create and edit (SNAP-1) ---
  "snap.create.title": "Create snapshot policy",
  "snap.create.created": "Snapshot policy {name} created.",
  "snap.edit.title": "Edit snapshot policy",
  "snap.edit.saved": "Snapshot policy {name} saved.",
  "snap.edit.retentionLater": "A new retention applies to snapshots taken from now on.",
  "snap.field.name": "Policy name",
  "snap.field.nameHint":
    "2-128 characters starting with a letter: letters, digits, colons (:), underscores (_), periods (.) and hyphens (-).",
  "snap.field.status": "Policy status",
  "snap.field.statusHint": "Only an enabled policy takes snapshots of its security groups.",
  "snap.field.retention": "Snapshot retention",
  "snap.field.retentionHint": "{min} to {max} days. Snapshots are deleted automatically when it ends.",
  "snap.field.days": "days",
  "snap.field.bucket": "OSS bucket",
  "snap.field.bucketHintCreate":
    "Leave empty to use the default bucket (sg-snapshot-<account ID>-<region>). A bucket name has 3-63 lowercase letters, digits and hyphens.",
  "snap.field.bucketHint": "3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.",
  "snap.field.bucketDefault": "Default bucket",

  // --- Service-linked role (SNAP-1, console only) ---
  "snap.role.title": "Authorize the snapshot service-linked role",
  "snap.role.intro":
    "Before the first snapshot policy, the snapshot service needs a service-linked role that lets it reach your OSS buckets. You authorize it once; every later policy uses the same role.",
  "snap.role.name": "Service-linked role",
  "snap.role.allowWrite": "It writes the rules of covered security groups, as snapshots, to the policy's OSS bucket.",
  "snap.role.allowRead": "It reads a snapshot back from the bucket when you restore it.",
  "snap.role.noOther": "It does not change your security groups or reach any other bucket or service.",
  "snap.role.once": "This is asked only once in this browser.",
  "snap.role.authorise": "Authorize and continue",

  // --- Policy page and association (SNAP-2) ---
  "snap.detail.edit": "Edit policy",
  "snap.detail.delete": "Delete policy",
  "snap.detail.notFoundTitle": "Snapshot policy not found",
  "snap.detail.notFoundBody": "{id} does not exist in {region}. It may have been deleted.",
  "snap.detail.disabledNote":
    "This policy is disabled: its security groups get no snapshots until it is enabled again.",
  "snap.detail.howItWorks":
    "A snapshot is taken of a group when it is associated, and 5 minutes after a change to its rules; several changes within those 5 minutes give one snapshot of the rules as they were before the first.",
  "snap.detail.groupsTitle": "Associated security groups",
  "snap.detail.groupsTable": "Security groups this policy covers",
  "snap.detail.noGroupsTitle": "No security groups associated",
  "snap.detail.noGroupsBody":
    "Associate up to 10 security groups; a snapshot of each is taken at once. A group may be covered by several policies.",
  "snap.associate.title": "Associate security groups with {name}",
  "snap.associate.submit": "Associate",
  "snap.associate.meterLabel": "Security groups covered, of the limit of {limit}",
  "snap.associate.selected": "Selected: {count}",
  "snap.associate.takesSnapshot": "A snapshot of each group you associate is taken at once.",
  "snap.associate.disabledNote":
    "This policy is disabled: associated groups get no snapshot until the policy is enabled.",
  "snap.associate.full":
    "This policy already covers {limit} security groups, the most one policy can. Disassociate a group before adding another.",
  "snap.associate.limitReached":
    "That makes {limit} security groups, the most one policy can cover. Unselect a group to choose a different one.",
  "snap.associate.pickedTitle": "Selected security groups",
  "snap.associate.unpick": "Remove {name} from the selection",
  "snap.associate.search": "Search security groups by name",
  "snap.associate.searchPlaceholder": "Search by name, e.g. prod",
  "snap.associate.listLabel": "Security groups in this region",
  "snap.associate.noMatch": "No security group matches.",
  "snap.associate.already": "Associated",
  "snap.associate.managed": "Managed",
  "snap.associate.managedHint": "Managed by a cloud service: its rules cannot be restored, so it cannot be covered.",
  "snap.associate.doneSnapshots": "Security groups associated: {count}. A snapshot of each was taken.",
  "snap.associate.doneDisabled": "Security groups associated: {count}. No snapshot while the policy is disabled.",
  "snap.disassociate.title": "Disassociate {name}?",
  "snap.disassociate.body":
    "{policy} stops taking snapshots of this group. Its snapshots taken so far stay until they expire.",
  "snap.disassociate.confirm": "Disassociate",
  "snap.disassociate.done": "{name} disassociated.",
  "snap.delete.title": "Delete snapshot policy {name}?",
  "snap.delete.body": "Its {count} security groups will no longer be backed up by it.",
  "snap.delete.snapshotsStay": "Snapshots it has taken stay until they expire. This cannot be undone.",
  "snap.delete.deleted": "Snapshot policy {name} deleted.",

  // --- A group's snapshot list (SNAP-4) ---
  "snap.tab.tableLabel": "Snapshots of this security group",
  "snap.tab.coveredBy": "Snapshot policies:",
  "snap.tab.noPolicy": "none covers this group.",
  "snap.tab.managePolicies": "Manage snapshot policies",
  "snap.tab.howTaken":
    "Snapshots are taken when a policy is associated and 5 minutes after a rule change, and deleted when their retention ends.",
  "snap.tab.emptyTitle": "No snapshots of this group",
  "snap.tab.emptyBody": "A snapshot appears 5 minutes after the next change to the rules.",
  "snap.tab.emptyNoPolicy": "Associate the group with a snapshot policy to back up its rules.",
  "snap.tab.policyGone": "Policy deleted or no longer covering this group",
  "snap.tab.ruleCounts": "{inbound} inbound · {outbound} outbound",
  "snap.col.snapshotId": "Snapshot ID",
  "snap.col.snapshotCreated": "Created",
  "snap.col.expires": "Expires",
  "snap.col.policy": "Snapshot policy",
  "snap.col.snapshotRules": "Rules",

  // --- Restore (SNAP-4) ---
  "snap.restore.title": "Restore security group snapshot",
  "snap.restore.group": "Security group",
  "snap.restore.snapshot": "Snapshot",
  "snap.restore.irreversibleTitle": "Takes effect at once and cannot be undone",
  "snap.restore.irreversible":
    "All current rules of {name} ({current}) are replaced by the rules of the snapshot ({restored}), in one step. Traffic is decided by the restored rules the moment you confirm.",
  "snap.restore.isRuleChange":
    "A restore counts as a rule change: 5 minutes later, an enabled policy covering this group takes a snapshot of the rules it replaced.",
  "snap.restore.nothingChanges": "The snapshot holds the same rules as the group now: restoring changes nothing.",
  "snap.restore.confirm": "Restore",
  "snap.restore.done": "Rules restored from snapshot {id}.",
  "snap.diff.legend":
    "Current rules compared with the rules after the restore: green rows are added back, red rows are removed, orange rows change (the current value struck through, then the restored one).",
  "snap.diff.tabsLabel": "Rule direction",
  "snap.diff.inbound": "Inbound",
  "snap.diff.outbound": "Outbound",
  "snap.diff.changes": "Changes: {count}",
  "snap.diff.summary": "{changed} changed, {added} added, {removed} removed, {unchanged} unchanged.",
  "snap.diff.beforeAfter": "Rules now: {before}; after the restore: {after}.",
  "snap.diff.tableLabel": "{direction} rules: current and after the restore",
  "snap.diff.noneInbound": "No inbound rules now or in the snapshot.",
  "snap.diff.noneOutbound": "No outbound rules now or in the snapshot.",
  "snap.diff.col.change": "Change",
  "snap.diff.kind.changed": "Changed",
  "snap.diff.kind.added": "Added",
  "snap.diff.kind.removed": "Removed",
  "snap.diff.kind.unchanged": "Unchanged",
  "snap.diff.currentValue": "Current:",
  "snap.diff.restoredValue": "After the restore:",
  "snap.diff.aspect.policy": "Action",
  "snap.diff.aspect.priority": "Priority",
  "snap.diff.aspect.protocol": "Protocol",
  "snap.diff.aspect.port": "Port range",
  "snap.diff.aspect.sourcePort": "Source port range",
  "snap.diff.aspect.localAddress": "Local address",
  "snap.diff.aspect.description": "Description",
  "snap.diff.aspect.nicType": "NIC type",

  // --- Explanations of the snapshot error codes ---
  "err.InvalidSnapshotPolicyName.Malformed":
    "Policy names have 2-128 characters, start with a letter, use letters, digits, :, _, . or -, and do not start with http:// or https://.",
  "err.InvalidParameter.Status": "The policy status must be Enabled or Disabled.",
  "err.InvalidRetentionDays.Malformed": "The retention must be a whole number of days from 1 to 30.",
  "err.InvalidBucketName":
    "OSS bucket names have 3-63 lowercase letters, digits and hyphens, and start and end with a letter or digit.",
  "err.InvalidSnapshotPolicyId.NotFound":
    "This snapshot policy does not exist in the region; it may have been deleted.",
  "err.InvalidSnapshotId.NotFound": "This snapshot no longer exists: it may have expired.",
  "err.QuotaExceed.SecurityGroupPerPolicy": "A snapshot policy covers at most 10 security groups.",
  "err.InvalidOperation.SecurityGroupNotAssociated": "The security group is not associated with this policy.",
  "err.InvalidOperation.SnapshotReferenceNotFound":
    "The snapshot cannot be restored: one of its rules names a security group or prefix list that no longer exists.",
} as const;
