import type { prefixListEn } from "./prefix-lists.en";

/**
 * Japanese messages of one console area: every key of prefix-lists.en.ts (typed). Only all.ja.ts imports them,
 * so English pages never load them.
 */
export const prefixListJa: Record<keyof typeof prefixListEn, string> = {
  "pl.list.title": "プレフィックスリスト",
  "pl.list.intro":
    "プレフィックスリストは、ルールの送信元または宛先として使用できる CIDR ブロックの名前付きセットです。リストを変更すると、それを使用するすべてのルールに反映されます。リストを参照するルールは、セキュリティグループの上限 200 ルールに対して、リストの最大エントリ数として計算されます。",
  "pl.list.create": "プレフィックスリストの作成",
  "pl.list.tableLabel": "プレフィックスリスト",
  "pl.list.quota": "1 リージョンあたり最大 {limit} 個のプレフィックスリスト",
  "pl.list.emptyTitle": "一致するプレフィックスリストはありません",
  "pl.list.emptyBody":
    "名前の検索は完全一致です。フィルターを変更またはクリアするか、プレフィックスリストを作成してください。",
  "pl.list.emptyRegionTitle": "このリージョンにはまだプレフィックスリストがありません",
  "pl.list.emptyRegionBody": "アドレスのセットを一元管理し、多くのルールで使用するには、リストを作成します。",
  "pl.filter.label": "プレフィックスリストの絞り込み",
  "pl.filter.searchBy": "検索条件",
  "pl.filter.byName": "名前 (完全一致)",
  "pl.filter.byId": "プレフィックスリスト ID",
  "pl.filter.searchText": "検索テキスト",
  "pl.filter.placeholder.name": "例: office-networks",
  "pl.filter.placeholder.id": "pl-…",
  "pl.filter.family": "アドレスファミリー",
  "pl.filter.allFamilies": "IPv4 と IPv6",
  "pl.col.idName": "ID / 名前",
  "pl.col.family": "アドレスファミリー",
  "pl.col.entries": "エントリ (使用数 / 最大)",
  "pl.col.associations": "関連付けられたグループ",
  "pl.col.description": "説明",
  "pl.col.created": "作成日時",
  "pl.entriesUsed": "{used} / {max}",
  "pl.entriesUsedLong": "エントリ {used} / {max}",
  "pl.weightShort": "ルール {weight} 件として計算",
  "pl.associationsLink": "{name} を使用するセキュリティグループ {count} 個",
  "pl.action.manageEntries": "エントリの管理",

  "pl.create.title": "プレフィックスリストの作成",
  "pl.create.submit": "作成",
  "pl.create.created": "プレフィックスリスト {name} を作成しました。",
  "pl.create.quota": "1 リージョンあたり最大 100 個のプレフィックスリストを作成できます。",
  "pl.field.name": "名前",
  "pl.field.nameHint":
    "2～128 文字で、英字で始まり、英字、数字、コロン (:)、アンダースコア (_)、ピリオド (.)、ハイフン (-) を使用できます。http://、https://、com.aliyun、com.alibabacloud で始めることはできません。",
  "pl.field.family": "アドレスファミリー",
  "pl.field.familyExample": "例: {example}",
  "pl.field.familyHint": "作成後は変更できません。すべてのエントリはこのファミリーである必要があります。",
  "pl.field.maxEntries": "最大エントリ数",
  "pl.field.maxEntriesHint":
    "1～200。作成後は変更できません。このリストを参照するルールは、リストのエントリ数にかかわらず、セキュリティグループの上限 200 ルール (および ENI の 1,000 ルール) に対して {weight} 件として計算されます。",
  "pl.field.description": "説明",
  "pl.field.descriptionHint": "2～256 文字。http:// または https:// で始めることはできません。",
  "pl.field.entries": "エントリ",
  "pl.field.entriesHint":
    "1 行に 1 エントリ: CIDR ブロックまたはアドレスの後に、必要に応じてカンマまたはスペースで区切って説明を続けます (例: {example})。複数行をまとめて貼り付けることができ、入力中に各行がチェックされます。",

  "pl.check.count": "エントリ {count} / {max}",
  "pl.check.countAfter": "変更後: エントリ {count} / {max}",
  "pl.check.countLabel": "最大エントリ数に対する使用エントリ数",
  "pl.check.invalid": "問題のある行: {count}。下のチェック結果を確認してください。",
  "pl.check.linesLabel": "各行のチェック結果",
  "pl.check.line": "{line} 行目",
  "pl.line.ok": "OK",
  "pl.line.update": "既存のエントリです。説明が変更されます",
  "pl.line.unchanged": "既存のエントリです (変更なし)",
  "pl.line.malformed": "「{text}」は CIDR ブロックまたは IP アドレスではありません。",
  "pl.line.family": "「{text}」は {family} アドレスではありません。このリストは {family} です。",
  "pl.line.hostBits":
    "{text} はネットワークアドレスではありません (ホストビットが設定されています)。{suggestion} のことですか?",
  "pl.line.duplicate": "{cidr} は {line} 行目と重複しています。",
  "pl.line.description": "エントリの説明は 2～32 文字で、http:// または https:// で始めることはできません。",
  "pl.line.useSuggestion": "{suggestion} を使用",

  "pl.detail.edit": "名前と説明の編集",
  "pl.detail.delete": "プレフィックスリストの削除",
  "pl.detail.family": "アドレスファミリー",
  "pl.detail.entries": "エントリ (使用数 / 最大)",
  "pl.detail.weight": "ルールクォータでの重み",
  "pl.detail.weightHint":
    "このリストを参照するルールは、セキュリティグループの上限 200 ルールに対して最大エントリ数として計算されます。",
  "pl.detail.associations": "関連付けられたグループ",
  "pl.detail.created": "作成日時",
  "pl.detail.tabs": "プレフィックスリストのセクション",
  "pl.detail.notFoundTitle": "このプレフィックスリストはもう存在しません",
  "pl.detail.notFoundBody": "{id} は {region} から削除されました (別のタブで削除された可能性があります)。",
  "pl.tab.entries": "エントリ",
  "pl.tab.associations": "関連付けられたリソース",
  "pl.edit.title": "プレフィックスリストの編集",
  "pl.edit.saved": "プレフィックスリストを保存しました。",
  "pl.edit.descriptionHint": "2～256 文字。空のままにすると現在の説明が保持されます。",
  "pl.edit.fixed": "アドレスファミリー ({family}) と最大エントリ数 ({max}) は作成後に変更できません。",

  "pl.entries.tableLabel": "エントリ",
  "pl.entries.cidr": "CIDR ブロック",
  "pl.entries.description": "説明",
  "pl.entries.descriptionHint": "2～32 文字。空欄にすると説明なしになります。",
  "pl.entries.add": "エントリの追加",
  "pl.entries.addTitle": "{name} へのエントリの追加",
  "pl.entries.addSubmit": "追加",
  "pl.entries.addIntro":
    "既存のエントリと同じ CIDR ブロックを追加すると、その説明が変更されます。リストのアドレスファミリーと最大エントリ数は変わりません。",
  "pl.entries.appliesAtOnce":
    "{count} 個のセキュリティグループがこのリストを使用しています。追加した時点で、それらのルールが新しいエントリに一致します。",
  "pl.entries.added": "{count} 行をリストに適用しました。",
  "pl.entries.nothingToAdd": "エントリを 1 つ以上入力または貼り付けてください。",
  "pl.entries.editDescription": "説明の編集",
  "pl.entries.editLabel": "{cidr} の説明",
  "pl.entries.descriptionSaved": "{cidr} の説明を保存しました。",
  "pl.entries.remove": "削除",
  "pl.entries.removeSelected": "選択したエントリの削除 ({count})",
  "pl.entries.select": "{cidr} を選択",
  "pl.entries.confirmRemoveOne": "{cidr} を削除しますか?",
  "pl.entries.confirmRemoveMany": "{count} 件のエントリを削除しますか?",
  "pl.entries.confirmRemoveUsed":
    "{count} 個のセキュリティグループがこのリストを使用しています。それらのルールは直ちにこれらのアドレスに一致しなくなります。",
  "pl.entries.confirmRemoveUnused": "このリストを使用しているルールはまだありません。",
  "pl.entries.removed": "{count} 件のエントリを削除しました。",
  "pl.entries.emptyTitle": "エントリはまだありません",
  "pl.entries.emptyBody": "CIDR ブロックを追加してください。空のリストを使用するルールはどのアドレスにも一致しません。",

  "pl.assoc.intro":
    "インバウンドまたはアウトバウンドルールの送信元または宛先としてこのリストを使用しているセキュリティグループです。",
  "pl.assoc.tableLabel": "関連付けられたセキュリティグループ",
  "pl.assoc.group": "セキュリティグループ",
  "pl.assoc.type": "タイプ",
  "pl.assoc.vpc": "VPC",
  "pl.assoc.resourceType": "リソースタイプ",
  "pl.assoc.securityGroup": "セキュリティグループ",
  "pl.assoc.emptyTitle": "このリストを使用しているルールはありません",
  "pl.assoc.emptyBody": "インバウンドルールの送信元、またはアウトバウンドルールの宛先として選択してください。",

  "pl.delete.title": "{name} を削除しますか?",
  "pl.delete.irreversible": "プレフィックスリストの削除は元に戻せません。",
  "pl.delete.checking": "このリストを使用しているルールを確認しています…",
  "pl.delete.blocked": "このプレフィックスリストはまだ削除できません",
  "pl.delete.usedBy": "ルールでこのリストを使用しているセキュリティグループ ({count}):",
  "pl.delete.usedByLabel": "このプレフィックスリストを使用しているセキュリティグループ",
  "pl.delete.more": "…ほかにもあります (最初の 100 個を表示しています)。",
  "pl.delete.howTo":
    "各グループを開き、このリストを使用しているルールを削除する (または送信元や宛先を変更する) と、リストを削除できます。",
  "pl.delete.disabledReason": "先にこのリストを使用しているルールを削除してください。",
  "pl.delete.free": "このリストを使用しているルールはありません。削除できます。",
  "pl.delete.confirm": "削除",
  "pl.delete.deleted": "プレフィックスリスト {name} を削除しました。",

  "pl.picker.choose": "プレフィックスリストを選択",
  "pl.picker.none": "このリージョンにはプレフィックスリストがありません",
  "pl.picker.noneOfFamily": "このリージョンには {family} のプレフィックスリストがありません",
  "pl.picker.option": "{name} ({family}) · ルール {weight} 件分",
  "pl.picker.weight": "グループの上限 200 に対してルール {weight} 件として計算されます。",
  "pl.picker.meterNote": "プレフィックスリストを参照するルールは、リストの最大エントリ数として計算されます。",

  "err.NotAllowed.AssociationExist":
    "このプレフィックスリストはまだセキュリティグループのルールで使用されています。先にそれらのルールを削除するか、送信元または宛先を変更してください。",
  "err.InvalidParameter.CidrMalformed":
    "エントリがリストのアドレスファミリーのネットワークアドレスではありません (例: 10.0.0.1/8 ではなく 10.0.0.0/8)。",
  "err.InvalidParameter.CidrDuplicated": "同じ CIDR ブロックが 2 回指定されています。",
  "err.LimitExceed.MaxEntries": "リストのエントリ数が最大エントリ数を超えます。",
  "err.LimitExceed.Entry": "1 回のリクエストで追加または削除できるエントリは最大 200 件です。",
  "err.InvalidParameter.PrefixListName":
    "名前は 2～128 文字で英字で始まり、英字、数字、:、_、.、- を使用する必要があります。",
  "err.InvalidParameter.AddressFamily": "アドレスファミリーは IPv4 または IPv6 である必要があります。",
  "err.InvalidDescription.Malformed":
    "説明が無効です。長さと、http:// または https:// で始まっていないことを確認してください。",
  "err.LimitExceed.PrefixListPerRegion":
    "このリージョンにはすでに 100 個のプレフィックスリストがあります。先に 1 つ削除してください。",
  "err.LimitExceed.PrefixListId": "一度に指定できるプレフィックスリスト ID は最大 100 個です。",
  "err.NotSupported.ClassicNetworkPrefixList":
    "クラシックネットワークのセキュリティグループではプレフィックスリストを使用できません。",
  "err.LimitExceed.PrefixListAssociationResource":
    "1 つのプレフィックスリストを使用できるセキュリティグループは最大 1,000 個です。",
};
