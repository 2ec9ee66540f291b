<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="52" />
        <source>New user account</source>
        <translation>新建用户账号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="64" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="65" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="66" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="67" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="68" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="175" />
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="176" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="176" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="176" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="177" />
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="178" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="179" />
        <source>The account can no longer sign in; what it recorded keeps its name</source>
        <translation>停用后该账号不能再登录；它录入的记录仍署其名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="181" />
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="182" />
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="183" />
        <source>Signed in as %1 (%2).</source>
        <translation>当前登录：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="200" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="236" />
        <source>Account %1 created.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="247" />
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="255" />
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="256" />
        <source>Disable the account %1? It can no longer sign in.</source>
        <translation>停用账号 %1？停用后不能再登录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="264" />
        <source>Account %1 disabled.</source>
        <translation>已停用账号 %1。</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="79" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="80" />
        <source>A backup is made automatically every day and when the app closes (the last 7 days and 12 months are kept on this laptop). Once a month, also back up to a USB stick and keep it away from the laptop.</source>
        <translation>每天和关闭程序时自动备份（本机保留最近7天和12个月的备份）。每月还请备份到U盘，并把U盘与电脑分开存放。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="84" />
        <source>Back up to USB now…</source>
        <translation>立即备份到U盘…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="85" />
        <source>Open the backup folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="86" />
        <source>Latest backups on this laptop:</source>
        <translation>本机最近的备份：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="88" />
        <source>To restore a backup: close Minqing, then run
%1
The current file is kept aside under a dated name, never overwritten. A damaged file is offered its last good backup automatically when Minqing starts.</source>
        <translation>恢复备份：先关闭民情台账，再运行
