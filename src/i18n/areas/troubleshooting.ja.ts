import type { troubleshootingEn } from "./troubleshooting.en";

/**
 * Japanese messages of one console area: every key of troubleshooting.en.ts (typed). Only all.ja.ts imports them,
 * so English pages never load them.
 */
export const troubleshootingJa: Record<keyof typeof troubleshootingEn, string> = {
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
