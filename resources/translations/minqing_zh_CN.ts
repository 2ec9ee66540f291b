<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="+42"/>
        <source>New user account</source>
        <translation>新建用户账号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <location line="+80"/>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account can no longer sign in; what it recorded keeps its name</source>
        <translation>停用后该账号不能再登录；它录入的记录仍署其名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Signed in as %1 (%2).</source>
        <translation>当前登录：%1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user accounts yet: the station opens without signing in. Add the first user (an administrator) and from then on everyone signs in with a name and password.</source>
        <translation>还没有用户账号：本站打开时不需登录。添加第一个用户（须为管理员）后，每个人都要用用户名和密码登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Account %1 created.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the account %1? It can no longer sign in.</source>
        <translation>停用账号 %1？停用后不能再登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account %1 disabled.</source>
        <translation>已停用账号 %1。</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="+98"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is made automatically every day and when the app closes (the last 7 days and 12 months are kept on this laptop). Once a month, also back up to a USB stick and keep it away from the laptop.</source>
        <translation>每天和关闭程序时自动备份（本机保留最近7天和12个月的备份）。每月还请备份到U盘，并把U盘与电脑分开存放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up to USB now…</source>
        <translation>立即备份到U盘…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator makes a backup that leaves the laptop.</source>
        <translation>只有管理员可以制作带出本机的备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest backups on this laptop:</source>
        <translation>本机最近的备份：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To restore a backup: close Minqing, then run
%1
The current file is kept aside under a dated name, never overwritten. A damaged file is offered its last good backup automatically when Minqing starts.</source>
        <translation>恢复备份：先关闭民情台账，再运行
%1
当前文件会以带日期的名称另存，不会被覆盖。数据文件损坏时，程序启动会自动提供最近的完好备份。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>USB stick found: %1 (%2 free)</source>
        <translation>已发现U盘：%1（可用 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No USB stick plugged in — it is noticed as soon as you plug one in.</source>
        <translation>未插入U盘——插入后会自动发现。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the USB stick (or a folder on it)</source>
        <translation>选择U盘（或U盘上的文件夹）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note: this folder is on the laptop&apos;s own disk. A backup that stays in the laptop is lost with it.</source>
        <translation>注意：该文件夹在本机硬盘上。备份留在电脑里，电脑坏了备份也会一起丢失。</translation>
    </message>
