/**
 * The hotpatch story from the 2002 patent application to 2026, one entry per dated fact in the two
 * research timelines (/work/shared/research/old-hotpatch.md §1 and new-hotpatch.md §1).
 *
 * This is the single source of every date the site shows for these events: the servicing calendar's
 * product availability (../calendar/products.ts) points at these ids instead of repeating dates.
 *
 * Rows the research gives without any date (Server 2003 SP1 as the supported platform, the XP SP2-era
 * SystemHotpatchInformation class, the Azure fleet's internal use "for years", Xbox as a customer,
 * "today's" MSVC docs) are left out: a time axis would need a date we do not have.
 */
import type { Localized } from '../../i18n/lang';
import { comparePartialDates, partialDateSpan, type DateSpan } from './partial-date';

export type Era = 'old' | 'new';

/** How sure the research is. Absent means documented by the cited sources. */
export type EventProvenance = 'documented' | 'reverse-engineered' | 'unverified';

export interface TimelineEvent {
  readonly id: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': as precise as the research, never more. */
  readonly date: string;
  /** The other date when sources disagree (the page must show both). */
  readonly dateAlt?: string;
  /** End of a period the research gives as a span ("2017–2019"). */
  readonly dateEnd?: string;
  readonly era: Era;
  /** Plain text (no markup): it is also read out in captions. */
  readonly title: Localized;
  readonly detail: Localized;
  /** Source ids of content/sources.yaml. Empty only for unverified events the research gives no source for. */
  readonly sources: readonly string[];
  readonly provenance?: EventProvenance;
}

