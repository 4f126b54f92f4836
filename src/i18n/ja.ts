import type { CoreMessages } from "./en";

/** 日本語のメッセージ。用語はドキュメント (seed) に合わせる。キーは en.ts と完全に一致させる。 */
export const ja: CoreMessages = {
  // --- App shell ---
  "app.name": "ECS セキュリティグループ",
  "app.product": "Elastic Compute Service",
  "app.skipToContent": "本文へスキップ",
  "header.region": "リージョン",
  "header.language": "言語",
  "lang.en": "English",
  "lang.ja": "日本語",
  "nav.label": "コンソール",
  "nav.section": "ネットワークとセキュリティ",
  "nav.securityGroups": "セキュリティグループ",
  "nav.instances": "インスタンス",
  "nav.networkInterfaces": "ネットワークインターフェイス",
  "nav.prefixLists": "プレフィックスリスト",
  "nav.snapshots": "スナップショット",
  "nav.troubleshooting": "トラブルシューティング",
  "breadcrumbs.label": "パンくずリスト",
  "notFound.title": "ページが見つかりません",
  "notFound.body": "{path} にはページがありません。アドレスの誤りか、リソースが削除された可能性があります。",
  "notFound.unknownRegion": "{region} はこのコンソールのリージョンではありません。",
  "notFound.back": "セキュリティグループへ移動",
  "routeError.title": "このページを表示できませんでした",
  "routeError.retry": "ページを再読み込み",

  // --- Common ---
  "common.cancel": "キャンセル",
  "common.close": "閉じる",
  "common.save": "保存",
  "common.edit": "編集",
  "common.delete": "削除",
  "common.create": "作成",
  "common.optional": "任意",
  "common.actions": "操作",
  "common.loading": "読み込み中…",
  "common.none": "なし",
  "common.dismiss": "閉じる",
  "common.search": "検索",
  "common.clearFilters": "フィルターをクリア",
  "common.notifications": "通知",

  // --- Tables and pagination ---
  "table.selectAll": "すべての行を選択",
  "pager.label": "ページ送り",
  "pager.previous": "前のページ",
  "pager.next": "次のページ",
  "pager.page": "{page} ページ",
  "pager.size": "1 ページの行数",

  // --- Errors ---
  "error.title": "リクエストに失敗しました",

  // --- Security group list (SG-4) ---
  "sg.list.title": "セキュリティグループ",
  "sg.list.intro":
    "セキュリティグループは ECS インスタンスの仮想ファイアウォールです。インバウンドルールとアウトバウンドルールによって、メンバーであるネットワークインターフェイスに出入りできるトラフィックが決まります。",
  "sg.list.create": "セキュリティグループの作成",
  "sg.list.tableLabel": "セキュリティグループ",
  "sg.list.quota": "このリージョンのセキュリティグループ: {used} / {quota}",
  "sg.quota.open": "クォータを変更",
  "sg.quota.title": "セキュリティグループのクォータ (q_security-groups)",
  "sg.quota.intro":
    "このリージョンでは {quota} 個中 {used} 個のセキュリティグループを使用しています。クォータセンターと同様にクォータを引き上げられます。使用数を下回る値にはできません。",
  "sg.quota.value": "このリージョンのセキュリティグループ数",
  "sg.quota.hint": "{min} から {max} までの整数。",
  "sg.quota.invalid": "{min} から {max} までの整数を入力してください。",
  "sg.quota.saved": "クォータは {quota} 個になりました。",
  "sg.list.emptyTitle": "条件に一致するセキュリティグループはありません",
  "sg.list.emptyBody": "フィルターを変更またはクリアするか、セキュリティグループを作成してください。",
  "sg.list.emptyRegionTitle": "このリージョンにはまだセキュリティグループがありません",
  "sg.list.emptyRegionBody": "セキュリティグループを作成して、インスタンスのトラフィック制御を始めましょう。",
  "sg.filter.label": "セキュリティグループの絞り込み",
  "sg.filter.searchBy": "検索項目",
  "sg.filter.byName": "名前",
  "sg.filter.byId": "セキュリティグループ ID",
  "sg.filter.byTag": "タグ (キー=値)",
  "sg.filter.searchText": "検索文字列",
  "sg.filter.placeholder.name": "名前の一部 (例: prod)",
  "sg.filter.placeholder.id": "sg-…",
  "sg.filter.placeholder.tag": "env=prod",
  "sg.filter.vpc": "VPC",
  "sg.filter.allVpcs": "すべての VPC",
  "sg.filter.type": "タイプ",
  "sg.filter.allTypes": "すべてのタイプ",
  "sg.col.idName": "ID / 名前",
  "sg.col.vpc": "VPC",
  "sg.col.type": "タイプ",
  "sg.col.rules": "ルール数",
  "sg.col.members": "メンバー数",
  "sg.col.created": "作成日時",
  "sg.col.tags": "タグ",
  "sg.type.normal": "基本",
  "sg.type.enterprise": "エンタープライズ",
  "sg.classic": "クラシックネットワーク",
  "sg.managedBadge": "管理対象",
  "sg.unnamed": "(名前なし)",
  "sg.action.manageRules": "ルールの管理",
  "sg.action.clone": "クローン",
  "sg.action.delete": "削除",

  // --- Create (SG-1, SG-2, SG-10) ---
  "sg.create.title": "セキュリティグループの作成",
  "sg.create.submit": "作成",
  "sg.create.created": "セキュリティグループ {name} を作成しました。",
  "sg.create.quota": "このリージョンでは {quota} 個中 {used} 個のセキュリティグループを使用しています。",
  "sg.create.quotaFull":
    "このリージョンはセキュリティグループのクォータ ({quota} 個) に達しています。先にグループを削除するか、クォータを引き上げてください。",
  "sg.field.type": "セキュリティグループタイプ",
  "sg.field.vpc": "VPC",
  "sg.field.vpcHint": "この VPC 内のインスタンスとネットワークインターフェイスだけがグループに参加できます。",
  "sg.field.vpcNone": "このリージョンに VPC がありません",
  "sg.field.name": "セキュリティグループ名",
  "sg.field.nameHint":
    "2～128 文字。先頭は英字 (または漢字・かな) で、英数字、コロン (:)、アンダースコア (_)、ピリオド (.)、ハイフン (-) を使用できます。",
  "sg.field.description": "説明",
  "sg.field.descriptionHint": "2～256 文字。http:// または https:// で始めることはできません。",
  "sg.naming.advice": "命名規則の推奨: environment-application-purpose-sg の形式 (例: prod-mysql-db-sg)。",
  "sg.naming.nudge":
    "この名前は environment-application-purpose-sg の形式ではありません。推奨であり、このままでも作成できます。",
  "sg.type.normalSummary": "一般的なワークロード向け。メンバー同士は通信でき、ルールで他のグループを指定できます。",
  "sg.type.enterpriseSummary": "大規模な環境向け。メンバーは隔離され、ルールにはアドレスのみ指定できます。",
  "sg.compare.caption": "基本セキュリティグループとエンタープライズセキュリティグループの比較",
  "sg.compare.aspect": "項目",
  "sg.compare.capacity": "容量",
  "sg.compare.capacity.normal": "プライベート IP アドレス 6,000 個まで",
  "sg.compare.capacity.enterprise": "ネットワークインターフェイス 65,536 個まで",
  "sg.compare.inner": "メンバー間の通信",
  "sg.compare.inner.normal": "デフォルトで許可 (内部隔離に変更可能)",
  "sg.compare.inner.enterprise": "常に隔離",
  "sg.compare.reference": "セキュリティグループを指定するルール",
  "sg.compare.reference.normal": "1 グループあたり 20 個まで",
  "sg.compare.reference.enterprise": "未サポート (他のグループからも指定不可)",
  "sg.compare.defaults": "ルールがないときのトラフィック",
  "sg.compare.defaults.normal": "インバウンドは拒否 (メンバーからは許可)、アウトバウンドは許可",
  "sg.compare.defaults.enterprise": "インバウンドもアウトバウンドも拒否",
  "sg.create.enterpriseNote":
    "コンソールは、すべてのトラフィックを許可するアウトバウンドルールを IPv4 (0.0.0.0/0) と IPv6 (::/0) の 2 つ追加します。インバウンドはルールを追加するまで拒否されます。",
  "sg.create.outboundFailed":
    "グループ {id} は作成されましたが、すべてを許可するアウトバウンドルールを追加できませんでした。[アウトバウンドルール] タブで追加してください。",

  // --- Detail (SG-4..SG-9) ---
  "sg.detail.tabs": "セキュリティグループの詳細",
  "sg.tab.inbound": "インバウンドルール",
  "sg.tab.outbound": "アウトバウンドルール",
  "sg.tab.instances": "インスタンス",
  "sg.tab.networkInterfaces": "ネットワークインターフェイス",
  "sg.tab.snapshots": "スナップショット",
  "sg.tab.details": "基本情報",
  "sg.detail.id": "セキュリティグループ ID",
  "sg.detail.name": "名前",
  "sg.detail.vpc": "VPC",
  "sg.detail.type": "タイプ",
  "sg.detail.innerPolicy": "グループ内接続ポリシー",
  "sg.detail.created": "作成日時",
  "sg.detail.description": "説明",
  "sg.detail.tags": "タグ",
  "sg.detail.members": "メンバー数",
  "sg.detail.ruleUsage": "ルール数",
  "sg.detail.resourceGroup": "リソースグループ",
  "sg.detail.noDescription": "説明なし",
  "sg.detail.editInfo": "名前と説明の編集",
  "sg.detail.delete": "セキュリティグループの削除",
  "sg.detail.notFoundTitle": "セキュリティグループが見つかりません",
  "sg.detail.notFoundBody": "{id} は {region} に存在しません。削除された可能性があります。",
  "sg.edit.title": "基本情報の編集",
  "sg.edit.saved": "基本情報を保存しました。",
  "sg.managed.title": "{service} の管理対象 (表示専用)",
  "sg.managed.body":
    "このグループはクラウドサービスが作成し、ルールを管理しています。コンソールと API はこのグループへの変更をすべて拒否します (InvalidOperation.ResourceManagedByCloudProduct)。変更は {service} から行ってください。",
  "sg.service.ack": "Container Service for Kubernetes (ACK)",
  "sg.service.unknown": "クラウドサービス (ServiceID {id})",
  "sg.inner.accept": "許可 (Accept)",
  "sg.inner.drop": "内部隔離 (Drop)",
  "sg.inner.switchLabel": "メンバー同士の通信を許可する",
  "sg.inner.explainAccept":
    "許可: このグループのインスタンスは、ルールに関係なく、内部ネットワーク経由ですべてのポートで相互に通信できます。",
  "sg.inner.explainDrop":
    "内部隔離: このグループのインスタンスは、インバウンドルールで許可しない限り相互に通信できません。",
  "sg.inner.enterprise":
    "エンタープライズセキュリティグループのメンバーは常に隔離され、グループ内接続ポリシーは変更できません。",
  "sg.inner.several":
    "ネットワークインターフェイスが複数のグループに属する場合、共通の基本セキュリティグループのいずれかが許可であれば、インスタンス同士は通信できます。",
  "sg.inner.toDropTitle": "{name} のメンバーを内部隔離しますか?",
  "sg.inner.toDropBody":
    "ルールで許可しない限り、このグループのインスタンスは内部ネットワーク経由で相互に通信できなくなります。インスタンス間の接続が切断される場合があります。",
  "sg.inner.toDropConfirm": "内部隔離にする",
  "sg.inner.toAcceptTitle": "{name} のメンバー同士の通信を許可しますか?",
  "sg.inner.toAcceptBody":
    "ルールに関係なく、このグループのすべてのインスタンスが、すべてのポートとプロトコルで他のメンバーと通信できるようになります。",
  "sg.inner.toAcceptConfirm": "メンバー間の通信を許可",
  "sg.inner.changed": "グループ内接続ポリシーを {policy} に変更しました。",

  // --- Rules (RULE-7, RULE-8) ---
  "rules.inboundLabel": "インバウンドルール",
  "rules.outboundLabel": "アウトバウンドルール",
  "rules.add": "ルールの追加",
  "rules.deleteSelected": "選択したルールを削除 ({count})",
  "rules.usage": "{used} / {limit} ルール",
  "rules.usageLabel": "グループの上限 {limit} ルールに対する使用数",
  "rules.usageAfter": "変更後: このグループのルール {used} / {limit}",
  "rules.overLimit": "1 グループあたりの上限 {limit} ルールを超えるため、リクエストは拒否されます。",
  "rules.col.policy": "アクション",
  "rules.col.priority": "優先度",
  "rules.col.protocol": "プロトコル",
  "rules.col.port": "ポート範囲",
  "rules.col.source": "ソース",
  "rules.col.destination": "宛先",
  "rules.col.description": "説明",
  "rules.col.created": "作成日時",
  "rules.policy.accept": "許可",
  "rules.policy.drop": "拒否",
  "rules.emptyInbound": "インバウンドルールはありません。",
  "rules.emptyOutbound": "アウトバウンドルールはありません。",
  "rules.emptyInboundBody.normal":
    "インバウンドルールがない基本セキュリティグループは、メンバーからのトラフィックを除くすべてのインバウンドトラフィックを拒否します。",
  "rules.emptyInboundBody.enterprise":
    "インバウンドルールがないエンタープライズセキュリティグループは、すべてのインバウンドトラフィックを拒否します。",
  "rules.emptyOutboundBody.normal":
    "アウトバウンドルールがない基本セキュリティグループは、すべてのアウトバウンドトラフィックを許可します。",
  "rules.emptyOutboundBody.enterprise":
    "アウトバウンドルールがないエンタープライズセキュリティグループは、すべてのアウトバウンドトラフィックを拒否します。",
  "rules.readOnly": "表示専用: このグループはクラウドサービスの管理対象です。",
  "rules.selectRule": "ルール {id} を選択",
  "rules.editorLabel": "ルール {id} の編集",
  "rules.addTitle.ingress": "インバウンドルールの追加",
  "rules.addTitle.egress": "アウトバウンドルールの追加",
  "rules.addSubmit": "ルールを追加",
  "rules.addRow": "ルールをもう 1 つ追加",
  "rules.removeRow": "ルール {n} を取り除く",
  "rules.rowLabel": "ルール {n}",
  "rules.quick": "クイック追加",
  "rules.quickHint": "ボタンごとに、そのポートのルールを追加します。その後、アクセスを許可する相手を指定してください。",
  "rules.added": "{count} 個のルールを追加しました。",
  "rules.addedNone": "追加されたルールはありません。同じルールがすでにこのグループにあります。",
  "rules.descriptionKept":
    "説明を空にすると、API の仕様どおり現在の説明 (「{description}」) がそのまま残ります。置き換えるには新しい説明を入力してください。",
  "rules.updated": "ルール {id} を更新しました。",
  "rules.deleted": "{count} 個のルールを削除しました。",
  "rules.confirmDeleteOne": "ルール {id} を削除しますか?",
  "rules.confirmDeleteMany": "{count} 個のルールを削除しますか?",
  "rules.confirmDeleteBody": "今後このトラフィックは残りのルールだけで判定されます。この操作は元に戻せません。",
  "rules.field.policy": "アクション",
  "rules.field.priority": "優先度",
  "rules.field.priorityHint": "1～100。1 が最も高い優先度です。",
  "rules.field.protocol": "プロトコル",
  "rules.field.port": "ポート範囲",
  "rules.field.portHint": "例: 22/22 や 8000/8080。単一のポートも入力できます。",
  "rules.field.portNone": "すべてのポート (-1/-1)",
  "rules.field.sourceType": "ソースの種類",
  "rules.field.destinationType": "宛先の種類",
  "rules.field.source": "ソース",
  "rules.field.destination": "宛先",
  "rules.field.description": "説明",
  "rules.peer.ipv4": "IPv4 CIDR",
  "rules.peer.ipv6": "IPv6 CIDR",
  "rules.peer.group": "セキュリティグループ",
  "rules.peer.prefixList": "プレフィックスリスト",
  "rules.peer.placeholder.ipv4": "例: 10.0.0.0/8 または 121.40.10.10",
  "rules.peer.placeholder.ipv6": "例: 2001:db8::/32",
  "rules.peer.placeholder.group": "sg-… (同じ VPC のグループが候補に表示されます)",
  "rules.peer.groupOption": "{name} ({id})",
  "rules.enterpriseNoGroup":
    "エンタープライズセキュリティグループでは、ソースや宛先にセキュリティグループを指定できません。",
  "rules.enterpriseAcceptOnly": "エンタープライズセキュリティグループには許可ルールのみ設定できます。",
  "rules.protocol.ALL": "すべて",
  "rules.protocol.TCP": "TCP",
  "rules.protocol.UDP": "UDP",
  "rules.protocol.ICMP": "ICMP (IPv4)",
  "rules.protocol.ICMPv6": "ICMPv6",
  "rules.protocol.GRE": "GRE",
  "rules.warn.title": "インターネット全体に公開されます",
  "rules.warn.body":
    "{what} が {cidr} に開放されます。最小権限の原則に従い、オフィスのパブリック IP など信頼できる固定 IP アドレスのみを許可してください。",
  "rules.warn.ssh": "SSH (22)",
  "rules.warn.rdp": "RDP (3389)",
  "rules.warn.all": "すべてのポートとプロトコル",

  // --- Delete (SG-6) ---
  "sg.delete.title": "セキュリティグループ {name} を削除しますか?",
  "sg.delete.irreversible":
    "セキュリティグループの削除は元に戻せない操作です。グループとそのすべてのルールが完全に削除されます。必要な設定は事前にバックアップしてください。",
  "sg.delete.checking": "このグループの利用状況を確認しています…",
  "sg.delete.blocked": "このグループはまだ削除できません:",
  "sg.delete.members": "{count} 個のネットワークインターフェイスがメンバーです。先にグループから外してください。",
  "sg.delete.membersLink": "メンバーを表示",
  "sg.delete.moreMembers": "…ほか {count} 個",
  "sg.delete.referenced":
    "次のセキュリティグループのルールがこのグループを指定しています。先にそのルールを削除してください:",
  "sg.delete.managed": "{service} の管理対象です。管理対象セキュリティグループは削除できません。",
  "sg.delete.free":
    "このグループを使用しているインスタンス、ネットワークインターフェイス、他のグループのルールはありません。",
  "sg.delete.confirm": "削除",
  "sg.delete.force": "強制削除を試す",
  "sg.delete.forceExplain":
    "関連付けは見つかりません。強制削除では、上記のグループにある、このグループを指定したルール (合計 {count} 個) を削除してから、グループを削除します。",
  "sg.delete.referencingRules": "指定しているルール: {count} 個",
  "sg.delete.deleted": "セキュリティグループ {name} を削除しました。",

  // --- Explanations of ECS error codes ---
  "err.InvalidParam.PortRange":
    "ポート範囲は 1～65535 のポート 2 つを「開始/終了」の形式で指定し、開始は終了以下にしてください (例: 22/22、8000/8080)。",
  "err.InvalidPortRange.Malformed": "TCP と UDP のルールにはポート範囲が必要です (例: 443/443)。",
  "err.QuotaExceed.Storage":
    "このサイトのブラウザーストレージがいっぱいのため、変更は保存されず、何も変更されていません。空き容量を作成してから (スナップショットを削除する、またはワークスペースをダウンロードしてリセットする) 再試行してください。",
  "err.InvalidOperation.WorkspaceUpgraded":
    "別のタブで新しいバージョンのコンソールがこのワークスペースを開きました。このタブを再読み込みして続行してください。保存した内容は失われていません。",
  "err.OperationDenied":
    "このプロトコルとポート範囲は組み合わせられません。TCP と UDP には実際のポートが必要で、ICMP、ICMPv6、GRE、すべては -1/-1 を使用します。",
  "err.InvalidIpProtocol.Malformed": "プロトコルを選択してください。",
  "err.InvalidIpProtocol.ValueNotSupported": "プロトコルは TCP、UDP、ICMP、ICMPv6、GRE、すべてのいずれかです。",
  "err.InvalidSourcePortRange.Malformed":
    "送信元ポート範囲は 1～65535 のポートを「開始/終了」の形式で指定してください。",
  "err.InvalidPriority.Malformed": "優先度は 1 (最高) から 100 (最低) までの整数で指定してください。",
  "err.InvalidPolicy.Malformed": "アクションは許可または拒否です。",
  "err.InvalidSourceCidrIp.Malformed":
    "選択したアドレスファミリーのアドレスまたは CIDR ブロックではありません。例: 10.0.0.0/8、121.40.10.10、2001:db8::/32。",
  "err.InvalidDestCidrIp.Malformed":
    "選択したアドレスファミリーのアドレスまたは CIDR ブロックではありません。例: 10.0.0.0/8、121.40.10.10、2001:db8::/32。",
  "err.MissingParameter.Source": "トラフィックの送信元 (CIDR ブロックまたはセキュリティグループ) を指定してください。",
  "err.MissingParameter.Dest": "トラフィックの宛先 (CIDR ブロックまたはセキュリティグループ) を指定してください。",
  "err.InvalidParam.SourceIp": "ソースには IPv4 か IPv6 のどちらか一方を指定してください。",
  "err.InvalidParam.DestIp": "宛先には IPv4 か IPv6 のどちらか一方を指定してください。",
  "err.InvalidParameter.Conflict": "1 つのルールに IPv4 と IPv6 のアドレスを混在させることはできません。",
  "err.InvalidParam.Ipv4ProtocolConflictWithIpv6Address":
    "ICMP は IPv4 用です。IPv6 アドレスには ICMPv6 を選択してください。",
  "err.InvalidParam.Ipv6ProtocolConflictWithIpv4Address":
    "ICMPv6 は IPv6 用です。IPv4 アドレスには ICMP を選択してください。",
  "err.InvalidParamter.Conflict":
    "グループ自身をソースに指定することはできません。メンバー間の通信はグループ内接続ポリシーで決まります。",
  "err.InvalidSecurityGroup.IsSame": "グループ自身を宛先に指定することはできません。",
  "err.InvalidSourceGroupId.Mismatch":
    "ソースのグループは別の VPC にあります。ルールに指定できるのは同じ VPC のグループだけです。",
  "err.InvalidDestGroupId.Mismatch":
    "宛先のグループは別の VPC にあります。ルールに指定できるのは同じ VPC のグループだけです。",
  "err.InvalidSourceGroupId.NotFound": "この ID のセキュリティグループはこのリージョンに存在しません。",
  "err.InvalidDestGroupId.NotFound": "この ID のセキュリティグループはこのリージョンに存在しません。",
  "err.InvalidGroupAuthParameter.OperationDenied":
    "エンタープライズセキュリティグループを他のグループのルールに指定することはできません。",
  "err.InvalidGroupParameter.OperationDenied":
    "エンタープライズセキュリティグループには、アドレスを指定した許可ルールのみ設定できます。拒否ルールやセキュリティグループの指定はできません。",
  "err.AuthorizedGroupRule.LimitExceed":
    "基本セキュリティグループで別のセキュリティグループを指定できるルールは 20 個までです。",
  "err.AuthorizationLimitExceed":
    "ルールの上限を超えます。上限は 1 グループあたり 200 ルール、1 つのネットワークインターフェイスの全グループで合計 1,000 ルールです。",
  "err.InvalidParam.DuplicatePermissions":
    "このリクエストに同じルールが 2 つ含まれています。1 つを取り除いてください。",
  "err.InvalidParam.Permissions": "1 回のリクエストで追加できるルールは 1～100 個です。",
  "err.InvalidPrefixListId.NotFound": "この ID のプレフィックスリストはこのリージョンに存在しません。",
  "err.InvalidParam.PrefixListAddressFamilyMismatch":
    "プレフィックスリストのアドレスファミリーがルールと一致しません。",
  "err.InvalidSecurityGroupDiscription.Malformed":
    "説明が長すぎるか、http:// または https:// で始まっています。グループの説明は 2～256 文字、ルールの説明は 512 文字までです。",
  "err.InvalidSecurityGroupRuleId.NotFound": "このルールはもう存在しません。別のタブで削除された可能性があります。",
  "err.InvalidOperation.ModifySgRuleEntityType":
    "ソースまたは宛先の種類 (IPv4、IPv6、グループ、プレフィックスリスト) は変更できません。ルールを削除して新しく追加してください。",
  "err.InvalidOperation.ModifyNicType": "ルールのネットワークタイプは変更できません。",
  "err.InvalidOperation.RuleDuplicate": "変更後のルールが、このグループの別のルールと同一になります。",
  "err.InvalidNicType.Mismatch": "NIC タイプ internet はクラシックネットワークのグループにのみ存在します。",
  "err.InvalidSecurityGroupName.Malformed":
    "名前は 2～128 文字で、先頭は英字、使用できるのは英数字と : _ . - です。http:// または https:// で始めることはできません。",
  "err.InvalidParams.VpcIdGroupType":
    "エンタープライズセキュリティグループには VPC が必要です。VPC を選択してください。",
  "err.InvalidParams.GroupType": "タイプは基本またはエンタープライズです。",
  "err.QuotaExceed.SecurityGroup":
    "このリージョンはセキュリティグループのクォータに達しています。グループを削除するか、クォータを引き上げてください。",
  "err.InvalidVpcId.NotFound": "この VPC はリージョンに存在しません。",
  "err.InvalidSecurityGroupId.NotFound":
    "このセキュリティグループはリージョンに存在しません。削除された可能性があります。",
  "err.InvalidSecurityGroup.NotFound":
    "このセキュリティグループはリージョンに存在しません。削除された可能性があります。",
  "err.DependencyViolation":
    "グループはまだ使用中です。メンバーのネットワークインターフェイスがあるか、他のグループのルールがこのグループを指定しています。",
  "err.InvalidOperation.ResourceManagedByCloudProduct":
    "このグループはクラウドサービスの管理対象のため、ここでは表示専用です。",
  "err.InvalidOperation.DeletionProtection": "このグループは削除保護が有効なため削除できません。",
  "err.InvalidParameter.InnerAccessPolicy":
    "エンタープライズセキュリティグループのメンバーは常に隔離され、ポリシーは変更できません。",
  "err.InvalidRegionId.NotFound": "このリージョンは存在しません。",
  "err.MissingParameter": "必須の値が入力されていません。",
  "err.InvalidParameter": "値のいずれかが無効です。",
  "err.InternalError": "シミュレーターで内部エラーが発生しました。これはバグです。再読み込みで解消する場合があります。",
  "err.ServiceUnavailable": "API が一時的に利用できません。もう一度お試しください。",
  "err.NetworkError":
    "コンソールが API に接続できませんでした。ページを再読み込みしてください。解消しない場合はバグとして報告してください。",

  // --- Tags editor (create forms) ---
  "tags.legend": "タグ",
  "tags.hint":
    "リソースの検索や分類に使うキーと値のペアです (最大 {limit} 個)。キーは重複できず、aliyun や acs: で始めることはできません。",
  "tags.key": "タグ {n} のキー",
  "tags.value": "タグ {n} の値",
  "tags.keyPlaceholder": "キー (例: env)",
  "tags.valuePlaceholder": "値 (例: prod)",
  "tags.remove": "タグ {n} を削除",
  "tags.add": "タグを追加",
  "tags.count": "{used} / {limit} 個のタグ",
  "err.InvalidTagKey.Malformed": "タグキーは 1～128 文字で、aliyun、acs:、http://、https:// で始めることはできません。",
  "err.InvalidTagValue.Malformed": "タグ値は 128 文字以内で、http:// または https:// で始めることはできません。",
  "err.Duplicate.TagKey": "このキーは別のタグで使われています。キーは 1 回しか使えません。",
  "err.QuotaExceed.Tags": "1 つのリソースに付けられるタグは最大 20 個です。",

  // --- Demo controls: the engine clock (SNAP-3) ---
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
};
