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
import type { Provenance } from '../../i18n/provenance';
import type { Localized } from '../../i18n/lang';
import { comparePartialDates, partialDateSpan, type DateSpan } from './partial-date';

export type Era = 'old' | 'new';

/** How sure the research is. Absent means documented by the cited sources. */
export type EventProvenance = Extract<Provenance, 'documented' | 'reverse-engineered' | 'unverified'>;

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
      en: 'A Microsoft blogger notes that functions in the Windows XP SP2 beta begin with MOV EDI,EDI, a 2-byte no-op kept for hot-fixing. The first platform documented as supporting hotpatch installation was 32-bit Windows Server 2003 SP1.',
      ja: 'Microsoft のブロガーが、Windows XP SP2 ベータの関数が 2 バイトの何もしない命令 MOV EDI,EDI で始まり、稼働中の修正のために置かれていると紹介しました。ただし、ホットパッチのインストールのサポートが最初に明記されたのは 32 ビット版 Windows Server 2003 SP1 です。',
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
      ja: '2005 年のカーネルにホットパッチ用の配置',
    },
    detail: {
      en: 'In a debugger, a 2005 x86 kernel has 8B FF at the entry of NtCreateFile, preceded by NOP (90) padding.',
      ja: 'デバッガーで見ると、2005 年の x86 カーネルでは NtCreateFile のエントリが 8B FF で、その手前に NOP（90）のパディングが並んでいます。',
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
      en: 'A Microsoft compiler engineer gives the x64 rules: a first instruction of at least 2 bytes and 6 bytes of padding before every function, plus a further requirement on the image itself (the research reads it as scratch space within 2 GB of the image; the stored copy of the post breaks off before that clause).',
      ja: 'Microsoft のコンパイラ技術者が x64 の規則を示しました。最初の命令は 2 バイト以上、各関数の前のパディングは 6 バイトです。イメージ自体にも条件があり、調査メモはイメージから 2 GB 以内の作業領域と読んでいますが、保存されている記事はその手前で途切れています。',
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
      ja: 'EliCZ 氏がコールドパッチとホットパッチの内部を公開',
    },
    detail: {
      en: 'EliCZ publishes reverse-engineered internals of cold patching and hot patching (the article and its date could not be re-checked).',
      ja: 'EliCZ 氏が、コールドパッチとホットパッチの内部構造をリバースエンジニアリングで解析して公開しました（記事と日付は再確認できていません）。',
    },
    sources: ['elicz'],
    provenance: 'reverse-engineered',
  },
  {
    id: 'vista-sp1-hotpatching',
    date: '2007-12',
    era: 'old',
    title: {
      en: 'Vista SP1 enables support for “hotpatching”',
      ja: 'Vista SP1 でホットパッチのサポートが有効に',
    },
    detail: {
      en: 'Reporting on Microsoft’s list of changes in Windows Vista SP1, Ars Technica names the enabling of support for what Microsoft terms “hotpatching”; according to Microsoft, hotpatch-enabled packages install in a similar manner to standard update packages. No old-style hotpatch package for Vista, 7 or 2008 R2 has been found since.',
      ja: 'Windows Vista SP1 の変更点をまとめた Microsoft の資料について、Ars Technica は、Microsoft が「ホットパッチ」と呼ぶ機能のサポートが有効になると報じました。Microsoft によると、ホットパッチ対応のパッケージは通常の更新パッケージと同じようにインストールされます。ただし、これ以降に Vista、7、2008 R2 向けの旧ホットパッチのパッケージは見つかっていません。',
    },
    sources: ['ars'],
    provenance: 'documented',
  },
  {
    id: 'server-2008-calc-layout',
    date: '2009-10',
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
      ja: '『Windows Internals』第 5 版に「Hotpatch Support」',
    },
    detail: {
      en: 'The 5th edition, covering Windows Vista and Server 2008, has a section on hotpatch support.',
      ja: 'Windows Vista と Server 2008 を扱う第 5 版に、ホットパッチのサポートを説明する節があります。',
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
      ja: '2002 年 12 月の出願「Patching of in-use functions on a running computer system」が、米国特許 7,784,044 として成立しました。',
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
      ja: '『Windows Internals』第 6 版にも「Hotpatch Support」',
    },
    detail: {
      en: 'The 6th edition keeps the hotpatch support section. It says the patch is delivered through Windows Update, with an extra .hp file for a hotpatch, and that a hotpatch carries the original bytes, so it can be removed at run time.',
      ja: '第 6 版にもホットパッチのサポートの節があります。パッチは Windows Update で配信され、ホットパッチの場合は .hp の付いたファイルが加わること、ホットパッチは元のバイトを持っているので実行中に取り除けることを説明しています。',
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
      en: 'ntdll!LdrHotPatchRoutine, still present on Windows 7, is shown at CanSecWest 2013 as a way around DEP and ASLR: in WOW64 processes on 64-bit Windows a pointer to it sat at a fixed, non-randomized address in SharedUserData. CVE-2013-2556 names Windows Vista SP2, Windows Server 2008 SP2 and R2 SP1, and Windows 7 through SP1.',
      ja: 'Windows 7 にも残っていた ntdll!LdrHotPatchRoutine が、CanSecWest 2013 で DEP と ASLR を回避する手段として示されました。64 ビット版 Windows 上の WOW64 プロセスでは、このルーチンへのポインターが SharedUserData 内のランダム化されない固定アドレスに置かれていたためです。CVE-2013-2556 の対象は Windows Vista SP2、Windows Server 2008 SP2 と R2 SP1、Windows 7（SP1 まで）です。',
    },
    sources: ['tk', '0v', 'cve'],
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
    date: '2022-11-09',
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
      en: 'Early in 2021 (the Azure documentation page is dated 22 February 2021), Azure VMs running Windows Server 2019 Datacenter: Azure Edition could preview hotpatch, behind a per-subscription preview flag and with Azure-orchestrated patching. According to @IT, this preview (Server Core) had ended by January 2022.',
      ja: '2021 年の初め（Azure のドキュメントの日付は 2021 年 2 月 22 日）には、Windows Server 2019 Datacenter: Azure Edition の Azure VM でホットパッチをプレビューできました。サブスクリプション単位のプレビューフラグが必要で、パッチ適用は Azure が制御します。@IT によると、このプレビュー（Server Core）は 2022 年 1 月の時点で終了していました。',
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
      ja: 'Microsoft は、旧ホットパッチ（2003 年世代）とは別物の新ホットパッチ（VBS 世代）を紹介しました。メモリにマップされたバイナリのせいで再起動が必要になる問題を避け、Azure のサーバー群（フリート）を最新に保つために、社内で「何年も」使われてきたものです。',
    },
    sources: ['ms2021'],
    provenance: 'documented',
  },
  {
    id: 'ws2022-ae-core-preview',
    date: '2021-11',
    era: 'new',
    title: {
      en: 'WS2022 Datacenter: Azure Edition (Server Core) gets a hotpatch',
      ja: 'WS2022 Datacenter: Azure Edition（Server Core）にホットパッチを配信',
    },
    detail: {
      en: 'By November 2021 hotpatch for Windows Server 2022 Datacenter: Azure Edition (Server Core) was in preview on Azure: @IT reports a hotpatch delivered that month, followed by ordinary cumulative updates in December 2021 and January 2022. When the preview started is not dated in our sources.',
      ja: '2021 年 11 月までに、Windows Server 2022 Datacenter: Azure Edition（Server Core）向けのホットパッチは Azure でプレビューになっていました。@IT によると、この月にホットパッチが配信され、2021 年 12 月と 2022 年 1 月は通常の累積更新プログラムでした。プレビューの開始時期は、手元の出典では特定できません。',
    },
    sources: ['seed'],
    provenance: 'documented',
  },
  {
    id: 'seed-article',
    date: '2022-01-26',
    era: 'new',
    title: {
      en: '@IT explains old and new hotpatch',
      ja: '@IT のコラムが新旧のホットパッチを解説',
    },
    detail: {
      en: 'No. 202 of @IT’s column series on Windows urban legends points out that hotpatch existed, with a different architecture, more than ten years earlier, and lists the 2022 hotpatch months planned for WS2022 Azure Edition: February, March, May, June, August, September, November and December.',
      ja: '@IT の連載「Windowsにまつわる都市伝説」第 202 回が、ホットパッチは 10 年以上前に別のアーキテクチャで存在していたことを指摘し、WS2022 Azure Edition で 2022 年にホットパッチが予定されている月（2、3、5、6、8、9、11、12 月）を伝えました。',
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
      ja: 'Windows Server 2022 Datacenter: Azure Edition（Server Core）のホットパッチが Azure で一般提供（GA）になりました。Azure Edition なら追加料金はなく、Automanage または VM ゲストの自動パッチ適用で管理します。',
    },
    sources: ['ws-hotpatching-is-here', 'ws2022-ae-ga'],
    provenance: 'documented',
  },
  {
    id: 'azure-stack-hci-guests',
    date: '2022-01',
    era: 'new',
    title: {
      en: 'Azure Stack HCI (Azure Local) guests running Azure Edition',
      ja: 'Azure Stack HCI（Azure Local）上の Azure Edition ゲスト',
    },
    detail: {
      en: 'By January 2022, @IT notes, hotpatch for WS2022 Azure Edition was available on Azure including Azure Stack HCI. Guest VMs running Azure Edition on Azure Stack HCI, now Azure Local, can use hotpatch; a 2023 page limited the hosts to 21H2 and 22H2, and current Microsoft documentation names Azure Local without that limit.',
      ja: '@IT によると、2022 年 1 月の時点で WS2022 Azure Edition のホットパッチは Azure Stack HCI を含む Azure 上で利用できました。Azure Stack HCI（現 Azure Local）上で Azure Edition を実行するゲスト VM でもホットパッチを使えます。2023 年のページはホストを 21H2 / 22H2 に限っていましたが、現在の Microsoft のドキュメントはその制限なしに Azure Local を挙げています。',
    },
    sources: ['seed', 'azure-stack-hci-ae', 'ws-docs-hotpatch'],
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
      ja: '物理マシンや任意のハイパーバイザー上の Windows Server 2025 Standard / Datacenter で、Azure Arc 経由のホットパッチをプレビューできるようになりました。VBS（UEFI とセキュアブート、Hyper-V なら第 2 世代 VM）、ビルド 26100.1742 以降、Arc エージェント、Azure サブスクリプションが必要です。WS2025 Azure Edition には Arc は不要です。',
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
      en: 'Arm64 devices follow, with CHPE disabled (HotPatchRestrictions=1 or the DisableCHPE CSP); Microsoft has no plans to support hotpatch on Arm64 devices with CHPE on. July 2025 is the month reported for Arm64 general availability; we found no dated Microsoft announcement.',
      ja: 'Arm64 デバイスでも一般提供になりました。CHPE を無効にする（HotPatchRestrictions=1 または DisableCHPE CSP）必要があり、CHPE を有効にした Arm64 デバイスでホットパッチに対応する予定はないとされています。Arm64 の一般提供を 2025 年 7 月とするのは報道で、日付入りの Microsoft の発表は見つかっていません。',
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
      en: 'Hotpatch for WS2025 Standard/Datacenter via Azure Arc becomes a paid service at $1.50 per core per month. Press reports of Microsoft’s April 2025 announcement give 1 July 2025; Microsoft’s July post says it became generally available and paid from 16 July 2025.',
      ja: 'Azure Arc 経由の WS2025 Standard / Datacenter のホットパッチが、1 コアあたり月額 1.50 ドルの有料サービスになりました。2025 年 4 月の Microsoft の発表を伝えた報道は 2025 年 7 月 1 日としていますが、7 月の Microsoft の投稿は 2025 年 7 月 16 日から一般提供かつ有料になったとしています。',
    },
    sources: ['winbuzzer-2025-arc-paid', 'arc-ga-2025-07'],
    provenance: 'documented',
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
      en: 'From the May 2026 security update, Windows Autopatch uses hotpatch by default for eligible devices that have no quality-update policy; existing policies are respected, and tenants can opt out from 1 April 2026.',
      ja: '2026 年 5 月のセキュリティ更新プログラムから、Windows Autopatch は品質更新プログラムのポリシーが割り当てられていない対象デバイスでホットパッチを既定で使います。既存のポリシーはそのまま尊重され、テナント単位のオプトアウトは 2026 年 4 月 1 日から可能です。',
    },
    sources: ['mc1248388', 'helpnet-2026-autopatch'],
    provenance: 'documented',
  },
  {
    id: 'ws2025-arc-free',
    date: '2026-05-19',
    era: 'new',
    title: {
      en: 'Hotpatch via Azure Arc becomes free',
      ja: 'Azure Arc 経由のホットパッチが無料に',
    },
    detail: {
      en: 'Hotpatch enabled by Azure Arc for WS2025 Standard/Datacenter becomes available at no extra cost, as of 19 May 2026. The 15 May date found earlier has no source.',
      ja: 'Azure Arc で有効にする WS2025 Standard / Datacenter のホットパッチが、2026 年 5 月 19 日から追加料金なしで使えるようになりました。以前の調査で見つかった 5 月 15 日という日付には出典がありません。',
    },
    sources: ['arc-free-2026', 'ws-docs-arc-hotpatch', 'cloudservus-2026-arc-free'],
    provenance: 'documented',
  },
  {
    id: 'ws2022-ae-hotpatch-extended',
    date: '2026-06',
    dateAlt: '2026-07',
    era: 'new',
    title: {
      en: 'WS2022 Azure Edition hotpatch reported extended to Oct 2027',
      ja: 'WS2022 Azure Edition のホットパッチが 2027 年 10 月まで延長との報道',
    },
    detail: {
      en: 'Secondary sources citing Windows release health report that hotpatch for WS2022 Datacenter: Azure Edition, for enrolled systems only, continues through October 2027, past the end of mainstream support on 13 October 2026. The reports place the announcement in June or July 2026; not confirmed against Microsoft directly.',
      ja: 'Windows release health を引用する二次資料によると、WS2022 Datacenter: Azure Edition のホットパッチは、登録済みのシステムに限り、メインストリームサポート終了（2026 年 10 月 13 日）を越えて 2027 年 10 月まで続きます。発表時期は報道により 2026 年 6 月とも 7 月ともされ、Microsoft の一次情報では確認できていません。',
    },
    sources: ['ws2022-ae-extension-reports'],
    provenance: 'unverified',
  },
  {
    id: 'cve-2026-42910',
    date: '2026-06-09',
    era: 'new',
    title: {
      en: 'CVE-2026-42910 in the Hotpatch Monitoring Service',
      ja: 'Hotpatch Monitoring Service の脆弱性 CVE-2026-42910',
    },
    detail: {
      en: 'Microsoft publishes an elevation-of-privilege flaw in the “Windows Hotpatch Monitoring Service”: an out-of-bounds write that lets an authorized local attacker elevate privileges (CVSS 7.8). The CVE record lists Windows 11 versions 24H2, 25H2 and 26H1 and Windows Server 2025.',
      ja: 'Microsoft が「Windows Hotpatch Monitoring Service」の特権の昇格の脆弱性を公表しました。境界外書き込みにより、権限を持つローカルの攻撃者が特権を昇格できるというもので、CVSS は 7.8 です。CVE の記録では、Windows 11 バージョン 24H2、25H2、26H1 と Windows Server 2025 が対象です。',
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