%1
当前文件会以带日期的名称另存，不会被覆盖。数据文件损坏时，程序启动会自动提供最近的完好备份。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="106" />
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="110" />
        <source>Choose the USB stick (or a folder on it)</source>
        <translation>选择U盘（或U盘上的文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="123" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="133" />
        <source>Note: this folder is on the laptop's own disk. A backup that stays in the laptop is lost with it.</source>
        <translation>注意：该文件夹在本机硬盘上。备份留在电脑里，电脑坏了备份也会一起丢失。</translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="91" />
        <source>Edit cadre</source>
        <translation>编辑干部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="91" />
        <source>New cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="95" />
        <source>Leads the station</source>
        <translation>工作站负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="97" />
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="103" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="104" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="105" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="72" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="72" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="72" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="73" />
        <source>Households</source>
        <translation>联系户数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="80" />
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>CadresPage</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="219" />
        <source>Cadres and their households</source>
        <translation>干部与联系户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="220" />
        <source>New cadre…</source>
        <translation>新增干部…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="221" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="222" />
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="223" />
        <source>Assign households</source>
        <translation>分配联系户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="224" />
        <source>Whole group:</source>
        <translation>整组分配：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="225" />
        <source>Assign the group</source>
        <translation>分配整组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="226" />
        <source>Find households to select (name, pinyin, digits)</source>
        <translation>查找要选择的农户（姓名、拼音、号码尾数）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="227" />
        <source>Assign the selected households</source>
        <translation>分配选中的农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="275" />
        <source>Make %1 the liaison cadre of:</source>
        <translation>让 %1 担任以下农户的联系干部：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="276" />
        <source>Pick a cadre on the left first.</source>
        <translation>请先在左侧选择一名干部。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="308" />
        <source>No households selected.</source>
        <translation>没有选中任何农户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cadres.py" line="312" />
        <source>Assigning %n household(s)…</source>
        <translation><numerusform>正在分配 %n 户…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cadres.py" line="319" />
        <source>%n household(s) now have %1 as liaison cadre.</source>
        <translation><numerusform>已有 %n 户的联系干部改为 %1。</numerusform></translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="57" />
        <source>Division code and name</source>
        <translation>行政区划代码和名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="68" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="69" />
        <source>Township name</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70" />
        <source>Administrator (your name)</source>
        <translation>管理员（您的姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="71" />
        <source>Recorded with every change you make</source>
        <translation>每一次修改都会记下这个名字</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="84" />
        <source>Village code (12 digits)</source>
        <translation>村代码（12位）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85" />
        <source>Township code (9 digits)</source>
        <translation>乡镇代码（9位）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87" />
        <source>e.g. 石江村</source>
        <translation>例如：石江村</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87" />
        <source>e.g. 石江镇</source>
        <translation>例如：石江镇</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="389" />
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="392" />
        <location filename="../../ui/pages/visits.py" line="405" />
        <source>All cadres</source>
        <translation>全部干部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="427" />
        <source>Day / household</source>
        <translation>日期 / 农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="427" />
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="428" />
        <source>What was learned</source>
        <translation>了解情况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="431" />
        <source>No cadres yet: add them on the Cadres page.</source>
        <translation>还没有干部：请先在“干部”页添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="459" />
        <source>%n visit(s)</source>
        <translation><numerusform>%n 次走访</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="463" />
        <source>%n visit(s) this month</source>
        <translation><numerusform>本月共 %n 次走访</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="124" />
        <source>Create the administrator account</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="125" />
        <source>This station has no accounts yet. Create the administrator account; it signs in from now on and can add clerks.</source>
        <translation>本工作站还没有账号。请创建管理员账号：今后用它登录，并可添加文书账号。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="135" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="136" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="137" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="138" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="131" />
        <source>This month at a glance — %1</source>
        <translation>本月概览 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="143" />
        <source>visits this month</source>
        <translation>本月走访次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="144" />
        <source>households visited this month</source>
        <translation>本月走访户数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="146" />
        <source>households visited this year</source>
        <translation>今年走访覆盖率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="147" />
        <source>households on the register</source>
        <translation>在册农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="148" />
        <source>matters open</source>
        <translation>未办结事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="149" />
        <source>matters overdue</source>
        <translation>超期事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="150" />
        <source>matters due this week</source>
        <translation>本周到期事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="152" />
        <source>households not yet visited this year</source>
        <translation>今年尚未走访的农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="133" />
        <source>Visits in the last 12 months</source>
        <translation>近12个月走访次数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="134" />
        <source>Click a figure to open the list behind it. Batches to the township come with the data-exchange screen of a later version.</source>
        <translation>点击数字可打开对应清单。向乡镇报送批次将在后续版本的“数据交换”中提供。</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../ui/pages/households.py" line="144" />
        <source>Pick a household in the list.</source>
        <translation>请在列表中选择一户。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="144" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="145" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="145" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="146" />
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="146" />
        <source>Tags</source>
        <translation>户类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="147" />
        <source>Liaison cadre</source>
        <translation>联系干部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="147" />
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="148" />
        <source>No liaison cadre assigned yet.</source>
        <translation>尚未分配联系干部。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="149" />
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="149" />
        <source>No contact card issued yet.</source>
        <translation>尚未发放联系卡。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="150" />
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="150" />
        <source>Not visited yet.</source>
        <translation>尚未走访。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="151" />
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="151" />
        <source>No matters.</source>
        <translation>没有诉求事项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="152" />
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/households.py" line="172" />
        <source>%n member(s)</source>
        <translation><numerusform>%n 口人</numerusform></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/pages/households.py" line="100" />
        <source>Edit household</source>
        <translation>编辑农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="100" />
        <source>New household</source>
        <translation>新增农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="101" />
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="101" />
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="101" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Members</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Tags</source>
        <translation>户类型</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="108" />
        <source>Name, pinyin initials (zs) or last digits</source>
        <translation>姓名、拼音首字母（如 zs）或号码尾数</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="126" />
        <source>liaison %1</source>
        <translation>联系干部 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="136" />
        <source>No household matches “%1”</source>
        <translation>没有与“%1”相符的农户</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../ui/household_model.py" line="84" />
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="84" />
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="84" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Members</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Liaison cadre</source>
        <translation>联系干部</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Tags</source>
        <translation>户类型</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="309" />
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="311" />
        <source>Search: name, pinyin initials, last digits of ID or phone (Ctrl+F)</source>
        <translation>搜索：姓名、拼音首字母、身份证或电话尾数（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="312" />
        <source>Not visited this year</source>
        <translation>今年未走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="313" />
        <source>New household…</source>
        <translation>新增农户…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="314" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="315" />
        <source>Record a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="316" />
        <location filename="../../ui/pages/households.py" line="399" />
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="319" />
        <source>All groups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="319" />
        <source>All tags</source>
        <translation>全部户类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="320" />
        <source>All liaison cadres</source>
        <translation>全部联系干部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="373" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/households.py" line="375" />
        <source>%n household(s)</source>
        <translation><numerusform>共 %n 户</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="387" />
        <source>Shows this household's full ID number; the showing is recorded in the audit trail</source>
        <translation>显示该户完整身份证号；每次查看都记入操作日志</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="34" />
        <source>What kind of station is this laptop?</source>
        <translation>这台电脑是哪一级工作站？</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="35" />
        <source>A village (or community) keeps its households; a township merges the batches of its villages.</source>
        <translation>村（社区）工作站登记本村农户；乡镇工作站汇总各村报送的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="37" />
        <source>Village / community mass-work station</source>
        <translation>村（社区）群众工作站</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="38" />
        <source>Township station</source>
        <translation>乡镇群众工作站</translation>
    </message>