export const TIMELINE_EVENTS: readonly TimelineEvent[] = [
  // ── The 2003-era engine (old-hotpatch.md §1) ──────────────────────────────────────────────
  {
    id: 'patent-application',
    date: '2002-12',
    era: 'old',
    title: {
      en: 'Patent application for patching in-use functions',
      ja: '稼働中の関数にパッチを当てる特許の出願',
    },
    detail: {
      en: 'The application “Patching of in-use functions on a running computer system” describes loading a patch, validating the target, inserting a jump, and a companion coldpatch whose function entry points keep the same relative offsets. It was published as US 2004/0107416 A1.',
      ja: '特許出願「Patching of in-use functions on a running computer system」は、パッチを読み込み、対象を検証してジャンプを挿入する方式と、関数のエントリの相対オフセットを保ったコールドパッチを組み合わせる方式を記しています。US 2004/0107416 A1 として公開されました。',
    },
    sources: ['pat'],
    provenance: 'documented',
  },
  {
    id: 'mov-edi-edi-noticed',
    date: '2004-06',
    era: 'old',
    title: {
      en: 'Functions found to start with mov edi, edi',
      ja: '関数の先頭の mov edi, edi が話題に',
    },
    detail: {
      en: 'A Microsoft blogger notes that functions in the Windows XP SP2 beta begin with MOV EDI,EDI, a 2-byte no-op kept for hot-fixing. Supported hotpatch installation was nevertheless limited to 32-bit Windows Server 2003 SP1.',
      ja: 'Microsoft のブロガーが、Windows XP SP2 ベータの関数が 2 バイトの何もしない命令 MOV EDI,EDI で始まり、稼働中の修正のために置かれていると紹介しました。ただし、ホットパッチのインストールがサポートされたのは 32 ビット版 Windows Server 2003 SP1 だけです。',
    },
    sources: ['ishai', 'tn-lim'],
    provenance: 'documented',
  },
  {
    id: 'kernel-hotpatch-layout-observed',
    date: '2005-04',
    era: 'old',
    title: {
      en: 'A 2005 kernel shows the hotpatch layout',
      ja: '2005年のカーネルにホットパッチ用の配置',
    },
    detail: {
      en: 'In a debugger, a 2005 x86 kernel has 8B FF at the entry of NtCreateFile, preceded by NOP (90) padding.',
      ja: 'デバッガーで見ると、2005年の x86 カーネルでは NtCreateFile のエントリが 8B FF で、その手前に NOP（90）のパディングが並んでいます。',
    },
    sources: ['km'],
    provenance: 'reverse-engineered',
  },
  {
    id: 'x64-rules-stated',
    date: '2006-03',
    era: 'old',
    title: {
      en: 'The x64 hotpatch rules are stated',
      ja: 'x64 のホットパッチの規則が示される',
    },
    detail: {
      en: 'A Microsoft compiler engineer gives the x64 rules: a first instruction of at least 2 bytes, 6 bytes of padding, and scratch space within 2 GB of the image.',
      ja: 'Microsoft のコンパイラー技術者が x64 の規則を示しました。最初の命令は 2 バイト以上、パディングは 6 バイト、そしてイメージから 2GB 以内に作業用の領域があることです。',
    },
    sources: ['frei'],
    provenance: 'documented',
  },
  {
    id: 'elicz-internals',
    date: '2006-04',
    era: 'old',
    title: {
      en: 'EliCZ publishes cold- and hot-patching internals',
      ja: 'EliCZ がコールドパッチとホットパッチの内部を公開',
    },
    detail: {
      en: 'EliCZ publishes reverse-engineered internals of cold patching and hot patching.',
      ja: 'EliCZ が、コールドパッチとホットパッチの内部構造をリバースエンジニアリングで解析して公開しました。',
    },
    sources: ['elicz'],
    provenance: 'reverse-engineered',
  },
  {
    id: 'vista-sp1-hotpatching',
    date: '2007-12',
    era: 'old',
    title: {
      en: 'Vista SP1 “enables support for hotpatching”',
      ja: 'Vista SP1 が「ホットパッチのサポートを有効に」',
    },
    detail: {
      en: 'The Windows Vista SP1 release notes say it “enables support for hotpatching”. No old-style hotpatch packages were found for Vista, 7 or 2008 R2 after this note.',
      ja: 'Windows Vista SP1 のリリースノートには「ホットパッチのサポートを有効にする」とあります。ただし、これ以降に Vista、7、2008 R2 向けの旧方式のホットパッチのパッケージは見つかっていません。',
    },
    sources: ['ars'],
    provenance: 'documented',
  },
  {
    id: 'server-2008-calc-layout',
    date: '2009',
    era: 'old',
    title: {
      en: 'Server 2008 binaries still carry the layout',
      ja: 'Server 2008 のバイナリにも同じ配置',
    },
    detail: {
      en: 'In x86 Windows Server 2008, calc.exe still has five CC padding bytes before SetRadix, whose entry is 8B FF (mov edi, edi).',
      ja: 'x86 版 Windows Server 2008 の calc.exe でも、SetRadix の手前に CC のパディングが 5 バイトあり、エントリは 8B FF（mov edi, edi）のままです。',
    },
    sources: ['snrub'],
    provenance: 'documented',
  },
  {
    id: 'windows-internals-5',
    date: '2009',
    era: 'old',
    title: {
      en: 'Windows Internals, 5th edition: “Hotpatch Support”',
      ja: '『Windows Internals』第5版に「Hotpatch Support」',
    },
    detail: {
      en: 'The 5th edition, covering Windows Vista and Server 2008, has a section on hotpatch support.',
      ja: 'Windows Vista と Server 2008 を扱う第5版に、ホットパッチのサポートを説明する節があります。',
    },
    sources: ['wi5', 'seed'],
    provenance: 'documented',
  },
  {
    id: 'patent-granted',
    date: '2010-08',
    era: 'old',
    title: {
      en: 'Patent granted as US 7,784,044',
      ja: '特許が US 7,784,044 として成立',
    },
    detail: {
      en: 'The December 2002 application “Patching of in-use functions on a running computer system” is granted as US patent 7,784,044.',
      ja: '2002年12月の出願「Patching of in-use functions on a running computer system」が、米国特許 7,784,044 として成立しました。',
    },
    sources: ['pat'],
    provenance: 'documented',
  },
  {
    id: 'windows-internals-6',
    date: '2012',
    era: 'old',
    title: {
      en: 'Windows Internals, 6th edition: “Hotpatch Support”',
      ja: '『Windows Internals』第6版にも「Hotpatch Support」',
    },
    detail: {
      en: 'The 6th edition keeps the hotpatch support section; it notes that a hotpatch carries the original bytes, so it can be removed at run time.',
      ja: '第6版にもホットパッチのサポートの節があり、ホットパッチは元のバイトを持っているので実行中に取り除けると説明しています。',
    },
    sources: ['wi6'],
    provenance: 'documented',
  },
  {
    id: 'ldrhotpatchroutine-bypass',
    date: '2013',
    era: 'old',
    title: {
      en: 'LdrHotPatchRoutine used to bypass DEP and ASLR',
      ja: 'LdrHotPatchRoutine が DEP と ASLR の回避に使われる',
    },
    detail: {
      en: 'ntdll!LdrHotPatchRoutine, still present on Windows 7, is shown at CanSecWest 2013 as a way around DEP and ASLR. CVE-2013-2556 covers Windows Vista SP2 through 7 SP1.',
      ja: 'Windows 7 にも残っていた ntdll!LdrHotPatchRoutine が、CanSecWest 2013 で DEP と ASLR を回避する手段として示されました。CVE-2013-2556 は Windows Vista SP2 から 7 SP1 までが対象です。',
    },
    sources: ['tk', '0v', 'cve', 're-w7'],
    provenance: 'reverse-engineered',
  },
  {
    id: 'ms13-063-mitigation',
    date: '2013-08',
    era: 'old',
    title: {
      en: 'MS13-063 closes the bypass',
      ja: 'MS13-063 で回避手段がふさがれる',
    },
    detail: {
      en: 'Microsoft mitigates the LdrHotPatchRoutine DEP/ASLR bypass with security update MS13-063.',
      ja: 'Microsoft はセキュリティ更新プログラム MS13-063 で、LdrHotPatchRoutine を使った DEP / ASLR の回避を緩和しました。',
    },
    sources: ['cve'],
    provenance: 'documented',
  },
  {
    id: 'chen-x64-patch-points',
    date: '2022',
    era: 'old',
    title: {
      en: 'Raymond Chen: x64 hot-patch points work differently',
      ja: 'Raymond Chen 氏「x64 のホットパッチポイントは別の仕組み」',
    },
    detail: {
      en: 'On x64 no no-op is inserted: the function’s real first instruction, at least 2 bytes long, is the patch point, and mov edi, edi would not be a no-op there.',
      ja: 'x64 では何もしない命令は挿入されず、2 バイト以上ある本来の最初の命令がパッチポイントになります。x64 では mov edi, edi は何もしない命令になりません。',
    },
    sources: ['chen22', 'rese'],
    provenance: 'documented',
  },

  // ── The VBS-era design (new-hotpatch.md §1) ───────────────────────────────────────────────
  {
    id: 'hotpatch-groundwork',
    date: '2017',
    dateEnd: '2019',
    era: 'new',
    title: {
      en: 'Groundwork in the PE format and kernel headers',
      ja: 'PE 形式とカーネルのヘッダーに下準備',
    },
    detail: {
      en: 'The load-config field HotPatchTableOffset appears (LIEF labels it Windows 10 build 15002); in phnt’s headers the PEB flag ProcessImagesHotPatched is annotated “RS5” and VmImageHotPatchInformation “19H1”.',
      ja: 'ロード構成のフィールド HotPatchTableOffset が現れます（LIEF は Windows 10 ビルド 15002 としています）。phnt のヘッダーでは、PEB のフラグ ProcessImagesHotPatched に「RS5」、VmImageHotPatchInformation に「19H1」という注記があります。',
    },
    sources: ['lief', 'phnt'],
    provenance: 'reverse-engineered',
  },
  {
    id: 'ws2019-ae-preview',
    date: '2021-02',
    era: 'new',
    title: {
      en: 'Preview on Windows Server 2019 Datacenter: Azure Edition',
      ja: 'Windows Server 2019 Datacenter: Azure Edition でプレビュー',
    },
    detail: {
      en: 'By February 2021, Azure VMs running Windows Server 2019 Datacenter: Azure Edition could preview hotpatch, behind a per-subscription preview flag and with Azure-orchestrated patching. According to @IT, this preview (Server Core) had ended by January 2022.',
      ja: '2021年2月の時点で、Windows Server 2019 Datacenter: Azure Edition の Azure VM でホットパッチをプレビューできました。サブスクリプション単位のプレビューフラグが必要で、パッチ適用は Azure が制御します。@IT によると、このプレビュー（Server Core）は2022年1月までに終了しています。',
    },
    sources: ['azure-automanage-hotpatch', 'seed'],
    provenance: 'documented',
  },
  {
    id: 'ms-hotpatching-on-windows',
    date: '2021-11',
    era: 'new',
    title: {
      en: 'Microsoft’s “Hotpatching on Windows” post',
      ja: 'Microsoft のブログ記事「Hotpatching on Windows」',
    },
    detail: {
      en: 'Microsoft presents a new hotpatch design, separate from the 2003-era engine, used internally on the Azure fleet “for years” to keep it patched despite binaries mapped in memory forcing restarts.',
      ja: 'Microsoft は、2003年ごろの仕組みとは別物の新しいホットパッチを紹介しました。メモリにマップされたバイナリのせいで再起動が必要になる問題を避け、Azure のサーバー群を最新に保つために、社内で「何年も」使われてきたものです。',
    },
    sources: ['ms2021'],
    provenance: 'documented',
  },
  {
    id: 'ws2022-ae-core-preview',
    date: '2021-11',
    era: 'new',
    title: {
      en: 'Hotpatch preview: WS2022 Datacenter: Azure Edition (Server Core)',
      ja: 'WS2022 Datacenter: Azure Edition（Server Core）でプレビュー',
    },
    detail: {
      en: 'Hotpatch for Windows Server 2022 Datacenter: Azure Edition (Server Core) runs as a preview on Azure; @IT reports a hotpatch delivered in November 2021.',
      ja: 'Windows Server 2022 Datacenter: Azure Edition（Server Core）向けのホットパッチが Azure でプレビューとして提供されました。@IT によると、2021年11月にホットパッチが配信されています。',
    },
    sources: ['ws-hotpatching-is-here', 'ws2022-ae-ga', 'seed'],
    provenance: 'documented',
  },
  {
    id: 'seed-article',
    date: '2022-01-26',
    era: 'new',
    title: {
      en: '@IT explains old and new hotpatch',
      ja: '@IT が新旧のホットパッチを解説',
    },
    detail: {
      en: 'An @IT column points out that hotpatch existed, with a different architecture, more than ten years earlier, and reports the 2022 servicing plan for WS2022 Azure Edition.',
      ja: '@IT の連載記事が、ホットパッチは 10 年以上前に別のアーキテクチャで存在していたことを指摘し、WS2022 Azure Edition の2022年の更新計画を伝えました。',
    },
    sources: ['seed'],
    provenance: 'documented',
  },
  {
    id: 'ws2022-ae-core-ga',
    date: '2022-02-16',
    era: 'new',
    title: {
      en: 'GA: hotpatch for WS2022 Azure Edition (Server Core)',
      ja: 'WS2022 Azure Edition（Server Core）のホットパッチが一般提供に',
    },
    detail: {
      en: 'Hotpatch becomes generally available for Windows Server 2022 Datacenter: Azure Edition (Server Core) on Azure, free with Azure Edition and managed through Automanage or Automatic VM Guest Patching.',
      ja: 'Windows Server 2022 Datacenter: Azure Edition（Server Core）のホットパッチが Azure で一般提供になりました。Azure Edition なら追加料金はなく、Automanage または VM ゲストの自動パッチ適用で管理します。',
    },
    sources: ['ws-hotpatching-is-here', 'ws2022-ae-ga'],
    provenance: 'documented',
  },
  {
    id: 'azure-stack-hci-guests',
    date: '2022',
    dateEnd: '2023',
    era: 'new',
    title: {
      en: 'Azure Stack HCI guests running Azure Edition',
      ja: 'Azure Stack HCI 上の Azure Edition ゲスト',
    },
    detail: {
      en: 'Guest VMs running Azure Edition on Azure Stack HCI (now Azure Local) 21H2 and 22H2 hosts can use hotpatch.',
      ja: 'Azure Stack HCI（現 Azure Local）21H2 / 22H2 のホスト上で Azure Edition を実行するゲスト VM でも、ホットパッチを使えます。',
    },
    sources: ['azure-stack-hci-ae'],
    provenance: 'documented',
  },
  {
    id: 'ws2022-ae-desktop-preview',
    date: '2023-04',
    era: 'new',
    title: {
      en: 'Preview: WS2022 Azure Edition with Desktop Experience',
      ja: 'WS2022 Azure Edition のデスクトップエクスペリエンスでプレビュー',
    },
    detail: {
      en: 'Hotpatch previews for Windows Server 2022 Datacenter: Azure Edition with Desktop Experience, on Azure and Azure Stack HCI.',
      ja: 'Windows Server 2022 Datacenter: Azure Edition のデスクトップエクスペリエンスで、Azure と Azure Stack HCI 向けにホットパッチのプレビューが始まりました。',
    },
    sources: ['redmond-2023-desktop', 'ws-docs-hotpatch'],
    provenance: 'documented',
  },
  {
    id: 'ws2022-ae-desktop-ga',
    date: '2023-07',
    era: 'new',
    title: {
      en: 'GA: WS2022 Azure Edition with Desktop Experience',
      ja: 'WS2022 Azure Edition のデスクトップエクスペリエンスが一般提供に',
    },
    detail: {
      en: 'Hotpatch for the Desktop Experience becomes generally available through new “-Hotpatch” image SKUs only; custom images are not supported.',
      ja: 'デスクトップエクスペリエンスのホットパッチが一般提供になりました。使えるのは新しい「-Hotpatch」イメージ SKU だけで、カスタムイメージには対応していません。',
    },
    sources: ['redmond-2023-desktop', 'ws-docs-hotpatch'],
    provenance: 'documented',
  },
  {
    id: 'ws2025-ae-eval-preview',
    date: '2024-08',
    era: 'new',
    title: {
      en: 'Preview on WS2025 Azure Edition evaluation VMs',
      ja: 'WS2025 Azure Edition の評価版 VM でプレビュー',
    },
    detail: {
      en: 'Hotpatch can be previewed on Windows Server 2025 Azure Edition evaluation VMs in Azure.',
      ja: 'Azure 上の Windows Server 2025 Azure Edition の評価版 VM で、ホットパッチをプレビューできるようになりました。',
    },
    sources: ['petri-2024-ws2025-eval'],
    provenance: 'documented',
  },
  {
    id: 'ws2025-arc-preview',
    date: '2024-09',
    era: 'new',
    title: {
      en: 'Preview: WS2025 Standard/Datacenter via Azure Arc',
      ja: 'Azure Arc 経由で WS2025 Standard / Datacenter のプレビュー',
    },
    detail: {
      en: 'Windows Server 2025 Standard and Datacenter on physical machines or any hypervisor can preview hotpatch through Azure Arc. They need VBS (UEFI and Secure Boot; Gen2 VMs on Hyper-V), build 26100.1742 or later, the Arc agent and an Azure subscription; WS2025 Azure Edition does not need Arc.',
      ja: '物理マシンや任意のハイパーバイザー上の Windows Server 2025 Standard / Datacenter で、Azure Arc 経由のホットパッチをプレビューできるようになりました。VBS（UEFI とセキュアブート、Hyper-V なら第2世代 VM）、ビルド 26100.1742 以降、Arc エージェント、Azure サブスクリプションが必要です。WS2025 Azure Edition には Arc は不要です。',
    },
    sources: ['petri-2024-arc-preview', 'ws-docs-arc-hotpatch'],
    provenance: 'documented',
  },
  {
    id: 'win11-hotpatch-preview',
    date: '2024-11',
    era: 'new',
    title: {
      en: 'Preview: hotpatch for Windows 11 Enterprise 24H2',
      ja: 'Windows 11 Enterprise 24H2 でプレビュー',
    },
    detail: {
      en: 'Hotpatch reaches client Windows as a preview for Windows 11 Enterprise 24H2.',
      ja: 'ホットパッチがクライアントの Windows にも広がり、Windows 11 Enterprise 24H2 でプレビューが始まりました。',
    },
    sources: ['autopatch-hotpatch-docs', 'win-client-hotpatch-ga'],
    provenance: 'documented',
  },
  {
    id: 'win11-x64-ga',
    date: '2025-04-02',
    era: 'new',
    title: {
      en: 'GA: Windows 11 Enterprise 24H2 on x64',
      ja: 'Windows 11 Enterprise 24H2（x64）で一般提供',
    },
    detail: {
      en: 'Hotpatch becomes generally available for x64 devices. It needs a qualifying licence (E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium or Windows 365 Enterprise), an Intune/Autopatch quality-update policy, VBS and the current baseline.',
      ja: 'x64 デバイスでホットパッチが一般提供になりました。対象のライセンス（E3 / E5、Microsoft 365 F3、Education A3 / A5、Microsoft 365 Business Premium、Windows 365 Enterprise）、Intune / Autopatch の品質更新プログラムのポリシー、VBS、最新のベースラインが必要です。',
    },
    sources: ['autopatch-hotpatch-docs', 'win-client-hotpatch-ga'],
    provenance: 'documented',
  },
  {
    id: 'win11-arm64-ga',
    date: '2025-07',
    era: 'new',
    title: {
      en: 'GA: Windows 11 on Arm64',
      ja: 'Arm64 版 Windows 11 で一般提供',
    },
    detail: {
      en: 'Arm64 devices follow, with CHPE disabled (HotPatchRestrictions=1 or the DisableCHPE CSP); Microsoft has no plan to support hotpatch with CHPE on.',
      ja: 'Arm64 デバイスでも一般提供になりました。CHPE を無効にする（HotPatchRestrictions=1 または DisableCHPE CSP）必要があり、CHPE を有効にしたままのホットパッチに対応する予定はないとされています。',
    },
    sources: ['autopatch-hotpatch-docs'],
    provenance: 'documented',
  },
  {
    id: 'ws2025-arc-paid',
    date: '2025-07-01',
    dateAlt: '2025-07-16',
    era: 'new',
    title: {
      en: 'Hotpatch via Azure Arc becomes paid',
      ja: 'Azure Arc 経由のホットパッチが有料に',
    },
    detail: {
      en: 'Hotpatch for WS2025 Standard/Datacenter via Azure Arc becomes a paid service at $1.50 per core per month. The research names no source for this change, and the dates it found disagree.',
      ja: 'Azure Arc 経由の WS2025 Standard / Datacenter のホットパッチが、1 コアあたり月額 1.50 ドルの有料サービスになりました。この変更の出典は調査メモに示されておらず、見つかった日付も食い違っています。',
    },
    sources: [],
    provenance: 'unverified',
  },
  {
    id: 'autopatch-default-on',
    date: '2026-05',
    era: 'new',
    title: {
      en: 'Windows Autopatch turns hotpatch on by default',
      ja: 'Windows Autopatch でホットパッチが既定で有効に',
    },
    detail: {
      en: 'From the May 2026 security update, Windows Autopatch uses hotpatch by default; tenants can opt out from 1 April 2026.',
      ja: '2026年5月のセキュリティ更新プログラムから、Windows Autopatch はホットパッチを既定で使います。テナント単位のオプトアウトは2026年4月1日から可能です。',
    },
    sources: ['mc1248388', 'helpnet-2026-autopatch'],
    provenance: 'documented',
  },
  {
    id: 'ws2025-arc-free',
    date: '2026-05-15',
    dateAlt: '2026-05-19',
    era: 'new',
    title: {
      en: 'Hotpatch via Azure Arc becomes free',
      ja: 'Azure Arc 経由のホットパッチが無料に',
    },
    detail: {
      en: 'Hotpatch enabled by Azure Arc for WS2025 Standard/Datacenter becomes free; sources give different dates.',
      ja: 'Azure Arc で有効にする WS2025 Standard / Datacenter のホットパッチが無料になりました。日付は資料によって異なります。',
    },
    sources: ['arc-free-2026'],
    provenance: 'documented',
  },
  {
    id: 'ws2022-ae-hotpatch-extended',
    date: '2026-06',
    era: 'new',
    title: {
      en: 'WS2022 Azure Edition hotpatch reported extended to Oct 2027',
      ja: 'WS2022 Azure Edition のホットパッチが2027年10月まで延長との報道',
    },
    detail: {
      en: 'Secondary sources citing Windows release health report that hotpatch for WS2022 Azure Edition continues through October 2027, past the end of mainstream support on 13 October 2026. Not confirmed against Microsoft directly.',
      ja: 'Windows release health を引用する二次資料によると、WS2022 Azure Edition のホットパッチはメインストリームサポート終了（2026年10月13日）を越えて2027年10月まで続きます。Microsoft の一次情報では確認できていません。',
    },
    sources: [],
    provenance: 'unverified',
  },
  {
    id: 'cve-2026-42910',
    date: '2026-06',
    era: 'new',
    title: {
      en: 'CVE-2026-42910 in the Hotpatch Monitoring Service',
      ja: 'Hotpatch Monitoring Service の脆弱性 CVE-2026-42910',
    },
    detail: {
      en: 'An elevation-of-privilege flaw in the “Windows Hotpatch Monitoring Service” affects Windows 11 24H2, 25H2, 26H1 and Windows Server 2025.',
      ja: '「Windows Hotpatch Monitoring Service」に特権昇格の脆弱性が見つかりました。対象は Windows 11 24H2、25H2、26H1 と Windows Server 2025 です。',
    },
    sources: ['cve-2026-42910'],
    provenance: 'documented',
  },
  {
    id: 'secure-hotpatch-report',
    date: '2026-07',
    era: 'new',
    title: {
      en: 'Secure Hotpatch Report in Insider builds',
      ja: 'Insider ビルドに Secure Hotpatch Report',
    },
    detail: {
      en: 'Insider build 29591 and later add the Secure Hotpatch Report, signed in VTL1 by the Secure Kernel; it needs VBS only, not HVCI.',
      ja: 'Insider ビルド 29591 以降に Secure Hotpatch Report が加わりました。セキュアカーネルが VTL1 で署名するレポートで、必要なのは VBS だけで HVCI は不要です。',
    },
    sources: ['codemaxx-2026'],
    provenance: 'documented',
  },
];