</context>
<context>
    <name>BoxesTab</name>
    <message>
        <location filename="../../ui/pages/events.py" line="+238"/>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last opened</source>
        <translation>最近开箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings this month</source>
        <translation>本月开箱次数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group number</source>
        <translation>组号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the box hangs</source>
        <translation>收集箱安放地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add box</source>
        <translation>登记收集箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record an opening of the selected box today</source>
        <translation>登记所选收集箱今天开箱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slips found:</source>
        <translation>意见条数：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups without a box: %1</source>
        <translation>尚无收集箱的组：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a box first.</source>
        <translation>请先选择一个收集箱。</translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="+80"/>
        <source>Edit cadre</source>
        <translation>编辑干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New cadre</source>
        <translation>新增干部</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leads the station</source>
        <translation>工作站负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <location line="-32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households</source>
        <translation>联系户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(inactive)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>CadresPage</name>
    <message>
        <location line="+139"/>
        <source>Cadres and their households</source>
        <translation>干部与联系户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cadre…</source>
        <translation>新增干部…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign households</source>
        <translation>分配联系户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole group:</source>
        <translation>整组分配：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the group</source>
        <translation>分配整组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find households to select (name, pinyin, digits)</source>
        <translation>查找要选择的农户（姓名、拼音、号码尾数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected households</source>
        <translation>分配选中的农户</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Make %1 the liaison cadre of:</source>
        <translation>让 %1 担任以下农户的联系干部：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a cadre on the left first.</source>
        <translation>请先在左侧选择一名干部。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No households selected.</source>
        <translation>没有选中任何农户。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assigning %n households…</source>
        <translation>
            <numerusform>正在分配 %n 户…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n households now have %1 as liaison cadre.</source>
        <translation>
            <numerusform>已有 %n 户的联系干部改为 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarBox</name>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="+99"/>
        <source>Holiday table</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the notice…</source>
        <translation>录入通知…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator imports the holiday table.</source>
        <translation>只有管理员可以导入节假日安排。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not known yet — deadlines counted into it are provisional</source>
        <translation>%1 年：尚未导入 — 算到这一年的办结期限均为“暂定”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: known (built into the program)</source>
        <translation>%1 年：已有（程序内置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: known (from the township)</source>
        <translation>%1 年：已有（乡镇下发）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: known (typed from the notice)</source>
        <translation>%1 年：已有（按通知录入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: known (imported from a file)</source>
        <translation>%1 年：已有（从文件导入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File columns: date, kind (holiday or workday, also 休 or 班), name — CSV (UTF-8 or GBK) or Excel .xlsx, with the header row date,kind,name or 日期,类型,名称.</source>
        <translation>文件三列：日期、类型（休 或 班，也可写 holiday 或 workday）、名称 — CSV（UTF-8 或 GBK）或 Excel .xlsx，首行为表头 日期,类型,名称 或 date,kind,name。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday table file</source>
        <translation>节假日安排文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday table (*.csv *.xlsx)</source>
        <translation>节假日安排 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/pages/cards.py" line="+246"/>
        <location line="+165"/>
        <location line="+34"/>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Which households get a card</source>
        <translation>为哪些农户制卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All households on the register</source>
        <translation>花名册上的全部农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One villager group:</source>
        <translation>一个村民小组：</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Selected on the Households page (%n)</source>
        <translation>
            <numerusform>农户页中选中的农户（%n 户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Needing a new card: liaison cadre changed (%n)</source>
        <translation>
            <numerusform>需补发：联系干部已变更（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-sided printer: backs behind each sheet</source>
        <translation>双面打印：每张正面后紧跟背面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without it, one sheet of backs per village is added to print on the reverse of the card stock.</source>
        <translation>不勾选时，每个村另附一页背面，可翻过卡纸再打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing or saving the PDF gives every card a new number and records it in the register (the household&apos;s card history), naming its liaison cadre. The preview issues nothing.</source>
        <translation>打印或保存 PDF 时，每张卡都会获得新卡号并登记到台账（农户的发卡记录），写明联系干部。预览不发卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+27"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No household matches this choice.</source>
        <translation>没有符合条件的农户。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cards on about %1.</source>
        <translation>
            <numerusform>共 %n 张卡，约 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n A4 sheets of 10 cards</source>
        <translation>
            <numerusform>%n 张 A4 纸（每张 10 张卡）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Preview of the PDF (the first %n households); the card number is given when printing.</source>
        <translation>
            <numerusform>PDF 预览（前 %n 户）；卡号在打印时编定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n households will each get a new card number, recorded in the register.</source>
        <translation>
            <numerusform>将为 %n 户各编一个新卡号，并登记到台账。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n cards issued and saved: %1 in %2.</source>
        <translation>
            <numerusform>已发放并保存 %n 张联系卡：共 %1，文件 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+5"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n cards issued and sent to the printer (%1).</source>
        <translation>
            <numerusform>已发放 %n 张联系卡并送往打印机（共 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Preview: drawing the sheets…</source>
        <translation>预览：正在生成…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview: nothing to show.</source>
        <translation>预览：没有可显示的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+127"/>
        <source>The font has no %1 (in %2): printed as □ to write in by hand.</source>
        <translation>字库中没有“%1”（见于：%2），印为 □，请手写补上。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Issue and continue</source>
        <translation>发卡并继续</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contact-cards</source>
        <translation>便民服务联系卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save contact cards as PDF</source>
        <translation>将联系卡保存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then the PDF is saved.</source>
        <translation>然后保存 PDF 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print contact cards</source>
        <translation>打印联系卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then the sheets go to the printer.</source>
        <translation>然后送往打印机。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawing the contact cards…</source>
        <translation>正在生成联系卡…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printing the contact cards…</source>
        <translation>正在打印联系卡…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+29"/>
        <source>Stopped: no card was issued, nothing was saved.</source>
        <translation>已停止：没有发放联系卡，也没有保存文件。</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="+65"/>
        <source>Division code and name</source>
        <translation>行政区划代码和名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township name</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator (your name)</source>
        <translation>管理员（您的姓名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with every change you make</source>
        <translation>每一次修改都会记下这个名字</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Village code (12 digits)</source>
        <translation>村代码（12位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township code (9 digits)</source>
        <translation>乡镇代码（9位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County code (6 digits)</source>
        <translation>县级行政区划代码（6 位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 石江村</source>
        <translation>例如：石江村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 石江镇</source>
        <translation>例如：石江镇</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../ui/pages/compare.py" line="+84"/>
        <source>Households visited</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage this year</source>
        <translation>年度走访覆盖率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters received</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; rating</source>
        <translation>群众评议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan closure</source>
        <translation>销号率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties met</source>
        <translation>履职完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last batch</source>
        <translation>最近一批</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (bottom)</source>
        <translation>（末位）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>尚未报送</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n days ago</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last month %1 · same month last year %2</source>
        <translation>上月 %1 · 去年同月 %2</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location line="+177"/>
        <source>Villages compared</source>
        <translation>村务比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village name or code</source>
        <translation>村名或村代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom or no batch this month only</source>
        <translation>只看末位或本月未报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend over 12 months:</source>
        <translation>近12个月趋势：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n villages ranked. Bottom: %1.</source>
        <translation>
            <numerusform>共 %n 个村参与排名。末位：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No batch this month: %1.</source>
        <translation>本月未报送批次：%1。</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <location filename="../../ui/pages/county.py" line="+231"/>
        <source>County desk: townships compared</source>
        <translation>县级督导台：各乡镇比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batches…</source>
        <translation>导入乡镇数据包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to township…</source>
        <translation>写出给乡镇的回执…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts, supervision notices and the county&apos;s holiday table for the township chosen above</source>
        <translation>上面所选乡镇的回执、督办单和县节假日表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervise township…</source>
        <translation>督办该乡镇…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervision notice for each village of the township chosen above with overdue matters; it travels in the next reply to the township</source>
        <translation>给上面所选乡镇中有逾期事项的每个村下督办单，随下次县回执发往乡镇</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only: every record here belongs to the village or township that sent it; the county writes only its own supervision notices and replies.</source>
        <translation>只读：这里的每条记录都属于报送它的村或乡镇；县里只写自己的督办单和回执。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Villages of %1</source>
        <translation>%1各村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages</source>
        <translation>村数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue matters by township</source>
        <translation>各乡镇超期事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision notices (%1)</source>
        <translation>县督办单（%1）</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+72"/>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>%n townships ranked. Bottom: %1.</source>
        <translation>
            <numerusform>%n 个乡镇已排名。末位：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue across the county: %1.</source>
        <translation>全县超期未办结：%1 件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Township batches</source>
        <translation>乡镇数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch files (*.mqb)</source>
        <translation>数据包文件 (*.mqb)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: refused — %2</source>
        <translation>%1：拒收——%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %n village batches checked and applied</source>
        <translation>
            <numerusform>%1：已核验并导入 %n 个村数据包</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for the reply batch</source>
        <translation>回执数据包的保存文件夹</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reply for %1 written: %2</source>
        <translation>已写出给%1的回执：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervise township</source>
        <translation>督办乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a supervision notice to each village of %1 with overdue matters?</source>
        <translation>给%1有逾期事项的每个村下督办单吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n supervision notices issued: %1. They travel in the next reply to the township.</source>
        <translation>
            <numerusform>已下督办单 %n 份：%1。随下次县回执发往乡镇。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountyRow</name>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="+56"/>
        <source>Send to county</source>
        <translation>报送到县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this township&apos;s batch for the county to the USB drive, with the villages&apos; batches it forwards</source>
        <translation>把本乡镇报县的数据包写到U盘，连同转报的各村数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the county&apos;s reply</source>
        <translation>导入县回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the county&apos;s reply files on the USB drive: receipts, supervision notices, holidays</source>
        <translation>导入U盘上县里发回的回执数据包：回执、督办单、节假日表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>County: not paired yet — pair with the county&apos;s station card first</source>
        <translation>县：尚未配对——请先登记县级工作站名片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County: %1 (%2)</source>
        <translation>县：%1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the USB drive (or a folder) first.</source>
        <translation>请先选择U盘（或文件夹）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written for the county: %1 (%2); %3 forwarded beside it.</source>
        <translation>已写出报县数据包：%1（%2）；同时转报%3。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n township records</source>
        <translation>
            <numerusform>本乡镇记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n village batches</source>
        <translation>
            <numerusform>村数据包 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No reply from the county on the USB drive.</source>
        <translation>U盘上没有县里发回的回执数据包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: refused — %2</source>
        <translation>%1：拒收——%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: already accepted</source>
        <translation>%1：已导入过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 confirmed, %3 from the county</source>
        <translation>%1：确认%2，收到县%3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batches</source>
        <translation>
            <numerusform>报县数据包 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supervision notices</source>
        <translation>
            <numerusform>督办单 %n 份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineRulesBox</name>
    <message>
        <location filename="../../ui/deadline_box.py" line="+72"/>
        <source>Default time limits (working days)</source>
        <translation>默认办结时限（工作日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new matter&apos;s deadline is counted from these, by category and urgency. Matters already recorded keep their deadline.</source>
        <translation>新事项的办结期限按类别和紧急程度从这里计算；已登记的事项期限不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator changes the default time limits.</source>
        <translation>只有管理员可以修改默认办结时限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save time limits</source>
        <translation>保存办结时限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Built in: %1</source>
        <translation>系统默认：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n time limits changed</source>
        <translation>
            <numerusform>已修改 %n 项办结时限</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="+578"/>
        <source>Diary</source>
        <translation>民情日记</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>All cadres</source>
        <translation>全部干部</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Day / household</source>
        <translation>日期 / 农户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was learned</source>
        <translation>了解情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No cadres yet: add them on the Cadres page.</source>
        <translation>还没有干部：请先在“干部”页添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n visits</source>
        <translation>
            <numerusform>%n 次走访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n visits this month</source>
        <translation>
            <numerusform>本月共 %n 次走访</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="+306"/>
        <source>Paired</source>
        <translation>配对完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is now enrolled. Batches can be exchanged.</source>
        <translation>已登记 %1（%2），现在可以交换数据批次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) was already enrolled with this key.</source>
        <translation>%1（%2）已用这把密钥登记过，无需更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys of %1 (%2) were replaced. The old key stays on record.</source>
        <translation>已更换 %1（%2）的密钥，旧密钥留档。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old fingerprint (kept on record): %1</source>
        <translation>旧指纹（留档）：%1</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="+58"/>
        <source>USB drive:</source>
        <translation>U盘：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again for USB drives (after plugging one in)</source>
        <translation>插入U盘后重新查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No USB drive found — plug one in, or choose a folder</source>
        <translation>没有找到U盘——请插入U盘，或选择文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB drive</source>
        <translation>U盘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other drive</source>
        <translation>其他磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>%1 free</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the folder of the USB drive</source>
        <translation>选择U盘所在文件夹</translation>
    </message>
