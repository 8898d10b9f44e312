<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_CN">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/activities.py" line="+128"/>
        <location line="+86"/>
        <source>Kind</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠯ</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Title</source>
        <translation type="unfinished">ᠭᠠᠷᠴᠠᠭ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished">ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+90"/>
        <source>Place</source>
        <translation type="unfinished">ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Activities</source>
        <translation type="unfinished">ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark hazard resolved</source>
        <translation type="unfinished">ᠠᠶᠤᠯ&#x202f;ᠢ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠭᠡᠵᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance sheet…</source>
        <translation type="unfinished">ᠢᠷᠡᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠦᠰᠦᠨᠦᠭ PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print attendance sheet…</source>
        <translation type="unfinished">ᠢᠷᠡᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠦᠰᠦᠨᠦᠭ ᠬᠡᠪᠯᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nomadic classroom</source>
        <translation type="unfinished">ᠨᠡᠭᠦᠳᠡᠯᠴᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transhumance service point</source>
        <translation type="unfinished">ᠨᠡᠭᠦᠳᠡᠯ&#x202f;ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠴᠡᠭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal education</source>
        <translation type="unfinished">ᠬᠠᠤᠯᠢ ᠴᠠᠭᠠᠵᠠ&#x202f;ᠶᠢᠨ ᠰᠤᠷᠭᠠᠨ ᠬᠥᠮᠦᠵᠢᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard check</source>
        <translation type="unfinished">ᠠᠶᠤᠯ&#x202f;ᠤᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care visit</source>
        <translation type="unfinished">ᠠᠰᠠᠷᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠠᠢᠯᠴᠢᠯᠠᠯ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topic (Chinese)</source>
        <translation type="unfinished">ᠰᠡᠳᠦᠪ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic (Mongolian)</source>
        <translation type="unfinished">ᠰᠡᠳᠦᠪ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecturers</source>
        <translation type="unfinished">ᠯᠧᠺᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished">ᠬᠡᠯᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route (Chinese)</source>
        <translation type="unfinished">ᠨᠡᠭᠦᠳᠡᠯ&#x202f;ᠦᠨ ᠵᠠᠮ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route (Mongolian)</source>
        <translation type="unfinished">ᠨᠡᠭᠦᠳᠡᠯ&#x202f;ᠦᠨ ᠵᠠᠮ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on duty</source>
        <translation type="unfinished">ᠵᠢᠵᠦᠭᠦᠷ ᠡᠷᠭᠢᠯᠳᠡ&#x202f;ᠶᠢᠨ ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaflets given</source>
        <translation type="unfinished">ᠲᠠᠷᠠᠭᠠᠭᠰᠠᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard</source>
        <translation type="unfinished">ᠠᠶᠤᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished">ᠬᠦᠨᠳᠦ ᠬᠥᠩᠭᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding (Chinese)</source>
        <translation type="unfinished">ᠢᠯᠡᠷᠡᠭᠰᠡᠨ ᠵᠦᠢᠯ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding (Mongolian)</source>
        <translation type="unfinished">ᠢᠯᠡᠷᠡᠭᠰᠡᠨ ᠵᠦᠢᠯ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up (Chinese)</source>
        <translation type="unfinished">ᠳᠠᠭᠠᠯᠳᠤᠭᠤᠯᠬᠤ ᠠᠷᠭ᠎ᠠ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up (Mongolian)</source>
        <translation type="unfinished">ᠳᠠᠭᠠᠯᠳᠤᠭᠤᠯᠬᠤ ᠠᠷᠭ᠎ᠠ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation type="unfinished">ᠳᠠᠭᠠᠯᠳᠤᠭᠤᠯᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (Chinese)</source>
        <translation type="unfinished">ᠰᠢᠯᠲᠠᠭᠠᠨ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (Mongolian)</source>
        <translation type="unfinished">ᠰᠢᠯᠲᠠᠭᠠᠨ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion</source>
        <translation type="unfinished">ᠪᠣᠯᠵᠣᠯ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>- choose -</source>
        <translation type="unfinished">- ᠰᠣᠩᠭᠣᠬᠤ -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both languages</source>
        <translation type="unfinished">ᠬᠣᠶᠠᠷ ᠬᠡᠯᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation type="unfinished">ᠮᠣᠩᠭᠣᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation type="unfinished">ᠬᠢᠲᠠᠳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation type="unfinished">ᠪᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished">ᠳᠤᠮᠳᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation type="unfinished">ᠥᠨᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation type="unfinished">ᠮᠠᠰᠢ ᠬᠦᠨᠳᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Festival</source>
        <translation type="unfinished">ᠪᠠᠶᠠᠷ ᠨᠠᠶᠠᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illness</source>
        <translation type="unfinished">ᠥᠪᠡᠳᠴᠢᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship</source>
        <translation type="unfinished">ᠠᠮᠢᠳᠤᠷᠠᠯ&#x202f;ᠤᠨ ᠪᠡᠷᠬᠡᠰᠢᠶᠡᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disaster</source>
        <translation type="unfinished">ᠭᠠᠮᠰᠢᠭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">ᠪᠤᠰᠤᠳ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Title (Chinese)</source>
        <translation type="unfinished">ᠭᠠᠷᠴᠠᠭ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Mongolian)</source>
        <translation type="unfinished">ᠭᠠᠷᠴᠠᠭ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation type="unfinished">ᠡᠬᠢᠯᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation type="unfinished">ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation type="unfinished">ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠤᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save activity</source>
        <translation type="unfinished">ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ(&amp;S)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1: %2 people</source>
        <translation type="unfinished">%1: %2 ᠬᠦᠮᠦᠨ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save attendance sheet</source>
        <translation type="unfinished">ᠢᠷᠡᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠦᠰᠦᠨᠦᠭ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_agreement.py" line="+89"/>
        <source>Agreement and amendments</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ ᠪᠠ ᠨᠡᠮᠡᠯᠲᠡ ᠵᠠᠰᠠᠪᠤᠷᠢ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed content (Chinese)</source>
        <translation type="unfinished">ᠲᠣᠬᠢᠷᠠᠯᠴᠠᠭᠰᠠᠨ ᠠᠭᠤᠯᠭ᠎ᠠ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed content (Mongolian)</source>
        <translation type="unfinished">ᠲᠣᠬᠢᠷᠠᠯᠴᠠᠭᠰᠠᠨ ᠠᠭᠤᠯᠭ᠎ᠠ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is performed (Chinese)</source>
        <translation type="unfinished">ᠭᠦᠢᠴᠡᠳᠭᠡᠬᠦ ᠠᠷᠭ᠎ᠠ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is performed (Mongolian)</source>
        <translation type="unfinished">ᠭᠦᠢᠴᠡᠳᠭᠡᠬᠦ ᠠᠷᠭ᠎ᠠ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline</source>
        <translation type="unfinished">ᠡᠴᠦᠰ&#x202f;ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save draft</source>
        <translation type="unfinished">ᠨᠣᠣᠷᠠᠭ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add amendment</source>
        <translation type="unfinished">ᠨᠡᠮᠡᠯᠲᠡ ᠵᠠᠰᠠᠪᠤᠷᠢ ᠨᠡᠮᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement PDF…</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ ᠪᠢᠴᠢᠭ PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print agreement…</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ ᠪᠢᠴᠢᠭ ᠬᠡᠪᠯᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signatures</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign agreement</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ&#x202f;ᠳᠦ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠬᠤ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save agreement</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ ᠪᠢᠴᠢᠭ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Amendment %1</source>
        <translation type="unfinished">ᠨᠡᠮᠡᠯᠲᠡ ᠵᠠᠰᠠᠪᠤᠷᠢ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation type="unfinished">ᠨᠣᠣᠷᠠᠭ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed %1 - locked; changes go into an amendment</source>
        <translation type="unfinished">%1 ᠳᠤ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ - ᠣᠨᠢᠰᠤᠯᠠᠭᠳᠠᠪᠠ; ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ&#x202f;ᠶᠢ ᠨᠡᠮᠡᠯᠲᠡ ᠵᠠᠰᠠᠪᠤᠷᠢ&#x202f;ᠳᠤ ᠪᠢᠴᠢᠨ᠎ᠡ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Draft</source>
        <translation type="unfinished">ᠨᠣᠣᠷᠠᠭ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No agreement yet</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ ᠬᠠᠷᠠᠬᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
</context>
<context>
    <name>AgreementPreview</name>
    <message>
        <location filename="../ui/subei_ui/widgets/agreement_preview.py" line="+29"/>
        <source>Agreement preview</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠦᠵᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../ui/subei_ui/backup_actions.py" line="+27"/>
        <source>This laptop&apos;s data is not encrypted, so it is not backed up: add a user first, then a lost stick shows nothing.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠪᠠᠷᠢᠮᠲᠠ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠨᠥᠭᠡᠴᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠦᠭᠡᠢ᠄ ᠡᠬᠢᠯᠡᠭᠡᠳ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠨᠡᠮᠡᠭᠡᠷᠡᠢ᠂ ᠲᠡᠭᠡᠬᠦ&#x202f;ᠳᠦ USB ᠠᠯᠳᠠᠭᠳᠠᠪᠠᠴᠤ ᠶᠠᠮᠠᠷ ᠴᠤ ᠵᠦᠢᠯ ᠭᠠᠳᠠᠭᠰᠢ ᠭᠠᠷᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder is not there any more. Is the USB stick plugged in?</source>
        <translation type="unfinished">ᠲᠣᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ USB ᠢ ᠵᠦᠭᠡᠷ ᠵᠠᠯᠭᠠᠭᠰᠠᠨ ᠤᠤ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was read back from the stick differs from what was written. Do not use this stick; try another.</source>
        <translation type="unfinished">USB ᠡᠴᠡ ᠤᠩᠰᠢᠭᠰᠠᠨ ᠨᠢ ᠪᠢᠴᠢᠭᠰᠡᠨ&#x202f;ᠡᠴᠡ ᠵᠥᠷᠢᠶᠡᠲᠡᠢ᠃ ᠡᠨᠡ USB ᠢ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠦᠭᠡᠢ᠂ ᠥᠭᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a backup of this app.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠹᠠᠶᠢᠯ ᠡᠨᠡ ᠫᠷᠣᠭ᠍ᠷᠠᠮ&#x202f;ᠤᠨ ᠨᠥᠭᠡᠴᠡ ᠪᠢᠰᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of the app. Update the app first.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢ ᠰᠢᠨ᠎ᠡ ᠬᠡᠪᠯᠡᠯ&#x202f;ᠦᠨ ᠫᠷᠣᠭ᠍ᠷᠠᠮ ᠬᠢᠭᠰᠡᠨ᠃ ᠡᠬᠢᠯᠡᠭᠡᠳ ᠫᠷᠣᠭ᠍ᠷᠠᠮ&#x202f;ᠢ ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file is damaged or incomplete and cannot be restored. Nothing on this laptop was changed.</source>
        <translation type="unfinished">ᠨᠥᠭᠡᠴᠡ ᠹᠠᠶᠢᠯ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠳᠤᠲᠠᠭᠤ ᠲᠤᠯᠠ ᠰᠡᠷᠭᠦᠭᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠣᠷᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop already has data. Confirm to replace it (it is kept aside).</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠰᠣᠯᠢᠬᠤ ᠪᠣᠯ ᠪᠠᠲᠤᠯᠠᠭᠠᠷᠠᠢ (ᠤᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠲᠤᠰᠠᠳ ᠬᠠᠳᠠᠭᠠᠯᠠᠨ᠎ᠠ)᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password for this backup. Nothing was changed.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢᠨ ᠨᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠪᠤᠷᠤᠭᠤ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠣᠷᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation type="unfinished">ᠳ᠋ᠢᠰᠺ ᠳᠦᠭᠦᠷᠴᠡᠢ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠵᠦᠢᠯ ᠪᠢᠴᠢᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠂ ᠵᠠᠢ ᠭᠠᠷᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished">ᠹᠠᠶᠢᠯ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠭᠳᠠᠪᠠ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠣᠷᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not work (%1). Nothing was changed.</source>
        <translation type="unfinished">ᠪᠦᠲᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ (%1)᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠣᠷᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up to USB stick</source>
        <translation type="unfinished">USB ᠳᠤ ᠨᠥᠭᠡᠴᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup</source>
        <translation type="unfinished">ᠨᠥᠭᠡᠴᠡ&#x202f;ᠡᠴᠡ ᠰᠡᠷᠭᠦᠭᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished">ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢ ᠪᠢᠴᠢᠵᠦ ᠰᠢᠯᠭᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and checking the backup…</source>
        <translation type="unfinished">ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢ ᠤᠩᠰᠢᠵᠤ ᠰᠢᠯᠭᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup written to %1 and checked (%2 households, %3 changes not yet sent).

It is encrypted: without a password of this laptop or the county key nobody can read it. It is safe to remove the USB stick.</source>
        <translation type="unfinished">ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢ %1 ᠳᠤ ᠪᠢᠴᠢᠵᠦ ᠰᠢᠯᠭᠠᠪᠠ (%2 ᠥᠷᠬᠡ᠂ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ %3 ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ)᠃

ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ᠄ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠪᠤᠶᠤ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠤᠷ ᠦᠭᠡᠢ ᠪᠣᠯ ᠬᠡᠨ ᠴᠤ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ USB ᠢ ᠰᠠᠭᠠᠳ ᠦᠭᠡᠢ ᠰᠤᠭᠤᠯᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the data on this laptop with this backup? The data here now is kept aside, not deleted. After the restore, sync: work this laptop already sent comes back from the county server.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠡᠨᠡ ᠨᠥᠭᠡᠴᠡ&#x202f;ᠪᠡᠷ ᠰᠣᠯᠢᠬᠤ ᠤᠤ? ᠣᠳᠣᠬᠠᠨ&#x202f;ᠤ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠲᠤᠰᠠᠳ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠪᠥᠭᠡᠳ ᠬᠠᠰᠤᠬᠤ ᠦᠭᠡᠢ᠃ ᠰᠡᠷᠭᠦᠭᠡᠭᠰᠡᠨ&#x202f;ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠢᠵᠢᠯᠢᠰᠬᠡᠭᠡᠷᠡᠢ᠄ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠠᠵᠢᠯ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠡᠴᠡ ᠪᠤᠴᠠᠵᠤ ᠢᠷᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password of %1:</source>
        <translation type="unfinished">%1 ᠦᠨ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ᠄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup of %1 was restored (%2 households). The data it replaced is kept in %3.

