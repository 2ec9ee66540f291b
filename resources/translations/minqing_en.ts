<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="52" />
        <source>New user account</source>
        <translation>New user account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="64" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="65" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="66" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="67" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="68" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="175" />
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="176" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="176" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="176" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="177" />
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="178" />
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="179" />
        <source>The account can no longer sign in; what it recorded keeps its name</source>
        <translation>The account can no longer sign in; what it recorded keeps its name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="181" />
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="182" />
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="183" />
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="200" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="236" />
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="247" />
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="255" />
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="256" />
        <source>Disable the account %1? It can no longer sign in.</source>
        <translation>Disable the account %1? It can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="264" />
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="79" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="80" />
        <source>A backup is made automatically every day and when the app closes (the last 7 days and 12 months are kept on this laptop). Once a month, also back up to a USB stick and keep it away from the laptop.</source>
        <translation>A backup is made automatically every day and when the app closes (the last 7 days and 12 months are kept on this laptop). Once a month, also back up to a USB stick and keep it away from the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="84" />
        <source>Back up to USB now…</source>
        <translation>Back up to USB now…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="85" />
        <source>Open the backup folder</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="86" />
        <source>Latest backups on this laptop:</source>
        <translation>Latest backups on this laptop:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="88" />
        <source>To restore a backup: close Minqing, then run
%1
The current file is kept aside under a dated name, never overwritten. A damaged file is offered its last good backup automatically when Minqing starts.</source>
        <translation>To restore a backup: close Minqing, then run
