import type { computeEn } from "./compute.en";

/**
 * Japanese messages of one console area: every key of compute.en.ts (typed). Only all.ja.ts imports them,
 * so English pages never load them.
 * Compute: instances (`inst.`), network interfaces (`eni.`) and the purchase page (`launch.`).
 */
export const computeJa: Record<keyof typeof computeEn, string> = {
  // --- Instances list (ENI-1) ---
  "inst.list.title": "インスタンス",
  "inst.list.intro":
    "このリージョンの ECS インスタンスです。インスタンスはネットワークインターフェイスを介して通信します。プライマリネットワークインターフェイスのセキュリティグループがインスタンスのセキュリティグループです。",
  "inst.list.create": "インスタンスの作成",
  "inst.list.tableLabel": "インスタンス",
  "inst.list.emptyTitle": "一致するインスタンスはありません",
  "inst.list.emptyBody": "フィルターを変更するか、クリアしてください。",
  "inst.list.emptyRegionTitle": "このリージョンにはまだインスタンスがありません",
  "inst.list.emptyRegionBody":
    "購入ページで、新しいセキュリティグループまたは既存のセキュリティグループを指定して作成してください。",
  "inst.filter.label": "インスタンスの絞り込み",
  "inst.filter.searchBy": "検索対象",
  "inst.filter.searchText": "検索文字列",
  "inst.filter.byName": "インスタンス名",
  "inst.filter.byId": "インスタンス ID",
  "inst.filter.placeholder.name": "名前の一部 (例: web)",
  "inst.filter.status": "ステータス",
  "inst.filter.allStatuses": "すべてのステータス",
  "inst.filter.vpc": "VPC",
  "inst.filter.allVpcs": "すべての VPC",
  "inst.filter.allTypes": "すべてのタイプ",
  "inst.col.idName": "インスタンス ID / 名前",
  "inst.col.status": "ステータス",
  "inst.col.ip": "IP アドレス",
  "inst.col.privateIp": "プライベート IP",
  "inst.col.network": "VPC / vSwitch",
  "inst.col.groups": "セキュリティグループ",
  "inst.col.config": "タイプ / ゾーン",
  "inst.ip.private": "プライベート",
  "inst.ip.public": "パブリック",
  "inst.status.Running": "実行中",
  "inst.status.Stopped": "停止済み",
  "inst.status.Pending": "準備中",
  "inst.status.Starting": "起動中",
  "inst.status.Stopping": "停止中",
  "inst.action.manageGroups": "セキュリティグループ",
  "inst.action.start": "起動",
  "inst.action.stop": "停止",
  "inst.action.delete": "リリース",
  "inst.start.title": "{name} を起動しますか?",
  "inst.start.body":
    "インスタンスが起動し、ネットワークインターフェイスは再びセキュリティグループのルールに従って通信します。",
  "inst.start.done": "{name} は実行中です。",
  "inst.stop.title": "{name} を停止しますか?",
  "inst.stop.body":
    "インスタンス上のプログラムが停止し、接続が切断されます。ネットワークインターフェイスとセキュリティグループはそのまま残ります。",
  "inst.stop.done": "{name} を停止しました。",
  "inst.delete.title": "インスタンス {name} をリリースしますか?",
  "inst.delete.body":
    "リリースは元に戻せません。プライマリネットワークインターフェイスはインスタンスとともに削除され、セキュリティグループから外れます。セカンダリネットワークインターフェイスはデタッチされて残ります。",
  "inst.delete.running": "インスタンスは実行中です。停止してすぐにリリースします (強制リリース)。",
  "inst.delete.done": "{name} をリリースしました。",

  // --- Instance detail (ENI-3) ---
  "inst.detail.tabs": "インスタンスのセクション",
  "inst.tab.groups": "セキュリティグループ",
  "inst.tab.enis": "ネットワークインターフェイス",
  "inst.detail.privateIp": "プライベート IP",
  "inst.detail.publicIp": "パブリック IP",
  "inst.detail.vpc": "VPC",
  "inst.detail.vswitch": "vSwitch",
  "inst.detail.zone": "ゾーン",
  "inst.detail.type": "インスタンスタイプ",
  "inst.detail.image": "イメージ",
  "inst.detail.created": "作成日時",
  "inst.detail.notFoundTitle": "インスタンスが見つかりません",
  "inst.detail.notFoundBody": "{id} は {region} に存在しません。リリースされた可能性があります。",
  "inst.exposure.title": "{ports} がインターネット全体に公開されています",
  "inst.exposure.body":
    "このインスタンスのセキュリティグループのルールが、0.0.0.0/0 (または ::/0) からのリモート管理を許可しています。オフィスのパブリック IP など、安全な IP アドレスからのアクセスのみを許可するようにルールを設定し、すべてのアドレスに公開しているルールを削除してください。",
  "inst.exposure.link": "{name} のインバウンドルールを編集",
  "inst.exposure.ssh": "SSH (22)",
  "inst.exposure.rdp": "RDP (3389)",
  "inst.exposure.and": " と ",
  "inst.groups.add": "セキュリティグループの追加",
  "inst.groups.tableLabel": "インスタンスのセキュリティグループ",
  "inst.groups.col.group": "セキュリティグループ",
  "inst.groups.col.type": "タイプ",
  "inst.groups.col.rules": "ルール",
  "inst.groups.col.description": "説明",
  "inst.groups.manageRules": "ルール",
  "inst.groups.remove": "削除",
  "inst.groups.removeLabel": "{name} を削除",
  "inst.groups.lastGroup": "最後のグループのため削除できません",
  "inst.leave.title": "{name} をインスタンスから削除しますか?",
  "inst.leave.body":
    "{instance} には直ちにこのグループのルールが適用されなくなります。他のグループのルールは引き続き適用されます。グループ自体は変更されません。",
  "inst.leave.confirm": "削除",
  "inst.leave.done": "{name} から削除しました。",
  "inst.add.title": "{name} にセキュリティグループを追加",
  "inst.add.submit": "追加",
  "inst.add.intro":
    "グループはプライマリネットワークインターフェイス {eni} に適用されます。現在のグループはそのまま残り、すべてのグループのルールがマージされます。",
  "inst.add.legend": "セキュリティグループ",
  "inst.add.none": "追加するグループを 1 つ以上選択してください。",
  "inst.add.done": "{count} 個のセキュリティグループを追加しました。",
  "inst.rules.title": "評価順のルール",
  "inst.rules.order":
    "ここにあるすべてのセキュリティグループ ({groups} 個) のルールをマージしたものです。優先度の数値が小さい順に並び、同じ優先度では拒否が許可より先に評価されます。パケットに最初に一致したルールが適用されます。",
  "inst.rules.direction": "方向",
  "inst.rules.inbound": "インバウンド ({count})",
  "inst.rules.outbound": "アウトバウンド ({count})",
  "inst.rules.inboundLabel": "マージされたインバウンドルール",
  "inst.rules.outboundLabel": "マージされたアウトバウンドルール",
  "inst.rules.col.order": "#",
  "inst.rules.col.group": "セキュリティグループ",
  "inst.rules.emptyInbound":
    "どのグループにもインバウンドルールがない場合、インバウンドトラフィックは拒否されます (メンバー間を除く)。",
  "inst.rules.emptyOutbound":
    "どのグループにもアウトバウンドルールがない場合、基本セキュリティグループはすべてのアウトバウンドトラフィックを許可し、エンタープライズセキュリティグループは拒否します。",
  "inst.enis.intro":
    "ネットワークインターフェイスごとに独自のセキュリティグループがあります。プライマリネットワークインターフェイスのグループがインスタンスのグループです。",
  "inst.enis.attach": "ネットワークインターフェイスをアタッチ",
  "inst.enis.tableLabel": "インスタンスのネットワークインターフェイス",
  "inst.members.instancesIntro":
    "プライマリネットワークインターフェイスがこのグループに属するインスタンスです。セカンダリネットワークインターフェイスは次のタブに表示されます。",
  "inst.members.instancesLabel": "このセキュリティグループのインスタンス",
  "inst.members.noInstances": "このグループを使用しているインスタンスはありません。",
  "inst.members.primaryEni": "プライマリネットワークインターフェイス",
  "inst.members.groupCount": "グループ数",
  "inst.members.removeLabel": "{name} をこのグループから削除",
  "inst.members.removeInstanceTitle": "{name} をこのセキュリティグループから削除しますか?",
  "inst.members.removeInstanceBody":
    "インスタンスには直ちにこのグループのルールが適用されなくなります。他のグループのルールは引き続き適用されます。",

  // --- Network interfaces (ENI-4, ENI-5) ---
  "eni.list.title": "ネットワークインターフェイス",
  "eni.list.intro":
    "このリージョンの Elastic Network Interface (ENI) です。セキュリティグループはネットワークインターフェイスごとに適用されます。セカンダリ ENI にはインスタンスとは別のグループを関連付けられます。",
  "eni.list.create": "ネットワークインターフェイスの作成",
  "eni.list.tableLabel": "ネットワークインターフェイス",
  "eni.list.emptyTitle": "一致するネットワークインターフェイスはありません",
  "eni.list.emptyBody": "フィルターを変更するか、クリアしてください。",
  "eni.list.emptyRegionTitle": "このリージョンにはまだネットワークインターフェイスがありません",
  "eni.list.emptyRegionBody":
    "インスタンスにはそれぞれプライマリネットワークインターフェイスがあります。セカンダリ ENI はここで作成します。",
  "eni.filter.label": "ネットワークインターフェイスの絞り込み",
  "eni.filter.byId": "ネットワークインターフェイス ID",
  "eni.filter.byName": "名前",
  "eni.filter.byInstance": "インスタンス ID",
  "eni.filter.byIp": "プライマリプライベート IP",
  "eni.filter.placeholder.name": "名前 (完全一致)",
  "eni.filter.type": "タイプ",
  "eni.col.idName": "ID / 名前",
  "eni.col.status": "ステータス",
  "eni.col.type": "タイプ",
  "eni.col.instance": "インスタンス",
  "eni.col.network": "VPC / vSwitch",
  "eni.col.ip": "プライベート IP",
  "eni.col.groups": "セキュリティグループ",
  "eni.ip.secondary": "{ip} (セカンダリ)",
  "eni.status.Available": "利用可能",
  "eni.status.InUse": "使用中",
  "eni.status.Attaching": "アタッチ中",
  "eni.status.Detaching": "デタッチ中",
  "eni.status.Deleting": "削除中",
  "eni.type.Primary": "プライマリ",
  "eni.type.Secondary": "セカンダリ",
  "eni.unnamed": "(名前なし)",
  "eni.notAttached": "未アタッチ",
  "eni.action.edit": "名前と説明の編集",
  "eni.action.attach": "インスタンスにアタッチ",
  "eni.action.detach": "デタッチ",
  "eni.action.delete": "削除",
  "eni.action.changeGroups": "セキュリティグループの変更",
  "eni.create.title": "ネットワークインターフェイスの作成",
  "eni.create.submit": "作成",
  "eni.create.done": "ネットワークインターフェイス {id} を作成しました。",
  "eni.field.vpc": "VPC",
  "eni.field.vswitch": "vSwitch",
  "eni.field.vswitchHint":
    "ネットワークインターフェイスにはこの vSwitch のプライベート IP が割り当てられ、同じゾーンのインスタンスにアタッチできます。",
  "eni.field.vswitchNone": "この VPC には vSwitch がありません",
  "eni.field.groups": "セキュリティグループ",
  "eni.field.name": "名前",
  "eni.field.nameHint":
    "2~128 文字で、英字で始まり、英字、数字、コロン (:)、アンダースコア (_)、ピリオド (.)、ハイフン (-) を使用できます。",
  "eni.field.nameInvalid":
    "名前は 2~128 文字で、英字で始まり、英字、数字、:、_、.、- のみを使用し、http:// または https:// で始めることはできません。",
  "eni.field.description": "説明",
  "eni.field.descriptionHint": "2~256 文字。http:// または https:// で始めることはできません。",
  "eni.field.primaryIp": "プライマリプライベート IP",
  "eni.field.primaryIpHint": "{cidr} の空きアドレス。空欄の場合は自動で割り当てられます。",
  "eni.field.instance": "インスタンス",
  "eni.detail.type": "タイプ",
  "eni.detail.instance": "インスタンス",
  "eni.detail.privateIp": "プライベート IP",
  "eni.detail.vpc": "VPC",
  "eni.detail.vswitch": "vSwitch",
  "eni.detail.zone": "ゾーン",
  "eni.detail.mac": "MAC アドレス",
  "eni.detail.created": "作成日時",
  "eni.detail.groups": "セキュリティグループ",
  "eni.detail.groupsLabel": "ネットワークインターフェイスのセキュリティグループ",
  "eni.detail.notFoundTitle": "ネットワークインターフェイスが見つかりません",
  "eni.detail.notFoundBody": "{id} は {region} に存在しません。削除された可能性があります。",
  "eni.detail.primaryNote":
    "これはインスタンスのプライマリネットワークインターフェイスです。そのグループはインスタンスのグループです。",
  "eni.detail.primaryLink": "インスタンスで変更する",
  "eni.edit.title": "ネットワークインターフェイスの編集",
  "eni.edit.saved": "ネットワークインターフェイスを保存しました。",
  "eni.groups.title": "{name} のセキュリティグループ",
  "eni.groups.intro":
    "チェックしたグループで、ネットワークインターフェイスのグループを一度に置き換えます。グループを外すにはチェックを外してください。",
  "eni.groups.saved": "ネットワークインターフェイスのセキュリティグループは {count} 個になりました。",
  "eni.attach.title": "{name} をインスタンスにアタッチ",
  "eni.attach.intro":
    "{vpc} のインスタンスです。ネットワークインターフェイスは {zone} のインスタンスにのみアタッチできます。",
  "eni.attach.hint": "実行中または停止済みのインスタンスにセカンダリネットワークインターフェイスをアタッチできます。",
  "eni.attach.otherZone":
    "このインスタンスは {zone}、ネットワークインターフェイスは {eniZone} にあるため、アタッチは拒否されます。",
  "eni.attach.full":
    "このインスタンスには既に {used} 個のネットワークインターフェイスがあり、{type} の上限です。アタッチは拒否されます。先に 1 つデタッチしてください。",
  "eni.attach.room": "このインスタンス ({type}) のネットワークインターフェイス: {used} / {limit} 個",
  "eni.attach.option": "{name} ({id}) · {zone} · {status}",
  "eni.attach.none": "この VPC にはインスタンスがありません",
  "eni.attach.done": "{instance} にアタッチしました。",
  "eni.detach.title": "{name} をデタッチしますか?",
  "eni.detach.body":
    "ネットワークインターフェイスは {instance} から外れ、利用可能になります。プライベート IP とセキュリティグループは保持されます。",
  "eni.detach.done": "{name} をデタッチしました。",
  "eni.delete.title": "ネットワークインターフェイス {name} を削除しますか?",
  "eni.delete.body":
    "削除は元に戻せません。ネットワークインターフェイスはセキュリティグループから外れ、プライベート IP は解放されます。",
  "eni.delete.detachFirst":
    "先にインスタンスからデタッチしてください。削除できるのは利用可能なネットワークインターフェイスのみです。",
  "eni.delete.done": "{name} を削除しました。",
  "eni.members.enisIntro":
    "このグループに属するセカンダリネットワークインターフェイスです。プライマリネットワークインターフェイスは前のタブにインスタンスとして表示されます。",
  "eni.members.enisLabel": "このセキュリティグループのネットワークインターフェイス",
  "eni.members.noEnis": "このグループを使用しているセカンダリネットワークインターフェイスはありません。",

  // --- Group choice and its limits (ENI-5, RULE-8) ---
  "eni.picker.search": "セキュリティグループを検索",
  "eni.picker.placeholder": "名前の一部、または sg-…",
  "eni.picker.scope": "{vpc} のグループです。sg- で始まる ID で検索すると任意のグループが見つかります。",
  "eni.picker.listLabel": "選択できるセキュリティグループ",
  "eni.picker.none": "一致するセキュリティグループはありません。",
  "eni.picker.rules": "ルール: {count}",
  "eni.picker.current": "現在",
  "eni.picker.more": "最初の 50 個のグループのみ表示しています。検索して絞り込んでください。",
  "eni.candidate.otherVpc": "{target} ではなく {vpc} にあるため、ここでは使用できません。",
  "eni.candidate.classic": "クラシックネットワークのグループのため、VPC では使用できません。",
  "eni.candidate.otherType": "基本セキュリティグループとエンタープライズセキュリティグループは混在できません。",
  "eni.candidate.managed": "クラウドサービスが管理しているため、追加できません。",
  "eni.limit.groups": "セキュリティグループ {used} / {limit}",
  "eni.limit.groupsLabel": "ネットワークインターフェイスのセキュリティグループ数 (上限 {limit})",
  "eni.limit.rules": "この変更で {target} のルールは {used} / {limit} 件になります",
  "eni.limit.rulesNow": "{target} のルール {used} / {limit} 件",
  "eni.limit.rulesLabel": "ネットワークインターフェイスの全グループのルール数 (上限 {limit})",
  "eni.limit.rulesHelp":
    "各グループのルール数 (インバウンドとアウトバウンドの合計) から数えています。プレフィックスリストを使用するルールはリストの最大エントリ数として数えられますが、API はその重みを返さないため、ここでは 1 件として数えます。そのためリクエストが拒否される場合があります。",
  "eni.limit.issues": "この変更が超える制限",
  "eni.limit.newEni": "新しいネットワークインターフェイス",
  "eni.issue.empty": "セキュリティグループを 1 つ以上選択してください。",
  "eni.issue.tooManyGroups":
    "{count} 個のグループ: 1 つのネットワークインターフェイスに関連付けられるセキュリティグループは最大 {limit} 個です。",
  "eni.issue.tooManyRules":
    "{count} 件のルール: 1 つのネットワークインターフェイスのグループが合計で持てるルールは最大 {limit} 件です。",
  "eni.issue.mixedTypes":
    "1 つのネットワークインターフェイスで基本セキュリティグループとエンタープライズセキュリティグループを併用することはできません。",
  "eni.issue.otherVpc": "{name} は {vpc} にあります。使用できるのは {target} のグループのみです。",
  "eni.issue.classic": "{name} はクラシックネットワークのグループのため、VPC では使用できません。",
  "eni.issue.managed": "{name} はクラウドサービスが管理しているため、ここでは追加できません。",
  "eni.issue.managedLeaves": "{name} はクラウドサービスが管理しているため、ここでは削除できません。",

  // --- Purchase page (ENI-2) ---
  "launch.title": "インスタンスの作成",
  "launch.intro":
    "簡易版のカスタム起動です。イメージ、インスタンスタイプ、ネットワーク、そしてセキュリティグループの指定方法を選択します。",
  "launch.section.image": "イメージとインスタンスタイプ",
  "launch.section.network": "ネットワークとセキュリティグループ",
  "launch.section.groups": "セキュリティグループ",
  "launch.section.instance": "インスタンス",
  "launch.field.image": "イメージ",
  "launch.field.instanceType": "インスタンスタイプ",
  "launch.field.vpc": "VPC",
  "launch.field.vpcHint": "インスタンスとそのセキュリティグループはこの VPC に属します。",
  "launch.field.vswitch": "vSwitch",
  "launch.field.vswitchHint": "各インスタンスには、この vSwitch のゾーンでプライベート IP が割り当てられます。",
  "launch.field.publicIp": "パブリック IPv4 アドレスを割り当てる (5 Mbit/s)",
  "launch.field.name": "インスタンス名",
  "launch.field.amount": "インスタンス数",
  "launch.field.amountHint": "1~{max}。",
  "launch.group.mode": "セキュリティグループの指定方法",
  "launch.group.new": "新しいセキュリティグループの作成",
  "launch.group.existing": "既存のセキュリティグループの選択",
  "launch.group.existingLegend": "既存のセキュリティグループ",
  "launch.group.name": "セキュリティグループ名",
  "launch.group.reused":
    "セキュリティグループ {name} は前回の試行で作成済みのため、選択された状態になっています。再試行しても別のグループは作成されません。",
  "launch.quick.legend": "クイック設定: すべてのアドレス (0.0.0.0/0) に開放",
  "launch.quick.hint":
    "チェックしたポートまたはプロトコルごとに、0.0.0.0/0 からのアクセスを許可するインバウンドルールが追加されます。詳細なルールはインスタンスの作成後にグループのページで設定します。",
  "launch.quick.warnTitle": "作成後にリモートアクセスを制限してください",
  "launch.quick.warnBody":
    "{ports} を 0.0.0.0/0 に開放すると、誰でもログインを試みることができます。インスタンスの作成後、オフィスのパブリック IP など、安全な IP アドレスからのみアクセスを許可するようにルールを変更してください。",
  "launch.limit.eachInstance": "各新規インスタンスのプライマリネットワークインターフェイス",
  "launch.summary": "{count} × {type}、{image}",
  "launch.submit": "インスタンスの作成",
  "launch.done": "{count} 台のインスタンスを作成しました。",
  "launch.result.title": "インスタンスを作成しました",
  "launch.result.created": "{count} 台のインスタンスが実行中です",
  "launch.result.groups": "セキュリティグループ:",
  "launch.result.gone": "これらのインスタンスは存在しません。リリースされた可能性があります。",
  "launch.result.again": "さらに作成",
  "launch.result.toList": "インスタンス一覧へ",

  // --- Explanations of ECS error codes (instances and ENIs) ---
  "err.InvalidInstanceId.NotFound": "このインスタンスはリージョンに存在しません。リリースされた可能性があります。",
  "err.InvalidInstanceIds.Malformed": "一度に指定できるインスタンス ID は最大 100 個です。",
  "err.IncorrectInstanceStatus":
    "インスタンスのステータスではこの操作はできません。停止済みのインスタンスを起動し、実行中のインスタンスを停止し、停止済みのインスタンスをリリースしてください。",
  "err.InvalidAmount.Malformed": "インスタンス数は 1~100 の整数で指定してください。",
  "err.InvalidInstanceName.Malformed":
    "インスタンス名は 2~128 文字で、英字で始まり、英字、数字、:、_、.、- を使用できます。",
  "err.InvalidInstanceType.ValueNotSupported": "このインスタンスタイプは提供されていません。",
  "err.InvalidInternetMaxBandwidthOut.Malformed": "パブリック帯域幅は 0~100 Mbit/s で指定してください。",
  "err.InvalidParameter.Mismatch":
    "セキュリティグループが vSwitch とは別の VPC にあります。vSwitch の VPC のグループを選択してください。",
  "err.InvalidPrivateIpAddress": "このアドレスは vSwitch の CIDR ブロックに含まれていません。",
  "err.InvalidPrivateIpAddress.Malformed": "IPv4 アドレスではありません。",
  "err.InvalidPrivateIpAddress.Duplicated": "このプライベート IP アドレスは vSwitch ですでに使用されています。",
  "err.InvalidVSwitchId.IpNotEnough": "vSwitch に空きのプライベート IP アドレスがありません。",
  "err.InvalidVSwitchId.IpInvalid":
    "このアドレスは vSwitch で使用できません。ブロックの範囲外か、プラットフォームが予約しているアドレスです。",
  "err.InvalidIp.IpAssigned": "このプライベート IP アドレスは別のネットワークインターフェイスに割り当て済みです。",
  "err.InvalidIp.IpRepeated": "同じプライベート IP アドレスが 2 回指定されています。",
  "err.InvalidVSwitchId.NotFound": "この vSwitch はリージョンに存在しません。",
  "err.InvalidEniId.NotFound":
    "このネットワークインターフェイスはリージョンに存在しません。削除された可能性があります。",
  "err.InvalidEcsId.NotFound": "このインスタンスはリージョンに存在しません。リリースされた可能性があります。",
  "err.InvalidOperation.InvalidEniState":
    "ネットワークインターフェイスのステータスではこの操作はできません。アタッチと削除は利用可能なもののみ、デタッチはアタッチ済みのもののみ可能です。",
  "err.InvalidOperation.DetachPrimaryEniNotAllowed":
    "プライマリネットワークインターフェイスはインスタンスから外せません。",
  "err.InvalidOperation.AvailabilityZoneMismatch":
    "ネットワークインターフェイスとインスタンスのゾーンが異なります。ネットワークインターフェイスと同じゾーンのインスタンスを選択してください。",
  "err.EniPerInstanceLimitExceeded":
    "インスタンスのネットワークインターフェイスはインスタンスタイプの上限に達しています。1 つデタッチするか、別のインスタンスを選択してください。",
  "err.InvalidOperation.VpcMismatch": "VPC が異なります。同じ VPC のリソースのみ組み合わせて使用できます。",
  "err.InvalidSecurityGroupId.NotVpc":
    "クラシックネットワークのセキュリティグループは VPC のネットワークインターフェイスでは使用できません。",
  "err.InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc":
    "プライマリネットワークインターフェイスのグループはインスタンスで変更します。ここでは名前と説明のみ変更できます。",
  "err.InvalidParam.EniIdAndInstanceId.Conflict":
    "インスタンスとネットワークインターフェイスのどちらか一方を指定してください。",
  "err.JoinedGroupLimitExceed":
    "1 つのネットワークインターフェイスに関連付けられるセキュリティグループは最大 10 個です。先にグループを削除してください。",
  "err.InstanceSecurityGroupLimitExceeded":
    "インスタンスはすでに上限 (10 個) のセキュリティグループに属しています。先にグループを削除してください。",
  "err.InstanceLastSecurityGroup":
    "インスタンスまたはネットワークインターフェイスは、少なくとも 1 つのセキュリティグループに属している必要があります。",
  "err.InvalidSecurityGroupVpc.NotBelongToOneVpc":
    "すべてのセキュリティグループはインスタンスの VPC にある必要があります。",
  "err.InvalidSecurityGroupType.NotSupportClassic":
    "クラシックネットワークのセキュリティグループはこのインスタンスでは使用できません。",
  "err.InvalidInstanceId.Mismatch": "セキュリティグループがインスタンスとは別の VPC にあります。",
  "err.InvalidOperation.MultiGroupType":
    "1 つのネットワークインターフェイスで基本セキュリティグループとエンタープライズセキュリティグループを併用することはできません。",
  "err.EnterpriseGroupLimited.MutliGroupType":
    "1 つのインスタンスで基本セキュリティグループとエンタープライズセキュリティグループを併用することはできません。",
  "err.InvalidParameter.SecurityGroupIdRepeated": "同じセキュリティグループが 2 回指定されています。",
  "err.InvalidInstanceId.AlreadyExists": "インスタンスはすでにこのセキュリティグループに属しています。",
  "err.InvalidSecurityGroupAssociation.NotFound":
    "インスタンスまたはネットワークインターフェイスはこのセキュリティグループに属していません。",
  "err.AclLimitExceed":
    "これらのグループのルールの合計が、1 つのネットワークインターフェイスの上限である 1,000 件を超えます。グループまたはルールを削除してください。",
  "err.SecurityGroupInstanceLimitExceeded":
    "セキュリティグループが上限に達しています。基本セキュリティグループは 6,000 個のプライベート IP アドレス、エンタープライズセキュリティグループは 65,536 個のネットワークインターフェイスまで収容できます。",
};