</context>
<context>
    <name>DutiesPanel</name>
    <message>
        <location filename="../../ui/duties_panel.py" line="+44"/>
        <location line="+20"/>
        <source>This month&apos;s duties</source>
        <translation>本月工作制度落实情况</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/events.py" line="-212"/>
        <source>New gathering</source>
        <translation>登记活动</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All groups</source>
        <translation>全部村民小组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name or pinyin initials</source>
        <translation>姓名或拼音首字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all listed</source>
        <translation>全选列出的农户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a matter raised</source>
        <translation>添加提出的事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours a day:</source>
        <translation>每天小时数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadres present:</source>
        <translation>参加干部：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other guests:</source>
        <translation>其他参加人员：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Households:</source>
        <translation>参加或涉及农户：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes:</source>
        <translation>会议记录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters raised:</source>
        <translation>提出的事项：</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location line="+213"/>
        <source>Gatherings and opinion boxes</source>
        <translation>活动与社情民意收集箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New gathering…</source>
        <translation>登记活动…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gatherings</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion boxes</source>
        <translation>收集箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households</source>
        <translation>农户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matters</source>
        <translation>事项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 gatherings, %2 joint office days, %3 households reached, %4 matters raised, %5 settled on the spot</source>
        <translation>本月活动 %1 次，联合办公 %2 天，涉及农户 %3 户，提出事项 %4 件，当场办结 %5 件</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange/page.py" line="+116"/>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair with a station…</source>
        <translation>与工作站配对…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This station: %1 · %2 %3 · key fingerprint %4</source>
        <translation>本站：%1 · %2 %3 · 密钥指纹 %4</translation>
    </message>
