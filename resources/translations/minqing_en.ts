<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="46" />
        <source>New user account</source>
        <translation>New user account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="58" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="59" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="60" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="61" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="62" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="169" />
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="170" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="170" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="170" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="171" />
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="172" />
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="173" />
        <source>The account can no longer sign in; what it recorded keeps its name</source>
        <translation>The account can no longer sign in; what it recorded keeps its name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="175" />
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="176" />
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="177" />
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="193" />
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="229" />
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="240" />
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="248" />
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="249" />
        <source>Disable the account %1? It can no longer sign in.</source>
        <translation>Disable the account %1? It can no longer sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="257" />
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="100" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="101" />
        <source>A backup is made automatically every day and when the app closes (the last 7 days and 12 months are kept on this laptop). Once a month, also back up to a USB stick and keep it away from the laptop.</source>
        <translation>A backup is made automatically every day and when the app closes (the last 7 days and 12 months are kept on this laptop). Once a month, also back up to a USB stick and keep it away from the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="105" />
        <source>Back up to USB now…</source>
        <translation>Back up to USB now…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="108" />
        <source>Only an administrator makes a backup that leaves the laptop.</source>
        <translation>Only an administrator makes a backup that leaves the laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="109" />
        <source>Open the backup folder</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="111" />
        <source>Latest backups on this laptop:</source>
        <translation>Latest backups on this laptop:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="113" />
        <source>To restore a backup: close Minqing, then run
%1
The current file is kept aside under a dated name, never overwritten. A damaged file is offered its last good backup automatically when Minqing starts.</source>
        <translation>To restore a backup: close Minqing, then run
%1
The current file is kept aside under a dated name, never overwritten. A damaged file is offered its last good backup automatically when Minqing starts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="141" />
        <source>USB stick found: %1 (%2 free)</source>
        <translation>USB stick found: %1 (%2 free)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="146" />
        <source>No USB stick plugged in — it is noticed as soon as you plug one in.</source>
        <translation>No USB stick plugged in — it is noticed as soon as you plug one in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="157" />
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="161" />
        <source>Choose the USB stick (or a folder on it)</source>
        <translation>Choose the USB stick (or a folder on it)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="179" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="186" />
        <source>Passphrase for the USB backup</source>
        <translation>Passphrase for the USB backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="188" />
        <source>The backup on the stick is encrypted. Choose a passphrase of at least 8 characters and keep it apart from the stick: without it the backup cannot be restored.</source>
        <translation>The backup on the stick is encrypted. Choose a passphrase of at least 8 characters and keep it apart from the stick: without it the backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="198" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="199" />
        <source>Again:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="205" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="227" />
        <source>Note: this folder is on the laptop's own disk. A backup that stays in the laptop is lost with it.</source>
        <translation>Note: this folder is on the laptop's own disk. A backup that stays in the laptop is lost with it.</translation>
    </message>
</context>
<context>
    <name>BoxesTab</name>
    <message>
        <location filename="../../ui/pages/events.py" line="255" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="255" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="256" />
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="256" />
        <source>Last opened</source>
        <translation>Last opened</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="257" />
        <source>Openings this month</source>
        <translation>Openings this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="263" />
        <source>Group number</source>
        <translation>Group number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="265" />
        <source>Where the box hangs</source>
        <translation>Where the box hangs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="266" />
        <source>Add box</source>
        <translation>Add box</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="269" />
        <source>Record an opening of the selected box today</source>
        <translation>Record an opening of the selected box today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="276" />
        <source>Slips found:</source>
        <translation>Slips found:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="299" />
        <source>Groups without a box: %1</source>
        <translation>Groups without a box: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="308" />
        <source>Select a box first.</source>
        <translation>Select a box first.</translation>
    </message>
