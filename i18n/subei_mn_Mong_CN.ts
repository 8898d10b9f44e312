<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_CN">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/activities.py" line="+58"/>
        <location line="+88"/>
        <source>Kind</source>
        <translation type="unfinished">ᠲᠥᠷᠥᠯ</translation>
    </message>
    <message>
        <location line="-88"/>
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
        <location line="-82"/>
        <source>Activities</source>
        <translation type="unfinished">ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark hazard resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nomadic classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transhumance service point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topic (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leaflets given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>- choose -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation type="unfinished">ᠮᠣᠩᠭᠣᠯ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation type="unfinished">ᠬᠢᠲᠠᠳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">ᠪᠤᠰᠤᠳ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation type="unfinished">ᠰᠤᠮᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1: %2 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_agreement.py" line="+87"/>
        <source>Agreement and amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed content (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed content (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is performed (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is performed (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signatures</source>
        <translation type="unfinished">ᠭᠠᠷ ᠦᠰᠦᠭ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Amendment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed %1 - locked; changes go into an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agreement yet</source>
        <translation type="unfinished"></translation>
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
    <name>Drafts</name>
    <message>
        <location filename="../ui/subei_ui/widgets/drafts.py" line="+108"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes are not saved yet. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/subei_ui/error_text.py" line="+18"/>
        <source>Give a title in Chinese or Mongolian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a service from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This material is not on the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required materials are still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request cannot move directly to that status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find and pick the household first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a request first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick or save a case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case needs at least two parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreement needs its content in both Chinese and Mongolian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say how and by when the agreement is to be performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement is not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a draft agreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed agreement can be amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mediator must sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both parties must sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on the pad before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed record cannot change; add an amendment instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A hazard check needs a severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown detail for this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="+146"/>
        <location line="+8"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Note (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation type="unfinished">ᠲᠡᠢᠮᠦ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/subei_ui/screens/household_detail.py" line="+125"/>
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
        <translation type="unfinished">ᠰᠤᠮᠤ / ᠭᠠᠴᠠᠭ᠎ᠠ</translation>
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
        <location line="+1"/>
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
        <location line="+2"/>
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
        <location line="+16"/>
        <source>Household %1</source>
        <translation type="unfinished">ᠥᠷᠬᠡ %1</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_form.py" line="+137"/>
        <source>Household no.</source>
        <translation type="unfinished">ᠥᠷᠬᠡ&#x202f;ᠶᠢᠨ ᠨᠣᠮᠧᠷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township code</source>
        <translation type="unfinished">ᠰᠤᠮᠤ&#x202f;ᠶᠢᠨ ᠺᠣᠳ᠋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code</source>
        <translation type="unfinished">ᠭᠠᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠺᠣᠳ᠋</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid code</source>
        <translation type="unfinished">ᠲᠣᠣᠷ&#x202f;ᠤᠨ ᠺᠣᠳ᠋</translation>
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
        <location line="+5"/>
        <source>Save anyway</source>
        <translation type="unfinished">ᠶᠠᠮᠠᠷ ᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">ᠪᠣᠯᠢᠬᠤ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An unsaved draft of this form was restored.</source>
        <translation type="unfinished">ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠨᠣᠣᠷᠠᠭ ᠰᠡᠷᠭᠦᠭᠡᠭᠳᠡᠪᠡ᠃</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A household with the same head&apos;s name already exists in this village (%1). Check it is not the same family; press Save anyway to register a new one.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/subei_ui/screens/households.py" line="+90"/>
        <source>Search: name in Chinese, pinyin, Mongolian or Latin letters, ID or phone</source>
        <translation type="unfinished">ᠬᠠᠢᠬᠤ: ᠨᠡᠷ᠎ᠡ, ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ, ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation type="unfinished">ᠵᠡᠭᠦᠨ ᠲᠠᠯ᠎ᠠ&#x202f;ᠡᠴᠡ ᠥᠷᠬᠡ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation type="unfinished">ᠠᠢᠯ ᠥᠷᠬᠡ</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n people found</source>
        <translation type="unfinished">
            <numerusform>%n ᠬᠦᠮᠦᠨ ᠣᠯᠳᠠᠪᠠ</numerusform>
            <numerusform>%n ᠬᠦᠮᠦᠨ ᠣᠯᠳᠠᠪᠠ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong format</source>
        <translation type="unfinished">ᠬᠡᠯᠪᠡᠷᠢ ᠪᠤᠷᠤᠭᠤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ID number has 18 characters (the last may be X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number&apos;s address code does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date inside the ID number is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s check digit is wrong (a digit mistyped or two swapped)</source>
        <translation type="unfinished">ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ&#x202f;ᠦᠨ ᠰᠢᠯᠭᠠᠬᠤ ᠲᠣᠭ᠎ᠠ ᠪᠤᠷᠤᠭᠤ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number looks wrong (it can still be saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the name in Chinese or in Mongolian (or both)</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠮᠣᠩᠭᠣᠯ ᠪᠤᠶᠤ ᠬᠢᠲᠠᠳ ᠪᠢᠴᠢᠭ&#x202f;ᠢᠶᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a known relation to the head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text uses an old private encoding (e.g. Menksoft). Convert it to standard Unicode Mongolian first.</source>
        <translation type="unfinished">ᠡᠨᠡ ᠪᠢᠴᠢᠭ ᠬᠠᠭᠤᠴᠢᠨ ᠺᠣᠳ᠋ (Menksoft) ᠪᠠᠢᠨ᠎ᠠ᠃ Unicode ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠪᠣᠯᠭᠠᠨ ᠬᠥᠷᠪᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text cannot start with a variation selector (FVS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livestock counts must be between 0 and 1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed records cannot change; add an amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is damaged; restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was made by a newer version of this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/subei_ui/main_window.py" line="+94"/>
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
        <location line="+8"/>
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
        <location line="+58"/>
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
        <location line="+1"/>
        <source>Pending changes: %1</source>
        <translation type="unfinished">ᠢᠯᠡᠭᠡᠬᠦ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1 · Device: %2</source>
        <translation type="unfinished">ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ: %1 · ᠲᠣᠨᠣᠭ: %2</translation>
    </message>
</context>
<context>
    <name>MediationScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation.py" line="+57"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+76"/>
        <location line="+24"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+84"/>
        <source>Status</source>
        <translation type="unfinished">ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Mediation cases</source>
        <translation type="unfinished">ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠡᠷᠡᠭ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation type="unfinished">ᠭᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Facts (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facts (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed matters (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disputed matters (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsibilities (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation type="unfinished">ᠰᠤᠮᠤ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation type="unfinished">ᠭᠠᠵᠠᠷ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New</source>
        <translation type="unfinished">ᠰᠢᠨ᠎ᠡ</translation>
    </message>
</context>
<context>
    <name>MongolianPalette</name>
    <message>
        <location filename="../ui/subei_ui/widgets/mongolian_palette.py" line="+57"/>
        <source>Show invisible controls</source>
        <translation type="unfinished">ᠦᠯᠦ ᠦᠵᠡᠭᠳᠡᠬᠦ ᠲᠡᠮᠳᠡᠭ&#x202f;ᠢ ᠢᠯᠡᠷᠡᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrow no-break space: joins a suffix to its word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian vowel separator: final a/e written apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../ui/subei_ui/screens/activity_people.py" line="+48"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished">ᠨᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../ui/subei_ui/widgets/person_finder.py" line="+37"/>
        <source>Name (any script), ID number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/requests.py" line="+51"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <location line="+8"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Status</source>
        <translation type="unfinished">ᠪᠠᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+102"/>
        <source>Received</source>
        <translation type="unfinished">ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Service requests</source>
        <translation type="unfinished">ᠦᠢᠯᠡᠴᠢᠯᠭᠡ&#x202f;ᠶᠢᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the request was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open request</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Materials checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Photos and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Attach photo or scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Materials seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Materials complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to department</source>
        <translation type="unfinished"></translation>
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
        <source>Result delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Attach photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/review.py" line="+35"/>
        <source>Open conflicts: %1</source>
        <translation type="unfinished">ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ ᠵᠥᠷᠢᠴᠡᠯ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="-48"/>
        <location line="+6"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Summary (Mongolian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Summary (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../ui/subei_ui/widgets/signature_pad.py" line="+36"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureSlot</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_agreement.py" line="-125"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/sync_status.py" line="+36"/>
        <source>never</source>
        <translation type="unfinished">ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent: %1
Last sync: %2</source>
        <translation type="unfinished">ᠢᠯᠡᠭᠡᠬᠦ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠯᠲᠡ: %1
ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠢᠵᠢᠯᠳᠬᠡᠯ: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation type="unfinished">ᠣᠳᠣ ᠢᠵᠢᠯᠳᠬᠡᠬᠦ</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Unavailable</name>
    <message>
        <location filename="../ui/subei_ui/screens/__init__.py" line="+39"/>
        <source>This screen is not available in this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
