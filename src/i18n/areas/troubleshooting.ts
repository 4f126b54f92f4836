/**
 * Messages of one console area, in both languages. Keys are prefixed by the area; ja must have
 * every en key (typed here, and checked by tests/i18n.test.ts through the merged catalogues).
 */
const en = {
  // --- Troubleshooting page (DIAG-1..3) ---
  "diag.title": "Troubleshooting",
  "diag.intro":
    "Security group rule diagnosis: check whether traffic reaches an instance's network interface, and read which rule decided and why.",
  "diag.link.troubleshoot": "Troubleshoot",
  "diag.empty.title": "Pick an instance to diagnose",
  "diag.empty.body":
    "Choose an instance and its network interface above. One-click checks then test the common ports and ping against its inbound rules.",

  "diag.target.title": "Instance and network interface",
  "diag.target.instance": "Instance",
  "diag.target.filter": "Find: {what}",
  "diag.target.filterHint": "Part of a name, or an instance ID.",
  "diag.target.filterPlaceholder": "e.g. web or i-…",
  "diag.target.choose": "Choose an instance",
  "diag.target.noMatch": "No instance matches",
  "diag.target.more": "The first {count} matches are listed: type more of the name to narrow them.",
  "diag.target.eni": "Network interface",
  "diag.target.eniHint": "Security groups apply to network interfaces; most instances have one.",
  "diag.target.noEni": "No network interface",
  "diag.target.primary": "Primary",
  "diag.target.secondary": "Secondary",
  "diag.target.privateIp": "Private IP address",
  "diag.target.publicIp": "Public IP address",
  "diag.target.status": "Status",
  "diag.target.running": "Running",
  "diag.target.stopped": "Stopped",
  "diag.target.groups": "Security groups of this network interface",
  "diag.target.missingTitle": "Instance not found",
  "diag.target.missing": "{id} does not exist in this region. It may have been deleted: choose another instance.",
  "diag.target.noMembersTitle": "This security group has no member instance",
  "diag.target.noMembers": "No instance uses {id} through its primary network interface. Choose any instance instead.",
  "diag.target.stoppedTitle": "This instance is stopped",
  "diag.target.stoppedBody":
    "The checks judge its security-group rules only: a stopped instance answers nothing, whatever the rules allow.",

  "diag.oneClick.title": "One-click checks",
  "diag.oneClick.intro":
    "Common ports and ping from one outside address to {eni}, judged by the inbound rules of its security groups.",
  "diag.oneClick.run": "Run checks",
  "diag.check.http": "HTTP (80)",
  "diag.check.https": "HTTPS (443)",
  "diag.check.ssh": "SSH (22)",
  "diag.check.rdp": "RDP (3389)",
  "diag.check.web8080": "Web service (8080)",
  "diag.check.ping": "Ping (ICMP)",
  "diag.detail.from": "{traffic} from {source}",
  "diag.checking": "Checking…",
  "diag.verdict.allowed": "Allowed",
  "diag.verdict.blocked": "Blocked",

  "diag.field.source": "Source address",
  "diag.field.sourceHint":
    "The public IP address of your computer or client. A sample address is used until you set yours.",
  "diag.field.protocol": "Protocol type",
  "diag.field.port": "Destination port",
  "diag.field.portNone": "This protocol has no ports.",
  "diag.source.required": "Enter the address the traffic comes from.",
  "diag.source.invalid": "Enter one IPv4 address, such as 203.0.113.10 (not a CIDR block).",
  "diag.source.ipv6": "Network interfaces here have IPv4 addresses only: enter an IPv4 address.",
  "diag.port.invalid": "Enter a port from 1 to 65535.",

  "diag.custom.title": "Custom check",
  "diag.custom.intro": "Any other port: the source address, the destination port and the protocol of your service.",
  "diag.custom.run": "Check",
  "diag.custom.resultTitle": "Custom: {traffic}",

  "diag.peer.title": "Instance to instance",
  "diag.peer.intro":
    "Traffic between two instances is judged twice: by the source's outbound rules, then by the destination's inbound rules.",
  "diag.peer.direction": "Direction",
  "diag.peer.in": "From another instance to {here}",
  "diag.peer.out": "From {here} to another instance",
  "diag.peer.directionHint": "The direction in which the connection starts.",
  "diag.peer.other": "Other instance",
  "diag.peer.required": "Choose the other instance.",
  "diag.peer.run": "Check",
  "diag.peer.resultTitle": "From {from} to {to}",

  "diag.trace.toggle": "Trace",
  "diag.trace.toggleFor": "Trace of {check}",
  "diag.hop.ingress": "Step {step} of {steps}: inbound at {eni}",
  "diag.hop.egress": "Step {step} of {steps}: outbound at {eni}",
  "diag.hop.ingressOnly": "Inbound at {eni}",
  "diag.hop.egressOnly": "Outbound at {eni}",
  "diag.hop.groups": "Rules of {count} security groups evaluated:",
  "diag.hop.noMatch": "No rule of these groups matches this packet.",
  "diag.hop.matchedCaption": "Matching rules of step {step}, in evaluation order",
  "diag.col.order": "Order",
  "diag.col.group": "Security group",
  "diag.col.rule": "Rule ID",
  "diag.col.outcome": "Outcome",
  "diag.col.decided": "Decided",
  "diag.col.outranked": "Outranked",
  "diag.col.notConsulted": "Not consulted",

  "diag.reason.ruleAccept": "Rule {rule} of {group} allows the packet at priority {priority}.",
  "diag.reason.ruleDrop": "Rule {rule} of {group} denies the packet at priority {priority}.",
  "diag.reason.lowestOf": "It has the lowest priority number of the {count} matching rules.",
  "diag.reason.dropBeatsAccept":
    "Drop beats accept at priority {priority}: rule {rule} of {group} denies the packet, although an allow rule matches at the same priority.",
  "diag.reason.inner":
    "Members of {group} may talk to each other: inner policy Accept. The traffic is allowed before any rule is consulted.",
  "diag.reason.defaultDenyIn": "No rule matched: inbound traffic is denied by default.",
  "diag.reason.defaultDenyOut": "No rule matched: outbound traffic of enterprise security groups is denied by default.",
  "diag.reason.defaultAllow": "No rule matched: outbound traffic of basic security groups is allowed by default.",
  "diag.reason.platform":
    "The platform blocks outbound TCP to port 25 of public addresses, whatever the rules say. Send mail over port 465 instead.",

  "diag.note.stateful":
    "Security groups are stateful: replies to an allowed connection are allowed, so only the direction that starts the connection is judged.",
  "diag.note.outside":
    "The source {address} is judged as an address, not as an instance: only the destination's inbound rules are checked, as if the packet reached its network interface. Routing, public IP reachability and network ACLs are not modelled.",
  "diag.note.scope":
    "Only security-group rules (and the platform's port-25 restriction) are judged: instance status, routing and network ACLs are not modelled.",

  "diag.openPort.button": "Open port",
  "diag.openPort.labelFor": "Open port for {check}",
  "diag.openPort.description": "Opened from troubleshooting: {check}",
  "diag.openPort.introTitle": "Open port: allow exactly the checked traffic",
  "diag.openPort.summaryIn": "The rule allows {traffic} from {peer} only. Widen the source yourself if you need to.",
  "diag.openPort.summaryOut":
    "The rule allows {traffic} to {peer} only. Widen the destination yourself if you need to.",
  "diag.openPort.outranks":
    "Deny rule {rule} decided at priority {priority}. At equal priority a deny wins, so this rule gets priority {mine}.",
  "diag.openPort.noDeny": "No rule matched this traffic, so it was denied by default; any priority lets it through.",
  "diag.openPort.group": "Add the rule to",
  "diag.openPort.groupHint":
    "Any security group of this network interface works: their rules are evaluated together. Managed groups are read-only.",
  "diag.openPort.priorityOneTitle": "A deny rule at priority 1 cannot be outranked",
  "diag.openPort.priorityOne":
    "Rule {rule} denies this traffic at priority 1, the highest; an allow rule at the same priority loses to it. Change or delete that rule in:",
  "diag.openPort.platformTitle": "No rule can open this",
  "diag.openPort.platform":
    "Outbound port 25 to public addresses is restricted by the platform for security. Use port 465 (SSL) to send mail.",
  "diag.openPort.managedOnlyTitle": "Only managed security groups here",
  "diag.openPort.managedOnly":
    "Every security group of this network interface is managed by a cloud service, so its rules cannot change here. Add a group of your own to the network interface first.",

  "diag.guide.pingTitle": "Ping fails: the ICMP rule was probably removed",
  "diag.guide.ping":
    "Ping failures usually come from a deleted default inbound rule for ICMP, the protocol ping uses. Open port adds an ICMP rule for the checked address.",
  "diag.guide.healthTitle": "After a deny-all rule, allow the platform's health checks",
  "diag.guide.health":
    "A rule that denies everything also shuts out Alibaba Cloud's health checks and availability monitoring, which come from {cidr}. Allow that range inbound with a higher priority.",
  "diag.guide.healthButton": "Allow health checks",
  "diag.guide.healthIntroTitle": "Allow the platform's health checks",
  "diag.guide.healthSummary": "The rule allows all protocols from {cidr}, the platform's health-check range.",
  "diag.guide.healthDescription": "Platform health checks",
  "diag.guide.healthBlocked":
    "The deny-all rule has priority 1: no allow rule can outrank it. Lower its priority (a bigger number) first.",
} as const;