The app closes now: start it again and sync.</source>
        <translation type="unfinished">%1 ᠦ ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢ ᠰᠡᠷᠭᠦᠭᠡᠪᠡ (%2 ᠥᠷᠬᠡ)᠃ ᠰᠣᠯᠢᠭᠳᠠᠭᠰᠠᠨ ᠪᠠᠷᠢᠮᠲᠠ %3 ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠪᠠ᠃

ᠫᠷᠣᠭ᠍ᠷᠠᠮ ᠣᠳᠣ ᠬᠠᠭᠠᠭᠳᠠᠨ᠎ᠠ᠄ ᠳᠠᠬᠢᠨ ᠡᠬᠢᠯᠡᠭᠦᠯᠵᠦ ᠢᠵᠢᠯᠢᠰᠬᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../ui/subei_ui/screens/review.py" line="+75"/>
        <source>Household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation type="unfinished">ᠬᠦᠮᠦᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service request</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation case</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠡᠷᠡᠭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation type="unfinished">ᠲᠠᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation type="unfinished">ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished">ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation to head</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠡᠵᠡᠨ&#x202f;ᠲᠡᠢ ᠬᠠᠮᠢᠶ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation type="unfinished">ᠭᠠᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid</source>
        <translation type="unfinished">ᠲᠣᠣᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation type="unfinished">ᠨᠠᠷᠢᠨ ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livestock</source>
        <translation type="unfinished">ᠮᠠᠯ ᠠᠵᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seasonal pastures</source>
        <translation type="unfinished">ᠤᠯᠠᠷᠢᠯ&#x202f;ᠤᠨ ᠪᠡᠯᠴᠢᠭᠡᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on another laptop</source>
        <translation type="unfinished">ᠥᠭᠡᠷ᠎ᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠠᠰᠤᠭᠳᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record</source>
        <translation type="unfinished">ᠪᠢᠴᠢᠯᠭᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished">ᠲᠠᠯᠠᠪᠤᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value A</source>
        <translation type="unfinished">ᠤᠲᠤᠭ᠎ᠠ A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value B</source>
        <translation type="unfinished">ᠤᠲᠤᠭ᠎ᠠ B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation type="unfinished">ᠢᠯᠡᠷᠡᠭᠰᠡᠨ ᠴᠠᠭ</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/dashboard.py" line="+82"/>
        <source>Whole county</source>
        <translation type="unfinished">ᠪᠦᠬᠦ ᠰᠢᠶᠠᠨ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation type="unfinished">ᠦᠵᠡᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation type="unfinished">PDF ᠭᠠᠷᠭᠠᠬᠤ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export XLSX…</source>
        <translation type="unfinished">XLSX ᠭᠠᠷᠭᠠᠬᠤ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation type="unfinished">ᠡᠬᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation type="unfinished">ᠬᠦᠷᠲᠡᠯ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Place</source>
        <translation type="unfinished">ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Service requests by service</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ ᠪᠦᠷ&#x202f;ᠦᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Mediations by category</source>
        <translation type="unfinished">ᠠᠩᠭᠢ ᠪᠦᠷ&#x202f;ᠦᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Activities by kind</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠯ ᠪᠦᠷ&#x202f;ᠦᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open hazards by kind</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠯ ᠪᠦᠷ&#x202f;ᠦᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠠᠶᠤᠯ</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Charts</source>
        <translation type="unfinished">ᠭᠷᠠᠹᠢᠭ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Requests by service</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ ᠪᠦᠷ&#x202f;ᠦᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classrooms</source>
        <translation type="unfinished">ᠨᠡᠭᠦᠳᠡᠯᠴᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hazards</source>
        <translation type="unfinished">ᠠᠶᠤᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care visits</source>
        <translation type="unfinished">ᠠᠰᠠᠷᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠠᠢᠯᠴᠢᠯᠠᠯ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Code</source>
        <translation type="unfinished">ᠺᠣᠳ᠋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation type="unfinished">ᠨᠡᠢᠲᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation type="unfinished">ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean days</source>
        <translation type="unfinished">ᠳᠤᠮᠳᠠᠵᠢ ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days</source>
        <translation type="unfinished">ᠳᠤᠮᠳᠠᠬᠢ ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation type="unfinished">ᠶᠠᠪᠤᠵᠤ ᠪᠠᠢᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or referred</source>
        <translation type="unfinished">ᠪᠦᠲᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠪᠤᠶᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted or withdrawn</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠪᠤᠶᠤ ᠲᠠᠲᠠᠭᠠᠯᠭᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation type="unfinished">ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People present</source>
        <translation type="unfinished">ᠢᠷᠡᠭᠰᠡᠨ ᠬᠦᠮᠦᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished">ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Chinese)</source>
        <translation type="unfinished">ᠭᠠᠷᠴᠠᠭ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (Mongolian)</source>
        <translation type="unfinished">ᠭᠠᠷᠴᠠᠭ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic (Chinese)</source>
        <translation type="unfinished">ᠰᠡᠳᠦᠪ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished">ᠢᠷᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation type="unfinished">ᠢᠷᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation type="unfinished">ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">ᠬᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, high or critical</source>
        <translation type="unfinished">ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ, ᠥᠨᠳᠦᠷ ᠪᠤᠶᠤ ᠮᠠᠰᠢ ᠬᠦᠨᠳᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation type="unfinished">ᠦᠵᠡᠭᠦᠯᠦᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation type="unfinished">ᠨᠢᠭᠡᠴᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished">ᠲᠣᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nomadic classroom</source>
        <translation type="unfinished">ᠨᠡᠭᠦᠳᠡᠯᠴᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transhumance service point</source>
        <translation type="unfinished">ᠨᠡᠭᠦᠳᠡᠯ&#x202f;ᠦᠨ ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠴᠡᠭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal education</source>
        <translation type="unfinished">ᠬᠠᠤᠯᠢ ᠴᠠᠭᠠᠵᠠ&#x202f;ᠶᠢᠨ ᠰᠤᠷᠭᠠᠨ ᠬᠥᠮᠦᠵᠢᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard check</source>
        <translation type="unfinished">ᠠᠶᠤᠯ&#x202f;ᠤᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Care visit</source>
        <translation type="unfinished">ᠠᠰᠠᠷᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠠᠢᠯᠴᠢᠯᠠᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation type="unfinished">ᠠᠢᠯᠴᠢᠯᠠᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipients</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠴᠢᠳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation type="unfinished">ᠮᠥᠩᠭᠥ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yuan</source>
        <translation type="unfinished">ᠶᠤᠸᠠᠨ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Requests %1 (delivered %2) · mediations %3 · classrooms %4 (%5 present) · hazards open %6 / closed %7 · care visits %8</source>
        <translation type="unfinished">ᠭᠤᠶᠤᠯᠲᠠ %1 (ᠬᠦᠷᠭᠡᠭᠰᠡᠨ %2) · ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ %3 · ᠰᠤᠷᠭᠠᠯᠲᠠ %4 (ᠢᠷᠡᠭᠰᠡᠨ %5) · ᠠᠶᠤᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ %6 / ᠬᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ %7 · ᠠᠰᠠᠷᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠠᠢᠯᠴᠢᠯᠠᠯ %8</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved %1</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PDF</source>
        <translation type="unfinished">PDF ᠭᠠᠷᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export XLSX</source>
        <translation type="unfinished">XLSX ᠭᠠᠷᠭᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../ui/subei_ui/document_actions.py" line="+27"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation type="unfinished">ᠬᠡᠪᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is installed. Save a PDF and print it elsewhere.</source>
        <translation type="unfinished">ᠬᠡᠪᠯᠡᠬᠦ ᠮᠠᠰᠢᠨ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ PDF ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠳ ᠪᠤᠰᠤᠳ ᠭᠠᠵᠠᠷ ᠬᠡᠪᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document</source>
        <translation type="unfinished">ᠪᠢᠴᠢᠭ ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ: %1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../ui/subei_ui/widgets/drafts.py" line="+122"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes are not saved yet. Save them first?</source>
        <translation type="unfinished">ᠵᠠᠷᠢᠮ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠠᠳᠦᠭᠡᠢ᠃ ᠤᠷᠢᠳ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠤᠤ?</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/subei_ui/error_text.py" line="+18"/>
        <source>Give a title in Chinese or Mongolian</source>
        <translation type="unfinished">ᠮᠣᠩᠭᠣᠯ ᠪᠤᠶᠤ ᠬᠢᠲᠠᠳ ᠭᠠᠷᠴᠠᠭ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a service from the catalogue</source>
        <translation type="unfinished">ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ&#x202f;ᠠᠴᠠ ᠦᠢᠯᠡᠴᠢᠯᠭᠡ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This material is not on the checklist</source>
        <translation type="unfinished">ᠡᠨᠡ ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ&#x202f;ᠳᠤ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required materials are still missing</source>
        <translation type="unfinished">ᠵᠠᠪᠠᠯ ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ ᠳᠤᠲᠠᠭᠤ ᠪᠠᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request cannot move directly to that status</source>
        <translation type="unfinished">ᠭᠤᠶᠤᠯᠲᠠ ᠲᠡᠷᠡ ᠪᠠᠢᠳᠠᠯ&#x202f;ᠳᠤ ᠱᠤᠳᠤ ᠰᠢᠯᠵᠢᠬᠦ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find and pick the household first</source>
        <translation type="unfinished">ᠤᠷᠢᠳ ᠥᠷᠬᠡ&#x202f;ᠶᠢ ᠬᠠᠢᠵᠤ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a request first</source>
        <translation type="unfinished">ᠤᠷᠢᠳ ᠭᠤᠶᠤᠯᠲᠠ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick or save a case first</source>
        <translation type="unfinished">ᠤᠷᠢᠳ ᠬᠡᠷᠡᠭ ᠰᠣᠩᠭᠣᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case needs at least two parties</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭ&#x202f;ᠲᠦ ᠳᠣᠣᠷ᠎ᠠ ᠬᠠᠮᠤᠭ ᠬᠣᠶᠠᠷ ᠲᠠᠯ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreement needs its content in both Chinese and Mongolian</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ&#x202f;ᠶᠢᠨ ᠠᠭᠤᠯᠭ᠎ᠠ&#x202f;ᠶᠢ ᠮᠣᠩᠭᠣᠯ ᠬᠢᠲᠠᠳ ᠬᠣᠶᠠᠷ ᠬᠡᠯᠡ&#x202f;ᠪᠡᠷ ᠪᠢᠴᠢᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say how and by when the agreement is to be performed</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠶᠠᠮᠠᠷ ᠠᠷᠭ᠎ᠠ&#x202f;ᠪᠠᠷ ᠬᠡᠵᠢᠶ᠎ᠡ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠭᠦᠢᠴᠡᠳᠭᠡᠬᠦ&#x202f;ᠶᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement is not signed yet</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ&#x202f;ᠳᠦ ᠬᠠᠷᠠᠬᠠᠨ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠳᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a draft agreement first</source>
        <translation type="unfinished">ᠤᠷᠢᠳ ᠭᠡᠷ᠎ᠡ&#x202f;ᠶᠢᠨ ᠨᠣᠣᠷᠠᠭ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed agreement can be amended</source>
        <translation type="unfinished">ᠵᠥᠪᠬᠡᠨ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ ᠭᠡᠷ᠎ᠡ&#x202f;ᠳᠦ ᠨᠡᠮᠡᠯᠲᠡ ᠵᠠᠰᠠᠪᠤᠷᠢ ᠣᠷᠣᠭᠤᠯᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mediator must sign</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both parties must sign</source>
        <translation type="unfinished">ᠬᠣᠶᠠᠷ ᠲᠠᠯ ᠠᠯᠢ ᠠᠯᠢ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on the pad before saving</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ&#x202f;ᠠᠴᠠ ᠡᠮᠦᠨ᠎ᠡ ᠭᠠᠷ ᠦᠰᠦᠭ&#x202f;ᠦᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠳᠡᠭᠡᠷ᠎ᠡ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature image could not be kept; clear the pad and sign again</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ&#x202f;ᠦᠨ ᠵᠢᠷᠤᠭ&#x202f;ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠠᠷᠢᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature image is missing; clear the pad and sign again</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ&#x202f;ᠦᠨ ᠵᠢᠷᠤᠭ ᠳᠤᠲᠠᠭᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠠᠷᠢᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signed record cannot change; add an amendment instead</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ&#x202f;ᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠦᠭᠡᠢ; ᠨᠡᠮᠡᠯᠲᠡ ᠵᠠᠰᠠᠪᠤᠷᠢ ᠨᠡᠮᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A hazard check needs a severity</source>
        <translation type="unfinished">ᠠᠶᠤᠯ&#x202f;ᠤᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ&#x202f;ᠳᠤ ᠬᠦᠨᠳᠦ ᠬᠥᠩᠭᠡᠨ&#x202f;ᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown detail for this activity</source>
        <translation type="unfinished">ᠡᠨᠡ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠦᠯᠦ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠲᠠᠯᠠᠪᠤᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end is before the start</source>
        <translation type="unfinished">ᠳᠠᠭᠤᠰᠬᠤ ᠴᠠᠭ ᠡᠬᠢᠯᠡᠬᠦ&#x202f;ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who took part</source>
        <translation type="unfinished">ᠬᠡᠨ ᠣᠷᠣᠯᠴᠠᠭᠰᠠᠨ&#x202f;ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read</source>
        <translation type="unfinished">ᠹᠠᠢᠯ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a township-office laptop can resolve conflicts (the server refuses)</source>
        <translation type="unfinished">ᠵᠦᠪᠬᠡᠨ ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ ᠶᠢᠨ ᠠᠯᠪᠠᠨ ᠲᠠᠰᠤᠭ ᠤᠨ ᠺᠤᠮᠫᠢᠦ᠋ᠲᠧᠷ ᠵᠦᠷᠢᠴᠡᠯ ᠢ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠨ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty</source>
        <translation type="unfinished">ᠹᠠᠢᠯ ᠬᠣᠭᠤᠰᠤᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only .csv and .xlsx files</source>
        <translation type="unfinished">.csv ᠪᠠ .xlsx ᠹᠠᠢᠯ ᠯᠤᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a readable XLSX file</source>
        <translation type="unfinished">ᠤᠩᠰᠢᠵᠤ ᠪᠣᠯᠬᠤ XLSX ᠹᠠᠢᠯ ᠪᠢᠰᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown text encoding: save the file as CSV UTF-8 or XLSX</source>
        <translation type="unfinished">ᠲᠡᠮᠳᠡᠭᠲᠦ ᠺᠣᠳ ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ: CSV UTF-8 ᠪᠤᠶᠤ XLSX ᠪᠣᠯᠭᠠᠨ ᠬᠠᠳᠠᠭᠠᠯᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has bytes its encoding does not allow</source>
        <translation type="unfinished">ᠹᠠᠢᠯ&#x202f;ᠳᠤ ᠺᠣᠳ&#x202f;ᠤᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ ᠦᠭᠡᠢ ᠪᠠᠢᠲ ᠪᠠᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file is malformed (unclosed quote)</source>
        <translation type="unfinished">CSV ᠹᠠᠢᠯ&#x202f;ᠤᠨ ᠪᠦᠲᠦᠴᠡ ᠪᠤᠷᠤᠭᠤ (ᠬᠠᠰᠢᠯᠲᠠ ᠬᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to import</source>
        <translation type="unfinished">ᠹᠠᠢᠯ ᠬᠡᠲᠦ ᠶᠡᠬᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XLSX file unpacks to too much data and was refused</source>
        <translation type="unfinished">XLSX ᠹᠠᠢᠯ ᠳᠡᠯᠭᠡᠬᠦ&#x202f;ᠳᠦ ᠬᠡᠲᠦ ᠶᠡᠬᠡ ᠲᠤᠯᠠ ᠲᠡᠪᠴᠢᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many rows for one import; split the file</source>
        <translation type="unfinished">ᠮᠥᠷ ᠬᠡᠲᠦ ᠣᠯᠠᠨ: ᠹᠠᠢᠯ&#x202f;ᠢ ᠬᠤᠪᠢᠶᠠᠵᠤ ᠣᠷᠣᠭᠤᠯ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many columns</source>
        <translation type="unfinished">ᠪᠠᠭᠠᠨ᠎ᠠ ᠬᠡᠲᠦ ᠣᠯᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XLSX file contains entity declarations and was refused</source>
        <translation type="unfinished">XLSX ᠹᠠᠢᠯ&#x202f;ᠳᠤ DTD ᠪᠠᠢᠭ᠎ᠠ ᠲᠤᠯᠠ ᠲᠡᠪᠴᠢᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some columns are not known: map them or leave them out</source>
        <translation type="unfinished">ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠭᠠᠨ᠎ᠠ ᠪᠠᠢᠨ᠎ᠠ: ᠲᠠᠭᠠᠷᠠᠭᠤᠯᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns hold the same field</source>
        <translation type="unfinished">ᠬᠣᠶᠠᠷ ᠪᠠᠭᠠᠨ᠎ᠠ ᠨᠢᠭᠡ ᠲᠠᠯᠠᠪᠤᠷ&#x202f;ᠢ ᠵᠢᠭᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required columns are missing</source>
        <translation type="unfinished">ᠵᠠᠪᠠᠯ ᠪᠠᠭᠠᠨ᠎ᠠ ᠳᠤᠲᠠᠭᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping does not fit this file</source>
        <translation type="unfinished">ᠲᠠᠭᠠᠷᠠᠭᠤᠯᠤᠯᠲᠠ ᠡᠨᠡ ᠹᠠᠢᠯ&#x202f;ᠳᠤ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cell is longer than 32,767 characters</source>
        <translation type="unfinished">ᠨᠢᠭᠡ ᠨᠦᠳᠦ 32,767 ᠦᠰᠦᠭ&#x202f;ᠡᠴᠡ ᠤᠷᠲᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column without a header has data</source>
        <translation type="unfinished">ᠲᠣᠯᠣᠭᠠᠢ ᠦᠭᠡᠢ ᠪᠠᠭᠠᠨ᠎ᠠ&#x202f;ᠳᠤ ᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠠᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row has more cells than headers</source>
        <translation type="unfinished">ᠮᠥᠷ&#x202f;ᠦᠨ ᠨᠦᠳᠦ ᠲᠣᠯᠣᠭᠠᠢ&#x202f;ᠠᠴᠠ ᠣᠯᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same record appears twice in the file</source>
        <translation type="unfinished">ᠨᠢᠭᠡ ᠪᠢᠴᠢᠯᠭᠡ ᠹᠠᠢᠯ&#x202f;ᠳᠤ ᠬᠣᠶᠠᠷ ᠤᠳᠠᠭ᠎ᠠ ᠭᠠᠷᠴᠠᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains a control character (NUL, ESC, line break); remove it</source>
        <translation type="unfinished">ᠬᠢᠨᠠᠬᠤ ᠲᠡᠮᠳᠡᠭ (NUL, ESC, ᠮᠥᠷ ᠰᠣᠯᠢᠬᠤ) ᠪᠠᠢᠨ᠎ᠠ: ᠬᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains a text-direction control (such as U+202E); remove it</source>
        <translation type="unfinished">ᠴᠢᠭᠯᠡᠯ ᠬᠢᠨᠠᠬᠤ ᠲᠡᠮᠳᠡᠭ (U+202E) ᠪᠠᠢᠨ᠎ᠠ: ᠬᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains an invisible character (such as a zero-width space); remove it</source>
        <translation type="unfinished">ᠦᠯᠦ ᠦᠵᠡᠭᠳᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ ᠪᠠᠢᠨ᠎ᠠ: ᠬᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>子女 needs the sex column to tell son from daughter</source>
        <translation type="unfinished">子女 ᠬᠡᠪᠡᠯ ᠬᠦᠢᠰᠦ&#x202f;ᠶᠢᠨ ᠪᠠᠭᠠᠨ᠎ᠠ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a known sex (男/女 or code 1/2)</source>
        <translation type="unfinished">ᠬᠦᠢᠰᠦ ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ (男/女 ᠪᠤᠶᠤ 1/2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a known ethnic group or GB 3304 code</source>
        <translation type="unfinished">ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠪᠤᠶᠤ GB 3304 ᠺᠣᠳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as &quot;other&quot; ethnic group</source>
        <translation type="unfinished">ᠦᠨᠳᠦᠰᠦᠲᠡᠨ&#x202f;ᠢ “ᠪᠤᠰᠤᠳ” ᠭᠡᠵᠦ ᠪᠢᠴᠢᠪᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number</source>
        <translation type="unfinished">ᠤᠲᠠᠰᠤ&#x202f;ᠶᠢᠨ ᠨᠣᠮᠧᠷ ᠪᠢᠰᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Mongolian name was lost when the file was saved (? marks)</source>
        <translation type="unfinished">ᠹᠠᠢᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ&#x202f;ᠳᠤ ᠮᠣᠩᠭᠣᠯ ᠨᠡᠷ᠎ᠡ ᠠᠯᠳᠠᠭᠳᠠᠪᠠ (?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date or time cannot be read</source>
        <translation type="unfinished">ᠡᠳᠦᠷ ᠪᠤᠶᠤ ᠴᠠᠭ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date cannot be read (1985-05-05, 1985/5/5, 19850505, 1985年5月5日)</source>
        <translation type="unfinished">ᠡᠳᠦᠷ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ (1985-05-05, 1985/5/5, 19850505, 1985年5月5日)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household code is empty</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠺᠣᠳ ᠬᠣᠭᠤᠰᠤᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party member: write 是 or 否</source>
        <translation type="unfinished">ᠨᠠᠮ&#x202f;ᠤᠨ ᠭᠡᠰᠢᠭᠦᠨ: 是 ᠪᠤᠶᠤ 否 ᠭᠡᠵᠦ ᠪᠢᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village is not in this township</source>
        <translation type="unfinished">ᠲᠤᠰ ᠭᠠᠴᠠᠭ᠎ᠠ ᠡᠨᠡ ᠰᠤᠮᠤ&#x202f;ᠳᠤ ᠬᠠᠮᠢᠶᠠᠷᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown grid</source>
        <translation type="unfinished">ᠦᠯᠦ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠲᠣᠣᠷ ᠬᠡᠰᠡᠭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation type="unfinished">ᠳᠢᠰᠺ ᠳᠦᠭᠦᠷᠪᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be written</source>
        <translation type="unfinished">ᠹᠠᠢᠯ ᠪᠢᠴᠢᠵᠦ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../ui/subei_ui/widgets/export_bar.py" line="+51"/>
        <source>Export…</source>
        <translation type="unfinished">ᠭᠠᠷᠭᠠᠬᠤ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole list as a CSV or Excel file</source>
        <translation type="unfinished">ᠪᠦᠬᠦ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ&#x202f;ᠶᠢ CSV ᠪᠤᠶᠤ Excel ᠹᠠᠢᠯ ᠪᠣᠯᠭᠠᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">Excel ᠹᠠᠢᠯ (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished">CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation type="unfinished">ᠭᠠᠷᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation type="unfinished">ᠭᠠᠷᠭᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export failed: the disk is full. Free some space and try again.</source>
        <translation type="unfinished">ᠭᠠᠷᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: ᠳᠢᠰᠺ ᠳᠦᠭᠦᠷᠴᠡᠢ᠃ ᠵᠠᠢ ᠴᠢᠯᠦᠭᠡᠯᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: choose a file ending in .xlsx or .csv.</source>
        <translation type="unfinished">ᠭᠠᠷᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: .xlsx ᠪᠤᠶᠤ .csv ᠹᠠᠢᠯ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Export failed: %1</source>
        <translation type="unfinished">ᠭᠠᠷᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export failed: the file cannot be written there. Check the folder exists, that you may write to it and that the file is not open in another program.</source>
        <translation type="unfinished">ᠭᠠᠷᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: ᠲᠡᠷᠡ ᠭᠠᠵᠠᠷ&#x202f;ᠲᠤ ᠹᠠᠢᠯ ᠪᠢᠴᠢᠵᠦ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ᠃ ᠬᠠᠭᠤᠷᠴᠠᠭ ᠪᠠᠢᠭ᠎ᠠ ᠡᠰᠡᠬᠦ᠂ ᠪᠢᠴᠢᠬᠦ ᠡᠷᠬᠡ ᠪᠠᠢᠭ᠎ᠠ ᠡᠰᠡᠬᠦ ᠪᠣᠯᠣᠨ ᠹᠠᠢᠯ ᠥᠭᠡᠷ᠎ᠡ ᠫᠷᠣᠭ᠍ᠷᠠᠮ&#x202f;ᠳᠤ ᠨᠡᠭᠡᠭᠡᠯᠲᠡᠲᠡᠢ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠰᠢᠯᠭᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n rows exported to %1</source>
        <translation type="unfinished">
            <numerusform>%n ᠮᠥᠷ&#x202f;ᠢ %1 ᠳᠤ ᠭᠠᠷᠭᠠᠪᠠ</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <location filename="../ui/subei_ui/first_run_setup.py" line="+51"/>
        <source>Type your name.</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ ᠪᠡᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished">ᠬᠣᠶᠠᠷ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠠᠳᠠᠯᠢ ᠪᠢᠰᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished">ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠳᠣᠷᠣᠳᠠᠭᠠᠨ 8 ᠦᠰᠦᠭ&#x202f;ᠲᠡᠢ ᠪᠠᠢᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A township office needs its township; a grid worker also the grid.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ&#x202f;ᠶᠢᠨ ᠠᠯᠪᠠᠨ ᠲᠠᠰᠤᠭ ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ ᠪᠡᠨ᠂ ᠲᠣᠣᠷ&#x202f;ᠤᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠮᠥᠨ ᠲᠣᠣᠷ ᠢᠶᠠᠨ ᠰᠣᠩᠭᠣᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county key is needed: open its file or QR image, or paste it.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠬᠡᠷᠡᠭᠲᠡᠢ: ᠹᠠᠢᠯ ᠪᠤᠶᠤ QR ᠵᠢᠷᠤᠭ&#x202f;ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ᠂ ᠡᠰᠡᠪᠡᠯ ᠨᠠᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a county key. Ask the county for the printed key.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠪᠣᠯ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠪᠢᠰᠢ᠃ ᠰᠢᠶᠠᠨ&#x202f;ᠠᠴᠠ ᠬᠡᠪᠯᠡᠭᠰᠡᠨ ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠢ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished">ᠹᠠᠢᠯ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished">ᠵᠢᠷᠤᠭ&#x202f;ᠲᠤ QR ᠺᠣᠳ᠋ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR images cannot be read on this laptop; open the key file instead.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ QR ᠵᠢᠷᠤᠭ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ; ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠦᠨ ᠹᠠᠢᠯ&#x202f;ᠢ ᠨᠡᠭᠡᠭᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give both the server address and the registration code, or neither.</source>
        <translation type="unfinished">ᠰᠧᠷᠸᠧᠷ&#x202f;ᠦᠨ ᠬᠠᠶᠢᠭ ᠪᠠ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠺᠣᠳ᠋&#x202f;ᠢ ᠬᠣᠯᠪᠠᠭ᠎ᠠ ᠪᠢᠴᠢᠬᠦ᠂ ᠡᠰᠡᠪᠡᠯ ᠬᠣᠶᠠᠭᠤᠯᠠ&#x202f;ᠶᠢ ᠪᠢᠴᠢᠬᠦ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder has been set up already.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠨᠢᠭᠡᠨᠲᠡ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠳᠠᠭᠰᠠᠨ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder holds real work; demo data cannot go into it.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠬᠠᠪᠲᠠᠰᠤ&#x202f;ᠳᠤ ᠦᠨᠡᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠠᠢᠨ᠎ᠠ; ᠦᠯᠢᠭᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠬᠢᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Set up this laptop</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished">ᠲᠠᠪᠲᠠᠢ ᠮᠣᠷᠢᠯᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your account on this laptop</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠳᠡᠬᠢ ᠲᠠᠨ&#x202f;ᠤ ᠳᠠᠩᠰᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county key</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county server (optional)</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ (ᠰᠣᠩᠭᠣᠯᠲᠠ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder is new. Choose the language, then set the laptop up for field work, or try the program with made-up households first.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠪᠣᠯ ᠰᠢᠨ᠎ᠡ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ᠃ ᠬᠡᠯᠡ ᠪᠡᠨ ᠰᠣᠩᠭᠣᠭᠠᠳ᠂ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠢ ᠬᠡᠭᠡᠷᠡ&#x202f;ᠶᠢᠨ ᠠᠵᠢᠯ&#x202f;ᠳᠤ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠬᠤ᠂ ᠡᠰᠡᠪᠡᠯ ᠵᠣᠬᠢᠶᠠᠮᠠᠯ ᠠᠢᠯ ᠥᠷᠬᠡ&#x202f;ᠪᠡᠷ ᠲᠤᠷᠰᠢᠨ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation type="unfinished">ᠬᠡᠯᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this laptop for field work</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠢ ᠬᠡᠭᠡᠷᠡ&#x202f;ᠶᠢᠨ ᠠᠵᠢᠯ&#x202f;ᠳᠤ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You become its first user. Herders&apos; ID numbers, phones and other sensitive details are encrypted with your password and the county key.</source>
        <translation type="unfinished">ᠲᠠ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠮᠠᠯᠴᠢᠨ&#x202f;ᠤ ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ&#x202f;ᠦᠨ ᠨᠣᠮᠧᠷ᠂ ᠤᠲᠠᠰᠤ ᠵᠡᠷᠭᠡ ᠨᠢᠭᠤᠴᠠ ᠮᠡᠳᠡᠭᠡ ᠨᠢ ᠲᠠᠨ&#x202f;ᠤ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠪᠠ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠢᠶᠡᠷ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try with demo data</source>
        <translation type="unfinished">ᠦᠯᠢᠭᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠷ ᠲᠤᠷᠰᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>500 made-up households to look around. A demo store can never register, sync or write USB bundles; use a new data folder for real work.</source>
        <translation type="unfinished">ᠦᠵᠡᠬᠦ&#x202f;ᠳᠦ ᠵᠣᠷᠢᠭᠤᠯᠵᠤ 500 ᠵᠣᠬᠢᠶᠠᠮᠠᠯ ᠠᠢᠯ ᠥᠷᠬᠡ ᠬᠢᠨ᠎ᠡ᠃ ᠦᠯᠢᠭᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠤ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ᠂ ᠢᠵᠢᠯᠳᠬᠡᠬᠦ ᠪᠤᠶᠤ USB ᠪᠠᠭᠯᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠪᠢᠴᠢᠬᠦ ᠦᠭᠡᠢ; ᠦᠨᠡᠨ ᠠᠵᠢᠯ&#x202f;ᠳᠤ ᠰᠢᠨ᠎ᠡ ᠬᠠᠪᠲᠠᠰᠤ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can be added later. Nobody can read the data without a password; if every password is lost, only the county can recover it.</source>
        <translation type="unfinished">ᠪᠤᠰᠤᠳ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ&#x202f;ᠶᠢ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠡᠮᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠦᠭᠡᠢ&#x202f;ᠪᠡᠷ ᠬᠡᠨ ᠴᠤ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ; ᠪᠦᠬᠦ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠠᠯᠭᠠᠳᠠᠪᠠᠯ ᠵᠥᠪᠬᠡᠨ ᠰᠢᠶᠠᠨ ᠰᠡᠷᠭᠦᠭᠡᠵᠦ ᠴᠢᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Name</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Role</source>
        <translation type="unfinished">ᠡᠭᠦᠷᠭᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid</source>
        <translation type="unfinished">ᠲᠣᠣᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Password</source>
        <translation type="unfinished">ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Password again</source>
        <translation type="unfinished">ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ&#x202f;ᠢ ᠳᠠᠬᠢᠨ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The county office gives every laptop the county&apos;s recovery key: a file, a printed QR code, or a line of 64 letters and digits. It lets the county recover this laptop&apos;s data if every password is lost; it cannot read anything else.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠥᠪ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠪᠦᠷᠢ&#x202f;ᠳᠦ ᠰᠡᠷᠭᠦᠭᠡᠬᠦ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠥᠭᠭᠦᠨ᠎ᠡ: ᠹᠠᠢᠯ᠂ ᠬᠡᠪᠯᠡᠭᠰᠡᠨ QR ᠺᠣᠳ᠋᠂ ᠡᠰᠡᠪᠡᠯ 64 ᠦᠰᠦᠭ ᠲᠣᠭ᠎ᠠ&#x202f;ᠲᠠᠢ ᠨᠢᠭᠡ ᠮᠥᠷ᠃ ᠪᠦᠬᠦ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠠᠯᠭᠠᠳᠠᠪᠠᠯ ᠰᠢᠶᠠᠨ ᠡᠨᠡ&#x202f;ᠪᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠰᠡᠷᠭᠦᠭᠡᠨ᠎ᠡ; ᠪᠤᠰᠤᠳ ᠶᠠᠮᠠᠷ ᠴᠤ ᠶᠠᠭᠤᠮ᠎ᠠ&#x202f;ᠶᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open key file…</source>
        <translation type="unfinished">ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠦᠨ ᠹᠠᠢᠯ&#x202f;ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open QR image…</source>
        <translation type="unfinished">QR ᠵᠢᠷᠤᠭ&#x202f;ᠢ ᠨᠡᠭᠡᠭᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or paste the key:</source>
        <translation type="unfinished">ᠡᠰᠡᠪᠡᠯ ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠢ ᠨᠠᠭᠠᠬᠤ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County key</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the county gave you a registration code, register now. You can also leave this empty and register later on the Sync screen.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠠᠴᠠ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠺᠣᠳ᠋ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠪᠣᠯ ᠣᠳᠣ ᠳᠠᠩᠰᠠᠯᠠᠭᠠᠷᠠᠢ᠃ ᠬᠣᠭᠣᠰᠣᠨ ᠦᠯᠡᠳᠡᠭᠡᠭᠡᠳ ᠳᠠᠷᠠᠭ᠎ᠠ ᠢᠵᠢᠯᠳᠬᠡᠬᠦ ᠨᠢᠭᠤᠷ&#x202f;ᠲᠤ ᠳᠠᠩᠰᠠᠯᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Server address</source>
        <translation type="unfinished">ᠰᠧᠷᠸᠧᠷ&#x202f;ᠦᠨ ᠬᠠᠶᠢᠭ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Registration code</source>
        <translation type="unfinished">ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠺᠣᠳ᠋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit setup</source>
        <translation type="unfinished">ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠬᠤ&#x202f;ᠠᠴᠠ ᠭᠠᠷᠬᠤ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>County key recognised (%1).</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠢ ᠲᠠᠨᠢᠪᠠ (%1)᠃</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finish</source>
        <translation type="unfinished">ᠳᠠᠭᠤᠰᠬᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation type="unfinished">ᠳᠠᠷᠠᠭᠠᠬᠢ</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="+149"/>
        <location line="+8"/>
        <source>When</source>
        <translation type="unfinished">ᠬᠡᠵᠢᠶ᠎ᠡ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>By</source>
        <translation type="unfinished">ᠭᠦᠢᠴᠡᠳᠭᠡᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Performed</source>
        <translation type="unfinished">ᠭᠦᠢᠴᠡᠳᠭᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Note (Mongolian)</source>
        <translation type="unfinished">ᠲᠠᠢᠯᠪᠤᠷᠢ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Visited by</source>
        <translation type="unfinished">ᠠᠢᠯᠴᠢᠯᠠᠭᠰᠠᠨ ᠬᠦᠮᠦᠨ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (Chinese)</source>
        <translation type="unfinished">ᠲᠠᠢᠯᠪᠤᠷᠢ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add follow-up</source>
        <translation type="unfinished">ᠳᠠᠭᠠᠯᠳᠤᠭᠤᠯᠤᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ ᠨᠡᠮᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation type="unfinished">ᠲᠡᠢᠮᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation type="unfinished">ᠬᠡᠰᠡᠭ ᠴᠢᠨᠢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished">ᠦᠭᠡᠢ</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_detail.py" line="+137"/>
        <source>Edit household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ ᠵᠠᠰᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household no.</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township / village</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ / ᠭᠠᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (Chinese)</source>
        <translation type="unfinished">ᠬᠠᠶᠢᠭ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (Mongolian)</source>
        <translation type="unfinished">ᠬᠠᠶᠢᠭ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠬᠡᠯᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Livestock</source>
        <translation type="unfinished">ᠮᠠᠯ ᠠᠵᠤ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members</source>
        <translation type="unfinished">ᠭᠡᠰᠢᠭᠦᠳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seasonal pastures</source>
        <translation type="unfinished">ᠤᠯᠠᠷᠢᠯ&#x202f;ᠤᠨ ᠪᠡᠯᠴᠢᠭᠡᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation type="unfinished">ᠲᠡᠦᠬᠡ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation type="unfinished">ᠬᠠᠮᠢᠶ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation type="unfinished">ᠬᠦᠢᠰᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished">ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Season</source>
        <translation type="unfinished">ᠤᠯᠠᠷᠢᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation type="unfinished">ᠪᠠᠢᠷᠢ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation type="unfinished">ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished">ᠠᠭᠤᠯᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished">ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Household %1</source>
        <translation type="unfinished">ᠥᠷᠬᠡ %1</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_form.py" line="+203"/>
        <source>Household no.</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation type="unfinished">ᠭᠠᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid</source>
        <translation type="unfinished">ᠲᠣᠣᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (Chinese)</source>
        <translation type="unfinished">ᠬᠠᠶᠢᠭ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (Mongolian)</source>
        <translation type="unfinished">ᠬᠠᠶᠢᠭ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠬᠡᠯᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Mongolian)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Latin letters)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠯᠠᠲᠢᠨ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation type="unfinished">ᠬᠦᠢᠰᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished">ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠡᠵᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livestock</source>
        <translation type="unfinished">ᠮᠠᠯ ᠠᠵᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Other members</source>
        <translation type="unfinished">ᠪᠤᠰᠤᠳ ᠭᠡᠰᠢᠭᠦᠳ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation to the head</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠲᠡᠷᠢᠭᠦᠨ&#x202f;ᠲᠡᠢ ᠬᠠᠷᠢᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add member…</source>
        <translation type="unfinished">ᠭᠡᠰᠢᠭᠦᠨ ᠨᠡᠮᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit member…</source>
        <translation type="unfinished">ᠭᠡᠰᠢᠭᠦᠨ ᠵᠠᠰᠠᠬᠤ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation type="unfinished">ᠭᠡᠰᠢᠭᠦᠨ ᠬᠠᠰᠤᠬᠤ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save anyway</source>
        <translation type="unfinished">ᠶᠠᠮᠠᠷ ᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation type="unfinished">(ᠦᠭᠡᠢ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose —</source>
        <translation type="unfinished">— ᠰᠣᠩᠭᠣᠬᠤ —</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>An unsaved draft of this form was restored.</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠨᠣᠣᠷᠠᠭ ᠰᠡᠷᠭᠦᠭᠡᠭᠳᠡᠪᠡ᠃</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>A household with the same head&apos;s name already exists in this village (%1). Check it is not the same family; press Save anyway to register a new one.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠭᠠᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠠᠳᠠᠯᠢ ᠨᠡᠷ᠎ᠡ&#x202f;ᠲᠡᠢ ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠡᠵᠡᠨ ᠪᠠᠢᠨ᠎ᠠ (%1)᠃ ᠨᠢᠭᠡ ᠥᠷᠬᠡ ᠮᠥᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ; ᠰᠢᠨ᠎ᠡ ᠥᠷᠬᠡ ᠪᠦᠷᠢᠳᠭᠡᠬᠦ ᠪᠣᠯ «ᠶᠠᠮᠠᠷ ᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ»&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_table.py" line="+139"/>
        <source>Household no.</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation type="unfinished">ᠭᠠᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation type="unfinished">ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation type="unfinished">ᠭᠡᠰᠢᠭᠦᠳ</translation>
    </message>
</context>
<context>
    <name>HouseholdsScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/households.py" line="+108"/>
        <source>Search: name in Chinese, pinyin, Mongolian or Latin letters, ID or phone</source>
        <translation type="unfinished">ᠬᠠᠢᠬᠤ: ᠨᠡᠷ᠎ᠡ, ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ, ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search households</source>
        <translation type="unfinished">ᠥᠷᠬᠡ ᠬᠠᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New household</source>
        <translation type="unfinished">ᠰᠢᠨ᠎ᠡ ᠥᠷᠬᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a household on the left, or register a new one.</source>
        <translation type="unfinished">ᠵᠡᠭᠦᠨ ᠲᠠᠯ᠎ᠠ&#x202f;ᠠᠴᠠ ᠥᠷᠬᠡ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation type="unfinished">ᠠᠢᠯ ᠥᠷᠬᠡ</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n people found</source>
        <translation type="unfinished">
            <numerusform>%n ᠬᠦᠮᠦᠨ ᠣᠯᠳᠠᠪᠠ</numerusform>
            <numerusform>%n ᠬᠦᠮᠦᠨ ᠣᠯᠳᠠᠪᠠ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n households</source>
        <translation type="unfinished">
            <numerusform>%n ᠥᠷᠬᠡ</numerusform>
            <numerusform>%n ᠥᠷᠬᠡ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueBanner</name>
    <message>
        <location filename="../ui/subei_ui/error_text.py" line="+37"/>
        <source>Problems</source>
        <translation type="unfinished">ᠠᠰᠠᠭᠤᠳᠠᠯ</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../ui/subei_ui/issue_text.py" line="+16"/>
        <source>This field is required</source>
        <translation type="unfinished">ᠡᠨᠡ ᠬᠡᠰᠡᠭ&#x202f;ᠢ ᠵᠠᠪᠠᠯ ᠳᠦᠭᠦᠷᠭᠡᠨ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long</source>
        <translation type="unfinished">ᠬᠡᠲᠦ ᠤᠷᠲᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong format</source>
        <translation type="unfinished">ᠬᠡᠯᠪᠡᠷᠢ ᠪᠤᠷᠤᠭᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the allowed values</source>
        <translation type="unfinished">ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠭᠰᠡᠨ ᠤᠲᠤᠭ᠎ᠠ ᠪᠢᠰᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as YYYY-MM-DD</source>
        <translation type="unfinished">ᠡᠳᠦᠷ&#x202f;ᠢ YYYY-MM-DD ᠬᠡᠯᠪᠡᠷᠢ&#x202f;ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a number</source>
        <translation type="unfinished">ᠲᠣᠭ᠎ᠠ ᠪᠢᠰᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of range</source>
        <translation type="unfinished">ᠬᠢᠵᠠᠭᠠᠷ&#x202f;ᠠᠴᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ID number has 18 characters (the last may be X)</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ&#x202f;ᠦᠨ ᠨᠣᠮᠧᠷ 18 ᠣᠷᠣᠨ&#x202f;ᠲᠠᠢ (ᠰᠡᠭᠦᠯ&#x202f;ᠢᠶᠡᠨ X ᠪᠠᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number&apos;s address code does not exist</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ&#x202f;ᠦᠨ ᠬᠠᠶᠢᠭ&#x202f;ᠤᠨ ᠺᠣᠳ᠋ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date inside the ID number is not valid</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠳᠡᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠪᠤᠷᠤᠭᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s check digit is wrong (a digit mistyped or two swapped)</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ&#x202f;ᠦᠨ ᠰᠢᠯᠭᠠᠬᠤ ᠲᠣᠭ᠎ᠠ ᠪᠤᠷᠤᠭᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number looks wrong (it can still be saved)</source>
        <translation type="unfinished">ᠤᠲᠠᠰᠤᠨ ᠨᠣᠮᠧᠷ ᠪᠤᠷᠤᠭᠤ ᠪᠣᠯᠤᠮᠵᠢᠲᠠᠢ (ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the name in Chinese or in Mongolian (or both)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠮᠣᠩᠭᠣᠯ ᠪᠤᠶᠤ ᠬᠢᠲᠠᠳ ᠪᠢᠴᠢᠭ&#x202f;ᠢᠶᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is not plausible</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠪᠣᠳᠢᠲᠠᠢ ᠪᠤᠰᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the ID number</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ&#x202f;ᠲᠡᠢ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a known relation to the head of household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠡᠵᠡᠨ&#x202f;ᠲᠡᠢ ᠬᠠᠮᠢᠶ᠎ᠠ ᠨᠢ ᠲᠣᠳᠣᠷᠬᠠᠢ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text uses an old private encoding (e.g. Menksoft). Convert it to standard Unicode Mongolian first.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠪᠢᠴᠢᠭ ᠬᠠᠭᠤᠴᠢᠨ ᠺᠣᠳ᠋ (Menksoft) ᠪᠠᠢᠨ᠎ᠠ᠃ Unicode ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠪᠣᠯᠭᠠᠨ ᠬᠥᠷᠪᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted from a legacy encoding (Menksoft) to standard Unicode Mongolian: check the text before saving.</source>
        <translation type="unfinished">ᠬᠠᠭᠤᠴᠢᠨ ᠺᠣᠳ᠋ (Menksoft)&#x202f;ᠠᠴᠠ Unicode ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠪᠣᠯᠭᠠᠨ ᠬᠥᠷᠪᠡᠭᠦᠯᠪᠡ᠃ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ&#x202f;ᠠᠴᠠ ᠡᠮᠦᠨ᠎ᠡ ᠰᠢᠯᠭᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text cannot start with a variation selector (FVS)</source>
        <translation type="unfinished">ᠦᠰᠦᠭ ᠬᠤᠪᠢᠯᠪᠤᠷᠢ ᠰᠣᠩᠭᠣᠭᠤᠷ (FVS)&#x202f;ᠢᠶᠠᠷ ᠡᠬᠢᠯᠡᠬᠦ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livestock counts must be between 0 and 1,000,000</source>
        <translation type="unfinished">ᠮᠠᠯ&#x202f;ᠤᠨ ᠲᠣᠭ᠎ᠠ 0&#x202f;ᠡᠴᠡ 1,000,000 ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠪᠠᠢᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown township</source>
        <translation type="unfinished">ᠦᠯᠦ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown village</source>
        <translation type="unfinished">ᠦᠯᠦ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠭᠠᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed records cannot change; add an amendment</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ&#x202f;ᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠦᠭᠡᠢ; ᠨᠡᠮᠡᠯᠲᠡ ᠵᠠᠰᠠᠪᠤᠷᠢ ᠨᠡᠮᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is damaged; restore the latest backup</source>
        <translation type="unfinished">ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠹᠠᠢᠯ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ; ᠬᠠᠮᠤᠭ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢ ᠰᠡᠷᠭᠦᠭᠡᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder is read-only (permissions or a read-only disk). Nothing is damaged: do not restore a backup. Use a writable folder or fix its permissions.</source>
        <translation type="unfinished">ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠬᠠᠪᠲᠠᠰᠤ ᠵᠥᠪᠬᠡᠨ ᠤᠩᠰᠢᠬᠤ ᠪᠣᠯᠤᠮᠵᠢ&#x202f;ᠲᠠᠢ (ᠡᠷᠬᠡ ᠪᠤᠶᠤ ᠵᠥᠪᠬᠡᠨ ᠤᠩᠰᠢᠬᠤ ᠳ᠋ᠢᠰᠺ)᠃ ᠶᠠᠭᠤ ᠴᠤ ᠡᠪᠳᠡᠷᠡᠭᠡ ᠦᠭᠡᠢ: ᠨᠥᠭᠡᠴᠡ&#x202f;ᠶᠢ ᠪᠢᠲᠡᠭᠡᠢ ᠰᠡᠷᠭᠦᠭᠡ᠃ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠬᠤ ᠬᠠᠪᠲᠠᠰᠤ ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠡᠰᠡᠪᠡᠯ ᠡᠷᠬᠡ&#x202f;ᠶᠢ ᠵᠠᠰᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished">ᠳ᠋ᠢᠰᠺ ᠳᠦᠭᠦᠷᠴᠡᠢ; ᠶᠠᠭᠤ ᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠣᠷᠣᠨ ᠵᠠᠢ ᠭᠠᠷᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is demo data: it cannot be registered, synced or written to a USB bundle.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠪᠣᠯ ᠦᠯᠢᠭᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ: ᠳᠠᠩᠰᠠᠯᠠᠬᠤ᠂ ᠢᠵᠢᠯᠳᠬᠡᠬᠦ ᠪᠤᠶᠤ USB ᠪᠠᠭᠯᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠪᠢᠴᠢᠬᠦ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database was made by a newer version of this program</source>
        <translation type="unfinished">ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠡᠨᠡ ᠫᠡᠷᠦᠭᠷᠡᠮ&#x202f;ᠦᠨ ᠰᠢᠨ᠎ᠡ ᠬᠡᠪᠯᠡᠯ ᠬᠢᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record no longer exists</source>
        <translation type="unfinished">ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠣᠳᠣ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid value (%1)</source>
        <translation type="unfinished">ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠤᠲᠤᠭ᠎ᠠ (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished">ᠰᠠᠨᠠᠭᠠᠨ&#x202f;ᠳᠤ ᠦᠭᠡᠢ ᠠᠯᠳᠠᠭ᠎ᠠ: %1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../ui/subei_ui/signin.py" line="+168"/>
        <source>Locked</source>
        <translation type="unfinished">ᠣᠨᠢᠰᠤᠯᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen was locked. Type your password, or choose another user to switch; nobody&apos;s unsaved or unsynced work is lost.</source>
        <translation type="unfinished">ᠳᠡᠯᠭᠡᠴᠡ ᠣᠨᠢᠰᠤᠯᠠᠭᠳᠠᠪᠠ᠃ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ&#x202f;ᠢᠶᠠᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠬᠦᠯ᠎ᠡ ᠪᠤᠰᠤᠳ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠰᠣᠩᠭᠣᠨ᠎ᠠ᠃ ᠬᠡᠨ&#x202f;ᠦ ᠴᠤ ᠠᠵᠢᠯ ᠠᠯᠳᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location line="-27"/>
        <source>Sign in</source>
        <translation type="unfinished">ᠨᠡᠪᠲᠡᠷᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your name and type your password.</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ&#x202f;ᠪᠡᠨ ᠰᠣᠩᠭᠣᠵᠤ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ&#x202f;ᠢᠶᠠᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/subei_ui/main_window.py" line="+181"/>
        <source>Subei mobile service centre</source>
        <translation type="unfinished">ᠰᠤᠪᠡᠢ&#x202f;ᠶᠢᠨ ᠶᠠᠪᠤᠳᠠᠯ&#x202f;ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screens</source>
        <translation type="unfinished">ᠨᠢᠭᠤᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished">ᠹᠠᠢᠯ(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished">ᠬᠡᠯᠡ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation type="unfinished">ᠰᠢᠨ᠎ᠡ(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation type="unfinished">ᠬᠠᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">ᠭᠠᠷᠬᠤ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation type="unfinished">ᠪᠠᠭᠠᠵᠢ(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Dashboard</source>
        <translation type="unfinished">ᠰᠲ᠋ᠠᠲ᠋ᠢᠰᠲ᠋ᠢᠺ</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Import household register…</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠳᠠᠩᠰᠠ ᠣᠷᠣᠭᠤᠯᠬᠤ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report…</source>
        <translation type="unfinished">ᠰᠠᠷ᠎ᠠ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to USB stick…</source>
        <translation type="unfinished">USB ᠳᠤ ᠪᠢᠴᠢᠬᠦ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up to USB stick…</source>
        <translation type="unfinished">USB ᠳᠤ ᠨᠥᠭᠡᠴᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation type="unfinished">ᠨᠥᠭᠡᠴᠡ&#x202f;ᠡᠴᠡ ᠰᠡᠷᠭᠦᠭᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock screen</source>
        <translation type="unfinished">ᠳᠡᠯᠭᠡᠴᠡ ᠣᠨᠢᠰᠤᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch user…</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠰᠣᠯᠢᠬᠤ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Households</source>
        <translation type="unfinished">ᠠᠢᠯ ᠥᠷᠬᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service requests</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediations</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation type="unfinished">ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation type="unfinished">ᠢᠵᠢᠯᠳᠬᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation type="unfinished">ᠬᠢᠨᠠᠨ ᠬᠠᠷᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Demo data</source>
        <translation type="unfinished">ᠦᠯᠢᠭᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation type="unfinished">ᠰᠦᠯᠵᠢᠶᠡᠨ&#x202f;ᠳᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation type="unfinished">ᠰᠦᠯᠵᠢᠶᠡ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation type="unfinished">ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation type="unfinished">ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠢᠵᠢᠯᠳᠬᠡᠯ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending changes: %1</source>
        <translation type="unfinished">ᠢᠯᠡᠭᠡᠬᠦ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: %1 · Device: %2</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ: %1 · ᠲᠣᠨᠣᠭ: %2</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Monthly report</source>
        <translation type="unfinished">ᠰᠠᠷ᠎ᠠ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month (YYYY-MM):</source>
        <translation type="unfinished">ᠰᠠᠷ᠎ᠠ (YYYY-MM):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save monthly report</source>
        <translation type="unfinished">ᠰᠠᠷ᠎ᠠ&#x202f;ᠶᠢᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>MediationScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation.py" line="+128"/>
        <source>No.</source>
        <translation type="unfinished">ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Category</source>
        <translation type="unfinished">ᠠᠩᠭᠢ</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+63"/>
        <location line="+32"/>
        <source>Parties</source>
        <translation type="unfinished">ᠲᠠᠯᠤᠳ</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+71"/>
        <source>Status</source>
        <translation type="unfinished">ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Mediation cases</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠡᠷᠡᠭ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New case</source>
        <translation type="unfinished">ᠰᠢᠨ᠎ᠡ ᠬᠡᠷᠡᠭ(&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠤᠴᠠᠷᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation type="unfinished">ᠳᠠᠭᠠᠯᠳᠤᠭᠤᠯᠤᠨ ᠰᠢᠯᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Facts (Chinese)</source>
        <translation type="unfinished">ᠪᠣᠳᠠᠲᠤ ᠪᠠᠢᠳᠠᠯ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts (Mongolian)</source>
        <translation type="unfinished">ᠪᠣᠳᠠᠲᠤ ᠪᠠᠢᠳᠠᠯ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed matters (Chinese)</source>
        <translation type="unfinished">ᠮᠠᠷᠭᠠᠭᠠᠨ&#x202f;ᠲᠠᠢ ᠠᠰᠠᠭᠤᠳᠠᠯ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed matters (Mongolian)</source>
        <translation type="unfinished">ᠮᠠᠷᠭᠠᠭᠠᠨ&#x202f;ᠲᠠᠢ ᠠᠰᠠᠭᠤᠳᠠᠯ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities (Chinese)</source>
        <translation type="unfinished">ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities (Mongolian)</source>
        <translation type="unfinished">ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names separated by commas</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠲᠠᠰᠤᠯᠭ᠎ᠠ&#x202f;ᠪᠠᠷ ᠰᠠᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case no.</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation type="unfinished">ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation type="unfinished">ᠮᠡᠳᠡᠭᠦᠯᠦᠭᠰᠡᠨ ᠬᠦᠮᠦᠨ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mediators</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢᠳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistants</source>
        <translation type="unfinished">ᠲᠤᠰᠠᠯᠠᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠵᠥᠪᠯᠡᠯ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move case</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭ&#x202f;ᠢ ᠳᠠᠷᠠᠭᠠᠴᠢ ᠠᠯᠬᠤᠮ&#x202f;ᠳᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save case</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ(&amp;S)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Side</source>
        <translation type="unfinished">ᠲᠠᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add party not in the register</source>
        <translation type="unfinished">ᠳᠠᠩᠰᠠ&#x202f;ᠳᠤ ᠦᠭᠡᠢ ᠲᠠᠯ ᠨᠡᠮᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applicant</source>
        <translation type="unfinished">ᠭᠤᠶᠤᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation type="unfinished">ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation type="unfinished">ᠲᠠᠯ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported</source>
        <translation type="unfinished">ᠮᠡᠳᠡᠭᠦᠯᠦᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediating</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠵᠦ ᠪᠠᠢᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ&#x202f;ᠳᠦ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation type="unfinished">ᠭᠦᠢᠴᠡᠳᠭᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished">ᠪᠦᠲᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation type="unfinished">ᠰᠢᠯᠵᠢᠭᠦᠯᠦᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation type="unfinished">ᠲᠠᠲᠠᠭᠠᠯᠭᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New</source>
        <translation type="unfinished">ᠰᠢᠨ᠎ᠡ</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_members.py" line="+101"/>
        <source>Household member</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠭᠡᠰᠢᠭᠦᠨ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Chinese)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin letters)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠯᠠᠲᠢᠨ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to the head</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠲᠡᠷᠢᠭᠦᠨ&#x202f;ᠲᠡᠢ ᠬᠠᠷᠢᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation type="unfinished">ᠬᠦᠢᠰᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished">ᠤᠲᠠᠰᠤ</translation>
    </message>
</context>
<context>
    <name>MongolianPalette</name>
    <message>
        <location filename="../ui/subei_ui/widgets/mongolian_palette.py" line="+67"/>
        <source>Show invisible controls</source>
        <translation type="unfinished">ᠦᠯᠦ ᠦᠵᠡᠭᠳᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ&#x202f;ᠢ ᠢᠯᠡᠷᠡᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrow no-break space: joins a suffix to its word</source>
        <translation type="unfinished">ᠨᠠᠷᠢᠯᠢᠭ ᠵᠠᠢ: ᠳᠠᠭᠠᠪᠤᠷᠢ&#x202f;ᠶᠢ ᠦᠭᠡ&#x202f;ᠳᠦ ᠨᠢ ᠵᠠᠯᠭᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian vowel separator: final a/e written apart</source>
        <translation type="unfinished">ᠮᠣᠩᠭᠣᠯ ᠡᠭᠦᠰᠢᠭ ᠰᠠᠯᠭᠠᠭᠤᠷ: ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ a/e&#x202f;ᠶᠢ ᠰᠠᠯᠭᠠᠵᠤ ᠪᠢᠴᠢᠨ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 1</source>
        <translation type="unfinished">ᠴᠢᠯᠥᠭᠡᠲᠦ ᠬᠤᠪᠢᠯᠪᠤᠷᠢ ᠰᠣᠩᠭᠣᠭᠤᠷ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 2</source>
        <translation type="unfinished">ᠴᠢᠯᠥᠭᠡᠲᠦ ᠬᠤᠪᠢᠯᠪᠤᠷᠢ ᠰᠣᠩᠭᠣᠭᠤᠷ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 3</source>
        <translation type="unfinished">ᠴᠢᠯᠥᠭᠡᠲᠦ ᠬᠤᠪᠢᠯᠪᠤᠷᠢ ᠰᠣᠩᠭᠣᠭᠤᠷ 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 4</source>
        <translation type="unfinished">ᠴᠢᠯᠥᠭᠡᠲᠦ ᠬᠤᠪᠢᠯᠪᠤᠷᠢ ᠰᠣᠩᠭᠣᠭᠤᠷ 4</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../ui/subei_ui/screens/activity_people.py" line="+60"/>
        <source>Role</source>
        <translation type="unfinished">ᠡᠭᠦᠷᠭᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished">ᠢᠷᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift from</source>
        <translation type="unfinished">ᠵᠢᠵᠦᠭᠦᠷ ᠡᠬᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift to</source>
        <translation type="unfinished">ᠵᠢᠵᠦᠭᠦᠷ ᠳᠠᠭᠤᠰᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation type="unfinished">ᠡᠳ ᠪᠠᠷᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation type="unfinished">ᠲᠣᠭ᠎ᠠ ᠬᠡᠮᠵᠢᠶ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation type="unfinished">ᠨᠢᠭᠡᠴᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money (yuan)</source>
        <translation type="unfinished">ᠮᠥᠩᠭᠥ (ᠶᠤᠸᠠᠨ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation type="unfinished">ᠣᠷᠣᠯᠴᠠᠭᠴᠢᠳ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add by name</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ&#x202f;ᠪᠡᠷ ᠨᠡᠮᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation type="unfinished">ᠮᠥᠷ ᠬᠠᠰᠤᠬᠤ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attendee</source>
        <translation type="unfinished">ᠰᠤᠷᠤᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On duty</source>
        <translation type="unfinished">ᠵᠢᠵᠦᠭᠦᠷ ᠡᠷᠭᠢᠯᠳᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited</source>
        <translation type="unfinished">ᠠᠢᠯᠴᠢᠯᠠᠭᠳᠠᠭᠰᠠᠨ</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../ui/subei_ui/widgets/person_finder.py" line="+37"/>
        <source>Name (any script), ID number or phone</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ (ᠶᠠᠮᠠᠷ ᠴᠤ ᠪᠢᠴᠢᠭ), ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠤᠶᠤ ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ ᠬᠠᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation type="unfinished">ᠲᠣᠬᠢᠷᠠᠯᠴᠠᠬᠤ ᠬᠦᠮᠦᠨ</translation>
    </message>
</context>
<context>
    <name>RefusedList</name>
    <message>
        <location filename="../ui/subei_ui/screens/refused_list.py" line="+42"/>
        <source>Outside the grids this laptop serves: the township office reassigns or discards it</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠤᠮᠫᠢᠦ᠋ᠲᠧᠷ ᠦᠨ ᠬᠠᠷᠢᠶᠠᠯᠠᠬᠤ ᠲᠣᠣᠷ ᠤᠨ ᠭᠠᠳᠠᠨ᠎ᠠ᠄ ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ ᠶᠢᠨ ᠠᠯᠪᠠᠨ ᠲᠠᠰᠤᠭ ᠳᠠᠬᠢᠨ ᠬᠠᠭᠤᠷᠢᠴᠢᠯᠠᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠰᠤᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a township-office laptop may do this</source>
        <translation type="unfinished">ᠵᠦᠪᠬᠡᠨ ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ ᠶᠢᠨ ᠠᠯᠪᠠᠨ ᠲᠠᠰᠤᠭ ᠤᠨ ᠺᠤᠮᠫᠢᠦ᠋ᠲᠧᠷ ᠡᠨᠡ ᠢ ᠬᠢᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A value breaks a rule (%1): %2</source>
        <translation type="unfinished">ᠨᠢᠭᠡ ᠤᠳᠤᠬ᠎ᠠ ᠳᠦᠷᠢᠮ ᠳᠦ ᠨᠡᠶᠢᠴᠡᠬᠦ ᠦᠭᠡᠢ (%1)᠄ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused by the server</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ ᠤ ᠰᠧᠷᠸᠧᠷ ᠲᠡᠪᠴᠢᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused by the server, kept on this laptop: %1</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ ᠤ ᠰᠧᠷᠸᠧᠷ ᠲᠡᠪᠴᠢᠭᠰᠡᠨ᠂ ᠡᠨᠡ ᠺᠤᠮᠫᠢᠦ᠋ᠲᠧᠷ ᠲᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ᠄ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation type="unfinished">ᠪᠢᠴᠢᠯᠭᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished">ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished">ᠰᠢᠯᠲᠠᠭᠠᠨ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused changes</source>
        <translation type="unfinished">ᠲᠡᠪᠴᠢᠭᠳᠡᠭᠰᠡᠨ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new record</source>
        <translation type="unfinished">ᠰᠢᠨ᠎ᠡ ᠪᠢᠴᠢᠯᠭᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <translation type="unfinished">ᠵᠠᠰᠠᠪᠤᠷᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletion</source>
        <translation type="unfinished">ᠬᠠᠰᠤᠯᠲᠠ</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../ui/subei_ui/screens/register_import.py" line="+47"/>
        <source>GB/T 4761 relation code or name</source>
        <translation type="unfinished">GB/T 4761 ᠤᠷᠤᠭ ᠰᠠᠳᠤ&#x202f;ᠶᠢᠨ ᠺᠣᠳ ᠪᠤᠶᠤ ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB/T 2261.1 sex code</source>
        <translation type="unfinished">GB/T 2261.1 ᠬᠦᠢᠰᠦ&#x202f;ᠶᠢᠨ ᠺᠣᠳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB 3304 ethnicity code or name</source>
        <translation type="unfinished">GB 3304 ᠦᠨᠳᠦᠰᠦᠲᠡᠨ&#x202f;ᠦ ᠺᠣᠳ ᠪᠤᠶᠤ ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division code</source>
        <translation type="unfinished">ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ&#x202f;ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ&#x202f;ᠶᠢᠨ ᠺᠣᠳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common register wording</source>
        <translation type="unfinished">ᠲᠦᠭᠡᠮᠡᠯ ᠬᠡᠯᠡᠯᠭᠡ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import household register</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠳᠠᠩᠰᠠ ᠣᠷᠣᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation type="unfinished">ᠹᠠᠢᠯ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation type="unfinished">ᠹᠠᠢᠯ ᠰᠣᠩᠭᠣᠬᠤ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation type="unfinished">ᠪᠠᠭᠠᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in file</source>
        <translation type="unfinished">ᠹᠠᠢᠯ ᠳᠠᠬᠢ ᠤᠲᠤᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation type="unfinished">ᠮᠥᠷ&#x202f;ᠦᠨ ᠲᠣᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation type="unfinished">ᠤᠩᠰᠢᠬᠤ ᠤᠲᠤᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation type="unfinished">ᠰᠢᠯᠲᠠᠭᠠᠨ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the suggested values</source>
        <translation type="unfinished">ᠰᠠᠨᠠᠯ ᠪᠣᠯᠭᠠᠭᠰᠠᠨ ᠤᠲᠤᠭ᠎ᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation type="unfinished">ᠮᠥᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished">ᠰᠢᠯᠲᠠᠭᠠᠨ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check rows</source>
        <translation type="unfinished">ᠮᠥᠷ ᠱᠠᠯᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation type="unfinished">ᠣᠷᠣᠭᠤᠯᠬᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import good rows, skip bad ones</source>
        <translation type="unfinished">ᠵᠥᠪ ᠮᠥᠷ&#x202f;ᠢ ᠣᠷᠣᠭᠤᠯᠵᠤ ᠪᠤᠷᠤᠭᠤ&#x202f;ᠶᠢ ᠠᠯᠭᠠᠰᠤᠬᠤ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Columns: choose which of our fields each column holds</source>
        <translation type="unfinished">ᠪᠠᠭᠠᠨ: ᠪᠠᠭᠠᠨ ᠪᠦᠷ&#x202f;ᠢ ᠠᠯᠢ ᠲᠠᠯᠠᠪᠤᠷ&#x202f;ᠲᠠᠢ ᠲᠠᠭᠠᠷᠠᠭᠤᠯᠬᠤ&#x202f;ᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values: check how each value will be read; pick one for values we do not know</source>
        <translation type="unfinished">ᠤᠲᠤᠭ᠎ᠠ: ᠬᠡᠷᠬᠢᠨ ᠤᠩᠰᠢᠬᠤ&#x202f;ᠢ ᠪᠠᠢᠴᠠᠭᠠ; ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠤᠲᠤᠭ᠎ᠠ&#x202f;ᠳᠤ ᠰᠣᠩᠭᠣ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished">ᠣᠷᠣᠭᠤᠯᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ ᠮᠥᠷ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household register</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠳᠠᠩᠰᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished">ᠬᠦᠰᠦᠨᠦᠭ (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read this file: %1</source>
        <translation type="unfinished">ᠡᠨᠡ ᠹᠠᠢᠯ&#x202f;ᠢ ᠤᠩᠰᠢᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (read as %2)</source>
        <translation type="unfinished">%1 (%2 ᠪᠡᠷ ᠤᠩᠰᠢᠪᠠ)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(not understood: row rejected)</source>
        <translation type="unfinished">(ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ: ᠮᠥᠷ ᠲᠡᠪᠴᠢᠭᠳᠡᠨ᠎ᠡ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(son or daughter, by the sex column)</source>
        <translation type="unfinished">(ᠬᠦᠢᠰᠦ&#x202f;ᠪᠡᠷ ᠬᠦᠪᠡᠭᠦᠨ ᠪᠤᠶᠤ ᠬᠦᠦᠬᠡᠨ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown value; suggested: %1</source>
        <translation type="unfinished">ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠤᠲᠤᠭ᠎ᠠ; ᠰᠠᠨᠠᠯ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown value</source>
        <translation type="unfinished">ᠲᠠᠨᠢᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠤᠲᠤᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cancelled; nothing has been written.</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠭᠳᠠᠪᠠ; ᠶᠠᠭᠤᠴᠢ ᠪᠢᠴᠢᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished">ᠹᠠᠢᠯ&#x202f;ᠢ ᠣᠷᠣᠭᠤᠯᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Skipped lines are listed in %1 (ID numbers and phones masked).</source>
        <translation type="unfinished">ᠠᠯᠠᠰᠯᠠᠭᠰᠠᠨ ᠮᠥᠷ %1 ᠳᠤ ᠪᠠᠢᠨ᠎ᠠ (ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠪᠠ ᠤᠲᠠᠰᠤ ᠨᠢᠭᠤᠭᠳᠠᠪᠠ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of skipped lines could not be written (%1).</source>
        <translation type="unfinished">ᠠᠯᠠᠰᠯᠠᠭᠰᠠᠨ ᠮᠥᠷ&#x202f;ᠦᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ&#x202f;ᠶᠢ ᠪᠢᠴᠢᠵᠦ ᠳᠡᠢᠯᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ (%1).</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>(leave out)</source>
        <translation type="unfinished">(ᠣᠷᠣᠭᠤᠯᠬᠤ ᠦᠭᠡᠢ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Using the mapping saved for files with these columns. Check the rows.</source>
        <translation type="unfinished">ᠢᠵᠢᠯ ᠪᠠᠭᠠᠨ᠎ᠠ&#x202f;ᠲᠠᠢ ᠹᠠᠢᠯ&#x202f;ᠤᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ ᠲᠠᠭᠠᠷᠠᠭᠤᠯᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠬᠡᠷᠡᠭᠯᠡᠪᠡ. ᠮᠥᠷ&#x202f;ᠢ ᠪᠠᠢᠴᠠᠭᠠ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mapping, then check the rows.</source>
        <translation type="unfinished">ᠪᠠᠭᠠᠨ&#x202f;ᠤ ᠲᠠᠭᠠᠷᠠᠭᠤᠯᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠭᠠᠳ ᠮᠥᠷ&#x202f;ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>All rows are fine.</source>
        <translation type="unfinished">ᠪᠦᠬᠦ ᠮᠥᠷ ᠵᠥᠪ᠃</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be imported; nothing has been written.</source>
        <translation type="unfinished">
            <numerusform>%n ᠮᠥᠷ&#x202f;ᠢ ᠣᠷᠣᠭᠤᠯᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ; ᠶᠠᠮᠠᠷ ᠴᠤ ᠵᠦᠢᠯ ᠪᠢᠴᠢᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃</numerusform>
            <numerusform>%n ᠮᠥᠷ&#x202f;ᠢ ᠣᠷᠣᠭᠤᠯᠵᠤ ᠳᠡᠢᠯᠬᠦ ᠦᠭᠡᠢ; ᠶᠠᠮᠠᠷ ᠴᠤ ᠵᠦᠢᠯ ᠪᠢᠴᠢᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished">ᠣᠷᠣᠭᠤᠯᠪᠠ: ᠰᠢᠨ᠎ᠡ %1, ᠰᠢᠨᠡᠴᠢᠯᠡᠭᠰᠡᠨ %2, ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ %3, ᠠᠯᠭᠠᠰᠤᠭᠰᠠᠨ %4᠃</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/requests.py" line="+90"/>
        <source>No.</source>
        <translation type="unfinished">ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+9"/>
        <source>Service</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Applicant</source>
        <translation type="unfinished">ᠭᠤᠶᠤᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Status</source>
        <translation type="unfinished">ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+99"/>
        <source>Received</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Service requests</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New request</source>
        <translation type="unfinished">ᠰᠢᠨ᠎ᠡ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the request was taken</source>
        <translation type="unfinished">ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open request</source>
        <translation type="unfinished">ᠭᠤᠶᠤᠯᠲᠠ ᠨᠡᠭᠡᠬᠡᠬᠦ(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation type="unfinished">ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request</source>
        <translation type="unfinished">ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Materials checklist</source>
        <translation type="unfinished">ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ&#x202f;ᠤᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Photos and scans</source>
        <translation type="unfinished">ᠵᠢᠷᠤᠭ ᠪᠠ ᠰᠺᠠᠨ ᠵᠢᠷᠤᠭ</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Attach photo or scan…</source>
        <translation type="unfinished">ᠵᠢᠷᠤᠭ ᠪᠤᠶᠤ ᠰᠺᠠᠨ ᠵᠢᠷᠤᠭ ᠨᠡᠮᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next status</source>
        <translation type="unfinished">ᠳᠠᠷᠠᠭᠠᠴᠢ ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Where</source>
        <translation type="unfinished">ᠬᠠᠮᠢᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Note</source>
        <translation type="unfinished">ᠲᠠᠢᠯᠪᠤᠷᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move on</source>
        <translation type="unfinished">ᠳᠠᠷᠠᠭᠠᠴᠢ ᠠᠯᠬᠤᠮ(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation type="unfinished">ᠬᠡᠵᠢᠶ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished">ᠬᠡᠨ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status history</source>
        <translation type="unfinished">ᠪᠠᠢᠳᠠᠯ&#x202f;ᠤᠨ ᠲᠡᠦᠬᠡ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt as PDF…</source>
        <translation type="unfinished">ᠪᠠᠷᠢᠮᠲᠠ PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt…</source>
        <translation type="unfinished">ᠪᠠᠷᠢᠮᠲᠠ ᠬᠡᠪᠯᠡᠬᠦ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Materials seen</source>
        <translation type="unfinished">ᠦᠵᠡᠭᠰᠡᠨ ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Materials complete</source>
        <translation type="unfinished">ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ ᠪᠦᠷᠢᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to department</source>
        <translation type="unfinished">ᠬᠠᠷᠢᠶᠠᠯᠠᠬᠤ ᠭᠠᠵᠠᠷ&#x202f;ᠲᠤ ᠲᠤᠰᠢᠶᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation type="unfinished">ᠲᠡᠪᠴᠢᠭᠳᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result delivered</source>
        <translation type="unfinished">ᠦᠷ᠎ᠡ ᠳ᠋ᠦᠩ&#x202f;ᠢ ᠬᠦᠷᠭᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+69"/>
        <source> (optional)</source>
        <translation type="unfinished"> (ᠰᠣᠩᠭᠣᠯᠲᠠ)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Attach photo or scan</source>
        <translation type="unfinished">ᠵᠢᠷᠤᠭ ᠪᠤᠶᠤ ᠰᠺᠠᠨ ᠵᠢᠷᠤᠭ ᠨᠡᠮᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation type="unfinished">ᠵᠢᠷᠤᠭ ᠪᠠ PDF (*.jpg *.jpeg *.png *.pdf);;ᠪᠦᠬᠦ ᠹᠠᠢᠯ (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save receipt</source>
        <translation type="unfinished">ᠪᠠᠷᠢᠮᠲᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/review.py" line="+90"/>
        <location line="+29"/>
        <source>Open conflicts: %1</source>
        <translation type="unfinished">ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠵᠥᠷᠢᠴᠡᠯ: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Value A</source>
        <translation type="unfinished">ᠤᠲᠤᠭ᠎ᠠ A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value B</source>
        <translation type="unfinished">ᠤᠲᠤᠭ᠎ᠠ B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this value</source>
        <translation type="unfinished">ᠡᠨᠡ ᠤᠲᠤᠭ᠎ᠠ&#x202f;ᠶᠢ ᠦᠯᠡᠳᠡᠭᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or the right value:</source>
        <translation type="unfinished">ᠡᠰᠡᠬᠦᠯ᠎ᠡ ᠵᠥᠪ ᠤᠲᠤᠭ᠎ᠠ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this value</source>
        <translation type="unfinished">ᠡᠨᠡ ᠤᠲᠤᠭ᠎ᠠ&#x202f;ᠶᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts</source>
        <translation type="unfinished">ᠱᠡᠶᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ ᠵᠥᠷᠢᠴᠡᠯ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>server</source>
        <translation type="unfinished">ᠰᠧᠷᠸᠧᠷ</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="-51"/>
        <location line="+6"/>
        <source>When</source>
        <translation type="unfinished">ᠬᠡᠵᠢᠶ᠎ᠡ</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Where</source>
        <translation type="unfinished">ᠬᠠᠮᠢᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Mediator</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Summary (Mongolian)</source>
        <translation type="unfinished">ᠲᠣᠪᠴᠢ (ᠮᠣᠩᠭᠣᠯ)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Summary (Chinese)</source>
        <translation type="unfinished">ᠲᠣᠪᠴᠢ (ᠬᠢᠲᠠᠳ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session</source>
        <translation type="unfinished">ᠤᠴᠠᠷᠠᠯᠲᠠ ᠨᠡᠮᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../ui/subei_ui/signin.py" line="-106"/>
        <source>Field staff</source>
        <translation type="unfinished">ᠬᠡᠭᠡᠷᠡ&#x202f;ᠶᠢᠨ ᠠᠵᠢᠯᠲᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid worker</source>
        <translation type="unfinished">ᠲᠣᠣᠷ&#x202f;ᠤᠨ ᠠᠵᠢᠯᠲᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township office</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠩ ᠪᠠᠯᠭᠠᠰᠤ&#x202f;ᠶᠢᠨ ᠠᠯᠪᠠᠨ ᠲᠠᠰᠤᠭ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation type="unfinished">ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠣᠯᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠪᠤᠷᠤᠭᠤ᠃ %1 ᠰᠸᠺᠦ᠋ᠨ᠋ᠳ᠋&#x202f;ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠲᠣᠷᠰᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has no users yet.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ ᠪᠤᠷᠤᠭᠤ᠃</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished">ᠨᠢᠭᠤᠴᠠ ᠨᠣᠮᠧᠷ</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../ui/subei_ui/widgets/signature_pad.py" line="+36"/>
        <source>Signature pad</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ&#x202f;ᠦᠨ ᠬᠠᠪᠲᠠᠰᠤ</translation>
    </message>
</context>
<context>
    <name>SignatureSlot</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_agreement.py" line="-162"/>
        <source>Signer</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠴᠢ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint on paper</source>
        <translation type="unfinished">ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠤᠷᠤᠭᠤ&#x202f;ᠶᠢᠨ ᠣᠯᠤᠮ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation type="unfinished">ᠠᠷᠢᠯᠭᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/sync_status.py" line="+96"/>
        <source>never</source>
        <translation type="unfinished">ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to be sent: %1
Last sync: %2</source>
        <translation type="unfinished">ᠢᠯᠡᠭᠡᠬᠦ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ: %1
ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠢᠵᠢᠯᠳᠬᠡᠯ: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register this laptop with the county server</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠢ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠦ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Server address</source>
        <translation type="unfinished">ᠰᠧᠷᠸᠧᠷ&#x202f;ᠦᠨ ᠬᠠᠶᠢᠭ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Registration code</source>
        <translation type="unfinished">ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠺᠣᠳ᠋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation type="unfinished">ᠳᠠᠩᠰᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation type="unfinished">ᠣᠳᠣ ᠢᠵᠢᠯᠳᠬᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync in the background when the server is reachable</source>
        <translation type="unfinished">ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠬᠤ ᠦᠶ᠎ᠡ&#x202f;ᠳᠦ ᠠᠷᠤ ᠲᠠᠯ᠎ᠠ&#x202f;ᠳᠤ ᠢᠵᠢᠯᠢᠰᠬᠡᠬᠦ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent %1 changes, received %2.</source>
        <translation type="unfinished">%1 ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠢᠯᠡᠭᠡᠵᠦ᠂ %2 ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changes were refused by the server.</source>
        <translation type="unfinished">%1 ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ&#x202f;ᠶᠢ ᠰᠧᠷᠸᠧᠷ ᠲᠡᠲᠡᠭᠰᠡᠨ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some data differs from the server; it is repaired next time.</source>
        <translation type="unfinished">ᠵᠠᠷᠢᠮ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠡᠴᠡ ᠵᠥᠷᠢᠶᠡᠲᠡᠢ᠂ ᠳᠠᠷᠠᠭᠠᠴᠢᠨ ᠵᠠᠰᠠᠭᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop was behind the county server (put back from a backup or a copied folder). It was re-based: %1 changes not yet on the server were sent under new numbers and its earlier work was fetched back. Nothing was lost.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠡᠴᠡ ᠬᠣᠴᠣᠷᠣᠭᠰᠠᠨ ᠪᠠᠢᠵᠠᠢ (ᠨᠥᠭᠡᠴᠡ ᠪᠤᠶᠤ ᠬᠠᠭᠤᠯᠪᠤᠷᠢᠯᠠᠭᠰᠠᠨ ᠬᠠᠪᠲᠠᠰᠤ&#x202f;ᠠᠴᠠ ᠰᠡᠷᠭᠦᠭᠡᠭᠰᠡᠨ)᠃ ᠳᠠᠬᠢᠨ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠪᠠ᠄ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠦ ᠬᠦᠷᠦᠭᠡ ᠦᠭᠡᠢ %1 ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ&#x202f;ᠶᠢ ᠰᠢᠨ᠎ᠡ ᠳ᠋ᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠷ ᠢᠯᠡᠭᠡᠵᠦ᠂ ᠡᠮᠦᠨᠡᠬᠢ ᠠᠵᠢᠯ&#x202f;ᠢ ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠪᠠ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠵᠦᠢᠯ ᠠᠯᠳᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Syncing…</source>
        <translation type="unfinished">ᠢᠵᠢᠯᠢᠰᠬᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ…</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../ui/subei_ui/sync_runner.py" line="+29"/>
        <source>The county server cannot be reached. Your changes stay on this laptop and are sent at the next sync.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠳᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ᠂ ᠳᠠᠷᠠᠭᠠᠴᠢᠨ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop is not registered with the county server yet.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠦ ᠳᠠᠩᠰᠠᠯᠠᠭᠳᠠᠭᠠ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop has been withdrawn by the county. Contact the county office.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠡᠷᠬᠡ&#x202f;ᠶᠢ ᠰᠢᠶᠠᠨ&#x202f;ᠠᠴᠠ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠭᠠᠪᠠ᠃ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠠᠯᠪᠠᠨ ᠲᠠᠰᠤᠭ&#x202f;ᠲᠠᠢ ᠬᠣᠯᠪᠣᠭᠠ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county server does not know this laptop. Register it again.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠢ ᠲᠠᠨᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠳᠠᠬᠢᠨ ᠳᠠᠩᠰᠠᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county server did not accept this laptop&apos;s key. Register it again.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠲᠦᠯᠬᠢᠭᠤᠷ&#x202f;ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠠᠬᠢᠨ ᠳᠠᠩᠰᠠᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The laptop&apos;s clock is wrong. Set the date and time, then sync again.</source>
        <translation type="unfinished">ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠴᠠᠭ ᠪᠤᠷᠤᠭᠤ᠃ ᠡᠳᠦᠷ ᠴᠠᠭ&#x202f;ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠢᠵᠢᠯᠢᠰᠬᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration code is wrong, used or expired.</source>
        <translation type="unfinished">ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠺᠣᠳ᠋ ᠪᠤᠷᠤᠭᠤ᠂ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration was refused. Try again.</source>
        <translation type="unfinished">ᠳᠠᠩᠰᠠᠯᠠᠯᠲᠠ ᠲᠡᠲᠡᠭᠳᠡᠪᠡ᠃ ᠳᠠᠬᠢᠨ ᠲᠣᠷᠰᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county server is busy. Try again in a minute.</source>
        <translation type="unfinished">ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ ᠵᠠᠵᠠᠯᠳᠤᠭᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠨᠢᠭᠡ ᠮᠢᠨᠦ᠋ᠲ&#x202f;ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠲᠣᠷᠰᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync cancelled. Nothing was lost; the next sync continues.</source>
        <translation type="unfinished">ᠢᠵᠢᠯᠢᠰᠬᠡᠯ&#x202f;ᠢ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠠᠯᠳᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the server address, e.g. https://county.example/</source>
        <translation type="unfinished">ᠰᠧᠷᠸᠧᠷ&#x202f;ᠦᠨ ᠬᠠᠶᠢᠭ&#x202f;ᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ https://county.example/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the registration code.</source>
        <translation type="unfinished">ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠺᠣᠳ᠋&#x202f;ᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update needed: this program is too old for the county server. Install the update from the county, then sync again. Nothing was lost.</source>
        <translation type="unfinished">ᠰᠢᠨᠡᠳᠭᠡᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ᠄ ᠡᠨᠡ ᠫᠷᠣᠭ᠍ᠷᠠᠮ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠦ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠬᠠᠭᠤᠴᠢᠨ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠰᠢᠶᠠᠨ&#x202f;ᠠᠴᠠ ᠰᠢᠨᠡᠳᠬᠡᠯ&#x202f;ᠢ ᠤᠭᠰᠠᠷᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠢᠵᠢᠯᠢᠰᠬᠡᠭᠡᠷᠡᠢ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠠᠯᠳᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is demo data: it can never be registered or synced with the county. Use a new data folder for real work.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠪᠣᠯ ᠦᠯᠢᠭᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ: ᠰᠢᠶᠠᠨ&#x202f;ᠳᠤ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠤ ᠳᠠᠩᠰᠠᠯᠠᠬᠤ ᠪᠤᠶᠤ ᠢᠵᠢᠯᠳᠬᠡᠬᠦ ᠦᠭᠡᠢ᠃ ᠦᠨᠡᠨ ᠠᠵᠢᠯ&#x202f;ᠳᠤ ᠰᠢᠨ᠎ᠡ ᠬᠠᠪᠲᠠᠰᠤ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has no user yet, so its data is not encrypted. Create the first user, then register the laptop.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠂ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠳᠠᠭᠠ ᠦᠭᠡᠢ᠃ ᠡᠬᠢᠯᠡᠭᠡᠳ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ&#x202f;ᠶᠢ ᠪᠠᠢᠭᠤᠯᠤᠭᠠᠳ᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠩᠰᠠᠯᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop has no county recovery key, so the county could not recover its work if it were lost. Set up the county key, then register the laptop.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠡᠷᠬᠦᠬᠡᠬᠦ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠂ ᠭᠡᠭᠡᠭᠳᠡᠪᠡᠯ ᠠᠵᠢᠯ&#x202f;ᠢ ᠨᠢ ᠰᠡᠷᠬᠦᠬᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠡᠬᠢᠯᠡᠭᠡᠳ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠢ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠳ᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠩᠰᠠᠯᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop was put back from a backup and the county server could not take it back in step. Nothing was sent or lost: your work stays on this laptop. Contact the county office.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠨᠥᠭᠡᠴᠡ&#x202f;ᠡᠴᠡ ᠰᠡᠷᠭᠦᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠥᠭᠡᠳ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ ᠲᠡᠭᠦᠨ&#x202f;ᠢ ᠳᠠᠬᠢᠨ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠶᠠᠮᠠᠷ ᠴᠤ ᠵᠦᠢᠯ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠠᠯᠳᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ ᠲᠠᠨ&#x202f;ᠤ ᠠᠵᠢᠯ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠣᠭᠠ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync failed (%1).</source>
        <translation type="unfinished">ᠢᠵᠢᠯᠢᠰᠬᠡᠯ ᠪᠦᠲᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ (%1)᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its data on this laptop has been erased. Lost: %1 unsent changes and %2 attachments not yet sent.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠪᠠᠳᠠᠯᠠᠭᠰᠠᠨ᠃ ᠭᠡᠭᠡᠭᠳᠡᠭᠰᠡᠨ᠄ ᠢᠯᠡᠭᠡᠭᠡ ᠦᠭᠡᠢ %1 ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ᠂ ᠢᠯᠡᠭᠡᠭᠡ ᠦᠭᠡᠢ %2 ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ᠃</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its key was deleted, but this laptop&apos;s data was not encrypted and stays readable on its disk (%1 unsent changes, %2 attachments not yet sent). Have the disk erased.</source>
        <translation type="unfinished">ᠲᠦᠯᠬᠢᠭᠦᠷ&#x202f;ᠢ ᠨᠢ ᠤᠰᠠᠳᠬᠠᠭᠰᠠᠨ᠂ ᠭᠡᠪᠡᠴᠦ ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠨᠢᠭᠤᠴᠠᠯᠠᠭᠳᠠᠭᠠ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠤᠩᠰᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠬᠡᠪᠡᠷ ᠪᠠᠢᠨ᠎ᠠ (%1 ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ᠂ %2 ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ)᠃ ᠳᠢᠰᠺ&#x202f;ᠢ ᠨᠢ ᠠᠷᠢᠯᠭᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>UsbBundle</name>
    <message>
        <location filename="../ui/subei_ui/usb_bundle.py" line="+19"/>
        <source>The stick could not be written. Try another stick or folder.</source>
        <translation type="unfinished">USB ᠳᠤ ᠪᠢᠴᠢᠵᠦ ᠳᠡᠢᠯᠦᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠥᠭᠡᠷ᠎ᠡ USB ᠪᠤᠶᠤ ᠬᠠᠪᠲᠠᠰᠤ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was read back from the stick differs from what was written. Do not use this stick; try another.</source>
        <translation type="unfinished">USB&#x202f;ᠡᠴᠡ ᠤᠩᠰᠢᠭᠰᠠᠨ ᠵᠦᠢᠯ ᠪᠢᠴᠢᠭᠰᠡᠨ&#x202f;ᠡᠴᠡ ᠥᠭᠡᠷ᠎ᠡ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠡᠨᠡ USB&#x202f;ᠶᠢ ᠪᠢᠲᠡᠭᠡᠢ ᠬᠡᠷᠡᠭᠯᠡ; ᠥᠭᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has no county keys yet: register it with the server first.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ&#x202f;ᠲᠦ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠲᠦᠯᠬᠢᠭᠦᠷ ᠬᠠᠷᠠᠬᠠᠨ ᠦᠭᠡᠢ: ᠤᠷᠢᠳ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠦ ᠪᠦᠷᠢᠳᠭᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not registered with the county server yet.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠺᠣᠮᠫᠢᠦ᠋ᠲ᠋ᠧᠷ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠰᠧᠷᠸᠧᠷ&#x202f;ᠲᠦ ᠳᠠᠩᠰᠠᠯᠠᠭᠳᠠᠭᠠ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is demo data: it can never be written to a USB bundle for the county.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠪᠣᠯ ᠦᠯᠢᠭᠡᠷ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ: ᠰᠢᠶᠠᠨ&#x202f;ᠳᠤ ᠢᠯᠡᠭᠡᠬᠦ USB ᠪᠠᠭᠯᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠤ ᠪᠢᠴᠢᠬᠦ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle %1 with %2 changes written to %3 and checked.

It is safe to remove the USB stick. The changes stay queued here until the county&apos;s receipt comes back.</source>
        <translation type="unfinished">%2 ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ&#x202f;ᠲᠡᠢ %1 ᠪᠠᠭᠯᠠᠭ᠎ᠠ&#x202f;ᠶᠢ %3 ᠳᠤ ᠪᠢᠴᠢᠵᠦ ᠱᠠᠯᠭᠠᠪᠠ᠃

USB&#x202f;ᠶᠢ ᠠᠶᠤᠯ ᠦᠭᠡᠢ ᠰᠤᠭᠤᠯᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠰᠢᠶᠠᠨ&#x202f;ᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠪᠠᠷᠢᠮᠲᠠ ᠢᠷᠡᠬᠦ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ ᠡᠨᠳᠡ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle was not written (%1).</source>
        <translation type="unfinished">ᠪᠠᠭᠯᠠᠭ᠎ᠠ ᠪᠢᠴᠢᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ (%1)᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It also carries %1 attachments (photos, signatures).</source>
        <translation type="unfinished">ᠮᠥᠨ %1 ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ (ᠵᠢᠷᠤᠭ᠂ ᠭᠠᠷ ᠦᠰᠦᠭ) ᠠᠭᠤᠯᠵᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 attachments did not fit under the bundle size limit: write another bundle to carry them.</source>
        <translation type="unfinished">%1 ᠬᠠᠪᠰᠤᠷᠤᠯᠲᠠ ᠪᠠᠭᠯᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠬᠡᠮᠵᠢᠶ᠎ᠡ&#x202f;ᠡᠴᠡ ᠬᠡᠲᠦᠷᠡᠪᠡ᠄ ᠲᠡᠳᠡᠨ&#x202f;ᠢ ᠠᠪᠤᠭᠴᠢᠬᠤ&#x202f;ᠶᠢᠨ ᠲᠤᠯᠠᠳᠠ ᠥᠭᠡᠷ᠎ᠡ ᠪᠠᠭᠯᠠᠭ᠎ᠠ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write to USB stick</source>
        <translation type="unfinished">USB ᠳᠤ ᠪᠢᠴᠢᠬᠦ</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../ui/subei_ui/vocabulary.py" line="+14"/>
        <source>Head of household</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠡᠵᠡᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spouse</source>
        <translation type="unfinished">ᠬᠠᠨᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son</source>
        <translation type="unfinished">ᠬᠦᠪᠡᠭᠦᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daughter</source>
        <translation type="unfinished">ᠥᠬᠢᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Father</source>
        <translation type="unfinished">ᠡᠴᠢᠭᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation type="unfinished">ᠡᠬᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daughter-in-law</source>
        <translation type="unfinished">ᠪᠡᠷᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son-in-law</source>
        <translation type="unfinished">ᠬᠦᠷᠭᠡᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grandchild</source>
        <translation type="unfinished">ᠠᠴᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation type="unfinished">ᠠᠬ᠎ᠠ ᠳᠡᠭᠦᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation type="unfinished">ᠪᠤᠰᠤᠳ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Male</source>
        <translation type="unfinished">ᠡᠷᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation type="unfinished">ᠡᠮ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not given</source>
        <translation type="unfinished">ᠪᠢᠴᠢᠭᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spring</source>
        <translation type="unfinished">ᠬᠠᠪᠤᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summer</source>
        <translation type="unfinished">ᠵᠤᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autumn</source>
        <translation type="unfinished">ᠨᠠᠮᠤᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Winter</source>
        <translation type="unfinished">ᠡᠪᠦᠯ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheep</source>
        <translation type="unfinished">ᠬᠣᠨᠢ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goats</source>
        <translation type="unfinished">ᠢᠮᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yaks</source>
        <translation type="unfinished">ᠰᠠᠷᠯᠠᠭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cattle</source>
        <translation type="unfinished">ᠦᠬᠡᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Horses</source>
        <translation type="unfinished">ᠮᠣᠷᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camels</source>
        <translation type="unfinished">ᠲᠡᠮᠡᠭᠡ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mongolian</source>
        <translation type="unfinished">ᠮᠣᠩᠭᠣᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation type="unfinished">ᠬᠢᠲᠠᠳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian and Chinese</source>
        <translation type="unfinished">ᠮᠣᠩᠭᠣᠯ ᠬᠢᠲᠠᠳ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Materials complete</source>
        <translation type="unfinished">ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ ᠪᠦᠷᠢᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation type="unfinished">ᠲᠤᠰᠢᠶᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation type="unfinished">ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation type="unfinished">ᠲᠡᠪᠴᠢᠭᠳᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation type="unfinished">ᠬᠦᠷᠭᠡᠭᠳᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation type="unfinished">ᠮᠡᠳᠡᠭᠦᠯᠦᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediating</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠵᠦ ᠪᠠᠢᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement signed</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ&#x202f;ᠳᠦ ᠭᠠᠷ ᠦᠰᠦᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation type="unfinished">ᠭᠦᠢᠴᠡᠳᠭᠡᠭᠰᠡᠨ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation type="unfinished">ᠬᠠᠭᠠᠭᠳᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service request</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mediation case</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠡᠷᠡᠭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or visit</source>
        <translation type="unfinished">ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ</translation>
    </message>
</context>
<context>
    <name>_CasePanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="-73"/>
        <source>Add</source>
        <translation type="unfinished">ᠨᠡᠮᠡᠬᠦ</translation>
    </message>
</context>
<context>
    <name>_Unavailable</name>
    <message>
        <location filename="../ui/subei_ui/screens/__init__.py" line="+44"/>
        <source>This screen is not available in this build (%1).</source>
        <translation type="unfinished">ᠡᠨᠡ ᠬᠡᠪᠯᠡᠯ&#x202f;ᠳᠦ ᠡᠨᠡ ᠨᠢᠭᠤᠷ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ (%1)᠃</translation>
    </message>
</context>
</TS>
