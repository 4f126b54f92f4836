/**
 * English messages of one console area (only all.en.ts imports them, so Japanese pages never load them).
 * Keys are prefixed by the area; troubleshooting.ja.ts must have every key (typed there, and checked by
 * tests/i18n.test.ts through the merged catalogues).
 */
export const troubleshootingEn = {
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
