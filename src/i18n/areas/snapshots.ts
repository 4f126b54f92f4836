/**
 * Messages of one console area, in both languages. Keys are prefixed by the area; ja must have
 * every en key (typed here, and checked by tests/i18n.test.ts through the merged catalogues).
 * Japanese terms follow the seed documentation (スナップショットポリシー, 保持期間, 復元, …).
 */
const en = {
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

  // --- Demo controls: the engine clock (SNAP-3) ---
  "clock.toggle": "Demo controls",
  "clock.toggleHint": "Show the engine clock and the buttons that fast-forward it",
  "clock.barLabel": "Demo controls: engine clock",
  "clock.engineTime": "Engine clock",
  "clock.ahead": "Fast-forwarded: {duration} ahead of real time",
  "clock.fastForward": "Fast-forward:",
  "clock.plus5min": "+5 min",
  "clock.plus1hour": "+1 hour",
  "clock.plus1day": "+1 day",
  "clock.advanced": "Engine clock moved {step}. Snapshots that fell due were taken; expired ones were deleted.",
  "clock.days": "{count} d",
  "clock.hours": "{count} h",
  "clock.minutes": "{count} min",

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

const ja: Record<keyof typeof en, string> = {
  "snap.list.title": "セキュリティグループスナップショット",
  "snap.list.intro":
    "スナップショットポリシーは、関連付けたセキュリティグループのルールをバックアップします。関連付けた時点と、ルール変更の 5 分後にスナップショットが作成されます。復元はセキュリティグループの [スナップショット] タブから行います。",
  "snap.list.create": "セキュリティグループスナップショットポリシーの作成",
  "snap.list.tableLabel": "スナップショットポリシー",
  "snap.list.emptyTitle": "このリージョンにはまだスナップショットポリシーがありません",
  "snap.list.emptyBody": "ポリシーを作成し、ルールをバックアップするセキュリティグループを関連付けてください。",
  "snap.ossTitle": "スナップショットは Object Storage Service (OSS) に保存されます",
  "snap.ossNote":
    "スナップショットは OSS バケットに書き込まれます。OSS は従量課金制のサービスです。スナップショットを使用すると、OSS のストレージ料金とリクエスト料金が発生します。",
  "snap.col.idName": "ポリシー名 / ID",
  "snap.col.status": "ステータス",
  "snap.col.retention": "保持期間",
  "snap.col.bucket": "OSS バケット",
  "snap.col.groups": "セキュリティグループ",
  "snap.col.created": "作成日時",
  "snap.col.group": "セキュリティグループ",
  "snap.col.rules": "ルール",
  "snap.retentionDays": "{count} 日",
  "snap.retentionOneDay": "1 日",
  "snap.groupsUsed": "{used} / {limit} セキュリティグループ",
  "snap.groupsCount": "{used} / {limit}",
  "snap.unnamedGroup": "(名前なし)",
  "snap.status.enabled": "有効",
  "snap.status.disabled": "無効",
  "snap.status.switchLabel": "{name} のスナップショットを有効にする",
  "snap.status.enabledToast": "ポリシー {name} を有効にしました。",
  "snap.status.disabledToast": "ポリシー {name} を無効にしました。",
  "snap.status.disableTitle": "ポリシー {name} を無効にしますか?",
  "snap.status.disableBody":
    "ポリシーが無効な間は、関連付けられた {count} 個のセキュリティグループのスナップショットは作成されません (ルールが変更されても作成されません)。作成済みのスナップショットは保持期間が過ぎるまで残ります。",
  "snap.status.disableConfirm": "無効にする",
  "snap.action.associate": "セキュリティグループの関連付け",
  "snap.action.disassociate": "関連付けの解除",
  "snap.action.viewSnapshots": "スナップショット",
  "snap.action.restore": "スナップショットの復元",

  "snap.create.title": "スナップショットポリシーの作成",
  "snap.create.created": "スナップショットポリシー {name} を作成しました。",
  "snap.edit.title": "スナップショットポリシーの編集",
  "snap.edit.saved": "スナップショットポリシー {name} を保存しました。",
  "snap.edit.retentionLater": "新しい保持期間は、これから作成されるスナップショットに適用されます。",
  "snap.field.name": "ポリシー名",
  "snap.field.nameHint":
    "2~128 文字で、英字で始まる必要があります。英字、数字、コロン (:)、アンダースコア (_)、ピリオド (.)、ハイフン (-) を使用できます。",
  "snap.field.status": "ポリシーのステータス",
  "snap.field.statusHint":
    "ポリシーが有効な場合にのみ、関連付けられたセキュリティグループのスナップショットが作成されます。",
  "snap.field.retention": "スナップショットの保持期間",
  "snap.field.retentionHint": "{min}~{max} 日。保持期間が過ぎるとスナップショットは自動的に削除されます。",
  "snap.field.days": "日",
  "snap.field.bucket": "OSS ストレージ設定 (バケット)",
  "snap.field.bucketHintCreate":
    "空のままにするとデフォルトのバケット (sg-snapshot-<アカウント ID>-<リージョン>) を使用します。バケット名は英小文字、数字、ハイフンの 3~63 文字です。",
  "snap.field.bucketHint": "英小文字、数字、ハイフンの 3~63 文字で、英小文字または数字で始まり、終わる必要があります。",
  "snap.field.bucketDefault": "デフォルトのバケット",

  "snap.role.title": "スナップショットのサービスリンクロールの承認",
  "snap.role.intro":
    "初めてスナップショットポリシーを作成する際、スナップショットサービスが OSS バケットにアクセスするためのサービスリンクロール (SLR) に権限を付与する必要があります。承認は 1 回だけで、以降のポリシーは同じロールを使用します。",
  "snap.role.name": "サービスリンクロール",
  "snap.role.allowWrite":
    "関連付けられたセキュリティグループのルールを、スナップショットとしてポリシーの OSS バケットに書き込みます。",
  "snap.role.allowRead": "スナップショットを復元するときに、バケットからスナップショットを読み込みます。",
  "snap.role.noOther": "セキュリティグループを変更したり、他のバケットやサービスにアクセスしたりすることはありません。",
  "snap.role.once": "このブラウザーでは、この確認は 1 回だけ表示されます。",
  "snap.role.authorise": "承認して続行",

  "snap.detail.edit": "ポリシーの編集",
  "snap.detail.delete": "ポリシーの削除",
  "snap.detail.notFoundTitle": "スナップショットポリシーが見つかりません",
  "snap.detail.notFoundBody": "{region} に {id} は存在しません。削除された可能性があります。",
  "snap.detail.disabledNote":
    "このポリシーは無効です。再び有効にするまで、関連付けられたセキュリティグループのスナップショットは作成されません。",
  "snap.detail.howItWorks":
    "スナップショットは、セキュリティグループを関連付けた時点と、ルール変更の 5 分後に作成されます。5 分以内に複数の変更が発生した場合は、最初の変更前のルールに基づいて 1 つのスナップショットのみが作成されます。",
  "snap.detail.groupsTitle": "関連付けられたセキュリティグループ",
  "snap.detail.groupsTable": "このポリシーに関連付けられたセキュリティグループ",
  "snap.detail.noGroupsTitle": "関連付けられたセキュリティグループはありません",
  "snap.detail.noGroupsBody":
    "最大 10 個のセキュリティグループを関連付けることができ、関連付けるとすぐにスナップショットが作成されます。1 つのセキュリティグループを複数のポリシーに関連付けることもできます。",
  "snap.associate.title": "{name} にセキュリティグループを関連付け",
  "snap.associate.submit": "関連付け",
  "snap.associate.meterLabel": "関連付けられたセキュリティグループ数 (上限 {limit})",
  "snap.associate.selected": "選択済み: {count}",
  "snap.associate.takesSnapshot": "関連付けたセキュリティグループのスナップショットは直ちに作成されます。",
  "snap.associate.disabledNote":
    "このポリシーは無効です。ポリシーを有効にするまで、関連付けたセキュリティグループのスナップショットは作成されません。",
  "snap.associate.full":
    "このポリシーには既に {limit} 個のセキュリティグループが関連付けられています (1 つのポリシーの上限)。追加する前に関連付けを解除してください。",
  "snap.associate.limitReached":
    "{limit} 個のセキュリティグループに達しました (1 つのポリシーの上限)。別のグループを選ぶには、選択を 1 つ外してください。",
  "snap.associate.pickedTitle": "選択したセキュリティグループ",
  "snap.associate.unpick": "{name} を選択から外す",
  "snap.associate.search": "セキュリティグループを名前で検索",
  "snap.associate.searchPlaceholder": "名前で検索 (例: prod)",
  "snap.associate.listLabel": "このリージョンのセキュリティグループ",
  "snap.associate.noMatch": "一致するセキュリティグループはありません。",
  "snap.associate.already": "関連付け済み",
  "snap.associate.managed": "マネージド",
  "snap.associate.managedHint":
    "クラウドサービスが管理しているため、ルールを復元できません。このポリシーに関連付けることはできません。",
  "snap.associate.doneSnapshots":
    "{count} 個のセキュリティグループを関連付けました。それぞれのスナップショットを作成しました。",
  "snap.associate.doneDisabled":
    "{count} 個のセキュリティグループを関連付けました。ポリシーが無効なため、スナップショットは作成されません。",
  "snap.disassociate.title": "{name} の関連付けを解除しますか?",
  "snap.disassociate.body":
    "{policy} はこのセキュリティグループのスナップショットを作成しなくなります。作成済みのスナップショットは保持期間が過ぎるまで残ります。",
  "snap.disassociate.confirm": "関連付けの解除",
  "snap.disassociate.done": "{name} の関連付けを解除しました。",
  "snap.delete.title": "スナップショットポリシー {name} を削除しますか?",
  "snap.delete.body": "関連付けられた {count} 個のセキュリティグループは、このポリシーでバックアップされなくなります。",
  "snap.delete.snapshotsStay": "作成済みのスナップショットは保持期間が過ぎるまで残ります。この操作は元に戻せません。",
  "snap.delete.deleted": "スナップショットポリシー {name} を削除しました。",

  "snap.tab.tableLabel": "このセキュリティグループのスナップショットリスト",
  "snap.tab.coveredBy": "スナップショットポリシー:",
  "snap.tab.noPolicy": "このグループに関連付けられたポリシーはありません。",
  "snap.tab.managePolicies": "スナップショットポリシーの管理",
  "snap.tab.howTaken":
    "スナップショットは、ポリシーの関連付け時とルール変更の 5 分後に作成され、保持期間が過ぎると削除されます。",
  "snap.tab.emptyTitle": "このグループのスナップショットはありません",
  "snap.tab.emptyBody": "次にルールを変更すると、5 分後にスナップショットが作成されます。",
  "snap.tab.emptyNoPolicy":
    "ルールをバックアップするには、このセキュリティグループをスナップショットポリシーに関連付けてください。",
  "snap.tab.policyGone": "ポリシーは削除されたか、このグループに関連付けられていません",
  "snap.tab.ruleCounts": "インバウンド {inbound} · アウトバウンド {outbound}",
  "snap.col.snapshotId": "スナップショット ID",
  "snap.col.snapshotCreated": "作成日時",
  "snap.col.expires": "有効期限",
  "snap.col.policy": "スナップショットポリシー",
  "snap.col.snapshotRules": "ルール",

  "snap.restore.title": "セキュリティグループスナップショットの復元",
  "snap.restore.group": "セキュリティグループ",
  "snap.restore.snapshot": "スナップショット",
  "snap.restore.irreversibleTitle": "復元は直ちに有効になり、元に戻せません",
  "snap.restore.irreversible":
    "{name} の現在のルール {current} 件は、すべてスナップショット内のルール {restored} 件で一度に上書きされます。確定した時点から、復元後のルールでトラフィックが制御されます。",
  "snap.restore.isRuleChange":
    "復元もルールの変更として扱われます。このグループに有効なポリシーが関連付けられている場合、5 分後に、復元で置き換えられたルールのスナップショットが作成されます。",
  "snap.restore.nothingChanges": "スナップショットのルールは現在のルールと同じです。復元しても何も変わりません。",
  "snap.restore.confirm": "復元",
  "snap.restore.done": "スナップショット {id} からルールを復元しました。",
  "snap.diff.legend":
    "現在のセキュリティグループルールと回復後のセキュリティグループルールの比較: 緑の行は追加、赤の行は削除、オレンジの行は変更されるルールです (取り消し線が現在の値、その後が復元後の値)。",
  "snap.diff.tabsLabel": "ルールの方向",
  "snap.diff.inbound": "インバウンド",
  "snap.diff.outbound": "アウトバウンド",
  "snap.diff.changes": "変更 {count} 件",
  "snap.diff.summary": "変更 {changed} 件、追加 {added} 件、削除 {removed} 件、変更なし {unchanged} 件。",
  "snap.diff.beforeAfter": "現在のルール: {before} 件、復元後: {after} 件。",
  "snap.diff.tableLabel": "{direction} ルール: 現在と復元後",
  "snap.diff.noneInbound": "現在もスナップショットにもインバウンドルールはありません。",
  "snap.diff.noneOutbound": "現在もスナップショットにもアウトバウンドルールはありません。",
  "snap.diff.col.change": "変更",
  "snap.diff.kind.changed": "変更",
  "snap.diff.kind.added": "追加",
  "snap.diff.kind.removed": "削除",
  "snap.diff.kind.unchanged": "変更なし",
  "snap.diff.currentValue": "現在:",
  "snap.diff.restoredValue": "復元後:",
  "snap.diff.aspect.policy": "アクション",
  "snap.diff.aspect.priority": "優先度",
  "snap.diff.aspect.protocol": "プロトコル",
  "snap.diff.aspect.port": "ポート範囲",
  "snap.diff.aspect.sourcePort": "送信元ポート範囲",
  "snap.diff.aspect.localAddress": "ローカルアドレス",
  "snap.diff.aspect.description": "説明",
  "snap.diff.aspect.nicType": "NIC タイプ",

  "clock.toggle": "デモ操作",
  "clock.toggleHint": "エンジンの時計と、時間を早送りするボタンを表示します",
  "clock.barLabel": "デモ操作: エンジンの時計",
  "clock.engineTime": "エンジンの時計",
  "clock.ahead": "早送り中: 実時間より {duration} 進んでいます",
  "clock.fastForward": "早送り:",
  "clock.plus5min": "+5 分",
  "clock.plus1hour": "+1 時間",
  "clock.plus1day": "+1 日",
  "clock.advanced":
    "エンジンの時計を {step} 進めました。期限が来たスナップショットを作成し、保持期間が過ぎたものを削除しました。",
  "clock.days": "{count} 日",
  "clock.hours": "{count} 時間",
  "clock.minutes": "{count} 分",

  "err.InvalidSnapshotPolicyName.Malformed":
    "ポリシー名は 2~128 文字で、英字で始まり、英字、数字、:、_、.、- を使用できます。http:// または https:// で始めることはできません。",
  "err.InvalidParameter.Status": "ポリシーのステータスは有効 (Enabled) または無効 (Disabled) である必要があります。",
  "err.InvalidRetentionDays.Malformed": "保持期間は 1~30 の整数 (日数) である必要があります。",
  "err.InvalidBucketName":
    "OSS バケット名は英小文字、数字、ハイフンの 3~63 文字で、英小文字または数字で始まり、終わる必要があります。",
  "err.InvalidSnapshotPolicyId.NotFound":
    "このスナップショットポリシーはリージョンに存在しません。削除された可能性があります。",
  "err.InvalidSnapshotId.NotFound": "このスナップショットは存在しません。保持期間が過ぎた可能性があります。",
  "err.QuotaExceed.SecurityGroupPerPolicy":
    "1 つのスナップショットポリシーに関連付けられるセキュリティグループは最大 10 個です。",
  "err.InvalidOperation.SecurityGroupNotAssociated": "このセキュリティグループはこのポリシーに関連付けられていません。",
  "err.InvalidOperation.SnapshotReferenceNotFound":
    "スナップショットを復元できません。ルールのいずれかが、存在しなくなったセキュリティグループまたはプレフィックスリストを参照しています。",
};

export const snapshotMessages = { en, ja };