</context>
<context>
    <name>ExchangeReport</name>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="+64"/>
        <source>Village groups</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison assignments</source>
        <translation>联系户分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter progress notes</source>
        <translation>事项进展记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township replies</source>
        <translation>乡镇答复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan items</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; ratings</source>
        <translation>群众评议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gatherings</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households at gatherings</source>
        <translation>活动参与农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion boxes</source>
        <translation>收集箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box openings</source>
        <translation>开箱记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read back from the USB drive and verified: complete and sealed.</source>
        <translation>已从U盘读回核验：文件完整，封装无误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy stays on this computer until the receipt confirms it, so a lost USB drive costs nothing.</source>
        <translation>乡镇回执确认之前，本机保留一份副本，U盘丢失也不会丢数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full batch</source>
        <translation>完整批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changes only</source>
        <translation>仅变动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no records</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch no. %1 for %2 written.</source>
        <translation>发往%2的第 %1 批已写好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1 (%2, %3)</source>
        <translation>文件：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused — nothing was imported from this file</source>
        <translation>拒绝导入——此文件的内容一条也没有写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported before — nothing changed</source>
        <translation>以前已导入过——没有任何改变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked and can be imported (nothing written yet)</source>
        <translation>检查通过，可以导入（尚未写入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing batches:</source>
        <translation>缺少的批次：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch no. %1 from %2</source>
        <translation>来自%2的第 %1 批</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new %1 · updated %2 · unchanged %3 · conflicts %4</source>
        <translation>新增 %1 · 更新 %2 · 未变 %3 · 冲突 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Would give: %1</source>
        <translation>导入后将：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicting records keep the version here; decide them under Status.</source>
        <translation>有冲突的记录暂时保留本站版本，请在“状态”页处理。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>refusal receipt for batch no. %1 from %2 recorded; it goes with the next batch to that village.</source>
        <translation>已记录对%2第 %1 批的拒收回执，将随下一批发给该村。</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="+93"/>
        <source>Extend the deadline</source>
        <translation>延长办结期限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current deadline</source>
        <translation>现办结期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deadline</source>
        <translation>新办结期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The extension is kept in the matter&apos;s history and counted in the month&apos;s ledger.</source>
        <translation>延期记入事项的办理经过，并计入当月台账。</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="+137"/>
        <source>Create the administrator account</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station has no accounts yet. Create the administrator account; it signs in from now on and can add clerks.</source>
        <translation>本工作站还没有账号。请创建管理员账号：今后用它登录，并可添加文书账号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="-242"/>
        <source>Pair with a station</source>
        <translation>与工作站配对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1 of 3: the USB drive that carries the station cards</source>
        <translation>第 1 步（共 3 步）：存放工作站名片的U盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A village pairs once with its township, and the township with each of its villages. Each side writes its card to a USB drive and enrolls the other&apos;s card. Cards hold no personal data, only the station&apos;s name, code and public keys.</source>
        <translation>村与所属乡镇配对一次，乡镇与下属各村各配对一次。双方各把本站名片写入U盘，并登记对方的名片。名片里没有个人信息，只有工作站名称、代码和公钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder of the USB drive</source>
        <translation>选择U盘所在文件夹</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="+199"/>
        <source>This month at a glance — %1</source>
        <translation>本月概览 — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a figure to open the list behind it.</source>
        <translation>点击数字可打开对应的清单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 holiday table is not in yet: deadlines that run into %1 count Monday to Friday only and are marked provisional. Import it in Settings → Holiday table once the State Council publishes it, or wait for the township&apos;s reply batch.</source>
        <translation>%1 年节假日安排尚未导入：算到 %1 年的办结期限只按周一至周五计算，标为“暂定”。国务院办公厅通知发布后，请在“设置 → 节假日安排”中导入，或等乡镇回传数据。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>last batch sent to the villages</source>
        <translation>最近一次发给各村的批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last batch sent to the township</source>
        <translation>最近一次报送乡镇的批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>尚未报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for its receipt</source>
        <translation>等待回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed by the township</source>
        <translation>乡镇已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the township</source>
        <translation>乡镇拒收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <translation>发往%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>visits this month</source>
        <translation>本月走访次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>households visited this month</source>
        <translation>本月走访户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>households visited this year</source>
        <translation>今年走访覆盖率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>households on the register</source>
        <translation>在册农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matters open</source>
        <translation>未办结事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matters overdue</source>
        <translation>超期事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matters due this week</source>
        <translation>本周到期事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>households not yet visited this year</source>
        <translation>今年尚未走访的农户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This station is not paired with its township yet: the month&apos;s batch cannot be sent until it is. Pairing takes a few minutes with the township on the phone.</source>
        <translation>本站尚未与乡镇配对：配对前无法报送本月批次。与乡镇通电话配对，几分钟即可完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair with the township…</source>
        <translation>与乡镇配对…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Visits in the last 12 months</source>
        <translation>近12个月走访次数</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../ui/pages/households.py" line="+119"/>
        <source>Pick a household in the list.</source>
        <translation>请在列表中选择一户。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>户类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison cadre</source>
        <translation>联系干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No liaison cadre assigned yet.</source>
        <translation>尚未分配联系干部。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact card issued yet.</source>
        <translation>尚未发放联系卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not visited yet.</source>
        <translation>尚未走访。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matters.</source>
        <translation>没有诉求事项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n 口人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location line="-61"/>
        <source>Edit household</source>
        <translation>编辑农户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New household</source>
        <translation>新增农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>户类型</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="+113"/>
        <source>Name, pinyin initials (zs) or last digits</source>
        <translation>姓名、拼音首字母（如 zs）或号码尾数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>liaison %1</source>
        <translation>联系干部 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No household matches “%1”</source>
        <translation>没有与“%1”相符的农户</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../ui/household_model.py" line="+43"/>
        <source>Group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head of household</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Liaison cadre</source>
        <translation>联系干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>户类型</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="+208"/>
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search: name, pinyin initials, last digits of ID or phone (Ctrl+F)</source>
        <translation>搜索：姓名、拼音首字母、身份证或电话尾数（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not visited this year</source>
        <translation>今年未走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New household…</source>
        <translation>新增农户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the village&apos;s roster from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入本村花名册</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Show full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>All groups</source>
        <translation>全部小组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All tags</source>
        <translation>全部户类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All liaison cadres</source>
        <translation>全部联系干部</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n households</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows this household&apos;s full ID number; the showing is recorded in the audit trail</source>
        <translation>显示该户完整身份证号；每次查看都记入操作日志</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+205"/>
        <source>Import roster from Excel</source>
        <translation>从 Excel 导入花名册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Choose the roster file</source>
        <translation>第一步：选择花名册文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Check the columns</source>
        <translation>第二步：核对各列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Check before importing</source>
        <translation>第三步：导入前检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Imported</source>
        <translation>第四步：导入完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the village&apos;s roster: an Excel workbook (.xlsx) or a CSV file. Title rows, merged cells, blank and subtotal rows are fine. Nothing is written until you press Import at the end.</source>
        <translation>请选择本村的花名册：Excel 工作簿（.xlsx）或 CSV 文件。表头上方的标题行、合并单元格、空行和合计行都没关系。最后按“导入”之前，不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village:</source>
        <translation>村：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+197"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Header in the file</source>
        <translation>文件中的表头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save refusal report…</source>
        <translation>保存未导入行报告…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rosters (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>花名册 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>— leave out —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Columns %1 and %2 are both imported as “%3”: leave one out.</source>
        <translation>%1 列和 %2 列都导入为“%3”，请把其中一列设为不导入。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Sheet “%1”: header on row %2, %n rows below it.</source>
        <translation>
            <numerusform>工作表“%1”：表头在第 %2 行，下面共 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n columns were not recognised (shaded): choose what each holds, or leave it out.</source>
        <translation>
            <numerusform>有 %n 列未能识别（底色标出）：请选择每列的内容，或设为不导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n blank, subtotal or repeated header rows skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个空行、合计行或重复的表头行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n refused rows saved to %1, with the reason beside each.</source>
        <translation>
            <numerusform>已将 %n 个未导入的行保存到 %1，每行旁注明原因。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>If you import now — households: %1 new, %2 updated, %3 already the same; rows refused: %4. Nothing has been written yet.</source>
        <translation>如果现在导入：新增 %1 户，更新 %2 户，%3 户无变化；%4 行不能导入。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported — households: %1 new, %2 updated, %3 already the same; rows refused and not stored: %4.</source>
        <translation>已导入：新增 %1 户，更新 %2 户，%3 户无变化；%4 行未导入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused rows (row numbers as in Excel):</source>
        <translation>未导入的行（行号与 Excel 中一致）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row was refused.</source>
        <translation>所有行都可以导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1_refused.xlsx</source>
        <translation>%1_未导入的行.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save refusal report</source>
        <translation>保存未导入行报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+6"/>
        <source>Stopped: nothing was written.</source>
        <translation>已停止，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="-61"/>
        <source>What kind of station is this laptop?</source>
        <translation>这台电脑是哪一级工作站？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A village (or community) keeps its households; a township merges the batches of its villages.</source>
        <translation>村（社区）工作站登记本村农户；乡镇工作站汇总各村报送的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village / community mass-work station</source>
        <translation>村（社区）群众工作站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township station</source>
        <translation>乡镇群众工作站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County office (over its townships)</source>
        <translation>县级工作站（统管各乡镇）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="-79"/>
        <source>Locked — sign in again</source>
        <translation>已锁定——请重新登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The screen was locked after a time without use.</source>
        <translation>长时间未操作，屏幕已锁定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Restore the last good backup</source>
        <translation>恢复最近一次完好的备份</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+203"/>
        <source>The daily check found damage in this station&apos;s file:
%1

Stop entering data, close Minqing and ask your township&apos;s IT contact to restore the last good backup:
%2</source>
        <translation>每日检查发现本工作站的数据文件已损坏：
%1

请停止录入，关闭民情台账，请乡镇信息员恢复最近一份完好的备份：
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no good backup found)</source>
        <translation>（未找到完好的备份）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station&apos;s file is damaged</source>
        <translation>工作站数据文件已损坏</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households</source>
        <translation>农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadres</source>
        <translation>干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact cards</source>
        <translation>联系卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plans</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scorecard</source>
        <translation>考核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gatherings</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages compared</source>
        <translation>村务比较</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>County desk</source>
        <translation>县级督导台</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show or hide the side menu (F9)</source>
        <translation>显示或隐藏左侧菜单（F9）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minqing people&apos;s-conditions ledger — %1</source>
        <translation>民情台账 — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>Visit saved with %n matters.</source>
        <translation>
            <numerusform>走访已保存，含 %n 件事项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n households listed</source>
        <translation>
            <numerusform>列表中 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Matter saved.</source>
        <translation>事项已保存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cadres saved.</source>
        <translation>干部信息已保存。</translation>
    </message>
