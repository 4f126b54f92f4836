/**
 * Messages of one console area, in both languages. Keys are prefixed by the area; ja must have
 * every en key (typed here, and checked by tests/i18n.test.ts through the merged catalogues).
 */
const en = {
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

const ja: Record<keyof typeof en, string> = {
  "tools.healthCheck": "ヘルスチェック",
  "tools.import": "ルールのインポート",
  "tools.exportJson": "JSON でエクスポート",
  "tools.exportCsv": "CSV でエクスポート",
  "tools.exported": "ルールを {file} にエクスポートしました。",
  "tools.exportFailed": "ルールをエクスポートできませんでした。",
  "tools.clone": "セキュリティグループのクローン",

  "hc.title": "ヘルスチェック: {name}",
  "hc.intro":
    "ヘルスチェックは冗長なルール、つまり削除してもこのセキュリティグループの判定が何も変わらないルールを検出します。冗長なルールもグループあたり 200 ルールの上限を消費するため、削除すると必要なルールのための余裕ができます。",
  "hc.checking": "ルールを確認しています…",
  "hc.found": "検出された冗長なルール: {count}",
  "hc.selectAll": "すべての検出結果を選択 ({count})",
  "hc.section.ingress": "インバウンドルール ({count})",
  "hc.section.egress": "アウトバウンドルール ({count})",
  "hc.kind.Duplicate": "重複",
  "hc.kind.Covered": "包含",
  "hc.kind.Shadowed": "無効化",
  "hc.explain.Duplicate":
    "重複: 下のルールとまったく同じトラフィックに同じアクションで一致し、下のルールが先に適用されます。このルールが判定を変えることはありません。",
  "hc.explain.Covered.Accept":
    "包含: このルールが一致するパケットはすべて下のルールですでに許可されているため、削除しても判定は変わりません。",
  "hc.explain.Covered.Drop":
    "包含: このルールが一致するパケットはすべて下のルールですでに拒否されているため、削除しても判定は変わりません。",
  "hc.explain.Shadowed.Accept":
    "無効化: この許可ルールが一致するパケットはすべて下のルールで判定されます。そのうち少なくとも 1 つは先に評価される拒否ルールのため、このルールが効くことはありません。",
  "hc.explain.Shadowed.Drop":
    "無効化: この拒否ルールが一致するパケットはすべて下のルールで判定されます。そのうち少なくとも 1 つは先に評価される許可ルールのため、このルールが効くことはありません。",
  "hc.role.rule": "冗長なルール",
  "hc.role.Duplicate": "重複元",
  "hc.role.Covered": "包含するルール",
  "hc.role.Shadowed": "判定するルール",
  "hc.col.role": "役割",
  "hc.col.ruleId": "ルール ID",
  "hc.ruleTable": "ルール {id} と、それを冗長にしているルール",
  "hc.ruleGone": "このルールはもうグループにありません。",
  "hc.prefixListNote":
    "これらのルールが使うプレフィックスリストの現在のエントリに基づく判定です。リストが変わると、この結果も変わる場合があります。",
  "hc.none.title": "冗長なルールはありません",
  "hc.none.body": "このグループのどのルールも、ほかのルールでは同じように判定されないトラフィックを判定しています。",
  "hc.readOnly": "このグループはクラウドサービスが管理しています。ルールの確認はできますが、削除はできません。",
  "hc.oneByOne":
    "ルールは 1 つずつ削除され、削除のたびにチェックをやり直します。順番が来たときに冗長でなくなっているルール (直前に削除した重複ルールの片割れなど) は残します。",
  "hc.delete": "選択したルールを削除 ({count})",
  "hc.recheck": "再チェック",
  "hc.outcome.title": "選択したルールの削除",
  "hc.progress": "ルール {current}/{total} を削除しています。削除のたびに再チェックします…",
  "hc.done": "完了: 削除 {deleted}、保持 {kept}、失敗 {failed}。",
  "hc.outcome.waiting": "待機中",
  "hc.outcome.working": "削除中…",
  "hc.outcome.deleted": "削除済み",
  "hc.outcome.kept": "保持: 先の削除により冗長ではなくなりました",
  "hc.outcome.failed": "削除されませんでした",

  "clone.title": "セキュリティグループのクローン",
  "clone.submit": "クローン",
  "clone.source": "ソースセキュリティグループ",
  "clone.field.region": "ターゲットリージョン",
  "clone.field.regionHint": "新しいセキュリティグループは、このリージョンのセキュリティグループリストに表示されます。",
  "clone.field.vpc": "VPC",
  "clone.field.vpcHint":
    "新しいセキュリティグループのネットワークタイプです。ターゲットリージョンの VPC またはクラシックネットワークを選択します。",
  "clone.field.vpcHintEnterprise": "エンタープライズセキュリティグループには、ターゲットリージョンの VPC が必要です。",
  "clone.field.name": "新しいセキュリティグループの名前",
  "clone.keepRules": "ルールを保持",
  "clone.keepRulesHint":
    "ソースセキュリティグループのすべてのルールをコピーします。優先度が 100 を超えるルールは、コピー先で 100 に調整されます。",
  "clone.legacyRules":
    "このグループの {count} 個のルールは優先度が 100 を超えています (2020-05-27 より前に作成されたデフォルトセキュリティグループ)。コピー先では優先度が 100 になります。その結果ほかのルールと同じになるルールはスキップされます。",
  "clone.copyTags": "このセキュリティグループからクローンされたセキュリティグループにタグをコピー",
  "clone.noTags": "このグループにはタグがありません。",
  "clone.tagCount": "このグループのタグ: {count}",
  "clone.crossRegion":
    "セキュリティグループとプレフィックスリストは 1 つのリージョンに属します。{region} のそれらを参照するルールは {target} には作成できないため、スキップされ、クローン後に一覧表示されます。",
  "clone.done.title": "セキュリティグループをクローンしました",
  "clone.done.body": "{name} を {region} に作成しました。",
  "clone.done.copied": "コピーしたルール: {total} 個中 {count} 個。",
  "clone.done.noRules": "ルールはコピーしていません ([ルールを保持] がオフでした)。",
  "clone.skipped.title": "スキップされたルール ({count})",
  "clone.skipped.none": "スキップされたルールはありません。",
  "clone.open": "新しいグループを開く",

  "io.title": "{name} へのセキュリティグループルールのインポート",
  "io.req.format": "ファイル形式: このコンソールでエクスポートした JSON または CSV (最大 1 MB)。",
  "io.req.count": "1 ファイルあたり最大 200 ルール。超えるファイルは全体が拒否されます。",
  "io.req.priority": "ルールの優先度: 1 から 100。優先度が 100 を超えるルールは無視されます。",
  "io.req.adds": "インポートしたルールは既存のルールに追加され、置き換えることはありません。",
  "io.req.crossRegion":
    "別のリージョンからインポートする場合、セキュリティグループ、プレフィックスリスト、ポートリストを参照するルールはスキップされます。",
  "io.dropZone": "ルールファイル",
  "io.drop": ".json または .csv ファイルをここにドロップするか、",
  "io.choose": "ファイルの選択",
  "io.chooseAnother": "別のファイルを選択",
  "io.fileRefused": "{file} はインポートできません。何も変更されていません。",
  "io.unknownFormat": "インポートできるのは .json と .csv ファイルのみです。形式はファイル名の拡張子で判断されます。",
  "io.preview.summary": "{format}、{count} ルール",
  "io.preview.intro": "以下のルールを確認してからインポートしてください。各ルールは個別に成功または失敗します。",
  "io.preview.table": "ファイル内のルール",
  "io.preview.empty": "ファイルにルールがありません",
  "io.preview.emptyBody": "形式は正しいものの、ルールの行がありません。別のファイルを選択してください。",
  "io.preview.otherRegion":
    "このファイルは {region} でエクスポートされました。そのリージョンのセキュリティグループ、プレフィックスリスト、ポートリストを参照するルールはスキップされます。",
  "io.submit": "{count} 個のルールをインポート",
  "io.submitIdle": "インポート",
  "io.applyFailed": "ルールをインポートできませんでした。何も変更されていません。",
  "io.importAnother": "別のファイルをインポート",
  "io.col.index": "行",
  "io.col.direction": "方向",
  "io.col.peer": "ソース / 宛先",
  "io.col.result": "結果",
  "io.col.rule": "ルール",
  "io.col.outcome": "ルール ID または理由",
  "io.direction.ingress": "インバウンド",
  "io.direction.egress": "アウトバウンド",
  "io.result.summary": "成功: {success}、失敗: {failure}",
  "io.result.allDone": "ファイルのすべてのルールがグループに含まれました。",
  "io.result.someFailed": "警告アイコンの付いたルールはインポートされませんでした。理由は各行に表示されています。",
  "io.result.table": "ルールごとの結果",
  "io.result.added": "追加済み",
  "io.result.present": "既存",
  "io.result.failed": "失敗",

  "err.InvalidParameter.Content":
    "コンソールで読み込めるルールファイルではありません。有効な JSON または CSV で、最大 1 MB・200 ルール、エクスポートしたファイルと同じ列のみが使えます。",
  "err.InvalidParameter.Format": "ファイル形式は JSON または CSV である必要があります。",
  "err.NotSupported.CrossRegionReference":
    "このルールは別のリージョンのセキュリティグループ、プレフィックスリスト、またはポートリストを参照しています。このようなルールはリージョン間で移動できません。",
  "err.InvalidPortRangeListId.NotFound":
    "このルールはポートリストを使用していますが、該当するポートリストが存在しないため、インポートできません。",
};

export const ruleToolMessages = { en, ja };