</context>
<context>
    <name>LaterPage</name>
    <message>
        <location filename="../../ui/pages/later.py" line="25" />
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="25" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="26" />
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="28" />
        <source>Printing contact cards comes in a later version of this window. Cards already issued are listed in each household's detail pane.</source>
        <translation>打印便民服务联系卡将在后续版本提供。已发放的联系卡可在每户的详情中查看。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="30" />
        <source>The monthly ledger and reports come in a later version. The month's figures are on the Home page.</source>
        <translation>月度台账和报表将在后续版本提供。本月数字见“首页”。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="32" />
        <source>Sending batches to the township and reading its replies come in a later version.</source>
        <translation>向乡镇报送数据批次、导入乡镇答复将在后续版本提供。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="78" />
        <source>Locked — sign in again</source>
        <translation>已锁定——请重新登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="86" />
        <source>The screen was locked after a time without use.</source>
        <translation>长时间未操作，屏幕已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="88" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="251" />
        <source>Restore the last good backup</source>
        <translation>恢复最近一次完好的备份</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>%1 (later version)</source>
        <translation>%1（后续版本）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Minqing people's-conditions ledger — %1</source>
        <translation>民情台账 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="216" />
        <source>Visit saved with %n matter(s).</source>
        <translation><numerusform>走访已保存，含 %n 件事项。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Matter saved.</source>
        <translation>事项已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>Cadres saved.</source>
        <translation>干部信息已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="237" />
        <source>%n household(s) listed</source>
        <translation><numerusform>列表中 %n 户</numerusform></translation>
    </message>
