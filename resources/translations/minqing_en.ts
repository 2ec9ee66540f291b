<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CadresPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/cadres.py" line="+311"/>
        <source>Assigning %n households…</source>
        <translation>
            <numerusform>Assigning %n household…</numerusform>
            <numerusform>Assigning %n households…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n households now have %1 as liaison cadre.</source>
        <translation>
            <numerusform>%n household now has %1 as liaison cadre.</numerusform>
            <numerusform>%n households now have %1 as liaison cadre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/cards.py" line="+250"/>
        <source>Selected on the Households page (%n)</source>
        <translation>
            <numerusform>Selected on the Households page (%n)</numerusform>
            <numerusform>Selected on the Households page (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Needing a new card: liaison cadre changed (%n)</source>
        <translation>
            <numerusform>Needing a new card: liaison cadre changed (%n)</numerusform>
            <numerusform>Needing a new card: liaison cadre changed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%n cards on about %1.</source>
        <translation>
            <numerusform>%n card on about %1.</numerusform>
            <numerusform>%n cards on about %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n A4 sheets of 10 cards</source>
        <translation>
            <numerusform>%n A4 sheet of 10 cards</numerusform>
            <numerusform>%n A4 sheets of 10 cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Preview of the PDF (the first %n households); the card number is given when printing.</source>
        <translation>
            <numerusform>Preview of the PDF (the first %n household); the card number is given when printing.</numerusform>
            <numerusform>Preview of the PDF (the first %n households); the card number is given when printing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n households will each get a new card number, recorded in the register.</source>
        <translation>
            <numerusform>%n household will get a new card number, recorded in the register.</numerusform>
            <numerusform>%n households will each get a new card number, recorded in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%n cards issued and saved: %1 in %2.</source>
        <translation>
            <numerusform>%n card issued and saved: %1 in %2.</numerusform>
            <numerusform>%n cards issued and saved: %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+5"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n cards issued and sent to the printer (%1).</source>
        <translation>
            <numerusform>%n card issued and sent to the printer (%1).</numerusform>
            <numerusform>%n cards issued and sent to the printer (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message numerus="yes">
        <location filename="../../ui/pages/compare.py" line="+127"/>
        <source>%1, %n days ago</source>
        <translation>
            <numerusform>%1, %n day ago</numerusform>
            <numerusform>%1, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <location line="+233"/>
        <source>%n villages ranked. Bottom: %1.</source>
        <translation>
            <numerusform>%n village ranked. Bottom: %1.</numerusform>
            <numerusform>%n villages ranked. Bottom: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/county.py" line="+301"/>
        <source>%n townships ranked. Bottom: %1.</source>
        <translation>
            <numerusform>%n township ranked. Bottom: %1.</numerusform>
            <numerusform>%n townships ranked. Bottom: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n village batches checked and applied</source>
        <translation>
            <numerusform>%1: %n village batch checked and applied</numerusform>
            <numerusform>%1: %n village batches checked and applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n supervision notices issued: %1. They travel in the next reply to the township.</source>
        <translation>
            <numerusform>%n supervision notice issued: %1. It travels in the next reply to the township.</numerusform>
            <numerusform>%n supervision notices issued: %1. They travel in the next reply to the township.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountyRow</name>
    <message numerus="yes">
        <location filename="../../ui/pages/exchange/county.py" line="+103"/>
        <source>%n township records</source>
        <translation>
            <numerusform>%n township record</numerusform>
            <numerusform>%n township records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n village batches</source>
        <translation>
            <numerusform>%n village batch</numerusform>
            <numerusform>%n village batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n batches</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supervision notices</source>
        <translation>
            <numerusform>%n supervision notice</numerusform>
            <numerusform>%n supervision notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineRulesBox</name>
    <message numerus="yes">
        <location filename="../../ui/deadline_box.py" line="+106"/>
        <source>%n time limits changed</source>
        <translation>
            <numerusform>%n time limit changed</numerusform>
            <numerusform>%n time limits changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message numerus="yes">
        <location filename="../../ui/pages/visits.py" line="+646"/>
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n visits this month</source>
        <translation>
            <numerusform>%n visit this month</numerusform>
            <numerusform>%n visits this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message numerus="yes">
        <location filename="../../ui/pages/households.py" line="+144"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message numerus="yes">
        <location line="+212"/>
        <source>%n households</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="+350"/>
        <source>Sheet “%1”: header on row %2, %n rows below it.</source>
        <translation>
            <numerusform>Sheet “%1”: header on row %2, %n row below it.</numerusform>
            <numerusform>Sheet “%1”: header on row %2, %n rows below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n columns were not recognised (shaded): choose what each holds, or leave it out.</source>
        <translation>
            <numerusform>%n column was not recognised (shaded): choose what it holds, or leave it out.</numerusform>
            <numerusform>%n columns were not recognised (shaded): choose what each holds, or leave it out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n blank, subtotal or repeated header rows skipped.</source>
        <translation>
            <numerusform>%n blank, subtotal or repeated header row skipped.</numerusform>
            <numerusform>%n blank, subtotal or repeated header rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n refused rows saved to %1, with the reason beside each.</source>
        <translation>
            <numerusform>%n refused row saved to %1, with the reason beside it.</numerusform>
            <numerusform>%n refused rows saved to %1, with the reason beside each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="+517"/>
        <source>Visit saved with %n matters.</source>
        <translation>
            <numerusform>Visit saved with %n matter.</numerusform>
            <numerusform>Visit saved with %n matters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n households listed</source>
        <translation>
            <numerusform>%n household listed</numerusform>
            <numerusform>%n households listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/matters.py" line="+564"/>
        <location line="+60"/>
        <source>%n matters</source>
        <translation>
            <numerusform>%n matter</numerusform>
            <numerusform>%n matters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesBox</name>
    <message numerus="yes">
        <location filename="../../ui/pages/home_notices.py" line="+49"/>
        <source>Supervision notices from the township: %n</source>
        <translation>
            <numerusform>Supervision notices from the township: %n</numerusform>
            <numerusform>Supervision notices from the township: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue matters</source>
        <translation>
            <numerusform>%n overdue matter</numerusform>
            <numerusform>%n overdue matters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message numerus="yes">
        <location filename="../../ui/pages/supervision.py" line="+77"/>
        <source>waiting %n days</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCardDialog</name>
    <message numerus="yes">
        <location filename="../../ui/matter_dialogs.py" line="+195"/>
        <source>Saved to %1 (%n pages)</source>
        <translation>
            <numerusform>Saved to %1 (%n page)</numerusform>
            <numerusform>Saved to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n pages sent to the printer</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message numerus="yes">
        <location filename="../../ui/pages/exchange/receive.py" line="+152"/>
        <source>%n batch files in %1; %2 addressed to this station are ticked.</source>
        <translation>
            <numerusform>%n batch file in %1; %2 addressed to this station are ticked.</numerusform>
            <numerusform>%n batch files in %1; %2 addressed to this station are ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message numerus="yes">
        <location filename="../../ui/pages/exchange/send.py" line="+180"/>
        <source>Batch no. %1 for %2: %3 — %n records.</source>
        <translation>
            <numerusform>Batch no. %1 for %2: %3 — %n record.</numerusform>
            <numerusform>Batch no. %1 for %2: %3 — %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/supervision.py" line="+293"/>
        <source>%1 of %n overdue matters shown; the longest overdue %2; %3 wait for the township&apos;s reply.</source>
        <translation>
            <numerusform>%1 of %n overdue matter shown; the longest overdue %2; %3 wait for the township&apos;s reply.</numerusform>
            <numerusform>%1 of %n overdue matters shown; the longest overdue %2; %3 wait for the township&apos;s reply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n escalations</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n supervision notices from the county to answer, the first by %1: %2.</source>
        <translation>
            <numerusform>%n supervision notice from the county to answer, by %1: %2.</numerusform>
            <numerusform>%n supervision notices from the county to answer, the first by %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Notice %1 issued: %n matters, reply by %2 — %3</source>
        <translation>
            <numerusform>Notice %1 issued: %n matter, reply by %2 — %3</numerusform>
            <numerusform>Notice %1 issued: %n matters, reply by %2 — %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TownshipsModel</name>
    <message numerus="yes">
        <location filename="../../ui/pages/county.py" line="-287"/>
        <source>%1, %n days ago</source>
        <translation>
            <numerusform>%1, %n day ago</numerusform>
            <numerusform>%1, %n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