</context>
<context>
    <name>CadreDialog</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="98" />
        <source>Edit cadre</source>
        <translation>Edit cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="98" />
        <source>New cadre</source>
        <translation>New cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="102" />
        <source>Leads the station</source>
        <translation>Leads the station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="104" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="110" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="111" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="112" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CadreTableModel</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="76" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="76" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="76" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="76" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="77" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="84" />
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
</context>
<context>
    <name>CadresPage</name>
    <message>
        <location filename="../../ui/pages/cadres.py" line="242" />
        <source>Cadres and their households</source>
        <translation>Cadres and their households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="243" />
        <source>New cadre…</source>
        <translation>New cadre…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="244" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="245" />
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="246" />
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="247" />
        <source>Assign households</source>
        <translation>Assign households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="248" />
        <source>Whole group:</source>
        <translation>Whole group:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="249" />
        <source>Assign the group</source>
        <translation>Assign the group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="250" />
        <source>Find households to select (name, pinyin, digits)</source>
        <translation>Find households to select (name, pinyin, digits)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="251" />
        <source>Assign the selected households</source>
        <translation>Assign the selected households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="307" />
        <source>Make %1 the liaison cadre of:</source>
        <translation>Make %1 the liaison cadre of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="308" />
        <source>Pick a cadre on the left first.</source>
        <translation>Pick a cadre on the left first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cadres.py" line="340" />
        <source>No households selected.</source>
        <translation>No households selected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cadres.py" line="344" />
        <source>Assigning %n household(s)…</source>
        <translation><numerusform>Assigning %n household…</numerusform><numerusform>Assigning %n households…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cadres.py" line="351" />
        <source>%n household(s) now have %1 as liaison cadre.</source>
        <translation><numerusform>%n household now have %1 as liaison cadre.</numerusform><numerusform>%n households now have %1 as liaison cadre.</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarBox</name>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="114" />
        <source>Holiday table</source>
        <translation>Holiday table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="115" />
        <source>Import from file…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="116" />
        <source>Type the notice…</source>
        <translation>Type the notice…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="117" />
        <source>Only an administrator imports the holiday table.</source>
        <translation>Only an administrator imports the holiday table.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="133" />
        <source>%1: not known yet — deadlines counted into it are provisional</source>
        <translation>%1: not known yet — deadlines counted into it are provisional</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="136" />
        <source>%1: known (built into the program)</source>
        <translation>%1: known (built into the program)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="137" />
        <source>%1: known (from the township)</source>
        <translation>%1: known (from the township)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="138" />
        <source>%1: known (typed from the notice)</source>
        <translation>%1: known (typed from the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="139" />
        <source>%1: known (imported from a file)</source>
        <translation>%1: known (imported from a file)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="141" />
        <source>File columns: date, kind (holiday or workday, also 休 or 班), name — CSV (UTF-8 or GBK) or Excel .xlsx, with the header row date,kind,name or 日期,类型,名称.</source>
        <translation>File columns: date, kind (holiday or workday, also 休 or 班), name — CSV (UTF-8 or GBK) or Excel .xlsx, with the header row date,kind,name or 日期,类型,名称.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="148" />
        <source>Holiday table file</source>
        <translation>Holiday table file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="149" />
        <source>Holiday table (*.csv *.xlsx)</source>
        <translation>Holiday table (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/pages/cards.py" line="245" />
        <location filename="../../ui/pages/cards.py" line="415" />
        <location filename="../../ui/pages/cards.py" line="449" />
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="246" />
        <source>Which households get a card</source>
        <translation>Which households get a card</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="247" />
        <source>All households on the register</source>
        <translation>All households on the register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="248" />
        <source>One villager group:</source>
        <translation>One villager group:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="249" />
        <source>Selected on the Households page (%n)</source>
        <translation><numerusform>Selected on the Households page (%n)</numerusform><numerusform>Selected on the Households page (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="252" />
        <source>Needing a new card: liaison cadre changed (%n)</source>
        <translation><numerusform>Needing a new card: liaison cadre changed (%n)</numerusform><numerusform>Needing a new card: liaison cadre changed (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="254" />
        <source>Double-sided printer: backs behind each sheet</source>
        <translation>Double-sided printer: backs behind each sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="255" />
        <source>Without it, one sheet of backs per village is added to print on the reverse of the card stock.</source>
        <translation>Without it, one sheet of backs per village is added to print on the reverse of the card stock.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="258" />
        <source>Printing or saving the PDF gives every card a new number and records it in the register (the household's card history), naming its liaison cadre. The preview issues nothing.</source>
        <translation>Printing or saving the PDF gives every card a new number and records it in the register (the household's card history), naming its liaison cadre. The preview issues nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="261" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="262" />
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="263" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="311" />
        <location filename="../../ui/pages/cards.py" line="338" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="385" />
        <source>No household matches this choice.</source>
        <translation>No household matches this choice.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="388" />
        <source>%n card(s) on about %1 A4 sheet(s) of 10 cards.</source>
        <translation><numerusform>%n card on about %1 A4 sheet of 10 cards.</numerusform><numerusform>%n cards on about %1 A4 sheets of 10 cards.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="394" />
        <source>Preview: drawing the sheets…</source>
        <translation>Preview: drawing the sheets…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="397" />
        <source>Preview: nothing to show.</source>
        <translation>Preview: nothing to show.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="399" />
        <source>Preview of the PDF (the first %n household(s)); the card number is given when printing.</source>
        <translation><numerusform>Preview of the PDF (the first %n household); the card number is given when printing.</numerusform><numerusform>Preview of the PDF (the first %n households); the card number is given when printing.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="403" />
        <location filename="../../ui/pages/cards.py" line="530" />
        <source>The font has no %1 (in %2): printed as □ to write in by hand.</source>
        <translation>The font has no %1 (in %2): printed as □ to write in by hand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="416" />
        <source>%n household(s) will each get a new card number, recorded in the register.</source>
        <translation><numerusform>%n household will each get a new card number, recorded in the register.</numerusform><numerusform>%n households will each get a new card number, recorded in the register.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="419" />
        <source>Issue and continue</source>
        <translation>Issue and continue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="426" />
        <source>contact-cards</source>
        <translation>contact-cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="431" />
        <source>Save contact cards as PDF</source>
        <translation>Save contact cards as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="432" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="433" />
        <source>Then the PDF is saved.</source>
        <translation>Then the PDF is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="439" />
        <source>Print contact cards</source>
        <translation>Print contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="442" />
        <source>Then the sheets go to the printer.</source>
        <translation>Then the sheets go to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="463" />
        <source>Drawing the contact cards…</source>
        <translation>Drawing the contact cards…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="486" />
        <source>Printing the contact cards…</source>
        <translation>Printing the contact cards…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/cards.py" line="514" />
        <location filename="../../ui/pages/cards.py" line="543" />
        <source>Stopped: no card was issued, nothing was saved.</source>
        <translation>Stopped: no card was issued, nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="522" />
        <source>%n card(s) issued and saved: %1 page(s) in %2.</source>
        <translation><numerusform>%n card issued and saved: %1 page in %2.</numerusform><numerusform>%n cards issued and saved: %1 pages in %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="527" />
        <source>%n card(s) issued and sent to the printer (%1 page(s)).</source>
        <translation><numerusform>%n card issued and sent to the printer (%1 page).</numerusform><numerusform>%n cards issued and sent to the printer (%1 pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../ui/wizard.py" line="64" />
        <source>Division code and name</source>
        <translation>Division code and name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="75" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="76" />
        <source>Township name</source>
        <translation>Township name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="77" />
        <source>Administrator (your name)</source>
        <translation>Administrator (your name)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="78" />
        <source>Recorded with every change you make</source>
        <translation>Recorded with every change you make</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="91" />
        <source>Village code (12 digits)</source>
        <translation>Village code (12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="92" />
        <source>Township code (9 digits)</source>
        <translation>Township code (9 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="95" />
        <source>County code (6 digits)</source>
        <translation>County code (6 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97" />
        <source>e.g. 石江村</source>
        <translation>e.g. 石江村</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="97" />
        <source>e.g. 石江镇</source>
        <translation>e.g. 石江镇</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../ui/pages/compare.py" line="82" />
        <source>Households visited</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="83" />
        <source>Coverage this year</source>
        <translation>Coverage this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="84" />
        <source>Matters received</source>
        <translation>Matters received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="85" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="86" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="87" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="88" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="89" />
        <source>Villagers' rating</source>
        <translation>Villagers' rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="90" />
        <source>Plan closure</source>
        <translation>Plan closure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="91" />
        <source>Duties met</source>
        <translation>Duties met</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="95" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="95" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="95" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="96" />
        <source>Last batch</source>
        <translation>Last batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="118" />
        <source> (bottom)</source>
        <translation> (bottom)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="123" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/compare.py" line="125" />
        <source>%1, %n day(s) ago</source>
        <translation><numerusform>%1, %n day ago</numerusform><numerusform>%1, %n days ago</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="131" />
        <source>Last month %1 · same month last year %2</source>
        <translation>Last month %1 · same month last year %2</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../ui/pages/compare.py" line="319" />
        <source>Villages compared</source>
        <translation>Villages compared</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="320" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="321" />
        <source>Village name or code</source>
        <translation>Village name or code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="322" />
        <source>Bottom or no batch this month only</source>
        <translation>Bottom or no batch this month only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="323" />
        <source>Trend over 12 months:</source>
        <translation>Trend over 12 months:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/compare.py" line="380" />
        <source>%n village(s) ranked. Bottom: %1.</source>
        <translation><numerusform>%n village ranked. Bottom: %1.</numerusform><numerusform>%n villages ranked. Bottom: %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/compare.py" line="383" />
        <source>No batch this month: %1.</source>
        <translation>No batch this month: %1.</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <location filename="../../ui/pages/county.py" line="233" />
        <source>County desk: townships compared</source>
        <translation>County desk: townships compared</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="234" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="235" />
        <source>Import batches…</source>
        <translation>Import batches…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="236" />
        <source>Reply to township…</source>
        <translation>Reply to township…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="237" />
        <source>Receipts, supervision notices and the county's holiday table for the township chosen above</source>
        <translation>Receipts, supervision notices and the county's holiday table for the township chosen above</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="239" />
        <source>Supervise township…</source>
        <translation>Supervise township…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="240" />
        <source>A supervision notice for each village of the township chosen above with overdue matters; it travels in the next reply to the township</source>
        <translation>A supervision notice for each village of the township chosen above with overdue matters; it travels in the next reply to the township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="245" />
        <source>Read-only: every record here belongs to the village or township that sent it; the county writes only its own supervision notices and replies.</source>
        <translation>Read-only: every record here belongs to the village or township that sent it; the county writes only its own supervision notices and replies.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="257" />
        <source>Villages of %1</source>
        <translation>Villages of %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="258" />
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="259" />
        <source>Overdue matters by township</source>
        <translation>Overdue matters by township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="260" />
        <source>Supervision notices (%1)</source>
        <translation>Supervision notices (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/county.py" line="308" />
        <source>%n township(s) ranked. Bottom: %1.</source>
        <translation><numerusform>%n township ranked. Bottom: %1.</numerusform><numerusform>%n townships ranked. Bottom: %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="310" />
        <source>Overdue across the county: %1.</source>
        <translation>Overdue across the county: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="316" />
        <source>Township batches</source>
        <translation>Township batches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="317" />
        <source>Batch files (*.mqb)</source>
        <translation>Batch files (*.mqb)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="329" />
        <source>%1: refused — %2</source>
        <translation>%1: refused — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/county.py" line="333" />
        <source>%1: %n village batch(es) checked and applied</source>
        <translation><numerusform>%1: %n village batch(es) checked and applied</numerusform><numerusform>%1: %n village batch(es) checked and applied</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="341" />
        <source>Folder for the reply batch</source>
        <translation>Folder for the reply batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="356" />
        <source>Reply for %1 written: %2</source>
        <translation>Reply for %1 written: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="365" />
        <source>Supervise township</source>
        <translation>Supervise township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="366" />
        <source>Issue a supervision notice to each village of %1 with overdue matters?</source>
        <translation>Issue a supervision notice to each village of %1 with overdue matters?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/county.py" line="379" />
        <source>%n supervision notice(s) issued: %1. They travel in the next reply to the township.</source>
        <translation><numerusform>%n supervision notice issued: %1. They travel in the next reply to the township.</numerusform><numerusform>%n supervision notices issued: %1. They travel in the next reply to the township.</numerusform></translation>
    </message>
</context>
<context>
    <name>CountyRow</name>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="55" />
        <source>Send to county</source>
        <translation>Send to county</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="56" />
        <source>Write this township's batch for the county to the USB drive, with the villages' batches it forwards</source>
        <translation>Write this township's batch for the county to the USB drive, with the villages' batches it forwards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="58" />
        <source>Accept the county's reply</source>
        <translation>Accept the county's reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="59" />
        <source>Apply the county's reply files on the USB drive: receipts, supervision notices, holidays</source>
        <translation>Apply the county's reply files on the USB drive: receipts, supervision notices, holidays</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="71" />
        <source>County: not paired yet — pair with the county's station card first</source>
        <translation>County: not paired yet — pair with the county's station card first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="74" />
        <source>County: %1 (%2)</source>
        <translation>County: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="83" />
        <source>Choose the USB drive (or a folder) first.</source>
        <translation>Choose the USB drive (or a folder) first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/exchange/county.py" line="96" />
        <source>Written for the county: %1 (%2 township record(s)); %n village batch(es) forwarded beside it.</source>
        <translation><numerusform>Written for the county: %1 (%2 township record); %n village batch(es) forwarded beside it.</numerusform><numerusform>Written for the county: %1 (%2 township records); %n village batch(es) forwarded beside it.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="108" />
        <source>No reply from the county on the USB drive.</source>
        <translation>No reply from the county on the USB drive.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="115" />
        <source>%1: refused — %2</source>
        <translation>%1: refused — %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/county.py" line="120" />
        <source>%1: already accepted</source>
        <translation>%1: already accepted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/exchange/county.py" line="122" />
        <source>%1: %2 batch(es) confirmed, %n supervision notice(s) from the county</source>
        <translation><numerusform>%1: %2 batch(es) confirmed, %n supervision notice from the county</numerusform><numerusform>%1: %2 batch(es) confirmed, %n supervision notices from the county</numerusform></translation>
    </message>
</context>
<context>
    <name>DeadlineRulesBox</name>
    <message>
        <location filename="../../ui/deadline_box.py" line="71" />
        <source>Default time limits (working days)</source>
        <translation>Default time limits (working days)</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_box.py" line="73" />
        <source>A new matter's deadline is counted from these, by category and urgency. Matters already recorded keep their deadline.</source>
        <translation>A new matter's deadline is counted from these, by category and urgency. Matters already recorded keep their deadline.</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_box.py" line="75" />
        <source>Only an administrator changes the default time limits.</source>
        <translation>Only an administrator changes the default time limits.</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_box.py" line="80" />
        <source>Save time limits</source>
        <translation>Save time limits</translation>
    </message>
    <message>
        <location filename="../../ui/deadline_box.py" line="84" />
        <source>Built in: %1</source>
        <translation>Built in: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deadline_box.py" line="110" />
        <source>%n time limit(s) changed</source>
        <translation><numerusform>%n time limit changed</numerusform><numerusform>%n time limits changed</numerusform></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="576" />
        <source>Diary</source>
        <translation>Diary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="579" />
        <location filename="../../ui/pages/visits.py" line="591" />
        <source>All cadres</source>
        <translation>All cadres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="613" />
        <source>Day / household</source>
        <translation>Day / household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="613" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="614" />
        <source>What was learned</source>
        <translation>What was learned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="617" />
        <source>No cadres yet: add them on the Cadres page.</source>
        <translation>No cadres yet: add them on the Cadres page.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="644" />
        <source>%n visit(s)</source>
        <translation><numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="648" />
        <source>%n visit(s) this month</source>
        <translation><numerusform>%n visit this month</numerusform><numerusform>%n visits this month</numerusform></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="305" />
        <source>Paired</source>
        <translation>Paired</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="310" />
        <source>%1 (%2) is now enrolled. Batches can be exchanged.</source>
        <translation>%1 (%2) is now enrolled. Batches can be exchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="311" />
        <source>%1 (%2) was already enrolled with this key.</source>
        <translation>%1 (%2) was already enrolled with this key.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="312" />
        <source>The keys of %1 (%2) were replaced. The old key stays on record.</source>
        <translation>The keys of %1 (%2) were replaced. The old key stays on record.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="315" />
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="317" />
        <source>Old fingerprint (kept on record): %1</source>
        <translation>Old fingerprint (kept on record): %1</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="58" />
        <source>USB drive:</source>
        <translation>USB drive:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="59" />
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="60" />
        <source>Look again for USB drives (after plugging one in)</source>
        <translation>Look again for USB drives (after plugging one in)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="61" />
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="91" />
        <source>No USB drive found — plug one in, or choose a folder</source>
        <translation>No USB drive found — plug one in, or choose a folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="94" />
        <source>USB drive</source>
        <translation>USB drive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="94" />
        <source>other drive</source>
        <translation>other drive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="95" />
        <location filename="../../ui/pages/exchange/drive.py" line="140" />
        <source>not ready</source>
        <translation>not ready</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="97" />
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="99" />
        <location filename="../../ui/pages/exchange/drive.py" line="138" />
        <source>%1 free</source>
        <translation>%1 free</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="101" />
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/drive.py" line="120" />
        <source>Choose the folder of the USB drive</source>
        <translation>Choose the folder of the USB drive</translation>
    </message>
</context>
<context>
    <name>DutiesPanel</name>
    <message>
        <location filename="../../ui/duties_panel.py" line="45" />
        <source>This month's duties</source>
        <translation>This month's duties</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/pages/events.py" line="96" />
        <source>New gathering</source>
        <translation>New gathering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="122" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="126" />
        <source>Name or pinyin initials</source>
        <translation>Name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="127" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="128" />
        <source>Tick all listed</source>
        <translation>Tick all listed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="136" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="136" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="137" />
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="137" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="138" />
        <source>Add a matter raised</source>
        <translation>Add a matter raised</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="143" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="146" />
        <source>days:</source>
        <translation>days:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="148" />
        <source>hours a day:</source>
        <translation>hours a day:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="150" />
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="151" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="152" />
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="153" />
        <source>Chair:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="154" />
        <source>Cadres present:</source>
        <translation>Cadres present:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="155" />
        <source>Other guests:</source>
        <translation>Other guests:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="161" />
        <source>Households:</source>
        <translation>Households:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="163" />
        <source>Minutes:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="164" />
        <source>Matters raised:</source>
        <translation>Matters raised:</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events.py" line="377" />
        <source>Gatherings and opinion boxes</source>
        <translation>Gatherings and opinion boxes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="378" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="379" />
        <source>New gathering…</source>
        <translation>New gathering…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="380" />
        <source>Gatherings</source>
        <translation>Gatherings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="381" />
        <source>Opinion boxes</source>
        <translation>Opinion boxes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="382" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="382" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="382" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="383" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="383" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="383" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="384" />
        <source>Settled on the spot</source>
        <translation>Settled on the spot</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="405" />
        <source>%1 gatherings, %2 joint office days, %3 households reached, %4 matters raised, %5 settled on the spot</source>
        <translation>%1 gatherings, %2 joint office days, %3 households reached, %4 matters raised, %5 settled on the spot</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange/page.py" line="120" />
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/page.py" line="121" />
        <source>Pair with a station…</source>
        <translation>Pair with a station…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/page.py" line="122" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/page.py" line="123" />
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/page.py" line="124" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/page.py" line="149" />
        <source>This station: %1 · %2 %3 · key fingerprint %4</source>
        <translation>This station: %1 · %2 %3 · key fingerprint %4</translation>
    </message>
</context>
<context>
    <name>ExchangeReport</name>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="64" />
        <source>Village groups</source>
        <translation>Village groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="64" />
        <source>Cadres</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="65" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="65" />
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="66" />
        <source>Liaison assignments</source>
        <translation>Liaison assignments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="67" />
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="67" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="68" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="68" />
        <source>Matter progress notes</source>
        <translation>Matter progress notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="69" />
        <source>Township replies</source>
        <translation>Township replies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="69" />
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="70" />
        <source>Work plan items</source>
        <translation>Work plan items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="71" />
        <source>Villagers' ratings</source>
        <translation>Villagers' ratings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="72" />
        <source>Gatherings</source>
        <translation>Gatherings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="73" />
        <source>Households at gatherings</source>
        <translation>Households at gatherings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="74" />
        <source>Opinion boxes</source>
        <translation>Opinion boxes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="75" />
        <source>Box openings</source>
        <translation>Box openings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="87" />
        <source>Read back from the USB drive and verified: complete and sealed.</source>
        <translation>Read back from the USB drive and verified: complete and sealed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="88" />
        <source>A copy stays on this computer until the receipt confirms it, so a lost USB drive costs nothing.</source>
        <translation>A copy stays on this computer until the receipt confirms it, so a lost USB drive costs nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="92" />
        <source>full batch</source>
        <translation>full batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="92" />
        <source>changes only</source>
        <translation>changes only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="94" />
        <source>no records</source>
        <translation>no records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="95" />
        <source>Batch no. %1 for %2 written.</source>
        <translation>Batch no. %1 for %2 written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="97" />
        <source>File: %1 (%2, %3)</source>
        <translation>File: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="99" />
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="110" />
        <source>Refused — nothing was imported from this file</source>
        <translation>Refused — nothing was imported from this file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="111" />
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="112" />
        <source>Already imported before — nothing changed</source>
        <translation>Already imported before — nothing changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="113" />
        <source>Checked and can be imported (nothing written yet)</source>
        <translation>Checked and can be imported (nothing written yet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="114" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="115" />
        <source>Missing batches:</source>
        <translation>Missing batches:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="118" />
        <source>batch no. %1 from %2</source>
        <translation>batch no. %1 from %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="121" />
        <source>new %1 · updated %2 · unchanged %3 · conflicts %4</source>
        <translation>new %1 · updated %2 · unchanged %3 · conflicts %4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="132" />
        <source>Would give: %1</source>
        <translation>Would give: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="138" />
        <source>Conflicting records keep the version here; decide them under Status.</source>
        <translation>Conflicting records keep the version here; decide them under Status.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/report.py" line="154" />
        <source>refusal receipt for batch no. %1 from %2 recorded; it goes with the next batch to that village.</source>
        <translation>refusal receipt for batch no. %1 from %2 recorded; it goes with the next batch to that village.</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="121" />
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="129" />
        <source>Current deadline</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="133" />
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="134" />
        <source>The extension is kept in the matter's history and counted in the month's ledger.</source>
        <translation>The extension is kept in the matter's history and counted in the month's ledger.</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="141" />
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="142" />
        <source>This station has no accounts yet. Create the administrator account; it signs in from now on and can add clerks.</source>
        <translation>This station has no accounts yet. Create the administrator account; it signs in from now on and can add clerks.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="152" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="153" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="154" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="155" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="75" />
        <source>Pair with a station</source>
        <translation>Pair with a station</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="76" />
        <source>Step 1 of 3: the USB drive that carries the station cards</source>
        <translation>Step 1 of 3: the USB drive that carries the station cards</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="78" />
        <source>A village pairs once with its township, and the township with each of its villages. Each side writes its card to a USB drive and enrolls the other's card. Cards hold no personal data, only the station's name, code and public keys.</source>
        <translation>A village pairs once with its township, and the township with each of its villages. Each side writes its card to a USB drive and enrolls the other's card. Cards hold no personal data, only the station's name, code and public keys.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="81" />
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="84" />
        <source>Choose the folder of the USB drive</source>
        <translation>Choose the folder of the USB drive</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="187" />
        <source>This month at a glance — %1</source>
        <translation>This month at a glance — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="190" />
        <source>Click a figure to open the list behind it.</source>
        <translation>Click a figure to open the list behind it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="193" />
        <source>The %1 holiday table is not in yet: deadlines that run into %1 count Monday to Friday only and are marked provisional. Import it in Settings → Holiday table once the State Council publishes it, or wait for the township's reply batch.</source>
        <translation>The %1 holiday table is not in yet: deadlines that run into %1 count Monday to Friday only and are marked provisional. Import it in Settings → Holiday table once the State Council publishes it, or wait for the township's reply batch.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="206" />
        <source>last batch sent to the villages</source>
        <translation>last batch sent to the villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="207" />
        <source>last batch sent to the township</source>
        <translation>last batch sent to the township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="209" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="211" />
        <source>waiting for its receipt</source>
        <translation>waiting for its receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="212" />
        <source>confirmed by the township</source>
        <translation>confirmed by the township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="213" />
        <source>refused by the township</source>
        <translation>refused by the township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="215" />
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="221" />
        <source>visits this month</source>
        <translation>visits this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="222" />
        <source>households visited this month</source>
        <translation>households visited this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="224" />
        <source>households visited this year</source>
        <translation>households visited this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="225" />
        <source>households on the register</source>
        <translation>households on the register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="226" />
        <source>matters open</source>
        <translation>matters open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="227" />
        <source>matters overdue</source>
        <translation>matters overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="228" />
        <source>matters due this week</source>
        <translation>matters due this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="230" />
        <source>households not yet visited this year</source>
        <translation>households not yet visited this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="241" />
        <source>This station is not paired with its township yet: the month's batch cannot be sent until it is. Pairing takes a few minutes with the township on the phone.</source>
        <translation>This station is not paired with its township yet: the month's batch cannot be sent until it is. Pairing takes a few minutes with the township on the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="243" />
        <source>Pair with the township…</source>
        <translation>Pair with the township…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="189" />
        <source>Visits in the last 12 months</source>
        <translation>Visits in the last 12 months</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../../ui/pages/households.py" line="140" />
        <source>Pick a household in the list.</source>
        <translation>Pick a household in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="140" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="141" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="141" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="142" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="142" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="143" />
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="143" />
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="144" />
        <source>No liaison cadre assigned yet.</source>
        <translation>No liaison cadre assigned yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="145" />
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="145" />
        <source>No contact card issued yet.</source>
        <translation>No contact card issued yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="146" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="146" />
        <source>Not visited yet.</source>
        <translation>Not visited yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="147" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="147" />
        <source>No matters.</source>
        <translation>No matters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="148" />
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/households.py" line="165" />
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../ui/pages/households.py" line="96" />
        <source>Edit household</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="96" />
        <source>New household</source>
        <translation>New household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="97" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="97" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="97" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="98" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="98" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="98" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="98" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="113" />
        <source>Name, pinyin initials (zs) or last digits</source>
        <translation>Name, pinyin initials (zs) or last digits</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="130" />
        <source>liaison %1</source>
        <translation>liaison %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="140" />
        <source>No household matches “%1”</source>
        <translation>No household matches “%1”</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../ui/household_model.py" line="52" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="52" />
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="52" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="53" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="53" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="53" />
        <source>Liaison cadre</source>
        <translation>Liaison cadre</translation>
    </message>
    <message>
        <location filename="../../ui/household_model.py" line="53" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="314" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="316" />
        <source>Search: name, pinyin initials, last digits of ID or phone (Ctrl+F)</source>
        <translation>Search: name, pinyin initials, last digits of ID or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="317" />
        <source>Not visited this year</source>
        <translation>Not visited this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="318" />
        <source>New household…</source>
        <translation>New household…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="319" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="320" />
        <source>Record a visit…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="321" />
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="322" />
        <source>Import the village's roster from an Excel or CSV file</source>
        <translation>Import the village's roster from an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="324" />
        <location filename="../../ui/pages/households.py" line="406" />
        <source>Show full ID number</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="327" />
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="327" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="328" />
        <source>All liaison cadres</source>
        <translation>All liaison cadres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="380" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/households.py" line="382" />
        <source>%n household(s)</source>
        <translation><numerusform>%n household</numerusform><numerusform>%n households</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="394" />
        <source>Shows this household's full ID number; the showing is recorded in the audit trail</source>
        <translation>Shows this household's full ID number; the showing is recorded in the audit trail</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="218" />
        <source>Import roster from Excel</source>
        <translation>Import roster from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="220" />
        <source>1. Choose the roster file</source>
        <translation>1. Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="221" />
        <source>2. Check the columns</source>
        <translation>2. Check the columns</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222" />
        <source>3. Check before importing</source>
        <translation>3. Check before importing</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="223" />
        <source>4. Imported</source>
        <translation>4. Imported</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="226" />
        <source>Choose the village's roster: an Excel workbook (.xlsx) or a CSV file. Title rows, merged cells, blank and subtotal rows are fine. Nothing is written until you press Import at the end.</source>
        <translation>Choose the village's roster: an Excel workbook (.xlsx) or a CSV file. Title rows, merged cells, blank and subtotal rows are fine. Nothing is written until you press Import at the end.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="229" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="230" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231" />
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233" />
        <location filename="../../ui/import_dialog.py" line="435" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233" />
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233" />
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="234" />
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="235" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="236" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="237" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="238" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="238" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="239" />
        <source>Save refusal report…</source>
        <translation>Save refusal report…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="269" />
        <source>Choose the roster file</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="270" />
        <source>Rosters (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Rosters (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="327" />
        <source>— leave out —</source>
        <translation>— leave out —</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="351" />
        <source>Columns %1 and %2 are both imported as “%3”: leave one out.</source>
        <translation>Columns %1 and %2 are both imported as “%3”: leave one out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="368" />
        <source>Sheet “%1”: header on row %2, %n row(s) below it.</source>
        <translation><numerusform>Sheet “%1”: header on row %2, %n row below it.</numerusform><numerusform>Sheet “%1”: header on row %2, %n rows below it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="373" />
        <source>%n column(s) were not recognised (shaded): choose what each holds, or leave it out.</source>
        <translation><numerusform>%n column were not recognised (shaded): choose what each holds, or leave it out.</numerusform><numerusform>%n columns were not recognised (shaded): choose what each holds, or leave it out.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="403" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="422" />
        <source>If you import now — households: %1 new, %2 updated, %3 already the same; rows refused: %4. Nothing has been written yet.</source>
        <translation>If you import now — households: %1 new, %2 updated, %3 already the same; rows refused: %4. Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="425" />
        <source>Imported — households: %1 new, %2 updated, %3 already the same; rows refused and not stored: %4.</source>
        <translation>Imported — households: %1 new, %2 updated, %3 already the same; rows refused and not stored: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="432" />
        <source>%n blank, subtotal or repeated header row(s) skipped.</source>
        <translation><numerusform>%n blank, subtotal or repeated header row skipped.</numerusform><numerusform>%n blank, subtotal or repeated header rows skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="433" />
        <source>Refused rows (row numbers as in Excel):</source>
        <translation>Refused rows (row numbers as in Excel):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="434" />
        <source>No row was refused.</source>
        <translation>No row was refused.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="435" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="436" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="445" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="457" />
        <source>%1_refused.xlsx</source>
        <translation>%1_refused.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="459" />
        <source>Save refusal report</source>
        <translation>Save refusal report</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="460" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="476" />
        <source>%n refused row(s) saved to %1, with the reason beside each.</source>
        <translation><numerusform>%n refused row saved to %1, with the reason beside each.</numerusform><numerusform>%n refused rows saved to %1, with the reason beside each.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="517" />
        <location filename="../../ui/import_dialog.py" line="523" />
        <source>Stopped: nothing was written.</source>
        <translation>Stopped: nothing was written.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="36" />
        <source>What kind of station is this laptop?</source>
        <translation>What kind of station is this laptop?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="37" />
        <source>A village (or community) keeps its households; a township merges the batches of its villages.</source>
        <translation>A village (or community) keeps its households; a township merges the batches of its villages.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="39" />
        <source>Village / community mass-work station</source>
        <translation>Village / community mass-work station</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="40" />
        <source>Township station</source>
        <translation>Township station</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="41" />
        <source>County office (over its townships)</source>
        <translation>County office (over its townships)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="73" />
        <source>Locked — sign in again</source>
        <translation>Locked — sign in again</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="74" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87" />
        <source>The screen was locked after a time without use.</source>
        <translation>The screen was locked after a time without use.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="88" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="89" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="268" />
        <source>Restore the last good backup</source>
        <translation>Restore the last good backup</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>The daily check found damage in this station's file:
%1

Stop entering data, close Minqing and ask your township's IT contact to restore the last good backup:
%2</source>
        <translation>The daily check found damage in this station's file:
%1

Stop entering data, close Minqing and ask your township's IT contact to restore the last good backup:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205" />
        <source>(no good backup found)</source>
        <translation>(no good backup found)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>The station's file is damaged</source>
        <translation>The station's file is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370" />
        <source>Cadres</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370" />
        <source>Contact cards</source>
        <translation>Contact cards</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371" />
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>Work plans</source>
        <translation>Work plans</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374" />
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374" />
        <source>Gatherings</source>
        <translation>Gatherings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375" />
        <source>Villages compared</source>
        <translation>Villages compared</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375" />
        <source>County desk</source>
        <translation>County desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>Show or hide the side menu (F9)</source>
        <translation>Show or hide the side menu (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387" />
        <source>Minqing people's-conditions ledger — %1</source>
        <translation>Minqing people's-conditions ledger — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="520" />
        <source>Visit saved with %n matter(s).</source>
        <translation><numerusform>Visit saved with %n matter.</numerusform><numerusform>Visit saved with %n matters.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529" />
        <source>Matter saved.</source>
        <translation>Matter saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540" />
        <source>Cadres saved.</source>
        <translation>Cadres saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="560" />
        <source>%n household(s) listed</source>
        <translation><numerusform>%n household listed</numerusform><numerusform>%n households listed</numerusform></translation>
    </message>
</context>
<context>
    <name>MatterCard</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="232" />
        <source>Progress note: what was done today</source>
        <translation>Progress note: what was done today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="233" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="234" />
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="235" />
        <source>Escalate to township…</source>
        <translation>Escalate to township…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="236" />
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="237" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="238" />
        <source>Reassign owner…</source>
        <translation>Reassign owner…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="239" />
        <source>Extend deadline…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="240" />
        <source>Print matter card…</source>
        <translation>Print matter card…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="241" />
        <source>The household came back unsatisfied: work on it again</source>
        <translation>The household came back unsatisfied: work on it again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="244" />
        <source>Record satisfaction…</source>
        <translation>Record satisfaction…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="282" />
        <source>Pick a matter in the list.</source>
        <translation>Pick a matter in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="282" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="283" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="283" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="284" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="284" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="285" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="285" />
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="286" />
        <source>(provisional: that year's holiday table is not in yet)</source>
        <translation>(provisional: that year's holiday table is not in yet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="287" />
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="287" />
        <location filename="../../ui/pages/matters.py" line="389" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="288" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="288" />
        <source>not asked yet</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="289" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="289" />
        <source>Township reply</source>
        <translation>Township reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="290" />
        <source>No progress notes yet.</source>
        <translation>No progress notes yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="310" />
        <source>Under supervision: notice %1, reply by %2</source>
        <translation>Under supervision: notice %1, reply by %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="389" />
        <source>Resolve the matter</source>
        <translation>Resolve the matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="397" />
        <source>Escalate to the township</source>
        <translation>Escalate to the township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="398" />
        <source>Why the village cannot solve it</source>
        <translation>Why the village cannot solve it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="405" />
        <source>Answer the escalated matter</source>
        <translation>Answer the escalated matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="405" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>MatterEntry</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="144" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="145" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="146" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="147" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="148" />
        <source>Provisional: that year's holiday table is not in yet</source>
        <translation>Provisional: that year's holiday table is not in yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="152" />
        <source>What is asked, in a few words</source>
        <translation>What is asked, in a few words</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="153" />
        <source>Remove this matter</source>
        <translation>Remove this matter</translation>
    </message>
</context>
<context>
    <name>MatterTableModel</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="90" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="90" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="91" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="91" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="92" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="92" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="93" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="94" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="106" />
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="107" />
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
</context>
<context>
    <name>MattersPage</name>
    <message>
        <location filename="../../ui/pages/matters.py" line="538" />
        <source>Matters — one card per matter</source>
        <translation>Matters — one card per matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="539" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="540" />
        <source>New matter (walk-in or phone)…</source>
        <translation>New matter (walk-in or phone)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="541" />
        <source>Showing the matters due this week</source>
        <translation>Showing the matters due this week</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="543" />
        <source>Showing the matters not yet resolved</source>
        <translation>Showing the matters not yet resolved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="544" />
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="547" />
        <source>A matter is recorded with the contact that raised it: the visit form opens with one matter row</source>
        <translation>A matter is recorded with the contact that raised it: the visit form opens with one matter row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="549" />
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="550" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="551" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="552" />
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matters.py" line="557" />
        <location filename="../../ui/pages/matters.py" line="607" />
        <source>%n matter(s)</source>
        <translation><numerusform>%n matter</numerusform><numerusform>%n matters</numerusform></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="43" />
        <source>Type the holiday notice</source>
        <translation>Type the holiday notice</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="45" />
        <source>One day per line: date, 休 (day off) or 班 (make-up working day), name. For example:</source>
        <translation>One day per line: date, 休 (day off) or 班 (make-up working day), name. For example:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="56" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/calendar_box.py" line="57" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoticesBox</name>
    <message numerus="yes">
        <location filename="../../ui/pages/home_notices.py" line="51" />
        <source>Supervision notices from the township: %n</source>
        <translation><numerusform>Supervision notices from the township: %n</numerusform><numerusform>Supervision notices from the township: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_notices.py" line="55" />
        <source>reply by %1</source>
        <translation>reply by %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/home_notices.py" line="57" />
        <source>%n day(s) late</source>
        <translation><numerusform>%n day late</numerusform><numerusform>%n days late</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/home_notices.py" line="59" />
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/home_notices.py" line="62" />
        <source>%n overdue matter(s)</source>
        <translation><numerusform>%n overdue matter</numerusform><numerusform>%n overdue matters</numerusform></translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <location filename="../../ui/pages/county.py" line="141" />
        <source>Notice no.</source>
        <translation>Notice no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="141" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="141" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="142" />
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="142" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="142" />
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <location filename="../../ui/pages/supervision.py" line="71" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="71" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="71" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="72" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="72" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="72" />
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="73" />
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="73" />
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="73" />
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/supervision.py" line="77" />
        <source>waiting %n day(s)</source>
        <translation><numerusform>waiting %n day</numerusform><numerusform>waiting %n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="79" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="111" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="111" />
        <source>Overdue matters</source>
        <translation>Overdue matters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="112" />
        <source>Longest overdue (days)</source>
        <translation>Longest overdue (days)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="113" />
        <source>Escalations waiting</source>
        <translation>Escalations waiting</translation>
    </message>
</context>
<context>
    <name>OwnCardPage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="118" />
        <source>This station's card</source>
        <translation>This station's card</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="119" />
        <source>Step 2 of 3: write this station's card to the USB drive</source>
        <translation>Step 2 of 3: write this station's card to the USB drive</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="121" />
        <source>Write the card, then take the USB drive to the other station (or copy the card onto its drive). If you already did this, go on to the next step.</source>
        <translation>Write the card, then take the USB drive to the other station (or copy the card onto its drive). If you already did this, go on to the next step.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="123" />
        <source>Write this station's card</source>
        <translation>Write this station's card</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="125" />
        <source>Card written: %1</source>
        <translation>Card written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="128" />
        <source>Fingerprint of this station: %1</source>
        <translation>Fingerprint of this station: %1</translation>
    </message>
</context>
<context>
    <name>PairingWizard</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="342" />
        <source>Pair with a station</source>
        <translation>Pair with a station</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="97" />
        <source>Change the password of %1</source>
        <translation>Change the password of %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="102" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="103" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>PayoutModel</name>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="133" />
        <source>Cadre</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="133" />
        <source>Closure rate</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="133" />
        <source>Proposed (yuan)</source>
        <translation>Proposed (yuan)</translation>
    </message>
</context>
<context>
    <name>PeerCardPage</name>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="187" />
        <source>The other station's card</source>
        <translation>The other station's card</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="188" />
        <source>Step 3 of 3: enroll the card of the other station</source>
        <translation>Step 3 of 3: enroll the card of the other station</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="190" />
        <source>Pick the other station's card. Then phone its clerk: they read their fingerprint (shown on their screen), you compare it with the one below.</source>
        <translation>Pick the other station's card. Then phone its clerk: they read their fingerprint (shown on their screen), you compare it with the one below.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="192" />
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="193" />
        <source>Choose a card file…</source>
        <translation>Choose a card file…</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="194" />
        <source>The other clerk read me this same fingerprint</source>
        <translation>The other clerk read me this same fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="195" />
        <source>Yes, replace the keys (the old key stays on record)</source>
        <translation>Yes, replace the keys (the old key stays on record)</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="214" />
        <source>Choose a card file</source>
        <translation>Choose a card file</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="215" />
        <source>Station cards (*.card)</source>
        <translation>Station cards (*.card)</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="254" />
        <source>No card picked.</source>
        <translation>No card picked.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="257" />
        <source>No station card on this drive. Ask the other station to write its card.</source>
        <translation>No station card on this drive. Ask the other station to write its card.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="260" />
        <source>Card of %1 (%2, code %3).</source>
        <translation>Card of %1 (%2, code %3).</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="262" />
        <source>Already enrolled with this same key: nothing to change.</source>
        <translation>Already enrolled with this same key: nothing to change.</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="264" />
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pairing_wizard.py" line="267" />
        <source>%1 is already enrolled with other keys (fingerprint %2). A new card is normal after a laptop was lost or reinstalled — and is how an impostor would try to take its place. Replace only if its clerk confirmed the new fingerprint.</source>
        <translation>%1 is already enrolled with other keys (fingerprint %2). A new card is normal after a laptop was lost or reinstalled — and is how an impostor would try to take its place. Replace only if its clerk confirmed the new fingerprint.</translation>
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
    <name>PlanTableModel</name>
    <message>
        <location filename="../../ui/pages/plans.py" line="76" />
        <source>Cadre</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="76" />
        <source>Plan item</source>
        <translation>Plan item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="76" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="77" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="77" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="77" />
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="85" />
        <source>(carried over)</source>
        <translation>(carried over)</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/pages/plans.py" line="222" />
        <source>Work plans (预安销号)</source>
        <translation>Work plans (预安销号)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="223" />
        <location filename="../../ui/pages/plans.py" line="226" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="224" />
        <location filename="../../ui/pages/plans.py" line="225" />
        <source>Cadre:</source>
        <translation>Cadre:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="227" />
        <source>New items, one per line</source>
        <translation>New items, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="228" />
        <source>Type each item on its own line; Ctrl+Enter adds them all to the cadre's plan.</source>
        <translation>Type each item on its own line; Ctrl+Enter adds them all to the cadre's plan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="230" />
        <source>Assigned by the level above (安, approved at once)</source>
        <translation>Assigned by the level above (安, approved at once)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="231" />
        <source>Add items (Ctrl+Enter)</source>
        <translation>Add items (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="232" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="233" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="234" />
        <source>Not done…</source>
        <translation>Not done…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="235" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="236" />
        <source>Carry to next month</source>
        <translation>Carry to next month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="237" />
        <source>Drop…</source>
        <translation>Drop…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="242" />
        <location filename="../../ui/pages/plans.py" line="274" />
        <source>All cadres</source>
        <translation>All cadres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="302" />
        <source>%1 items, %2 done: closure rate %3</source>
        <translation>%1 items, %2 done: closure rate %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="306" />
        <source>No plan items for this month yet.</source>
        <translation>No plan items for this month yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="335" />
        <source>Only an administrator (the level above) approves, assigns and confirms.</source>
        <translation>Only an administrator (the level above) approves, assigns and confirms.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="388" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="389" />
        <source>Why was it not done?</source>
        <translation>Why was it not done?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="410" />
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="410" />
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>PrintCardDialog</name>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="159" />
        <location filename="../../ui/matter_dialogs.py" line="237" />
        <source>Print matter card</source>
        <translation>Print matter card</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="170" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="171" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="178" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="179" />
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="198" />
        <source>matter-card</source>
        <translation>matter-card</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="203" />
        <source>Save matter card as PDF</source>
        <translation>Save matter card as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="204" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matter_dialogs.py" line="226" />
        <source>Saved to %1 (%n page(s))</source>
        <translation><numerusform>Saved to %1 (%n page)</numerusform><numerusform>Saved to %1 (%n pages)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="235" />
        <source>Matter card</source>
        <translation>Matter card</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matter_dialogs.py" line="257" />
        <source>%n page(s) sent to the printer</source>
        <translation><numerusform>%n page sent to the printer</numerusform><numerusform>%n pages sent to the printer</numerusform></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="73" />
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="97" />
        <source>Reassign the owner</source>
        <translation>Reassign the owner</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="104" />
        <source>Current owner</source>
        <translation>Current owner</translation>
    </message>
    <message>
        <location filename="../../ui/matter_dialogs.py" line="108" />
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="92" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="92" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="92" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="93" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="93" />
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="94" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="94" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="95" />
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="96" />
        <source>Check ticked files</source>
        <translation>Check ticked files</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="97" />
        <source>Import ticked files</source>
        <translation>Import ticked files</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="98" />
        <source>Tell the villages why (refusal receipts)</source>
        <translation>Tell the villages why (refusal receipts)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="100" />
        <source>A signed receipt saying why each refused batch was not accepted goes to the village with the next batch, so its clerk can correct and send again.</source>
        <translation>A signed receipt saying why each refused batch was not accepted goes to the village with the next batch, so its clerk can correct and send again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="124" />
        <source>this station</source>
        <translation>this station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="126" />
        <source>for another station</source>
        <translation>for another station</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="128" />
        <source>(full)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="145" />
        <source>Choose the USB drive first (or a folder).</source>
        <translation>Choose the USB drive first (or a folder).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="147" />
        <source>No batch files (.mqb) in %1.</source>
        <translation>No batch files (.mqb) in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="152" />
        <source>%1 batch file(s) in %2; %3 addressed to this station are ticked.</source>
        <translation>%1 batch file(s) in %2; %3 addressed to this station are ticked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="183" />
        <source>Tick the files to import.</source>
        <translation>Tick the files to import.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="198" />
        <source>Checking the batch files…</source>
        <translation>Checking the batch files…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="199" />
        <source>Importing the batch files…</source>
        <translation>Importing the batch files…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/receive.py" line="213" />
        <source>Cancelled: files marked “cancelled” above were not imported.</source>
        <translation>Cancelled: files marked “cancelled” above were not imported.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="233" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="234" />
        <source>Monthly ledger (民情台账)</source>
        <translation>Monthly ledger (民情台账)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="235" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="237" />
        <source>Full ID and phone numbers</source>
        <translation>Full ID and phone numbers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="239" />
        <source>Your role may not export full numbers on this station.</source>
        <translation>Your role may not export full numbers on this station.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="241" />
        <source>Off: ID numbers show only their first 6 and last 4 digits and phones as 138****1234, as for anyone who need not see them. Tick only for a copy that stays in the office.</source>
        <translation>Off: ID numbers show only their first 6 and last 4 digits and phones as 138****1234, as for anyone who need not see them. Tick only for a copy that stays in the office.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="244" />
        <source>Save ledger as…</source>
        <translation>Save ledger as…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="245" />
        <source>A year</source>
        <translation>A year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="246" />
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="248" />
        <source>Coverage: households not yet visited this year, by liaison cadre and group. Archive: the whole year's visits, matters and cards, for the records office.</source>
        <translation>Coverage: households not yet visited this year, by liaison cadre and group. Archive: the whole year's visits, matters and cards, for the records office.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250" />
        <source>Save coverage report as…</source>
        <translation>Save coverage report as…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="251" />
        <source>Save annual archive as…</source>
        <translation>Save annual archive as…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="252" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="298" />
        <source>What the ledger for %1 will say</source>
        <translation>What the ledger for %1 will say</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="300" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="300" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="303" />
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="311" />
        <source>Households on the register</source>
        <translation>Households on the register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="312" />
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="313" />
        <source>Households visited this month</source>
        <translation>Households visited this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="314" />
        <source>Households visited this year so far</source>
        <translation>Households visited this year so far</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="315" />
        <source>Coverage this year</source>
        <translation>Coverage this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="316" />
        <source>Matters received this month</source>
        <translation>Matters received this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="320" />
        <source>Resolved this month</source>
        <translation>Resolved this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="321" />
        <source>Overdue, not resolved</source>
        <translation>Overdue, not resolved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="322" />
        <source>Escalated to the township this month</source>
        <translation>Escalated to the township this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="323" />
        <source>Satisfaction rated</source>
        <translation>Satisfaction rated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="324" />
        <source>Satisfied or fairly satisfied</source>
        <translation>Satisfied or fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="326" />
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="327" />
        <source>Contact cards issued this month</source>
        <translation>Contact cards issued this month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="335" />
        <source>ledger</source>
        <translation>ledger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="337" />
        <source>coverage</source>
        <translation>coverage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="337" />
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="343" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="347" />
        <source>Save the monthly ledger as</source>
        <translation>Save the monthly ledger as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="352" />
        <source>Save the coverage report as</source>
        <translation>Save the coverage report as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="357" />
        <source>Save the annual archive as</source>
        <translation>Save the annual archive as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="373" />
        <source>Writing the ledger…</source>
        <translation>Writing the ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="383" />
        <source>Writing the coverage report…</source>
        <translation>Writing the coverage report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="393" />
        <source>Writing the annual archive…</source>
        <translation>Writing the annual archive…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="421" />
        <location filename="../../ui/pages/reports.py" line="440" />
        <source>Stopped: no file was written.</source>
        <translation>Stopped: no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="431" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="77" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="77" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="77" />
        <source>Cadre</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="78" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="78" />
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="78" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="79" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="79" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="79" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="80" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="80" />
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="80" />
        <source>Items done</source>
        <translation>Items done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="81" />
        <source>Closure rate</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="95" />
        <source>(bottom, 末位)</source>
        <translation>(bottom, 末位)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="96" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="229" />
        <source>Cadre scorecard</source>
        <translation>Cadre scorecard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="230" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="231" />
        <source>Whole quarter</source>
        <translation>Whole quarter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="232" />
        <source>Rank by closure rate, then villagers' rating, coverage and satisfaction; the bottom rank of each unit is flagged 末位. Ratings are shown as figures only. — means nothing to rate.</source>
        <translation>Rank by closure rate, then villagers' rating, coverage and satisfaction; the bottom rank of each unit is flagged 末位. Ratings are shown as figures only. — means nothing to rate.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="236" />
        <source>Per village</source>
        <translation>Per village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="237" />
        <source>Payout by plan completion (绩酬挂钩), for the quarter:</source>
        <translation>Payout by plan completion (绩酬挂钩), for the quarter:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="239" />
        <source>Pool (yuan):</source>
        <translation>Pool (yuan):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="240" />
        <source>Minimum spread:</source>
        <translation>Minimum spread:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="241" />
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="290" />
        <source>Only cadres with plan items in the quarter share the pool. The station proposes; people decide.</source>
        <translation>Only cadres with plan items in the quarter share the pool. The station proposes; people decide.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/scorecard.py" line="293" />
        <source>%1: %2 yuan shared; highest − lowest = %3 yuan (at least %4). The station proposes; people decide.</source>
        <translation>%1: %2 yuan shared; highest − lowest = %3 yuan (at least %4). The station proposes; people decide.</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="90" />
        <source>Send everything (full batch)</source>
        <translation>Send everything (full batch)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="91" />
        <source>Normally only what changed since the last batch is sent. A full batch is for a first exchange or a restored laptop.</source>
        <translation>Normally only what changed since the last batch is sent. A full batch is for a first exchange or a restored laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="93" />
        <source>Write batch to the USB drive</source>
        <translation>Write batch to the USB drive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="94" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="94" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="95" />
        <location filename="../../ui/pages/exchange/send.py" line="105" />
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="126" />
        <source>Every village (one batch each)</source>
        <translation>Every village (one batch each)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="147" />
        <source>No station to send to yet. Pair with the %1 first (button above).</source>
        <translation>No station to send to yet. Pair with the %1 first (button above).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="148" />
        <source>villages</source>
        <translation>villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="148" />
        <source>township</source>
        <translation>township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="154" />
        <source>One batch for each village: its township replies and receipts.</source>
        <translation>One batch for each village: its township replies and receipts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="165" />
        <source>everything this station holds for it (full batch)</source>
        <translation>everything this station holds for it (full batch)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="167" />
        <source>everything not sent before</source>
        <translation>everything not sent before</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="169" />
        <source>only what changed since %1</source>
        <translation>only what changed since %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="174" />
        <source>Batch no. %1 for %2: nothing changed since %3. You may still send it (it tells the other side nothing is missing).</source>
        <translation>Batch no. %1 for %2: nothing changed since %3. You may still send it (it tells the other side nothing is missing).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="180" />
        <source>Batch no. %1 for %2: %3 — %4 record(s).</source>
        <translation>Batch no. %1 for %2: %3 — %4 record(s).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="191" />
        <source>Choose the USB drive first (or a folder).</source>
        <translation>Choose the USB drive first (or a folder).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="210" />
        <source>Writing the batch to the USB drive…</source>
        <translation>Writing the batch to the USB drive…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="220" />
        <source>Cancelled. Nothing more was written to the USB drive.</source>
        <translation>Cancelled. Nothing more was written to the USB drive.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="222" />
        <source>Cancelled. Nothing was written to the USB drive.</source>
        <translation>Cancelled. Nothing was written to the USB drive.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/send.py" line="239" />
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="131" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="132" />
        <source>Station details (printed on contact cards)</source>
        <translation>Station details (printed on contact cards)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134" />
        <source>Division code</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="134" />
        <source>Office days</source>
        <translation>Office days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="135" />
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="135" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137" />
        <source>e.g. Monday to Friday, 8:30–17:30</source>
        <translation>e.g. Monday to Friday, 8:30–17:30</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="138" />
        <source>Save station details</source>
        <translation>Save station details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="139" />
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="140" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141" />
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="142" />
        <source>Who is working (recorded with each change)</source>
        <translation>Who is working (recorded with each change)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="143" />
        <source>Lock the window after this many minutes without use</source>
        <translation>Lock the window after this many minutes without use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="144" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="145" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="197" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="151" />
        <source>Set up this station</source>
        <translation>Set up this station</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="206" />
        <source>Filling demo data…</source>
        <translation>Filling demo data…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="120" />
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="121" />
        <source>Start with an empty register</source>
        <translation>Start with an empty register</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="122" />
        <source>Import my roster from Excel (next, after set-up)</source>
        <translation>Import my roster from Excel (next, after set-up)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="123" />
        <source>Try the app with demo data (%1 invented households)</source>
        <translation>Try the app with demo data (%1 invented households)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="130" />
        <source>Demo data is invented: use a separate data file for it, not the station's real one.</source>
        <translation>Demo data is invented: use a separate data file for it, not the station's real one.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup.py" line="70" />
        <location filename="../../ui/startup.py" line="116" />
        <location filename="../../ui/startup.py" line="122" />
        <source>Minqing</source>
        <translation>Minqing</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="142" />
        <source>A station file already exists on this laptop:
%1

Open that one instead?</source>
        <translation>A station file already exists on this laptop:
%1

Open that one instead?</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="146" />
        <source>Open the laptop's file</source>
        <translation>Open the laptop's file</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="150" />
        <source>Copy it onto this laptop now? The copy is kept at
%1
and the file on the drive is not changed.</source>
        <translation>Copy it onto this laptop now? The copy is kept at
%1
and the file on the drive is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="154" />
        <source>Copy to this laptop</source>
        <translation>Copy to this laptop</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="191" />
        <source>Preparing the station's file (first start)…</source>
        <translation>Preparing the station's file (first start)…</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="283" />
        <source>Automatic backup written: %1</source>
        <translation>Automatic backup written: %1</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="78" />
        <source>Batches sent</source>
        <translation>Batches sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="80" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="80" />
        <source>Batch no.</source>
        <translation>Batch no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="80" />
        <location filename="../../ui/pages/exchange/status.py" line="84" />
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="80" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="81" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="82" />
        <source>Batches received from each village</source>
        <translation>Batches received from each village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="84" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="84" />
        <source>Last batch</source>
        <translation>Last batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="85" />
        <source>Imported on</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="86" />
        <source>Conflicts to decide</source>
        <translation>Conflicts to decide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="88" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="88" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="88" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="88" />
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="89" />
        <source>Differs in</source>
        <translation>Differs in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="91" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="91" />
        <source>Kept here</source>
        <translation>Kept here</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="91" />
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="92" />
        <source>Keep the version here</source>
        <translation>Keep the version here</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="93" />
        <source>Take the version that arrived</source>
        <translation>Take the version that arrived</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="104" />
        <source>waiting for the township's receipt</source>
        <translation>waiting for the township's receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="105" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="105" />
        <source>refused — see receipt</source>
        <translation>refused — see receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="110" />
        <source>confirmed on %1</source>
        <translation>confirmed on %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="113" />
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="115" />
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="117" />
        <source>(full)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="124" />
        <source>not paired</source>
        <translation>not paired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="126" />
        <source>none received yet</source>
        <translation>none received yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="131" />
        <source>Missing batches: %1</source>
        <translation>Missing batches: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="135" />
        <source>No batch is missing.</source>
        <translation>No batch is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange/status.py" line="143" />
        <source>Conflicts to decide (%1)</source>
        <translation>Conflicts to decide (%1)</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../ui/pages/supervision.py" line="305" />
        <source>Supervision: overdue matters across the villages</source>
        <translation>Supervision: overdue matters across the villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="306" />
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="308" />
        <source>Matter, owner or village</source>
        <translation>Matter, owner or village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="309" />
        <source>Waiting for our reply only</source>
        <translation>Waiting for our reply only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="310" />
        <source>Over 10 working days only</source>
        <translation>Over 10 working days only</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="311" />
        <source>Escalated matters waiting for the township's reply</source>
        <translation>Escalated matters waiting for the township's reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="312" />
        <source>Supervision notice to the village…</source>
        <translation>Supervision notice to the village…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="313" />
        <source>Supervision notice to the owner…</source>
        <translation>Supervision notice to the owner…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="355" />
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="375" />
        <source>%1 of %2 overdue matter(s) shown; the longest overdue %3 day(s); %4 escalation(s) wait for the township's reply.</source>
        <translation>%1 of %2 overdue matter(s) shown; the longest overdue %3 day(s); %4 escalation(s) wait for the township's reply.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/supervision.py" line="383" />
        <source>%n supervision notice(s) from the county to answer, the first by %1: %2.</source>
        <translation><numerusform>%n supervision notice from the county to answer, the first by %1: %2.</numerusform><numerusform>%n supervision notices from the county to answer, the first by %1: %2.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="410" />
        <source>Save the supervision notice as</source>
        <translation>Save the supervision notice as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="412" />
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="439" />
        <source>Notice %1 issued: %2 matter(s), reply by %3 — %4</source>
        <translation>Notice %1 issued: %2 matter(s), reply by %3 — %4</translation>
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
        <location filename="../../ui/pages/matters.py" line="134" />
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matters.py" line="149" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>TownshipsModel</name>
    <message>
        <location filename="../../ui/pages/county.py" line="64" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="64" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="64" />
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="65" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="65" />
        <source>Households visited</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="66" />
        <source>Coverage this year</source>
        <translation>Coverage this year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="66" />
        <source>Matters received</source>
        <translation>Matters received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="67" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="67" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="67" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="68" />
        <source>Last batch</source>
        <translation>Last batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="84" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/county.py" line="85" />
        <source>%1, %n day(s) ago</source>
        <translation><numerusform>%1, %n day ago</numerusform><numerusform>%1, %n days ago</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/county.py" line="91" />
        <source>Last month %1</source>
        <translation>Last month %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="292" />
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="294" />
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="294" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="294" />
        <source>&amp;Cadre</source>
        <translation>&amp;Cadre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="294" />
        <source>M&amp;ode</source>
        <translation>M&amp;ode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="295" />
        <source>What was &amp;learned</source>
        <translation>What was &amp;learned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="297" />
        <source>What the household said, what was seen…</source>
        <translation>What the household said, what was seen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="298" />
        <source>Matters raised in this visit (one card each)</source>
        <translation>Matters raised in this visit (one card each)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="299" />
        <source>Add a matter (Alt+M)</source>
        <translation>Add a matter (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="300" />
        <source>Save visit (Ctrl+Enter)</source>
        <translation>Save visit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="301" />
        <source>Clear (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="409" />
        <source>Please correct the matters marked in red.</source>
        <translation>Please correct the matters marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="445" />
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="446" />
        <source>Clear what was typed in this visit? Ctrl+Z brings it back while the window is open.</source>
        <translation>Clear what was typed in this visit? Ctrl+Z brings it back while the window is open.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="449" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="450" />
        <source>Keep typing</source>
        <translation>Keep typing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/visits.py" line="490" />
        <source>The form was cleared. Ctrl+Z brings it back.</source>
        <translation>The form was cleared. Ctrl+Z brings it back.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../ui/pages/visits.py" line="672" />
        <source>Visits — people's-conditions diary</source>
        <translation>Visits — people's-conditions diary</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../ui/pages/supervision.py" line="163" />
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="163" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="163" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="164" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="164" />
        <source>Escalated on</source>
        <translation>Escalated on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="164" />
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/supervision.py" line="165" />
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="36" />
        <source>New matter (walk-in or phone)</source>
        <translation>New matter (walk-in or phone)</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="40" />
        <source>Name and phone, when not in the register</source>
        <translation>Name and phone, when not in the register</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="55" />
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="56" />
        <source>Who asked</source>
        <translation>Who asked</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="57" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="58" />
        <source>Taken by</source>
        <translation>Taken by</translation>
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
<context>
    <name>paper</name>
    <message>
        <location filename="../../ui/paper_files.py" line="42" />
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
</TS>