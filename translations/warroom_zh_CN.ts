<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeclareIncidentDialog</name>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="9"/>
        <source>Declare incident</source>
        <translation>宣布事件</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="19"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="25"/>
        <source>What customers are experiencing, e.g. &quot;Email drafting completion rate down to 75%&quot;</source>
        <translation>客户正在遇到的情况，例如“邮件起草完成率降至 75%”</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="30"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="39"/>
        <source>&amp;Severity</source>
        <translation>严重级别(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="53"/>
        <source>Affected task t&amp;ype</source>
        <translation>受影响的任务类型(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="59"/>
        <source>e.g. email drafting, contract review</source>
        <translation>例如：邮件起草、合同审阅</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="64"/>
        <source>&amp;Users affected (%)</source>
        <translation>受影响用户比例(%)(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="70"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="75"/>
        <source>&amp;Enterprise customers affected</source>
        <translation>受影响的企业客户数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="81"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="86"/>
        <source>Detected &amp;at (UTC)</source>
        <translation>检测时间 (UTC)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="94"/>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <translation>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <location filename="../ui/declareincidentdialog.ui" line="100"/>
        <source>&amp;Now</source>
        <translation>现在(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SaveVoidsWarning</name>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="26"/>
        <source>Legal sign-off by %1 at %2</source>
        <translation>%1 于 %2 的法务签核</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="27"/>
        <source>IC approval by %1 at %2</source>
        <translation>%1 于 %2 的 IC 批准</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="30"/>
        <source>It goes back to draft and needs legal review, legal sign-off and IC approval again.</source>
        <translation>它将退回草稿状态，需要重新经过法务审核、法务签核和 IC 批准。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="32"/>
        <source>It goes back to draft and needs IC approval again.</source>
        <translation>它将退回草稿状态，需要重新获得 IC 批准。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="35"/>
        <source>Draft #%1 is in legal review. Saving this edit takes it out of review.</source>
        <translation>草稿 #%1 正在法务审核中。保存此编辑会使其退出审核。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="42"/>
        <source>Saving this edit voids what was given for draft #%1:</source>
        <translation>保存此编辑会使草稿 #%1 已获得的以下批准失效：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="60"/>
        <source>Saving voids the sign-off</source>
        <translation>保存将使签核失效</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/savevoidswarning.cpp" line="63"/>
        <source>Save and void</source>
        <translation>保存并作废</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="68"/>
        <source>War Room: incident war-room dashboard</source>
        <translation>War Room：事件作战室看板</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="73"/>
        <source>SQLite database file (default: %1).</source>
        <translation>SQLite 数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="78"/>
        <source>Work in the shared war room on this PostgreSQL server, postgresql://user@host:port/database (docs/shared-mode.md); default: WARROOM_SERVER, else the one chosen in Preferences.</source>
        <translation>在此 PostgreSQL 服务器上的共享作战室中工作，postgresql://user@host:port/database（docs/shared-mode.md）；默认：WARROOM_SERVER，其次为首选项中选择的服务器。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="85"/>
        <source>The schema of the shared war room on the server (default: WARROOM_SCHEMA, else %1).</source>
        <translation>服务器上共享作战室的架构（默认：WARROOM_SCHEMA，其次为 %1）。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="91"/>
        <source>Record changes as NAME for this run.</source>
        <translation>本次运行以 NAME 的身份记录更改。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="95"/>
        <source>Run this playbook file instead of the built-in one (docs/playbook-format.md).</source>
        <translation>使用此预案文件代替内置预案（docs/playbook-format.md）。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="101"/>
        <source>Start in the full-screen wall screen (docs/wall-screen.md).</source>
        <translation>以全屏大屏模式启动（docs/wall-screen.md）。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="105"/>
        <source>Wall screen: show each incident for SECONDS when not all fit side by side (default %1).</source>
        <translation>大屏：无法并排显示所有事件时，每个事件显示 SECONDS 秒（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="112"/>
        <source>Language of the user interface (one of: %1; default: WARROOM_LANG, else the one chosen in Preferences, else the system&apos;s).</source>
        <translation>用户界面语言（可选：%1；默认：WARROOM_LANG，其次为首选项中选择的语言，再次为系统语言）。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="134"/>
        <source>--wall-rotate takes whole seconds from 1 to 3600, not &quot;%1&quot;; for example --wall-rotate 30.</source>
        <translation>--wall-rotate 需要 1 到 3600 之间的整数秒，而不是 &quot;%1&quot;；例如 --wall-rotate 30。</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="153"/>
        <source>War Room cannot use the playbook</source>
        <translation>War Room 无法使用该预案</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="241"/>
        <source>War Room cannot tell who you are</source>
        <translation>War Room 无法确定您的身份</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/main.cpp" line="252"/>
        <source>warroom: nobody has said who uses War Room here: start it on a screen to give your name, or pass --as NAME.</source>
        <translation>warroom：尚未说明此处由谁使用 War Room：请在屏幕上启动它以填写您的姓名，或传入 --as NAME。</translation>
    </message>
</context>
<context>
    <name>warroom::AccountStore</name>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="95"/>
        <source>There is no key account %1.</source>
        <translation>不存在重点客户 %1。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="112"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>操作人不能为空：请说明是谁做的更改。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="121"/>
        <source>Nothing was imported; the file has %1 problem(s):</source>
        <translation>未导入任何内容；该文件有 %1 个问题：</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="144"/>
        <source>&quot;%1&quot; is not in the people directory; import or add the CSM there first, or fix the name.</source>
        <translation>“%1”不在人员名录中；请先在名录中导入或添加该 CSM，或更正姓名。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/accountstore.cpp" line="200"/>
        <source>The database did not return the new account&apos;s id.</source>
        <translation>数据库未返回新客户的 ID。</translation>
    </message>
</context>
<context>
    <name>warroom::AccountTier</name>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="12"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="13"/>
        <source>Mid-market</source>
        <translation>中型企业</translation>
    </message>
    <message>
        <location filename="../src/core/calls/accounttier.cpp" line="14"/>
        <source>SMB</source>
        <translation>小微企业</translation>
    </message>
</context>
<context>
    <name>warroom::AnnouncementKind</name>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="12"/>
        <source>First announcement</source>
        <translation>首次公告</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="13"/>
        <source>Progress update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="14"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="15"/>
        <source>Email to affected customers</source>
        <translation>致受影响客户的邮件</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="16"/>
        <source>Refund notice</source>
        <translation>退款通知</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="18"/>
        <source>Billing fixed, no back-billing</source>
        <translation>计费已修复，不补扣费</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="19"/>
        <source>Data incident notice</source>
        <translation>数据事件通知</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="20"/>
        <source>Ownership statement</source>
        <translation>责任声明</translation>
    </message>
    <message>
        <location filename="../src/core/comms/announcementkind.cpp" line="21"/>
        <source>Postmortem</source>
        <translation>复盘报告</translation>
    </message>
</context>
<context>
    <name>warroom::AppBackend</name>
    <message>
        <location filename="../src/storage/db/appbackend.cpp" line="21"/>
        <source>War Room cannot show %1: its database engine has no way to tell this seat what other seats changed, so the board would never refresh. Use an SQLite database file or a PostgreSQL server (see docs/shared-mode.md).</source>
        <translation>War Room 无法显示 %1：其数据库引擎无法告知本机其他机器做了哪些更改，因此看板永远不会刷新。请使用 SQLite 数据库文件或 PostgreSQL 服务器（参见 docs/shared-mode.md）。</translation>
    </message>
</context>
<context>
    <name>warroom::AssignRoleDialog</name>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="23"/>
        <source>Assign a role</source>
        <translation>指派角色</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="31"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="37"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="40"/>
        <source>Assign &amp;although the directory does not list them for this role (recorded)</source>
        <translation>即使名录未将其列为该角色也指派(&amp;A)（将被记录）</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/assignroledialog.cpp" line="68"/>
        <source>%1 (not listed for this role)</source>
        <translation>%1（未列为该角色）</translation>
    </message>
</context>
<context>
    <name>warroom::Badge</name>
    <message>
        <location filename="../src/widgets/common/badge.cpp" line="60"/>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>warroom::BoundedFile</name>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="24"/>
        <source>%1 is larger than %2 bytes, the most War Room reads; shorten it or split it.</source>
        <translation>%1 大于 %2 字节，超出 War Room 的读取上限；请缩短或拆分该文件。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="55"/>
        <location filename="../src/core/io/boundedfile.cpp" line="78"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="64"/>
        <source>Cannot read %1: it does not exist; check the path.</source>
        <translation>无法读取 %1：文件不存在；请检查路径。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="67"/>
        <source>%1 is a folder, not a file; give the path of a file.</source>
        <translation>%1 是文件夹而不是文件；请提供文件的路径。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="70"/>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the content to a file and give its path.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；请将内容保存到文件并提供其路径。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="99"/>
        <source>%1 is not UTF-8 text: invalid byte %2 at byte offset %3; save it as UTF-8.</source>
        <translation>%1 不是 UTF-8 文本：字节偏移 %3 处有无效字节 %2；请另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="106"/>
        <source>%1 contains a NUL byte at byte offset %2, so it is not text (a binary or UTF-16 file?); save it as UTF-8 text.</source>
        <translation>%1 在字节偏移 %2 处包含 NUL 字节，因此不是文本（可能是二进制或 UTF-16 文件？）；请另存为 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="112"/>
        <source>%1 contains a line break at byte offset %2; give it on one line.</source>
        <translation>%1 在字节偏移 %2 处包含换行符；请写在一行内。</translation>
    </message>
    <message>
        <location filename="../src/core/io/boundedfile.cpp" line="116"/>
        <source>%1 contains the control character %2 at byte offset %3; remove it.</source>
        <translation>%1 在字节偏移 %3 处包含控制字符 %2；请将其删除。</translation>
    </message>
</context>
<context>
    <name>warroom::CallListModel</name>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="109"/>
        <source>%1 min ago%2</source>
        <translation>%1 分钟前%2</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="165"/>
        <source>What the customer observed, in their words</source>
        <translation>客户观察到的情况，用客户自己的话描述</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="170"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="172"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="174"/>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="176"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="178"/>
        <source>Last attempt</source>
        <translation>最近尝试</translation>
    </message>
    <message>
        <location filename="../src/models/calls/calllistmodel.cpp" line="180"/>
        <source>Observed</source>
        <translation>客户反馈</translation>
    </message>
</context>
<context>
    <name>warroom::CallStatus</name>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="20"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="22"/>
        <source>Calling</source>
        <translation>呼叫中</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="23"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="25"/>
        <source>Left message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="27"/>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <location filename="../src/core/calls/callstatus.cpp" line="28"/>
        <source>Declined to talk</source>
        <translation>拒绝沟通</translation>
    </message>
</context>
<context>
    <name>warroom::CallTrackerWidget</name>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="53"/>
        <source>&amp;My accounts only</source>
        <translation>仅显示我的客户(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="56"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="59"/>
        <source>Call channel</source>
        <translation>呼叫渠道</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="63"/>
        <source>Phone or Slack: the playbook reaches key accounts in person, not by email.</source>
        <translation>电话或 Slack：预案要求亲自联系重点客户，而不是发邮件。</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="66"/>
        <source>Propo&amp;se top %1</source>
        <translation>建议前 %1 个(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="69"/>
        <source>&amp;Choose accounts…</source>
        <translation>选择客户(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="107"/>
        <source>Keys: %1 · &lt;b&gt;Enter&lt;/b&gt; note</source>
        <translation>按键：%1 · &lt;b&gt;Enter&lt;/b&gt; 备注</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="108"/>
        <source>Press a key on the selected account to record where its call stands.</source>
        <translation>在选中的客户上按键，记录其呼叫进展。</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="113"/>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="371"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="116"/>
        <source>Call note</source>
        <translation>呼叫备注</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="117"/>
        <source>What the customer observed (Enter saves, Esc cancels)</source>
        <translation>客户反馈的情况（Enter 保存，Esc 取消）</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="192"/>
        <source>No key accounts are selected for this incident yet.
Click “%1” to select the %2 highest-ranked accounts, or “%3” to pick them yourself.</source>
        <translation>此事件尚未选择任何重点客户。
点击“%1”选择排名最高的 %2 个客户，或点击“%3”自行挑选。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="199"/>
        <source>None of the %n selected account(s) is yours (you are “%1”).
Untick “%2” to see them all.</source>
        <translation>
            <numerusform>已选的 %n 个客户中没有您负责的（您是“%1”）。
取消勾选“%2”即可查看全部。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="245"/>
        <source>Key-account outreach: %1</source>
        <translation>重点客户联络：%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="270"/>
        <source>Select an account first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="297"/>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="342"/>
        <source>Note on %1:</source>
        <translation>%1 的备注：</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/calltrackerwidget.cpp" line="356"/>
        <source>That account is no longer selected; the note was not saved.</source>
        <translation>该客户已不再被选中；备注未保存。</translation>
    </message>
</context>
<context>
    <name>warroom::Category</name>
    <message>
        <location filename="../src/core/incident/category.cpp" line="14"/>
        <source>Agent behaviour anomaly / quality decline</source>
        <translation>智能体行为异常 / 质量下降</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="15"/>
        <source>System outage</source>
        <translation>系统中断</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="17"/>
        <source>Upstream model unavailable</source>
        <translation>上游模型不可用</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="19"/>
        <source>Token billing over-charge</source>
        <translation>Token 计费多扣</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="21"/>
        <source>Token billing under-charge</source>
        <translation>Token 计费少扣</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="23"/>
        <source>Model output error causing customer loss</source>
        <translation>模型输出错误导致客户损失</translation>
    </message>
    <message>
        <location filename="../src/core/incident/category.cpp" line="25"/>
        <source>Customer data leak or compliance event</source>
        <translation>客户数据泄露或合规事件</translation>
    </message>
</context>
<context>
    <name>warroom::Channel</name>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="25"/>
        <source>Status page</source>
        <translation>状态页</translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="29"/>
        <source>Email to affected customers</source>
        <translation>致受影响客户的邮件</translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="33"/>
        <source>In-app notice</source>
        <translation>应用内通知</translation>
    </message>
    <message>
        <location filename="../src/core/comms/channel.cpp" line="37"/>
        <source>Key-account message</source>
        <translation>重点客户消息</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelConfiguration</name>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="81"/>
        <source>The channel settings are still being read or saved; save again in a moment.</source>
        <translation>渠道设置仍在读取或保存中；请稍后再保存。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="153"/>
        <source>the desktop keychain (still being read)</source>
        <translation>桌面密钥环（仍在读取）</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="155"/>
        <source>the desktop keychain</source>
        <translation>桌面密钥环</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="157"/>
        <source>no keychain: %1</source>
        <translation>无密钥环：%1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelconfiguration.cpp" line="160"/>
        <source>%1; the secrets file %2, which overrides it</source>
        <translation>%1；密钥文件 %2（优先于前者）</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelKeychain</name>
    <message>
        <location filename="../src/integrations/channels/channelkeychain.cpp" line="48"/>
        <source>The desktop keychain cannot be read (%1): channel secrets come only from the environment or the secrets file (docs/channels.md).</source>
        <translation>无法读取桌面密钥环（%1）：渠道密钥只能来自环境变量或密钥文件（docs/channels.md）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelkeychain.cpp" line="127"/>
        <source>The desktop keychain did not store the secrets (%1), so nothing was saved. Without a keychain service (a desktop session with GNOME Keyring or KWallet), give the secrets in environment variables or in a secrets file of mode 0600 named by WARROOM_SECRETS_FILE instead (docs/channels.md).</source>
        <translation>桌面密钥环未能存储密钥（%1），因此未保存任何内容。若没有密钥环服务（带 GNOME Keyring 或 KWallet 的桌面会话），请改用环境变量或由 WARROOM_SECRETS_FILE 指定的权限为 0600 的密钥文件提供密钥（docs/channels.md）。</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelLimits</name>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="32"/>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="36"/>
        <source>%1: over by %2, %3</source>
        <translation>%1：超出 %2，%3</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="46"/>
        <source>Incident name</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="47"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="59"/>
        <source>shorten the title</source>
        <translation>请缩短标题</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="50"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="51"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="55"/>
        <location filename="../src/integrations/channels/channellimits.cpp" line="84"/>
        <source>shorten the body</source>
        <translation>请缩短正文</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="54"/>
        <source>Notification text</source>
        <translation>通知文本</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="58"/>
        <source>Title section</source>
        <translation>标题区块</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="62"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="63"/>
        <source>mail clients cut it off on screen; shorten the title</source>
        <translation>邮件客户端会在屏幕上截断；请缩短标题</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="82"/>
        <source>Body section</source>
        <translation>正文区块</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="83"/>
        <source>Longest of %1 body sections</source>
        <translation>%1 个正文区块中最长的一个</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channellimits.cpp" line="95"/>
        <source>%1 is over its limit of %2 characters by %3: %4.</source>
        <translation>%1 超出 %2 个字符的上限 %3 个：%4。</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelRendering</name>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="28"/>
        <source>Incident name</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="34"/>
        <source>impact %1</source>
        <translation>影响 %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="36"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="43"/>
        <source>Notification text</source>
        <translation>通知文本</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="52"/>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="59"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="70"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="71"/>
        <source>Body, section %1 of %2</source>
        <translation>正文，第 %1/%2 节</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="79"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="80"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="83"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelrendering.cpp" line="93"/>
        <source>JSON payload (the idempotency key and publication id are added when it is queued)</source>
        <translation>JSON 负载（幂等键和发布记录 ID 在排队时添加）</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelSettings</name>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="58"/>
        <source>%1 is not set, but %2 is: set %1 too, or unset the others to leave this channel unconfigured.</source>
        <translation>%1 未设置，但 %2 已设置：请同时设置 %1，或取消设置其他项以使该渠道保持未配置。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="69"/>
        <source>%1 %2.</source>
        <translation>%1 %2。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="95"/>
        <source>%1 must be the page id from the Statuspage API page (letters, digits, - and _ only).</source>
        <translation>%1 必须是 Statuspage API 页面中的 page id（只能包含字母、数字、- 和 _）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="101"/>
        <source>%1 contains spaces or control characters; copy the key again from the Statuspage API page.</source>
        <translation>%1 包含空格或控制字符；请从 Statuspage API 页面重新复制该密钥。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="119"/>
        <source>%1 must not have a ?query; give the API&apos;s base URL, for example %2.</source>
        <translation>%1 不能带 ?query；请提供 API 的基础 URL，例如 %2。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="130"/>
        <source>%1 must be a comma-separated list of component ids (letters, digits, - and _ only).</source>
        <translation>%1 必须是以逗号分隔的组件 ID 列表（只能包含字母、数字、- 和 _）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="175"/>
        <source>%1 is not an email address; write it as alerts@example.com or &quot;War Room &lt;alerts@example.com&gt;&quot;.</source>
        <translation>%1 不是电子邮件地址；请写成 alerts@example.com 或 &quot;War Room &lt;alerts@example.com&gt;&quot;。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/channelsettings.cpp" line="190"/>
        <source>%1 must be a whole number of seconds from 1 to %2 (default %3).</source>
        <translation>%1 必须是 1 到 %2 之间的整数秒数（默认 %3）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="18"/>
        <source>is not an absolute URL with a host name</source>
        <translation>不是带主机名的绝对 URL</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="20"/>
        <source>carries a user name or password; put credentials in their own variables, never in the URL</source>
        <translation>包含用户名或密码；请将凭据放在单独的变量中，切勿写在 URL 里</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="23"/>
        <source>has a #fragment, which no server sees; remove it</source>
        <translation>带有服务器看不到的 #fragment；请将其删除</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="49"/>
        <source>uses plain http:// to a host that is not this machine; use https:// (plain http is accepted only for 127.0.0.0/8, ::1 and localhost)</source>
        <translation>对非本机主机使用了明文 http://；请使用 https://（仅 127.0.0.0/8、::1 和 localhost 接受明文 http）</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="52"/>
        <source>must start with https:// (or http:// to this machine)</source>
        <translation>必须以 https:// 开头（本机可用 http://）</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="61"/>
        <source>must be smtp://host:port (STARTTLS) or smtps://host:port (TLS)</source>
        <translation>必须是 smtp://host:port (STARTTLS) 或 smtps://host:port (TLS)</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="63"/>
        <source>must name only the server, smtp://host:port, without a path</source>
        <translation>只能指定服务器 smtp://host:port，不能带路径</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/endpointrules.cpp" line="65"/>
        <source>must name only the server, smtp://host:port, without a ?query</source>
        <translation>只能指定服务器 smtp://host:port，不能带 ?query</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="34"/>
        <source>WARROOM_SECRETS_FILE names %1, which cannot be opened (it does not exist or is not readable); give the path of your secrets file or unset the variable.</source>
        <translation>WARROOM_SECRETS_FILE 指向 %1，但无法打开（不存在或不可读）；请提供密钥文件的路径，或取消设置该变量。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="39"/>
        <source>WARROOM_SECRETS_FILE names %1, which is not a regular file (a folder, device or pipe); give the path of a file.</source>
        <translation>WARROOM_SECRETS_FILE 指向 %1，但它不是普通文件（而是文件夹、设备或管道）；请提供文件的路径。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="43"/>
        <source>The secrets file %1 belongs to another user; War Room reads secrets only from a file of your own (copy it and chmod 600 the copy).</source>
        <translation>密钥文件 %1 属于其他用户；War Room 只从您自己的文件读取密钥（请复制一份并对副本执行 chmod 600）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="48"/>
        <source>The secrets file %1 can be read or written by other users (mode %2); run `chmod 600 %1` so that only you can.</source>
        <translation>密钥文件 %1 可被其他用户读取或写入（权限 %2）；请运行 `chmod 600 %1`，使其仅您本人可访问。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="78"/>
        <source>%1, line %2: expected NAME=value.</source>
        <translation>%1，第 %2 行：应为 NAME=value。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="83"/>
        <source>its name</source>
        <translation>其名称</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="84"/>
        <source>%1, line %2: %3 is not a War Room channel setting; the names are %4.</source>
        <translation>%1，第 %2 行：%3 不是 War Room 渠道设置；可用名称为 %4。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/secretsfile.cpp" line="91"/>
        <source>%1, line %2: %3 is set a second time; keep one line.</source>
        <translation>%1，第 %2 行：%3 被重复设置；请只保留一行。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/storedchannelsettings.cpp" line="85"/>
        <source>The channel settings could not be written to %1 (the disk is full or the file is not writable); make it writable and save again.</source>
        <translation>无法将渠道设置写入 %1（磁盘已满或文件不可写）；请使其可写后再保存。</translation>
    </message>
</context>
<context>
    <name>warroom::ChannelSetup</name>
    <message>
        <location filename="../src/app/warroom/channelwiring.cpp" line="32"/>
        <source>Channel settings</source>
        <translation>渠道设置</translation>
    </message>
    <message>
        <location filename="../src/app/warroom/channelwiring.cpp" line="33"/>
        <source>The channel settings cannot be used, so this window delivers nothing: announcements wait in the outbox until the settings are fixed or the text is posted by hand.

%1</source>
        <translation>渠道设置无法使用，因此此窗口不会投递任何内容：公告将在发件箱中等待，直到设置修复或手动发布文本。

%1</translation>
    </message>
</context>
<context>
    <name>warroom::CommunicationsPane</name>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="140"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="160"/>
        <source>&amp;Deliveries…</source>
        <translation>投递情况(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="162"/>
        <source>Where each delivery of the selected published draft stands; copy its text to post by hand.</source>
        <translation>所选已发布草稿的各项投递进展；可复制其文本手动发布。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="169"/>
        <source>Draft editor</source>
        <translation>草稿编辑器</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="179"/>
        <source>Show the draft list</source>
        <translation>显示草稿列表</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="233"/>
        <source>◂ Hide drafts</source>
        <translation>◂ 隐藏草稿</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="234"/>
        <source>Drafts (%1) ▸</source>
        <translation>草稿（%1）▸</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="235"/>
        <source>Hide the list of drafts and the new-draft form, to give the text and its preview the width.</source>
        <translation>隐藏草稿列表和新建草稿表单，为文本及其预览腾出宽度。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="237"/>
        <source>Show the list of this incident&apos;s drafts and the form for a new one.</source>
        <translation>显示此事件的草稿列表和新建草稿表单。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="267"/>
        <source>New draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="275"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="282"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="285"/>
        <source>optional, e.g. a key account</source>
        <translation>可选，例如某个重点客户</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="287"/>
        <source>Audience:</source>
        <translation>受众：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="289"/>
        <source>&amp;Create draft</source>
        <translation>创建草稿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="292"/>
        <source>Te&amp;mplates…</source>
        <translation>模板(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="294"/>
        <source>The template library: read, add and edit templates.</source>
        <translation>模板库：查看、添加和编辑模板。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="371"/>
        <source>%1 (for this incident)</source>
        <translation>%1（用于此事件）</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="454"/>
        <source>Draft #%1 has unsaved changes. Save them before switching drafts?</source>
        <translation>草稿 #%1 有未保存的更改。切换草稿前是否保存？</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="457"/>
        <source>Draft #%1 of incident #%2 has unsaved changes. Save them before switching to another incident?</source>
        <translation>事件 #%2 的草稿 #%1 有未保存的更改。切换到其他事件前是否保存？</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="463"/>
        <source>Draft #%1 of incident #%2 has unsaved changes. Save them before closing the window?</source>
        <translation>事件 #%2 的草稿 #%1 有未保存的更改。关闭窗口前是否保存？</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/communicationspane.cpp" line="470"/>
        <source>Unsaved announcement</source>
        <translation>公告未保存</translation>
    </message>
</context>
<context>
    <name>warroom::ConflictDialog</name>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="21"/>
        <source>Someone else changed this first</source>
        <translation>他人已先行更改此项</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="35"/>
        <source>Yours (not saved)</source>
        <translation>您的文本（未保存）</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="53"/>
        <source>&amp;Apply mine anyway</source>
        <translation>仍然应用我的更改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="55"/>
        <source>Submit your change again on top of theirs; every rule still applies.</source>
        <translation>在对方更改的基础上重新提交您的更改；所有规则仍然适用。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="56"/>
        <source>&amp;Discard mine</source>
        <translation>放弃我的更改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="58"/>
        <source>Drop your change and show theirs.</source>
        <translation>放弃您的更改并显示对方的更改。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="59"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="61"/>
        <source>Save nothing now and keep your text in the editor.</source>
        <translation>暂不保存，并将您的文本保留在编辑器中。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="72"/>
        <source>Apply mine anyway: your change is submitted again on top of theirs; every rule still applies. Discard mine: theirs stays and is shown here.</source>
        <translation>仍然应用我的更改：在对方更改的基础上重新提交您的更改；所有规则仍然适用。放弃我的更改：保留对方的更改并在此处显示。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="91"/>
        <source>This changed after your screen was read (now: %1).</source>
        <translation>此项在您的界面读取数据之后已被更改（当前：%1）。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="97"/>
        <source>%1 changed this on %2 UTC, %3 ago (now: %4).</source>
        <translation>%1 于 %2 UTC 修改了此项，%3 之前（现在：%4）。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="99"/>
        <source>%1 changed this on %2 UTC (now: %3).</source>
        <translation>%1 于 %2 UTC 修改了此项（现在：%3）。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="102"/>
        <source>Your change (%1) was not saved.</source>
        <translation>您的更改（%1）未保存。</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/conflictdialog.cpp" line="116"/>
        <source>Save mine: your text becomes the next version, on top of theirs. Discard mine: the editor shows theirs. Keep editing: nothing is saved and your text stays in the editor.</source>
        <translation>保存我的文本：您的文本将在对方版本的基础上成为下一个版本。放弃我的更改：编辑器显示对方的文本。继续编辑：不保存任何内容，您的文本保留在编辑器中。</translation>
    </message>
</context>
<context>
    <name>warroom::ConnectionChoice</name>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="24"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="42"/>
        <source>--db and --server cannot be given together: --db opens an SQLite file on this machine, --server a shared war room. Give one of them.</source>
        <translation>--db 和 --server 不能同时指定：--db 打开本机上的 SQLite 文件，--server 打开共享作战室。请只指定其中之一。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="60"/>
        <source>The shared war room server in Preferences</source>
        <translation>首选项中的共享作战室服务器</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="66"/>
        <source>--schema names a schema on a shared war room server, but no server is given: add --server URL, or leave --schema out to use the SQLite file.</source>
        <translation>--schema 指定的是共享作战室服务器上的架构，但未指定服务器：请添加 --server URL，或省略 --schema 以使用 SQLite 文件。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/connectionchoice.cpp" line="73"/>
        <source>--as is not accepted on a shared server: changes are recorded under your login.</source>
        <translation>在共享服务器上不接受 --as：更改会以您的登录名记录。</translation>
    </message>
</context>
<context>
    <name>warroom::ContactHandle</name>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="29"/>
        <source>&quot;%1&quot; is not a phone number: only digits, a leading +, spaces, dashes, dots and parentheses are allowed.</source>
        <translation>“%1”不是电话号码：只允许数字、开头的 +、空格、短横线、点和括号。</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="36"/>
        <source>&quot;%1&quot; is not a phone number: it has %2 digits, a phone number has %3 to %4.</source>
        <translation>“%1”不是电话号码：它有 %2 位数字，电话号码应为 %3 到 %4 位。</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="53"/>
        <source>&quot;%1&quot; is not a Slack handle: it needs 1 to 80 characters after the @.</source>
        <translation>“%1”不是 Slack 账号：@ 后需要 1 到 80 个字符。</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="59"/>
        <source>&quot;%1&quot; is not a Slack handle: use letters, digits, dots, dashes and underscores (e.g. @dana.k).</source>
        <translation>“%1”不是 Slack 账号：请使用字母、数字、点、短横线和下划线（例如 @dana.k）。</translation>
    </message>
    <message>
        <location filename="../src/core/roles/contacthandle.cpp" line="76"/>
        <source>&quot;%1&quot; is not an email address (expected name@example.com).</source>
        <translation>“%1”不是电子邮件地址（应为 name@example.com）。</translation>
    </message>
</context>
<context>
    <name>warroom::Csv</name>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="80"/>
        <source>The tier is required; one of %1.</source>
        <translation>等级为必填项；可选值：%1。</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="84"/>
        <source>Unknown tier &quot;%1&quot;; one of %2.</source>
        <translation>未知等级“%1”；可选值：%2。</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="91"/>
        <source>&quot;%1&quot; is not an ARR: write whole currency units with digits only, e.g. 1200000.</source>
        <translation>“%1”不是有效的 ARR：请只用数字填写整数货币单位，例如 1200000。</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="98"/>
        <source>&quot;%1&quot; is not a rank: write a whole number from 1 to %2.</source>
        <translation>“%1”不是有效的排名：请填写 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="122"/>
        <source>Customer &quot;%1&quot; is listed twice: first on line %2.</source>
        <translation>客户“%1”重复出现：首次出现在第 %2 行。</translation>
    </message>
    <message>
        <location filename="../src/core/io/accountscsv.cpp" line="130"/>
        <source>Rank %1 is given twice: first on line %2.</source>
        <translation>排名 %1 重复出现：首次出现在第 %2 行。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="36"/>
        <source>The file is UTF-32 (it starts with a UTF-32 byte order mark); save it as UTF-8.</source>
        <translation>该文件是 UTF-32 编码（以 UTF-32 字节顺序标记开头）；请另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="42"/>
        <source>The file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8.</source>
        <translation>该文件是 UTF-16 编码（以 UTF-16 字节顺序标记开头）；请另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="47"/>
        <source>The file contains a NUL byte, so it is not UTF-8 text (UTF-16 without a byte order mark?); save it as UTF-8.</source>
        <translation>该文件包含 NUL 字节，因此不是 UTF-8 文本（可能是不带字节顺序标记的 UTF-16？）；请另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="53"/>
        <source>Byte %1 is not valid UTF-8 (the file may be in Latin-1 or Windows-1252); save it as UTF-8.</source>
        <translation>字节 %1 不是有效的 UTF-8（文件可能是 Latin-1 或 Windows-1252 编码）；请另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="102"/>
        <source>A double quote inside an unquoted field; put the whole field in double quotes and double the quote (&quot;&quot;).</source>
        <translation>未加引号的字段中含有双引号；请用双引号括起整个字段，并将其中的引号写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="135"/>
        <source>Text after the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>字段的结束引号后还有文本；带引号字段中的引号必须写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="149"/>
        <source>A quoted field is never closed: the closing double quote is missing.</source>
        <translation>带引号的字段未闭合：缺少结束双引号。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="201"/>
        <source>The file has %1 bytes; at most %2 are accepted.</source>
        <translation>该文件有 %1 字节；最多接受 %2 字节。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="221"/>
        <source>The file is empty: expected a header line naming the columns.</source>
        <translation>该文件为空：应有一行列名标题。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="234"/>
        <source>The record has %1 fields; the header has %2 (a comma too many or too few, or a field with a comma that is not in quotes?).</source>
        <translation>该记录有 %1 个字段，而标题行有 %2 个（多了或少了一个逗号，或某字段中的逗号未加引号？）。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="255"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="256"/>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../src/core/io/csv.cpp" line="266"/>
        <source>... and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="29"/>
        <source>Column %1 has no name in the header; the columns are %2.</source>
        <translation>标题行中第 %1 列没有名称；列名为 %2。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="36"/>
        <source>The column appears twice in the header.</source>
        <translation>该列在标题行中出现了两次。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="43"/>
        <source>Unknown column(s); the columns are %1.</source>
        <translation>未知的列；列名为 %1。</translation>
    </message>
    <message>
        <location filename="../src/core/io/csvcolumns.cpp" line="48"/>
        <source>The required column is missing from the header.</source>
        <translation>标题行中缺少该必需列。</translation>
    </message>
    <message>
        <location filename="../src/core/io/peoplecsv.cpp" line="49"/>
        <source>&quot;%1&quot; is listed twice: first on line %2.</source>
        <translation>“%1”重复出现：首次出现在第 %2 行。</translation>
    </message>
</context>
<context>
    <name>warroom::CsvImport</name>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="34"/>
        <source>People imported from %1: %2 added, %3 updated.</source>
        <translation>已从 %1 导入人员：新增 %2 个，更新 %3 个。</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimport.cpp" line="42"/>
        <source>Key accounts imported from %1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation>已从 %1 导入重点客户：新增 %2 个，更新 %3 个，%4 个不再列出。</translation>
    </message>
</context>
<context>
    <name>warroom::CsvImportDialog</name>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="30"/>
        <source>Import people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="31"/>
        <source>Import key accounts</source>
        <translation>导入重点客户</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="41"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="44"/>
        <source>Choose a .csv file</source>
        <translation>选择 .csv 文件</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="46"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="47"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="64"/>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="84"/>
        <source>&lt;p&gt;A CSV file (comma-separated, UTF-8, as spreadsheets save it) with the column names on its first line, in any order:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt; (required): the person&apos;s full name&lt;/li&gt;&lt;li&gt;&lt;b&gt;phone&lt;/b&gt;, &lt;b&gt;slack&lt;/b&gt;, &lt;b&gt;email&lt;/b&gt;: at least one, so the person can be reached&lt;/li&gt;&lt;li&gt;&lt;b&gt;roles&lt;/b&gt; (optional): the roles the person can hold, separated by &quot;;&quot;: %1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;People already in the directory are updated by name; nobody is removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CSV 文件（逗号分隔、UTF-8 编码，即电子表格保存的格式），第一行为列名，顺序不限：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt;（必填）：人员全名&lt;/li&gt;&lt;li&gt;&lt;b&gt;phone&lt;/b&gt;、&lt;b&gt;slack&lt;/b&gt;、&lt;b&gt;email&lt;/b&gt;：至少填写一项，以便联系到此人&lt;/li&gt;&lt;li&gt;&lt;b&gt;roles&lt;/b&gt;（可选）：此人可担任的角色，用 &quot;;&quot; 分隔：%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;名录中已有的人员按姓名更新；不会移除任何人。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="93"/>
        <source>&lt;p&gt;A CSV file (comma-separated, UTF-8, as spreadsheets save it) with the column names on its first line, in any order:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt; (required): the customer&lt;/li&gt;&lt;li&gt;&lt;b&gt;tier&lt;/b&gt; (required): %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;arr&lt;/b&gt; and &lt;b&gt;rank&lt;/b&gt;: at least one; ARR in whole currency units, digits only; rank from 1 (called first) to %2&lt;/li&gt;&lt;li&gt;&lt;b&gt;csm&lt;/b&gt; (required): the owning customer success manager, as named in the people directory (import the people first)&lt;/li&gt;&lt;li&gt;&lt;b&gt;contact1_name&lt;/b&gt; (required) with &lt;b&gt;contact1_phone&lt;/b&gt; or &lt;b&gt;contact1_slack&lt;/b&gt;, and &lt;b&gt;contact1_email&lt;/b&gt;; contact2_… and contact3_… the same way, optional&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The file becomes the key-account list: accounts it no longer lists are kept for history but no longer proposed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CSV 文件（逗号分隔、UTF-8 编码，即电子表格保存的格式），第一行为列名，顺序不限：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;name&lt;/b&gt;（必填）：客户名称&lt;/li&gt;&lt;li&gt;&lt;b&gt;tier&lt;/b&gt;（必填）：%1&lt;/li&gt;&lt;li&gt;&lt;b&gt;arr&lt;/b&gt; 和 &lt;b&gt;rank&lt;/b&gt;：至少填写一项；ARR 为整数货币单位，仅限数字；rank 从 1（最先呼叫）到 %2&lt;/li&gt;&lt;li&gt;&lt;b&gt;csm&lt;/b&gt;（必填）：负责的客户成功经理，须与人员名录中的姓名一致（请先导入人员）&lt;/li&gt;&lt;li&gt;&lt;b&gt;contact1_name&lt;/b&gt;（必填），以及 &lt;b&gt;contact1_phone&lt;/b&gt; 或 &lt;b&gt;contact1_slack&lt;/b&gt;，和 &lt;b&gt;contact1_email&lt;/b&gt;；contact2_… 和 contact3_… 同理，可选&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;该文件将成为重点客户列表：文件中不再列出的客户会保留用于历史记录，但不再被推荐。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="115"/>
        <source>Line 1 (the column names): %1</source>
        <translation>第 1 行（列名）：%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="117"/>
        <source>Line 1 (the column names), %1: %2</source>
        <translation>第 1 行（列名），%1：%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="119"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="120"/>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="150"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="181"/>
        <source>People imported from %1: %2 added, %3 updated.</source>
        <translation>已从 %1 导入人员：新增 %2 个，更新 %3 个。</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="185"/>
        <source>Key accounts imported from %1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation>已从 %1 导入重点客户：新增 %2 个，更新 %3 个，%4 个不再列出。</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="200"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/directory/csvimportdialog.cpp" line="204"/>
        <source>Nothing was imported: %1 has %n problem(s). Fix them in the file, save it and press Import again.</source>
        <translation>
            <numerusform>未导入任何内容：%1 中有 %n 个问题。请在文件中修正并保存，然后再次点击“导入”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::Database</name>
    <message>
        <location filename="../src/storage/db/database.cpp" line="138"/>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>未安装 Qt SQL 驱动 %1。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="174"/>
        <source>%1 does not exist; there is no database to check.</source>
        <translation>%1 不存在；没有可检查的数据库。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="240"/>
        <source>Offline: %1 is not answering (%2). Nothing was sent to it; try again once the server answers.</source>
        <translation>离线：%1 没有响应（%2）。没有向它发送任何内容；请在服务器恢复响应后重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="249"/>
        <source>Offline: %1 stopped answering while this was being sent (%2). Whether it was saved is not known until the server answers again; then look at what it holds.</source>
        <translation>离线：发送时 %1 停止了响应（%2）。在服务器再次响应之前无法得知是否已保存；届时请查看服务器上的内容。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="271"/>
        <source>the server closed this window&apos;s connection</source>
        <translation>服务器关闭了此窗口的连接</translation>
    </message>
    <message>
        <location filename="../src/storage/db/database.cpp" line="169"/>
        <source>%1: this database cannot check its own integrity.</source>
        <translation>%1：此数据库无法检查自身完整性。</translation>
    </message>
</context>
<context>
    <name>warroom::DatabaseChooser</name>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="30"/>
        <source>War Room cannot open the database</source>
        <translation>War Room 无法打开数据库</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="34"/>
        <source>Open &amp;another file…</source>
        <translation>打开其他文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="40"/>
        <source>Open or create a War Room database</source>
        <translation>打开或创建 War Room 数据库</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/databasechooser.cpp" line="41"/>
        <source>War Room databases (*.sqlite *.db);;All files (*)</source>
        <translation>War Room 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>warroom::DeadlineBanner</name>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="128"/>
        <source>CLOSED</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="133"/>
        <source>at %1 by %2 — the board stopped at closing</source>
        <translation>%1 由 %2 关闭 — 看板已在关闭时停止</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="143"/>
        <source>NOTHING MISSED</source>
        <translation>无遗漏</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="147"/>
        <source>%n MISSED</source>
        <translation>
            <numerusform>遗漏 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="156"/>
        <source> — worst: %1 late</source>
        <translation> — 最严重：逾期 %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="171"/>
        <source>NEXT</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="174"/>
        <source>No open deadline with a due time</source>
        <translation>没有设有截止时间的未完成事项</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="178"/>
        <source>DUE SOON in %1</source>
        <translation>即将到期：%1 后</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="178"/>
        <source>NEXT in %1</source>
        <translation>下一项：%1 后</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="203"/>
        <source>NONE OVERDUE</source>
        <translation>无逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="207"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n 项即将到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="208"/>
        <source>Every open deadline is still ahead</source>
        <translation>所有未完成事项均未到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="211"/>
        <source>%n OVERDUE</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/board/deadlinebanner.cpp" line="213"/>
        <source>oldest: </source>
        <translation>最久：</translation>
    </message>
</context>
<context>
    <name>warroom::DeclareIncidentDialog</name>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="51"/>
        <source>Choose the category…</source>
        <translation>选择类别…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="52"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="68"/>
        <source>&amp;Declare</source>
        <translation>宣布(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="74"/>
        <source>Choose a severity to see what it means.</source>
        <translation>选择一个严重级别以查看其含义。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="96"/>
        <source>Edit incident</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="97"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="113"/>
        <source>Trigger conditions observed (tick any; they suggest the category)</source>
        <translation>观察到的触发条件（可多选；将据此建议类别）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="124"/>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="147"/>
        <source>Ticking a condition sets the category it suggests.</source>
        <translation>勾选条件会设置其建议的类别。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="152"/>
        <source>Category set to &quot;%1&quot;, as the ticked conditions suggest; change it above if it fits better.</source>
        <translation>已按勾选的条件将类别设为“%1”；如有更合适的类别，请在上方更改。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="327"/>
        <source>Enterprise customers affected must be a whole number of customers, e.g. 3.</source>
        <translation>受影响的企业客户数必须是整数，例如 3。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="337"/>
        <source>Choose the category: it decides which playbook rules apply.</source>
        <translation>请选择类别：它决定适用哪些预案规则。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/declareincidentdialog.cpp" line="340"/>
        <source>Choose the severity.</source>
        <translation>请选择严重级别。</translation>
    </message>
</context>
<context>
    <name>warroom::DeliveriesDialog</name>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="34"/>
        <source>Deliveries of draft #%1</source>
        <translation>草稿 #%1 的投递情况</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="48"/>
        <source>Deliveries</source>
        <translation>投递情况</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>Where</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="50"/>
        <source>Last answer</source>
        <translation>最近响应</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="59"/>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="61"/>
        <source>The exact title and text that were approved, for posting by hand.</source>
        <translation>已批准的标题和文本原文，用于手动发布。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="62"/>
        <source>Record as &amp;posted by hand…</source>
        <translation>记录为已手动发布(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="64"/>
        <source>&amp;Send again</source>
        <translation>重新发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="122"/>
        <source>Nothing of this draft is in the outbox: it was published before War Room tracked deliveries, or not at all.</source>
        <translation>发件箱中没有此草稿的任何内容：它是在 War Room 跟踪投递之前发布的，或者根本未发布。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="124"/>
        <source>%1 of %2 deliveries done. A channel that is not set up here waits: copy the text, post it yourself, then record it as posted by hand.</source>
        <translation>已完成 %1/%2 项投递。未在此处设置的渠道会一直等待：请复制文本自行发布，然后记录为已手动发布。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="160"/>
        <source>Copied the text of delivery #%1 (%2 characters). Post it, then record it as posted by hand.</source>
        <translation>已复制投递 #%1 的文本（%2 个字符）。请发布后记录为已手动发布。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/deliveriesdialog.cpp" line="174"/>
        <source>Record delivery #%1 (%2) as posted by hand by %3? The board counts it as delivered from now on, and the timeline says who posted it.</source>
        <translation>将投递 #%1（%2）记录为由 %3 手动发布？此后看板将其计为已投递，时间线会记录发布人。</translation>
    </message>
</context>
<context>
    <name>warroom::Delivery</name>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="108"/>
        <source>%1 to %2</source>
        <translation>%1（发至 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="116"/>
        <source>posted by hand by %1 at %2</source>
        <translation>%1 于 %2 手动发布</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="118"/>
        <source>sent at %1</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="120"/>
        <source>retrying at %1</source>
        <translation>将于 %1 重试</translation>
    </message>
</context>
<context>
    <name>warroom::DeliveryPhrase</name>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="22"/>
        <source>%1 queued</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 已排队</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="24"/>
        <source>%1 sending</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 发送中</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="26"/>
        <source>%1 sent</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 已发送</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="28"/>
        <source>%1 retrying</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 重试中</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="30"/>
        <source>%1 failed</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 投递失败</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="32"/>
        <source>%1 posted by hand</source>
        <comment>a delivery: where it goes, then its state</comment>
        <translation>%1 已手动发布</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="42"/>
        <source>%n queued</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n 项已排队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="44"/>
        <source>%n sending</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n 项发送中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="46"/>
        <source>%n sent</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n 项已发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="48"/>
        <source>%n retrying</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n 项重试中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="50"/>
        <source>%n failed</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/comms/deliveryphrases.cpp" line="52"/>
        <source>%n posted by hand</source>
        <comment>deliveries of one publication</comment>
        <translation>
            <numerusform>%n 项已手动发布</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="61"/>
        <source>Outbox row %1 is queued.</source>
        <translation>发件箱行 %1 已排队。</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="63"/>
        <source>Outbox row %1 is being sent.</source>
        <translation>发件箱行 %1 正在发送。</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="65"/>
        <source>Outbox row %1 has been sent.</source>
        <translation>发件箱行 %1 已发送。</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="67"/>
        <source>Outbox row %1 is waiting for its next attempt.</source>
        <translation>发件箱行 %1 正在等待下一次尝试。</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="69"/>
        <source>Outbox row %1 has failed.</source>
        <translation>发件箱行 %1 已失败。</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="71"/>
        <source>Outbox row %1 has been posted by hand.</source>
        <translation>发件箱行 %1 已手动发布。</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="78"/>
        <source>Add an email address to the key accounts&apos; contacts (import the key-account CSV with an email column) and publish again.</source>
        <translation>请为重点客户联系人添加电子邮件地址（导入带 email 列的重点客户 CSV）后重新发布。</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="82"/>
        <source>No key-account contact has an email address, so this status page message would reach nobody. %1</source>
        <translation>没有任何重点客户联系人有电子邮件地址，因此这条状态页消息不会送达任何人。%1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="86"/>
        <source>No key-account contact has an email address, so this email would reach nobody. %1</source>
        <translation>没有任何重点客户联系人有电子邮件地址，因此这封邮件不会送达任何人。%1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="90"/>
        <source>No key-account contact has an email address, so this in-app notice would reach nobody. %1</source>
        <translation>没有任何重点客户联系人有电子邮件地址，因此这条应用内通知不会送达任何人。%1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/deliveryphrases.cpp" line="94"/>
        <source>No key-account contact has an email address, so this key-account message would reach nobody. %1</source>
        <translation>没有任何重点客户联系人有电子邮件地址，因此这条重点客户消息不会送达任何人。%1</translation>
    </message>
</context>
<context>
    <name>warroom::DeliveryState</name>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="21"/>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="22"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="23"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="24"/>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="25"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../src/core/comms/delivery.cpp" line="27"/>
        <source>Posted by hand</source>
        <translation>已手动发布</translation>
    </message>
</context>
<context>
    <name>warroom::Demo</name>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="149"/>
        <source>The demo people are missing.</source>
        <translation>缺少演示人员。</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="162"/>
        <source>The database did not return the new account&apos;s id.</source>
        <translation>数据库未返回新客户的 ID。</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="177"/>
        <source>Agent task completion down 31% on email drafting</source>
        <translation>邮件起草任务的智能体完成率下降 31%</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="180"/>
        <source>email drafting</source>
        <translation>邮件起草</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="219"/>
        <source>Announce: customers see it.</source>
        <translation>对外公告：客户可见。</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="225"/>
        <source>Completion rate on email drafting fell from 94% to 65% after the 04:10 prompt-template rollout; other task types are normal.</source>
        <translation>04:10 提示词模板上线后，邮件起草的完成率从 94% 降至 65%；其他任务类型正常。</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="240"/>
        <source>Drafts stop half-way since this morning.</source>
        <translation>从今天早上开始，草稿写到一半就停了。</translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="273"/>
        <source>DEMO — </source>
        <translation>演示 — </translation>
    </message>
    <message>
        <location filename="../src/storage/demo/demodata.cpp" line="366"/>
        <source>The demo data was not removed (nothing was deleted): %1</source>
        <translation>演示数据未被移除（未删除任何内容）：%1</translation>
    </message>
</context>
<context>
    <name>warroom::Destination</name>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="19"/>
        <source>Status page</source>
        <translation>状态页</translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="21"/>
        <source>Slack incident channel</source>
        <translation>Slack 事件频道</translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="22"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../src/core/comms/destination.cpp" line="23"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>warroom::Diagnostics</name>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="24"/>
        <source>(no file)</source>
        <translation>（无文件）</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="30"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="40"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="41"/>
        <source>Channel secrets</source>
        <translation>渠道密钥</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="49"/>
        <source>War Room version</source>
        <translation>War Room 版本</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="50"/>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="51"/>
        <source>%1 (built with %2)</source>
        <translation>%1（使用 %2 构建）</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="53"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="54"/>
        <source>%1, %2, kernel %3 %4; window system: %5</source>
        <translation>%1，%2，内核 %3 %4；窗口系统：%5</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="58"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="70"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="73"/>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="75"/>
        <source>%1 (this build writes %2)</source>
        <translation>%1（此版本写入 %2）</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="78"/>
        <source>Database file size</source>
        <translation>数据库文件大小</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="85"/>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="89"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="85"/>
        <source>%1 (%2 not closed)</source>
        <translation>%1（%2 个未关闭）</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="101"/>
        <source>configured</source>
        <translation>已配置</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="101"/>
        <source>not configured on this seat</source>
        <translation>本机未配置</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="115"/>
        <source>last delivery: %1, %2</source>
        <translation>最近投递：%1，%2</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="123"/>
        <source>nothing delivered yet</source>
        <translation>尚未投递任何内容</translation>
    </message>
    <message>
        <location filename="../src/storage/diagnostics/diagnostics.cpp" line="125"/>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
</context>
<context>
    <name>warroom::DiagnosticsDialog</name>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="21"/>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="31"/>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="25"/>
        <source>About this War Room, its database and its channels. Copy it into a bug report.</source>
        <translation>关于此 War Room、其数据库和渠道的信息。可将其复制到错误报告中。</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="33"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="33"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="50"/>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/diagnosticsdialog.cpp" line="73"/>
        <source>no channel settings in this window</source>
        <translation>此窗口中没有渠道设置</translation>
    </message>
</context>
<context>
    <name>warroom::DraftEditor</name>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="106"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="127"/>
        <source>Announcement text</source>
        <translation>公告文本</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="129"/>
        <source>The message. Type {{ for placeholders filled from the incident.</source>
        <translation>消息正文。输入 {{ 可插入由事件信息填充的占位符。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="140"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="160"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="162"/>
        <source>Undo the last change to the text (%1)</source>
        <translation>撤销对文本的上一次更改（%1）</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="165"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="167"/>
        <source>Redo (%1)</source>
        <translation>重做（%1）</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="168"/>
        <source>Histor&amp;y…</source>
        <translation>历史记录(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="170"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="191"/>
        <source>Lint findings</source>
        <translation>检查问题</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="307"/>
        <source>Draft #%1 · %2 · %3%4</source>
        <translation>草稿 #%1 · %2 · %3%4</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="316"/>
        <source>No draft selected: pick one on the left, or create one from a template.</source>
        <translation>未选择草稿：请在左侧选择一个，或从模板创建。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="392"/>
        <source>Saved as version %1. The edit voided the earlier review, sign-off or approval; the draft is back to draft.</source>
        <translation>已保存为版本 %1。此次编辑使之前的审核、签核或批准失效；草稿已退回草稿状态。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="410"/>
        <source>your edit of version %1</source>
        <translation>您对版本 %1 的编辑</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="412"/>
        <source>Theirs (version %1, saved by %2)</source>
        <translation>对方的文本（版本 %1，由 %2 保存）</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="417"/>
        <source>&amp;Save mine as version %1</source>
        <translation>将我的文本保存为版本 %1(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="432"/>
        <source>Not saved: version %1 by %2 came first. Your text is still here; save again to put it on top of theirs, or open the history to compare.</source>
        <translation>未保存：%2 的版本 %1 已先保存。您的文本仍在此处；再次保存即可将其置于对方版本之上，或打开历史记录进行比较。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="473"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — unsaved changes</source>
        <translation>&lt;b&gt;预览&lt;/b&gt; — 未保存的更改</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="475"/>
        <source>Rendered from the incident now. Save to have this text reviewed and published.</source>
        <translation>按当前事件信息渲染。保存后此文本才能被审核和发布。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="482"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — version %1 as saved</source>
        <translation>&lt;b&gt;预览&lt;/b&gt; — 已保存的版本 %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="483"/>
        <source>The saved text is what is reviewed and published.</source>
        <translation>审核和发布的是已保存的文本。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="492"/>
        <source>Lint: no findings.</source>
        <translation>文案检查：没有问题。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="493"/>
        <source>Lint: %1 error(s), %2 warning(s) — click one to select the words.</source>
        <translation>文案检查：%1 个错误，%2 个警告 — 点击一项可选中相应文字。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="501"/>
        <source>Title %1 · text %2 characters · %3 words</source>
        <translation>标题 %1 · 正文 %2 个字符 · %3 个词</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/drafteditor.cpp" line="505"/>
        <source>Counted on the rendered text, against the limits of the %1 channel.</source>
        <translation>按渲染后的文本统计，对照 %1 渠道的限制。</translation>
    </message>
</context>
<context>
    <name>warroom::DraftGate</name>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="22"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="24"/>
        <source>In legal review</source>
        <translation>法务审核中</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="26"/>
        <source>Changes requested</source>
        <translation>已要求修改</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="28"/>
        <source>Legally signed off</source>
        <translation>法务已签核</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="29"/>
        <source>IC approved</source>
        <translation>IC 已批准</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="30"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="34"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="36"/>
        <source>Mark as needing legal review</source>
        <translation>标记为需要法务审核</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="38"/>
        <source>Send to legal review</source>
        <translation>提交法务审核</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="39"/>
        <source>Sign off</source>
        <translation>签核</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="41"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="42"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="43"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="65"/>
        <source>The message is published; its text is final. Start a new draft for a follow-up.</source>
        <translation>消息已发布，文本已定稿。如需后续跟进，请新建草稿。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="74"/>
        <source>Mark a draft as needing legal review before it goes for review or approval; edit it first to take it back to draft.</source>
        <translation>请在草稿提交审核或批准之前将其标记为需要法务审核；如已提交，请先编辑使其退回草稿状态。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="80"/>
        <source>This draft needs no legal review: the incident commander approves it directly. Mark it as needing legal review to ask legal.</source>
        <translation>此草稿无需法务审核：由事件指挥官直接批准。如需法务参与，请将其标记为需要法务审核。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="85"/>
        <source>Changes were requested: edit the draft before sending it again.</source>
        <translation>已要求修改：请先编辑草稿再重新提交。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="87"/>
        <source>The draft is already in legal review.</source>
        <translation>草稿已在法务审核中。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="88"/>
        <source>The draft is already signed off.</source>
        <translation>草稿已签核。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="92"/>
        <source>Only a draft in legal review can be signed off; this one is: %1.</source>
        <translation>只有法务审核中的草稿才能签核；此草稿的状态为：%1。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="99"/>
        <source>Changes are already requested.</source>
        <translation>已要求过修改。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="101"/>
        <source>The draft is not in review yet: it needs a legal sign-off before anyone can request changes.</source>
        <translation>草稿尚未进入审核：需要先提交法务签核，才能要求修改。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="107"/>
        <source>This draft needs a legal sign-off before the incident commander approves it.</source>
        <translation>此草稿需要先经法务签核，事件指挥官才能批准。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="110"/>
        <source>Changes were requested: edit the draft before approving it.</source>
        <translation>已要求修改：请先编辑草稿再批准。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="111"/>
        <source>The draft is already approved.</source>
        <translation>草稿已批准。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/draftgate.cpp" line="116"/>
        <source>Only a draft the incident commander approved can be published; this one is: %1.</source>
        <translation>只有事件指挥官已批准的草稿才能发布；此草稿的状态为：%1。</translation>
    </message>
</context>
<context>
    <name>warroom::DraftGateBar</name>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="38"/>
        <source>Needs le&amp;gal</source>
        <translation>需要法务(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="40"/>
        <source>Send to legal re&amp;view</source>
        <translation>提交法务审核(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="42"/>
        <source>Sign o&amp;ff</source>
        <translation>签核(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="44"/>
        <source>Re&amp;quest changes…</source>
        <translation>要求修改(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="46"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="48"/>
        <source>Pu&amp;blish</source>
        <translation>发布(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="95"/>
        <source>Reason to go on despite lint errors (logged, and shown to legal)</source>
        <translation>存在文案检查错误仍继续的理由（将被记录并展示给法务）</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="207"/>
        <source>No draft selected.</source>
        <translation>未选择草稿。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="209"/>
        <source>Save first: every step judges the saved text.</source>
        <translation>请先保存：每一步都以已保存的文本为准。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="212"/>
        <source>This draft already needs a legal sign-off.</source>
        <translation>此草稿已需要法务签核。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="216"/>
        <source>Lint errors (%1) block this step: fix them, or give a reason in the box above.</source>
        <translation>文案检查错误（%1 个）阻止了此步骤：请修正，或在上方输入框中说明理由。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="228"/>
        <source>Sent on despite lint errors. Reason given: “%1”</source>
        <translation>存在文案检查错误但已继续。给出的理由：“%1”</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="234"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · %3 · text SHA-256 &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 版本 %2 · %3 · 文本 SHA-256 &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="237"/>
        <source>legal sign-off required</source>
        <translation>需要法务签核</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="237"/>
        <source>IC approval only</source>
        <translation>仅需 IC 批准</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="253"/>
        <source>Unsaved changes: save to send the text on.</source>
        <translation>有未保存的更改：请保存后再继续下一步。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="261"/>
        <source>Changes were requested: edit and save the text.</source>
        <translation>已要求修改：请编辑并保存文本。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="272"/>
        <source>Published. The text is final.</source>
        <translation>已发布。文本已定稿。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="277"/>
        <source>%1 You can do it now.</source>
        <comment>the next step, a sentence</comment>
        <translation>%1您现在就可以执行。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="278"/>
        <source>%1 %2</source>
        <comment>the next step, then why it cannot be taken yet</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="301"/>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="302"/>
        <source>What should change? The author sees this on the timeline.</source>
        <translation>需要修改什么？作者会在时间线上看到此内容。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="327"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftgatebar.cpp" line="354"/>
        <source>email to %1 key-account contact address(es)</source>
        <translation>发至 %1 个重点客户联系人邮箱的邮件</translation>
    </message>
</context>
<context>
    <name>warroom::DraftListModel</name>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="109"/>
        <source>%1
%2, version %3
%4</source>
        <translation>%1
%2，版本 %3
%4</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="114"/>
        <source>
Delivery: %1
%2</source>
        <translation>
投递：%1
%2</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="137"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="139"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="141"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="143"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="145"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="147"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="149"/>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="188"/>
        <source>%1: %2</source>
        <comment>a delivery&apos;s state: the remote&apos;s message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="190"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="194"/>
        <source>not tracked</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="194"/>
        <source>Published before War Room tracked deliveries.</source>
        <translation>在 War Room 跟踪投递之前发布。</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftlistmodel.cpp" line="199"/>
        <source>%1 of %2 delivered</source>
        <translation>已投递 %1/%2</translation>
    </message>
</context>
<context>
    <name>warroom::DraftStore</name>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="22"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>操作人不能为空：请说明是谁做的更改。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="51"/>
        <source>The title must be a single line.</source>
        <translation>标题必须为单行。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="54"/>
        <source>The title has %1 characters; the limit is %2.</source>
        <translation>标题有 %1 个字符；上限为 %2。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="58"/>
        <source>The message text is empty.</source>
        <translation>消息正文为空。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="61"/>
        <source>The message has %1 characters; the limit is %2.</source>
        <translation>消息有 %1 个字符；上限为 %2。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="133"/>
        <source>the category changed to %1, which needs legal review</source>
        <translation>类别已改为%1，需要法务审核</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="231"/>
        <source>The audience label is limited to %1 characters.</source>
        <translation>受众标签最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="262"/>
        <source>The database did not return the new draft&apos;s id.</source>
        <translation>数据库未返回新草稿的 ID。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftstore.cpp" line="328"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="125"/>
        <source>There is no draft with id %1.</source>
        <translation>不存在 ID 为 %1 的草稿。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="150"/>
        <source>Incident %1 has no draft #%2: it has no drafts yet.</source>
        <translation>事件 %1 没有草稿 #%2：该事件还没有任何草稿。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="155"/>
        <source>Incident %1 has no draft #%2: its only draft is #1.</source>
        <translation>事件 %1 没有草稿 #%2：该事件唯一的草稿是 #1。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/draftrows.cpp" line="161"/>
        <source>Incident %1 has no draft #%2: its drafts are #1 to #%3.</source>
        <translation>事件 %1 没有草稿 #%2：该事件的草稿为 #1 到 #%3。</translation>
    </message>
</context>
<context>
    <name>warroom::DraftVersionModel</name>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="37"/>
        <source>legal: %1</source>
        <translation>法务：%1</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="38"/>
        <source>IC: %1</source>
        <translation>IC：%1</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="75"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="77"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="79"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="81"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/models/comms/draftversionmodel.cpp" line="83"/>
        <source>Signed / approved</source>
        <translation>签核 / 批准</translation>
    </message>
</context>
<context>
    <name>warroom::DraftVersionsDialog</name>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="38"/>
        <source>Versions of draft #%1</source>
        <translation>草稿 #%1 的版本</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="44"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="66"/>
        <source>Changes from the version before</source>
        <translation>与上一版本相比的更改</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="68"/>
        <source>Co&amp;py changes as text</source>
        <translation>以文本形式复制更改(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="70"/>
        <source>Copies the changes with removed words as [-words-] and added words as {+words+}, for an email or a ticket.</source>
        <translation>复制更改，删除的词显示为 [-词-]，新增的词显示为 {+词+}，可用于邮件或工单。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="82"/>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="84"/>
        <source>As written</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="128"/>
        <source>&lt;b&gt;Version %1&lt;/b&gt; is the first: all of its text is new.</source>
        <translation>&lt;b&gt;版本 %1&lt;/b&gt; 是第一个版本：其全部文本均为新增。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="136"/>
        <source>&lt;b&gt;Version %1&lt;/b&gt; renders the same text as version %2 (only placeholders or their values changed).</source>
        <translation>&lt;b&gt;版本 %1&lt;/b&gt; 渲染出的文本与版本 %2 相同（仅占位符或其值有变化）。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="140"/>
        <source>&lt;b&gt;Changes from version %1 to %2&lt;/b&gt;, as rendered: removed words struck through, added words underlined.</source>
        <translation>&lt;b&gt;从版本 %1 到版本 %2 的更改&lt;/b&gt;（按渲染结果）：删除的词以删除线显示，新增的词以下划线显示。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="77"/>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="79"/>
        <source>As rendered when saved</source>
        <translation>保存时的渲染结果</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/draftversionsdialog.cpp" line="93"/>
        <source>&amp;Restore this text</source>
        <translation>恢复此文本(&amp;R)</translation>
    </message>
</context>
<context>
    <name>warroom::EmailPublisher</name>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="40"/>
        <source>email via %1</source>
        <translation>通过 %1 发送邮件</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="46"/>
        <source>Incident update</source>
        <translation>事件更新</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="54"/>
        <source>The recipient is not an email address War Room can send to (local@domain); correct the contact.</source>
        <translation>收件人不是 War Room 可发送的电子邮件地址（local@domain）；请更正该联系人。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/emailpublisher.cpp" line="60"/>
        <source>The message has no idempotency key; the outbox must give every row one.</source>
        <translation>该消息没有幂等键；发件箱必须为每一行提供一个。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="77"/>
        <source>Could not start the mail transfer (libcurl).</source>
        <translation>无法启动邮件传输（libcurl）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="116"/>
        <source>The mail server accepted the message (SMTP %1).</source>
        <translation>邮件服务器已接受该消息（SMTP %1）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="123"/>
        <source>The mail server refused the login (%1); check WARROOM_SMTP_USER and WARROOM_SMTP_PASSWORD.</source>
        <translation>邮件服务器拒绝登录（%1）；请检查 WARROOM_SMTP_USER 和 WARROOM_SMTP_PASSWORD。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="127"/>
        <source>The mail server does not offer STARTTLS (%1); War Room sends mail only encrypted: use smtps:// or a server that offers STARTTLS.</source>
        <translation>邮件服务器不支持 STARTTLS（%1）；War Room 只发送加密邮件：请使用 smtps:// 或支持 STARTTLS 的服务器。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="135"/>
        <source>The mail server&apos;s TLS certificate is not trusted (%1). Retrying cannot fix this.</source>
        <translation>邮件服务器的 TLS 证书不受信任（%1）。重试无法解决此问题。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="141"/>
        <source>WARROOM_SMTP_URL cannot be used (%1).</source>
        <translation>WARROOM_SMTP_URL 无法使用（%1）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="144"/>
        <source>The mail transfer was stopped because War Room is closing.</source>
        <translation>由于 War Room 正在关闭，邮件传输已停止。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="151"/>
        <source>The mail server refused the message (SMTP %1: %2).</source>
        <translation>邮件服务器拒绝了该消息（SMTP %1：%2）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="154"/>
        <source>The mail server deferred the message (SMTP %1: %2); will try again.</source>
        <translation>邮件服务器推迟了该消息（SMTP %1：%2）；将再次尝试。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/smtptransfer.cpp" line="160"/>
        <source>Could not deliver to the mail server (%1); will try again.</source>
        <translation>无法投递到邮件服务器（%1）；将再次尝试。</translation>
    </message>
</context>
<context>
    <name>warroom::FinalAccount</name>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="90"/>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="92"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="94"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="95"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="102"/>
        <source>done %1 late</source>
        <translation>已完成，逾期 %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="104"/>
        <source>waived %1 after its due time: %2</source>
        <translation>在到期 %1 后豁免：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="106"/>
        <source>waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="109"/>
        <source>still open at closing, %1 overdue</source>
        <translation>关闭时仍未完成，已逾期 %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="110"/>
        <source>still open at closing (due %1)</source>
        <translation>关闭时仍未完成（%1 到期）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="111"/>
        <source>still open at closing</source>
        <translation>关闭时仍未完成</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="120"/>
        <source>%1 (%2 at %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="128"/>
        <source>%n done late</source>
        <translation>
            <numerusform>%n 项逾期完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="130"/>
        <source>%n waived</source>
        <translation>
            <numerusform>%n 项已豁免</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="132"/>
        <source>%n still open</source>
        <translation>
            <numerusform>%n 项仍未完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/playbook/finalaccount.cpp" line="139"/>
        <source>nothing missed: %n done on time</source>
        <translation>
            <numerusform>无遗漏：%n 项按时完成</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/playbook/finalaccount.cpp" line="140"/>
        <source>%1 missed: %2</source>
        <translation>遗漏 %1 项：%2</translation>
    </message>
</context>
<context>
    <name>warroom::FirstRun</name>
    <message>
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="73"/>
        <source>Remove demo data</source>
        <translation>移除演示数据</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="80"/>
        <source>There is no demo data to remove.</source>
        <translation>没有可移除的演示数据。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="85"/>
        <source>Delete the demo data: %1, %2 and %3? Your own incidents, people and key accounts stay as they are.</source>
        <translation>删除演示数据：%1、%2 和 %3？您自己的事件、人员和重点客户保持不变。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="87"/>
        <source>%n demo incident(s)</source>
        <translation>
            <numerusform>%n 个演示事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="88"/>
        <source>%n demo person(s)</source>
        <translation>
            <numerusform>%n 名演示人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/firstrun.cpp" line="89"/>
        <source>%n demo key account(s)</source>
        <translation>
            <numerusform>%n 个演示重点客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::GatePhrase</name>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="22"/>
        <source>Next step: edit the text.</source>
        <translation>下一步：编辑文本。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="24"/>
        <source>Next step: mark the draft as needing legal review.</source>
        <translation>下一步：将草稿标记为需要法务审核。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="26"/>
        <source>Next step: send the draft to legal review.</source>
        <translation>下一步：将草稿提交法务审核。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="28"/>
        <source>Next step: sign off.</source>
        <translation>下一步：签核。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="30"/>
        <source>Next step: request changes.</source>
        <translation>下一步：要求修改。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="32"/>
        <source>Next step: approve.</source>
        <translation>下一步：批准。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="34"/>
        <source>Next step: publish.</source>
        <translation>下一步：发布。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="42"/>
        <source>Nothing is sent until the outbox delivers it; each delivery&apos;s state shows on the board and in &apos;warroomctl outbox&apos;. The text is final afterwards.</source>
        <translation>在发件箱投递之前不会发送任何内容；每项投递的状态会显示在看板上和 &apos;warroomctl outbox&apos; 中。发布后文本即定稿。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="47"/>
        <source>Publish draft #%1 as a status page update? It will be queued for: %2.</source>
        <translation>将草稿 #%1 作为状态页更新发布？它将排队发往：%2。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="51"/>
        <source>Publish draft #%1 as an email to affected customers? It will be queued for: %2.</source>
        <translation>将草稿 #%1 作为致受影响客户的邮件发布？它将排队发往：%2。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="55"/>
        <source>Publish draft #%1 as an in-app notice? It will be queued for: %2.</source>
        <translation>将草稿 #%1 作为应用内通知发布？它将排队发往：%2。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="58"/>
        <source>Publish draft #%1 as a key-account message? It will be queued for: %2.</source>
        <translation>将草稿 #%1 作为重点客户消息发布？它将排队发往：%2。</translation>
    </message>
    <message>
        <location filename="../src/comms/gate/gatephrases.cpp" line="62"/>
        <source>%1 %2</source>
        <comment>the publish question, then what happens after it</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>warroom::HttpOutcome</name>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="154"/>
        <source>The server&apos;s TLS certificate is not trusted (%1). Retrying cannot fix this: install a valid certificate on the server or add its CA to this machine&apos;s trust store.</source>
        <translation>服务器的 TLS 证书不受信任（%1）。重试无法解决此问题：请在服务器上安装有效证书，或将其 CA 添加到本机的信任存储中。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="160"/>
        <source>No answer from the server in time; will try again.</source>
        <translation>服务器未及时响应；将再次尝试。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="164"/>
        <source>The request cannot be sent: %1.</source>
        <translation>无法发送请求：%1。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="165"/>
        <source>Could not reach the server (%1); will try again.</source>
        <translation>无法连接服务器（%1）；将再次尝试。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="168"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="173"/>
        <source>%1, but the connection broke before the whole answer arrived (%2); will try again.</source>
        <translation>%1，但在收到完整响应前连接已断开（%2）；将再次尝试。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/httpoutcome.cpp" line="181"/>
        <source>%1: the server redirects elsewhere, and War Room does not follow redirects; configure the final URL.</source>
        <translation>%1：服务器重定向到其他地址，而 War Room 不跟随重定向；请配置最终 URL。</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentFields</name>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="28"/>
        <source>Title must not be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="31"/>
        <source>Title is longer than %1 characters.</source>
        <translation>标题超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="34"/>
        <source>Title must be one line without control characters.</source>
        <translation>标题必须为单行且不含控制字符。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="39"/>
        <source>Affected task type is longer than %1 characters.</source>
        <translation>受影响的任务类型超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="45"/>
        <source>Share of users affected must be between 0 and 100 percent.</source>
        <translation>受影响用户比例必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="50"/>
        <source>Number of enterprise customers affected cannot be negative.</source>
        <translation>受影响的企业客户数不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="54"/>
        <source>Detected-at time is missing or not a valid time.</source>
        <translation>检测时间缺失或无效。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="57"/>
        <source>Detected-at time %1 is before %2; check the year.</source>
        <translation>检测时间 %1 早于 %2；请检查年份。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incident.cpp" line="62"/>
        <source>Detected-at time %1 is in the future (now is %2).</source>
        <translation>检测时间 %1 在未来（现在是 %2）。</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentListModel</name>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="149"/>
        <source>%1% users · %n enterprise</source>
        <translation>
            <numerusform>%1% 用户 · %n 家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="163"/>
        <source>%n overdue; the oldest: %1 (%2)</source>
        <translation>
            <numerusform>%n 项逾期；最久的：%1（%2）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="167"/>
        <source>Next: %1 in %2 (due %3 UTC)</source>
        <translation>下一项：%1，%2 后（%3 UTC 到期）</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="172"/>
        <source>No open obligation has a due time.</source>
        <translation>没有设有截止时间的未完成待办事项。</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="180"/>
        <source>%1
Task type: %2</source>
        <translation>%1
任务类型：%2</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="206"/>
        <source>Playbook obligations overdue, and the time left until the next one is due</source>
        <translation>逾期的预案待办事项，以及距下一项到期的剩余时间</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="211"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="213"/>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="215"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="217"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="219"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="221"/>
        <source>Deadlines</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="223"/>
        <source>Detected (UTC)</source>
        <translation>检测时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="225"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="460"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/incidents/incidentlistmodel.cpp" line="463"/>
        <source>next in %1</source>
        <translation>下一项：%1 后</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentListToggle</name>
    <message>
        <location filename="../src/widgets/incidents/incidentlisttoggle.cpp" line="13"/>
        <source>Show &amp;incident list</source>
        <translation>显示事件列表(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentlisttoggle.cpp" line="18"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentlisttoggle.cpp" line="20"/>
        <source>Hide the incident list to give the incident the full width, or show it again</source>
        <translation>隐藏事件列表，让事件占满宽度；或重新显示列表</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentStore</name>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="79"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>操作人不能为空：请说明是谁做的更改。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="109"/>
        <source>The database did not return the new incident&apos;s id.</source>
        <translation>数据库未返回新事件的 ID。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="197"/>
        <source>Cannot change status of incident %1 from %2 to %3: %4.</source>
        <translation>无法将事件 %1 的状态从 %2 改为 %3：%4。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="226"/>
        <source>A note must not be empty.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="229"/>
        <source>A note is limited to %1 characters; this one has %2.</source>
        <translation>备注最多 %1 个字符；此备注有 %2 个。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/incidentstore.cpp" line="294"/>
        <source>There is no incident %1.</source>
        <translation>不存在事件 %1。</translation>
    </message>
</context>
<context>
    <name>warroom::IncidentView</name>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="128"/>
        <source>Status history (UTC)</source>
        <translation>状态历史 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="138"/>
        <source>Move to:</source>
        <translation>变更为：</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="141"/>
        <source>Move to status</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="143"/>
        <source>choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="146"/>
        <source>Set stat&amp;us</source>
        <translation>设置状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="149"/>
        <source>&amp;Edit fields…</source>
        <translation>编辑字段(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="180"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="190"/>
        <source>Note for the timeline</source>
        <translation>时间线备注</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="191"/>
        <source>Add a note to the timeline (&quot;no new progress&quot; counts)</source>
        <translation>在时间线上添加备注（“暂无新进展”也算）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="193"/>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="221"/>
        <source>&amp;Phase board</source>
        <translation>阶段看板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="222"/>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="224"/>
        <source>C&amp;ommunications</source>
        <translation>沟通(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="226"/>
        <source>Roles &amp;&amp; ca&amp;lls</source>
        <translation>角色与呼叫(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="248"/>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="253"/>
        <source>Type a note for the timeline (Return adds it)</source>
        <translation>为时间线输入备注（按回车添加）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="254"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="259"/>
        <source>Type a progress sync (Return posts it)</source>
        <translation>输入进展同步（按回车发布）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="260"/>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="265"/>
        <source>New announcement draft: choose the template (Alt+C creates it)</source>
        <translation>新建公告草稿：选择模板（Alt+C 创建）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="266"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="271"/>
        <source>Tick calls: the call tracker&apos;s selected account (then a status key)</source>
        <translation>标记呼叫：呼叫跟踪中选中的客户（然后按状态键）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="272"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="335"/>
        <source>#%1  Loading the incident and its timeline…</source>
        <translation>#%1  正在加载事件及其时间线…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="359"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 宣布</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="361"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="362"/>
        <source>Task type</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="362"/>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="363"/>
        <source>Users affected</source>
        <translation>受影响用户</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="364"/>
        <source>Enterprise customers</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="365"/>
        <source>Detected</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="366"/>
        <source>Declared</source>
        <translation>宣布时间</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="493"/>
        <source>Close incident #%1?</source>
        <translation>关闭事件 #%1？</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="494"/>
        <source>Close incident #%1 &quot;%2&quot;?</source>
        <translation>关闭事件 #%1“%2”？</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="498"/>
        <source>Moving to &quot;%1&quot; cannot be undone: the status cannot change afterwards (declare a new incident for a relapse), and the phase board stops and shows what was missed. Every playbook obligation must be done or waived first.</source>
        <translation>变更为“%1”后无法撤销：此后状态不能再更改（如复发请宣布新事件），阶段看板将停止并显示遗漏的事项。所有预案待办事项必须先完成或豁免。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/incidentview.cpp" line="503"/>
        <source>Close incident #%1</source>
        <translation>关闭事件 #%1</translation>
    </message>
</context>
<context>
    <name>warroom::InputLimits</name>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="46"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>操作人不能为空：请说明是谁做的更改。</translation>
    </message>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="48"/>
        <source>The author&apos;s name has %1 characters; at most %2 are allowed.</source>
        <translation>操作人姓名有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <location filename="../src/core/base/inputlimits.cpp" line="52"/>
        <source>The author&apos;s name contains a line break or control character (U+%1) at character %2; give the name on one line.</source>
        <translation>操作人姓名在第 %2 个字符处包含换行符或控制字符 (U+%1)；请将姓名写在一行内。</translation>
    </message>
</context>
<context>
    <name>warroom::JsonReader</name>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="40"/>
        <source>%1: the file is empty; it should hold a JSON object { ... }.</source>
        <translation>%1：文件为空；应包含一个 JSON 对象 { ... }。</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="47"/>
        <source>%1:%2:%3: not valid JSON: %4.</source>
        <translation>%1:%2:%3：不是有效的 JSON：%4。</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="56"/>
        <source>%1:1: the top level must be a JSON object { ... }, not a list or a value.</source>
        <translation>%1:1：顶层必须是 JSON 对象 { ... }，而不是列表或单个值。</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="72"/>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="79"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="81"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="83"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="85"/>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="87"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="89"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="93"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="100"/>
        <source>must be an object { ... }, not %1</source>
        <translation>必须是对象 { ... }，而不是%1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="105"/>
        <source>unknown key &quot;%1&quot;; the keys allowed here are: %2</source>
        <translation>未知键 &quot;%1&quot;；此处允许的键为：%2</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="115"/>
        <location filename="../src/core/io/jsonreader.cpp" line="149"/>
        <location filename="../src/core/io/jsonreader.cpp" line="168"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="123"/>
        <source>must be a text in quotes, not %1</source>
        <translation>必须是带引号的文本，而不是%1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="125"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="136"/>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits and single dashes (&quot;first-announcement&quot;)</source>
        <translation>&quot;%1&quot; 不是有效的 ID：请使用小写字母、数字和单个短横线（&quot;first-announcement&quot;）</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="152"/>
        <source>must be a number, not %1</source>
        <translation>必须是数字，而不是%1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="155"/>
        <source>must be a whole number, not %1</source>
        <translation>必须是整数，而不是%1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="158"/>
        <source>must not be negative (got %1)</source>
        <translation>不能为负数（实际为 %1）</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="159"/>
        <source>must be at least %1 (got %2)</source>
        <translation>必须至少为 %1（实际为 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="171"/>
        <source>must be a list [ ... ], not %1</source>
        <translation>必须是列表 [ ... ]，而不是%1</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="173"/>
        <source>must not be an empty list</source>
        <translation>不能是空列表</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="182"/>
        <source>&quot;%1&quot; is not allowed here; use one of: %2</source>
        <translation>此处不允许 &quot;%1&quot;；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../src/core/io/jsonreader.cpp" line="191"/>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是%1</translation>
    </message>
</context>
<context>
    <name>warroom::KeyAccount</name>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="32"/>
        <source>An account needs the customer&apos;s name.</source>
        <translation>客户需要填写客户名称。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="36"/>
        <source>A customer name is limited to %1 characters; this one has %2.</source>
        <translation>客户名称最多 %1 个字符；此名称有 %2 个。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="41"/>
        <source>ARR must be between 0 and %1.</source>
        <translation>ARR 必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="44"/>
        <source>Rank must be between 1 and %1.</source>
        <translation>排名必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="48"/>
        <source>Give a rank or an ARR: the accounts to call are proposed by them.</source>
        <translation>请提供排名或 ARR：系统据此建议要呼叫的客户。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="51"/>
        <source>An account needs its owning customer success manager.</source>
        <translation>客户需要指定负责的客户成功经理。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="55"/>
        <source>An account needs at least one primary contact to call.</source>
        <translation>客户至少需要一个可呼叫的主要联系人。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="59"/>
        <source>At most %1 primary contacts per account.</source>
        <translation>每个客户最多 %1 个主要联系人。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="64"/>
        <source>Contact %1 needs a name.</source>
        <translation>联系人 %1 需要姓名。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/keyaccount.cpp" line="75"/>
        <source>Contact %1 needs a phone number or a Slack handle: the playbook reaches key accounts by phone or Slack, not email.</source>
        <translation>联系人 %1 需要电话号码或 Slack 账号：预案通过电话或 Slack 联系重点客户，而不是邮件。</translation>
    </message>
</context>
<context>
    <name>warroom::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="33"/>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="46"/>
        <source>Everywhere in the window</source>
        <translation>窗口内任意位置</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="40"/>
        <source>Menu %1</source>
        <translation>%1菜单</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="78"/>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="83"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="85"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="85"/>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="85"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="104"/>
        <source>%1 or %2: %3</source>
        <translation>%1 或 %2：%3</translation>
    </message>
    <message>
        <location filename="../src/widgets/help/keyboardshortcutsdialog.cpp" line="108"/>
        <source>&lt;p&gt;&lt;b&gt;Phase board:&lt;/b&gt; Return or Enter on the selected row marks it done, like the Done button.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Call tracker&lt;/b&gt;, on the selected account: %1; Return writes a note.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alt + the underlined letter&lt;/b&gt; presses that button, opens that menu or tab, or goes to that field; no letter is used twice in a window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;阶段看板：&lt;/b&gt;在选中行上按 Return 或 Enter 将其标记为已完成，与“完成”按钮相同。&lt;/p&gt;&lt;p&gt;&lt;b&gt;呼叫跟踪&lt;/b&gt;，作用于选中的客户：%1；按 Return 写备注。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alt + 带下划线的字母&lt;/b&gt;可按下对应按钮、打开对应菜单或标签页，或跳转到对应字段；同一窗口中不会重复使用同一字母。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>warroom::Lint</name>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="203"/>
        <source>War Room does not know {{%1}}.</source>
        <translation>War Room 不认识 {{%1}}。</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="204"/>
        <source>Did you mean {{%1}}?</source>
        <translation>您是不是想用 {{%1}}？</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="206"/>
        <source>{{%1}} has no value yet.</source>
        <translation>{{%1}} 尚无值。</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="238"/>
        <source>The %1 title has %2 characters; the limit is %3.</source>
        <translation>%1的标题有 %2 个字符；上限为 %3。</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="239"/>
        <source>The %1 text has %2 characters; the limit is %3.</source>
        <translation>%1的正文有 %2 个字符；上限为 %3。</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="246"/>
        <source>The %1 needs a title.</source>
        <translation>%1需要标题。</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/linter.cpp" line="251"/>
        <source>The %1 has no title; leave it empty.</source>
        <translation>%1没有标题；请留空。</translation>
    </message>
</context>
<context>
    <name>warroom::LintFindingModel</name>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="19"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="20"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="66"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="66"/>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="71"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="83"/>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="99"/>
        <source>Rule &lt;tt&gt;%1&lt;/tt&gt;, in the %2.</source>
        <translation>规则 &lt;tt&gt;%1&lt;/tt&gt;，位于%2。</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="84"/>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="100"/>
        <source>Rule &lt;tt&gt;%1&lt;/tt&gt;, in the %2: “%3”</source>
        <translation>规则 &lt;tt&gt;%1&lt;/tt&gt;，位于%2：“%3”</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="87"/>
        <source>Playbook: %1</source>
        <translation>预案：%1</translation>
    </message>
    <message>
        <location filename="../src/models/comms/lintfindingmodel.cpp" line="96"/>
        <source>&lt;i&gt;Suggested fix:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;建议修改：&lt;/i&gt;%1</translation>
    </message>
</context>
<context>
    <name>warroom::LintHighlighter</name>
    <message>
        <location filename="../src/widgets/comms/linthighlighter.cpp" line="126"/>
        <source>War Room does not know this placeholder.</source>
        <translation>War Room 不认识此占位符。</translation>
    </message>
</context>
<context>
    <name>warroom::LintRules</name>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="71"/>
        <source>macros nest more than four levels deep (a macro may be using itself)</source>
        <translation>宏嵌套超过四层（可能有宏在引用自身）</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="80"/>
        <source>&quot;&lt;&lt;&quot; at %1 has no closing &quot;&gt;&gt;&quot;</source>
        <translation>位置 %1 的 &quot;&lt;&lt;&quot; 没有对应的 &quot;&gt;&gt;&quot;</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="84"/>
        <source>unknown macro &lt;&lt;%1&gt;&gt;; the macros are: %2</source>
        <translation>未知宏 &lt;&lt;%1&gt;&gt;；可用的宏为：%2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="102"/>
        <source>must be a list of strings</source>
        <translation>必须是字符串列表</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="108"/>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="128"/>
        <source>unknown pattern set @%1</source>
        <translation>未知模式集 @%1</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="146"/>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>无效的正则表达式 &quot;%1&quot;：位置 %3 处 %2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="152"/>
        <source>&quot;%1&quot; matches empty text; a pattern must match words</source>
        <translation>&quot;%1&quot; 会匹配空文本；模式必须匹配文字</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="166"/>
        <source>&quot;%1&quot; is not a rule id: use lowercase letters, digits and dashes</source>
        <translation>&quot;%1&quot; 不是规则 ID：请使用小写字母、数字和短横线</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="177"/>
        <source>&quot;%1&quot; must be &quot;error&quot; or &quot;warning&quot;</source>
        <translation>&quot;%1&quot; 必须是 &quot;error&quot; 或 &quot;warning&quot;</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="189"/>
        <source>&quot;%1&quot; is not a check; the checks are: %2</source>
        <translation>&quot;%1&quot; 不是检查项；可用检查项为：%2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="200"/>
        <source>a &quot;%1&quot; rule needs at least one pattern</source>
        <translation>&quot;%1&quot; 规则至少需要一个模式</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="203"/>
        <source>a &quot;%1&quot; rule takes no patterns</source>
        <translation>&quot;%1&quot; 规则不接受模式</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="213"/>
        <source>&quot;%1&quot; is not a category; the categories are: %2</source>
        <translation>&quot;%1&quot; 不是类别；可用类别为：%2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="229"/>
        <source>&quot;%1&quot; is not an announcement kind; the kinds are: %2</source>
        <translation>&quot;%1&quot; 不是公告类型；可用类型为：%2</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="253"/>
        <source>every rule needs a message</source>
        <translation>每条规则都需要 message</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="256"/>
        <source>every rule names the playbook line it comes from</source>
        <translation>每条规则都要注明其来源的预案行</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="265"/>
        <source>offset %1</source>
        <translation>偏移 %1</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="267"/>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="267"/>
        <source>must be a JSON object with &quot;rules&quot;</source>
        <translation>必须是含有 &quot;rules&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="273"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="279"/>
        <source>must be a list of patterns</source>
        <translation>必须是模式列表</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="285"/>
        <source>must be a non-empty list of rules</source>
        <translation>必须是非空的规则列表</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="289"/>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="291"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location filename="../src/comms/lint/lintrules.cpp" line="297"/>
        <source>the id &quot;%1&quot; is used by an earlier rule</source>
        <translation>ID &quot;%1&quot; 已被前面的规则使用</translation>
    </message>
</context>
<context>
    <name>warroom::LoginKeychain</name>
    <message>
        <location filename="../src/integrations/login/loginkeychain.cpp" line="58"/>
        <source>The desktop keychain cannot be read (%1): the password is asked for instead.</source>
        <translation>无法读取桌面密钥环（%1）：将改为询问密码。</translation>
    </message>
    <message>
        <location filename="../src/integrations/login/loginkeychain.cpp" line="72"/>
        <source>The desktop keychain did not forget the password of %1 (%2).</source>
        <translation>桌面密钥环未能删除 %1 的密码（%2）。</translation>
    </message>
    <message>
        <location filename="../src/integrations/login/loginkeychain.cpp" line="81"/>
        <source>The desktop keychain did not store the password of %1 (%2): it will be asked for at the next start. Without a keychain service (a desktop session with GNOME Keyring or KWallet), put it in ~/.pgpass instead (docs/shared-mode.md).</source>
        <translation>桌面密钥环未能存储 %1 的密码（%2）：下次启动时将再次询问。若没有密钥环服务（带 GNOME Keyring 或 KWallet 的桌面会话），请改为将密码放在 ~/.pgpass 中（docs/shared-mode.md）。</translation>
    </message>
</context>
<context>
    <name>warroom::MainWindow</name>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="55"/>
        <source>War Room</source>
        <translation>War Room</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="70"/>
        <source>Filter incidents</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="71"/>
        <source>Filter incidents (title, category, status, task type)</source>
        <translation>筛选事件（标题、类别、状态、任务类型）</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="75"/>
        <source>Show closed i&amp;ncidents</source>
        <translation>显示已关闭的事件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="87"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="102"/>
        <source>No incident selected.
Declare one with Ctrl+N or pick one on the left.</source>
        <translation>未选择事件。
按 Ctrl+N 宣布一个事件，或在左侧选择一个。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="228"/>
        <source>&amp;Incident</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="230"/>
        <source>&amp;Declare incident…</source>
        <translation>宣布事件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="234"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="239"/>
        <source>The channel settings: where announcements are delivered.</source>
        <translation>渠道设置：公告投递到哪里。</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="241"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="244"/>
        <source>Di&amp;rectory</source>
        <translation>名录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="245"/>
        <source>&amp;People directory…</source>
        <translation>人员名录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="249"/>
        <source>Import p&amp;eople from CSV…</source>
        <translation>从 CSV 导入人员(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="252"/>
        <source>Import &amp;key accounts from CSV…</source>
        <translation>从 CSV 导入重点客户(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="256"/>
        <source>Remove &amp;demo data…</source>
        <translation>移除演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="259"/>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="260"/>
        <source>&amp;New window</source>
        <translation>新建窗口(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="260"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="265"/>
        <source>&amp;Larger text (wall screen)</source>
        <translation>放大文字（大屏）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="267"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="269"/>
        <source>&amp;Default text size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="269"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="271"/>
        <source>&amp;Wall screen</source>
        <translation>大屏(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="280"/>
        <source>Set &amp;your name…</source>
        <translation>设置您的姓名(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="285"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="286"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="298"/>
        <source>&amp;Diagnostics…</source>
        <translation>诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="307"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="390"/>
        <source>Opening incident #%1…</source>
        <translation>正在打开事件 #%1…</translation>
    </message>
    <message>
        <location filename="../src/widgets/incidents/mainwindow.cpp" line="517"/>
        <source>Text size %1 pt</source>
        <translation>文字大小 %1 pt</translation>
    </message>
</context>
<context>
    <name>warroom::Migrations</name>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="131"/>
        <source>%1 is an SQLite database of another program (it has tables but no War Room schema). The file was left untouched; choose a War Room database or a new file name.</source>
        <translation>%1 是其他程序的 SQLite 数据库（包含数据表但没有 War Room 架构）。该文件未被改动；请选择 War Room 数据库或新的文件名。</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="157"/>
        <source>%1 records schema version %2 in its %3 table, which no War Room writes (versions are whole numbers from 1 to %4): the table was changed by hand or the file is damaged. The file was left untouched; restore it from a backup.</source>
        <translation>%1 在其 %3 表中记录的架构版本为 %2，这不是任何 War Room 会写入的版本（版本为 1 到 %4 的整数）：该表被手动修改过或文件已损坏。该文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="166"/>
        <source>%1 was written by a newer War Room (schema version %2; this build understands up to %3). Upgrade War Room to open it; the file was left untouched.</source>
        <translation>%1 由更新版本的 War Room 写入（架构版本 %2；此版本最高支持 %3）。请升级 War Room 后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../src/storage/migrations/migrations.cpp" line="200"/>
        <location filename="../src/storage/migrations/migrations.cpp" line="208"/>
        <source>Upgrading the schema to version %1 failed: %2</source>
        <translation>将架构升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>warroom::NotifyChangeSignal</name>
    <message>
        <location filename="../src/storage/db/notifychangesignal.cpp" line="32"/>
        <source>%1: cannot listen for other seats&apos; changes (LISTEN %2 failed: %3). Check that the server is reachable and try again.</source>
        <translation>%1：无法监听其他机器的更改（LISTEN %2 失败：%3）。请检查服务器是否可以连接，然后重试。</translation>
    </message>
</context>
<context>
    <name>warroom::Obligation</name>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="51"/>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="53"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="55"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="57"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="59"/>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="61"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="77"/>
        <source>%1 s</source>
        <comment>countdown under a minute: seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="79"/>
        <source>%1 m %2 s</source>
        <comment>countdown under an hour: minutes, seconds (2 digits)</comment>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="83"/>
        <source>%1 h %2 m</source>
        <comment>countdown from an hour on: hours, minutes (2 digits)</comment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="86"/>
        <source>%1 d %2 h</source>
        <comment>countdown from 48 hours on: days, hours (2 digits)</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligation.cpp" line="97"/>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
</context>
<context>
    <name>warroom::ObligationAlert</name>
    <message>
        <location filename="../src/models/board/obligationalerts.cpp" line="11"/>
        <source>%1: %2 (%3, due %4)</source>
        <translation>%1：%2（%3，%4 到期）</translation>
    </message>
</context>
<context>
    <name>warroom::OfflineBanner</name>
    <message>
        <location filename="../src/widgets/common/offlinebanner.cpp" line="65"/>
        <source>OFFLINE — changes are not being saved. %1 stopped answering at %2 (%3); anything you try to change is refused until it is back.</source>
        <translation>离线 — 更改不会被保存。%1 自 %2 起停止响应（%3）；在它恢复之前，任何更改都会被拒绝。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/common/offlinebanner.cpp" line="71"/>
        <source>Reconnecting: next try in %n s.</source>
        <translation>
            <numerusform>正在重新连接：%n 秒后再次尝试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/common/offlinebanner.cpp" line="74"/>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/offlinebanner.cpp" line="83"/>
        <source>Back online at %1: everything other seats changed meanwhile was read again.</source>
        <translation>已于 %1 恢复在线：其他席位在此期间的所有更改都已重新读取。</translation>
    </message>
</context>
<context>
    <name>warroom::OutboxSender</name>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="62"/>
        <source>The sender that was delivering this (%1) stopped mid-send; sending it again with the same idempotency key.</source>
        <translation>正在投递此项的发送程序（%1）在发送中途停止；将使用相同的幂等键重新发送。</translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="69"/>
        <source>Could not resume outbox row %1 left by a sender that stopped mid-send (%2): %3</source>
        <translation>发件箱行 %1 的发送程序（%2）在发送中途停止，无法恢复该行：%3</translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="184"/>
        <source>gave up after 1 attempt: %1</source>
        <translation>尝试 1 次后放弃：%1</translation>
    </message>
    <message>
        <location filename="../src/integrations/outbox/outboxsender.cpp" line="185"/>
        <source>gave up after %1 attempts: %2</source>
        <translation>尝试 %1 次后放弃：%2</translation>
    </message>
</context>
<context>
    <name>warroom::OutboxStore</name>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="154"/>
        <source>No outbox row %1.</source>
        <translation>没有发件箱行 %1。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="188"/>
        <source>Say who you are: the retry is recorded under a name.</source>
        <translation>请说明您是谁：重试会以姓名记录。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="216"/>
        <source>Say who you are: a post by hand is recorded under the name of who posted it.</source>
        <translation>请说明您是谁：手动发布会以发布人的姓名记录。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="197"/>
        <source>%1 Only a failed row is queued again.</source>
        <translation>%1只有失败的行才能重新排队。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="227"/>
        <source>%1 Nothing is left to post.</source>
        <translation>%1没有剩余内容需要发布。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="236"/>
        <source>Outbox row %1 is being sent right now; wait for the attempt to end, so the message does not go out twice.</source>
        <translation>发件箱行 %1 正在发送；请等待本次尝试结束，以免消息发送两次。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="291"/>
        <source>Outbox row %1 is not due or was taken by another sender.</source>
        <translation>发件箱行 %1 未到期或已被其他发送程序领取。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="322"/>
        <source>Outbox row %1 is no longer held by %2.</source>
        <translation>发件箱行 %1 已不再由 %2 持有。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/outboxstore.cpp" line="335"/>
        <source>Outbox row %1 is no longer claimed by this sender; its outcome is not recorded.</source>
        <translation>发件箱行 %1 已不再由此发送程序领取；其结果未被记录。</translation>
    </message>
</context>
<context>
    <name>warroom::Outreach</name>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="94"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="96"/>
        <source>calling</source>
        <translation>呼叫中</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="98"/>
        <source>reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="100"/>
        <source>left message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="102"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="115"/>
        <source>unreachable on phone, Slack not tried</source>
        <translation>电话无法联系，Slack 未尝试</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="117"/>
        <source>unreachable on Slack, phone not tried</source>
        <translation>Slack 无法联系，电话未尝试</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="118"/>
        <source>unreachable, other channels not tried</source>
        <translation>无法联系，其他渠道未尝试</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="147"/>
        <source>No key accounts selected</source>
        <translation>未选择重点客户</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreach.cpp" line="148"/>
        <source>%1 of %2 closed out (%3 reached), %4 still open, %5 not started</source>
        <translation>已结束 %1/%2（%3 个已联系上），%4 个进行中，%5 个未开始</translation>
    </message>
</context>
<context>
    <name>warroom::OutreachChannel</name>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="17"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="18"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="33"/>
        <source>Email is not an outreach channel for key accounts: the playbook says to contact the top customers&apos; primary contacts by phone or Slack, not email, so they hear it from a person now rather than find it in an inbox later. Use phone or slack.</source>
        <translation>邮件不是重点客户的联络渠道：预案要求通过电话或 Slack 联系头部客户的主要联系人，让他们现在就从真人那里得知情况，而不是之后在收件箱里看到。请使用 phone 或 slack。</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachchannel.cpp" line="39"/>
        <source>Unknown outreach channel &quot;%1&quot;; use phone or slack.</source>
        <translation>未知联络渠道“%1”；请使用 phone 或 slack。</translation>
    </message>
</context>
<context>
    <name>warroom::OutreachStore</name>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="49"/>
        <source>Select at least one key account; the key-account list is empty or none was chosen.</source>
        <translation>请至少选择一个重点客户；重点客户列表为空或未选择任何客户。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="54"/>
        <source>At most %1 accounts can be selected for outreach.</source>
        <translation>最多可选择 %1 个客户进行联络。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="60"/>
        <source>Account %1 is selected twice.</source>
        <translation>客户 %1 被选择了两次。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="68"/>
        <source>%1 is no longer on the key-account list.</source>
        <translation>%1 已不在重点客户列表中。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="81"/>
        <source>Propose between 1 and %1 accounts.</source>
        <translation>请建议 1 到 %1 个客户。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="110"/>
        <source>A note is limited to %1 characters; this one has %2.</source>
        <translation>备注最多 %1 个字符；此备注有 %2 个。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="116"/>
        <source>Say how the customer was contacted: phone or slack (the playbook&apos;s channels).</source>
        <translation>请说明联系客户的方式：phone 或 slack（预案规定的渠道）。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="141"/>
        <source>%1 has no %2 contact on the key-account list; record the call on the channel you used (%3), or add the contact to the list first.</source>
        <translation>%1 在重点客户列表中没有%2联系人；请按实际使用的渠道（%3）记录呼叫，或先将该联系人添加到列表中。</translation>
    </message>
    <message>
        <location filename="../src/storage/calls/outreachstore.cpp" line="156"/>
        <source>Account %1 is not selected for outreach on incident %2; select it first.</source>
        <translation>客户 %1 未被选入事件 %2 的联络；请先选择它。</translation>
    </message>
</context>
<context>
    <name>warroom::PasswordDialog</name>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="19"/>
        <source>Shared war room login</source>
        <translation>共享作战室登录</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="21"/>
        <source>&amp;Password for %1 on %2:</source>
        <translation>%2 上 %1 的密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="33"/>
        <source>&amp;Remember in the desktop keychain</source>
        <translation>在桌面密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="39"/>
        <source>The password is never saved in War Room&apos;s settings. Instead of typing it, you can also keep it in ~/.pgpass or PGPASSWORD.</source>
        <translation>密码绝不会保存在 War Room 的设置中。除了每次输入，也可以将其保存在 ~/.pgpass 或 PGPASSWORD 中。</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="41"/>
        <source>No desktop keychain answers here, so the password cannot be remembered: keep it in ~/.pgpass or PGPASSWORD instead of typing it at every start.</source>
        <translation>此处没有可响应的桌面密钥环，因此无法记住密码：请将其保存在 ~/.pgpass 或 PGPASSWORD 中，以免每次启动都要输入。</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/passworddialog.cpp" line="49"/>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleDirectoryDialog</name>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="30"/>
        <source>People directory</source>
        <translation>人员名录</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="35"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="41"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="42"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="43"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="44"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="109"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/peopledirectorydialog.cpp" line="110"/>
        <source>Remove %1 from the directory? Incidents keep their record of what %1 did.</source>
        <translation>从名录中移除 %1？各事件仍会保留 %1 的操作记录。</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleModel</name>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="72"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="74"/>
        <source>Can hold</source>
        <translation>可担任</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="76"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="78"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/models/roles/peoplemodel.cpp" line="80"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>warroom::PeopleStore</name>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="33"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>操作人不能为空：请说明是谁做的更改。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="94"/>
        <location filename="../src/storage/roles/peoplestore.cpp" line="142"/>
        <source>There is no person %1 in the directory.</source>
        <translation>名录中没有人员 %1。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="119"/>
        <source>The database did not return the new person&apos;s id.</source>
        <translation>数据库未返回新人员的 ID。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="171"/>
        <location filename="../src/storage/roles/peoplestore.cpp" line="198"/>
        <source>There is already a person named &quot;%1&quot; in the directory.</source>
        <translation>名录中已有名为“%1”的人员。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="227"/>
        <source>%1 is the CSM of %2 key account(s) (%3); import the key accounts with another CSM before removing them.</source>
        <translation>%1 是 %2 个重点客户（%3）的 CSM；请先导入将这些客户分配给其他 CSM 的列表，再移除此人。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/peoplestore.cpp" line="255"/>
        <source>Nothing was imported; the file has %1 problem(s):</source>
        <translation>未导入任何内容；该文件有 %1 个问题：</translation>
    </message>
</context>
<context>
    <name>warroom::Person</name>
    <message>
        <location filename="../src/core/roles/person.cpp" line="50"/>
        <source>A person needs a name.</source>
        <translation>人员需要姓名。</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="53"/>
        <source>A name is limited to %1 characters; this one has %2.</source>
        <translation>姓名最多 %1 个字符；此姓名有 %2 个。</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="64"/>
        <source>%1 has no phone, Slack handle or email: give at least one way to reach them.</source>
        <translation>%1 没有电话、Slack 账号或邮件：请至少提供一种联系方式。</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="66"/>
        <source>The person</source>
        <translation>此人</translation>
    </message>
    <message>
        <location filename="../src/core/roles/person.cpp" line="88"/>
        <source>Unknown role %1; the roles are %2 (separate several with &quot;;&quot;).</source>
        <translation>未知角色 %1；可用角色为 %2（多个角色用 &quot;;&quot; 分隔）。</translation>
    </message>
</context>
<context>
    <name>warroom::PersonDialog</name>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="21"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="21"/>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="32"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="33"/>
        <source>&amp;Slack:</source>
        <translation>Slack(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="34"/>
        <source>&amp;Email:</source>
        <translation>邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="35"/>
        <source>+1 415 555 0101</source>
        <translation>+1 415 555 0101</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="36"/>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <location filename="../src/widgets/directory/persondialog.cpp" line="39"/>
        <source>Roles they can hold</source>
        <translation>可担任的角色</translation>
    </message>
</context>
<context>
    <name>warroom::PhaseBoardModel</name>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="141"/>
        <source>%1 late</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="142"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="149"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="158"/>
        <source>%1 · waived by %2 at %3</source>
        <translation>%1 · 由 %2 于 %3 豁免</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="161"/>
        <source>MANDATORY: %1</source>
        <translation>必须执行：%1</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="167"/>
        <source>done by %1 at %2</source>
        <translation>由 %1 于 %2 完成</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="169"/>
        <source>waived by %1 at %2</source>
        <translation>由 %1 于 %2 豁免</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="176"/>
        <source>none posted yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="178"/>
        <source>last posted %1 by %2</source>
        <translation>最近由 %2 于 %1 发布</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="182"/>
        <source>last sync %1 by %2: %3</source>
        <translation>最近同步于 %1，由 %2 发布：%3</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="263"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="265"/>
        <source>Late by</source>
        <translation>逾期时长</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="265"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="267"/>
        <source>Obligation</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="269"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="271"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="273"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../src/models/board/phaseboardmodel.cpp" line="346"/>
        <source>unfilled</source>
        <translation>空缺</translation>
    </message>
</context>
<context>
    <name>warroom::PhaseBoardWidget</name>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="90"/>
        <source>Phase board</source>
        <translation>阶段看板</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="98"/>
        <source>Note for Done, reason for Waive</source>
        <translation>“完成”的备注，“豁免”的理由</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="99"/>
        <source>Note for Done (optional), reason for Waive (required)</source>
        <translation>“完成”的备注（可选），“豁免”的理由（必填）</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="101"/>
        <source>✔ &amp;Done</source>
        <translation>✔ 完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="104"/>
        <source>Tick the selected obligation done (double-clicking a row does the same)</source>
        <translation>将选中的待办事项勾选为已完成（双击行也可以）</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="106"/>
        <source>Wai&amp;ve…</source>
        <translation>豁免(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="109"/>
        <source>Record that the selected obligation is deliberately not done; type the reason first</source>
        <translation>记录选中的待办事项有意不执行；请先输入理由</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="122"/>
        <source>Progress sync</source>
        <translation>进展同步</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="124"/>
        <source>Progress sync for the incident channel (&quot;no new progress&quot; counts)</source>
        <translation>发往事件频道的进展同步（“暂无新进展”也算）</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="126"/>
        <source>Post s&amp;ync</source>
        <translation>发布同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="130"/>
        <source>Show not applicable</source>
        <translation>显示不适用项</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="132"/>
        <source>Desktop notifications</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="148"/>
        <source>Mark the selected obligation done</source>
        <translation>将选中的待办事项标记为已完成</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="150"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="231"/>
        <source>Select an obligation on the board first.</source>
        <translation>请先在看板上选择一个待办事项。</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="251"/>
        <source>waive</source>
        <translation>豁免</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="251"/>
        <source>mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="252"/>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="292"/>
        <source>⚑ IC engagement is mandatory: %1. Assign an incident commander.</source>
        <translation>⚑ 必须有 IC 介入：%1。请指派一名事件指挥官。</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="310"/>
        <source>The incident is closed: the board shows how it ended.</source>
        <translation>事件已关闭：看板显示其最终情况。</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="335"/>
        <source>War Room: incident #%1</source>
        <translation>War Room：事件 #%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/board/phaseboardwidget.cpp" line="338"/>
        <source>Incident #%1: playbook</source>
        <translation>事件 #%1：预案</translation>
    </message>
</context>
<context>
    <name>warroom::Placeholders</name>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="78"/>
        <source>&quot;}}&quot; at offset %1 closes no placeholder.</source>
        <translation>偏移 %1 处的 &quot;}}&quot; 没有对应的占位符开头。</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="99"/>
        <source>Placeholders cannot be nested: &quot;{{&quot; at offset %1 is inside the placeholder that starts at offset %2.</source>
        <translation>占位符不能嵌套：偏移 %1 处的 &quot;{{&quot; 位于从偏移 %2 开始的占位符内部。</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="109"/>
        <source>&quot;{{&quot; at offset %1 is not closed by &quot;}}&quot; on the same line.</source>
        <translation>偏移 %1 处的 &quot;{{&quot; 在同一行内没有以 &quot;}}&quot; 闭合。</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="119"/>
        <source>Empty placeholder at offset %1: write a name between the braces, e.g. {{task_type}}.</source>
        <translation>偏移 %1 处的占位符为空：请在花括号之间写上名称，例如 {{task_type}}。</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="125"/>
        <source>&quot;%1&quot; at offset %2 is not a placeholder name: use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>偏移 %2 处的 &quot;%1&quot; 不是占位符名称：请使用小写字母、数字和下划线，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="143"/>
        <source>The incident&apos;s number</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="144"/>
        <source>The incident&apos;s title</source>
        <translation>事件标题</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="145"/>
        <source>The affected task type, e.g. email drafting</source>
        <translation>受影响的任务类型，例如邮件起草</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="146"/>
        <source>The incident category, in words</source>
        <translation>事件类别（文字）</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="147"/>
        <source>SEV1, SEV2 or SEV3</source>
        <translation>SEV1、SEV2 或 SEV3</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="148"/>
        <source>Share of users affected, a number without the % sign</source>
        <translation>受影响用户比例，不带 % 号的数字</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="149"/>
        <source>Number of enterprise customers affected</source>
        <translation>受影响的企业客户数</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="150"/>
        <source>Detection date and time, e.g. 2026-11-29 02:50 UTC</source>
        <translation>检测日期和时间，例如 2026-11-29 02:50 UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="151"/>
        <source>Detection time of day in UTC, HH:MM</source>
        <translation>检测时间（UTC），HH:MM</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="152"/>
        <source>Detection date in UTC, YYYY-MM-DD</source>
        <translation>检测日期（UTC），YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="153"/>
        <source>When the incident was declared, e.g. 2026-11-29 03:00 UTC</source>
        <translation>事件宣布时间，例如 2026-11-29 03:00 UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="154"/>
        <source>The incident status in words, e.g. investigating</source>
        <translation>事件状态（文字），例如调查中</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="155"/>
        <source>The incident status as a heading, e.g. Identified</source>
        <translation>以标题形式显示的事件状态，例如“已定位”</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="156"/>
        <source>The time the draft was saved, HH:MM UTC</source>
        <translation>草稿保存时间，HH:MM UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="157"/>
        <source>30 minutes after the draft was saved, HH:MM UTC</source>
        <translation>草稿保存后 30 分钟，HH:MM UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="158"/>
        <source>When the incident was restored (once it is)</source>
        <translation>事件恢复时间（恢复后才有）</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="159"/>
        <source>The assigned incident commander</source>
        <translation>已指派的事件指挥官</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="160"/>
        <source>The status history, one &quot;- HH:MM UTC status&quot; line each</source>
        <translation>状态历史，每行一条 &quot;- HH:MM UTC 状态&quot;</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="161"/>
        <source>When customers were first affected, HH:MM UTC</source>
        <translation>客户首次受影响的时间，HH:MM UTC</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="162"/>
        <source>Completion rate before the incident, e.g. ~95%</source>
        <translation>事件前的完成率，例如 ~95%</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="163"/>
        <source>Completion rate now, e.g. ~75%</source>
        <translation>当前完成率，例如 ~75%</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="164"/>
        <source>A brief description of the (initial) root cause</source>
        <translation>（初步）根因的简要说明</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="165"/>
        <source>Expected restoration time, or &quot;continuous updates&quot;</source>
        <translation>预计恢复时间，或“持续更新”</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="166"/>
        <source>What changed since the last update</source>
        <translation>自上次更新以来的变化</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="167"/>
        <source>The affected period, from and to in UTC</source>
        <translation>受影响时段，UTC 起止时间</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="168"/>
        <source>Compensation policy, if applicable</source>
        <translation>补偿政策（如适用）</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="169"/>
        <source>When refunds arrive, e.g. within 5 business days</source>
        <translation>退款到账时间，例如 5 个工作日内</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="170"/>
        <source>Which data was exposed, and to whom</source>
        <translation>哪些数据被泄露、泄露给了谁</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="171"/>
        <source>The customer the message is addressed to</source>
        <translation>消息的收件客户</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="172"/>
        <source>What the agent did wrong for this customer</source>
        <translation>智能体对该客户做错了什么</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="173"/>
        <source>The specific improvements we are making</source>
        <translation>我们正在进行的具体改进</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="174"/>
        <source>Link to the status page</source>
        <translation>状态页链接</translation>
    </message>
    <message>
        <location filename="../src/comms/text/placeholders.cpp" line="175"/>
        <source>The signature under external messages</source>
        <translation>对外消息的落款签名</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="104"/>
        <source>investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="106"/>
        <source>root cause identified, fix in progress</source>
        <translation>已定位根因，正在修复</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="108"/>
        <source>fix deployed, monitoring</source>
        <translation>已部署修复，监控中</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="110"/>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="112"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="121"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="123"/>
        <source>Identified</source>
        <translation>已定位</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="125"/>
        <source>Monitoring</source>
        <translation>监控中</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="127"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="129"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../src/comms/text/renderer.cpp" line="177"/>
        <source>Detected</source>
        <translation>检测到</translation>
    </message>
</context>
<context>
    <name>warroom::Playbook</name>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="37"/>
        <source>needs either &quot;due&quot; (a deadline) or &quot;cadence&quot; (a recurring obligation)</source>
        <translation>需要 &quot;due&quot;（截止时间）或 &quot;cadence&quot;（周期性待办事项）之一</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="40"/>
        <source>an obligation has either &quot;due&quot; or &quot;cadence&quot;, not both</source>
        <translation>待办事项只能有 &quot;due&quot; 或 &quot;cadence&quot; 之一，不能同时有</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="103"/>
        <source>say it once: &quot;key_accounts&quot; replaces &quot;key_accounts_attempted&quot;</source>
        <translation>只需写一次：&quot;key_accounts&quot; 取代了 &quot;key_accounts_attempted&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="130"/>
        <source>counts publications; list &quot;%1&quot; among the events</source>
        <translation>统计的是发布记录；请将 &quot;%1&quot; 列入 events</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="140"/>
        <source>&quot;%1&quot; is not a channel; use one of: %2</source>
        <translation>&quot;%1&quot; 不是渠道；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="142"/>
        <location filename="../src/core/playbook/obligationparser.cpp" line="302"/>
        <location filename="../src/core/playbook/obligationparser.cpp" line="363"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; 列出了两次</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="153"/>
        <source>a recurring obligation is never done; its &quot;cadence&quot; names the events that reset it</source>
        <translation>周期性待办事项永远不会完成；其 &quot;cadence&quot; 指定重置它的事件</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="180"/>
        <source>needs &quot;events&quot; to apply to</source>
        <translation>需要指定适用的 &quot;events&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="192"/>
        <source>judges drafts; list &quot;%1&quot; among the events</source>
        <translation>判断的是草稿；请将 &quot;%1&quot; 列入 events</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="208"/>
        <source>names no condition; give &quot;events&quot;, &quot;roles&quot;, &quot;legal_signoff&quot; or &quot;key_accounts&quot;, or leave &quot;done_when&quot; out (the obligation is then ticked done by hand)</source>
        <translation>未指定任何条件；请提供 &quot;events&quot;、&quot;roles&quot;、&quot;legal_signoff&quot; 或 &quot;key_accounts&quot;，或省略 &quot;done_when&quot;（此时该待办事项需手动勾选完成）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="229"/>
        <source>a recurring obligation is always ticked by hand (each tick counts as posting it)</source>
        <translation>周期性待办事项总是手动勾选（每次勾选计为一次发布）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="261"/>
        <source>needs a &quot;due&quot; counted from &quot;detected&quot;</source>
        <translation>需要一个从 &quot;detected&quot; 起算的 &quot;due&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="272"/>
        <source>a mandatory obligation needs &quot;done_when&quot;: ticking it by hand is refused while it is mandatory</source>
        <translation>必须执行的待办事项需要 &quot;done_when&quot;：在必须执行期间拒绝手动勾选</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="289"/>
        <source>&quot;%1&quot; is not a category; use one of: %2</source>
        <translation>&quot;%1&quot; 不是类别；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="316"/>
        <source>&quot;%1&quot; is not a role; use one of: %2</source>
        <translation>&quot;%1&quot; 不是角色；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="329"/>
        <source>&quot;%1&quot; is not a timeline event kind; use one of: %2</source>
        <translation>&quot;%1&quot; 不是时间线事件类型；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="351"/>
        <source>applies only to announcement events; list %1 among the events</source>
        <translation>仅适用于公告事件；请将 %1 列入 events</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="352"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="360"/>
        <source>&quot;%1&quot; is not a kind of announcement; use one of: %2</source>
        <translation>&quot;%1&quot; 不是公告类型；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/obligationparser.cpp" line="393"/>
        <source>is missing; use a role id: %1</source>
        <translation>缺失；请使用角色 ID：%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="75"/>
        <source>Playbook %1 does not exist or is not a file.</source>
        <translation>预案 %1 不存在或不是文件。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="103"/>
        <source>&quot;%1&quot; is not a trigger condition of the playbook; use one of: %2.</source>
        <translation>&quot;%1&quot; 不是预案的触发条件；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbook.cpp" line="107"/>
        <source>Trigger condition &quot;%1&quot; is given twice.</source>
        <translation>触发条件“%1”重复给出。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="53"/>
        <source>is missing; this build reads playbooks with &quot;format_version&quot;: %1</source>
        <translation>缺失；此版本读取 &quot;format_version&quot;: %1 的预案</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="61"/>
        <source>format version %1 is not supported; this build reads format version %2 (was the file written for another War Room version?)</source>
        <translation>不支持格式版本 %1；此版本读取格式版本 %2（该文件是否为其他版本的 War Room 编写？）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="109"/>
        <source>is missing; it holds &quot;users_pct_above&quot; and &quot;enterprise_customers_above&quot;</source>
        <translation>缺失；它包含 &quot;users_pct_above&quot; 和 &quot;enterprise_customers_above&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="119"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="121"/>
        <source>must be a number from 0 to 100 (percent of users)</source>
        <translation>必须是 0 到 100 之间的数字（用户百分比）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="152"/>
        <source>trigger id &quot;%1&quot; is used twice</source>
        <translation>触发条件 ID &quot;%1&quot; 被使用了两次</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="155"/>
        <source>is missing (the category this trigger suggests)</source>
        <translation>缺失（此触发条件建议的类别）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="174"/>
        <source>does not list &quot;%1&quot;, which %2 suggests</source>
        <translation>未列出 &quot;%1&quot;，而 %2 建议了它</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="222"/>
        <source>phase id &quot;%1&quot; is used twice</source>
        <translation>阶段 ID &quot;%1&quot; 被使用了两次</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="238"/>
        <source>obligation id &quot;%1&quot; is already used at %2</source>
        <translation>待办事项 ID &quot;%1&quot; 已在 %2 使用</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookloader.cpp" line="245"/>
        <source>no category needs legal review: list them under &quot;legal_review&quot;: {&quot;categories&quot;: [...]} at the top of the file</source>
        <translation>没有任何类别需要法务审核：请在文件顶部的 &quot;legal_review&quot;: {&quot;categories&quot;: [...]} 下列出</translation>
    </message>
</context>
<context>
    <name>warroom::PlaybookEngine</name>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="27"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="28"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="29"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="147"/>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="386"/>
        <source>%1 at %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="157"/>
        <source>nobody holds %1</source>
        <translation>无人担任%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="161"/>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="380"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="193"/>
        <source>due on restoration</source>
        <translation>恢复时到期</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="194"/>
        <source>due %1 after restoration</source>
        <translation>恢复后 %1 到期</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="198"/>
        <source>restored at %1, within %2 of detection</source>
        <translation>已于 %1 恢复，在检测后 %2 内</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="230"/>
        <source>ended at restoration (%1)</source>
        <translation>已在恢复时结束（%1）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="36"/>
        <source>starts when the first sync is posted</source>
        <translation>首次发布同步时开始</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="38"/>
        <source>starts when the first announcement is published</source>
        <translation>首次发布公告时开始</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="40"/>
        <source>starts when the first announcement draft is started</source>
        <translation>首次开始起草公告时开始</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="41"/>
        <source>starts when the first &quot;%1&quot; is recorded</source>
        <translation>首次记录 &quot;%1&quot; 时开始</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="275"/>
        <source>%1% of users affected (more than %2%)</source>
        <translation>%1% 的用户受影响（超过 %2%）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="279"/>
        <source>%1 enterprise customers affected (more than %2)</source>
        <translation>%1 家企业客户受影响（超过 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="309"/>
        <source>only for: %1</source>
        <translation>仅适用于：%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="359"/>
        <source>&quot;%1&quot; does not apply to this incident (%2).</source>
        <translation>“%1”不适用于此事件（%2）。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="362"/>
        <source>&quot;%1&quot; is mandatory (%2): it is completed by the facts on the timeline (for IC engagement: assigning an incident commander), not by ticking it.</source>
        <translation>“%1”为必须执行项（%2）：它由时间线上的事实完成（对于 IC 介入：指派事件指挥官），而不是手动勾选。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="370"/>
        <source>&quot;%1&quot; is completed by the facts on the timeline, not by ticking it (%2). If it will not be done, waive it with the reason.</source>
        <translation>“%1”由时间线上的事实完成，而不是手动勾选（%2）。如果不会执行，请填写理由将其豁免。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="372"/>
        <source>see the playbook</source>
        <translation>参见预案</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="375"/>
        <source>&quot;%1&quot; was already waived by %2 at %3.</source>
        <translation>“%1”已由 %2 于 %3 豁免。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookengine.cpp" line="378"/>
        <source>&quot;%1&quot; is already done (%2 at %3).</source>
        <translation>“%1”已完成（%2，%3）。</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="44"/>
        <source> and %1 more</source>
        <translation> 等另外 %1 项</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="53"/>
        <source>saved before War Room recorded placeholders and lint; save it again</source>
        <translation>在 War Room 记录占位符和文案检查之前保存；请重新保存</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="60"/>
        <source>1 placeholder to fill</source>
        <translation>1 个占位符待填写</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="61"/>
        <source>%1 placeholders to fill</source>
        <translation>%1 个占位符待填写</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="67"/>
        <source>1 lint error</source>
        <translation>1 个文案检查错误</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="68"/>
        <source>%1 lint errors</source>
        <translation>%1 个文案检查错误</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="70"/>
        <source> and </source>
        <translation>，以及 </translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="138"/>
        <source>no draft of the right kind yet</source>
        <translation>尚无对应类型的草稿</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="145"/>
        <source>draft #%1 ready (no placeholder left, no lint error)</source>
        <translation>草稿 #%1 已就绪（无未填占位符，无文案检查错误）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="150"/>
        <source>draft #%1: %2</source>
        <translation>草稿 #%1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="181"/>
        <source>legal sign-off voided by %1&apos;s edit at %2 (it was %3&apos;s, on draft #%4 v%5)</source>
        <translation>法务签核已因 %1 于 %2 的编辑而失效（原由 %3 签核，草稿 #%4 v%5）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="190"/>
        <source>signed off by %1 at %2 (draft #%3 v%4)</source>
        <translation>由 %1 于 %2 签核（草稿 #%3 v%4）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="197"/>
        <source>no legal sign-off yet</source>
        <translation>尚无法务签核</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="252"/>
        <source>draft #%1</source>
        <translation>草稿 #%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="258"/>
        <source>%1 published at %2 before War Room tracked deliveries: nothing shows it went out; confirm it did and waive the obligation with that reason, or publish again</source>
        <translation>%1 于 %2 发布，当时 War Room 尚未跟踪投递：没有记录表明它已发出；请确认已发出并以此为理由豁免该待办事项，或重新发布</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="278"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="282"/>
        <source>%1 published at %2, not delivered yet: %3</source>
        <translation>%1 于 %2 发布，尚未投递：%3</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="291"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="300"/>
        <source>recorded here only</source>
        <translation>仅在此处记录</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="302"/>
        <source>recorded here only (Slack not set up)</source>
        <translation>仅在此处记录（未设置 Slack）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="313"/>
        <source>posted to %1 (delivered %2)</source>
        <translation>已发到 %1（%2 投递）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="318"/>
        <source>posted to %1 by hand by %2 at %3</source>
        <translation>已由 %2 于 %3 手动发到 %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="321"/>
        <source>%1: failed — %2</source>
        <translation>%1：失败 — %2</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="324"/>
        <source>queued for %1, retrying (%2)</source>
        <translation>已排队发往 %1，重试中（%2）</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="328"/>
        <source>queued for %1</source>
        <translation>已排队发往 %1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="373"/>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="394"/>
        <source>delivered: %1</source>
        <translation>已投递：%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="403"/>
        <source>not yet published on: %1</source>
        <translation>尚未在以下渠道发布：%1</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="458"/>
        <source>no key accounts selected yet</source>
        <translation>尚未选择重点客户</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="462"/>
        <source>%1 of %2 key accounts closed out</source>
        <translation>已结束 %1/%2 个重点客户</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="463"/>
        <source>%1 of %2 key accounts attempted</source>
        <translation>已尝试联系 %1/%2 个重点客户</translation>
    </message>
    <message>
        <location filename="../src/core/playbook/playbookfacts.cpp" line="474"/>
        <source>%1; open: %2</source>
        <translation>%1；未完成：%2</translation>
    </message>
</context>
<context>
    <name>warroom::PlaybookStore</name>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="34"/>
        <source>nobody holds it yet</source>
        <translation>尚无人担任</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="47"/>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="49"/>
        <source>Only %1 may waive &quot;%2&quot;; you are &quot;%3&quot;. Assign the role first if it is yours.</source>
        <translation>只有%1可以豁免“%2”；您是“%3”。如果该角色是您的，请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="51"/>
        <source>Only %1 may tick done &quot;%2&quot;; you are &quot;%3&quot;. Assign the role first if it is yours.</source>
        <translation>只有%1可以将“%2”标记为已完成；您是“%3”。如果该角色是您的，请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="64"/>
        <source>Incident %1 is closed: its obligations and syncs are final. Add a note if something needs to be said.</source>
        <translation>事件 %1 已关闭：其待办事项和同步已定稿。如有需要说明的内容，请添加备注。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="92"/>
        <source>overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="94"/>
        <source>due in %1</source>
        <translation>%1 后到期</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="97"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="117"/>
        <source>Cannot close incident %1: %2 still open: %3. Complete each, or waive it with the reason; then close.</source>
        <translation>无法关闭事件 %1：仍有%2未完成：%3。请逐项完成，或填写理由豁免；然后再关闭。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="120"/>
        <source>1 obligation</source>
        <translation>1 项待办事项</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="121"/>
        <source>%1 obligations</source>
        <translation>%1 项待办事项</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="174"/>
        <source>The text is limited to %1 characters; this one has %2.</source>
        <translation>文本最多 %1 个字符；此文本有 %2 个。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="186"/>
        <source>Waiving &quot;%1&quot; needs a reason: say why it is not being done.</source>
        <translation>豁免“%1”需要理由：请说明为何不执行。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="181"/>
        <source>&quot;%1&quot; is not an obligation of the playbook %2; use one of: %3.</source>
        <translation>“%1”不是预案 %2 中的待办事项；请使用以下之一：%3。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="264"/>
        <source>A sync must say something; &quot;no new progress&quot; is a valid sync.</source>
        <translation>同步必须有内容；“暂无新进展”也是有效的同步。</translation>
    </message>
    <message>
        <location filename="../src/storage/incidents/playbookstore.cpp" line="267"/>
        <source>A sync is limited to %1 characters; this one has %2.</source>
        <translation>同步最多 %1 个字符；此同步有 %2 个。</translation>
    </message>
</context>
<context>
    <name>warroom::PostgresDialect</name>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="95"/>
        <source>%1 (schema %2)</source>
        <translation>%1（架构 %2）</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="105"/>
        <source>The schema name &quot;%1&quot; cannot be used: use lower-case letters, digits and &quot;_&quot; only, starting with a letter, at most 63 characters, not pg_...</source>
        <translation>架构名 &quot;%1&quot; 无法使用：只能包含小写字母、数字和 &quot;_&quot;，以字母开头，最多 63 个字符，且不能以 pg_ 开头。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="112"/>
        <location filename="../src/storage/db/postgresdialect.cpp" line="140"/>
        <source>The schema name &quot;%1&quot; is a word PostgreSQL reserves; choose another name.</source>
        <translation>架构名称“%1”是 PostgreSQL 的保留字；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="183"/>
        <source>%1: this login may not use the schema %2: it is not a member of this war room. Ask an administrator to run: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS</source>
        <translation>%1：此登录名无权使用架构 %2：它不是此作战室的成员。请让管理员运行：warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="189"/>
        <source>%1: the connection does not work inside the schema %2 (it works in &quot;%3&quot;); the database cannot be used safely.</source>
        <translation>%1：连接无法在架构 %2 内工作（实际位于 &quot;%3&quot;）；无法安全地使用该数据库。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="293"/>
        <source>%1: the server refused the login (%2). Check the user name in the address and the password in ~/.pgpass or PGPASSWORD, or ask the administrator to grant this login access.</source>
        <translation>%1：服务器拒绝登录（%2）。请检查地址中的用户名以及 ~/.pgpass 或 PGPASSWORD 中的密码，或请管理员为此登录名授予访问权限。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="309"/>
        <source>%1: the secure connection failed (%2). With sslmode=verify-full the server must have TLS on, this machine needs the certificate of the authority that signed the server&apos;s in ~/.postgresql/root.crt (or PGSSLROOTCERT), and the server&apos;s certificate must name the host of the address (docs/shared-mode.md).</source>
        <translation>%1：安全连接失败（%2）。使用 sslmode=verify-full 时，服务器必须启用 TLS，本机需要在 ~/.postgresql/root.crt（或 PGSSLROOTCERT）中存放为服务器证书签名的证书颁发机构的证书，且服务器证书必须包含地址中的主机名（docs/shared-mode.md）。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="317"/>
        <source>%1: the server has no such database (%2). Check the database name at the end of the address, or ask the administrator to create it.</source>
        <translation>%1：服务器上没有该数据库（%2）。请检查地址末尾的数据库名，或请管理员创建该数据库。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="325"/>
        <source>%1: the server cannot be reached (%2). Nothing was written; check the host and port in the address, the network, and that the server is running, then try again.</source>
        <translation>%1：无法连接到服务器（%2）。未写入任何内容；请检查地址中的主机和端口、网络，以及服务器是否正在运行，然后重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="335"/>
        <source>Another seat changed the same rows at the same moment; nothing was saved. Try again. (%1: %2, SQLSTATE %3)</source>
        <translation>另一个席位在同一时刻更改了相同的行；没有保存任何内容。请重试。（%1：%2，SQLSTATE %3）</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="344"/>
        <source>%1 is being written by another seat; gave up after waiting %2 ms (%3). Nothing was written; try again.</source>
        <translation>%1 正被其他机器写入；等待 %2 ms 后放弃（%3）。未写入任何内容；请重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="351"/>
        <source>%1 cannot be written (read-only: %2). Nothing was written.</source>
        <translation>%1 无法写入（只读：%2）。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="361"/>
        <source>%1: %2. Nothing was written.</source>
        <translation>%1：%2。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="365"/>
        <source>%1: this login may not do that (%2). Nothing was written; ask the administrator for the permission.</source>
        <translation>%1：此登录名无权执行该操作（%2）。未写入任何内容；请向管理员申请该权限。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="370"/>
        <source>%1: the server&apos;s disk is full (%2). Nothing was written; tell the administrator.</source>
        <translation>%1：服务器磁盘已满（%2）。未写入任何内容；请通知管理员。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/postgresdialect.cpp" line="373"/>
        <source>Database error in %1: %2</source>
        <translation>%1 中的数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>warroom::PreferencesDialog</name>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="26"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="30"/>
        <source>Where announcements are delivered. A setting given in a WARROOM_* environment variable or in the secrets file overrides the one here. Secrets (the API key, the webhook URLs, the SMTP password) go to the desktop keychain, never into the database or the settings file.</source>
        <translation>公告的投递目标。在 WARROOM_* 环境变量或密钥文件中给出的设置会覆盖此处的设置。密钥（API 密钥、Webhook URL、SMTP 密码）保存在桌面密钥环中，绝不会写入数据库或设置文件。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="92"/>
        <source>Status page</source>
        <translation>状态页</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="93"/>
        <source>API base URL:</source>
        <translation>API 基础 URL：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="94"/>
        <source>Page id:</source>
        <translation>Page ID：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="95"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="96"/>
        <source>Component ids:</source>
        <translation>组件 ID：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="97"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="97"/>
        <source>Webhook URL:</source>
        <translation>Webhook URL：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="98"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="98"/>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="99"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="100"/>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="101"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="102"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="103"/>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="104"/>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="105"/>
        <source>Timeout (seconds):</source>
        <translation>超时（秒）：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="118"/>
        <source>id1, id2 (optional)</source>
        <translation>id1, id2（可选）</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="142"/>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="147"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="155"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="158"/>
        <source>A new language is used from the next start of War Room.</source>
        <translation>新语言将在下次启动 War Room 时生效。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="170"/>
        <source>A&amp;ppearance:</source>
        <translation>外观(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="187"/>
        <source>Set by %1 in the environment, which overrides it here; change or unset the variable to edit it.</source>
        <translation>已由环境变量 %1 设置，会覆盖此处的设置；如需编辑，请更改或取消设置该变量。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="191"/>
        <source>Set in the secrets file (WARROOM_SECRETS_FILE), which overrides it here; edit that file to change it.</source>
        <translation>已在密钥文件（WARROOM_SECRETS_FILE）中设置，会覆盖此处的设置；如需更改，请编辑该文件。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="194"/>
        <source>Stored in the desktop keychain.</source>
        <translation>已存储在桌面密钥环中。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="196"/>
        <source>Saved in the preferences.</source>
        <translation>已保存在首选项中。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="200"/>
        <source>Not set.</source>
        <translation>未设置。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="214"/>
        <source>(set, not shown)</source>
        <translation>（已设置，不显示）</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="229"/>
        <source>Reading the settings and the keychain…</source>
        <translation>正在读取设置和密钥环…</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="231"/>
        <source>Secrets are stored in the desktop keychain.</source>
        <translation>密钥存储在桌面密钥环中。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="233"/>
        <source>No keychain. %1 The other settings can still be saved here.</source>
        <translation>没有密钥环。%1 其他设置仍可在此保存。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/preferencesdialog.cpp" line="259"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>warroom::PublishPreviewDialog</name>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="93"/>
        <source>A warning: it does not block publishing.</source>
        <translation>警告：不会阻止发布。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="101"/>
        <source>The public status page: a new incident, or an update of the one this incident already has there</source>
        <translation>公开状态页：新建事件，或更新此事件在该处已有的事件</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="104"/>
        <source>The incident channel, through its incoming webhook (mrkdwn as sent)</source>
        <translation>事件频道，通过其传入 Webhook（按发送时的 mrkdwn 显示）</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="107"/>
        <source>The JSON webhook (the product&apos;s in-app notice)</source>
        <translation>JSON Webhook（产品的应用内通知）</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="142"/>
        <source>To %1</source>
        <translation>发至 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="143"/>
        <source>To %1 and %n more (one message each; the text is the same)</source>
        <translation>
            <numerusform>发至 %1 及另外 %n 个地址（各发一封，内容相同）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="156"/>
        <source>Publish: preview</source>
        <translation>发布：预览</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="166"/>
        <source>Renderings</source>
        <translation>渲染结果</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="190"/>
        <source>P&amp;ublish</source>
        <translation>发布(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="195"/>
        <source>Queue the deliveries shown above.</source>
        <translation>将上方显示的投递加入队列。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="237"/>
        <source>Slack shows &amp;amp; &amp;lt; &amp;gt; as &amp; &lt; &gt; and *words* in bold.</source>
        <translation>Slack 会将 &amp;amp; &amp;lt; &amp;gt; 显示为 &amp; &lt; &gt;，并将 *words* 显示为粗体。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="244"/>
        <source>No length limit is known: the receiver decides.</source>
        <translation>未知长度限制：由接收方决定。</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/publishpreviewdialog.cpp" line="263"/>
        <source>Show the HTML source</source>
        <translation>显示 HTML 源码</translation>
    </message>
</context>
<context>
    <name>warroom::Revision</name>
    <message>
        <location filename="../src/core/incident/revision.cpp" line="82"/>
        <source>This changed after your screen was read (now: %1). Nothing was saved; look at it again and repeat your change if it still holds.</source>
        <translation>此项在您的界面读取数据之后已被更改（当前：%1）。未保存任何内容；请重新查看，如果您的更改仍然适用，请再做一次。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/revision.cpp" line="85"/>
        <source>%1 changed this at %2 UTC (now: %3). Nothing was saved; look at their change and repeat yours if it still holds.</source>
        <translation>%1 已于 %2 UTC 更改此项（当前：%3）。未保存任何内容；请查看对方的更改，如果您的更改仍然适用，请再做一次。</translation>
    </message>
</context>
<context>
    <name>warroom::Role</name>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="12"/>
        <source>On-call engineer</source>
        <translation>值班工程师</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="14"/>
        <source>Incident commander</source>
        <translation>事件指挥官</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="16"/>
        <source>Customer success</source>
        <translation>客户成功</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="17"/>
        <source>Support</source>
        <translation>客户支持</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="18"/>
        <source>Product owner</source>
        <translation>产品负责人</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="19"/>
        <source>Legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="20"/>
        <source>VP Engineering</source>
        <translation>工程副总裁</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="21"/>
        <source>CEO</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="38"/>
        <source>the On-call engineer</source>
        <translation>值班工程师</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="40"/>
        <source>the incident commander</source>
        <translation>事件指挥官</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="42"/>
        <source>customer success</source>
        <translation>客户成功经理</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="44"/>
        <source>support</source>
        <translation>客户支持</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="46"/>
        <source>the product owner</source>
        <translation>产品负责人</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="48"/>
        <source>legal</source>
        <translation>法务</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="50"/>
        <source>the VP Engineering</source>
        <translation>工程副总裁</translation>
    </message>
    <message>
        <location filename="../src/core/roles/roles.cpp" line="52"/>
        <source>the CEO</source>
        <translation>CEO</translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardModel</name>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="24"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="25"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="57"/>
        <source>UNFILLED</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="57"/>
        <source>not needed now</source>
        <translation>当前不需要</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="59"/>
        <source>Acknowledged %1 UTC</source>
        <translation>已于 %1 UTC 确认</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="61"/>
        <source>Not acknowledged — assigned %1 ago</source>
        <translation>未确认 — 已指派 %1</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="78"/>
        <source>— nobody —</source>
        <translation>— 无人 —</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="91"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="92"/>
        <source>Assigned %1 UTC by %2%3</source>
        <translation>由 %2 于 %1 UTC 指派%3</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="96"/>
        <source> (override: not listed for the role)</source>
        <translation>（强制指派：未列为该角色）</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="102"/>
        <source>Needed: %1</source>
        <translation>需要原因：%1</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="150"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="152"/>
        <source>Held by</source>
        <translation>担任人</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="154"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/models/roles/roleboardmodel.cpp" line="156"/>
        <source>Needed because</source>
        <translation>需要原因</translation>
    </message>
</context>
<context>
    <name>warroom::RoleBoardWidget</name>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="45"/>
        <source>&lt;b&gt;Roles&lt;/b&gt; · every role the incident needs is held</source>
        <translation>&lt;b&gt;角色&lt;/b&gt; · 事件所需的每个角色均已有人担任</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="49"/>
        <source>&amp;Assign…</source>
        <translation>指派(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="51"/>
        <source>Ac&amp;knowledge (&quot;I have it&quot;)</source>
        <translation>确认(&amp;K)（“我来负责”）</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="53"/>
        <source>Unassi&amp;gn</source>
        <translation>取消指派(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="68"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="102"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="153"/>
        <source>UNFILLED: %1</source>
        <translation>空缺：%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="202"/>
        <source>assign %1 as %2</source>
        <translation>将 %1 指派为%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="229"/>
        <source>%1 acknowledges %2</source>
        <translation>%1 确认%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/roles/roleboardwidget.cpp" line="255"/>
        <source>unassign %1 from %2</source>
        <translation>将 %1 从 %2 移除</translation>
    </message>
</context>
<context>
    <name>warroom::RoleRequirements</name>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="19"/>
        <source>More than %1% of users affected (%2%)</source>
        <translation>超过 %1% 的用户受影响（%2%）</translation>
    </message>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="22"/>
        <source>More than %1 enterprise customer(s) affected (%2)</source>
        <translation>超过 %1 家企业客户受影响（%2）</translation>
    </message>
    <message>
        <location filename="../src/core/roles/rolerequirements.cpp" line="67"/>
        <source>First responder on every incident</source>
        <translation>每个事件的第一响应人</translation>
    </message>
</context>
<context>
    <name>warroom::RoleStore</name>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="29"/>
        <source>Say who: the person must not be empty.</source>
        <translation>请说明是谁：人员不能为空。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="33"/>
        <source>A name is limited to %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="69"/>
        <source>%1 (acknowledged)</source>
        <translation>%1（已确认）</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="70"/>
        <source>%1 (not acknowledged)</source>
        <translation>%1（未确认）</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="72"/>
        <source>nobody holds it</source>
        <translation>无人担任</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="136"/>
        <source>%1 is not in the people directory. Add them there with the %2 role, or assign with an override (it is recorded).</source>
        <translation>%1 不在人员名录中。请以 %2 角色将其添加到名录，或强制指派（会被记录）。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="143"/>
        <source>%1 is not listed for the %2 role (listed for: %3). Assign with an override to do it anyway; the override is recorded.</source>
        <translation>%1 未被列为 %2 角色（所列角色：%3）。如仍要指派，请强制指派；强制指派会被记录。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="145"/>
        <source>no roles</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="149"/>
        <source>%1 already holds the %2 role on incident %3.</source>
        <translation>%1 已在事件 %3 中担任 %2 角色。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="176"/>
        <source>%1 does not hold the %2 role on incident %3.</source>
        <translation>%1 未在事件 %3 中担任 %2 角色。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="195"/>
        <source>No one holds the %1 role on incident %2; assign it first.</source>
        <translation>事件 %2 中无人担任 %1 角色；请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="202"/>
        <source>Several people hold the %1 role (%2); say who acknowledges.</source>
        <translation>有多人担任 %1 角色（%2）；请说明由谁确认。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="212"/>
        <source>%1 already acknowledged the %2 role at %3 UTC.</source>
        <translation>%1 已于 %3 UTC 确认 %2 角色。</translation>
    </message>
    <message>
        <location filename="../src/storage/roles/rolestore.cpp" line="218"/>
        <source>%1 does not hold the %2 role on incident %3 (%4 does).</source>
        <translation>%1 未在事件 %3 中担任 %2 角色（担任者为 %4）。</translation>
    </message>
</context>
<context>
    <name>warroom::SeatStatus</name>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="24"/>
        <source>This database: %1 — names are self-declared: anyone at this machine can record changes under any name.</source>
        <translation>此数据库：%1 — 姓名为自行声明：本机上的任何人都能以任意姓名记录更改。</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="27"/>
        <source>You: %1   ·   %2</source>
        <translation>您：%1   ·   %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="34"/>
        <source>Shared war room: %1/%2 as %3 (login %4)</source>
        <translation>共享作战室：%1/%2，身份：%3（登录名 %4）</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/seatstatus.cpp" line="35"/>
        <source>Server %1, schema %2: every change you make is recorded under %3, the person of the people directory the server maps the login %4 to; the server checks it.</source>
        <translation>服务器 %1，架构 %2：您做出的每项更改都会以 %3 的名义记录，即服务器将登录名 %4 映射到的人员名录中的人员；由服务器进行核验。</translation>
    </message>
</context>
<context>
    <name>warroom::SelectAccountsDialog</name>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="21"/>
        <source>Key accounts to call</source>
        <translation>需要呼叫的重点客户</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="24"/>
        <source>Tick the accounts the customer success managers call now, by phone or Slack. They are called in this order (rank, then ARR).</source>
        <translation>勾选客户成功经理现在要通过电话或 Slack 呼叫的客户。呼叫顺序按排名，其次按 ARR。</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="29"/>
        <source>Key accounts</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="40"/>
        <source>The key-account list is empty: import it first (Directory → Import key accounts).</source>
        <translation>重点客户列表为空：请先导入（名录 → 导入重点客户）。</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="45"/>
        <source>%1%2 — %3, CSM %4</source>
        <translation>%1%2 — %3，CSM %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="53"/>
        <source>Tick &amp;top %1</source>
        <translation>勾选前 %1 个(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/widgets/calls/selectaccountsdialog.cpp" line="60"/>
        <source>%1 ticked</source>
        <translation>已勾选 %1 个</translation>
    </message>
</context>
<context>
    <name>warroom::ServerLogin</name>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="30"/>
        <source>War Room cannot open the shared war room</source>
        <translation>War Room 无法打开共享作战室</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="33"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="34"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="64"/>
        <source>Password not remembered</source>
        <translation>未记住密码</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="77"/>
        <source>The server refused this password; type it again.</source>
        <translation>服务器拒绝了此密码；请重新输入。</translation>
    </message>
    <message>
        <location filename="../src/widgets/login/serverlogin.cpp" line="78"/>
        <source>The server refused the password stored in the desktop keychain; type the current one.</source>
        <translation>服务器拒绝了桌面密钥环中存储的密码；请输入当前密码。</translation>
    </message>
</context>
<context>
    <name>warroom::ServerPreference</name>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="14"/>
        <source>Shared war room server</source>
        <translation>共享作战室服务器</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="24"/>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="29"/>
        <source>Sc&amp;hema:</source>
        <translation>架构(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="34"/>
        <source>Used from the next start when neither --db, --server nor WARROOM_SERVER names a database; empty: the SQLite file on this computer. No password here: it comes from ~/.pgpass, PGPASSWORD or the desktop keychain.</source>
        <translation>当 --db、--server 和 WARROOM_SERVER 均未指定数据库时，从下次启动起使用；留空：使用本机上的 SQLite 文件。此处不填密码：密码来自 ~/.pgpass、PGPASSWORD 或桌面密钥环。</translation>
    </message>
    <message>
        <location filename="../src/widgets/settings/serverpreference.cpp" line="56"/>
        <source>A schema needs a server: give the server URL too, or clear the schema.</source>
        <translation>架构需要服务器：请同时填写服务器 URL，或清空架构。</translation>
    </message>
</context>
<context>
    <name>warroom::ServerProbe</name>
    <message>
        <location filename="../src/storage/db/serverprobe.cpp" line="71"/>
        <source>cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/db/serverprobe.cpp" line="91"/>
        <source>no answer for %n s</source>
        <translation>
            <numerusform>%n 秒无响应</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warroom::ServerSetup</name>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="84"/>
        <source>server commands work on a PostgreSQL server; give --server URL (an SQLite file has no logins).</source>
        <translation>server 命令作用于 PostgreSQL 服务器；请指定 --server URL（SQLite 文件没有登录名）。</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="200"/>
        <source>The login %1 already belongs to %2 in this war room; one login is one person.</source>
        <translation>登录名 %1 在此作战室中已属于 %2；一个登录名只对应一个人。</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="205"/>
        <source>%1 already works under the login %2 in this war room; one person has one login.</source>
        <translation>%1 在此作战室中已使用登录名 %2；一个人只有一个登录名。</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="229"/>
        <source>The schema name &quot;%1&quot; is too long for its group roles (%1_member ...); use at most %2 characters.</source>
        <translation>架构名 &quot;%1&quot; 对其组角色（%1_member ...）来说太长；最多使用 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="243"/>
        <source>server init is run by the login that owns the schema %1 and may create roles (CREATEROLE); %2 cannot. Run it as that login (or the database superuser).</source>
        <translation>server init 须由拥有架构 %1 且可以创建角色（CREATEROLE）的登录名运行；%2 不具备此条件。请以该登录名（或数据库超级用户）运行。</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="289"/>
        <source>There is no login %1 on this server; create it first (as the database superuser): CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;;</source>
        <translation>此服务器上没有登录名 %1；请先（以数据库超级用户身份）创建：CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;;</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="296"/>
        <source>%1 is a role that cannot log in (it is NOLOGIN, like the group roles); give the login a person uses: CREATE ROLE name LOGIN PASSWORD &apos;...&apos;;</source>
        <translation>%1 是无法登录的角色（它是 NOLOGIN，与组角色一样）；请指定某个人使用的登录名：CREATE ROLE name LOGIN PASSWORD &apos;...&apos;;</translation>
    </message>
    <message>
        <location filename="../src/storage/server/serversetup.cpp" line="306"/>
        <source>%1 is not set up for logins yet: run warroomctl server init first.</source>
        <translation>%1 尚未设置登录名：请先运行 warroomctl server init。</translation>
    </message>
</context>
<context>
    <name>warroom::ServerUrl</name>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="29"/>
        <source>The server address &quot;%1&quot; cannot be used: %2 Write it as postgresql://user@host:port/database (optionally ?sslmode=verify-full).</source>
        <translation>服务器地址 &quot;%1&quot; 无法使用：%2请按 postgresql://user@host:port/database 的格式填写（可选加上 ?sslmode=verify-full）。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="40"/>
        <source>it is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="43"/>
        <source>it is not a valid URL (%1).</source>
        <translation>不是有效的 URL（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="46"/>
        <source>it starts with &quot;%1:&quot; instead of &quot;postgresql:&quot;.</source>
        <translation>以 &quot;%1:&quot; 开头，而不是 &quot;postgresql:&quot;。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="59"/>
        <source>it contains a password. Remove it from the address and put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>其中包含密码。请将密码从地址中删除，改为放在 ~/.pgpass 或 PGPASSWORD 中。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="65"/>
        <source>it names no user (the part before &quot;@&quot;).</source>
        <translation>未指定用户（&quot;@&quot; 之前的部分）。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="68"/>
        <source>it names no host (the part after &quot;@&quot;).</source>
        <translation>未指定主机（&quot;@&quot; 之后的部分）。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="71"/>
        <source>port 0 is not a port a server listens on.</source>
        <translation>端口 0 不是服务器会监听的端口。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="78"/>
        <source>it names no database (the part after the last &quot;/&quot;).</source>
        <translation>未指定数据库（最后一个 &quot;/&quot; 之后的部分）。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="80"/>
        <source>the database name &quot;%1&quot; contains &quot;/&quot;.</source>
        <translation>数据库名 &quot;%1&quot; 包含 &quot;/&quot;。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="83"/>
        <source>it has a &quot;#&quot; part, which means nothing here.</source>
        <translation>含有 &quot;#&quot; 部分，这在此处没有意义。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="89"/>
        <source>the parameter &quot;%1&quot; is not supported (only sslmode is).</source>
        <translation>不支持参数 &quot;%1&quot;（仅支持 sslmode）。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/serverurl.cpp" line="91"/>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode &quot;%1&quot; 不是 %2 之一。</translation>
    </message>
</context>
<context>
    <name>warroom::SessionLogin</name>
    <message>
        <location filename="../src/storage/db/sessionlogin.cpp" line="22"/>
        <source>%1 is an SQLite file: it has no logins, names there are self-declared.</source>
        <translation>%1 是 SQLite 文件：它没有登录名，其中的姓名为自行声明。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sessionlogin.cpp" line="32"/>
        <source>%1 did not say which login this connection uses.</source>
        <translation>%1 未说明此连接使用的登录名。</translation>
    </message>
</context>
<context>
    <name>warroom::Severity</name>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="14"/>
        <source>Critical: the product is down or untrustworthy for many customers, money is wrongly charged, customer data leaked, or an agent caused customer loss.</source>
        <translation>严重：产品对大量客户不可用或不可信，出现错误扣费、客户数据泄露，或智能体造成了客户损失。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="20"/>
        <source>Major: a task type or customer segment is badly degraded; no safe workaround.</source>
        <translation>重大：某类任务或某个客户群体严重降级；没有安全的替代方案。</translation>
    </message>
    <message>
        <location filename="../src/core/incident/severity.cpp" line="24"/>
        <source>Minor: limited impact, a workaround exists, no money or data involved.</source>
        <translation>轻微：影响有限，有替代方案，不涉及资金或数据。</translation>
    </message>
</context>
<context>
    <name>warroom::SharedIdentity</name>
    <message>
        <location filename="../src/storage/server/sharedidentity.cpp" line="34"/>
        <source>The login %1 is not in this war room&apos;s people directory; an administrator runs: warroomctl server add-person %1 --name &quot;FULL NAME&quot;</source>
        <translation>登录名 %1 不在此作战室的人员名录中；请管理员运行：warroomctl server add-person %1 --name &quot;FULL NAME&quot;</translation>
    </message>
</context>
<context>
    <name>warroom::SignOffGate</name>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="35"/>
        <source>fill or replace %1</source>
        <translation>填写或替换 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/comms/signoffgate.cpp" line="37"/>
        <source>fix %n malformed placeholder(s)</source>
        <translation>
            <numerusform>修正 %n 个格式错误的占位符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="39"/>
        <source>Draft #%1 still has placeholders: %2, and save it. Placeholders left in the text block review, approval and publishing.</source>
        <translation>草稿 #%1 仍有占位符：请%2，然后保存。文本中残留的占位符会阻止审核、批准和发布。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="42"/>
        <source> and </source>
        <translation>，并</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="56"/>
        <source>Only %1 can sign off; you are “%2”.</source>
        <translation>只有%1可以签核；您是“%2”。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="58"/>
        <source>Only %1 can request changes; you are “%2”.</source>
        <translation>只有%1可以要求修改；您是“%2”。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="60"/>
        <source>Only %1 can approve; you are “%2”.</source>
        <translation>只有%1可以批准；您是“%2”。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="62"/>
        <source>Only %1 can publish; you are “%2”.</source>
        <translation>只有%1可以发布；您是“%2”。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="64"/>
        <source>Only %1 can take this step; you are “%2”.</source>
        <translation>只有%1可以执行此步骤；您是“%2”。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="73"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can sign off: assign it first.</source>
        <translation>事件 %2 中尚无人担任 %1 角色，而只有担任者才能签核：请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="76"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can request changes: assign it first.</source>
        <translation>事件 %2 中尚无人担任 %1 角色，而只有担任者才能要求修改：请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="79"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can approve: assign it first.</source>
        <translation>事件 %2 中尚无人担任 %1 角色，而只有担任者才能批准：请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="82"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can publish: assign it first.</source>
        <translation>事件 %2 中尚无人担任 %1 角色，而只有担任者才能发布：请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="85"/>
        <source>Nobody holds the %1 role on incident %2 yet, and only its holder can take this step: assign it first.</source>
        <translation>事件 %2 中尚无人担任 %1 角色，而只有担任者才能执行此步骤：请先指派。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="124"/>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="135"/>
        <source>Say who you are first: every step is recorded under a name.</source>
        <translation>请先说明您是谁：每一步都会以姓名记录。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="160"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>操作人不能为空：请说明是谁做的更改。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="180"/>
        <source>Draft #%1: %2</source>
        <translation>草稿 #%1：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="240"/>
        <source>The saved text of draft #%1 no longer hashes to the value stored with it; it was changed outside War Room. Save the text again to review it afresh.</source>
        <translation>草稿 #%1 的已保存文本的哈希值与存储的值不再一致；它在 War Room 之外被修改过。请重新保存文本，以便重新审核。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="257"/>
        <source>%1 signed version %2 of draft #%3 off as legal; the approval must come from someone else (four eyes). Hand the incident-commander role to another person, or have another lawyer sign off.</source>
        <translation>%1 已以法务身份签核草稿 #%3 的版本 %2；批准必须由其他人完成（双人复核）。请将事件指挥官角色交给其他人，或让另一位法务签核。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="390"/>
        <source>Draft #%1 has no %2 for the text being published; it cannot go out.</source>
        <translation>草稿 #%1 正在发布的文本没有%2；无法发出。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="224"/>
        <source>Lint errors block this step: %1. Fix them, or give a reason to go on anyway; the reason is logged and shown to legal.</source>
        <translation>文案检查错误阻止了此步骤：%1。请修正，或给出继续的理由；理由会被记录并展示给法务。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="229"/>
        <location filename="../src/storage/comms/signoffgate.cpp" line="324"/>
        <source>The reason is limited to %1 characters.</source>
        <translation>理由最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="321"/>
        <source>Say what should change: the reason goes to the author.</source>
        <translation>请说明需要修改什么：理由会发给作者。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="392"/>
        <source>legal sign-off</source>
        <translation>法务签核</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/signoffgate.cpp" line="392"/>
        <source>IC approval</source>
        <translation>IC 批准</translation>
    </message>
</context>
<context>
    <name>warroom::SlackPublisher</name>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="68"/>
        <source>Slack incoming webhook at %1</source>
        <translation>位于 %1 的 Slack 传入 Webhook</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="113"/>
        <source>Sync %1, %2</source>
        <translation>同步 %1，%2</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/slackpublisher.cpp" line="134"/>
        <source>Posted to the Slack channel (%1).</source>
        <translation>已发布到 Slack 频道（%1）。</translation>
    </message>
</context>
<context>
    <name>warroom::SqliteDialect</name>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="40"/>
        <source>No database file name was given.</source>
        <translation>未提供数据库文件名。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="48"/>
        <source>Cannot open %1: it is a folder, not a database file.</source>
        <translation>无法打开 %1：它是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="51"/>
        <source>Cannot open %1: it is not a regular file (a device, a pipe or a socket). Give the name of a War Room database file, or a new file name to create one.</source>
        <translation>无法打开 %1：它不是普通文件（而是设备、管道或套接字）。请提供 War Room 数据库文件名，或提供新文件名以创建数据库。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="58"/>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>无法打开 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="63"/>
        <source>Cannot open %1 for writing: the folder %2 is read-only, and SQLite needs to create its journal files there. Copy the database to a writable folder.</source>
        <translation>无法以写入方式打开 %1：文件夹 %2 是只读的，而 SQLite 需要在其中创建日志文件。请将数据库复制到可写的文件夹。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="72"/>
        <source>Cannot open %1: permission to read it is denied.</source>
        <translation>无法打开 %1：没有读取权限。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="76"/>
        <source>Cannot open %1: the file is read-only. War Room needs to write to its database; make the file writable or open a copy.</source>
        <translation>无法打开 %1：文件是只读的。War Room 需要写入其数据库；请使文件可写，或打开一个副本。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="106"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="111"/>
        <source>%1 is not an SQLite database (it does not start with the SQLite file header). Choose a War Room database or a new file name; the file was left untouched.</source>
        <translation>%1 不是 SQLite 数据库（不以 SQLite 文件头开始）。请选择 War Room 数据库或新的文件名；该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="116"/>
        <source>%1 is damaged: it is shorter than an SQLite header. The file was left untouched.</source>
        <translation>%1 已损坏：它比 SQLite 文件头还短。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="135"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="173"/>
        <source>%1: SQLite refused &quot;%2&quot;; the database cannot be used safely.</source>
        <translation>%1：SQLite 拒绝了 &quot;%2&quot;；无法安全使用该数据库。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="243"/>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="289"/>
        <source>Database error in %1: %2</source>
        <translation>%1 中的数据库错误：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="245"/>
        <source>Check the whole file with &apos;warroomctl --db %1 check --full&apos;; restore it from a backup if it is damaged.</source>
        <translation>请用 &apos;warroomctl --db %1 check --full&apos; 检查整个文件；如已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="252"/>
        <source>%1 is locked by another writer (another War Room or warroomctl is writing to it); gave up after waiting %2 ms. Nothing was written; try again.</source>
        <translation>%1 被其他写入者锁定（另一个 War Room 或 warroomctl 正在写入）；等待 %2 ms 后放弃。未写入任何内容；请重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="259"/>
        <source>%1 cannot be written (read-only: %2). Nothing was written; make the file and its folder writable, or open a copy.</source>
        <translation>%1 无法写入（只读：%2）。未写入任何内容；请使文件及其所在文件夹可写，或打开一个副本。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="264"/>
        <source>%1 is damaged (SQLite: %2). Nothing was written. %3</source>
        <translation>%1 已损坏（SQLite：%2）。未写入任何内容。%3</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="268"/>
        <source>%1 is not a valid SQLite database (SQLite: %2). Nothing was written. %3</source>
        <translation>%1 不是有效的 SQLite 数据库（SQLite：%2）。未写入任何内容。%3</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="273"/>
        <source>%1: the disk is full (SQLite: %2). Nothing was written; free some space on the disk that holds the file and try again.</source>
        <translation>%1：磁盘已满（SQLite：%2）。未写入任何内容；请释放该文件所在磁盘的空间后重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="278"/>
        <source>%1 could not be read or written (input/output error, SQLite: %2). Nothing was written; check the disk or the network share, then try again.</source>
        <translation>%1 无法读取或写入（输入/输出错误，SQLite：%2）。未写入任何内容；请检查磁盘或网络共享后重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/db/sqlitedialect.cpp" line="284"/>
        <source>Cannot open %1 (SQLite: %2). Check that the file and its folder exist and that you may read and write them.</source>
        <translation>无法打开 %1（SQLite：%2）。请检查文件及其所在文件夹是否存在，以及您是否有读写权限。</translation>
    </message>
</context>
<context>
    <name>warroom::Status</name>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="13"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="14"/>
        <source>Identified</source>
        <translation>已定位</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="15"/>
        <source>Monitoring</source>
        <translation>监控中</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="16"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="17"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="52"/>
        <source>the incident is already in this status</source>
        <translation>事件已处于此状态</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="54"/>
        <source>a closed incident cannot change status; declare a new incident instead</source>
        <translation>已关闭的事件不能更改状态；请改为宣布新事件</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="56"/>
        <source>only a restored incident can be closed</source>
        <translation>只有已恢复的事件才能关闭</translation>
    </message>
    <message>
        <location filename="../src/core/incident/incidentstatus.cpp" line="58"/>
        <source>moving back is only allowed to &quot;investigating&quot; (a relapse)</source>
        <translation>只允许退回到 &quot;investigating&quot;（复发）</translation>
    </message>
</context>
<context>
    <name>warroom::StatusPagePublisher</name>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="40"/>
        <source>The status page needs a status of %1; this message has none of them.</source>
        <translation>状态页需要以下状态之一：%1；此消息没有其中任何一个。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="43"/>
        <source>The status page&apos;s impact is one of %1; this message has another.</source>
        <translation>状态页的影响级别为 %1 之一；此消息的影响级别不在其中。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="46"/>
        <source>The stored status page incident id is not one Statuspage gives (letters, digits, - and _); the outbox row needs a new id or none.</source>
        <translation>存储的状态页事件 ID 不是 Statuspage 会给出的格式（字母、数字、- 和 _）；该发件箱行需要新 ID 或不设 ID。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="49"/>
        <source>The message has no idempotency key; the outbox must give every row one.</source>
        <translation>该消息没有幂等键；发件箱必须为每一行提供一个。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="75"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>响应不是 JSON（第 %2 字节处 %1）</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="80"/>
        <source>the answer is not an incident with an id</source>
        <translation>响应不是带 ID 的事件</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="97"/>
        <source>status page %1 at %2</source>
        <translation>位于 %2 的状态页 %1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="186"/>
        <source>Looking the incident up by its key before creating it: %1</source>
        <translation>创建前先按键查找该事件：%1</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="195"/>
        <source>The list of unresolved incidents is not what the Statuspage API answers (a JSON array of incidents); check WARROOM_STATUSPAGE_BASE_URL.</source>
        <translation>未解决事件列表不是 Statuspage API 应答的格式（事件的 JSON 数组）；请检查 WARROOM_STATUSPAGE_BASE_URL。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="213"/>
        <source>An earlier attempt had created incident %1; not created again.</source>
        <translation>之前的尝试已创建事件 %1；不再重复创建。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="239"/>
        <source>%1, but the incident id in the answer is not one Statuspage gives (letters, digits, - and _); check WARROOM_STATUSPAGE_BASE_URL.</source>
        <translation>%1，但响应中的事件 ID 不是 Statuspage 会给出的格式（字母、数字、- 和 _）；请检查 WARROOM_STATUSPAGE_BASE_URL。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="246"/>
        <source>the answer is too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="251"/>
        <source>%1, but %2; the next attempt looks the incident up by its idempotency key.</source>
        <translation>%1，但%2；下次尝试将按幂等键查找该事件。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="258"/>
        <source>Created status page incident %1.</source>
        <translation>已创建状态页事件 %1。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/statuspagepublisher.cpp" line="274"/>
        <source>Updated status page incident %1.</source>
        <translation>已更新状态页事件 %1。</translation>
    </message>
</context>
<context>
    <name>warroom::StoredRow</name>
    <message>
        <location filename="../src/storage/db/storedrow.cpp" line="19"/>
        <source>%1 row %2 has %3 &quot;%4&quot;, which this build does not know: was the database written by a newer War Room?</source>
        <translation>%1 表第 %2 行的 %3 为“%4”，此版本无法识别：该数据库是否由更新版本的 War Room 写入？</translation>
    </message>
</context>
<context>
    <name>warroom::TemplateLibraryDialog</name>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="28"/>
        <source>Announcement templates</source>
        <translation>公告模板</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="33"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="40"/>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="42"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="46"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="50"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="53"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="57"/>
        <source>Template text</source>
        <translation>模板文本</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="72"/>
        <source>&amp;Save as new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="103"/>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · 版本 %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="127"/>
        <source>v%1 — %2, %3</source>
        <translation>v%1 — %2，%3</translation>
    </message>
    <message>
        <location filename="../src/widgets/comms/templatelibrarydialog.cpp" line="164"/>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation>已将“%1”保存为版本 %2。</translation>
    </message>
</context>
<context>
    <name>warroom::TemplateStore</name>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="97"/>
        <location filename="../src/storage/comms/templatestore.cpp" line="119"/>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>不存在模板“%1”。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="118"/>
        <source>Template &quot;%1&quot; has no version %2.</source>
        <translation>模板“%1”没有版本 %2。</translation>
    </message>
    <message>
        <location filename="../src/storage/comms/templatestore.cpp" line="127"/>
        <source>Author must not be empty: say who made the change.</source>
        <translation>操作人不能为空：请说明是谁做的更改。</translation>
    </message>
</context>
<context>
    <name>warroom::Templates</name>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="25"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="33"/>
        <source>%1: {{%2}} at offset %3 is not a placeholder War Room knows.</source>
        <translation>%1：偏移 %3 处的 {{%2}} 不是 War Room 认识的占位符。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="36"/>
        <source>%1: {{%2}} at offset %3 is not a placeholder War Room knows; did you mean {{%4}}?</source>
        <translation>%1：偏移 %3 处的 {{%2}} 不是 War Room 认识的占位符；您是不是想用 {{%4}}？</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="53"/>
        <source>The template key &quot;%1&quot; must be lowercase letters, digits and dashes, starting with a letter, at most %2 characters.</source>
        <translation>模板键“%1”只能包含小写字母、数字和短横线，以字母开头，最多 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="60"/>
        <source>A template needs a name of 1 to %1 characters.</source>
        <translation>模板需要 1 到 %1 个字符的名称。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="64"/>
        <source>&quot;%1&quot; is not an announcement kind; the kinds are: %2.</source>
        <translation>“%1”不是公告类型；可用类型为：%2。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="68"/>
        <source>The title must be a single line.</source>
        <translation>标题必须为单行。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="71"/>
        <source>The template body is empty.</source>
        <translation>模板正文为空。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="75"/>
        <source>The template body has %1 characters; the limit is %2.</source>
        <translation>模板正文有 %1 个字符；上限为 %2。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="102"/>
        <source>%1, line %2: expected &quot;field: value&quot; or &quot;---&quot;.</source>
        <translation>%1，第 %2 行：应为 &quot;field: value&quot; 或 &quot;---&quot;。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="121"/>
        <source>%1, line %2: &quot;%3&quot; is not a category; the categories are: %4.</source>
        <translation>%1，第 %2 行：“%3”不是类别；可用类别为：%4。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="132"/>
        <source>%1, line %2: &quot;%3&quot; is not a channel; the channels are: %4.</source>
        <translation>%1，第 %2 行：“%3”不是渠道；可用渠道为：%4。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="138"/>
        <source>%1, line %2: unknown field &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：未知字段“%3”。</translation>
    </message>
    <message>
        <location filename="../src/comms/templates/commstemplate.cpp" line="146"/>
        <source>%1: no &quot;---&quot; line before the body.</source>
        <translation>%1：正文之前没有 &quot;---&quot; 行。</translation>
    </message>
</context>
<context>
    <name>warroom::Theme</name>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="162"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="164"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="166"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/common/theme.cpp" line="254"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
</context>
<context>
    <name>warroom::Timeline</name>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="34"/>
        <source>%1 assigned as %2 (override: not listed for the role)</source>
        <translation>%1 被指派为%2（强制指派：未列为该角色）</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="36"/>
        <source>%1 assigned as %2</source>
        <translation>%1 被指派为%2</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="39"/>
        <source>%1 no longer %2</source>
        <translation>%1 不再担任%2</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="41"/>
        <source>%1 acknowledged %2: &quot;I have it&quot;</source>
        <translation>%1 确认了%2：“我来负责”</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="47"/>
        <source>Key accounts to call (%1): %2</source>
        <translation>需要呼叫的重点客户（%1）：%2</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/calls/outreachevents.cpp" line="61"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="32"/>
        <source>#%1</source>
        <comment>a draft&apos;s number within its incident</comment>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="33"/>
        <source>id %1</source>
        <comment>a draft named by its database id when its number is unknown</comment>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="39"/>
        <source>draft %1 v%2</source>
        <translation>草稿 %1 v%2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="64"/>
        <source> (lint errors %1 overridden: %2)</source>
        <translation>（文案检查错误 %1 已被跳过：%2）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="73"/>
        <source>draft</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="75"/>
        <source>in legal review</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>法务审核中</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="77"/>
        <source>changes requested</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>已要求修改</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="79"/>
        <source>legally signed off</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>法务已签核</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="81"/>
        <source>IC approved</source>
        <translation>IC 已批准</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="83"/>
        <source>published</source>
        <comment>draft state in a timeline sentence</comment>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="90"/>
        <source>legal sign-off</source>
        <translation>法务签核</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="92"/>
        <source>IC approval</source>
        <translation>IC 批准</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="100"/>
        <source>sync %1</source>
        <translation>同步 %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="104"/>
        <source>publication %1 of draft %2</source>
        <translation>草稿 %2 的发布记录 %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="105"/>
        <source>publication %1</source>
        <translation>发布记录 %1</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="126"/>
        <source>%1 to %2</source>
        <translation>%1（发至 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="136"/>
        <source>Started draft %1: %2, %3</source>
        <translation>开始起草草稿 %1：%2，%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="137"/>
        <source>%1, for %2</source>
        <translation>%1，面向 %2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="140"/>
        <source>Saved %1 (text %2)</source>
        <translation>已保存 %1（文本 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="145"/>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="152"/>
        <source>Draft %1 went back to draft (it was %2) because %3%4</source>
        <translation>草稿 %1 已退回草稿状态（原为%2），原因：%3%4</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="155"/>
        <source>Edit of draft %1 voided its %2 state%3</source>
        <translation>对草稿 %1 的编辑使其“%2”状态失效%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="161"/>
        <source>Draft %1 now needs legal review: %2</source>
        <translation>草稿 %1 现在需要法务审核：%2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="162"/>
        <source>Marked draft %1 as needing legal review</source>
        <translation>已将草稿 %1 标记为需要法务审核</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="165"/>
        <source>Sent %1 to legal review (text %2)%3</source>
        <translation>已将 %1 提交法务审核（文本 %2）%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="168"/>
        <source>Legal signed off %1 (text %2)</source>
        <translation>法务已签核 %1（文本 %2）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="170"/>
        <source>Requested changes to %1: %2</source>
        <translation>要求修改 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="173"/>
        <source>IC approved %1 (text %2)%3</source>
        <translation>IC 已批准 %1（文本 %2）%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="176"/>
        <source>Published %1 (%2) on %3 (text %4)</source>
        <translation>已在%3发布 %1（%2）（文本 %4）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="181"/>
        <source>Delivered %1: %2</source>
        <translation>已投递 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="182"/>
        <source>Delivered %1: %2 (remote id %3)</source>
        <translation>已投递 %1：%2（远程 ID %3）</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="186"/>
        <source>%1 posted %2 by hand: %3</source>
        <translation>%1 手动发布了 %2：%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="189"/>
        <source>Delivery of %1 failed: %2: %3</source>
        <translation>%1 投递失败：%2：%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="193"/>
        <source>Delivery of %1 will be retried: %2: %3</source>
        <translation>%1 的投递将重试：%2：%3</translation>
    </message>
    <message>
        <location filename="../src/core/comms/commsevents.cpp" line="197"/>
        <source>%1 queued %2 again: %3</source>
        <translation>%1 将 %2 重新排队：%3</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="49"/>
        <source>Declared %1 %2: %3</source>
        <translation>宣布 %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="59"/>
        <source>%1 (trigger conditions: %2)</source>
        <translation>%1（触发条件：%2）</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="63"/>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="66"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="67"/>
        <source>Done: %1 (%2)</source>
        <translation>已完成：%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="71"/>
        <source>Refused to waive %1: %2</source>
        <translation>豁免 %1 的操作被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="72"/>
        <source>Refused to tick done %1: %2</source>
        <translation>将 %1 标记为已完成的操作被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="75"/>
        <source>Waived: %1 (reason: %2)</source>
        <translation>已豁免：%1（理由：%2）</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="78"/>
        <source>Status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <location filename="../src/core/incident/timelineevent.cpp" line="92"/>
        <source>Edited %1</source>
        <translation>已编辑 %1</translation>
    </message>
</context>
<context>
    <name>warroom::TimelineModel</name>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="91"/>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="93"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../src/models/incidents/timelinemodel.cpp" line="95"/>
        <source>Event</source>
        <translation>事件记录</translation>
    </message>
</context>
<context>
    <name>warroom::UiLanguage</name>
    <message>
        <location filename="../src/core/base/uilanguage.cpp" line="33"/>
        <source>the language chosen in Preferences</source>
        <translation>首选项中的语言设置</translation>
    </message>
    <message>
        <location filename="../src/core/base/uilanguage.cpp" line="93"/>
        <source>%1 names the language &quot;%2&quot;, which War Room does not have; choose one of: %3.</source>
        <translation>%1 指定了语言 &quot;%2&quot;，但 War Room 没有该语言；请选择以下之一：%3。</translation>
    </message>
</context>
<context>
    <name>warroom::UserNameDialog</name>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="18"/>
        <source>Who are you?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="21"/>
        <source>War Room records your name on everything you do here: declarations, notes, roles, calls, drafts and sign-offs, for the incident&apos;s timeline and the postmortem.</source>
        <translation>War Room 会在您于此处执行的每项操作上记录您的姓名：宣布、备注、角色、呼叫、草稿和签核，用于事件时间线和复盘报告。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="26"/>
        <source>This database is a file on this computer (local mode): nobody checks the name, you declare it yourself. Use the name your colleagues know you by, as in the people directory.</source>
        <translation>此数据库是本机上的一个文件（本地模式）：没有人核对姓名，由您自己声明。请使用同事熟知的姓名，与人员名录中一致。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="32"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="35"/>
        <source>e.g. Dana Reyes</source>
        <translation>例如 Dana Reyes</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/usernamedialog.cpp" line="42"/>
        <source>You can change it later with Window → Set your name…</source>
        <translation>以后可以通过“窗口 → 设置您的姓名…”更改。</translation>
    </message>
</context>
<context>
    <name>warroom::WallIncidentModel</name>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="134"/>
        <source>Loading incident #%1…</source>
        <translation>正在加载事件 #%1…</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="187"/>
        <source>%1 (%2 ago) · %3</source>
        <translation>%1（%2 前）· %3</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="221"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="222"/>
        <source>due in %1 — %2</source>
        <translation>%1 后到期 — %2</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/models/wall/wallincidentmodel.cpp" line="226"/>
        <source>none due</source>
        <translation>暂无到期</translation>
    </message>
</context>
<context>
    <name>warroom::WallIncidentPanel</name>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="79"/>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="80"/>
        <source>✖&amp;nbsp;UNFILLED</source>
        <translation>✖&amp;nbsp;空缺</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="94"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="98"/>
        <source>◆ DUE SOON in %1</source>
        <translation>◆ 即将到期：%1 后</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="101"/>
        <source>▶ in %1</source>
        <translation>▶ %1 后</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="103"/>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="119"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="128"/>
        <source>%1 · %2 · %3 · detected %4</source>
        <translation>%1 · %2 · %3 · 发现于 %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="129"/>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="134"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="141"/>
        <source>Nothing else is due.</source>
        <translation>无其他到期事项。</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="142"/>
        <source>NEXT DEADLINES</source>
        <translation>即将截止</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="148"/>
        <source>✔ Nothing overdue</source>
        <translation>✔ 无逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="150"/>
        <source>⚠ %n OVERDUE</source>
        <translation>
            <numerusform>⚠ 逾期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="156"/>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="161"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="157"/>
        <source>✖</source>
        <translation>✖</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="159"/>
        <source>UNFILLED</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="162"/>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="182"/>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="166"/>
        <source>%1 %2: %3 — %4</source>
        <translation>%1 %2：%3 — %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="167"/>
        <source>◷</source>
        <translation>◷</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="173"/>
        <source>Nobody holds a role yet.</source>
        <translation>尚无人担任角色。</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="174"/>
        <source>ROLES</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="178"/>
        <source>No key accounts selected</source>
        <translation>未选择重点客户</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="181"/>
        <source>%1 %2 of %3 reached · %4 closed out</source>
        <translation>%1 已联系 %2/%3 · 已结束 %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="182"/>
        <source>☎</source>
        <translation>☎</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="189"/>
        <source>Still open: %1</source>
        <translation>未结束：%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="192"/>
        <source>KEY-ACCOUNT CALLS</source>
        <translation>重点客户呼叫</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="196"/>
        <source>Latest: nothing published yet</source>
        <translation>最新：尚未发布</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="198"/>
        <source>Latest: %1 — %2</source>
        <translation>最新：%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="199"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="204"/>
        <source>⚠ Next: %1</source>
        <translation>⚠ 下一条：%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="205"/>
        <source>Next: %1</source>
        <translation>下一条：%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallincidentpanel.cpp" line="206"/>
        <source>✉ EXTERNAL MESSAGES</source>
        <translation>✉ 对外消息</translation>
    </message>
</context>
<context>
    <name>warroom::WallScreen</name>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="23"/>
        <source>War Room — wall screen</source>
        <translation>War Room — 大屏</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="41"/>
        <source>✔ No active incidents</source>
        <translation>✔ 没有进行中的事件</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="126"/>
        <source>WAR ROOM</source>
        <translation>WAR ROOM</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="129"/>
        <source>Active incidents: %1</source>
        <translation>进行中的事件：%1</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="135"/>
        <source>%1 of %2 (next in %3 s)</source>
        <translation>%1/%2（%3 秒后切换）</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="141"/>
        <source>OFFLINE — changes are not being saved (%1)</source>
        <translation>离线 — 更改不会被保存（%1）</translation>
    </message>
    <message>
        <location filename="../src/widgets/wall/wallscreen.cpp" line="146"/>
        <source>Esc or F11 leaves</source>
        <translation>按 Esc 或 F11 退出</translation>
    </message>
</context>
<context>
    <name>warroom::WebhookPublisher</name>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="48"/>
        <source>webhook at %1</source>
        <translation>位于 %1 的 Webhook</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="71"/>
        <source>The message&apos;s idempotency key is empty or not printable ASCII; it cannot be an HTTP header.</source>
        <translation>消息的幂等键为空或不是可打印 ASCII；无法用作 HTTP 头。</translation>
    </message>
    <message>
        <location filename="../src/integrations/channels/webhookpublisher.cpp" line="85"/>
        <source>Delivered to the webhook (%1).</source>
        <translation>已投递到 Webhook（%1）。</translation>
    </message>
</context>
<context>
    <name>warroom::WelcomeDialog</name>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="22"/>
        <source>Welcome to War Room</source>
        <translation>欢迎使用 War Room</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="25"/>
        <source>This database is empty. During an incident War Room assigns the playbook roles to people from the people directory and proposes the key accounts to call, so bring both in first: each is a CSV file that a spreadsheet can save.</source>
        <translation>此数据库为空。发生事件时，War Room 会从人员名录中为预案角色指派人员，并推荐要呼叫的重点客户，因此请先导入这两者：每项都是电子表格可以保存的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="41"/>
        <source>Import &amp;people from CSV…</source>
        <translation>从 CSV 导入人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="42"/>
        <source>Names, how to reach each person, and the roles they can hold.</source>
        <translation>姓名、每个人的联系方式，以及其可担任的角色。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="45"/>
        <source>Import &amp;key accounts from CSV…</source>
        <translation>从 CSV 导入重点客户(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="46"/>
        <source>Customers to call in an incident, with their contacts; each names its customer success manager from the people directory, so import the people first.</source>
        <translation>发生事件时要呼叫的客户及其联系人；每个客户都指定了人员名录中的客户成功经理，因此请先导入人员。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="50"/>
        <source>Open a &amp;demo incident</source>
        <translation>打开演示事件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="51"/>
        <source>A behaviour-anomaly incident 40 minutes in, with its own people and key accounts: roles filled, some steps done, calls made, an announcement drafted. Marked DEMO; Directory → Remove demo data takes it all away again.</source>
        <translation>一个已进行 40 分钟的行为异常事件，带有专属的人员和重点客户：角色已指派、部分步骤已完成、已进行呼叫、已起草一份公告。标记为“演示”；“名录 → 移除演示数据”可将其全部移除。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="55"/>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="115"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="56"/>
        <source>Go to the incident list; both imports stay in the Directory menu, and people can also be added one by one there.</source>
        <translation>前往事件列表；两种导入仍在“名录”菜单中，也可以在那里逐个添加人员。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="109"/>
        <source>Now: %1, %2.</source>
        <translation>当前：%1，%2。</translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="111"/>
        <source>nobody in the people directory</source>
        <translation>人员名录中没有人员</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="112"/>
        <source>%n people in the directory</source>
        <translation>
            <numerusform>名录中有 %n 名人员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="113"/>
        <source>no key accounts</source>
        <translation>没有重点客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="114"/>
        <source>%n key accounts</source>
        <translation>
            <numerusform>%n 个重点客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/firstrun/welcomedialog.cpp" line="115"/>
        <source>&amp;Start empty</source>
        <translation>从空白开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>warroom::Workspace</name>
    <message>
        <location filename="../src/storage/workspace.cpp" line="107"/>
        <source>the server closed this window&apos;s connection</source>
        <translation>服务器关闭了此窗口的连接</translation>
    </message>
</context>
<context>
    <name>warroomctl</name>
    <message>
        <location filename="../src/cli/command.cpp" line="16"/>
        <source>failed without a message</source>
        <translation>失败且没有消息</translation>
    </message>
    <message>
        <location filename="../src/cli/command.cpp" line="24"/>
        <source>Run &apos;warroomctl list&apos; to see the incidents.</source>
        <translation>运行 &apos;warroomctl list&apos; 查看事件。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="19"/>
        <source>accounts import takes one file: warroomctl accounts import FILE.csv</source>
        <translation>accounts import 只接受一个文件：warroomctl accounts import FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="28"/>
        <source>%1: %2 added, %3 updated, %4 no longer listed.</source>
        <translation>%1：新增 %2 个，更新 %3 个，%4 个不再列出。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="41"/>
        <source>accounts select needs the incident id: warroomctl accounts select ID [--top N | ACCOUNT...]</source>
        <translation>accounts select 需要事件 ID：warroomctl accounts select ID [--top N | ACCOUNT...]</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="48"/>
        <source>Give either --top N or account names, not both.</source>
        <translation>请给出 --top N 或客户名称之一，不能同时给出。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="71"/>
        <source>&quot;%1&quot; is not on the key-account list.</source>
        <translation>“%1”不在重点客户列表中。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="93"/>
        <source>accounts knows the actions import and select; see &apos;warroomctl accounts --help&apos;.</source>
        <translation>accounts 支持的操作为 import 和 select；参见 &apos;warroomctl accounts --help&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="105"/>
        <source>Import the key-account list; select the accounts to call on an incident.</source>
        <translation>导入重点客户列表；为事件选择要呼叫的客户。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="106"/>
        <source>import FILE.csv makes the file the key-account list (docs/csv-formats.md): accounts are matched by name, accounts the file no longer has are taken off the list. The whole file is checked first; on any problem nothing is imported.
select ID selects the top 10 accounts (--top N for another number) by rank, then ARR, for outreach on the incident; select ID ACCOUNT... selects exactly the named accounts (names or ids, in call order). Prints the selected accounts. Records an accounts_selected event.</source>
        <translation>import FILE.csv 将该文件作为重点客户列表（docs/csv-formats.md）：按名称匹配客户，文件中不再有的客户会从列表中移除。会先检查整个文件；有任何问题都不导入任何内容。
select ID 按排名（其次按 ARR）选择前 10 个客户（用 --top N 指定其他数量），用于该事件的客户联络；select ID ACCOUNT... 则精确选择指定的客户（名称或 ID，按呼叫顺序）。输出所选客户。记录一个 accounts_selected 事件。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/accounts.cpp" line="114"/>
        <source>How many of the top accounts to select (default 10).</source>
        <translation>要选择的头部客户数量（默认 10）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="28"/>
        <source>Acknowledge a role (&quot;I have it&quot;).</source>
        <translation>确认角色（“我来负责”）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="29"/>
        <source>Records a role_acknowledged event with the time. Without --person, the holder acknowledging is the author if they hold the role, else the only holder; with several holders (customer success) name one.</source>
        <translation>记录一个带时间的 role_acknowledged 事件。不带 --person 时，如果操作人担任该角色，则由操作人确认，否则由唯一的担任者确认；若有多名担任者（客户成功），请指定一人。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/ack.cpp" line="33"/>
        <source>The holder who acknowledges.</source>
        <translation>进行确认的担任者。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="16"/>
        <source>With warroomctl: add --override.</source>
        <translation>使用 warroomctl 时：添加 --override。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="27"/>
        <source>Assign or reassign a playbook role on an incident.</source>
        <translation>在事件上指派或重新指派预案角色。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="29"/>
        <source>Records a role_assigned event. ROLE is one of %1. Customer success may be held by several people; any other role has one holder, so assigning it again reassigns it. The person must be listed for the role in the people directory; --override assigns anyone else, and the event records that the override was used.</source>
        <translation>记录一个 role_assigned 事件。ROLE 为 %1 之一。客户成功可由多人担任；其他角色只有一名担任者，再次指派即为重新指派。该人员必须在人员名录中被列为该角色；--override 可指派其他任何人，事件会记录使用了强制指派。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/assign.cpp" line="39"/>
        <source>Assign although the people directory does not list the person for the role (recorded).</source>
        <translation>即使人员名录未将此人列为该角色也指派（会被记录）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="56"/>
        <source>Record an outreach attempt to a selected key account.</source>
        <translation>记录对已选重点客户的一次联络尝试。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="58"/>
        <source>Records a call_attempt event with the time. ACCOUNT is the account&apos;s id or name (quote a name with spaces) among the accounts selected on the incident. STATUS is one of %1. The channel is phone (default) or slack; email is refused, as the playbook reaches key accounts by phone or Slack. --note keeps what the customer observed.</source>
        <translation>记录一个带时间的 call_attempt 事件。ACCOUNT 是事件已选客户中某个客户的 ID 或名称（含空格的名称请加引号）。STATUS 为 %1 之一。渠道为 phone（默认）或 slack；不接受 email，因为预案要求通过电话或 Slack 联系重点客户。--note 记录客户反馈的情况。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="68"/>
        <source>How the customer was contacted: phone (default) or slack.</source>
        <translation>联系客户的方式：phone（默认）或 slack。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/call.cpp" line="70"/>
        <source>What the customer observed, in your words.</source>
        <translation>客户反馈的情况，用您自己的话描述。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="31"/>
        <source>ok: %1 passed %2.</source>
        <translation>ok: %1 通过了 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/commands/check.cpp" line="36"/>
        <source>%1 is damaged: %2 found %n problem(s), listed on standard output. Restore the file from a backup; to save what is still readable into a new file, use &apos;sqlite3 %1 .recover&apos;.</source>
        <translation>
            <numerusform>%1 已损坏：%2 发现 %n 个问题，已列在标准输出中。请从备份恢复该文件；如需将仍可读取的内容保存到新文件，请使用 &apos;sqlite3 %1 .recover&apos;。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="51"/>
        <source>Check the database file for damage.</source>
        <translation>检查数据库文件是否损坏。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="52"/>
        <source>Reads every page of the database (--db) with SQLite&apos;s PRAGMA quick_check, or with --full PRAGMA integrity_check, which also compares every index with its table (slower on a large file). Opening a database only checks its header and schema, so this is the way to look for damage in the rest of the file. Prints &quot;ok: FILE passed ...&quot; and exits 0 when the file is sound; otherwise prints each problem SQLite found on standard output and exits 1. Never creates, upgrades or repairs the file (a read-only file is checked too); like every open, it lets SQLite roll back what a crashed writer left unfinished.</source>
        <translation>使用 SQLite 的 PRAGMA quick_check（或加 --full 时使用 PRAGMA integrity_check，会额外将每个索引与其表比对，大文件上较慢）读取数据库（--db）的每一页。打开数据库只会检查其文件头和架构，因此这是检查文件其余部分是否损坏的方法。文件完好时输出 &quot;ok: FILE passed ...&quot; 并以 0 退出；否则在标准输出中列出 SQLite 发现的每个问题并以 1 退出。从不创建、升级或修复文件（只读文件也会检查）；与每次打开一样，它会让 SQLite 回滚崩溃的写入者遗留的未完成操作。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/check.cpp" line="61"/>
        <source>Run PRAGMA integrity_check (also checks indexes) instead of PRAGMA quick_check.</source>
        <translation>运行 PRAGMA integrity_check（同时检查索引），而不是 PRAGMA quick_check。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="56"/>
        <source>Declare a new incident and print its id.</source>
        <translation>宣布新事件并输出其 ID。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="58"/>
        <source>Declares an incident in status &quot;investigating&quot; and prints its id alone on standard output. The detected-at time defaults to now.
Severities:</source>
        <translation>以 &quot;investigating&quot; 状态宣布事件，并在标准输出中单独输出其 ID。检测时间默认为当前时间。
严重级别：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/declare.cpp" line="65"/>
        <source>A trigger condition observed, by id (repeat for several): %1. Stored with the incident.</source>
        <translation>观察到的触发条件 ID（多个请重复此选项）：%1。与事件一起保存。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="31"/>
        <source>Tick a playbook obligation done.</source>
        <translation>将预案待办事项勾选为已完成。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="32"/>
        <source>Records the obligation (an id from &apos;warroomctl show ID&apos;, e.g. open-channel) as done, with an optional note. Refused when the obligation does not apply to the incident, is already done or waived, or is mandatory (IC engagement above the thresholds is done by assigning an incident commander). Ticking a recurring obligation (channel-sync) counts as posting it.</source>
        <translation>将待办事项（ID 来自 &apos;warroomctl show ID&apos;，例如 open-channel）记录为已完成，可附带备注。如果该待办事项不适用于此事件、已完成或已豁免，或为必须执行项（超过阈值时的 IC 介入通过指派事件指挥官完成），则会被拒绝。勾选周期性待办事项（channel-sync）计为一次发布。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/done.cpp" line="39"/>
        <source>What was done, for the timeline.</source>
        <translation>做了什么，记入时间线。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="31"/>
        <source>--channel &quot;%1&quot; is not a channel; use one of: %2.</source>
        <translation>--channel &quot;%1&quot; 不是渠道；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="50"/>
        <source>The built-in templates are listed in docs/templates.md.</source>
        <translation>内置模板列在 docs/templates.md 中。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="69"/>
        <source>Start a draft external message for an incident and print its INCIDENT/NUMBER.</source>
        <translation>为事件起草一条对外消息并输出其 INCIDENT/NUMBER。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="70"/>
        <source>Creates a draft from a template (e.g. progress-update, resolved, overcharge-refund; docs/templates.md) for the incident, on the template&apos;s channel unless --channel says otherwise. --title and --body-file (UTF-8, &apos;-&apos; for standard input) give the text of the first version instead of the template&apos;s; placeholders such as {{task_type}} are filled from the incident. Prints the draft&apos;s name for the other commands alone: INCIDENT/NUMBER, e.g. 3/2 for the incident&apos;s second draft (&quot;Draft #2&quot; on the board). The draft then goes through the sign-off gate: see &apos;warroomctl gate --help&apos;.</source>
        <translation>从模板（例如 progress-update、resolved、overcharge-refund；见 docs/templates.md）为事件创建草稿，使用模板的渠道，除非 --channel 另有指定。--title 和 --body-file（UTF-8，&apos;-&apos; 表示标准输入）提供第一个版本的文本以代替模板文本；{{task_type}} 等占位符由事件信息填充。单独输出供其他命令使用的草稿名称：INCIDENT/NUMBER，例如 3/2 表示该事件的第二份草稿（看板上的“草稿 #2”）。之后草稿要经过签核关卡：参见 &apos;warroomctl gate --help&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="79"/>
        <source>The template key.</source>
        <translation>模板键。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="80"/>
        <source>status-page, email, in-app or key-account (default: the template&apos;s).</source>
        <translation>status-page、email、in-app 或 key-account（默认：模板的渠道）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="82"/>
        <source>Who it is for, e.g. a key account&apos;s name.</source>
        <translation>面向谁，例如某个重点客户的名称。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="83"/>
        <source>The title (email subject, status page title).</source>
        <translation>标题（邮件主题、状态页标题）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/draft.cpp" line="84"/>
        <source>A file with the message text; &apos;-&apos; reads standard input.</source>
        <translation>包含消息正文的文件；&apos;-&apos; 表示读取标准输入。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="15"/>
        <source>edit needs at least one field option such as --title or --severity; see &apos;warroomctl edit --help&apos;.</source>
        <translation>edit 至少需要一个字段选项，例如 --title 或 --severity；参见 &apos;warroomctl edit --help&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="50"/>
        <source>Change fields of an incident.</source>
        <translation>更改事件的字段。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/edit.cpp" line="51"/>
        <source>Changes the given fields and records them as one &quot;fields_changed&quot; timeline event with the old and new values. Values equal to the current ones change nothing and record nothing.</source>
        <translation>更改给定的字段，并将其新旧值记录为一个 &quot;fields_changed&quot; 时间线事件。与当前值相同的值不会更改也不会记录任何内容。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="49"/>
        <source>&quot;%1&quot; is not a gate step; use one of: %2.</source>
        <translation>&quot;%1&quot; 不是关卡步骤；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="98"/>
        <source>%1 to %2</source>
        <translation>%1（发至 %2）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="101"/>
        <source>queued #%1: %2</source>
        <translation>已排队 #%1：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="102"/>
        <source>queued #%1: %2 (not configured here: another process sends it, or post it by hand)</source>
        <translation>已排队 #%1：%2（此处未配置：由其他进程发送，或手动发布）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="108"/>
        <source>Nothing has been sent yet: &apos;warroomctl outbox run&apos; sends what this process is configured for; &apos;warroomctl outbox&apos; shows the delivery states.</source>
        <translation>尚未发送任何内容：&apos;warroomctl outbox run&apos; 会发送此进程已配置的内容；&apos;warroomctl outbox&apos; 显示投递状态。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="130"/>
        <source>Take a draft through the sign-off gate (submit, sign-off, approve, publish).</source>
        <translation>让草稿通过签核关卡（submit、sign-off、approve、publish）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="132"/>
        <source>Runs one step of the sign-off gate on a draft, as --author: %1. The draft is named by its incident and its number there, as the board shows it: 3/2 is draft #2 of incident 3 (&apos;warroomctl show 3&apos; lists them). Legal signs off (data-leak and output-error-loss incidents, and drafts marked as needing it), the assigned incident commander approves, the IC or product owner publishes; each step is checked against the roles on the incident&apos;s timeline and recorded there. --reason is required for request-changes and, for submit and approve, says why lint errors may stay (logged, shown to legal). publish prints the publication id, then one line per outbox row it queued (nothing is sent yet: see &apos;warroomctl outbox&apos;). docs/templates.md describes the gate.</source>
        <translation>以 --author 身份对草稿执行签核关卡的一个步骤：%1。草稿以其所属事件及其在该事件中的编号指定，与看板上的显示一致：3/2 表示事件 3 的草稿 #2（&apos;warroomctl show 3&apos; 会列出这些草稿）。法务签核（数据泄露和输出错误致损事件，以及被标记为需要法务审核的草稿），已指派的事件指挥官批准，IC 或产品负责人发布；每一步都会对照事件时间线上的角色进行检查并记录在其中。request-changes 必须提供 --reason；对于 submit 和 approve，--reason 用于说明为何保留文案检查错误（会被记录并展示给法务）。publish 会输出发布记录 ID，然后为其排队的每个发件箱行输出一行（此时尚未发送任何内容：参见 &apos;warroomctl outbox&apos;）。签核关卡的说明见 docs/templates.md。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/gate.cpp" line="145"/>
        <source>Why changes are requested, or why lint errors may stay.</source>
        <translation>要求修改的原因，或保留文案检查错误的原因。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="60"/>
        <source>--category &quot;%1&quot; is not a category; the categories are: %2.</source>
        <translation>--category &quot;%1&quot; 不是类别；可用类别为：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="67"/>
        <source>--kind &quot;%1&quot; is not an announcement kind; the kinds are: %2.</source>
        <translation>--kind &quot;%1&quot; 不是公告类型；可用类型为：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="105"/>
        <source>Check an announcement text against the playbook&apos;s rules.</source>
        <translation>按预案规则检查公告文本。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="106"/>
        <source>Checks the text in FILE (UTF-8; &apos;-&apos; reads standard input) with War Room&apos;s announcement lint: absolute promises, defending decisions, blaming the upstream provider, &quot;status normal&quot; during a behaviour anomaly, refunds without a timeline, back-billing, customer loss without ownership, progress updates without the next update time, and placeholders left in the text. Prints one JSON object per finding (rule, severity, start and end as character offsets, line, column, text, message, suggestion) and exits 1 when any finding is an error, 0 otherwise; an unreadable or non-UTF-8 file exits 2. The rules are in docs/lint-rules.md. Reads no database.</source>
        <translation>用 War Room 的公告文案检查来检查 FILE 中的文本（UTF-8；&apos;-&apos; 表示读取标准输入）：绝对化承诺、为决策辩护、归咎上游供应商、行为异常期间声称“状态正常”、退款没有时间表、补扣费、造成客户损失却不承担责任、进展更新未给出下次更新时间，以及文本中残留的占位符。每个问题输出一个 JSON 对象（rule、severity、以字符偏移表示的 start 和 end、line、column、text、message、suggestion）；只要有一个问题为错误即以 1 退出，否则以 0 退出；文件不可读或不是 UTF-8 时以 2 退出。规则见 docs/lint-rules.md。不读取数据库。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="122"/>
        <source>The incident category the text is for: %1.</source>
        <translation>文本所针对的事件类别：%1。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/lint.cpp" line="124"/>
        <source>The kind of announcement: %1.</source>
        <translation>公告类型：%1。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="20"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="21"/>
        <source>SEV</source>
        <translation>SEV</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="22"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="23"/>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="24"/>
        <source>DETECTED</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="25"/>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="53"/>
        <source>No active incidents.</source>
        <translation>没有进行中的事件。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="54"/>
        <source>No incidents.</source>
        <translation>没有事件。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="79"/>
        <source>List incidents, oldest first.</source>
        <translation>列出事件，最早的在前。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="80"/>
        <source>Lists incidents by id, oldest first, as a table or, with --json, as a JSON array of incidents (each as in &apos;show --json&apos;, without the timeline).</source>
        <translation>按 ID 列出事件，最早的在前，以表格形式输出；使用 --json 时输出事件的 JSON 数组（每个事件同 &apos;show --json&apos;，但不含时间线）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="84"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>输出 JSON 数组而不是表格。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/list.cpp" line="85"/>
        <source>Only incidents not yet restored or closed.</source>
        <translation>仅列出尚未恢复或关闭的事件。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/note.cpp" line="28"/>
        <source>Add a note to an incident&apos;s timeline.</source>
        <translation>在事件的时间线上添加备注。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/note.cpp" line="29"/>
        <source>Appends a free-text note to the timeline (&quot;no new progress&quot; counts). The words after the id form the text; put &apos;--&apos; before text that starts with a dash.</source>
        <translation>在时间线上追加一条自由文本备注（“暂无新进展”也算）。ID 之后的词构成文本；如果文本以短横线开头，请在其前面加上 &apos;--&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="63"/>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="65"/>
        <source>sending (attempt %1)</source>
        <translation>发送中（第 %1 次尝试）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="67"/>
        <source>sent at %1</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="68"/>
        <source>sent at %1 (remote id %2)</source>
        <translation>已于 %1 发送（远程 ID %2）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="71"/>
        <source>retrying at %1 (attempt %2: %3)</source>
        <translation>将于 %1 重试（第 %2 次尝试：%3）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="76"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="78"/>
        <source>posted by hand by %1 at %2</source>
        <translation>由 %1 于 %2 手动发布</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="87"/>
        <source>#%1 incident %2 sync %3 %4: %5</source>
        <translation>#%1 事件 %2 同步 %3 %4：%5</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="92"/>
        <source>#%1 incident %2 publication %3 (draft #%4) %5: %6</source>
        <translation>#%1 事件 %2 发布记录 %3（草稿 #%4）%5：%6</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="136"/>
        <source>Outbox row &quot;%1&quot; is not a positive whole number; &apos;warroomctl outbox&apos; lists the rows.</source>
        <translation>发件箱行 &quot;%1&quot; 不是正整数；&apos;warroomctl outbox&apos; 会列出所有行。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="164"/>
        <source>The outbox is empty.</source>
        <translation>发件箱为空。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="178"/>
        <source>Outbox row %1 is queued again; &apos;warroomctl outbox run&apos; sends it.</source>
        <translation>发件箱行 %1 已重新排队；&apos;warroomctl outbox run&apos; 会发送它。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="190"/>
        <source>Outbox row %1 recorded as posted by hand by %2.</source>
        <translation>发件箱行 %1 已记录为由 %2 手动发布。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="205"/>
        <source>--timeout &quot;%1&quot; is out of range; give 1 to %2 seconds.</source>
        <translation>--timeout &quot;%1&quot; 超出范围；请给出 1 到 %2 秒。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="269"/>
        <source>; &apos;warroomctl outbox retry %1&apos; sends it again, or post it by hand and record it with &apos;warroomctl outbox posted-by-hand %1&apos;</source>
        <translation>；&apos;warroomctl outbox retry %1&apos; 会重新发送，或手动发布后用 &apos;warroomctl outbox posted-by-hand %1&apos; 记录</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="273"/>
        <source>; not configured here: set %1, or post it by hand and record it with &apos;warroomctl outbox posted-by-hand %2&apos;</source>
        <translation>；此处未配置：请设置 %1，或手动发布后用 &apos;warroomctl outbox posted-by-hand %2&apos; 记录</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="280"/>
        <source>Nothing left to send (%1 attempt(s) in this run).</source>
        <translation>没有待发送的内容（本次运行共尝试 %1 次）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="284"/>
        <source>%1 outbox row(s) not delivered when the %2 s timeout ran out (listed on standard output).</source>
        <translation>%2 秒超时已到，仍有 %1 个发件箱行未投递（已列在标准输出中）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="288"/>
        <source>%1 outbox row(s) not delivered (listed on standard output).</source>
        <translation>%1 个发件箱行未投递（已列在标准输出中）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="297"/>
        <source>Give the action first.</source>
        <translation>请先给出操作。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="300"/>
        <source>--until-empty is an option of &apos;outbox run&apos;.</source>
        <translation>--until-empty 是 &apos;outbox run&apos; 的选项。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="303"/>
        <source>outbox run takes no argument.</source>
        <translation>outbox run 不接受参数。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="308"/>
        <source>outbox %1 takes one outbox row id.</source>
        <translation>outbox %1 需要一个发件箱行 ID。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="313"/>
        <source>&quot;%1&quot; is not an outbox action; use run, retry ID or posted-by-hand ID, or none to list the rows.</source>
        <translation>&quot;%1&quot; 不是发件箱操作；请使用 run、retry ID 或 posted-by-hand ID，或不带操作以列出所有行。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="326"/>
        <source>List, retry, record posts by hand, or send the outbox.</source>
        <translation>列出、重试、记录手动发布或发送发件箱。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="327"/>
        <source>Every publication queues one outbox row per destination and recipient, and a sync posted where Slack is set up queues one Slack row (docs/outbox.md). Without an action, lists the rows and their delivery state, each naming its publication or its sync (--incident: one incident&apos;s; --json: as JSON). &apos;retry ID&apos; queues a failed row again. &apos;posted-by-hand ID&apos; records, as --author, that you posted the row&apos;s text yourself. &apos;run&apos; sends the due rows through the destinations this process is configured for and exits 0 only when nothing is left queued, retrying or failed; otherwise it prints one line per row left and exits 1. --until-empty keeps going through retries until then; --timeout (default 300 s) bounds the run.</source>
        <translation>每次发布会为每个目标和收件人排队一个发件箱行；在已设置 Slack 的地方发布的同步会排队一个 Slack 行（docs/outbox.md）。不带操作时，列出各行及其投递状态，每行注明其所属的发布记录或同步（--incident：仅某个事件的；--json：以 JSON 输出）。&apos;retry ID&apos; 将失败的行重新排队。&apos;posted-by-hand ID&apos; 以 --author 身份记录您已亲自发布该行的文本。&apos;run&apos; 通过此进程已配置的目标发送到期的行，仅当没有剩余已排队、重试中或失败的行时以 0 退出；否则为每个剩余行输出一行并以 1 退出。--until-empty 会持续重试直到全部完成；--timeout（默认 300 秒）限制运行时长。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="339"/>
        <source>List only this incident&apos;s rows.</source>
        <translation>仅列出此事件的行。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="340"/>
        <source>Print a JSON array instead of a list.</source>
        <translation>输出 JSON 数组而不是列表。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="341"/>
        <source>run: go on through retries until nothing is left to send.</source>
        <translation>run：持续重试，直到没有待发送的内容。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/outbox.cpp" line="342"/>
        <source>run: stop after this many seconds (default 300).</source>
        <translation>run：在此秒数后停止（默认 300）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="14"/>
        <source>people knows one action, import: warroomctl people import FILE.csv</source>
        <translation>people 只支持一个操作 import：warroomctl people import FILE.csv</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="23"/>
        <source>%1: %2 added, %3 updated.</source>
        <translation>%1：新增 %2 个，更新 %3 个。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="38"/>
        <source>Import the people directory from CSV.</source>
        <translation>从 CSV 导入人员名录。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/people.cpp" line="39"/>
        <source>Adds the people of the file and updates those already in the directory (matched by name). Columns: name, phone, slack, email, roles (docs/csv-formats.md). The whole file is checked first; on any problem nothing is imported and every problem is listed with its line.</source>
        <translation>添加文件中的人员，并更新名录中已有的人员（按姓名匹配）。列：name、phone、slack、email、roles（docs/csv-formats.md）。会先检查整个文件；有任何问题都不导入任何内容，并列出每个问题及其所在行。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="24"/>
        <source>Incident %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="25"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="27"/>
        <source>Severity:</source>
        <translation>严重级别：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="28"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="32"/>
        <source>Affected task type:</source>
        <translation>受影响的任务类型：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="33"/>
        <source>(not given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="35"/>
        <source>Users affected:</source>
        <translation>受影响用户：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="38"/>
        <source>Enterprise customers affected:</source>
        <translation>受影响的企业客户：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="40"/>
        <source>Detected at:</source>
        <translation>检测时间：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="41"/>
        <source>Declared:</source>
        <translation>宣布：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="42"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2 宣布</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="45"/>
        <source>Last updated:</source>
        <translation>最后更新：</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="48"/>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="180"/>
        <source>Show one incident with its timeline and playbook obligations.</source>
        <translation>显示一个事件及其时间线和预案待办事项。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="181"/>
        <source>Shows every field of the incident, its status history, its timeline, the trigger conditions ticked at declaration and every playbook obligation with its due time and state now. With --json the same as one JSON object (the shape is in docs/cli.md).</source>
        <translation>显示事件的所有字段、状态历史、时间线、宣布时勾选的触发条件，以及每个预案待办事项的截止时间和当前状态。使用 --json 时以一个 JSON 对象输出相同内容（结构见 docs/cli.md）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/show.cpp" line="185"/>
        <source>Print a JSON object instead of text.</source>
        <translation>输出 JSON 对象而不是文本。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="25"/>
        <source>From %1 it can move to: %2.</source>
        <translation>从 %1 可以变更为：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="53"/>
        <source>Move an incident to another status.</source>
        <translation>将事件变更为其他状态。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/status.cpp" line="55"/>
        <source>Changes the status along the lifecycle %1. Forward moves may skip steps; only a restored incident can be closed; a relapse goes back to investigating; a closed incident stays closed.</source>
        <translation>按生命周期 %1 更改状态。向前变更可以跳过步骤；只有已恢复的事件才能关闭；复发时退回 investigating；已关闭的事件保持关闭。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="33"/>
        <source>sync %1 recorded and queued for Slack: &apos;warroomctl outbox run&apos; sends it, &apos;warroomctl outbox&apos; shows its state.</source>
        <translation>同步 %1 已记录并已排队发往 Slack：&apos;warroomctl outbox run&apos; 会发送它，&apos;warroomctl outbox&apos; 显示其状态。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="38"/>
        <source>sync %1 recorded here only: Slack is not set up for this process (set WARROOM_SLACK_WEBHOOK_URL to post syncs to the incident channel).</source>
        <translation>同步 %1 仅在此处记录：此进程未设置 Slack（设置 WARROOM_SLACK_WEBHOOK_URL 即可将同步发布到事件频道）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="53"/>
        <source>Post a progress sync to the incident channel.</source>
        <translation>向事件频道发布进展同步。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/sync.cpp" line="54"/>
        <source>Records a sync_posted event, which resets the 15-minute channel-sync countdown. &quot;no new progress&quot; counts. When Slack is set up (WARROOM_SLACK_WEBHOOK_URL), the sync is queued for the incident channel in the same transaction and &apos;warroomctl outbox run&apos; posts it; otherwise it is recorded here only, and says so. Prints the sync&apos;s event id and where it went. The words after the id form the text; put &apos;--&apos; before text that starts with a dash.</source>
        <translation>记录一个 sync_posted 事件，它会重置 15 分钟的 channel-sync 倒计时。“no new progress”（暂无新进展）也算。已设置 Slack（WARROOM_SLACK_WEBHOOK_URL）时，同步会在同一事务中排队发往事件频道，由 &apos;warroomctl outbox run&apos; 发布；否则仅在此处记录，并会说明这一点。输出同步的事件 ID 及其去向。ID 之后的词构成文本；如果文本以短横线开头，请在其前面加上 &apos;--&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/unassign.cpp" line="20"/>
        <source>Take a role on an incident away from a person.</source>
        <translation>取消某人在事件上担任的角色。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/unassign.cpp" line="21"/>
        <source>Records a role_unassigned event; the person must hold the role.</source>
        <translation>记录一个 role_unassigned 事件；该人员必须担任该角色。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="30"/>
        <source>Waive a playbook obligation, with the reason.</source>
        <translation>豁免预案待办事项，并说明理由。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="31"/>
        <source>Records that the obligation is deliberately not done, and why (deciding against the external announcement, say). Same refusals as &apos;done&apos;; a waived recurring obligation stops.</source>
        <translation>记录该待办事项被有意不执行及其原因（例如决定不发布对外公告）。拒绝条件与 &apos;done&apos; 相同；被豁免的周期性待办事项会停止。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/waive.cpp" line="36"/>
        <source>Why it is not being done (required).</source>
        <translation>不执行的原因（必填）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="19"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="48"/>
        <source>, needs legal</source>
        <translation>，需法务审核</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="63"/>
        <source>Publications</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <location filename="../src/cli/commssections.cpp" line="86"/>
        <source>%1  draft #%2 v%3 %4 by %5: %6 (sha256 %7)</source>
        <translation>%1  草稿 #%2 v%3 %4，由 %5 发布：%6 (sha256 %7)</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="27"/>
        <source>Short title of what is happening.</source>
        <translation>简短描述正在发生的情况的标题。</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="30"/>
        <source>Category from the playbook: %1.</source>
        <translation>预案中的类别：%1。</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="32"/>
        <source>SEV1 (worst), SEV2 or SEV3.</source>
        <translation>SEV1（最严重）、SEV2 或 SEV3。</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="33"/>
        <source>The affected task type, e.g. &quot;email drafting&quot;.</source>
        <translation>受影响的任务类型，例如 &quot;email drafting&quot;。</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="36"/>
        <source>Share of users affected, 0 to 100 (a plain number).</source>
        <translation>受影响用户比例，0 到 100（纯数字）。</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="37"/>
        <source>Number of enterprise customers affected.</source>
        <translation>受影响的企业客户数。</translation>
    </message>
    <message>
        <location filename="../src/cli/fieldoptions.cpp" line="39"/>
        <source>When it was detected, ISO-8601 with Z or an offset.</source>
        <translation>检测时间，ISO-8601 格式，带 Z 或时区偏移。</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="35"/>
        <source>Exit codes: 0 success; 1 refused or failed (bad value, unknown incident, database problem); 2 usage error (unknown command or option, missing option or argument). On any error, standard output stays empty and standard error has exactly one line.
</source>
        <translation>退出码：0 成功；1 被拒绝或失败（值错误、未知事件、数据库问题）；2 用法错误（未知命令或选项、缺少选项或参数）。出现任何错误时，标准输出保持为空，标准错误恰好输出一行。
</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="47"/>
        <source>Usage: warroomctl [global options] COMMAND [options] [arguments]

Command-line access to the War Room incident database, for on-call engineers and scripts.

Commands:
</source>
        <translation>用法：warroomctl [全局选项] COMMAND [选项] [参数]

通过命令行访问 War Room 事件数据库，供值班工程师和脚本使用。

命令：
</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="55"/>
        <source>Global options (anywhere on the line):</source>
        <translation>全局选项（可放在命令行任意位置）：</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="58"/>
        <source>Run &apos;warroomctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>运行 &apos;warroomctl COMMAND --help&apos; 查看命令的选项。
</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="64"/>
        <source>Usage: warroomctl %1 %2

</source>
        <translation>用法：warroomctl %1 %2

</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="67"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../src/cli/helptext.cpp" line="69"/>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="16"/>
        <source>&quot;%1&quot; is not a role; use one of: %2.</source>
        <translation>&quot;%1&quot; 不是角色；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="25"/>
        <source>&quot;%1&quot; is not a call status; use one of: %2.</source>
        <translation>&quot;%1&quot; 不是呼叫状态；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="43"/>
        <source>No key accounts are selected on incident %1; run &apos;warroomctl accounts select %1&apos; first.</source>
        <translation>事件 %1 尚未选择重点客户；请先运行 &apos;warroomctl accounts select %1&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallsparsing.cpp" line="48"/>
        <source>&quot;%1&quot; is not among the accounts selected on incident %2: %3.</source>
        <translation>&quot;%1&quot; 不在事件 %2 已选的客户中：%3。</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="16"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="40"/>
        <source>%1 (not acknowledged)</source>
        <translation>%1（未确认）</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="42"/>
        <source>%1 (acknowledged %2)</source>
        <translation>%1（已于 %2 确认）</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="50"/>
        <source>UNFILLED — needed: %1</source>
        <translation>空缺 — 需要原因：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="65"/>
        <source>Key-account outreach</source>
        <translation>重点客户联络</translation>
    </message>
    <message>
        <location filename="../src/cli/rolescallssections.cpp" line="91"/>
        <source>CSM %1</source>
        <translation>CSM %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="49"/>
        <source>The SQLite database file, created if missing (default: warroom.sqlite in %1).</source>
        <translation>SQLite 数据库文件，不存在时自动创建（默认：%1 中的 warroom.sqlite）。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="54"/>
        <source>Who is making the change (default: $WARROOM_AUTHOR, else $USER, else $USERNAME).</source>
        <translation>做出更改的人（默认：$WARROOM_AUTHOR，其次 $USER，再次 $USERNAME）。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="58"/>
        <source>How long to wait for another writer&apos;s lock before giving up (default 5000).</source>
        <translation>等待其他写入者释放锁的时长，超时则放弃（默认 5000）。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="62"/>
        <source>Apply this playbook file instead of the built-in one (docs/playbook-format.md).</source>
        <translation>使用此预案文件代替内置预案（docs/playbook-format.md）。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="68"/>
        <source>The language of messages and help (one of: %1; default: $WARROOM_LANG, else the system&apos;s).</source>
        <translation>消息和帮助的语言（可选：%1；默认：$WARROOM_LANG，其次为系统语言）。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="74"/>
        <source>Show help (for the command, if one is given) and exit.</source>
        <translation>显示帮助（如给出命令，则显示该命令的帮助）并退出。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="75"/>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="118"/>
        <source>see &apos;warroomctl %1 --help&apos;.</source>
        <translation>参见 &apos;warroomctl %1 --help&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="124"/>
        <source>--%1 is given more than once; give it once.</source>
        <translation>--%1 给出了多次；请只给出一次。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="128"/>
        <source>%1 needs --%2; %3</source>
        <translation>%1 需要 --%2；%3</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="137"/>
        <source>%1 needs the argument %2; %3</source>
        <translation>%1 需要参数 %2；%3</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="141"/>
        <source>%1 takes %2 argument(s) but got %3 (unexpected &quot;%4&quot;); quote text that contains spaces, %5</source>
        <translation>%1 接受 %2 个参数，但收到了 %3 个（意外的 &quot;%4&quot;）；包含空格的文本请加引号，%5</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="177"/>
        <source>--%1 &quot;%2&quot; is out of range; give 0 to %3 milliseconds.</source>
        <translation>--%1 &quot;%2&quot; 超出范围；请给出 0 到 %3 毫秒。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="194"/>
        <source>%1 works on a PostgreSQL server; give --server URL (or set WARROOM_SERVER).</source>
        <translation>%1 作用于 PostgreSQL 服务器；请指定 --server URL（或设置 WARROOM_SERVER）。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="205"/>
        <source>--author is empty; give the name the timeline should record.</source>
        <translation>--author 为空；请给出时间线应记录的姓名。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="211"/>
        <source>%1 records who made the change, but no author is known; pass --author NAME or set WARROOM_AUTHOR.</source>
        <translation>%1 会记录是谁做的更改，但无法确定操作人；请传入 --author NAME 或设置 WARROOM_AUTHOR。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="219"/>
        <source>The author (--author, else $WARROOM_AUTHOR, $USER or $USERNAME) is refused: %1</source>
        <translation>操作人（--author，其次 $WARROOM_AUTHOR、$USER 或 $USERNAME）被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="309"/>
        <source>the value of %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="310"/>
        <source>argument %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="320"/>
        <source>%1 contains the control character 0x%2 at byte offset %3; remove it.</source>
        <translation>%1 在字节偏移 %3 处包含控制字符 0x%2；请将其删除。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="346"/>
        <source>%1 is not valid UTF-8: invalid byte 0x%2 at byte offset %3; set a UTF-8 locale or retype it.</source>
        <translation>%1 不是有效的 UTF-8：字节偏移 %3 处有无效字节 0x%2；请设置 UTF-8 区域设置或重新输入。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="375"/>
        <source>&quot;%1&quot; is not a warroomctl command; the commands are: %2.</source>
        <translation>&quot;%1&quot; 不是 warroomctl 命令；可用命令为：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="390"/>
        <source>Put &apos;--&apos; before arguments that start with a dash.</source>
        <translation>以短横线开头的参数前请加 &apos;--&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="392"/>
        <source>%1%2 See &apos;%3&apos;.</source>
        <translation>%1%2 参见 &apos;%3&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="409"/>
        <source>No command given; the commands are: %1. See &apos;warroomctl --help&apos;.</source>
        <translation>未给出命令；可用命令为：%1。参见 &apos;warroomctl --help&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/runner.cpp" line="418"/>
        <source>Put the options of %1 after the command name: warroomctl %1 %2</source>
        <translation>请将 %1 的选项放在命令名之后：warroomctl %1 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="30"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="65"/>
        <source>Trigger conditions</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="87"/>
        <source>(none ticked)</source>
        <translation>（未勾选）</translation>
    </message>
    <message>
        <location filename="../src/cli/showsections.cpp" line="100"/>
        <source>Playbook obligations</source>
        <translation>预案待办事项</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="36"/>
        <source>Incident id &quot;%1&quot; is not a positive whole number; run &apos;warroomctl list&apos; to see the ids.</source>
        <translation>事件 ID &quot;%1&quot; 不是正整数；运行 &apos;warroomctl list&apos; 查看 ID。</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="48"/>
        <source>--%1 &quot;%2&quot; is not a number; write a plain decimal number such as 12.5 (no %-sign, no units).</source>
        <translation>--%1 &quot;%2&quot; 不是数字；请写成纯十进制数，例如 12.5（不带 % 号，不带单位）。</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="61"/>
        <source>--%1 &quot;%2&quot; is not a whole number; write it like 3.</source>
        <translation>--%1 &quot;%2&quot; 不是整数；请写成 3 这样的形式。</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="70"/>
        <source>--%1 &quot;%2&quot; is not an ISO-8601 time with a zone; write it like 2026-11-29T03:15:00Z or 2026-11-29T04:15:00+01:00.</source>
        <translation>--%1 &quot;%2&quot; 不是带时区的 ISO-8601 时间；请写成 2026-11-29T03:15:00Z 或 2026-11-29T04:15:00+01:00 这样的形式。</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="81"/>
        <source>--%1 &quot;%2&quot; is not a known category; use one of: %3.</source>
        <translation>--%1 &quot;%2&quot; 不是已知类别；请使用以下之一：%3。</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="91"/>
        <source>--%1 &quot;%2&quot; is not a known severity; use SEV1, SEV2 or SEV3 (SEV1 is the worst; see &apos;warroomctl declare --help&apos;).</source>
        <translation>--%1 &quot;%2&quot; 不是已知严重级别；请使用 SEV1、SEV2 或 SEV3（SEV1 最严重；参见 &apos;warroomctl declare --help&apos;）。</translation>
    </message>
    <message>
        <location filename="../src/cli/valueparsing.cpp" line="102"/>
        <source>&quot;%1&quot; is not a known status; use one of: %2.</source>
        <translation>&quot;%1&quot; 不是已知状态；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../src/cli/draftaddress.cpp" line="27"/>
        <source>&apos;warroomctl show %1&apos; lists its drafts.</source>
        <translation>&apos;warroomctl show %1&apos; 会列出其草稿。</translation>
    </message>
    <message>
        <location filename="../src/cli/draftaddress.cpp" line="36"/>
        <source>Draft &quot;%1&quot; is not INCIDENT/NUMBER: drafts are named by their incident and their number there, as the board shows them. The draft with database id %1 is draft #%2 of incident %3: type %4.</source>
        <translation>草稿 &quot;%1&quot; 不是 INCIDENT/NUMBER 格式：草稿以其所属事件及其在该事件中的编号命名，与看板上的显示一致。数据库 ID 为 %1 的草稿是事件 %3 的草稿 #%2：请输入 %4。</translation>
    </message>
    <message>
        <location filename="../src/cli/draftaddress.cpp" line="46"/>
        <source>Draft &quot;%1&quot; is not INCIDENT/NUMBER: name a draft by its incident and its number there, as the board shows it (&quot;Draft #2&quot; of incident 3 is 3/2); &apos;warroomctl show INCIDENT&apos; lists an incident&apos;s drafts.</source>
        <translation>草稿 &quot;%1&quot; 不是 INCIDENT/NUMBER 格式：请用草稿所属事件及其在该事件中的编号来指定草稿，与看板上的显示一致（事件 3 的“草稿 #2”即 3/2）；&apos;warroomctl show INCIDENT&apos; 会列出事件的草稿。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="23"/>
        <source>server init takes no login; see &apos;warroomctl server --help&apos;.</source>
        <translation>server init 不接受登录名；参见 &apos;warroomctl server --help&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="30"/>
        <source>The war room in schema %1 is already set up (schema version %2); nothing changed.</source>
        <translation>架构 %1 中的作战室已设置完毕（架构版本 %2）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="37"/>
        <source>Set up the war room in schema %1 (schema version %2): the group roles %3, their grants and the rules the server enforces.</source>
        <translation>已在架构 %1 中设置作战室（架构版本 %2）：组角色 %3、其授权以及服务器强制执行的规则。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="43"/>
        <source>Next, for each person: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</source>
        <translation>接下来，为每个人运行：warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="53"/>
        <source>server add-person needs the login: warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</source>
        <translation>server add-person 需要登录名：warroomctl server add-person LOGIN --name &quot;FULL NAME&quot; --email ADDRESS [--admin]</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="56"/>
        <source>server add-person needs --name &quot;FULL NAME&quot;: the name the people directory and the timeline show.</source>
        <translation>server add-person 需要 --name &quot;FULL NAME&quot;：即人员名录和时间线中显示的姓名。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="80"/>
        <source>The login %1 is already %2&apos;s, with these rights; nothing changed.</source>
        <translation>登录名 %1 已属于 %2，且已具有这些权限；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="85"/>
        <source>a member (%1) and an administrator (%2)</source>
        <translation>成员（%1）和管理员（%2）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="87"/>
        <source>a member (%1)</source>
        <translation>成员（%1）</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="88"/>
        <source>Added %1 to the people directory; the login %2 is theirs and %3.</source>
        <translation>已将 %1 添加到人员名录；登录名 %2 归其所有，身份为%3。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="90"/>
        <source>The login %2 is now %1&apos;s and %3.</source>
        <translation>登录名 %2 现归 %1 所有，身份为%3。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="93"/>
        <source>%1 can work now: warroomctl --server postgresql://%2@HOST/DATABASE --schema %3 ...</source>
        <translation>%1 现在可以开始工作了：warroomctl --server postgresql://%2@HOST/DATABASE --schema %3 ...</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="107"/>
        <source>server knows two actions, init and add-person; see &apos;warroomctl server --help&apos;.</source>
        <translation>server 有两个操作：init 和 add-person；参见 &apos;warroomctl server --help&apos;。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="119"/>
        <source>Set up a war room on a PostgreSQL server and add the people who work in it.</source>
        <translation>在 PostgreSQL 服务器上设置作战室，并添加在其中工作的人员。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="121"/>
        <source>Works on the server of --server (docs/shared-mode.md). &apos;init&apos;, run by the login that owns the schema and may create roles: creates or upgrades the schema, the group roles SCHEMA_member, _ic, _legal and _admin with the least rights they need, and the rules the server enforces; running it again changes nothing and says so. &apos;add-person LOGIN&apos;, run by an administrator: the login must exist (CREATE ROLE LOGIN ... PASSWORD ...); makes it a member (and, with --admin, an administrator, which only the schema&apos;s owner grants), adds the person to the people directory unless they are in it (with --email, --phone or --slack: one way to reach them), and maps the login to them: every change made under that login is recorded under their name.</source>
        <translation>作用于 --server 指定的服务器（docs/shared-mode.md）。&apos;init&apos; 由拥有该架构且可以创建角色的登录名运行：创建或升级架构，创建组角色 SCHEMA_member、_ic、_legal 和 _admin（仅授予其所需的最小权限）以及服务器强制执行的规则；再次运行不会做任何更改，并会如实说明。&apos;add-person LOGIN&apos; 由管理员运行：该登录名必须已存在（CREATE ROLE LOGIN ... PASSWORD ...）；将其设为成员（加 --admin 时同时设为管理员，管理员身份只能由架构所有者授予），将此人添加到人员名录（已在名录中则跳过；用 --email、--phone 或 --slack 提供一种联系方式），并将该登录名映射到此人：以该登录名做出的每项更改都会以此人的姓名记录。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="132"/>
        <source>add-person: the person&apos;s name, as the directory and timeline show it.</source>
        <translation>add-person：此人的姓名，即名录和时间线中显示的姓名。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="135"/>
        <source>add-person: the new person&apos;s email (the directory needs one way to reach them: --email, --phone or --slack).</source>
        <translation>add-person：新人员的电子邮件地址（名录至少需要一种联系方式：--email、--phone 或 --slack）。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="138"/>
        <source>add-person: the new person&apos;s phone.</source>
        <translation>add-person：新人员的电话。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="139"/>
        <source>add-person: the new person&apos;s Slack handle.</source>
        <translation>add-person：新人员的 Slack 账号。</translation>
    </message>
    <message>
        <location filename="../src/cli/commands/server.cpp" line="140"/>
        <source>add-person: make the login an administrator too (manages people and logins).</source>
        <translation>add-person：同时将该登录名设为管理员（可管理人员和登录名）。</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="20"/>
        <source>Work on a shared war room on a PostgreSQL server instead of a file (default: $WARROOM_SERVER): postgresql://user@host[:port]/database[?sslmode=verify-full]. The password never goes in the address: libpq reads it from ~/.pgpass, $PGPASSWORD or a service file.</source>
        <translation>在 PostgreSQL 服务器上的共享作战室中工作，而不是使用文件（默认：$WARROOM_SERVER）：postgresql://user@host[:port]/database[?sslmode=verify-full]。密码绝不写在地址中：libpq 从 ~/.pgpass、$PGPASSWORD 或服务文件中读取密码。</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="26"/>
        <source>The schema of the war room on the server (default: $WARROOM_SCHEMA, else warroom).</source>
        <translation>服务器上作战室的架构（默认：$WARROOM_SCHEMA，其次为 warroom）。</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="36"/>
        <source>--db and --server name two different war rooms; give one of them.</source>
        <translation>--db 和 --server 指定了两个不同的作战室；请只指定其中之一。</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="44"/>
        <source>--server is empty; give the server&apos;s address, postgresql://user@host/database.</source>
        <translation>--server 为空；请给出服务器地址 postgresql://user@host/database。</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="48"/>
        <source>--schema names a war room on a server; give --server URL too (or set WARROOM_SERVER).</source>
        <translation>--schema 指定的是服务器上的作战室；请同时指定 --server URL（或设置 WARROOM_SERVER）。</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="67"/>
        <source>--author is not accepted on a server: changes are recorded under your login&apos;s name. %1</source>
        <translation>在服务器上不接受 --author：更改会以您的登录名对应的姓名记录。%1</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="70"/>
        <source>--author is not accepted on a server: changes are recorded under your login&apos;s name, %1.</source>
        <translation>在服务器上不接受 --author：更改会以您的登录名对应的姓名 %1 记录。</translation>
    </message>
    <message>
        <location filename="../src/cli/serveroptions.cpp" line="83"/>
        <source>warroomctl: note: $WARROOM_AUTHOR (%1) is ignored on a server; the change is recorded under your login&apos;s name, %2.</source>
        <translation>warroomctl: 注意：在服务器上会忽略 $WARROOM_AUTHOR（%1）；更改以您的登录名对应的姓名 %2 记录。</translation>
    </message>
</context>
</TS>
