import type { snapshotEn } from "./snapshots.en";

/**
 * Japanese messages of one console area: every key of snapshots.en.ts (typed). Only all.ja.ts imports them,
 * so English pages never load them.
 * Japanese terms follow the seed documentation (スナップショットポリシー, 保持期間, 復元, …).
 */
export const snapshotJa: Record<keyof typeof snapshotEn, string> = {
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
