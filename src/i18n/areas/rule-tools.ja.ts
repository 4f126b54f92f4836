import type { ruleToolEn } from "./rule-tools.en";

/**
 * Japanese messages of one console area: every key of rule-tools.en.ts (typed). Only all.ja.ts imports them,
 * so English pages never load them.
 */
export const ruleToolJa: Record<keyof typeof ruleToolEn, string> = {
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