</context>
<context>
    <name>MatterCard</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="+243"/>
        <source>Progress note: what was done today</source>
        <translation>办理进展：今天做了什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>记录进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate to township…</source>
        <translation>上报乡镇…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign owner…</source>
        <translation>更换包案干部…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print matter card…</source>
        <translation>打印事项卡…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The household came back unsatisfied: work on it again</source>
        <translation>群众不满意，重新办理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record satisfaction…</source>
        <translation>登记满意度…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pick a matter in the list.</source>
        <translation>请在列表中选择一件事项。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>包案干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(overdue)</source>
        <translation>（已超期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(provisional: that year&apos;s holiday table is not in yet)</source>
        <translation>（暂定：该年节假日安排尚未导入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+102"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not asked yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township reply</source>
        <translation>乡镇答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No progress noted since it was received.</source>
        <translation>受理以来还没有办理进展。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Under supervision: notice %1, reply by %2</source>
        <translation>督办中：督办单 %1，回复期限 %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Resolve the matter</source>
        <translation>办结事项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalate to the township</source>
        <translation>上报乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the village cannot solve it</source>
        <translation>村里无法解决的原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer the escalated matter</source>
        <translation>答复上报事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>MatterEntry</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="-504"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisional: that year&apos;s holiday table is not in yet</source>
        <translation>暂定：该年节假日安排尚未导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is asked, in a few words</source>
        <translation>群众诉求，简要几句</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this matter</source>
        <translation>删除这件事项</translation>
    </message>
</context>
<context>
    <name>MatterTableModel</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="-306"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>包案干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(overdue)</source>
        <translation>（已超期）</translation>
    </message>
</context>
<context>
    <name>MattersPage</name>
    <message>
        <location line="+430"/>
        <source>Matters — one card per matter</source>
        <translation>诉求事项 — 一事一卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New matter (walk-in or phone)…</source>
        <translation>新增事项（来访或电话）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the matters due this week</source>
        <translation>正在显示本周到期的事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the matters not yet resolved</source>
        <translation>正在显示尚未办结的事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A matter is recorded with the contact that raised it: the visit form opens with one matter row</source>
        <translation>事项随提出它的那次接待一起登记：将打开走访登记表并添加一行事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation>全部包案干部</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+60"/>
        <source>%n matters</source>
        <translation>
            <numerusform>共 %n 件事项</numerusform>
        </translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="-88"/>
        <source>Type the holiday notice</source>
        <translation>录入节假日安排通知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One day per line: date, 休 (day off) or 班 (make-up working day), name. For example:</source>
        <translation>每行一天：日期、休（放假）或班（调休上班）、名称，用逗号分隔。例如：</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NoticesBox</name>
    <message numerus="yes">
        <location filename="../../ui/pages/home_notices.py" line="+49"/>
        <source>Supervision notices from the township: %n</source>
        <translation>
            <numerusform>乡镇督办单：%n 份</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reply by %1</source>
        <translation>请于 %1 前回复</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days late</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue matters</source>
        <translation>
            <numerusform>%n 件超期事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <location filename="../../ui/pages/county.py" line="-231"/>
        <source>Notice no.</source>
        <translation>督办单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>下发日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply by</source>
        <translation>回复期限</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../ui/pages/supervision.py" line="+71"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>包案干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalation</source>
        <translation>上报状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notices</source>
        <translation>督办次数</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>waiting %n days</source>
        <translation>
            <numerusform>待答复 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>乡镇已答复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="-31"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue matters</source>
        <translation>超期事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest overdue (days)</source>
        <translation>最长超期（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations waiting</source>
        <translation>待答复上报</translation>
    </message>