</context>
<context>
    <name>MatterCard</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="203" />
        <source>Progress note: what was done today</source>
        <translation>办理进展：今天做了什么</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="204" />
        <source>Add note</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="205" />
        <source>Resolve…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="206" />
        <source>Escalate to township…</source>
        <translation>上报乡镇…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="207" />
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="208" />
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="209" />
        <source>The household came back unsatisfied: work on it again</source>
        <translation>群众不满意，重新办理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="212" />
        <source>Record satisfaction…</source>
        <translation>登记满意度…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="238" />
        <source>Pick a matter in the list.</source>
        <translation>请在列表中选择一件事项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="238" />
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="239" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="239" />
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="240" />
        <source>Owner</source>
        <translation>包案干部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="240" />
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="241" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="241" />
        <source>(overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="242" />
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="242" />
        <location filename="../../ui/pages/matters.py" line="314" />
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="243" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="243" />
        <source>not asked yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="244" />
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="244" />
        <source>Township reply</source>
        <translation>乡镇答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="245" />
        <source>No progress notes yet.</source>
        <translation>还没有办理进展。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="314" />
        <source>Resolve the matter</source>
        <translation>办结事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="322" />
        <source>Escalate to the township</source>
        <translation>上报乡镇</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="323" />
        <source>Why the village cannot solve it</source>
        <translation>村里无法解决的原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="330" />
        <source>Answer the escalated matter</source>
        <translation>答复上报事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="330" />
        <source>Reply</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>MatterEntry</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="99" />
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="100" />
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="101" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="102" />
        <source>What is asked, in a few words</source>
        <translation>群众诉求，简要几句</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="103" />
        <source>Remove this matter</source>
        <translation>删除这件事项</translation>
    </message>
</context>
<context>
    <name>MatterTableModel</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="84" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="84" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="84" />
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="85" />
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="85" />
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="85" />
        <source>Owner</source>
        <translation>包案干部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="86" />
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="97" />
        <source>(overdue)</source>
        <translation>（已超期）</translation>
    </message>
</context>
<context>
    <name>MattersPage</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="455" />
        <source>Matters — one card per matter</source>
        <translation>诉求事项 — 一事一卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="456" />
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="457" />
        <source>New matter (walk-in or phone)…</source>
        <translation>新增事项（来访或电话）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="458" />
        <source>Showing the matters due this week</source>
        <translation>正在显示本周到期的事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="460" />
        <source>Showing the matters not yet resolved</source>
        <translation>正在显示尚未办结的事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="461" />
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="464" />
        <source>A matter is recorded with the contact that raised it: the visit form opens with one matter row</source>
        <translation>事项随提出它的那次接待一起登记：将打开走访登记表并添加一行事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="466" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="467" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="468" />
        <source>All owners</source>
        <translation>全部包案干部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matters.py" line="473" />
        <location filename="../../ui/pages/matters.py" line="526" />
        <source>%n matter(s)</source>
        <translation><numerusform>共 %n 件事项</numerusform></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="103" />
        <source>Change the password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="108" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="109" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/permissions.py" line="18" />
        <source>Your account is read-only: you can look, but not change anything. Ask the administrator if you need to record.</source>
        <translation>您的账号是只读账号：可以查看，不能修改。需要录入请找管理员。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="124" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125" />
        <source>Station details (printed on contact cards)</source>
        <translation>工作站信息（印在联系卡上）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="127" />
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="127" />
        <source>Name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="127" />
        <source>Office days</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128" />
        <source>Hotline</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128" />
        <source>Address</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="130" />
        <source>e.g. Monday to Friday, 8:30–17:30</source>
        <translation>例如：周一至周五 8:30–17:30</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="131" />
        <source>Save station details</source>
        <translation>保存工作站信息</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="132" />
        <source>This laptop</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="133" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134" />
        <source>Larger text</source>
        <translation>大号字体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="135" />
        <source>Who is working (recorded with each change)</source>
        <translation>当前操作人（记入每一次修改）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136" />
        <source>Lock the window after this many minutes without use</source>
        <translation>无操作多少分钟后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137" />
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="138" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="190" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="138" />
        <source>Set up this station</source>
        <translation>设置工作站</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="173" />
        <source>Filling demo data…</source>
        <translation>正在填入演示数据…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="110" />
        <source>How do you want to start?</source>
        <translation>从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="111" />
        <source>Start with an empty register</source>
        <translation>从空白台账开始</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="112" />
        <source>Try the app with demo data (%1 invented households)</source>
        <translation>用演示数据试用（%1 户虚构农户）</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="118" />
        <source>Demo data is invented: use a separate data file for it, not the station's real one.</source>
        <translation>演示数据是虚构的：请用单独的数据文件试用，不要用于工作站的正式数据。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="78" />
        <location filename="../../ui/startup.py" line="84" />
        <source>Minqing</source>
        <translation>民情台账</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="102" />
        <source>A station file already exists on this laptop:
%1

Open that one instead?</source>
        <translation>本机已有工作站数据文件：
%1

改为打开本机的文件吗？</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="106" />
        <source>Open the laptop's file</source>
        <translation>打开本机的文件</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="110" />
        <source>Copy it onto this laptop now? The copy is kept at
%1
and the file on the drive is not changed.</source>
        <translation>现在复制到本机吗？副本保存在
%1
盘上的原文件不作改动。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="114" />
        <source>Copy to this laptop</source>
        <translation>复制到本机</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="224" />
        <source>Automatic backup written: %1</source>
        <translation>已自动备份：%1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="76" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="123" />
        <source>Not asked yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="138" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="211" />
        <source>New visit</source>
        <translation>新增走访</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>&amp;Household</source>
        <translation>农户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>&amp;Cadre</source>
        <translation>干部(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>M&amp;ode</source>
        <translation>方式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="214" />
        <source>What was &amp;learned</source>
        <translation>了解情况(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="216" />
        <source>What the household said, what was seen…</source>
        <translation>群众反映了什么、看到了什么…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="217" />
        <source>Matters raised in this visit (one card each)</source>
        <translation>本次走访提出的诉求事项（一事一卡）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="218" />
        <source>Add a matter (Alt+M)</source>
        <translation>添加事项 (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="219" />
        <source>Save visit (Ctrl+Enter)</source>
        <translation>保存走访 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="220" />
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="316" />
        <source>Please correct the matters marked in red.</source>
        <translation>请修改标红的事项。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="487" />
        <source>Visits — people's-conditions diary</source>
        <translation>走访 — 民情日记</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="39" />
        <source>Something went wrong</source>
        <translation>操作没有完成</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="40" />
        <source>The action could not be finished. Everything saved before it is safe.

The details were written to the log file:
%1

If it happens again, send that file to your township's IT contact.</source>
        <translation>这一步操作没能完成。之前已保存的数据都安全。

详细情况已记入日志文件：
%1

如果再次出现，请把这个文件发给乡镇的信息联络员。</translation>
    </message>
</context>
</TS>