/** Events by date (coarser precision first on ties, then in authoring order, which is stable). */
export function sortEvents(events: readonly TimelineEvent[] = TIMELINE_EVENTS): TimelineEvent[] {
  return [...events].sort((a, b) => comparePartialDates(a.date, b.date));
}

/** All events in date order. */
export function sortedEvents(): TimelineEvent[] {
  return sortEvents(TIMELINE_EVENTS);
}

export function findEvent(id: string): TimelineEvent | undefined {
  return TIMELINE_EVENTS.find((event) => event.id === id);
}

/** Like findEvent, for ids the code itself names (a typo must fail loudly, in tests). */
export function getEvent(id: string): TimelineEvent {
  const event = findEvent(id);
  if (!event) throw new Error(`Unknown timeline event: ${id}`);
  return event;
}

/**
 * The span an event covers on a time axis: from the start of its date to the end of the latest of
 * date, dateAlt and dateEnd. A 'YYYY' date spans its whole year, a 'YYYY-MM' date its month.
 */
export function eventSpan(event: TimelineEvent): DateSpan {
  const spans = [event.date, event.dateAlt, event.dateEnd]
    .filter((iso): iso is string => iso !== undefined)
    .map(partialDateSpan);
  const start = Math.min(...spans.map((span) => span.start.getTime()));
  const end = Math.max(...spans.map((span) => span.end.getTime()));
  return { start: new Date(start), end: new Date(end) };
}