</context>
<context>
    <name>OwnCardPage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="+34"/>
        <source>This station&apos;s card</source>
        <translation>本站名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 3: write this station&apos;s card to the USB drive</source>
        <translation>第 2 步（共 3 步）：把本站名片写入U盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the card, then take the USB drive to the other station (or copy the card onto its drive). If you already did this, go on to the next step.</source>
        <translation>写好名片后，把U盘带到对方工作站（或把名片复制到对方的U盘）。如果已经写过，直接进入下一步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this station&apos;s card</source>
        <translation>写入本站名片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card written: %1</source>
        <translation>名片已写入：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint of this station: %1</source>
        <translation>本站指纹：%1</translation>
    </message>
</context>
<context>
    <name>PairingWizard</name>
    <message>
        <location line="+214"/>
        <source>Pair with a station</source>
        <translation>与工作站配对</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="+29"/>
        <source>Passphrase for the USB backup</source>
        <translation>U盘备份口令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup on the stick is encrypted. Choose a passphrase of at least 8 characters and keep it apart from the stick: without it the backup cannot be restored.</source>
        <translation>U盘上的备份是加密的。请设定至少 8 位的口令，并与U盘分开保管：没有口令就无法恢复这份备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="-151"/>
        <source>Change the password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>PayoutModel</name>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="+131"/>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closure rate</source>
        <translation>销号率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed (yuan)</source>
        <translation>建议金额（元）</translation>
    </message>