%1
The current file is kept aside under a dated name, never overwritten. A damaged file is offered its last good backup automatically when Minqing starts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="106" />
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="110" />
        <source>Choose the USB stick (or a folder on it)</source>
        <translation>Choose the USB stick (or a folder on it)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="123" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="133" />
        <source>Note: this folder is on the laptop's own disk. A backup that stays in the laptop is lost with it.</source>
        <translation>Note: this folder is on the laptop's own disk. A backup that stays in the laptop is lost with it.</translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="91" />
        <source>Edit cadre</source>
        <translation>Edit cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="91" />
        <source>New cadre</source>
        <translation>New cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="95" />
        <source>Leads the station</source>
        <translation>Leads the station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="97" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="103" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="104" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="105" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="72" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="72" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="72" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="73" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="80" />
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
</context>
<context>
    <name>CadresPage</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="219" />
        <source>Cadres and their households</source>
        <translation>Cadres and their households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="220" />
        <source>New cadre…</source>
        <translation>New cadre…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="221" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="222" />
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="223" />
        <source>Assign households</source>
        <translation>Assign households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="224" />
        <source>Whole group:</source>
        <translation>Whole group:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="225" />
        <source>Assign the group</source>
        <translation>Assign the group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="226" />
        <source>Find households to select (name, pinyin, digits)</source>
        <translation>Find households to select (name, pinyin, digits)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="227" />
        <source>Assign the selected households</source>
        <translation>Assign the selected households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="275" />
        <source>Make %1 the liaison cadre of:</source>
        <translation>Make %1 the liaison cadre of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="276" />
        <source>Pick a cadre on the left first.</source>
        <translation>Pick a cadre on the left first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="308" />
        <source>No households selected.</source>
        <translation>No households selected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cadres.py" line="312" />
        <source>Assigning %n household(s)…</source>
        <translation><numerusform>Assigning %n household…</numerusform><numerusform>Assigning %n households…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cadres.py" line="319" />
        <source>%n household(s) now have %1 as liaison cadre.</source>
        <translation><numerusform>%n household now have %1 as liaison cadre.</numerusform><numerusform>%n households now have %1 as liaison cadre.</numerusform></translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="57" />
        <source>Division code and name</source>
        <translation>Division code and name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="68" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="69" />
        <source>Township name</source>
        <translation>Township name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70" />
        <source>Administrator (your name)</source>
        <translation>Administrator (your name)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="71" />
        <source>Recorded with every change you make</source>
        <translation>Recorded with every change you make</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="84" />
        <source>Village code (12 digits)</source>
        <translation>Village code (12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85" />
        <source>Township code (9 digits)</source>
        <translation>Township code (9 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87" />
        <source>e.g. 石江村</source>
        <translation>e.g. 石江村</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87" />
        <source>e.g. 石江镇</source>
        <translation>e.g. 石江镇</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="389" />
        <source>Diary</source>
        <translation>Diary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="392" />
        <location filename="../../ui/pages/visits.py" line="405" />
        <source>All cadres</source>
        <translation>All cadres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="427" />
        <source>Day / household</source>
        <translation>Day / household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="427" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="428" />
        <source>What was learned</source>
        <translation>What was learned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="431" />
        <source>No cadres yet: add them on the Cadres page.</source>
        <translation>No cadres yet: add them on the Cadres page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="459" />
        <source>%n visit(s)</source>
        <translation><numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="463" />
        <source>%n visit(s) this month</source>
        <translation><numerusform>%n visit this month</numerusform><numerusform>%n visits this month</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="124" />
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="125" />
        <source>This station has no accounts yet. Create the administrator account; it signs in from now on and can add clerks.</source>
        <translation>This station has no accounts yet. Create the administrator account; it signs in from now on and can add clerks.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="135" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="136" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="137" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="138" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="131" />
        <source>This month at a glance — %1</source>
        <translation>This month at a glance — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="143" />
        <source>visits this month</source>
        <translation>visits this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="144" />
        <source>households visited this month</source>
        <translation>households visited this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="146" />
        <source>households visited this year</source>
        <translation>households visited this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="147" />
        <source>households on the register</source>
        <translation>households on the register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="148" />
        <source>matters open</source>
        <translation>matters open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="149" />
        <source>matters overdue</source>
        <translation>matters overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="150" />
        <source>matters due this week</source>
        <translation>matters due this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="152" />
        <source>households not yet visited this year</source>
        <translation>households not yet visited this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="133" />
        <source>Visits in the last 12 months</source>
        <translation>Visits in the last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="134" />
        <source>Click a figure to open the list behind it. Batches to the township come with the data-exchange screen of a later version.</source>
        <translation>Click a figure to open the list behind it. Batches to the township come with the data-exchange screen of a later version.</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../ui/pages/households.py" line="144" />
        <source>Pick a household in the list.</source>
        <translation>Pick a household in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="144" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="145" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="145" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="146" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="146" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="147" />
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="147" />
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="148" />
        <source>No liaison cadre assigned yet.</source>
        <translation>No liaison cadre assigned yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="149" />
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="149" />
        <source>No contact card issued yet.</source>
        <translation>No contact card issued yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="150" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="150" />
        <source>Not visited yet.</source>
        <translation>Not visited yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="151" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="151" />
        <source>No matters.</source>
        <translation>No matters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="152" />
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/households.py" line="172" />
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/pages/households.py" line="100" />
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="100" />
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="101" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="101" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="101" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="102" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="108" />
        <source>Name, pinyin initials (zs) or last digits</source>
        <translation>Name, pinyin initials (zs) or last digits</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="126" />
        <source>liaison %1</source>
        <translation>liaison %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="136" />
        <source>No household matches “%1”</source>
        <translation>No household matches “%1”</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../ui/household_model.py" line="84" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="84" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="84" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="85" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="309" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="311" />
        <source>Search: name, pinyin initials, last digits of ID or phone (Ctrl+F)</source>
        <translation>Search: name, pinyin initials, last digits of ID or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="312" />
        <source>Not visited this year</source>
        <translation>Not visited this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="313" />
        <source>New household…</source>
        <translation>New household…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="314" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="315" />
        <source>Record a visit…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="316" />
        <location filename="../../ui/pages/households.py" line="399" />
        <source>Show full ID number</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="319" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="319" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="320" />
        <source>All liaison cadres</source>
        <translation>All liaison cadres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="373" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/households.py" line="375" />
        <source>%n household(s)</source>
        <translation><numerusform>%n household</numerusform><numerusform>%n households</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="387" />
        <source>Shows this household's full ID number; the showing is recorded in the audit trail</source>
        <translation>Shows this household's full ID number; the showing is recorded in the audit trail</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="34" />
        <source>What kind of station is this laptop?</source>
        <translation>What kind of station is this laptop?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="35" />
        <source>A village (or community) keeps its households; a township merges the batches of its villages.</source>
        <translation>A village (or community) keeps its households; a township merges the batches of its villages.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="37" />
        <source>Village / community mass-work station</source>
        <translation>Village / community mass-work station</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="38" />
        <source>Township station</source>
        <translation>Township station</translation>
    </message>
</context>
<context>
    <name>LaterPage</name>
    <message>
        <location filename="../../ui/pages/later.py" line="25" />
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="25" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="26" />
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="28" />
        <source>Printing contact cards comes in a later version of this window. Cards already issued are listed in each household's detail pane.</source>
        <translation>Printing contact cards comes in a later version of this window. Cards already issued are listed in each household's detail pane.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="30" />
        <source>The monthly ledger and reports come in a later version. The month's figures are on the Home page.</source>
        <translation>The monthly ledger and reports come in a later version. The month's figures are on the Home page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/later.py" line="32" />
        <source>Sending batches to the township and reading its replies come in a later version.</source>
        <translation>Sending batches to the township and reading its replies come in a later version.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="78" />
        <source>Locked — sign in again</source>
        <translation>Locked — sign in again</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="79" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="86" />
        <source>The screen was locked after a time without use.</source>
        <translation>The screen was locked after a time without use.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="88" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="251" />
        <source>Restore the last good backup</source>
        <translation>Restore the last good backup</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Cadres</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>%1 (later version)</source>
        <translation>%1 (later version)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Minqing people's-conditions ledger — %1</source>
        <translation>Minqing people's-conditions ledger — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="216" />
        <source>Visit saved with %n matter(s).</source>
        <translation><numerusform>Visit saved with %n matter.</numerusform><numerusform>Visit saved with %n matters.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Matter saved.</source>
        <translation>Matter saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>Cadres saved.</source>
        <translation>Cadres saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="237" />
        <source>%n household(s) listed</source>
        <translation><numerusform>%n household listed</numerusform><numerusform>%n households listed</numerusform></translation>
    </message>
</context>
<context>
    <name>MatterCard</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="203" />
        <source>Progress note: what was done today</source>
        <translation>Progress note: what was done today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="204" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="205" />
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="206" />
        <source>Escalate to township…</source>
        <translation>Escalate to township…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="207" />
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="208" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="209" />
        <source>The household came back unsatisfied: work on it again</source>
        <translation>The household came back unsatisfied: work on it again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="212" />
        <source>Record satisfaction…</source>
        <translation>Record satisfaction…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="238" />
        <source>Pick a matter in the list.</source>
        <translation>Pick a matter in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="238" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="239" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="239" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="240" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="240" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="241" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="241" />
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="242" />
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="242" />
        <location filename="../../ui/pages/matters.py" line="314" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="243" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="243" />
        <source>not asked yet</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="244" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="244" />
        <source>Township reply</source>
        <translation>Township reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="245" />
        <source>No progress notes yet.</source>
        <translation>No progress notes yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="314" />
        <source>Resolve the matter</source>
        <translation>Resolve the matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="322" />
        <source>Escalate to the township</source>
        <translation>Escalate to the township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="323" />
        <source>Why the village cannot solve it</source>
        <translation>Why the village cannot solve it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="330" />
        <source>Answer the escalated matter</source>
        <translation>Answer the escalated matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="330" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>MatterEntry</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="99" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="100" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="101" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="102" />
        <source>What is asked, in a few words</source>
        <translation>What is asked, in a few words</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="103" />
        <source>Remove this matter</source>
        <translation>Remove this matter</translation>
    </message>
</context>
<context>
    <name>MatterTableModel</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="84" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="84" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="84" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="85" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="85" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="85" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="86" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="97" />
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
</context>
<context>
    <name>MattersPage</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="455" />
        <source>Matters — one card per matter</source>
        <translation>Matters — one card per matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="456" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="457" />
        <source>New matter (walk-in or phone)…</source>
        <translation>New matter (walk-in or phone)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="458" />
        <source>Showing the matters due this week</source>
        <translation>Showing the matters due this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="460" />
        <source>Showing the matters not yet resolved</source>
        <translation>Showing the matters not yet resolved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="461" />
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="464" />
        <source>A matter is recorded with the contact that raised it: the visit form opens with one matter row</source>
        <translation>A matter is recorded with the contact that raised it: the visit form opens with one matter row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="466" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="467" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="468" />
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matters.py" line="473" />
        <location filename="../../ui/pages/matters.py" line="526" />
        <source>%n matter(s)</source>
        <translation><numerusform>%n matter</numerusform><numerusform>%n matters</numerusform></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="103" />
        <source>Change the password of %1</source>
        <translation>Change the password of %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="108" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="109" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../ui/permissions.py" line="18" />
        <source>Your account is read-only: you can look, but not change anything. Ask the administrator if you need to record.</source>
        <translation>Your account is read-only: you can look, but not change anything. Ask the administrator if you need to record.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="124" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125" />
        <source>Station details (printed on contact cards)</source>
        <translation>Station details (printed on contact cards)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="127" />
        <source>Division code</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="127" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="127" />
        <source>Office days</source>
        <translation>Office days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128" />
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="130" />
        <source>e.g. Monday to Friday, 8:30–17:30</source>
        <translation>e.g. Monday to Friday, 8:30–17:30</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="131" />
        <source>Save station details</source>
        <translation>Save station details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="132" />
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="133" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134" />
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="135" />
        <source>Who is working (recorded with each change)</source>
        <translation>Who is working (recorded with each change)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136" />
        <source>Lock the window after this many minutes without use</source>
        <translation>Lock the window after this many minutes without use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="138" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="190" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="138" />
        <source>Set up this station</source>
        <translation>Set up this station</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="173" />
        <source>Filling demo data…</source>
        <translation>Filling demo data…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="110" />
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="111" />
        <source>Start with an empty register</source>
        <translation>Start with an empty register</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="112" />
        <source>Try the app with demo data (%1 invented households)</source>
        <translation>Try the app with demo data (%1 invented households)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="118" />
        <source>Demo data is invented: use a separate data file for it, not the station's real one.</source>
        <translation>Demo data is invented: use a separate data file for it, not the station's real one.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="78" />
        <location filename="../../ui/startup.py" line="84" />
        <source>Minqing</source>
        <translation>Minqing</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="102" />
        <source>A station file already exists on this laptop:
%1

Open that one instead?</source>
        <translation>A station file already exists on this laptop:
%1

Open that one instead?</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="106" />
        <source>Open the laptop's file</source>
        <translation>Open the laptop's file</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="110" />
        <source>Copy it onto this laptop now? The copy is kept at
%1
and the file on the drive is not changed.</source>
        <translation>Copy it onto this laptop now? The copy is kept at
%1
and the file on the drive is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="114" />
        <source>Copy to this laptop</source>
        <translation>Copy to this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="224" />
        <source>Automatic backup written: %1</source>
        <translation>Automatic backup written: %1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/workers.py" line="76" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="123" />
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="138" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="211" />
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>&amp;Cadre</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="213" />
        <source>M&amp;ode</source>
        <translation>M&amp;ode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="214" />
        <source>What was &amp;learned</source>
        <translation>What was &amp;learned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="216" />
        <source>What the household said, what was seen…</source>
        <translation>What the household said, what was seen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="217" />
        <source>Matters raised in this visit (one card each)</source>
        <translation>Matters raised in this visit (one card each)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="218" />
        <source>Add a matter (Alt+M)</source>
        <translation>Add a matter (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="219" />
        <source>Save visit (Ctrl+Enter)</source>
        <translation>Save visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="220" />
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="316" />
        <source>Please correct the matters marked in red.</source>
        <translation>Please correct the matters marked in red.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="487" />
        <source>Visits — people's-conditions diary</source>
        <translation>Visits — people's-conditions diary</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="39" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="40" />
        <source>The action could not be finished. Everything saved before it is safe.

The details were written to the log file:
%1

If it happens again, send that file to your township's IT contact.</source>
        <translation>The action could not be finished. Everything saved before it is safe.

The details were written to the log file:
%1

If it happens again, send that file to your township's IT contact.</translation>
    </message>
</context>
</TS>