/** A single point for drawing a marker: the middle of the event's span (mid-year for 'YYYY'). */
export function eventMidpoint(event: TimelineEvent): Date {
  const { start, end } = eventSpan(event);
  return new Date((start.getTime() + end.getTime()) / 2);
}

function boundaryStart(bound: string | Date): number {
  return typeof bound === 'string' ? partialDateSpan(bound).start.getTime() : bound.getTime();
}

function boundaryEnd(bound: string | Date): number {
  return typeof bound === 'string' ? partialDateSpan(bound).end.getTime() : bound.getTime();
}

/**
 * Events whose span overlaps the range, in date order. String bounds are inclusive of the whole
 * period they name: eventsInRange('2022', '2022') is every event that touches 2022. Date bounds are
 * instants: [from, to).
 */
export function eventsInRange(
  from: string | Date,
  to: string | Date,
  events: readonly TimelineEvent[] = TIMELINE_EVENTS,
): TimelineEvent[] {
  const lo = boundaryStart(from);
  const hi = boundaryEnd(to);
  if (hi <= lo) return [];
  return sortEvents(events).filter((event) => {
    const span = eventSpan(event);
    return span.start.getTime() < hi && span.end.getTime() > lo;
  });
}

/** Every source id cited by the timeline (for the bibliography check). */
export function timelineSourceIds(events: readonly TimelineEvent[] = TIMELINE_EVENTS): string[] {
  return [...new Set(events.flatMap((event) => event.sources))].sort();
}