</context>
<context>
    <name>PeerCardPage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="-155"/>
        <source>The other station&apos;s card</source>
        <translation>对方工作站的名片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 3: enroll the card of the other station</source>
        <translation>第 3 步（共 3 步）：登记对方工作站的名片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the other station&apos;s card. Then phone its clerk: they read their fingerprint (shown on their screen), you compare it with the one below.</source>
        <translation>选择对方工作站的名片，然后给对方工作人员打电话：请对方念出其屏幕上显示的指纹，与下面的指纹逐段核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a card file…</source>
        <translation>选择名片文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other clerk read me this same fingerprint</source>
        <translation>对方念的指纹与此完全一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, replace the keys (the old key stays on record)</source>
        <translation>确认更换密钥（旧密钥留档）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a card file</source>
        <translation>选择名片文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station cards (*.card)</source>
        <translation>工作站名片 (*.card)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No card picked.</source>
        <translation>未选择名片。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No station card on this drive. Ask the other station to write its card.</source>
        <translation>这个U盘上没有对方的名片。请对方先写入其名片。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card of %1 (%2, code %3).</source>
        <translation>%1 的名片（%2，代码 %3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already enrolled with this same key: nothing to change.</source>
        <translation>已用同一密钥登记过，无需更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already enrolled with other keys (fingerprint %2). A new card is normal after a laptop was lost or reinstalled — and is how an impostor would try to take its place. Replace only if its clerk confirmed the new fingerprint.</source>
        <translation>%1 已用另一把密钥登记（指纹 %2）。电脑丢失或重装后出现新名片是正常的——但冒充者也会这样做。只有对方工作人员电话确认了新指纹，才可更换。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/permissions.py" line="+18"/>
        <source>Your account is read-only: you can look, but not change anything. Ask the administrator if you need to record.</source>
        <translation>您的账号是只读账号：可以查看，不能修改。需要录入请找管理员。</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/pages/plans.py" line="+64"/>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan item</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(carried over)</source>
        <translation>（上月转入）</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location line="+137"/>
        <source>Work plans (预安销号)</source>
        <translation>工作计划（预安销号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Cadre:</source>
        <translation>干部：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New items, one per line</source>
        <translation>新增工作，每行一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type each item on its own line; Ctrl+Enter adds them all to the cadre&apos;s plan.</source>
        <translation>每行输入一项工作，按 Ctrl+Enter 全部加入该干部的计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned by the level above (安, approved at once)</source>
        <translation>上级安排（安，直接审定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add items (Ctrl+Enter)</source>
        <translation>添加（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done…</source>
        <translation>未完成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>确认销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry to next month</source>
        <translation>转入下月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>All cadres</source>
        <translation>全部干部</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 items, %2 done: closure rate %3</source>
        <translation>%1 项工作，完成 %2 项，销号率 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan items for this month yet.</source>
        <translation>本月还没有工作计划。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only an administrator (the level above) approves, assigns and confirms.</source>
        <translation>审定、安排和确认销号由上级（管理员）进行。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was it not done?</source>
        <translation>未完成的原因：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drop</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>PrintCardDialog</name>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="+25"/>
        <location line="+78"/>
        <source>Print matter card</source>
        <translation>打印事项卡</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>matter-card</source>
        <translation>事项卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save matter card as PDF</source>
        <translation>将事项卡保存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Saved to %1 (%n pages)</source>
        <translation>
            <numerusform>已保存到 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n pages sent to the printer</source>
        <translation>
            <numerusform>已送打印机 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Matter card</source>
        <translation>事项卡</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location line="-149"/>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location line="+17"/>
        <source>Reassign the owner</source>
        <translation>更换包案干部</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current owner</source>
        <translation>现包案干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New owner</source>
        <translation>新包案干部</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="+92"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>发往</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written on</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check ticked files</source>
        <translation>检查勾选的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import ticked files</source>
        <translation>导入勾选的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the villages why (refusal receipts)</source>
        <translation>告知村里拒收原因（出具拒收回执）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signed receipt saying why each refused batch was not accepted goes to the village with the next batch, so its clerk can correct and send again.</source>
        <translation>为每个被拒收的批次出具签名回执，随下一批发给该村，说明拒收原因，以便村里更正后重新报送。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for another station</source>
        <translation>发给其他工作站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(full)</source>
        <translation>（完整）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the USB drive first (or a folder).</source>
        <translation>请先选择U盘（或文件夹）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No batch files (.mqb) in %1.</source>
        <translation>%1 中没有批次文件（.mqb）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n batch files in %1; %2 addressed to this station are ticked.</source>
        <translation>
            <numerusform>%1 中有 %n 个批次文件；已勾选发给本站的 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tick the files to import.</source>
        <translation>请勾选要导入的文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the batch files…</source>
        <translation>正在检查批次文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the batch files…</source>
        <translation>正在导入批次文件…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled: files marked “cancelled” above were not imported.</source>
        <translation>已取消：上面标明“已取消”的文件没有导入。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="+210"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly ledger (民情台账)</source>
        <translation>月度民情台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full ID and phone numbers</source>
        <translation>显示完整身份证号和电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not export full numbers on this station.</source>
        <translation>本站不允许您的角色导出完整号码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: ID numbers show only their first 6 and last 4 digits and phones as 138****1234, as for anyone who need not see them. Tick only for a copy that stays in the office.</source>
        <translation>不勾选时，身份证号只显示前 6 位和后 4 位，电话显示为 138****1234，适合交给无需知道完整号码的人。只有留存在工作站的副本才勾选。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save ledger as…</source>
        <translation>保存台账为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year</source>
        <translation>年度报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage: households not yet visited this year, by liaison cadre and group. Archive: the whole year&apos;s visits, matters and cards, for the records office.</source>
        <translation>走访覆盖：按联系干部和村民小组列出本年尚未走访的农户。年度归档：全年的走访、事项和发卡记录，交档案室留存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save coverage report as…</source>
        <translation>保存走访覆盖表为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save annual archive as…</source>
        <translation>保存年度归档为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What the ledger for %1 will say</source>
        <translation>%1台账将载明的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Households on the register</source>
        <translation>农户总数（户）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits this month</source>
        <translation>本月走访次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households visited this month</source>
        <translation>本月走访户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households visited this year so far</source>
        <translation>年度累计走访户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage this year</source>
        <translation>年度走访覆盖率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters received this month</source>
        <translation>本月受理事项（件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved this month</source>
        <translation>本月办结（件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue, not resolved</source>
        <translation>超期未办结（件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to the township this month</source>
        <translation>本月上报乡镇（件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction rated</source>
        <translation>满意度已评价（件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied or fairly satisfied</source>
        <translation>满意和基本满意（件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards issued this month</source>
        <translation>本月发放联系卡（张）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ledger</source>
        <translation>民情台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coverage</source>
        <translation>走访覆盖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>archive</source>
        <translation>年度归档</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the monthly ledger as</source>
        <translation>保存月度民情台账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the coverage report as</source>
        <translation>保存走访覆盖表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the annual archive as</source>
        <translation>保存年度归档</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the ledger…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the coverage report…</source>
        <translation>正在生成走访覆盖表…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the annual archive…</source>
        <translation>正在生成年度归档…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Stopped: no file was written.</source>
        <translation>已停止，未写入任何文件。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="-52"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>联系户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coverage</source>
        <translation>走访覆盖率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction</source>
        <translation>办结满意率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>群众评议满意率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratings</source>
        <translation>评议数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items done</source>
        <translation>销号/计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation>销号率</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(bottom, 末位)</source>
        <translation>（末位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location line="+128"/>
        <source>Cadre scorecard</source>
        <translation>干部考核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank by closure rate, then villagers&apos; rating, coverage and satisfaction; the bottom rank of each unit is flagged 末位. Ratings are shown as figures only. — means nothing to rate.</source>
        <translation>按销号率排名，其次为群众评议、走访覆盖率和办结满意率；各单位排名最后者标为“末位”。群众评议只显示统计数字。“—”表示没有可统计的数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per village</source>
        <translation>各村情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout by plan completion (绩酬挂钩), for the quarter:</source>
        <translation>绩酬挂钩（按季度销号情况）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool (yuan):</source>
        <translation>资金池（元）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum spread:</source>
        <translation>最低差额：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose</source>
        <translation>计算建议</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only cadres with plan items in the quarter share the pool. The station proposes; people decide.</source>
        <translation>只有本季度有工作计划的干部参与分配。工作站只提出建议，由人决定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 yuan shared; highest − lowest = %3 yuan (at least %4). The station proposes; people decide.</source>
        <translation>%1：共分配 %2 元；最高与最低相差 %3 元（至少 %4 元）。工作站只提出建议，由人决定。</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="+90"/>
        <source>Send everything (full batch)</source>
        <translation>发送全部数据（完整批次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normally only what changed since the last batch is sent. A full batch is for a first exchange or a restored laptop.</source>
        <translation>平时只发送上一批之后的变动。完整批次用于首次交换或电脑重装后的恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write batch to the USB drive</source>
        <translation>把批次写入U盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Send to:</source>
        <translation>发送给：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Every village (one batch each)</source>
        <translation>所有村（每村一批）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No station to send to yet. Pair with the %1 first (button above).</source>
        <translation>还没有可以发送的对象。请先与%1配对（上方按钮）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>villages</source>
        <translation>各村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One batch for each village: its township replies and receipts.</source>
        <translation>为每个村各写一批：乡镇的答复和回执。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>everything this station holds for it (full batch)</source>
        <translation>本站为其保存的全部数据（完整批次）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>everything not sent before</source>
        <translation>此前未发送的全部数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only what changed since %1</source>
        <translation>只含 %1 以来的变动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch no. %1 for %2: nothing changed since %3. You may still send it (it tells the other side nothing is missing).</source>
        <translation>发往%2的第 %1 批：%3 以来没有变动。仍可发送（告诉对方没有遗漏）。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Batch no. %1 for %2: %3 — %n records.</source>
        <translation>
            <numerusform>发往%2的第 %1 批：%3——共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the USB drive first (or a folder).</source>
        <translation>请先选择U盘（或文件夹）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the batch to the USB drive…</source>
        <translation>正在把批次写入U盘…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. Nothing more was written to the USB drive.</source>
        <translation>已取消，没有再向U盘写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was written to the USB drive.</source>
        <translation>已取消，U盘上没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was sent: %1</source>
        <translation>没有发送：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+133"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station details (printed on contact cards)</source>
        <translation>工作站信息（印在联系卡上）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office days</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>服务电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Monday to Friday, 8:30–17:30</source>
        <translation>例如：周一至周五 8:30–17:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save station details</source>
        <translation>保存工作站信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>大号字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is working (recorded with each change)</source>
        <translation>当前操作人（记入每一次修改）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the window after this many minutes without use</source>
        <translation>无操作多少分钟后锁定窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="+110"/>
        <source>Set up this station</source>
        <translation>设置工作站</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Filling demo data…</source>
        <translation>正在填入演示数据…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location line="-86"/>
        <source>How do you want to start?</source>
        <translation>从哪里开始？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an empty register</source>
        <translation>从空白台账开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import my roster from Excel (next, after set-up)</source>
        <translation>从 Excel 导入本村花名册（设置完成后进行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the app with demo data (%1 invented households)</source>
        <translation>用演示数据试用（%1 户虚构农户）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo data is invented: use a separate data file for it, not the station&apos;s real one.</source>
        <translation>演示数据是虚构的：请用单独的数据文件试用，不要用于工作站的正式数据。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="+69"/>
        <location line="+42"/>
        <location line="+6"/>
        <source>Minqing</source>
        <translation>民情台账</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A station file already exists on this laptop:
%1

Open that one instead?</source>
        <translation>本机已有工作站数据文件：
%1

改为打开本机的文件吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the laptop&apos;s file</source>
        <translation>打开本机的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy it onto this laptop now? The copy is kept at
%1
and the file on the drive is not changed.</source>
        <translation>现在复制到本机吗？副本保存在
%1
盘上的原文件不作改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy to this laptop</source>
        <translation>复制到本机</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Preparing the station&apos;s file (first start)…</source>
        <translation>正在准备本站数据文件（首次启动）…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Automatic backup written: %1</source>
        <translation>已自动备份：%1</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="+78"/>
        <source>Batches sent</source>
        <translation>已发送的批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>发往</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batch no.</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Written on</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches received from each village</source>
        <translation>各村已收到的批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last batch</source>
        <translation>最近一批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported on</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to decide</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found on</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs in</source>
        <translation>不同之处</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept here</source>
        <translation>本站保留的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation>收到的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the version here</source>
        <translation>保留本站的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the version that arrived</source>
        <translation>采用收到的版本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting for the township&apos;s receipt</source>
        <translation>等待乡镇回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused — see receipt</source>
        <translation>被拒收——见回执</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirmed on %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: %1</source>
        <translation>被拒收：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(full)</source>
        <translation>（完整）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not paired</source>
        <translation>未配对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none received yet</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missing batches: %1</source>
        <translation>缺少的批次：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No batch is missing.</source>
        <translation>没有缺少的批次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts to decide (%1)</source>
        <translation>待处理的冲突（%1）</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../ui/pages/supervision.py" line="+226"/>
        <source>Supervision: overdue matters across the villages</source>
        <translation>督办：各村超期未办结事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matter, owner or village</source>
        <translation>事项、包案干部或村名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for our reply only</source>
        <translation>只看待乡镇答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 10 working days only</source>
        <translation>只看超期10个工作日以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated matters waiting for the township&apos;s reply</source>
        <translation>上报乡镇、等待答复的事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision notice to the village…</source>
        <translation>向村发督办单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision notice to the owner…</source>
        <translation>向包案干部发督办单…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 of %n overdue matters shown; the longest overdue %2; %3 wait for the township&apos;s reply.</source>
        <translation>
            <numerusform>显示 %1 件，共 %n 件超期事项；最长超期 %2；%3等待乡镇答复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n escalations</source>
        <translation>
            <numerusform>%n 件上报事项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n supervision notices from the county to answer, the first by %1: %2.</source>
        <translation>
            <numerusform>县里的督办单 %n 份待回复，最早 %1 前：%2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>supervision-notice</source>
        <comment>file name</comment>
        <translation>督办单</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Notice %1 issued: %n matters, reply by %2 — %3</source>
        <translation>
            <numerusform>已发督办单 %1：%n 件事项，回复期限 %2 —— %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Save the supervision notice as</source>
        <translation>保存督办单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="+76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="-464"/>
        <source>Not asked yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
</context>
<context>
    <name>TownshipsModel</name>
    <message>
        <location filename="../../ui/pages/county.py" line="-49"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages</source>
        <translation>村数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households visited</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage this year</source>
        <translation>年度走访覆盖率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matters received</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last batch</source>
        <translation>最近一批</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none yet</source>
        <translation>尚未报送</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n days ago</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last month %1</source>
        <translation>上月 %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="+139"/>
        <source>New visit</source>
        <translation>新增走访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Household</source>
        <translation>农户(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cadre</source>
        <translation>干部(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M&amp;ode</source>
        <translation>方式(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;learned</source>
        <translation>了解情况(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the household said, what was seen…</source>
        <translation>群众反映了什么、看到了什么…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters raised in this visit (one card each)</source>
        <translation>本次走访提出的诉求事项（一事一卡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a matter (Alt+M)</source>
        <translation>添加事项 (Alt+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save visit (Ctrl+Enter)</source>
        <translation>保存走访 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Please correct the matters marked in red.</source>
        <translation>请修改标红的事项。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear what was typed in this visit? Ctrl+Z brings it back while the window is open.</source>
        <translation>清空本次走访已填写的内容吗？在关闭窗口前可按 Ctrl+Z 恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep typing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The form was cleared. Ctrl+Z brings it back.</source>
        <translation>表单已清空，按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location line="+182"/>
        <source>Visits — people&apos;s-conditions diary</source>
        <translation>走访 — 民情日记</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../ui/pages/supervision.py" line="-245"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>包案干部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalated on</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days waiting</source>
        <translation>已等待天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="+33"/>
        <source>New matter (walk-in or phone)</source>
        <translation>新事项（来访或来电）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name and phone, when not in the register</source>
        <translation>不在名册中时，填写姓名和电话</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Household</source>
        <translation>农户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who asked</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>接待干部</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="+43"/>
        <source>Something went wrong</source>
        <translation>操作没有完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action could not be finished. Everything saved before it is safe.

The details were written to the log file:
%1

If it happens again, send that file to your township&apos;s IT contact.</source>
        <translation>这一步操作没能完成。之前已保存的数据都安全。

详细情况已记入日志文件：
%1

如果再次出现，请把这个文件发给乡镇的信息联络员。</translation>
    </message>
</context>
<context>
    <name>paper</name>
    <message>
        <location filename="../../ui/paper_files.py" line="+41"/>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
</context>
</TS>