const ja: Record<keyof typeof en, string> = {
  "diag.title": "トラブルシューティング",
  "diag.intro":
    "セキュリティグループルールの診断: トラフィックがインスタンスのネットワークインターフェースに届くかを検出し、どのルールがなぜ判定したかを確認します。",
  "diag.link.troubleshoot": "診断",
  "diag.empty.title": "診断するインスタンスを選択してください",
  "diag.empty.body":
    "上でインスタンスとそのネットワークインターフェースを選択すると、ワンクリック検出で一般的なポートと ping をインバウンドルールに対して検出します。",

  "diag.target.title": "インスタンスとネットワークインターフェース",
  "diag.target.instance": "インスタンス",
  "diag.target.filter": "検索: {what}",
  "diag.target.filterHint": "名前の一部、またはインスタンス ID。",
  "diag.target.filterPlaceholder": "例: web または i-…",
  "diag.target.choose": "インスタンスを選択",
  "diag.target.noMatch": "一致するインスタンスはありません",
  "diag.target.more": "最初の {count} 件を表示しています。名前をさらに入力して絞り込んでください。",
  "diag.target.eni": "ネットワークインターフェース",
  "diag.target.eniHint":
    "セキュリティグループはネットワークインターフェースに作用します。ほとんどのインスタンスには 1 つしかありません。",
  "diag.target.noEni": "ネットワークインターフェースなし",
  "diag.target.primary": "プライマリ",
  "diag.target.secondary": "セカンダリ",
  "diag.target.privateIp": "プライベート IP アドレス",
  "diag.target.publicIp": "パブリック IP アドレス",
  "diag.target.status": "ステータス",
  "diag.target.running": "実行中",
  "diag.target.stopped": "停止済み",
  "diag.target.groups": "このネットワークインターフェースのセキュリティグループ",
  "diag.target.missingTitle": "インスタンスが見つかりません",
  "diag.target.missing":
    "{id} はこのリージョンに存在しません。削除された可能性があります。別のインスタンスを選択してください。",
  "diag.target.noMembersTitle": "このセキュリティグループにはメンバーのインスタンスがありません",
  "diag.target.noMembers":
    "プライマリネットワークインターフェースで {id} を使用しているインスタンスはありません。任意のインスタンスを選択してください。",
  "diag.target.stoppedTitle": "このインスタンスは停止しています",
  "diag.target.stoppedBody":
    "検出はセキュリティグループルールのみを判定します。停止中のインスタンスは、ルールが許可していても応答しません。",

  "diag.oneClick.title": "ワンクリック検出",
  "diag.oneClick.intro":
    "外部の 1 つのアドレスから {eni} への一般的なポートと ping を、そのセキュリティグループのインバウンドルールで判定します。",
  "diag.oneClick.run": "検出の開始",
  "diag.check.http": "HTTP (80)",
  "diag.check.https": "HTTPS (443)",
  "diag.check.ssh": "SSH (22)",
  "diag.check.rdp": "RDP (3389)",
  "diag.check.web8080": "Web サービス (8080)",
  "diag.check.ping": "ping (ICMP)",
  "diag.detail.from": "{source} からの {traffic}",
  "diag.checking": "検出中…",
  "diag.verdict.allowed": "許可",
  "diag.verdict.blocked": "ブロック",

  "diag.field.source": "ソースアドレス",
  "diag.field.sourceHint":
    "ローカルマシンまたはクライアントのパブリック IP アドレス。設定するまではサンプルのアドレスを使用します。",
  "diag.field.protocol": "プロトコルタイプ",
  "diag.field.port": "宛先ポート",
  "diag.field.portNone": "このプロトコルにはポートがありません。",
  "diag.source.required": "トラフィックの送信元アドレスを入力してください。",
  "diag.source.invalid": "203.0.113.10 のような IPv4 アドレスを 1 つ入力してください (CIDR ブロックは不可)。",
  "diag.source.ipv6":
    "ここでのネットワークインターフェースには IPv4 アドレスしかありません。IPv4 アドレスを入力してください。",
  "diag.port.invalid": "1～65535 のポートを入力してください。",

  "diag.custom.title": "カスタム検出",
  "diag.custom.intro": "その他のポート: ソースアドレス、宛先ポート、サービスのプロトコルタイプを入力します。",
  "diag.custom.run": "検出",
  "diag.custom.resultTitle": "カスタム: {traffic}",

  "diag.peer.title": "インスタンス間",
  "diag.peer.intro":
    "2 つのインスタンス間のトラフィックは 2 回判定されます。送信元のアウトバウンドルール、次に宛先のインバウンドルールです。",
  "diag.peer.direction": "方向",
  "diag.peer.in": "別のインスタンスから {here} へ",
  "diag.peer.out": "{here} から別のインスタンスへ",
  "diag.peer.directionHint": "接続を開始する方向。",
  "diag.peer.other": "もう一方のインスタンス",
  "diag.peer.required": "もう一方のインスタンスを選択してください。",
  "diag.peer.run": "検出",
  "diag.peer.resultTitle": "{from} から {to} へ",

  "diag.trace.toggle": "トレース",
  "diag.trace.toggleFor": "{check} のトレース",
  "diag.hop.ingress": "ステップ {step}/{steps}: {eni} のインバウンド",
  "diag.hop.egress": "ステップ {step}/{steps}: {eni} のアウトバウンド",
  "diag.hop.ingressOnly": "{eni} のインバウンド",
  "diag.hop.egressOnly": "{eni} のアウトバウンド",
  "diag.hop.groups": "評価した {count} 個のセキュリティグループのルール:",
  "diag.hop.noMatch": "これらのグループのどのルールもこのパケットに一致しません。",
  "diag.hop.matchedCaption": "ステップ {step} で一致したルール (評価順)",
  "diag.col.order": "順序",
  "diag.col.group": "セキュリティグループ",
  "diag.col.rule": "ルール ID",
  "diag.col.outcome": "結果",
  "diag.col.decided": "判定",
  "diag.col.outranked": "優先度で負け",
  "diag.col.notConsulted": "参照されず",

  "diag.reason.ruleAccept": "{group} のルール {rule} が優先度 {priority} でパケットを許可します。",
  "diag.reason.ruleDrop": "{group} のルール {rule} が優先度 {priority} でパケットを拒否します。",
  "diag.reason.lowestOf": "一致した {count} 個のルールのうち、優先度の数値が最も小さいルールです。",
  "diag.reason.dropBeatsAccept":
    "優先度 {priority} では拒否が許可に優先します: 同じ優先度の許可ルールも一致しますが、{group} のルール {rule} がパケットを拒否します。",
  "diag.reason.inner":
    "{group} のメンバー同士は通信できます (内部アクセスポリシー: 許可)。トラフィックはルールを参照する前に許可されます。",
  "diag.reason.defaultDenyIn": "一致するルールがありません: インバウンドトラフィックはデフォルトで拒否されます。",
  "diag.reason.defaultDenyOut":
    "一致するルールがありません: エンタープライズセキュリティグループのアウトバウンドトラフィックはデフォルトで拒否されます。",
  "diag.reason.defaultAllow":
    "一致するルールがありません: 基本セキュリティグループのアウトバウンドトラフィックはデフォルトで許可されます。",
  "diag.reason.platform":
    "パブリックアドレスのポート 25 へのアウトバウンド TCP は、ルールにかかわらずプラットフォームによって制限されています。メールはポート 465 で送信してください。",

  "diag.note.stateful":
    "セキュリティグループはステートフルです。許可された接続への応答は許可されるため、接続を開始する方向のみを判定します。",
  "diag.note.outside":
    "ソース {address} はインスタンスではなくアドレスとして判定されます。パケットがネットワークインターフェースに届いたものとして、宛先のインバウンドルールのみを検出します。ルーティング、パブリック IP の到達性、ネットワーク ACL はモデル化されていません。",
  "diag.note.scope":
    "セキュリティグループルール (とプラットフォームのポート 25 の制限) のみを判定します。インスタンスのステータス、ルーティング、ネットワーク ACL はモデル化されていません。",

  "diag.openPort.button": "ポートを開く",
  "diag.openPort.labelFor": "ポートを開く: {check}",
  "diag.openPort.description": "トラブルシューティングから開放: {check}",
  "diag.openPort.introTitle": "ポートを開く: 検出したトラフィックだけを許可します",
  "diag.openPort.summaryIn":
    "このルールは {peer} からの {traffic} のみを許可します。必要であればソースを自分で広げてください。",
  "diag.openPort.summaryOut":
    "このルールは {peer} への {traffic} のみを許可します。必要であれば宛先を自分で広げてください。",
  "diag.openPort.outranks":
    "拒否ルール {rule} が優先度 {priority} で判定しました。同じ優先度では拒否が優先するため、このルールの優先度は {mine} にします。",
  "diag.openPort.noDeny":
    "このトラフィックに一致するルールはなく、デフォルトで拒否されました。どの優先度でも通過できます。",
  "diag.openPort.group": "ルールの追加先",
  "diag.openPort.groupHint":
    "このネットワークインターフェースのどのセキュリティグループでも構いません。ルールはまとめて評価されます。マネージドグループは読み取り専用です。",
  "diag.openPort.priorityOneTitle": "優先度 1 の拒否ルールは上回れません",
  "diag.openPort.priorityOne":
    "ルール {rule} が最高の優先度 1 でこのトラフィックを拒否しています。同じ優先度の許可ルールはこれに負けます。次のグループでそのルールを変更または削除してください:",
  "diag.openPort.platformTitle": "どのルールでも開けません",
  "diag.openPort.platform":
    "パブリックアドレスへのアウトバウンドのポート 25 は、セキュリティ上の理由からプラットフォームによって制限されています。メールの送信にはポート 465 (SSL) を使用してください。",
  "diag.openPort.managedOnlyTitle": "マネージドセキュリティグループしかありません",
  "diag.openPort.managedOnly":
    "このネットワークインターフェースのセキュリティグループはすべてクラウドサービスによって管理されているため、ここではルールを変更できません。先に自分のグループをネットワークインターフェースに追加してください。",

  "diag.guide.pingTitle": "ping の失敗: ICMP ルールが削除された可能性があります",
  "diag.guide.ping":
    "ping の失敗は、通常、ping が使用する ICMP プロトコルのデフォルトのインバウンドルールが削除されたことが原因です。[ポートを開く] で、検出したアドレスの ICMP ルールを追加できます。",
  "diag.guide.healthTitle": "すべて拒否に設定した後は、プラットフォームのヘルスチェックを許可してください",
  "diag.guide.health":
    "すべてを拒否するルールは、{cidr} から行われる Alibaba Cloud のヘルスチェックと可用性モニタリングも遮断します。このアドレス範囲からのインバウンドをより高い優先度で許可してください。",
  "diag.guide.healthButton": "ヘルスチェックを許可",
  "diag.guide.healthIntroTitle": "プラットフォームのヘルスチェックを許可します",
  "diag.guide.healthSummary":
    "このルールは、プラットフォームのヘルスチェック範囲 {cidr} からのすべてのプロトコルを許可します。",
  "diag.guide.healthDescription": "プラットフォームのヘルスチェック",
  "diag.guide.healthBlocked":
    "すべて拒否のルールの優先度は 1 のため、どの許可ルールも上回れません。先にその優先度を下げて (数値を大きくして) ください。",
};

export const troubleshootingMessages = { en, ja };
