<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="71"/>
        <source>or leave row %1 out</source>
        <translation>or leave row %1 out</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="91"/>
        <source>the column header &quot;%1&quot; appears more than once</source>
        <translation>the column header &quot;%1&quot; appears more than once</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="92"/>
        <source>Give each column a different header in the spreadsheet.</source>
        <translation>Give each column a different header in the spreadsheet.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="99"/>
        <source>the mapping reads %1 from the column &quot;%2&quot;, but the header row has no such column</source>
        <translation>the mapping reads %1 from the column &quot;%2&quot;, but the header row has no such column</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="102"/>
        <source>Correct the header in the mapping&apos;s &quot;columns&quot; (headers are compared exactly, without spaces at the ends), or add the column.</source>
        <translation>Correct the header in the mapping&apos;s &quot;columns&quot; (headers are compared exactly, without spaces at the ends), or add the column.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="128"/>
        <source>with one row per nominal, the item columns for %1 repeat as &quot;%2 1&quot;, &quot;%2 2&quot; and so on, but the header row has no &quot;%2 1&quot;</source>
        <translation>with one row per nominal, the item columns for %1 repeat as &quot;%2 1&quot;, &quot;%2 2&quot; and so on, but the header row has no &quot;%2 1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="132"/>
        <source>Number the repeated item columns in the header, or map rows as one per item (&quot;rows&quot;: &quot;item&quot;).</source>
        <translation>Number the repeated item columns in the header, or map rows as one per item (&quot;rows&quot;: &quot;item&quot;).</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="144"/>
        <source>no column is mapped to %1, which every %2 needs</source>
        <translation>no column is mapped to %1, which every %2 needs</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="146"/>
        <source>intelligence item</source>
        <translation>intelligence item</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="147"/>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="148"/>
        <source>Map a column to %1 in the mapping&apos;s &quot;columns&quot;, or give it a value in &quot;defaults&quot;.</source>
        <translation>Map a column to %1 in the mapping&apos;s &quot;columns&quot;, or give it a value in &quot;defaults&quot;.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="175"/>
        <source>the items&apos; grading is not mapped: map the three 3x5x2 codes (intelligence.source_evaluation, intelligence_assessment, handling_code) or the three legacy 5x5x5 codes (intelligence.legacy_grading.source_evaluation, intelligence_evaluation, handling_code), or both</source>
        <translation>the items&apos; grading is not mapped: map the three 3x5x2 codes (intelligence.source_evaluation, intelligence_assessment, handling_code) or the three legacy 5x5x5 codes (intelligence.legacy_grading.source_evaluation, intelligence_evaluation, handling_code), or both</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="180"/>
        <source>Add the grading columns to the mapping&apos;s &quot;columns&quot;.</source>
        <translation>Add the grading columns to the mapping&apos;s &quot;columns&quot;.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="314"/>
        <source>not a date in the form %1 (or YYYY-MM-DD, or like 3 Mar 2024)</source>
        <translation>not a date in the form %1 (or YYYY-MM-DD, or like 3 Mar 2024)</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="316"/>
        <source>Correct the date in the spreadsheet, or set the mapping&apos;s &quot;date_format&quot;, %1.</source>
        <translation>Correct the date in the spreadsheet, or set the mapping&apos;s &quot;date_format&quot;, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="330"/>
        <source>a harm score is a whole number, 0 or more</source>
        <translation>a harm score is a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="331"/>
        <source>Correct the cell or leave it empty, %1.</source>
        <translation>Correct the cell or leave it empty, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="364"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="373"/>
        <source>the nominal&apos;s reference is empty; every row needs one</source>
        <translation>the nominal&apos;s reference is empty; every row needs one</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="374"/>
        <source>Fill in the reference, %1.</source>
        <translation>Fill in the reference, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="414"/>
        <source>differs from row %1 (%2) for the same reference %3</source>
        <translation>differs from row %1 (%2) for the same reference %3</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="421"/>
        <source>Make the nominal&apos;s details agree on every row of that reference (or leave them blank after the first), %1.</source>
        <translation>Make the nominal&apos;s details agree on every row of that reference (or leave them blank after the first), %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="493"/>
        <source>Check the mapping.</source>
        <translation>Check the mapping.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="517"/>
        <source>(%1: no column)</source>
        <translation>(%1: no column)</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="524"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="528"/>
        <source>Leave row %1 out, or give the person a reference not yet in the case file.</source>
        <translation>Leave row %1 out, or give the person a reference not yet in the case file.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="532"/>
        <source>Fill in the cell, give %1 a value in the mapping&apos;s &quot;defaults&quot;, %2.</source>
        <translation>Fill in the cell, give %1 a value in the mapping&apos;s &quot;defaults&quot;, %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="536"/>
        <source>Add the spreadsheet&apos;s value to the mapping&apos;s &quot;values&quot; for %1 (as one of: %2), correct the cell, %3.</source>
        <translation>Add the spreadsheet&apos;s value to the mapping&apos;s &quot;values&quot; for %1 (as one of: %2), correct the cell, %3.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="541"/>
        <source>Map a column to %1 in the mapping, or give it a default, %2.</source>
        <translation>Map a column to %1 in the mapping, or give it a default, %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="544"/>
        <source>Correct the cell in the spreadsheet, %1.</source>
        <translation>Correct the cell in the spreadsheet, %1.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="88"/>
        <source>&quot;%1&quot; must be an object of texts.</source>
        <translation>&quot;%1&quot; must be an object of texts.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="94"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a field; use one of: %3.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is not a field; use one of: %3.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="99"/>
        <source>&quot;%1&quot;.&quot;%2&quot; must be a text.</source>
        <translation>&quot;%1&quot;.&quot;%2&quot; must be a text.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../ui/accessibility/Accessibility.cpp" line="67"/>
        <source>Clear the field</source>
        <translation>Clear the field</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/Accessibility.cpp" line="68"/>
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/Accessibility.cpp" line="292"/>
        <location filename="../ui/accessibility/AccessibilityExtension.cpp" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/AccessibilityExtension.cpp" line="25"/>
        <source>Locked. Enter your password to unlock.</source>
        <translation>Locked. Enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../ui/accessibility/AccessibilityExtension.cpp" line="28"/>
        <source>Unlocked.</source>
        <translation>Unlocked.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="48"/>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="56"/>
        <source>A password needs at least 8 characters.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="74"/>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="76"/>
        <source>There is already a user called %1.</source>
        <translation>There is already a user called %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="83"/>
        <source>Out of memory hashing the password.</source>
        <translation>Out of memory hashing the password.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="152"/>
        <source>The case file has no sign-in key. Report this fault.</source>
        <translation>The case file has no sign-in key. Report this fault.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="198"/>
        <source>Too many failed sign-ins in a row: sign-in with this user name is locked until %1 UTC, or until an administrator unlocks it (&quot;user unlock&quot;).</source>
        <translation>Too many failed sign-ins in a row: sign-in with this user name is locked until %1 UTC, or until an administrator unlocks it (&quot;user unlock&quot;).</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="184"/>
        <source>The user name or password is not right. Check them and try again.</source>
        <translation>The user name or password is not right. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="283"/>
        <source>There is no user called %1.</source>
        <translation>There is no user called %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="290"/>
        <source>%1 is the last administrator and cannot be disabled. Give another user the administrator role first.</source>
        <translation>%1 is the last administrator and cannot be disabled. Give another user the administrator role first.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="303"/>
        <location filename="../app/accounts/Accounts.cpp" line="319"/>
        <source>The user name or password is not right.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="309"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>The signing key of %1 is damaged.</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="33"/>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="42"/>
        <source>The partner organisation.</source>
        <translation>The partner organisation.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="45"/>
        <source>The lawful basis for sharing.</source>
        <translation>The lawful basis for sharing.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="49"/>
        <source>A permitted purpose, in a few words; repeat for several.</source>
        <translation>A permitted purpose, in a few words; repeat for several.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="53"/>
        <source>How many days the partner may keep a pack before destroying it.</source>
        <translation>How many days the partner may keep a pack before destroying it.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="56"/>
        <source>The first day the agreement is in force.</source>
        <translation>The first day the agreement is in force.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="59"/>
        <source>The last day the agreement is in force.</source>
        <translation>The last day the agreement is in force.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="63"/>
        <source>Records a new information-sharing agreement and prints its identifier (ISA-n) alone on standard output. Administrators only.</source>
        <translation>Records a new information-sharing agreement and prints its identifier (ISA-n) alone on standard output. Administrators only.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="73"/>
        <source>Missing: %1.
Usage: corroborate-cli %2</source>
        <translation>Missing: %1.
Usage: corroborate-cli %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="83"/>
        <source>--retention-days must be a whole number of days, not &quot;%1&quot;.</source>
        <translation>--retention-days must be a whole number of days, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="95"/>
        <source>Recorded %1 with %2, in force %3 to %4.</source>
        <translation>Recorded %1 with %2, in force %3 to %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="111"/>
        <source>Print JSON: a list of objects.</source>
        <translation>Print JSON: a list of objects.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="114"/>
        <source>Lists the information-sharing agreements (their latest versions) and whether each is in force today.</source>
        <translation>Lists the information-sharing agreements (their latest versions) and whether each is in force today.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="141"/>
        <source>No information-sharing agreement is recorded.</source>
        <translation>No information-sharing agreement is recorded.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="148"/>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="150"/>
        <source>ended from %1</source>
        <translation>ended from %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="151"/>
        <source>not in force</source>
        <translation>not in force</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AgreementCommands.cpp" line="152"/>
        <source>keep %n day(s)</source>
        <translation>
            <numerusform>keep %n day</numerusform>
            <numerusform>keep %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="162"/>
        <source>The agreement to end (ISA-n).</source>
        <translation>The agreement to end (ISA-n).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="166"/>
        <source>The day from which it is no longer in force (default: today).</source>
        <translation>The day from which it is no longer in force (default: today).</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="170"/>
        <source>Ends an agreement: no partner pack may be made under it from that day. The earlier version is kept. Administrators only.</source>
        <translation>Ends an agreement: no partner pack may be made under it from that day. The earlier version is kept. Administrators only.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="176"/>
        <source>--agreement ID is required.</source>
        <translation>--agreement ID is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/AgreementCommands.cpp" line="183"/>
        <source>%1 with %2 is no longer in force from %3.</source>
        <translation>%1 with %2 is no longer in force from %3.</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="53"/>
        <source>Name the partner organisation (--partner).</source>
        <translation>Name the partner organisation (--partner).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="55"/>
        <source>Give the lawful basis for sharing (--basis).</source>
        <translation>Give the lawful basis for sharing (--basis).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="60"/>
        <source>List at least one permitted purpose (--purpose).</source>
        <translation>List at least one permitted purpose (--purpose).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="63"/>
        <source>The retention at the recipient must be 1 to %1 days.</source>
        <translation>The retention at the recipient must be 1 to %1 days.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="65"/>
        <source>Give the date the agreement starts, written YYYY-MM-DD (--from).</source>
        <translation>Give the date the agreement starts, written YYYY-MM-DD (--from).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="67"/>
        <source>Give the last date the agreement is in force, written YYYY-MM-DD (--until).</source>
        <translation>Give the last date the agreement is in force, written YYYY-MM-DD (--until).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="70"/>
        <source>The agreement cannot end (%1) before it starts (%2).</source>
        <translation>The agreement cannot end (%1) before it starts (%2).</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="90"/>
        <source>%1 is not permitted to change the agreements register: it needs the %2 role.</source>
        <translation>%1 is not permitted to change the agreements register: it needs the %2 role.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="132"/>
        <source>Give the date the agreement ends, written YYYY-MM-DD.</source>
        <translation>Give the date the agreement ends, written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="137"/>
        <source>%1 has already ended (from %2); nothing was changed.</source>
        <translation>%1 has already ended (from %2); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="170"/>
        <source>There is no agreement &quot;%1&quot; in this case file. Agreements are written ISA-1, ISA-2…; `agreement list` shows them.</source>
        <translation>There is no agreement &quot;%1&quot; in this case file. Agreements are written ISA-1, ISA-2…; `agreement list` shows them.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="183"/>
        <source>%1 with %2 is not in force until %3, so nothing may be shared under it on %4. A partner pack needs an agreement in force on its date.</source>
        <translation>%1 with %2 is not in force until %3, so nothing may be shared under it on %4. A partner pack needs an agreement in force on its date.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="187"/>
        <source>%1 with %2 is no longer in force (%3), so nothing may be shared under it. A partner pack needs an agreement in force on its date: ask an administrator to record a new one.</source>
        <translation>%1 with %2 is no longer in force (%3), so nothing may be shared under it. A partner pack needs an agreement in force on its date: ask an administrator to record a new one.</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="192"/>
        <source>ended from %1</source>
        <translation>ended from %1</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="193"/>
        <source>it ran until %1</source>
        <translation>it ran until %1</translation>
    </message>
    <message>
        <location filename="../app/sharing/AgreementService.cpp" line="198"/>
        <source>%1 does not permit sharing for &quot;%2&quot;. It permits: %3. Choose one of these, or ask an administrator to amend the agreement.</source>
        <translation>%1 does not permit sharing for &quot;%2&quot;. It permits: %3. Choose one of these, or ask an administrator to amend the agreement.</translation>
    </message>
</context>
<context>
    <name>AsyncTask</name>
    <message>
        <location filename="../ui/core/AsyncTask.cpp" line="68"/>
        <source>Something went wrong inside Corroborate: %1. Try again; if it happens again, report it to whoever supports Corroborate for you.</source>
        <translation>Something went wrong inside Corroborate: %1. Try again; if it happens again, report it to whoever supports Corroborate for you.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="119"/>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>entry %1 is missing (the next entry is %2)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="123"/>
        <source>entry %1 does not follow the entry before it</source>
        <translation>entry %1 does not follow the entry before it</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="127"/>
        <location filename="../app/audit/AuditLog.cpp" line="132"/>
        <source>entry %1 was altered after it was written</source>
        <translation>entry %1 was altered after it was written</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="25"/>
        <source>The copy to write; an existing file is never overwritten.</source>
        <translation>The copy to write; an existing file is never overwritten.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="30"/>
        <source>Writes an encrypted copy of the case file with SQLite&apos;s online backup (others may keep working), verifies it and logs it. The copy has the same passphrase, or CORROBORATE_NEW_PASSPHRASE when that is set; it opens in Corroborate and in the sqlcipher shell.</source>
        <translation>Writes an encrypted copy of the case file with SQLite&apos;s online backup (others may keep working), verifies it and logs it. The copy has the same passphrase, or CORROBORATE_NEW_PASSPHRASE when that is set; it opens in Corroborate and in the sqlcipher shell.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="38"/>
        <source>--out COPY.corroborate is required.</source>
        <translation>--out COPY.corroborate is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="42"/>
        <source>%1 already exists. Choose another name: a backup never overwrites a file.</source>
        <translation>%1 already exists. Choose another name: a backup never overwrites a file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="54"/>
        <source>Wrote an encrypted backup to %1 (%2 bytes, %3) and verified it (%n check(s) passed).</source>
        <translation>
            <numerusform>Wrote an encrypted backup to %1 (%2 bytes, %3) and verified it (%n check passed).</numerusform>
            <numerusform>Wrote an encrypted backup to %1 (%2 bytes, %3) and verified it (%n checks passed).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="59"/>
        <source>new passphrase</source>
        <translation>new passphrase</translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="60"/>
        <source>same passphrase</source>
        <translation>same passphrase</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="25"/>
        <source>%1 already exists. Choose another name: a backup never overwrites a file.</source>
        <translation>%1 already exists. Choose another name: a backup never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="47"/>
        <source>The folder %1 does not exist. Create it first.</source>
        <translation>The folder %1 does not exist. Create it first.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="58"/>
        <source>Cannot write in %1 (%2). Choose a folder you can write to.</source>
        <translation>Cannot write in %1 (%2). Choose a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="76"/>
        <source>The backup failed its check &quot;%1&quot; (%2); it was removed. Run `verify` on the case file.</source>
        <translation>The backup failed its check &quot;%1&quot; (%2); it was removed. Run `verify` on the case file.</translation>
    </message>
    <message>
        <location filename="../app/sharing/BackupService.cpp" line="85"/>
        <source>Cannot create %1 (%2).</source>
        <translation>Cannot create %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BaselineCommand</name>
    <message>
        <location filename="../app/cli/BaselineCommand.cpp" line="19"/>
        <source>Sets the population baseline the oversight report&apos;s rates per 1,000 and ratios to the White group are worked out against (administrators only). BASELINE.csv has the header &quot;group,population&quot; and one row for each of the five ONS 2021 high-level ethnic groups: Asian, Asian British or Asian Welsh; Black, Black British, Black Welsh, Caribbean or African; Mixed or Multiple ethnic groups; White; Other ethnic group (the full name or its first word: Asian, Black, Mixed, White, Other). It replaces the baseline set before.</source>
        <translation>Sets the population baseline the oversight report&apos;s rates per 1,000 and ratios to the White group are worked out against (administrators only). BASELINE.csv has the header &quot;group,population&quot; and one row for each of the five ONS 2021 high-level ethnic groups: Asian, Asian British or Asian Welsh; Black, Black British, Black Welsh, Caribbean or African; Mixed or Multiple ethnic groups; White; Other ethnic group (the full name or its first word: Asian, Black, Mixed, White, Other). It replaces the baseline set before.</translation>
    </message>
    <message>
        <location filename="../app/cli/BaselineCommand.cpp" line="34"/>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/BaselineCommand.cpp" line="40"/>
        <source>The population baseline of %1 is set (%2 groups).</source>
        <translation>The population baseline of %1 is set (%2 groups).</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="51"/>
        <source>There is no file at %1. Check the path, or create a case file with &quot;init&quot;.</source>
        <translation>There is no file at %1. Check the path, or create a case file with &quot;init&quot;.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="56"/>
        <source>%1 is a folder, not a case file. Choose the .corroborate file inside it.</source>
        <translation>%1 is a folder, not a case file. Choose the .corroborate file inside it.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="62"/>
        <source>%1 is not a regular file, so it is not a case file.</source>
        <translation>%1 is not a regular file, so it is not a case file.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="66"/>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation>%1 cannot be read (%2). Check its permissions.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="70"/>
        <source>%1 is empty: it is not a case file. If it was one, it was damaged; restore it from a backup.</source>
        <translation>%1 is empty: it is not a case file. If it was one, it was damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="76"/>
        <source>%1 is an unencrypted SQLite database, not a Corroborate case file. Case files are always encrypted.</source>
        <translation>%1 is an unencrypted SQLite database, not a Corroborate case file. Case files are always encrypted.</translation>
    </message>
    <message>
        <source>%1 is not a Corroborate case file, or it is damaged (its size is not a whole number of pages).</source>
        <translation type="vanished">%1 is not a Corroborate case file, or it is damaged (its size is not a whole number of pages).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="82"/>
        <source>%1 is %2, not a Corroborate case file. Choose a .corroborate file.</source>
        <translation>%1 is %2, not a Corroborate case file. Choose a .corroborate file.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="87"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="89"/>
        <source>a ZIP archive (or an office document)</source>
        <translation>a ZIP archive (or an office document)</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="91"/>
        <source>an older office document</source>
        <translation>an older office document</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="93"/>
        <source>a picture</source>
        <translation>a picture</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="95"/>
        <source>a compressed (gzip) file</source>
        <translation>a compressed (gzip) file</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="108"/>
        <source>a JSON text file (an exchange file is imported with the &quot;import&quot; command)</source>
        <translation>a JSON text file (an exchange file is imported with the &quot;import&quot; command)</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="110"/>
        <source>a text file</source>
        <translation>a text file</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="114"/>
        <source>%1 is not a Corroborate case file, or it is damaged (it is shorter than one page).</source>
        <translation>%1 is not a Corroborate case file, or it is damaged (it is shorter than one page).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="143"/>
        <source>Cannot create a file beside %1 (%2). Check the folder exists and is writable.</source>
        <translation>Cannot create a file beside %1 (%2). Check the folder exists and is writable.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="171"/>
        <source>Cannot write %1 to disk (%2).</source>
        <translation>Cannot write %1 to disk (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="203"/>
        <source>Cannot put %1 in place (%2).</source>
        <translation>Cannot put %1 in place (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="215"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="224"/>
        <source>%1 cannot be locked (%2).</source>
        <translation>%1 cannot be locked (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="228"/>
        <source>%1 is open in another copy of Corroborate. Close it there first, then try again.</source>
        <translation>%1 is open in another copy of Corroborate. Close it there first, then try again.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="231"/>
        <source>%1 is being changed by another copy of Corroborate (for example a passphrase change). Try again when it has finished.</source>
        <translation>%1 is being changed by another copy of Corroborate (for example a passphrase change). Try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="245"/>
        <source>%1 is an encrypted database, but not a Corroborate case file.</source>
        <translation>%1 is an encrypted database, but not a Corroborate case file.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="250"/>
        <source>%1 was written by a newer version of Corroborate (case file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Corroborate (case file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="269"/>
        <source>Corroborate needs SQLCipher 4 or newer, but found &quot;%1&quot;. On Debian 12 install libsqlcipher1 from bookworm-backports (packaging/setup-debian.sh does this).</source>
        <translation>Corroborate needs SQLCipher 4 or newer, but found &quot;%1&quot;. On Debian 12 install libsqlcipher1 from bookworm-backports (packaging/setup-debian.sh does this).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="272"/>
        <source>no SQLCipher</source>
        <translation>no SQLCipher</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="286"/>
        <source>%1 is damaged: an interrupted write cut it short (its size is not a whole number of pages) and %2. Restore it from a backup.</source>
        <translation>%1 is damaged: an interrupted write cut it short (its size is not a whole number of pages) and %2. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="308"/>
        <source>part of its last page is lost</source>
        <translation>part of its last page is lost</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="322"/>
        <source>%1 had been cut short by an interrupted write (%2 bytes, not a whole number of pages). Every page could still be read, so it was recovered with nothing lost.</source>
        <translation>%1 had been cut short by an interrupted write (%2 bytes, not a whole number of pages). Every page could still be read, so it was recovered with nothing lost.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="333"/>
        <source>A case file needs a passphrase.</source>
        <translation>A case file needs a passphrase.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="197"/>
        <location filename="../app/store/CaseFile.cpp" line="337"/>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 already exists. Choose another name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="vanished">Cannot create %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="349"/>
        <source>Corroborate needs SQLCipher 4 or newer. On Debian 12 install it from bookworm-backports.</source>
        <translation>Corroborate needs SQLCipher 4 or newer. On Debian 12 install it from bookworm-backports.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="379"/>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="425"/>
        <source>Changing the passphrase needs the case file to itself.</source>
        <translation>Changing the passphrase needs the case file to itself.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="427"/>
        <source>The new passphrase is empty.</source>
        <translation>The new passphrase is empty.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="429"/>
        <source>The passphrase of %1 was not changed: %2 The old passphrase still opens it.</source>
        <translation>The passphrase of %1 was not changed: %2 The old passphrase still opens it.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="436"/>
        <source>the file is damaged (%1). Restore it from a backup.</source>
        <translation>the file is damaged (%1). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="465"/>
        <source>the re-encrypted copy did not check out (%1).</source>
        <translation>the re-encrypted copy did not check out (%1).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="473"/>
        <source>the re-encrypted copy could not be locked.</source>
        <translation>the re-encrypted copy could not be locked.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="545"/>
        <source>Row %1 of %2 refers to a missing %3.</source>
        <translation>Row %1 of %2 refers to a missing %3.</translation>
    </message>
</context>
<context>
    <name>CaseFileVerifier</name>
    <message numerus="yes">
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="35"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="47"/>
        <source>Page authentication and database integrity</source>
        <translation>Page authentication and database integrity</translation>
    </message>
    <message>
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="62"/>
        <source>Audit log hash chain</source>
        <translation>Audit log hash chain</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="64"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/CaseFileVerifier.cpp" line="65"/>
        <source>broken at entry %1: %2</source>
        <translation>broken at entry %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="40"/>
        <source>--%1 is required.
Usage: corroborate-cli %2</source>
        <translation>--%1 is required.
Usage: corroborate-cli %2</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="51"/>
        <source>--%1 must be a real date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 must be a real date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="61"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="69"/>
        <source>%1
Usage: corroborate-cli %2
See --help.</source>
        <translation>%1
Usage: corroborate-cli %2
See --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="71"/>
        <source>Usage: corroborate-cli %1</source>
        <translation>Usage: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="74"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="76"/>
        <source>Secrets come from the environment (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) or, at a terminal, from a prompt that does not echo; never from arguments.</source>
        <translation>Secrets come from the environment (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) or, at a terminal, from a prompt that does not echo; never from arguments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSupport.cpp" line="85"/>
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>Expected %n argument.</numerusform>
            <numerusform>Expected %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="86"/>
        <source>Usage: corroborate-cli %1
See --help.</source>
        <translation>Usage: corroborate-cli %1
See --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="96"/>
        <source>%1 is not set and there is no terminal to ask at. Set it in the environment.</source>
        <translation>%1 is not set and there is no terminal to ask at. Set it in the environment.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="118"/>
        <source>Case file passphrase</source>
        <translation>Case file passphrase</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="127"/>
        <source>CORROBORATE_USER is not set and there is no terminal to ask at. Set it to your user name.</source>
        <translation>CORROBORATE_USER is not set and there is no terminal to ask at. Set it to your user name.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="129"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="149"/>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="158"/>
        <source>%1 is not permitted to do this: it needs the %2 or %3 role.</source>
        <translation>%1 is not permitted to do this: it needs the %2 or %3 role.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="161"/>
        <source>%1 is not permitted to do this: it needs the %2 role.</source>
        <translation>%1 is not permitted to do this: it needs the %2 role.</translation>
    </message>
</context>
<context>
    <name>ConsultationLog</name>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="14"/>
        <source>Looking at a record needs a reason. Give one and try again.</source>
        <translation>Looking at a record needs a reason. Give one and try again.</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="28"/>
        <source>Preparing for a review panel</source>
        <translation>Preparing for a review panel</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="28"/>
        <source>Answering a query about this person</source>
        <translation>Answering a query about this person</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="29"/>
        <source>Checking intelligence before an operation</source>
        <translation>Checking intelligence before an operation</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="29"/>
        <source>Supervisory oversight</source>
        <translation>Supervisory oversight</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="30"/>
        <source>Data quality check</source>
        <translation>Data quality check</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/spreadsheet/CsvReader.cpp" line="189"/>
        <source>a quoted cell that starts in row %1 is never closed: the file ends inside it. Check that quote marks in that cell are doubled (&quot;&quot;), or save the spreadsheet as CSV again</source>
        <translation>a quoted cell that starts in row %1 is never closed: the file ends inside it. Check that quote marks in that cell are doubled (&quot;&quot;), or save the spreadsheet as CSV again</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/store/Database.cpp" line="52"/>
        <source>Cannot open %1: %2.</source>
        <translation>Cannot open %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="73"/>
        <source>The passphrase does not open %1. Check the passphrase (it is case-sensitive) and try again. If the file is not a Corroborate case file, no passphrase opens it.</source>
        <translation>The passphrase does not open %1. Check the passphrase (it is case-sensitive) and try again. If the file is not a Corroborate case file, no passphrase opens it.</translation>
    </message>
</context>
<context>
    <name>DemoCaseFile</name>
    <message>
        <location filename="../app/demo/DemoCaseFile.cpp" line="35"/>
        <source>The number of nominals must be 0 to 5,000,000.</source>
        <translation>The number of nominals must be 0 to 5,000,000.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="57"/>
        <source>How many synthetic nominals.</source>
        <translation>How many synthetic nominals.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="60"/>
        <source>Random seed (default 1): the same seed gives the same people.</source>
        <translation>Random seed (default 1): the same seed gives the same people.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="65"/>
        <source>Writes a new case file of synthetic nominals, marked as synthetic. The passphrase and first user are CORROBORATE_PASSPHRASE, CORROBORATE_USER and CORROBORATE_PASSWORD when set, otherwise chosen and printed. The first user holds all three roles; a second supervisor account is made too, so sign-off by a different supervisor can be tried.</source>
        <translation>Writes a new case file of synthetic nominals, marked as synthetic. The passphrase and first user are CORROBORATE_PASSPHRASE, CORROBORATE_USER and CORROBORATE_PASSWORD when set, otherwise chosen and printed. The first user holds all three roles; a second supervisor account is made too, so sign-off by a different supervisor can be tried.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="77"/>
        <source>--nominals N is required (a whole number from 0).</source>
        <translation>--nominals N is required (a whole number from 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="81"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="89"/>
        <source>Demo administrator (synthetic)</source>
        <translation>Demo administrator (synthetic)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="94"/>
        <source>Demo supervisor (synthetic)</source>
        <translation>Demo supervisor (synthetic)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="99"/>
        <source>  %1 of %2 nominals</source>
        <translation>  %1 of %2 nominals</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="107"/>
        <source>Created %1: %2 synthetic nominals in %3 s.</source>
        <translation>Created %1: %2 synthetic nominals in %3 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="114"/>
        <source>Case file:   %1</source>
        <translation>Case file:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="115"/>
        <source>Passphrase:  %1%2</source>
        <translation>Passphrase:  %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="117"/>
        <source> (from CORROBORATE_PASSPHRASE)</source>
        <translation> (from CORROBORATE_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="119"/>
        <source>Sign in as:  %1 / %2 (officer, supervisor, administrator)</source>
        <translation>Sign in as:  %1 / %2 (officer, supervisor, administrator)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="122"/>
        <source>Second supervisor: %1 / %2 (officer, supervisor)</source>
        <translation>Second supervisor: %1 / %2 (officer, supervisor)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="125"/>
        <source>All data in this file is synthetic.</source>
        <translation>All data in this file is synthetic.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../app/demo/DemoGenerator.cpp" line="34"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation>The demo word list %1 is missing from this build.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="38"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../app/audit/DisclosureLog.cpp" line="27"/>
        <source>%1 to %2 (%3); basis: %4; %n nominal(s); %5</source>
        <translation>
            <numerusform>%1 to %2 (%3); basis: %4; %n nominal; %5</numerusform>
            <numerusform>%1 to %2 (%3); basis: %4; %n nominals; %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosureRegister</name>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="28"/>
        <source>%1 is not permitted to see or confirm disclosures: it needs the %2 or %3 role.</source>
        <translation>%1 is not permitted to see or confirm disclosures: it needs the %2 or %3 role.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="65"/>
        <source>Say how the recipient confirmed destruction (a note), for example &quot;email from the panel secretary: shredded&quot;.</source>
        <translation>Say how the recipient confirmed destruction (a note), for example &quot;email from the panel secretary: shredded&quot;.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="69"/>
        <source>The date of the confirmation must be a date written YYYY-MM-DD, today or earlier.</source>
        <translation>The date of the confirmation must be a date written YYYY-MM-DD, today or earlier.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="77"/>
        <source>There is no disclosure %1; `disclosures` lists them.</source>
        <translation>There is no disclosure %1; `disclosures` lists them.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="81"/>
        <source>Disclosure %1 was made on %2: it cannot have been destroyed on %3.</source>
        <translation>Disclosure %1 was made on %2: it cannot have been destroyed on %3.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="86"/>
        <source>Destruction of disclosure %1 was already confirmed on %2 by %3; nothing was changed.</source>
        <translation>Destruction of disclosure %1 was already confirmed on %2 by %3; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../app/sharing/DisclosureRegister.cpp" line="102"/>
        <source>Destruction of disclosure %1 was confirmed meanwhile by someone else; nothing was changed.</source>
        <translation>Destruction of disclosure %1 was confirmed meanwhile by someone else; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DisclosuresCommand</name>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="33"/>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="47"/>
        <source>Only those past their destroy-by date and not confirmed destroyed.</source>
        <translation>Only those past their destroy-by date and not confirmed destroyed.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="50"/>
        <source>Judge overdue as at this date (default: today).</source>
        <translation>Judge overdue as at this date (default: today).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="54"/>
        <source>Print JSON: a list of objects.</source>
        <translation>Print JSON: a list of objects.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="57"/>
        <source>Lists every disclosure (packs and exports): when, to whom, under which agreement, for what, how many nominals, the destroy-by date and whether destruction was confirmed; overdue ones first. Supervisors and administrators.</source>
        <translation>Lists every disclosure (packs and exports): when, to whom, under which agreement, for what, how many nominals, the destroy-by date and whether destruction was confirmed; overdue ones first. Supervisors and administrators.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DisclosuresCommand.cpp" line="96"/>
        <source>%n nominal(s)</source>
        <translation>
            <numerusform>%n nominal</numerusform>
            <numerusform>%n nominals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="97"/>
        <source>destroy by %1</source>
        <translation>destroy by %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="100"/>
        <source>destroyed %1 (recorded by %2)</source>
        <translation>destroyed %1 (recorded by %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="103"/>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="104"/>
        <source>not yet confirmed</source>
        <translation>not yet confirmed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DisclosuresCommand.cpp" line="107"/>
        <source>%n overdue as at %1.</source>
        <translation>
            <numerusform>%n overdue as at %1.</numerusform>
            <numerusform>%n overdue as at %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="117"/>
        <source>The disclosure&apos;s number (from `disclosures`).</source>
        <translation>The disclosure&apos;s number (from `disclosures`).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="122"/>
        <source>How the recipient confirmed destruction (required).</source>
        <translation>How the recipient confirmed destruction (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="125"/>
        <source>The day it was destroyed (default: today).</source>
        <translation>The day it was destroyed (default: today).</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="129"/>
        <source>Records that the recipient of a disclosure confirmed destroying every copy. Supervisors and administrators.</source>
        <translation>Records that the recipient of a disclosure confirmed destroying every copy. Supervisors and administrators.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="136"/>
        <source>--disclosure ID and --note TEXT are required.
Usage: corroborate-cli %1</source>
        <translation>--disclosure ID and --note TEXT are required.
Usage: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="143"/>
        <source>--disclosure must be a disclosure&apos;s number, not &quot;%1&quot;.</source>
        <translation>--disclosure must be a disclosure&apos;s number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/DisclosuresCommand.cpp" line="152"/>
        <source>Recorded that disclosure %1 was destroyed on %2.</source>
        <translation>Recorded that disclosure %1 was destroyed on %2.</translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="81"/>
        <source>Saved the details of %1.</source>
        <translation>Saved the details of %1.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="109"/>
        <location filename="../ui/edit/EditFlows.cpp" line="148"/>
        <source>Saved the intelligence item of %1.</source>
        <translation>Saved the intelligence item of %1.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="161"/>
        <source>Remove intelligence</source>
        <translation>Remove intelligence</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="162"/>
        <source>Why remove this item (from %1, obtained %2)? The reason is kept in the audit log.</source>
        <translation>Why remove this item (from %1, obtained %2)? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="165"/>
        <source>Recorded against the wrong person</source>
        <translation>Recorded against the wrong person</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="165"/>
        <source>Duplicate of another item</source>
        <translation>Duplicate of another item</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="166"/>
        <source>Withdrawn by the originator</source>
        <translation>Withdrawn by the originator</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="172"/>
        <source>Cannot remove the item</source>
        <translation>Cannot remove the item</translation>
    </message>
</context>
<context>
    <name>EditService</name>
    <message>
        <location filename="../app/workflow/EditService.cpp" line="41"/>
        <source>Every change needs a short reason for the audit log.</source>
        <translation>Every change needs a short reason for the audit log.</translation>
    </message>
    <message>
        <location filename="../app/workflow/EditService.cpp" line="126"/>
        <source>Intelligence item %1 is already graded under 3x5x2: edit it instead.</source>
        <translation>Intelligence item %1 is already graded under 3x5x2: edit it instead.</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="118"/>
        <source>Secure delete is not on for this case file, so an erasure could leave the person&apos;s data in free space. Nothing was erased. Report this fault.</source>
        <translation>Secure delete is not on for this case file, so an erasure could leave the person&apos;s data in free space. Nothing was erased. Report this fault.</translation>
    </message>
    <message numerus="yes">
        <source>The write-ahead log still holds %n earlier page version(s), because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</source>
        <translation type="vanished">
            <numerusform>The write-ahead log still holds %n earlier page version, because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</numerusform>
            <numerusform>The write-ahead log still holds %n earlier page versions, because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="35"/>
        <source>an erasure&apos;s scrub is pending: earlier versions of erased data may remain in the file or its write-ahead log until every other copy of Corroborate has closed it; open the file again when they have</source>
        <translation>an erasure&apos;s scrub is pending: earlier versions of erased data may remain in the file or its write-ahead log until every other copy of Corroborate has closed it; open the file again when they have</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/ErasureService.cpp" line="176"/>
        <source>The erasure is pending: another copy of Corroborate is reading the case file, so %n earlier page version(s) that hold the person&apos;s data stay in it until that copy closes the file (or the file is next opened). Only then is the person gone from the file; &quot;verify&quot; reports it until then.</source>
        <translation>
            <numerusform>The erasure is pending: another copy of Corroborate is reading the case file, so %n earlier page version that hold the person&apos;s data stay in it until that copy closes the file (or the file is next opened). Only then is the person gone from the file; &quot;verify&quot; reports it until then.</numerusform>
            <numerusform>The erasure is pending: another copy of Corroborate is reading the case file, so %n earlier page versions that hold the person&apos;s data stay in it until that copy closes the file (or the file is next opened). Only then is the person gone from the file; &quot;verify&quot; reports it until then.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="229"/>
        <source>Erasure %1 (%2)</source>
        <translation>Erasure %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="234"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="238"/>
        <source>%1: the register&apos;s %2 (%3) differs from the signed decision (%4); the register was altered.</source>
        <translation>%1: the register&apos;s %2 (%3) differs from the signed decision (%4); the register was altered.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="260"/>
        <source>%1: the approver %2 also proposed the removal.</source>
        <translation>%1: the approver %2 also proposed the removal.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="264"/>
        <source>%1: the approver %2 is not a user of this case file.</source>
        <translation>%1: the approver %2 is not a user of this case file.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="266"/>
        <source>%1: the stored signing key of %2 is damaged.</source>
        <translation>%1: the stored signing key of %2 is damaged.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="268"/>
        <source>%1: the decision names a signing key that is not %2&apos;s.</source>
        <translation>%1: the decision names a signing key that is not %2&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="270"/>
        <source>%1: the signature is missing or damaged.</source>
        <translation>%1: the signature is missing or damaged.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="279"/>
        <source>%1: the signature does not verify with %2&apos;s key: the signed decision was altered or not signed by %2.</source>
        <translation>%1: the signature does not verify with %2&apos;s key: the signed decision was altered or not signed by %2.</translation>
    </message>
</context>
<context>
    <name>ErasuresCommand</name>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="59"/>
        <source>Print JSON (shape in ErasuresCommand.cpp): {erasures[{id, reference, listed_on, proposed_at, approved_at, erased_at, reason_code, proposer, approver, signed_payload, signature (hex), signature_valid, signature_problem, disclosures[{id, made_at, made_by, kind, audience, recipient, lawful_basis, purpose, identifier}]}]}.</source>
        <translation>Print JSON (shape in ErasuresCommand.cpp): {erasures[{id, reference, listed_on, proposed_at, approved_at, erased_at, reason_code, proposer, approver, signed_payload, signature (hex), signature_valid, signature_problem, disclosures[{id, made_at, made_by, kind, audience, recipient, lawful_basis, purpose, identifier}]}]}.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="67"/>
        <source>Prints the erasure register: for each erased nominal its reference, dates, reason code, proposer, approver and signed decision, with the earlier disclosures that included it, whose recipients should be asked to destroy them. No personal details are kept.</source>
        <translation>Prints the erasure register: for each erased nominal its reference, dates, reason code, proposer, approver and signed decision, with the earlier disclosures that included it, whose recipients should be asked to destroy them. No personal details are kept.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="110"/>
        <source>Erasure register (%1):</source>
        <translation>Erasure register (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="115"/>
        <source>listed %1; proposed %2 by %3; approved and erased %4 by %5</source>
        <translation>listed %1; proposed %2 by %3; approved and erased %4 by %5</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="117"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="121"/>
        <source>signature: %1</source>
        <translation>signature: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="124"/>
        <source>(verifies)</source>
        <translation>(verifies)</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="125"/>
        <source>(DOES NOT VERIFY: %1)</source>
        <translation>(DOES NOT VERIFY: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="128"/>
        <source>no earlier disclosures included it</source>
        <translation>no earlier disclosures included it</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="131"/>
        <source>disclosed %1 by %2: %3 to %4 (%5), purpose: %6; %7 — ask the recipient to destroy it</source>
        <translation>disclosed %1 by %2: %3 to %4 (%5), purpose: %6; %7 — ask the recipient to destroy it</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="28"/>
        <source>Evaluate as at this date (default: today).</source>
        <translation>Evaluate as at this date (default: today).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="32"/>
        <source>Print every nominal&apos;s evaluation as JSON.</source>
        <translation>Print every nominal&apos;s evaluation as JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="35"/>
        <source>Evaluates every nominal against the active threshold policy and lists those below it (flagged for removal and restricted) with the reasons in words. Logged as a consultation of the whole list.</source>
        <translation>Evaluates every nominal against the active threshold policy and lists those below it (flagged for removal and restricted) with the reasons in words. Logged as a consultation of the whole list.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="45"/>
        <source>--as-of needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of needs a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="90"/>
        <source>Evaluated %1 nominals as at %2 under policy version %3.</source>
        <translation>Evaluated %1 nominals as at %2 under policy version %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="95"/>
        <source>  Meet the threshold:   %1</source>
        <translation>  Meet the threshold:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="96"/>
        <source>  Below the threshold:  %1 (flagged for removal and restricted)</source>
        <translation>  Below the threshold:  %1 (flagged for removal and restricted)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="99"/>
        <source>  Review overdue:       %1</source>
        <translation>  Review overdue:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="102"/>
        <source>Below the threshold:</source>
        <translation>Below the threshold:</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="170"/>
        <source>Recorded as a victim: under this policy a victim cannot meet the threshold.</source>
        <translation>Recorded as a victim: under this policy a victim cannot meet the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="172"/>
        <source>Recorded as at risk: under this policy a person at risk cannot meet the threshold.</source>
        <translation>Recorded as at risk: under this policy a person at risk cannot meet the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="175"/>
        <source>Recorded as a suspected offender, but this policy does not let suspected offenders meet the threshold.</source>
        <translation>Recorded as a suspected offender, but this policy does not let suspected offenders meet the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="178"/>
        <source>No intelligence item qualifies: none has the grading, the age and the indication the policy requires.</source>
        <translation>No intelligence item qualifies: none has the grading, the age and the indication the policy requires.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="181"/>
        <source>The qualifying intelligence comes from fewer independent originators than the policy requires.</source>
        <translation>The qualifying intelligence comes from fewer independent originators than the policy requires.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="184"/>
        <source>The intelligence that counts comes from only one provider category (police, partner agency or community); the policy requires at least two.</source>
        <translation>The intelligence that counts comes from only one provider category (police, partner agency or community); the policy requires at least two.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="187"/>
        <source>The harm score is 0.</source>
        <translation>The harm score is 0.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="189"/>
        <source>The review is overdue. This alone does not put the nominal below the threshold.</source>
        <translation>The review is overdue. This alone does not put the nominal below the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="193"/>
        <source>The source evaluation is not one the policy accepts.</source>
        <translation>The source evaluation is not one the policy accepts.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="195"/>
        <source>The intelligence assessment is not one the policy accepts.</source>
        <translation>The intelligence assessment is not one the policy accepts.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="197"/>
        <source>It was obtained before the period the policy counts (or its date is not known).</source>
        <translation>It was obtained before the period the policy counts (or its date is not known).</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="200"/>
        <source>What it indicates is not what the policy counts as evidence of gang membership.</source>
        <translation>What it indicates is not what the policy counts as evidence of gang membership.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="203"/>
        <source>It is graded under the legacy 5x5x5 scheme, and its legacy source evaluation is not one the policy accepts.</source>
        <translation>It is graded under the legacy 5x5x5 scheme, and its legacy source evaluation is not one the policy accepts.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="206"/>
        <source>It is graded under the legacy 5x5x5 scheme, and its legacy intelligence evaluation is not one the policy accepts.</source>
        <translation>It is graded under the legacy 5x5x5 scheme, and its legacy intelligence evaluation is not one the policy accepts.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="209"/>
        <source>Its originator is already counted through a more recent item, so it adds no independent source.</source>
        <translation>Its originator is already counted through a more recent item, so it adds no independent source.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="211"/>
        <source>Unknown reason code &quot;%1&quot;.</source>
        <translation>Unknown reason code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="217"/>
        <source>Meets the threshold</source>
        <translation>Meets the threshold</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="218"/>
        <source>Below the threshold: flagged for removal and restricted</source>
        <translation>Below the threshold: flagged for removal and restricted</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <location filename="../app/policy/Evaluator.cpp" line="241"/>
        <source>The evaluation date is not a valid date: give it as YYYY-MM-DD.</source>
        <translation>The evaluation date is not a valid date: give it as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="62"/>
        <source>the document is empty; expected a JSON object with format, version and nominals</source>
        <translation>the document is empty; expected a JSON object with format, version and nominals</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="70"/>
        <source>not valid JSON: %1 at offset %2 (%3)</source>
        <translation>not valid JSON: %1 at offset %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="78"/>
        <source>must be a JSON object with format, version and nominals, but is %1</source>
        <translation>must be a JSON object with format, version and nominals, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="79"/>
        <source>a scalar</source>
        <translation>a scalar</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="94"/>
        <source>is required but missing; expected &quot;%1&quot;</source>
        <translation>is required but missing; expected &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="97"/>
        <source>%1 is not a Corroborate exchange document; expected &quot;%2&quot;</source>
        <translation>%1 is not a Corroborate exchange document; expected &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="104"/>
        <source>is required but missing; expected %1</source>
        <translation>is required but missing; expected %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="107"/>
        <source>must be a number, but is %1</source>
        <translation>must be a number, but is %1</translation>
    </message>
    <message>
        <source>%1 is not supported; this version of Corroborate reads version %2</source>
        <translation type="vanished">%1 is not supported; this version of Corroborate reads version %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="118"/>
        <source>is required but missing; expected an array of nominals (it may be empty)</source>
        <translation>is required but missing; expected an array of nominals (it may be empty)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="124"/>
        <location filename="../app/exchange/ExchangeReader.h" line="452"/>
        <source>must be an array, but is %1</source>
        <translation>must be an array, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="74"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="76"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="78"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="80"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="82"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="84"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="88"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="128"/>
        <source>unknown field; expected one of: %1</source>
        <translation>unknown field; expected one of: %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="140"/>
        <location filename="../app/exchange/ExchangeReader.h" line="216"/>
        <source>is required but missing</source>
        <translation>is required but missing</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="144"/>
        <location filename="../app/exchange/ExchangeReader.h" line="201"/>
        <source>must be a string, but is %1</source>
        <translation>must be a string, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="149"/>
        <location filename="../app/exchange/ExchangeReader.h" line="227"/>
        <source>is required but empty</source>
        <translation>is required but empty</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="221"/>
        <source>must be a date written as a string (YYYY-MM-DD), but is %1</source>
        <translation>must be a date written as a string (YYYY-MM-DD), but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="233"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="234"/>
        <source>%1 is not a date (YYYY-MM-DD); leave it out or write null when it is not known</source>
        <translation>%1 is not a date (YYYY-MM-DD); leave it out or write null when it is not known</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="240"/>
        <source>%1 is in the future (today is %2)</source>
        <translation>%1 is in the future (today is %2)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="273"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 is not one of: %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="287"/>
        <source>must be a whole number or null, but is %1</source>
        <translation>must be a whole number or null, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="292"/>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="296"/>
        <source>%1 is negative; a harm score is 0 or more</source>
        <translation>%1 is negative; a harm score is 0 or more</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="300"/>
        <source>%1 is too large for a harm score</source>
        <translation>%1 is too large for a harm score</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="311"/>
        <source>must be an object with source_evaluation, intelligence_evaluation and handling_code, but is %1</source>
        <translation>must be an object with source_evaluation, intelligence_evaluation and handling_code, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="354"/>
        <source>an item graded under 5x5x5 (legacy_grading) has no 3x5x2 code; remove this field or the legacy_grading</source>
        <translation>an item graded under 5x5x5 (legacy_grading) has no 3x5x2 code; remove this field or the legacy_grading</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="387"/>
        <source>handling code C (sharing permitted with conditions) needs the conditions; write them here</source>
        <translation>handling code C (sharing permitted with conditions) needs the conditions; write them here</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="405"/>
        <source>%1 starts or ends with white space; a reference is written without it</source>
        <translation>%1 starts or ends with white space; a reference is written without it</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="425"/>
        <source>%1 is before 1900-01-01; check the date of birth</source>
        <translation>%1 is before 1900-01-01; check the date of birth</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeReader.h" line="429"/>
        <source>%1 is after listed_on (%2)</source>
        <translation>%1 is after listed_on (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/ExchangeReader.h" line="431"/>
        <source>%1 makes the person %n year(s) old on listed_on (%2); a nominal must be at least 10 when listed</source>
        <translation>
            <numerusform>%1 makes the person %n year old on listed_on (%2); a nominal must be at least 10 when listed</numerusform>
            <numerusform>%1 makes the person %n years old on listed_on (%2); a nominal must be at least 10 when listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="135"/>
        <location filename="../app/exchange/ExchangeReader.h" line="446"/>
        <source>must be an object, but is %1</source>
        <translation>must be an object, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="25"/>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="110"/>
        <source>%1 is not supported; this version of Corroborate reads versions 1 and %2</source>
        <translation>%1 is not supported; this version of Corroborate reads versions 1 and %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="41"/>
        <source>%1 appears twice in the document: also at %2</source>
        <translation>%1 appears twice in the document: also at %2</translation>
    </message>
</context>
<context>
    <name>ExchangeWriter</name>
    <message>
        <location filename="../app/exchange/ExchangeWriter.cpp" line="139"/>
        <source>Could not write the export: %1. Check the disk space and the destination, then export again.</source>
        <translation>Could not write the export: %1. Check the disk space and the destination, then export again.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="43"/>
        <source>the export was interrupted</source>
        <translation>the export was interrupted</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="62"/>
        <source>%1 already exists. Choose another name: an export never overwrites a file.</source>
        <translation>%1 already exists. Choose another name: an export never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="74"/>
        <source>Write to this new file (never overwritten) instead of standard output.</source>
        <translation>Write to this new file (never overwritten) instead of standard output.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="78"/>
        <source>Who receives the export, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Who receives the export, for the disclosure record (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="83"/>
        <source>Why, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Why, for the disclosure record (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="88"/>
        <source>The lawful basis, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>The lawful basis, for the disclosure record (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="93"/>
        <source>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role. To standard output, the disclosure is recorded before the first byte is written and marked incomplete if the output stops early (a closed pipe, Ctrl+C); the command then fails with exit code 70.</source>
        <translation>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role. To standard output, the disclosure is recorded before the first byte is written and marked incomplete if the output stops early (a closed pipe, Ctrl+C); the command then fails with exit code 70.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="162"/>
        <source>The export was interrupted.</source>
        <translation>The export was interrupted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="169"/>
        <source>Exported %n nominal(s) with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged nominals included, restricted ones left out).</source>
        <translation>
            <numerusform>Exported %n nominal with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged nominals included, restricted ones left out).</numerusform>
            <numerusform>Exported %n nominals with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged nominals included, restricted ones left out).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role.</source>
        <translation type="vanished">Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="107"/>
        <source>--out needs a file name.</source>
        <translation>--out needs a file name.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="127"/>
        <source>Cannot write %1 (%2). Check the folder exists and is writable.</source>
        <translation>Cannot write %1 (%2). Check the folder exists and is writable.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="140"/>
        <source>Could not finish writing %1 (%2). Nothing was exported.</source>
        <translation>Could not finish writing %1 (%2). Nothing was exported.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="vanished">Cannot write to standard output.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="165"/>
        <source>Could not finish writing to standard output (%1).</source>
        <translation>Could not finish writing to standard output (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n nominal(s) with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</source>
        <translation type="vanished">
            <numerusform>Exported %n nominal with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</numerusform>
            <numerusform>Exported %n nominals with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="174"/>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/exchange/Exporter.cpp" line="63"/>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/Exporter.cpp" line="127"/>
        <source>the output stopped after %n nominal(s): </source>
        <translation>
            <numerusform>the output stopped after %n nominal: </numerusform>
            <numerusform>the output stopped after %n nominals: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/Exporter.cpp" line="138"/>
        <source>%n nominal(s)</source>
        <translation>
            <numerusform>%n nominal</numerusform>
            <numerusform>%n nominals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="51"/>
        <source>self (backup)</source>
        <translation>self (backup)</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="52"/>
        <source>backup or migration</source>
        <translation>backup or migration</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="53"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="48"/>
        <location filename="../app/core/FieldRules.cpp" line="54"/>
        <source>holds a broken character (a lone surrogate, code unit U+%1): the text is not valid Unicode. Type it again or remove that character</source>
        <translation>holds a broken character (a lone surrogate, code unit U+%1): the text is not valid Unicode. Type it again or remove that character</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="61"/>
        <source>holds a control character (U+%1) at position %2; remove it (in a spreadsheet, check for hidden characters)</source>
        <translation>holds a control character (U+%1) at position %2; remove it (in a spreadsheet, check for hidden characters)</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="68"/>
        <source>holds an invisible format character (U+%1, such as a zero-width space or joiner) at position %2; remove it: references and names are compared exactly</source>
        <translation>holds an invisible format character (U+%1, such as a zero-width space or joiner) at position %2; remove it: references and names are compared exactly</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="81"/>
        <source>holds an invisible format character (U+%1); remove it</source>
        <translation>holds an invisible format character (U+%1); remove it</translation>
    </message>
    <message>
        <location filename="../app/core/FieldRules.cpp" line="90"/>
        <source>is %1 characters long; the limit is %2. Shorten it</source>
        <translation>is %1 characters long; the limit is %2. Shorten it</translation>
    </message>
</context>
<context>
    <name>FormDraft</name>
    <message>
        <location filename="../ui/core/FormDraft.cpp" line="127"/>
        <source>ticked</source>
        <translation>ticked</translation>
    </message>
    <message>
        <location filename="../ui/core/FormDraft.cpp" line="127"/>
        <source>not ticked</source>
        <translation>not ticked</translation>
    </message>
    <message>
        <location filename="../ui/core/FormDraft.cpp" line="132"/>
        <source>%1: yours “%2”, saved “%3”</source>
        <translation>%1: yours “%2”, saved “%3”</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../app/core/Grading.cpp" line="78"/>
        <source>Reliable</source>
        <translation>Reliable</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="80"/>
        <source>Untested</source>
        <translation>Untested</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="82"/>
        <source>Not reliable</source>
        <translation>Not reliable</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="91"/>
        <source>Known directly to the source</source>
        <translation>Known directly to the source</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="93"/>
        <source>Known indirectly to the source but corroborated</source>
        <translation>Known indirectly to the source but corroborated</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="95"/>
        <source>Known indirectly to the source</source>
        <translation>Known indirectly to the source</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="97"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="99"/>
        <source>Suspected to be false</source>
        <translation>Suspected to be false</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="106"/>
        <source>Lawful sharing permitted</source>
        <translation>Lawful sharing permitted</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="107"/>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Lawful sharing permitted with conditions</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="112"/>
        <location filename="../app/core/Grading.cpp" line="116"/>
        <location filename="../app/core/Grading.cpp" line="120"/>
        <location filename="../app/core/Grading.cpp" line="238"/>
        <location filename="../app/core/Grading.cpp" line="242"/>
        <location filename="../app/core/Grading.cpp" line="246"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="189"/>
        <source>Always reliable</source>
        <translation>Always reliable</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="191"/>
        <source>Mostly reliable</source>
        <translation>Mostly reliable</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="193"/>
        <source>Sometimes reliable</source>
        <translation>Sometimes reliable</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="195"/>
        <source>Unreliable</source>
        <translation>Unreliable</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="197"/>
        <source>Untested source</source>
        <translation>Untested source</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="206"/>
        <source>Known to be true without reservation</source>
        <translation>Known to be true without reservation</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="208"/>
        <source>Known personally to the source but not to the officer</source>
        <translation>Known personally to the source but not to the officer</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="210"/>
        <source>Not personally known to the source but corroborated</source>
        <translation>Not personally known to the source but corroborated</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="212"/>
        <source>Cannot be judged</source>
        <translation>Cannot be judged</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="214"/>
        <source>Suspected to be false or malicious</source>
        <translation>Suspected to be false or malicious</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="223"/>
        <source>May be disseminated to other law enforcement and prosecuting agencies</source>
        <translation>May be disseminated to other law enforcement and prosecuting agencies</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="225"/>
        <source>May be disseminated to UK non-prosecuting parties</source>
        <translation>May be disseminated to UK non-prosecuting parties</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="227"/>
        <source>May be disseminated to non-EEA law enforcement agencies</source>
        <translation>May be disseminated to non-EEA law enforcement agencies</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="229"/>
        <source>May be disseminated within the originating agency only</source>
        <translation>May be disseminated within the originating agency only</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="231"/>
        <source>No further dissemination: refer to the originator</source>
        <translation>No further dissemination: refer to the originator</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="251"/>
        <source>Legacy 5x5x5 grade: source %1, intelligence %2, handling %3</source>
        <translation>Legacy 5x5x5 grade: source %1, intelligence %2, handling %3</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="257"/>
        <source>Legacy 5x5x5 source: %1</source>
        <translation>Legacy 5x5x5 source: %1</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="258"/>
        <source>Legacy 5x5x5 intelligence: %1</source>
        <translation>Legacy 5x5x5 intelligence: %1</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="259"/>
        <source>Legacy 5x5x5 handling: %1</source>
        <translation>Legacy 5x5x5 handling: %1</translation>
    </message>
</context>
<context>
    <name>IdleLimit</name>
    <message>
        <location filename="../app/workflow/IdleLimit.cpp" line="27"/>
        <source>The longest idle time is 1 to %1 minutes.</source>
        <translation>The longest idle time is 1 to %1 minutes.</translation>
    </message>
    <message>
        <location filename="../app/workflow/IdleLimit.cpp" line="30"/>
        <source>Only an administrator can change the longest idle time allowed.</source>
        <translation>Only an administrator can change the longest idle time allowed.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="23"/>
        <source>Cannot read %1 (%2). Check the path of the document to import.</source>
        <translation>Cannot read %1 (%2). Check the path of the document to import.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Cannot read %1 (%2).</source>
        <translation>Cannot read %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="41"/>
        <source>Nothing was imported from %1: %n nominal(s) already in the case file. Use --update to replace them.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n nominal already in the case file. Use --update to replace them.</numerusform>
            <numerusform>Nothing was imported from %1: %n nominals already in the case file. Use --update to replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="45"/>
        <source>Nothing was imported from %1: %n problem(s) found. Correct them and import again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem found. Correct them and import again.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems found. Correct them and import again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="60"/>
        <source>Replace nominals whose reference is already in the case file (their details and all their intelligence) instead of refusing the import.</source>
        <translation>Replace nominals whose reference is already in the case file (their details and all their intelligence) instead of refusing the import.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="64"/>
        <source>Imports nominals and their intelligence from an exchange document (DATA.json, or - for standard input): all of it or, if anything is wrong, none of it. Every problem is listed as &quot;path: message&quot;. Needs the officer role.</source>
        <translation>Imports nominals and their intelligence from an exchange document (DATA.json, or - for standard input): all of it or, if anything is wrong, none of it. Every problem is listed as &quot;path: message&quot;. Needs the officer role.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="91"/>
        <source>Imported %n nominal(s) from %1 into %2: </source>
        <translation>
            <numerusform>Imported %n nominal from %1 into %2: </numerusform>
            <numerusform>Imported %n nominals from %1 into %2: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="94"/>
        <source>%1 added, %2 updated, %3 unchanged; %4 intelligence item(s).</source>
        <translation>%1 added, %2 updated, %3 unchanged; %4 intelligence item(s).</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="19"/>
        <source>Cannot read the %1 %2 (%3). Check the path.</source>
        <translation>Cannot read the %1 %2 (%3). Check the path.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="25"/>
        <source>Cannot read %1 (%2).</source>
        <translation>Cannot read %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCsvCommand.cpp" line="35"/>
        <source>Nothing was imported from %1: %n problem(s) found. Correct them, or leave the rows out (the mapping&apos;s &quot;left_out_rows&quot;), and import again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem found. Correct them, or leave the rows out (the mapping&apos;s &quot;left_out_rows&quot;), and import again.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems found. Correct them, or leave the rows out (the mapping&apos;s &quot;left_out_rows&quot;), and import again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="60"/>
        <source>The mapping document: which column feeds which field, value maps, date format (README &quot;Spreadsheet import&quot;).</source>
        <translation>The mapping document: which column feeds which field, value maps, date format (README &quot;Spreadsheet import&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="65"/>
        <source>Check everything and report what would be imported; write nothing (no sign-in needed).</source>
        <translation>Check everything and report what would be imported; write nothing (no sign-in needed).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="70"/>
        <source>Imports nominals and their intelligence from a spreadsheet saved as CSV (UTF-8 or Windows-1252; comma, semicolon or tab), through a mapping document: all of it or, if anything is wrong, none of it. Every problem is listed by row and column. Needs the officer role.</source>
        <translation>Imports nominals and their intelligence from a spreadsheet saved as CSV (UTF-8 or Windows-1252; comma, semicolon or tab), through a mapping document: all of it or, if anything is wrong, none of it. Every problem is listed by row and column. Needs the officer role.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="79"/>
        <source>Give the mapping document with --mapping MAPPING.json (see &quot;corroborate-cli import-csv --help&quot;).</source>
        <translation>Give the mapping document with --mapping MAPPING.json (see &quot;corroborate-cli import-csv --help&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="89"/>
        <source>mapping</source>
        <translation>mapping</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="93"/>
        <source>Nothing was imported: the mapping %1 is not valid. Correct it and import again.</source>
        <translation>Nothing was imported: the mapping %1 is not valid. Correct it and import again.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="101"/>
        <source>spreadsheet</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="110"/>
        <source>read as %1, delimiter %2</source>
        <translation>read as %1, delimiter %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="113"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCsvCommand.cpp" line="118"/>
        <source> Rows left out: %1.</source>
        <translation> Rows left out: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCsvCommand.cpp" line="120"/>
        <source>Dry run: %n nominal(s) and %1 intelligence item(s) from %2 (%3) would be imported into %4; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n nominal and %1 intelligence item(s) from %2 (%3) would be imported into %4; nothing was written.</numerusform>
            <numerusform>Dry run: %n nominals and %1 intelligence item(s) from %2 (%3) would be imported into %4; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCsvCommand.cpp" line="137"/>
        <source>Imported %n nominal(s) from %1 (%2) into %3 with %4 intelligence item(s).</source>
        <translation>
            <numerusform>Imported %n nominal from %1 (%2) into %3 with %4 intelligence item(s).</numerusform>
            <numerusform>Imported %n nominals from %1 (%2) into %3 with %4 intelligence item(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="73"/>
        <source>%1 belonged to a nominal who has been erased; references are never reused. Give this person a new reference</source>
        <translation>%1 belonged to a nominal who has been erased; references are never reused. Give this person a new reference</translation>
    </message>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="82"/>
        <source>%1 already exists in the case file; import with update to replace it, or leave it out of the document</source>
        <translation>%1 already exists in the case file; import with update to replace it, or leave it out of the document</translation>
    </message>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="116"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>The import was cancelled: nothing was written.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="20"/>
        <source>User name of the first administrator.</source>
        <translation>User name of the first administrator.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="22"/>
        <source>Their display name.</source>
        <translation>Their display name.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="26"/>
        <source>Creates a new encrypted case file with its first administrator. Passphrase from CORROBORATE_PASSPHRASE, the administrator&apos;s password from CORROBORATE_PASSWORD.</source>
        <translation>Creates a new encrypted case file with its first administrator. Passphrase from CORROBORATE_PASSPHRASE, the administrator&apos;s password from CORROBORATE_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="32"/>
        <source>--admin USERNAME is required.</source>
        <translation>--admin USERNAME is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="39"/>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="47"/>
        <source>Created %1 with administrator %2.</source>
        <translation>Created %1 with administrator %2.</translation>
    </message>
</context>
<context>
    <name>IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="6"/>
        <source>Intelligence item</source>
        <translation>Intelligence item</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="10"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="11"/>
        <source>Provider category</source>
        <translation>Provider category</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="12"/>
        <source>&amp;Originator:</source>
        <translation>&amp;Originator:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="13"/>
        <source>Originator</source>
        <translation>Originator</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="13"/>
        <source>Unit, agency or source</source>
        <translation>Unit, agency or source</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="14"/>
        <source>Originator problem</source>
        <translation>Originator problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="15"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="16"/>
        <source>Intelligence reference</source>
        <translation>Intelligence reference</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="16"/>
        <source>e.g. an intelligence log number</source>
        <translation>e.g. an intelligence log number</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="17"/>
        <source>Intelligence reference problem</source>
        <translation>Intelligence reference problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="18"/>
        <source>Date o&amp;btained:</source>
        <translation>Date o&amp;btained:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="19"/>
        <source>Date obtained</source>
        <translation>Date obtained</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="19"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="20"/>
        <source>Date obtained problem</source>
        <translation>Date obtained problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="21"/>
        <source>&amp;Source evaluation:</source>
        <translation>&amp;Source evaluation:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="22"/>
        <source>Source evaluation</source>
        <translation>Source evaluation</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="23"/>
        <source>Intelligence &amp;assessment:</source>
        <translation>Intelligence &amp;assessment:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="24"/>
        <source>Intelligence assessment</source>
        <translation>Intelligence assessment</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="25"/>
        <source>Ha&amp;ndling code:</source>
        <translation>Ha&amp;ndling code:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="26"/>
        <source>Handling code</source>
        <translation>Handling code</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="27"/>
        <source>Handling con&amp;ditions:</source>
        <translation>Handling con&amp;ditions:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="28"/>
        <source>Handling conditions</source>
        <translation>Handling conditions</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="29"/>
        <source>Handling conditions problem</source>
        <translation>Handling conditions problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="30"/>
        <source>&amp;Indicates:</source>
        <translation>&amp;Indicates:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="31"/>
        <source>What it indicates</source>
        <translation>What it indicates</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="32"/>
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="33"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="34"/>
        <source>Summary problem</source>
        <translation>Summary problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="35"/>
        <source>Reason for this c&amp;hange:</source>
        <translation>Reason for this c&amp;hange:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="36"/>
        <source>Reason for this change</source>
        <translation>Reason for this change</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="36"/>
        <source>Required: kept in the audit log</source>
        <translation>Required: kept in the audit log</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="37"/>
        <source>Reason for this change problem</source>
        <translation>Reason for this change problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="39"/>
        <source>Effect on the threshold</source>
        <translation>Effect on the threshold</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>Edit conflict</source>
        <translation>Edit conflict</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>Reload the saved record</source>
        <translation>Reload the saved record</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="41"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>InterpretationNotice</name>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Part of the grading</source>
        <translation>Part of the grading</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="22"/>
        <source>Source evaluation</source>
        <translation>Source evaluation</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="25"/>
        <source>Intelligence assessment</source>
        <translation>Intelligence assessment</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="27"/>
        <source>Handling code</source>
        <translation>Handling code</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="39"/>
        <source>Interpretation notice: read this first</source>
        <translation>Interpretation notice: read this first</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="44"/>
        <source>This pack was produced by %1 for %2, as at %3, for this purpose: %4. Lawful basis: %5. Use it for that purpose only and do not pass it on.</source>
        <translation>This pack was produced by %1 for %2, as at %3, for this purpose: %4. Lawful basis: %5. Use it for that purpose only and do not pass it on.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="51"/>
        <source>What inclusion means</source>
        <translation>What inclusion means</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="53"/>
        <source>A person appears in this pack because, at the time shown, the police held graded intelligence about them that met the written inclusion threshold set out below, and their listing was neither flagged for removal nor awaiting a decision on removal.</source>
        <translation>A person appears in this pack because, at the time shown, the police held graded intelligence about them that met the written inclusion threshold set out below, and their listing was neither flagged for removal nor awaiting a decision on removal.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="58"/>
        <source>What inclusion does not mean</source>
        <translation>What inclusion does not mean</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="60"/>
        <source>It is not a finding of guilt, a charge or a conviction, and it is not evidence of an offence.</source>
        <translation>It is not a finding of guilt, a charge or a conviction, and it is not evidence of an offence.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="62"/>
        <source>It does not mean the person is dangerous to you, your staff or your service users, nor that anyone they live with is involved.</source>
        <translation>It does not mean the person is dangerous to you, your staff or your service users, nor that anyone they live with is involved.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="64"/>
        <source>Intelligence is information assessed for its reliability; some of it is untested and it may be incomplete or out of date. Read each item&apos;s grading.</source>
        <translation>Intelligence is information assessed for its reliability; some of it is untested and it may be incomplete or out of date. Read each item&apos;s grading.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="66"/>
        <source>Someone who is not in this pack is not thereby cleared: people below the threshold or awaiting a removal decision are left out of partner packs.</source>
        <translation>Someone who is not in this pack is not thereby cleared: people below the threshold or awaiting a removal decision are left out of partner packs.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="74"/>
        <source>The inclusion threshold (policy version %1)</source>
        <translation>The inclusion threshold (policy version %1)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="77"/>
        <source>How intelligence is graded (3x5x2)</source>
        <translation>How intelligence is graded (3x5x2)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="79"/>
        <source>Each intelligence item carries three codes: how reliable its source is, how the source came to know it, and whether and how it may be shared. The meaning is printed beside every code in this pack.</source>
        <translation>Each intelligence item carries three codes: how reliable its source is, how the source came to know it, and whether and how it may be shared. The meaning is printed beside every code in this pack.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="84"/>
        <source>Items with handling code C may be shared only under conditions recorded with them; their details are withheld from partner packs and the pack says where an item was withheld.</source>
        <translation>Items with handling code C may be shared only under conditions recorded with them; their details are withheld from partner packs and the pack says where an item was withheld.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="88"/>
        <source>What this pack must not be used for</source>
        <translation>What this pack must not be used for</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="91"/>
        <source>This pack must not be used for housing, employment or benefits screening, nor for any decision about a person&apos;s access to a service, tenancy, job, school place or payment. It may be used only for the purpose stated above.</source>
        <translation>This pack must not be used for housing, employment or benefits screening, nor for any decision about a person&apos;s access to a service, tenancy, job, school place or payment. It may be used only for the purpose stated above.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="96"/>
        <source>Reporting an inaccuracy</source>
        <translation>Reporting an inaccuracy</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="98"/>
        <source>If you believe anything in this pack is wrong or out of date, tell the officer who produced it, %1, as soon as possible, quoting the pack identifier %2 and the nominal&apos;s reference. Do not correct or annotate the pack yourself and do not contact the person about the record.</source>
        <translation>If you believe anything in this pack is wrong or out of date, tell the officer who produced it, %1, as soon as possible, quoting the pack identifier %2 and the nominal&apos;s reference. Do not correct or annotate the pack yourself and do not contact the person about the record.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="105"/>
        <source>When to destroy this pack</source>
        <translation>When to destroy this pack</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="107"/>
        <source>Destroy every copy securely (cross-cut shredding, or secure deletion of the file) as soon as the purpose above has been served, and no later than %1. Do not copy it, keep extracts of it or add it to your own records.</source>
        <translation>Destroy every copy securely (cross-cut shredding, or secure deletion of the file) as soon as the purpose above has been served, and no later than %1. Do not copy it, keep extracts of it or add it to your own records.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="113"/>
        <source>Before acting</source>
        <translation>Before acting</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="115"/>
        <source>Check each nominal&apos;s current status with the force before acting on anything in this pack: it is correct only as at the date and time shown.</source>
        <translation>Check each nominal&apos;s current status with the force before acting on anything in this pack: it is correct only as at the date and time shown.</translation>
    </message>
</context>
<context>
    <name>MarkingCommand</name>
    <message>
        <location filename="../app/cli/MarkingCommand.cpp" line="17"/>
        <source>Make this the case file&apos;s protective marking (administrators only).</source>
        <translation>Make this the case file&apos;s protective marking (administrators only).</translation>
    </message>
    <message>
        <location filename="../app/cli/MarkingCommand.cpp" line="22"/>
        <source>Prints the protective marking printed at the top and bottom of every page of this case file&apos;s packs (default %1), or sets it.</source>
        <translation>Prints the protective marking printed at the top and bottom of every page of this case file&apos;s packs (default %1), or sets it.</translation>
    </message>
    <message>
        <location filename="../app/cli/MarkingCommand.cpp" line="37"/>
        <source>Packs from %1 are now marked %2.</source>
        <translation>Packs from %1 are now marked %2.</translation>
    </message>
</context>
<context>
    <name>NominalDetails</name>
    <message>
        <location filename="../ui/data/NominalDetails.cpp" line="18"/>
        <source>This nominal is no longer in the file.</source>
        <translation>This nominal is no longer in the file.</translation>
    </message>
</context>
<context>
    <name>NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="6"/>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="10"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="11"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="12"/>
        <source>Reference problem</source>
        <translation>Reference problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="13"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="14"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="15"/>
        <source>Surname problem</source>
        <translation>Surname problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="16"/>
        <source>&amp;Forenames:</source>
        <translation>&amp;Forenames:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="17"/>
        <source>Forenames</source>
        <translation>Forenames</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="18"/>
        <source>Forenames problem</source>
        <translation>Forenames problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="19"/>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="20"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="20"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="21"/>
        <source>Date of birth problem</source>
        <translation>Date of birth problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="22"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="23"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="24"/>
        <source>&amp;Ethnicity (self-defined):</source>
        <translation>&amp;Ethnicity (self-defined):</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="25"/>
        <source>Ethnicity (self-defined)</source>
        <translation>Ethnicity (self-defined)</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="26"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="27"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="28"/>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;oup:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="29"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="30"/>
        <source>&amp;Classification:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="31"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="32"/>
        <source>Classification problem</source>
        <translation>Classification problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="33"/>
        <source>Har&amp;m score:</source>
        <translation>Har&amp;m score:</translation>
    </message>
    <message>
        <source>&amp;Harm score:</source>
        <translation type="vanished">&amp;Harm score:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="34"/>
        <source>Harm score</source>
        <translation>Harm score</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="34"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="35"/>
        <source>Harm score problem</source>
        <translation>Harm score problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="36"/>
        <source>&amp;Listed on:</source>
        <translation>&amp;Listed on:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="37"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="37"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="38"/>
        <source>Listed on problem</source>
        <translation>Listed on problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="39"/>
        <source>Reason for this c&amp;hange:</source>
        <translation>Reason for this c&amp;hange:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="40"/>
        <source>Reason for this change</source>
        <translation>Reason for this change</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="40"/>
        <source>Required: kept in the audit log</source>
        <translation>Required: kept in the audit log</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="41"/>
        <source>Reason for this change problem</source>
        <translation>Reason for this change problem</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Edit conflict</source>
        <translation>Edit conflict</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="vanished">&amp;Reload</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Reload the saved record</source>
        <translation>Reload the saved record</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Reloa&amp;d</source>
        <translation>Reloa&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="45"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>NominalRepository</name>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="142"/>
        <source>A nominal with reference %1 already exists.</source>
        <translation>A nominal with reference %1 already exists.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="144"/>
        <source>Reference %1 belonged to a nominal who has been erased; references are never reused.</source>
        <translation>Reference %1 belonged to a nominal who has been erased; references are never reused.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="167"/>
        <source>There is no nominal with reference %1.</source>
        <translation>There is no nominal with reference %1.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="313"/>
        <source>%1 was removed by someone else while you were editing it.</source>
        <translation>%1 was removed by someone else while you were editing it.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="314"/>
        <source>%1 was changed by %2 (%3) while you were editing it. Reload it to see their change, then edit again.</source>
        <translation>%1 was changed by %2 (%3) while you were editing it. Reload it to see their change, then edit again.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 while you were editing it. Reload it to see their change, then edit again.</source>
        <translation type="vanished">%1 was changed by %2 at %3 while you were editing it. Reload it to see their change, then edit again.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="366"/>
        <location filename="../app/store/NominalRepository.cpp" line="388"/>
        <location filename="../app/store/NominalRepository.cpp" line="415"/>
        <source>Intelligence item %1</source>
        <translation>Intelligence item %1</translation>
    </message>
</context>
<context>
    <name>OpenPages</name>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
</context>
<context>
    <name>OversightCommand</name>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="23"/>
        <source>The oversight report (supervisors and administrators): the list as at a date by status, reason, ethnicity (the five ONS 2021 high-level groups and not recorded), gender, age band (under 14, 14-17, 18-24, 25-34, 35 and over) and area; additions and removals in the last 12 months (removals from the anonymous tallies taken at each erasure) and by month over 24 months; rates per 1,000 and ratios to the White group against the population baseline (see &quot;baseline set&quot;); days from proposal to sign-off decision; disclosures in the last 12 months. Logged as a consultation of the whole list.

Small numbers: counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and any figure from which one could be worked back from a total as &quot;suppressed&quot; (also rates and ratios made from them). The PDF, the CSVs, the text summary and the JSON are suppressed alike; --exact (administrators only) makes the JSON and the text summary exact, for internal analysis; the PDF and the CSVs stay suppressed.

--json prints one object with the keys as_of, exact, policy_version, totals (listed, meets_threshold, below_threshold, overdue, overdue_median_days, juveniles, victims, at_risk, awaiting_sign_off, added_12m, removed_12m), by_ethnicity, by_gender, by_age_band, by_area, by_reason (each a list of objects with group, listed, below_threshold, added_12m, removed_12m; by_ethnicity also rate_per_1000, ratio_to_white, added_rate_per_1000 and added_ratio_to_white when a baseline is set), monthly (month, added, removed), sign_off (decisions by outcome, total, days_proposed_to_decided with timed, median, p90), disclosures (recipient, purpose, disclosures, nominals) and baseline (group, population; null when none is set). A hidden count is the text &quot;fewer than 5&quot; or &quot;suppressed&quot;; a figure that does not exist is null.

--csv DIR writes by_ethnicity.csv, by_gender.csv, by_age_band.csv, by_area.csv, by_reason.csv, monthly.csv, sign_off.csv and disclosures.csv: a header row with the JSON&apos;s names, one row per group, and a last row Total. --out writes the marked PDF. Neither overwrites a file (exit 6).</source>
        <translation>The oversight report (supervisors and administrators): the list as at a date by status, reason, ethnicity (the five ONS 2021 high-level groups and not recorded), gender, age band (under 14, 14-17, 18-24, 25-34, 35 and over) and area; additions and removals in the last 12 months (removals from the anonymous tallies taken at each erasure) and by month over 24 months; rates per 1,000 and ratios to the White group against the population baseline (see &quot;baseline set&quot;); days from proposal to sign-off decision; disclosures in the last 12 months. Logged as a consultation of the whole list.

Small numbers: counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and any figure from which one could be worked back from a total as &quot;suppressed&quot; (also rates and ratios made from them). The PDF, the CSVs, the text summary and the JSON are suppressed alike; --exact (administrators only) makes the JSON and the text summary exact, for internal analysis; the PDF and the CSVs stay suppressed.

--json prints one object with the keys as_of, exact, policy_version, totals (listed, meets_threshold, below_threshold, overdue, overdue_median_days, juveniles, victims, at_risk, awaiting_sign_off, added_12m, removed_12m), by_ethnicity, by_gender, by_age_band, by_area, by_reason (each a list of objects with group, listed, below_threshold, added_12m, removed_12m; by_ethnicity also rate_per_1000, ratio_to_white, added_rate_per_1000 and added_ratio_to_white when a baseline is set), monthly (month, added, removed), sign_off (decisions by outcome, total, days_proposed_to_decided with timed, median, p90), disclosures (recipient, purpose, disclosures, nominals) and baseline (group, population; null when none is set). A hidden count is the text &quot;fewer than 5&quot; or &quot;suppressed&quot;; a figure that does not exist is null.

--csv DIR writes by_ethnicity.csv, by_gender.csv, by_age_band.csv, by_area.csv, by_reason.csv, monthly.csv, sign_off.csv and disclosures.csv: a header row with the JSON&apos;s names, one row per group, and a last row Total. --out writes the marked PDF. Neither overwrites a file (exit 6).</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="56"/>
        <source>Oversight report as at %1 (policy version %2)%3</source>
        <translation>Oversight report as at %1 (policy version %2)%3</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="59"/>
        <source>, exact counts</source>
        <translation>, exact counts</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="94"/>
        <source>The report as at this date (default: today).</source>
        <translation>The report as at this date (default: today).</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="98"/>
        <source>Write the marked PDF report here.</source>
        <translation>Write the marked PDF report here.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="101"/>
        <source>Write one CSV per table into this folder.</source>
        <translation>Write one CSV per table into this folder.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="104"/>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="106"/>
        <source>Exact counts in the JSON (administrators only).</source>
        <translation>Exact counts in the JSON (administrators only).</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="116"/>
        <source>--as-of needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--as-of needs a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="121"/>
        <source>--out needs a file name.</source>
        <translation>--out needs a file name.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="129"/>
        <source>%1 is not permitted to read the oversight report: it needs the %2 or %3 role.</source>
        <translation>%1 is not permitted to read the oversight report: it needs the %2 or %3 role.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="135"/>
        <source>%1 is not permitted to see exact counts: --exact needs the %2 role. Leave it out for the suppressed figures.</source>
        <translation>%1 is not permitted to see exact counts: --exact needs the %2 role. Leave it out for the suppressed figures.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="141"/>
        <source>The report was stopped.</source>
        <translation>The report was stopped.</translation>
    </message>
    <message>
        <location filename="../app/cli/OversightCommand.cpp" line="157"/>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/OversightCommand.cpp" line="162"/>
        <source>Wrote %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Wrote %n CSV file in %1.</numerusform>
            <numerusform>Wrote %n CSV files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OversightOutput</name>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="15"/>
        <source>%1 already exists; the oversight report never overwrites a file. Choose another name.</source>
        <translation>%1 already exists; the oversight report never overwrites a file. Choose another name.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="26"/>
        <source>%1 is a file, not a folder: give --csv a folder for the CSV files.</source>
        <translation>%1 is a file, not a folder: give --csv a folder for the CSV files.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="37"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 could not be written: %2.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightOutput.cpp" line="44"/>
        <source>The folder %1 could not be made.</source>
        <translation>The folder %1 could not be made.</translation>
    </message>
</context>
<context>
    <name>OversightPdf</name>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="161"/>
        <source>Listed by ethnic group, as a share of those listed, with the population baseline beside it</source>
        <translation>Listed by ethnic group, as a share of those listed, with the population baseline beside it</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="220"/>
        <source>Listed (share of all listed)</source>
        <translation>Listed (share of all listed)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="224"/>
        <source>Population baseline (share)</source>
        <translation>Population baseline (share)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="227"/>
        <source>No population baseline is set.</source>
        <translation>No population baseline is set.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="238"/>
        <source>Additions and removals by month</source>
        <translation>Additions and removals by month</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="302"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="305"/>
        <source>Removed (a gap: fewer than 5, or suppressed)</source>
        <translation>Removed (a gap: fewer than 5, or suppressed)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="312"/>
        <source>Oversight report as at %1 (%2)</source>
        <translation>Oversight report as at %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="319"/>
        <source>Oversight report</source>
        <translation>Oversight report</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="320"/>
        <source>As at %1 · threshold policy version %2 · %3 listed</source>
        <translation>As at %1 · threshold policy version %2 · %3 listed</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="326"/>
        <source>Exact counts: for internal analysis only.</source>
        <translation>Exact counts: for internal analysis only.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="327"/>
        <source>Small numbers: counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and any figure from which such a count could be worked back from a total is shown as &quot;suppressed&quot;. Removals come from anonymous tallies taken at erasure (month, area, ethnic group, gender, age band, reason).</source>
        <translation>Small numbers: counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and any figure from which such a count could be worked back from a total is shown as &quot;suppressed&quot;. Removals come from anonymous tallies taken at erasure (month, area, ethnic group, gender, age band, reason).</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="340"/>
        <source>The list now</source>
        <translation>The list now</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="369"/>
        <source>Disproportionality against the population baseline</source>
        <translation>Disproportionality against the population baseline</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="372"/>
        <source>Days from proposal to decision: median %1, 90th percentile %2.</source>
        <translation>Days from proposal to decision: median %1, 90th percentile %2.</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="373"/>
        <location filename="../app/oversight/OversightPdf.cpp" line="375"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="424"/>
        <source>SYNTHETIC DATA</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="432"/>
        <source>Oversight report as at %1</source>
        <translation>Oversight report as at %1</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightPdf.cpp" line="434"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>OversightTables</name>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="68"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="69"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="70"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="71"/>
        <location filename="../app/oversight/OversightTables.cpp" line="95"/>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="72"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="73"/>
        <source>Added (12 months)</source>
        <translation>Added (12 months)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="74"/>
        <source>Removed (12 months)</source>
        <translation>Removed (12 months)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="75"/>
        <source>Listed per 1,000</source>
        <translation>Listed per 1,000</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="76"/>
        <source>Ratio to White</source>
        <translation>Ratio to White</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="77"/>
        <source>Added per 1,000</source>
        <translation>Added per 1,000</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="78"/>
        <source>Ratio to White (added)</source>
        <translation>Ratio to White (added)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="79"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="80"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="81"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="82"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="83"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="84"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="85"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="86"/>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="87"/>
        <source>Nominals carried</source>
        <translation>Nominals carried</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="88"/>
        <source>Past destroy-by, not confirmed destroyed</source>
        <translation>Past destroy-by, not confirmed destroyed</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="96"/>
        <source>Meet the threshold</source>
        <translation>Meet the threshold</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="97"/>
        <source>Below the threshold (flagged for removal)</source>
        <translation>Below the threshold (flagged for removal)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="98"/>
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="99"/>
        <source>Median days overdue</source>
        <translation>Median days overdue</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="100"/>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="101"/>
        <source>Recorded as victims, still listed</source>
        <translation>Recorded as victims, still listed</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="102"/>
        <source>Recorded as at risk, still listed</source>
        <translation>Recorded as at risk, still listed</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="103"/>
        <source>Removals awaiting sign-off</source>
        <translation>Removals awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="104"/>
        <source>Restricted (DPA 2018 s.47)</source>
        <translation>Restricted (DPA 2018 s.47)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="105"/>
        <source>Added in the last 12 months</source>
        <translation>Added in the last 12 months</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="106"/>
        <source>Removed in the last 12 months</source>
        <translation>Removed in the last 12 months</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="166"/>
        <source>By ethnicity (ONS 2021 high-level groups)</source>
        <translation>By ethnicity (ONS 2021 high-level groups)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="166"/>
        <source>By gender</source>
        <translation>By gender</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="167"/>
        <source>By age band on the as-at date</source>
        <translation>By age band on the as-at date</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="167"/>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="168"/>
        <source>By reason (threshold reasons of those listed; removal reasons of those removed)</source>
        <translation>By reason (threshold reasons of those listed; removal reasons of those removed)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="229"/>
        <source>Additions and removals by month (24 months)</source>
        <translation>Additions and removals by month (24 months)</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="243"/>
        <source>Sign-off decisions in the last 12 months</source>
        <translation>Sign-off decisions in the last 12 months</translation>
    </message>
    <message>
        <location filename="../app/oversight/OversightTables.cpp" line="256"/>
        <source>Disclosures in the last 12 months</source>
        <translation>Disclosures in the last 12 months</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="62"/>
        <source>A partner pack may be shared only under an information-sharing agreement in force today: name one with --agreement ISA-n (`agreement list` shows them; an administrator records them).</source>
        <translation>A partner pack may be shared only under an information-sharing agreement in force today: name one with --agreement ISA-n (`agreement list` shows them; an administrator records them).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="67"/>
        <source>Give the purpose (--purpose), one of those the agreement lists.</source>
        <translation>Give the purpose (--purpose), one of those the agreement lists.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="79"/>
        <source>Name the recipient, the lawful basis and the purpose before a pack leaves the file; missing or blank: %1.</source>
        <translation>Name the recipient, the lawful basis and the purpose before a pack leaves the file; missing or blank: %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="87"/>
        <source>The due-by date is not a valid date (YYYY-MM-DD).</source>
        <translation>The due-by date is not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="194"/>
        <source>No nominal with the reference(s) %1 is in this case file; no pack was made. Check the references.</source>
        <translation>No nominal with the reference(s) %1 is in this case file; no pack was made. Check the references.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="30"/>
        <source>A nominal&apos;s reference; repeat for several (printed in the order given).</source>
        <translation>A nominal&apos;s reference; repeat for several (printed in the order given).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="34"/>
        <source>Every nominal whose next review is due on or before this date.</source>
        <translation>Every nominal whose next review is due on or before this date.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="37"/>
        <source>Every nominal below the threshold today.</source>
        <translation>Every nominal below the threshold today.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="40"/>
        <source>internal (everything) or partner (restricted nominals and handling-code-C details left out, interpretation notice first).</source>
        <translation>internal (everything) or partner (restricted nominals and handling-code-C details left out, interpretation notice first).</translation>
    </message>
    <message>
        <source>Who the pack is for (required).</source>
        <translation type="vanished">Who the pack is for (required).</translation>
    </message>
    <message>
        <source>The lawful basis for sharing it (required).</source>
        <translation type="vanished">The lawful basis for sharing it (required).</translation>
    </message>
    <message>
        <source>What it is for (required).</source>
        <translation type="vanished">What it is for (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="68"/>
        <source>The PDF to write; an existing file is never overwritten.</source>
        <translation>The PDF to write; an existing file is never overwritten.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="73"/>
        <source>The pack&apos;s language: cy (Cymraeg) or en (English). Default: the language this command runs in.</source>
        <translation>The pack&apos;s language: cy (Cymraeg) or en (English). Default: the language this command runs in.</translation>
    </message>
    <message>
        <source>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure. Needs the officer role.</source>
        <translation type="vanished">Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure. Needs the officer role.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="45"/>
        <source>Internal packs: who the pack is for (required; partner packs name the agreement&apos;s partner).</source>
        <translation>Internal packs: who the pack is for (required; partner packs name the agreement&apos;s partner).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="50"/>
        <source>Internal packs: the lawful basis for sharing it (required; partner packs use the agreement&apos;s).</source>
        <translation>Internal packs: the lawful basis for sharing it (required; partner packs use the agreement&apos;s).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="55"/>
        <source>What it is for (required); for a partner pack, one of the purposes its agreement lists.</source>
        <translation>What it is for (required); for a partner pack, one of the purposes its agreement lists.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="60"/>
        <source>Partner packs: the information-sharing agreement (ISA-n) in force today that the pack is shared under (required).</source>
        <translation>Partner packs: the information-sharing agreement (ISA-n) in force today that the pack is shared under (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="65"/>
        <source>Internal packs: encrypt the PDF as partner packs always are (AES-256, a new password printed once as &quot;Password: ...&quot; on standard output).</source>
        <translation>Internal packs: encrypt the PDF as partner packs always are (AES-256, a new password printed once as &quot;Password: ...&quot; on standard output).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="79"/>
        <source>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure with its destroy-by date. A partner pack goes under an information-sharing agreement in force today and one of its purposes, and is always encrypted: its password is printed once as &quot;Password: ...&quot; on standard output, after the pack identifier; send it by another channel. Needs the officer role.</source>
        <translation>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure with its destroy-by date. A partner pack goes under an information-sharing agreement in force today and one of its purposes, and is always encrypted: its password is printed once as &quot;Password: ...&quot; on standard output, after the pack identifier; send it by another channel. Needs the officer role.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="95"/>
        <source>Choose the nominals with exactly one of --nominal REF, --due-by YYYY-MM-DD or --flagged.
Usage: corroborate-cli %1</source>
        <translation>Choose the nominals with exactly one of --nominal REF, --due-by YYYY-MM-DD or --flagged.
Usage: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="105"/>
        <source>--audience must be internal or partner.</source>
        <translation>--audience must be internal or partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="109"/>
        <source>A partner pack may be shared only under an information-sharing agreement in force today: name one with --agreement ISA-n (`agreement list` shows them; an administrator records them). Its recipient and lawful basis come from the agreement. Nothing was written.</source>
        <translation>A partner pack may be shared only under an information-sharing agreement in force today: name one with --agreement ISA-n (`agreement list` shows them; an administrator records them). Its recipient and lawful basis come from the agreement. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="116"/>
        <source>A partner pack takes its recipient and lawful basis from its agreement: leave out --recipient and --basis.</source>
        <translation>A partner pack takes its recipient and lawful basis from its agreement: leave out --recipient and --basis.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="119"/>
        <source>--agreement is for partner packs only.</source>
        <translation>--agreement is for partner packs only.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="121"/>
        <source>Partner packs are always encrypted; --encrypt is not needed.</source>
        <translation>Partner packs are always encrypted; --encrypt is not needed.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="131"/>
        <source>--language must be cy or en, not &quot;%1&quot;.</source>
        <translation>--language must be cy or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="137"/>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="143"/>
        <source>--due-by must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--due-by must be a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="163"/>
        <source>No nominal is below the threshold; no pack was written.</source>
        <translation>No nominal is below the threshold; no pack was written.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="164"/>
        <source>No nominal is due for review on or before %1; no pack was written.</source>
        <translation>No nominal is due for review on or before %1; no pack was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="181"/>
        <source>Wrote %1 (%2, %n page(s)) to %3</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n page) to %3</numerusform>
            <numerusform>Wrote %1 (%2, %n pages) to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="184"/>
        <source>%n nominal(s) included</source>
        <translation>
            <numerusform>%n nominal included</numerusform>
            <numerusform>%n nominals included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="188"/>
        <source>%n restricted nominal(s) withheld</source>
        <translation>
            <numerusform>%n restricted nominal withheld</numerusform>
            <numerusform>%n restricted nominals withheld</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="190"/>
        <source>recorded as disclosure %1.</source>
        <translation>recorded as disclosure %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="192"/>
        <source>Destroy by %1.</source>
        <translation>Destroy by %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="195"/>
        <source>The PDF is encrypted (AES-256): send the password by another channel than the file.</source>
        <translation>The PDF is encrypted (AES-256): send the password by another channel than the file.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="6"/>
        <location filename="../ui/packs/PackDialog.ui" line="7"/>
        <source>Review pack</source>
        <translation>Review pack</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="10"/>
        <location filename="../ui/packs/PackDialog.ui" line="11"/>
        <source>Which nominals</source>
        <translation>Which nominals</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="13"/>
        <source>The selected &amp;nominal</source>
        <translation>The selected &amp;nominal</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="13"/>
        <source>The selected nominal</source>
        <translation>The selected nominal</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="14"/>
        <source>The nominals selected in the &amp;list</source>
        <translation>The nominals selected in the &amp;list</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="14"/>
        <source>The nominals selected in the list</source>
        <translation>The nominals selected in the list</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="15"/>
        <source>All &amp;due for review by:</source>
        <translation>All &amp;due for review by:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="15"/>
        <source>All due for review by a date</source>
        <translation>All due for review by a date</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="16"/>
        <source>Due for review by</source>
        <translation>Due for review by</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="17"/>
        <source>All &amp;flagged (below the threshold)</source>
        <translation>All &amp;flagged (below the threshold)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="17"/>
        <source>All flagged, below the threshold</source>
        <translation>All flagged, below the threshold</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="20"/>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="21"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="24"/>
        <source>&amp;Internal</source>
        <translation>&amp;Internal</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="24"/>
        <source>Internal audience</source>
        <translation>Internal audience</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="25"/>
        <source>Pa&amp;rtner agency</source>
        <translation>Pa&amp;rtner agency</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="25"/>
        <source>Partner agency audience</source>
        <translation>Partner agency audience</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="28"/>
        <source>What this audience&apos;s pack holds</source>
        <translation>What this audience&apos;s pack holds</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="31"/>
        <source>The disclosure (recorded with every pack saved or printed)</source>
        <translation>The disclosure (recorded with every pack saved or printed)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="32"/>
        <source>The disclosure</source>
        <translation>The disclosure</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="34"/>
        <source>Reci&amp;pient:</source>
        <translation>Reci&amp;pient:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="35"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="35"/>
        <source>Who receives it, e.g. a panel or an agency</source>
        <translation>Who receives it, e.g. a panel or an agency</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="36"/>
        <source>Recipient problem</source>
        <translation>Recipient problem</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="37"/>
        <source>Lawful &amp;basis:</source>
        <translation>Lawful &amp;basis:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="38"/>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="38"/>
        <source>e.g. DPA 2018 s.35, law enforcement purposes</source>
        <translation>e.g. DPA 2018 s.35, law enforcement purposes</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="39"/>
        <source>Lawful basis problem</source>
        <translation>Lawful basis problem</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="40"/>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="41"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="41"/>
        <source>e.g. the review panel of a given date</source>
        <translation>e.g. the review panel of a given date</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="42"/>
        <source>Purpose problem</source>
        <translation>Purpose problem</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="44"/>
        <source>Pack status</source>
        <translation>Pack status</translation>
    </message>
</context>
<context>
    <name>PackHtml</name>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="91"/>
        <source>Partner pack</source>
        <translation>Partner pack</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="91"/>
        <source>Internal pack</source>
        <translation>Internal pack</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="98"/>
        <source>Suspected offender.</source>
        <translation>Suspected offender.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="100"/>
        <source>&lt;b&gt;AT RISK.&lt;/b&gt; This person is recorded as a person at risk, not as a suspected offender.</source>
        <translation>&lt;b&gt;AT RISK.&lt;/b&gt; This person is recorded as a person at risk, not as a suspected offender.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="103"/>
        <source>&lt;b&gt;VICTIM.&lt;/b&gt; This person is recorded as a victim, not as a suspected offender.</source>
        <translation>&lt;b&gt;VICTIM.&lt;/b&gt; This person is recorded as a victim, not as a suspected offender.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="111"/>
        <location filename="../app/packs/PackHtml.cpp" line="325"/>
        <source>Meets the threshold</source>
        <translation>Meets the threshold</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="112"/>
        <location filename="../app/packs/PackHtml.cpp" line="326"/>
        <source>Below the threshold: flagged for removal</source>
        <translation>Below the threshold: flagged for removal</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="114"/>
        <source>removal awaiting a supervisor&apos;s decision</source>
        <translation>removal awaiting a supervisor&apos;s decision</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="121"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="123"/>
        <source>Removal proposed</source>
        <translation>Removal proposed</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="125"/>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="132"/>
        <source>Supplied to %1 under %2 for: %3. Destroy by %4.</source>
        <translation>Supplied to %1 under %2 for: %3. Destroy by %4.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="135"/>
        <source>Internal: not to be shared. Destroy by %1.</source>
        <translation>Internal: not to be shared. Destroy by %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="148"/>
        <source>%1 at %2 UTC</source>
        <translation>%1 at %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="183"/>
        <source>Gang nominal review pack</source>
        <translation>Gang nominal review pack</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="185"/>
        <source>PARTNER PACK: for the named recipient only, under the interpretation notice that follows this page</source>
        <translation>PARTNER PACK: for the named recipient only, under the interpretation notice that follows this page</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="187"/>
        <source>INTERNAL PACK: for police use only; not to be shared outside the force</source>
        <translation>INTERNAL PACK: for police use only; not to be shared outside the force</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="191"/>
        <source>SYNTHETIC DATA: every person in this pack is invented, for testing and training.</source>
        <translation>SYNTHETIC DATA: every person in this pack is invented, for testing and training.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="195"/>
        <source>Pack identifier</source>
        <translation>Pack identifier</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="196"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="197"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="198"/>
        <source>Produced by</source>
        <translation>Produced by</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="199"/>
        <source>As at</source>
        <translation>As at</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="200"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="202"/>
        <source>Information-sharing agreement</source>
        <translation>Information-sharing agreement</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="203"/>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="204"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="205"/>
        <source>Nominals in this pack</source>
        <translation>Nominals in this pack</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="207"/>
        <source>Nominals withheld</source>
        <translation>Nominals withheld</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="208"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="210"/>
        <source>1 nominal selected for this pack is withheld because it is restricted (below the inclusion threshold, or awaiting a decision on removal). It is not named in this pack.</source>
        <translation>1 nominal selected for this pack is withheld because it is restricted (below the inclusion threshold, or awaiting a decision on removal). It is not named in this pack.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="213"/>
        <source>%1 nominals selected for this pack are withheld because they are restricted (below the inclusion threshold, or awaiting a decision on removal). They are not named in this pack.</source>
        <translation>%1 nominals selected for this pack are withheld because they are restricted (below the inclusion threshold, or awaiting a decision on removal). They are not named in this pack.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="218"/>
        <source>Restricted nominals left out</source>
        <translation>Restricted nominals left out</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/packs/PackHtml.cpp" line="219"/>
        <source>%n nominal(s) selected for this pack are left out because their processing is restricted (Data Protection Act 2018, section 47). They are not named in this pack.</source>
        <translation>
            <numerusform>%n nominal selected for this pack are left out because their processing is restricted (Data Protection Act 2018, section 47). They are not named in this pack.</numerusform>
            <numerusform>%n nominals selected for this pack are left out because their processing is restricted (Data Protection Act 2018, section 47). They are not named in this pack.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="223"/>
        <source>Threshold policy</source>
        <translation>Threshold policy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="223"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="224"/>
        <source>Destroy by</source>
        <translation>Destroy by</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="230"/>
        <source>Before acting on this pack:</source>
        <translation>Before acting on this pack:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="231"/>
        <source>check each nominal&apos;s current status in Corroborate. This pack shows the records as at the date and time above; since then intelligence may have been added or corrected, a status may have changed, and a person may have been removed from the list and their record erased.</source>
        <translation>check each nominal&apos;s current status in Corroborate. This pack shows the records as at the date and time above; since then intelligence may have been added or corrected, a status may have changed, and a person may have been removed from the list and their record erased.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="237"/>
        <source>Read the interpretation notice on the next page before reading any nominal&apos;s section. This pack must not be used for housing, employment or benefits screening.</source>
        <translation>Read the interpretation notice on the next page before reading any nominal&apos;s section. This pack must not be used for housing, employment or benefits screening.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="248"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <location filename="../app/packs/PackHtml.cpp" line="302"/>
        <location filename="../app/packs/PackHtml.cpp" line="386"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <location filename="../app/packs/PackHtml.cpp" line="483"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="252"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="264"/>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="277"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <source>it is below the threshold and a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>it is below the threshold and a proposal to remove it awaits a supervisor&apos;s decision</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="287"/>
        <source>it is below the threshold (flagged for removal)</source>
        <translation>it is below the threshold (flagged for removal)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="288"/>
        <source>a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>a proposal to remove it awaits a supervisor&apos;s decision</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="291"/>
        <source>RESTRICTED: %1. Do not share any of this section outside the force.</source>
        <translation>RESTRICTED: %1. Do not share any of this section outside the force.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="297"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="300"/>
        <source>(age %1)</source>
        <translation>(age %1)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="302"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="303"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="303"/>
        <source>Forenames</source>
        <translation>Forenames</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="305"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="305"/>
        <source>Self-defined ethnicity</source>
        <translation>Self-defined ethnicity</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="307"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="307"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="308"/>
        <source>Harm score</source>
        <translation>Harm score</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="309"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="312"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="313"/>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="314"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="315"/>
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="319"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="323"/>
        <source>Threshold result</source>
        <translation>Threshold result</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="327"/>
        <source>Evaluated under threshold policy version %1 as at %2; independent qualifying originators: %3.</source>
        <translation>Evaluated under threshold policy version %1 as at %2; independent qualifying originators: %3.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="333"/>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="343"/>
        <source>A proposal to remove this nominal has been awaiting a supervisor&apos;s decision since %1.</source>
        <translation>A proposal to remove this nominal has been awaiting a supervisor&apos;s decision since %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="347"/>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="352"/>
        <source>Intelligence (1 item)</source>
        <translation>Intelligence (1 item)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="353"/>
        <source>Intelligence (%1 items)</source>
        <translation>Intelligence (%1 items)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="355"/>
        <source>No intelligence is recorded.</source>
        <translation>No intelligence is recorded.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="360"/>
        <source>Item and source</source>
        <translation>Item and source</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="360"/>
        <source>Grading (code: meaning)</source>
        <translation>Grading (code: meaning)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="361"/>
        <source>What it indicates and summary</source>
        <translation>What it indicates and summary</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="365"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="372"/>
        <source>Handling code %1: %2</source>
        <translation>Handling code %1: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="375"/>
        <source>Withheld. This item may be shared only under conditions recorded with it, so its details are left out of partner packs. To ask for it, contact the officer who produced this pack, quoting the pack identifier, the nominal&apos;s reference and the item number.</source>
        <translation>Withheld. This item may be shared only under conditions recorded with it, so its details are left out of partner packs. To ask for it, contact the officer who produced this pack, quoting the pack identifier, the nominal&apos;s reference and the item number.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="384"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="385"/>
        <source>Originator</source>
        <translation>Originator</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="443"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="444"/>
        <source>Intelligence: %1</source>
        <translation>Intelligence: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="445"/>
        <source>Handling: %1</source>
        <translation>Handling: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="396"/>
        <source>Handling conditions:</source>
        <translation>Handling conditions:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="399"/>
        <source>Does not count towards the threshold.</source>
        <translation>Does not count towards the threshold.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="400"/>
        <source>Does not count towards the threshold:</source>
        <translation>Does not count towards the threshold:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="405"/>
        <source>Counts towards the threshold.</source>
        <translation>Counts towards the threshold.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="413"/>
        <source>Review history</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="415"/>
        <source>No review is recorded.</source>
        <translation>No review is recorded.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="421"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="426"/>
        <source>Retain until %1</source>
        <translation>Retain until %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="455"/>
        <source>The person&apos;s supplementary statement</source>
        <translation>The person&apos;s supplementary statement</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="457"/>
        <source>In the person&apos;s own words, attached to their record at their request (Data Protection Act 2018, section 46). Read it with the rest of this section.</source>
        <translation>In the person&apos;s own words, attached to their record at their request (Data Protection Act 2018, section 46). Read it with the rest of this section.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="463"/>
        <source>Recorded %1:</source>
        <translation>Recorded %1:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="473"/>
        <source>Panel decision for %1</source>
        <translation>Panel decision for %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="477"/>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="477"/>
        <source>retain until (date) / propose removal / defer (reason)</source>
        <translation>retain until (date) / propose removal / defer (reason)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="480"/>
        <source>Reasons and actions:</source>
        <translation>Reasons and actions:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="483"/>
        <source>Role and agency</source>
        <translation>Role and agency</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="483"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="486"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>PackOutput</name>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="21"/>
        <source>Cannot write the pack to %1: %2. Choose a folder you can write to.</source>
        <translation>Cannot write the pack to %1: %2. Choose a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="37"/>
        <location filename="../app/packs/PackOutput.cpp" line="96"/>
        <source>%1 already exists; packs never overwrite a file. Choose another name.</source>
        <translation>%1 already exists; packs never overwrite a file. Choose another name.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="42"/>
        <source>Cannot create %1: %2.</source>
        <translation>Cannot create %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="47"/>
        <source>The pack could not be saved to %1: %2.</source>
        <translation>The pack could not be saved to %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="115"/>
        <source>The pack could not be written to %1: %2.</source>
        <translation>The pack could not be written to %1: %2.</translation>
    </message>
</context>
<context>
    <name>PackRenderer</name>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="181"/>
        <source>The pack could not start page %1.</source>
        <translation>The pack could not start page %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="219"/>
        <source>SYNTHETIC DATA</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="242"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="312"/>
        <source>Review pack %1 (%2)</source>
        <translation>Review pack %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="356"/>
        <source>The pack could not be rendered: the output could not be opened for painting.</source>
        <translation>The pack could not be rendered: the output could not be opened for painting.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="372"/>
        <source>The pack&apos;s contents would name the wrong page for %1 (page %2; it starts on page %3).</source>
        <translation>The pack&apos;s contents would name the wrong page for %1 (page %2; it starts on page %3).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="382"/>
        <source>The pack&apos;s page count changed between layout passes (%1, then %2).</source>
        <translation>The pack&apos;s page count changed between layout passes (%1, then %2).</translation>
    </message>
</context>
<context>
    <name>PdfEncryption</name>
    <message>
        <location filename="../app/sharing/PdfEncryption.cpp" line="21"/>
        <source>The random number generator could not start.</source>
        <translation>The random number generator could not start.</translation>
    </message>
    <message>
        <location filename="../app/sharing/PdfEncryption.cpp" line="52"/>
        <source>The pack could not be encrypted (%1); nothing was written.</source>
        <translation>The pack could not be encrypted (%1); nothing was written.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../app/policy/Policy.cpp" line="53"/>
        <source>Policy setting &quot;%1&quot; must be a list of codes (from: %2).</source>
        <translation>Policy setting &quot;%1&quot; must be a list of codes (from: %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="59"/>
        <source>Policy setting &quot;%1&quot; must not be empty: list at least one of %2.</source>
        <translation>Policy setting &quot;%1&quot; must not be empty: list at least one of %2.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="68"/>
        <source>Policy setting &quot;%1&quot;: entry %2 is not a text code; use codes from: %3.</source>
        <translation>Policy setting &quot;%1&quot;: entry %2 is not a text code; use codes from: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="79"/>
        <source>Policy setting &quot;%1&quot;: &quot;%2&quot; is not a valid code; use codes from: %3.</source>
        <translation>Policy setting &quot;%1&quot;: &quot;%2&quot; is not a valid code; use codes from: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="86"/>
        <source>Policy setting &quot;%1&quot; lists &quot;%2&quot; more than once; list each code once.</source>
        <translation>Policy setting &quot;%1&quot; lists &quot;%2&quot; more than once; list each code once.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="106"/>
        <source>Policy setting &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Policy setting &quot;%1&quot; must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="121"/>
        <source>Policy setting &quot;%1&quot; must be true or false.</source>
        <translation>Policy setting &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="142"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="143"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="152"/>
        <source>a suspected offender</source>
        <translation>a suspected offender</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="154"/>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="156"/>
        <source>a victim</source>
        <translation>a victim</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="165"/>
        <source>gang membership</source>
        <translation>gang membership</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="167"/>
        <source>association with a gang</source>
        <translation>association with a gang</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="169"/>
        <source>victimisation</source>
        <translation>victimisation</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="171"/>
        <source>something other than membership, association or victimisation</source>
        <translation>something other than membership, association or victimisation</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="241"/>
        <source>&quot;%1&quot; is not a policy setting: remove it or correct its spelling (the settings are %2).</source>
        <translation>&quot;%1&quot; is not a policy setting: remove it or correct its spelling (the settings are %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="290"/>
        <source>The threshold policy is not valid:
%1</source>
        <translation>The threshold policy is not valid:
%1</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="301"/>
        <source>Stored policy version %1 is not valid: %2 Set a corrected policy as a new version.</source>
        <translation>Stored policy version %1 is not valid: %2 Set a corrected policy as a new version.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="357"/>
        <source>at least one originator</source>
        <translation>at least one originator</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="358"/>
        <source>at least %n different originators</source>
        <translation>
            <numerusform>at least %n different originators</numerusform>
            <numerusform>at least %n different originators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="361"/>
        <source>within the month before the evaluation date</source>
        <translation>within the month before the evaluation date</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="362"/>
        <source>within the %n months before the evaluation date</source>
        <translation>
            <numerusform>within the %n months before the evaluation date</numerusform>
            <numerusform>within the %n months before the evaluation date</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="366"/>
        <source>A nominal recorded as %1 meets the threshold when %2 (the units, agencies or sources the intelligence came from, compared ignoring capitals and spacing) have provided intelligence that indicates %3, graded %4 for the source and %5 for the intelligence, and obtained %6 (the first day of that period included).</source>
        <translation>A nominal recorded as %1 meets the threshold when %2 (the units, agencies or sources the intelligence came from, compared ignoring capitals and spacing) have provided intelligence that indicates %3, graded %4 for the source and %5 for the intelligence, and obtained %6 (the first day of that period included).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="373"/>
        <source>Each originator counts once, through its most recent qualifying item.</source>
        <translation>Each originator counts once, through its most recent qualifying item.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="380"/>
        <source>Intelligence still graded under the legacy 5x5x5 scheme qualifies when graded %1 for the source and %2 for the intelligence.</source>
        <translation>Intelligence still graded under the legacy 5x5x5 scheme qualifies when graded %1 for the source and %2 for the intelligence.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="384"/>
        <source>The counted originators must also come from at least two provider categories (police, partner agency, community).</source>
        <translation>The counted originators must also come from at least two provider categories (police, partner agency, community).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="388"/>
        <source>A nominal recorded as %1 never meets the threshold.</source>
        <translation>A nominal recorded as %1 never meets the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="390"/>
        <source>A nominal whose harm score is 0 is below the threshold whatever the intelligence; a nominal with no harm score recorded is not affected.</source>
        <translation>A nominal whose harm score is 0 is below the threshold whatever the intelligence; a nominal with no harm score recorded is not affected.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="392"/>
        <source>The harm score does not affect the threshold.</source>
        <translation>The harm score does not affect the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="393"/>
        <source>A nominal below the threshold is flagged for removal and restricted: it is left out of anything shared outside the force until a supervisor decides.</source>
        <translation>A nominal below the threshold is flagged for removal and restricted: it is left out of anything shared outside the force until a supervisor decides.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="395"/>
        <source>the day after</source>
        <translation>the day after</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="396"/>
        <source>%n days after</source>
        <translation>
            <numerusform>%n days after</numerusform>
            <numerusform>%n days after</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="397"/>
        <source>Each nominal is due for review %1 its last review (or its listing, if never reviewed); an overdue review is shown but does not by itself put anyone below the threshold.</source>
        <translation>Each nominal is due for review %1 its last review (or its listing, if never reviewed); an overdue review is shown but does not by itself put anyone below the threshold.</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="23"/>
        <source>Show this earlier version instead of the active one.</source>
        <translation>Show this earlier version instead of the active one.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="28"/>
        <source>Prints the active threshold policy as JSON (the form &quot;policy set&quot; takes), and its version, author and time on standard error.</source>
        <translation>Prints the active threshold policy as JSON (the form &quot;policy set&quot; takes), and its version, author and time on standard error.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="41"/>
        <source>--policy-version needs a number.</source>
        <translation>--policy-version needs a number.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="49"/>
        <source>Policy version %1, made active by %2 at %3.</source>
        <translation>Policy version %1, made active by %2 at %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="60"/>
        <source>Validates a policy document and makes it the new active version (administrators only). Unknown keys, wrong types and values out of range are errors naming the key; keys left out keep their defaults. Earlier versions stay readable.</source>
        <translation>Validates a policy document and makes it the new active version (administrators only). Unknown keys, wrong types and values out of range are errors naming the key; keys left out keep their defaults. Earlier versions stay readable.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="71"/>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="75"/>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>%1 is not valid JSON: %2 at offset %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="81"/>
        <source>%1 must hold a JSON object of policy settings.</source>
        <translation>%1 must hold a JSON object of policy settings.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="87"/>
        <source>The policy is not valid:
%1</source>
        <translation>The policy is not valid:
%1</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="109"/>
        <source>Policy version %1 is now active.</source>
        <translation>Policy version %1 is now active.</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="16"/>
        <source>The default policy is missing from this build.</source>
        <translation>The default policy is missing from this build.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="34"/>
        <source>The case file has no threshold policy.</source>
        <translation>The case file has no threshold policy.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="42"/>
        <source>There is no policy version %1.</source>
        <translation>There is no policy version %1.</translation>
    </message>
</context>
<context>
    <name>PopulationBaseline</name>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="20"/>
        <source>Line %1 of the baseline: %2</source>
        <translation>Line %1 of the baseline: %2</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="33"/>
        <source>expected two columns, group and population, separated by a comma.</source>
        <translation>expected two columns, group and population, separated by a comma.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="43"/>
        <source>the first line must be the header &quot;group,population&quot;.</source>
        <translation>the first line must be the header &quot;group,population&quot;.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="49"/>
        <source>&quot;%1&quot; is not one of the five ONS 2021 high-level ethnic groups (%2).</source>
        <translation>&quot;%1&quot; is not one of the five ONS 2021 high-level ethnic groups (%2).</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="53"/>
        <source>the group &quot;%1&quot; is given twice.</source>
        <translation>the group &quot;%1&quot; is given twice.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="57"/>
        <source>the population of &quot;%1&quot; must be a whole number above zero, not &quot;%2&quot;.</source>
        <translation>the population of &quot;%1&quot; must be a whole number above zero, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="64"/>
        <source>The baseline is empty: it needs the header &quot;group,population&quot; and one row for each of the five ONS 2021 high-level ethnic groups.</source>
        <translation>The baseline is empty: it needs the header &quot;group,population&quot; and one row for each of the five ONS 2021 high-level ethnic groups.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="76"/>
        <source>The baseline has no row for: %1. Give one row for each of the five groups.</source>
        <translation>The baseline has no row for: %1. Give one row for each of the five groups.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="86"/>
        <source>Only an administrator can set the population baseline.</source>
        <translation>Only an administrator can set the population baseline.</translation>
    </message>
    <message>
        <location filename="../app/oversight/PopulationBaseline.cpp" line="89"/>
        <source>The baseline needs one row for each of the five groups.</source>
        <translation>The baseline needs one row for each of the five groups.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../app/workflow/Presence.cpp" line="61"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../app/workflow/Presence.cpp" line="64"/>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <location filename="../app/workflow/Presence.cpp" line="65"/>
        <source>%1 on %2, since %3</source>
        <translation>%1 on %2, since %3</translation>
    </message>
</context>
<context>
    <name>ProtectiveMarking</name>
    <message>
        <location filename="../app/workflow/ProtectiveMarking.cpp" line="24"/>
        <source>A protective marking is 1 to 60 characters.</source>
        <translation>A protective marking is 1 to 60 characters.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ProtectiveMarking.cpp" line="27"/>
        <source>Only an administrator can change the case file&apos;s protective marking.</source>
        <translation>Only an administrator can change the case file&apos;s protective marking.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="38"/>
        <source>Propose removal</source>
        <translation>Propose removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="39"/>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="65"/>
        <source>Select a nominal in a list first.</source>
        <translation>Select a nominal in a list first.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="47"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Removal of %1 proposed; it waits for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="62"/>
        <source>Withdraw removal proposal</source>
        <translation>Withdraw removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="78"/>
        <source>%1 has no removal proposal waiting.</source>
        <translation>%1 has no removal proposal waiting.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="83"/>
        <source>Withdraw your proposal to remove %1 (%2)?</source>
        <translation>Withdraw your proposal to remove %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="88"/>
        <source>The proposal to remove %1 was withdrawn.</source>
        <translation>The proposal to remove %1 was withdrawn.</translation>
    </message>
</context>
<context>
    <name>RecallCommand</name>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="27"/>
        <source>Print the pending notices as JSON.</source>
        <translation>Print the pending notices as JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="29"/>
        <source>Write each pending notice as a PDF in this folder (created when missing; files are never overwritten) and record it as issued.</source>
        <translation>Write each pending notice as a PDF in this folder (created when missing; files are never overwritten) and record it as issued.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="35"/>
        <source>Lists the pending recall notices: when a nominal is erased, restricted or corrected, every earlier disclosure that included them and is not confirmed destroyed owes its recipient a notice. With --out, writes each as a marked PDF naming the pack and the reference only, and records it as issued. Supervisors and administrators.</source>
        <translation>Lists the pending recall notices: when a nominal is erased, restricted or corrected, every earlier disclosure that included them and is not confirmed destroyed owes its recipient a notice. With --out, writes each as a marked PDF naming the pack and the reference only, and records it as issued. Supervisors and administrators.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="44"/>
        <source>Use either --json or --out DIR, not both.</source>
        <translation>Use either --json or --out DIR, not both.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecallCommand.cpp" line="46"/>
        <source>--out needs a folder.</source>
        <translation>--out needs a folder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecallCommand.cpp" line="57"/>
        <source>Issued %n recall notice(s).</source>
        <translation>
            <numerusform>Issued %n recall notice.</numerusform>
            <numerusform>Issued %n recall notices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecallCommand.cpp" line="82"/>
        <source>%n recall notice(s) pending.</source>
        <translation>
            <numerusform>%n recall notice pending.</numerusform>
            <numerusform>%n recall notices pending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallService</name>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="44"/>
        <source>The processing of the record with reference %1 has been restricted: it may no longer be used.</source>
        <translation>The processing of the record with reference %1 has been restricted: it may no longer be used.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="47"/>
        <source>Stop using the pack at once, destroy every copy of it (paper and electronic, including extracts), and confirm to the force that you have done so, quoting the pack identifier %1.</source>
        <translation>Stop using the pack at once, destroy every copy of it (paper and electronic, including extracts), and confirm to the force that you have done so, quoting the pack identifier %1.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="52"/>
        <source>The record with reference %1 has been corrected since the pack was supplied: what the pack says about it is out of date or wrong.</source>
        <translation>The record with reference %1 has been corrected since the pack was supplied: what the pack says about it is out of date or wrong.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="56"/>
        <source>Destroy every copy of the pages about reference %1 (paper and electronic, including extracts) and confirm to the force that you have done so, quoting the pack identifier %2. Ask the force for the corrected pages if you still need them for the agreed purpose.</source>
        <translation>Destroy every copy of the pages about reference %1 (paper and electronic, including extracts) and confirm to the force that you have done so, quoting the pack identifier %2. Ask the force for the corrected pages if you still need them for the agreed purpose.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="63"/>
        <source>The person with reference %1 has been removed from the list and their record erased. They must no longer be treated as being on the list.</source>
        <translation>The person with reference %1 has been removed from the list and their record erased. They must no longer be treated as being on the list.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="67"/>
        <source>Destroy every copy of the pack (paper and electronic, including extracts and notes taken from it) and confirm to the force that you have done so, quoting the pack identifier %1. Do not contact anyone about this notice.</source>
        <translation>Destroy every copy of the pack (paper and electronic, including extracts and notes taken from it) and confirm to the force that you have done so, quoting the pack identifier %1. Do not contact anyone about this notice.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="74"/>
        <source>Recall notice</source>
        <translation>Recall notice</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="76"/>
        <source>Data Protection Act 2018, section 48: notice to the recipient of a disclosure.</source>
        <translation>Data Protection Act 2018, section 48: notice to the recipient of a disclosure.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="83"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="84"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="85"/>
        <source>Supplied on</source>
        <translation>Supplied on</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="87"/>
        <source>Under agreement</source>
        <translation>Under agreement</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="88"/>
        <source>Reference concerned</source>
        <translation>Reference concerned</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="89"/>
        <source>Notice number</source>
        <translation>Notice number</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="92"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="94"/>
        <source>What you must do</source>
        <translation>What you must do</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="155"/>
        <source>Recall notice %1 for pack %2</source>
        <translation>Recall notice %1 for pack %2</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="161"/>
        <source>The recall notice could not be rendered.</source>
        <translation>The recall notice could not be rendered.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="203"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>Cannot create the folder %1. Choose a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="222"/>
        <source>Recall notice %1 is not pending; nothing was written.</source>
        <translation>Recall notice %1 is not pending; nothing was written.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="225"/>
        <source>%1 already exists; recall notices never overwrite a file. Choose another folder. Nothing was written.</source>
        <translation>%1 already exists; recall notices never overwrite a file. Choose another folder. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="244"/>
        <source>Cannot create %1: %2.</source>
        <translation>Cannot create %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="248"/>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/sharing/RecallService.cpp" line="252"/>
        <source>Recall notice %1 was issued meanwhile by someone else; nothing was recorded.</source>
        <translation>Recall notice %1 was issued meanwhile by someone else; nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="29"/>
        <source>A reference is 1 to 32 letters, digits, dashes, dots, slashes or underscores, like N-000123.</source>
        <translation>A reference is 1 to 32 letters, digits, dashes, dots, slashes or underscores, like N-000123.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="32"/>
        <source>Enter the surname.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <source>The surname is too long.</source>
        <translation type="vanished">The surname is too long.</translation>
    </message>
    <message>
        <source>The forenames are too long.</source>
        <translation type="vanished">The forenames are too long.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="46"/>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="49"/>
        <source>The date of birth is before 1900: check the year.</source>
        <translation>The date of birth is before 1900: check the year.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="53"/>
        <source>A harm score is a whole number from 0 to 100000, or left empty.</source>
        <translation>A harm score is a whole number from 0 to 100000, or left empty.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="55"/>
        <source>Enter the date the person was listed.</source>
        <translation>Enter the date the person was listed.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="57"/>
        <source>The listing date is in the future.</source>
        <translation>The listing date is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="60"/>
        <source>The listing date is before the date of birth.</source>
        <translation>The listing date is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="63"/>
        <source>The last review is in the future.</source>
        <translation>The last review is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="66"/>
        <source>The last review is before the listing date.</source>
        <translation>The last review is before the listing date.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="76"/>
        <source>Enter the originator: the unit, agency or source it came from.</source>
        <translation>Enter the originator: the unit, agency or source it came from.</translation>
    </message>
    <message>
        <source>The originator is too long.</source>
        <translation type="vanished">The originator is too long.</translation>
    </message>
    <message>
        <source>The reference is too long.</source>
        <translation type="vanished">The reference is too long.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="83"/>
        <source>Enter the date the intelligence was obtained.</source>
        <translation>Enter the date the intelligence was obtained.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="85"/>
        <source>The date obtained is in the future.</source>
        <translation>The date obtained is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="88"/>
        <source>Handling code C needs its conditions: say on what conditions it may be shared.</source>
        <translation>Handling code C needs its conditions: say on what conditions it may be shared.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="91"/>
        <source>Enter a short summary.</source>
        <translation>Enter a short summary.</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation type="vanished">The summary is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="19"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="33"/>
        <location filename="../app/workflow/RecordValidation.cpp" line="80"/>
        <source>The reference</source>
        <translation>The reference</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="35"/>
        <source>The surname</source>
        <translation>The surname</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="37"/>
        <source>The forenames</source>
        <translation>The forenames</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="39"/>
        <source>The gender</source>
        <translation>The gender</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="40"/>
        <source>The ethnicity</source>
        <translation>The ethnicity</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="42"/>
        <source>The area</source>
        <translation>The area</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="43"/>
        <source>The group</source>
        <translation>The group</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="78"/>
        <source>The originator</source>
        <translation>The originator</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="93"/>
        <source>The summary</source>
        <translation>The summary</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="95"/>
        <source>The handling conditions</source>
        <translation>The handling conditions</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="124"/>
        <source>Asian, Asian British or Asian Welsh: Bangladeshi</source>
        <translation>Asian, Asian British or Asian Welsh: Bangladeshi</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="125"/>
        <source>Asian, Asian British or Asian Welsh: Chinese</source>
        <translation>Asian, Asian British or Asian Welsh: Chinese</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="126"/>
        <source>Asian, Asian British or Asian Welsh: Indian</source>
        <translation>Asian, Asian British or Asian Welsh: Indian</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="127"/>
        <source>Asian, Asian British or Asian Welsh: Pakistani</source>
        <translation>Asian, Asian British or Asian Welsh: Pakistani</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="128"/>
        <source>Asian, Asian British or Asian Welsh: Other Asian</source>
        <translation>Asian, Asian British or Asian Welsh: Other Asian</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="129"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: African</source>
        <translation>Black, Black British, Black Welsh, Caribbean or African: African</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="130"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Caribbean</source>
        <translation>Black, Black British, Black Welsh, Caribbean or African: Caribbean</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="131"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Other Black</source>
        <translation>Black, Black British, Black Welsh, Caribbean or African: Other Black</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="132"/>
        <source>Mixed or Multiple ethnic groups: White and Asian</source>
        <translation>Mixed or Multiple ethnic groups: White and Asian</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="133"/>
        <source>Mixed or Multiple ethnic groups: White and Black African</source>
        <translation>Mixed or Multiple ethnic groups: White and Black African</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="134"/>
        <source>Mixed or Multiple ethnic groups: White and Black Caribbean</source>
        <translation>Mixed or Multiple ethnic groups: White and Black Caribbean</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="135"/>
        <source>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</source>
        <translation>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="136"/>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>White: English, Welsh, Scottish, Northern Irish or British</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="137"/>
        <source>White: Irish</source>
        <translation>White: Irish</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="138"/>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>White: Gypsy or Irish Traveller</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="139"/>
        <source>White: Roma</source>
        <translation>White: Roma</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="140"/>
        <source>White: Other White</source>
        <translation>White: Other White</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="141"/>
        <source>Other ethnic group: Arab</source>
        <translation>Other ethnic group: Arab</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="142"/>
        <source>Other ethnic group: Any other ethnic group</source>
        <translation>Other ethnic group: Any other ethnic group</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="143"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <source>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open.</source>
        <translation type="vanished">Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="17"/>
        <source>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open. The whole file is checked first; a damaged file is refused. The file is re-encrypted into a copy beside it, which replaces it when complete: it needs free space for one more copy.</source>
        <translation>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open. The whole file is checked first; a damaged file is refused. The file is re-encrypted into a copy beside it, which replaces it when complete: it needs free space for one more copy.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="31"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="34"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>The new passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="41"/>
        <source>The passphrase of %1 was changed.</source>
        <translation>The passphrase of %1 was changed.</translation>
    </message>
</context>
<context>
    <name>RemovalCommand</name>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="60"/>
        <source>The nominal&apos;s reference, e.g. N-000123.</source>
        <translation>The nominal&apos;s reference, e.g. N-000123.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="69"/>
        <source>--%1 is required.
Usage: corroborate-cli %2</source>
        <translation>--%1 is required.
Usage: corroborate-cli %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="77"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="87"/>
        <source>Reason code: %1.</source>
        <translation>Reason code: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="91"/>
        <source>Why (required for OTHER). Never copied into the audit log or the erasure register.</source>
        <translation>Why (required for OTHER). Never copied into the audit log or the erasure register.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="96"/>
        <source>Proposes removing a nominal (officers and supervisors). While the proposal is pending the nominal is restricted: left out of partner packs and extracts. One pending proposal per nominal (a second: exit 6). An unknown nominal or reason code, or OTHER without a note: exit 2.</source>
        <translation>Proposes removing a nominal (officers and supervisors). While the proposal is pending the nominal is restricted: left out of partner packs and extracts. One pending proposal per nominal (a second: exit 6). An unknown nominal or reason code, or OTHER without a note: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="109"/>
        <source>Proposed the removal of %1 (%2), request %3. It awaits a supervisor&apos;s sign-off; until then %1 is restricted.</source>
        <translation>Proposed the removal of %1 (%2), request %3. It awaits a supervisor&apos;s sign-off; until then %1 is restricted.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="123"/>
        <source>Approves a pending removal and erases the nominal (supervisors, never their own proposal: exit 3). CORROBORATE_PASSWORD is the supervisor&apos;s own password: it is checked again and opens their key, which signs the decision (request, reference, reason, proposer, approver, time, and the hash of the nominal&apos;s evaluation now). The erasure register keeps the signed decision. No pending proposal: exit 2.</source>
        <translation>Approves a pending removal and erases the nominal (supervisors, never their own proposal: exit 3). CORROBORATE_PASSWORD is the supervisor&apos;s own password: it is checked again and opens their key, which signs the decision (request, reference, reason, proposer, approver, time, and the hash of the nominal&apos;s evaluation now). The erasure register keeps the signed decision. No pending proposal: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="137"/>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="142"/>
        <source>Approved the removal of %1 and erased it. Erasure register entry %2, signed by %3.</source>
        <translation>Approved the removal of %1 and erased it. Erasure register entry %2, signed by %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="144"/>
        <source>Approved the removal of %1 (erasure register entry %2, signed by %3); its erasure is pending.</source>
        <translation>Approved the removal of %1 (erasure register entry %2, signed by %3); its erasure is pending.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="152"/>
        <source>Other nominals&apos; intelligence mentions the erased person; a reviewer should edit it (it was not changed):</source>
        <translation>Other nominals&apos; intelligence mentions the erased person; a reviewer should edit it (it was not changed):</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="167"/>
        <source>Why, for the proposer (required).</source>
        <translation>Why, for the proposer (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="171"/>
        <source>Rejects a pending removal with a note that goes back to the proposer (supervisors, never their own proposal: exit 3). No pending proposal: exit 2.</source>
        <translation>Rejects a pending removal with a note that goes back to the proposer (supervisors, never their own proposal: exit 3). No pending proposal: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="181"/>
        <source>Rejected the removal of %1; it is back with its proposer.</source>
        <translation>Rejected the removal of %1; it is back with its proposer.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="193"/>
        <source>Withdraws your own pending removal proposal (only the proposer: exit 3 for anyone else). No pending proposal: exit 2.</source>
        <translation>Withdraws your own pending removal proposal (only the proposer: exit 3 for anyone else). No pending proposal: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="202"/>
        <source>Withdrew the removal proposal for %1.</source>
        <translation>Withdrew the removal proposal for %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="210"/>
        <source>Print JSON (shape in RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</source>
        <translation>Print JSON (shape in RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="226"/>
        <source>Lists removals awaiting sign-off (&quot;overdue&quot; when pending longer than the policy&apos;s proposal_pending_alert_days), flagged nominals with no proposal for longer than flagged_without_proposal_alert_days, and rejected proposals returned to their proposers.</source>
        <translation>Lists removals awaiting sign-off (&quot;overdue&quot; when pending longer than the policy&apos;s proposal_pending_alert_days), flagged nominals with no proposal for longer than flagged_without_proposal_alert_days, and rejected proposals returned to their proposers.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="292"/>
        <source>Awaiting sign-off (%1):</source>
        <translation>Awaiting sign-off (%1):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="295"/>
        <source>proposed by %1 on %2, %n day(s) ago</source>
        <translation>
            <numerusform>proposed by %1 on %2, %n day ago</numerusform>
            <numerusform>proposed by %1 on %2, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="299"/>
        <source>OVERDUE (more than %n day(s))</source>
        <translation>
            <numerusform>OVERDUE (more than %n day)</numerusform>
            <numerusform>OVERDUE (more than %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="303"/>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="305"/>
        <source>Flagged with no removal proposal for more than %n day(s) (%1):</source>
        <translation>
            <numerusform>Flagged with no removal proposal for more than %n day (%1):</numerusform>
            <numerusform>Flagged with no removal proposal for more than %n days (%1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="311"/>
        <source>flagged since %1, %n day(s) without a proposal</source>
        <translation>
            <numerusform>flagged since %1, %n day without a proposal</numerusform>
            <numerusform>flagged since %1, %n days without a proposal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="316"/>
        <source>Rejected and returned to the proposer (%1):</source>
        <translation>Rejected and returned to the proposer (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="320"/>
        <source>proposed by %1, rejected by %2 on %3: %4</source>
        <translation>proposed by %1, rejected by %2 on %3: %4</translation>
    </message>
</context>
<context>
    <name>RemovalDecision</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="71"/>
        <source>the signed decision is not a JSON object</source>
        <translation>the signed decision is not a JSON object</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="75"/>
        <source>the signed decision is not a removal decision of format version %1</source>
        <translation>the signed decision is not a removal decision of format version %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="91"/>
        <source>the signed decision does not have exactly the expected fields</source>
        <translation>the signed decision does not have exactly the expected fields</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="107"/>
        <source>the signed decision is not in canonical form</source>
        <translation>the signed decision is not in canonical form</translation>
    </message>
</context>
<context>
    <name>RemovalRepository</name>
    <message>
        <location filename="../app/store/RemovalRepository.cpp" line="134"/>
        <source>The removal proposal was decided or changed by someone else meanwhile. Reload it and check its state.</source>
        <translation>The removal proposal was decided or changed by someone else meanwhile. Reload it and check its state.</translation>
    </message>
</context>
<context>
    <name>RemovalService</name>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="62"/>
        <source>Below the threshold under the current policy</source>
        <translation>Below the threshold under the current policy</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="64"/>
        <source>Recorded as a victim or as at risk, not as a suspected offender</source>
        <translation>Recorded as a victim or as at risk, not as a suspected offender</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="66"/>
        <source>Harm score of zero</source>
        <translation>Harm score of zero</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="68"/>
        <source>No longer necessary for a policing purpose</source>
        <translation>No longer necessary for a policing purpose</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="70"/>
        <source>Inaccurate: the person should not have been listed</source>
        <translation>Inaccurate: the person should not have been listed</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="72"/>
        <source>Erasure requested by the person</source>
        <translation>Erasure requested by the person</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="74"/>
        <source>Other reason (see the note)</source>
        <translation>Other reason (see the note)</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="75"/>
        <source>Unknown reason code %1</source>
        <translation>Unknown reason code %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="108"/>
        <source>%1 is not an enabled user of this case file.</source>
        <translation>%1 is not an enabled user of this case file.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="119"/>
        <source>%1 was erased on %2 (see the erasure register); there is nothing left to decide.</source>
        <translation>%1 was erased on %2 (see the erasure register); there is nothing left to decide.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="125"/>
        <source>There is no nominal with reference %1. Check the reference.</source>
        <translation>There is no nominal with reference %1. Check the reference.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="133"/>
        <source>There is no pending removal proposal for %1. Propose one first with &quot;removal propose&quot;.</source>
        <translation>There is no pending removal proposal for %1. Propose one first with &quot;removal propose&quot;.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="151"/>
        <source>%1 may not propose removals: that needs the Officer or Supervisor role.</source>
        <translation>%1 may not propose removals: that needs the Officer or Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="155"/>
        <source>&quot;%1&quot; is not a removal reason code. Use one of: %2.</source>
        <translation>&quot;%1&quot; is not a removal reason code. Use one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="159"/>
        <source>A removal for reason OTHER needs a note saying why.</source>
        <translation>A removal for reason OTHER needs a note saying why.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="161"/>
        <location filename="../app/workflow/RemovalService.cpp" line="234"/>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>The note is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="189"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3). Only one proposal per nominal can be pending.</source>
        <translation>A removal of %1 is already awaiting sign-off (proposed by %2 on %3). Only one proposal per nominal can be pending.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="211"/>
        <source>Only %1, who proposed the removal of %2, may withdraw it. A supervisor may reject it instead.</source>
        <translation>Only %1, who proposed the removal of %2, may withdraw it. A supervisor may reject it instead.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="228"/>
        <source>%1 may not reject removals: that needs the Supervisor role.</source>
        <translation>%1 may not reject removals: that needs the Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="232"/>
        <source>Rejecting a removal needs a note for the proposer saying why.</source>
        <translation>Rejecting a removal needs a note for the proposer saying why.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="242"/>
        <source>%1 proposed the removal of %2, so another supervisor must decide it. To take it back, withdraw it.</source>
        <translation>%1 proposed the removal of %2, so another supervisor must decide it. To take it back, withdraw it.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="262"/>
        <source>%1 may not approve removals: that needs the Supervisor role.</source>
        <translation>%1 may not approve removals: that needs the Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="269"/>
        <location filename="../app/workflow/RemovalService.cpp" line="294"/>
        <source>%1 proposed the removal of %2, so another supervisor must approve it.</source>
        <translation>%1 proposed the removal of %2, so another supervisor must approve it.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="278"/>
        <source>The password is not right. Approving a removal needs your own password again: it opens the key that signs the decision.</source>
        <translation>The password is not right. Approving a removal needs your own password again: it opens the key that signs the decision.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="284"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>The signing key of %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="304"/>
        <source>The evaluation of %1 has changed since it was shown to you (its intelligence, details or the policy changed). Review it again before deciding.</source>
        <translation>The evaluation of %1 has changed since it was shown to you (its intelligence, details or the policy changed). Review it again before deciding.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="337"/>
        <source>The signing key of %1 does not match their public key; nothing was erased. Report this fault.</source>
        <translation>The signing key of %1 does not match their public key; nothing was erased. Report this fault.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="372"/>
        <source>%1: intelligence item %2 (%3)</source>
        <translation>%1: intelligence item %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RestrictCommand</name>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="35"/>
        <source>The nominal&apos;s reference, e.g. N-000123.</source>
        <translation>The nominal&apos;s reference, e.g. N-000123.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="42"/>
        <source>Required: why (never copied into the audit log).</source>
        <translation>Required: why (never copied into the audit log).</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="53"/>
        <source>EVIDENCE (the data must be kept as evidence) or ACCURACY_CONTESTED (the person contests its accuracy and it cannot be settled).</source>
        <translation>EVIDENCE (the data must be kept as evidence) or ACCURACY_CONTESTED (the person contests its accuracy and it cannot be settled).</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="57"/>
        <source>The day it should be looked at again (after today); it is flagged once past.</source>
        <translation>The day it should be looked at again (after today); it is flagged once past.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="63"/>
        <source>Restricts a nominal&apos;s processing instead of erasing it (supervisors only; an officer: exit 3). While restricted it is out of the review queue and every pack (backups and subject access responses excepted) and cannot be proposed for removal or erased. Already restricted: exit 6; an unknown reference, a bad code or date: exit 2.</source>
        <translation>Restricts a nominal&apos;s processing instead of erasing it (supervisors only; an officer: exit 3). While restricted it is out of the review queue and every pack (backups and subject access responses excepted) and cannot be proposed for removal or erased. Already restricted: exit 6; an unknown reference, a bad code or date: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="79"/>
        <source>Restricted %1 until %2: %3.</source>
        <translation>Restricted %1 until %2: %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="93"/>
        <source>Lifts a nominal&apos;s restriction (supervisors only; an officer: exit 3). Not restricted: exit 2.</source>
        <translation>Lifts a nominal&apos;s restriction (supervisors only; an officer: exit 3). Not restricted: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="102"/>
        <source>Lifted the restriction of %1.</source>
        <translation>Lifted the restriction of %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="110"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="113"/>
        <source>Lists the restricted nominals with reason and date; those past their date are flagged.</source>
        <translation>Lists the restricted nominals with reason and date; those past their date are flagged.</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="138"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RestrictCommand.cpp" line="139"/>
        <source>PAST ITS DATE</source>
        <translation>PAST ITS DATE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RestrictCommand.cpp" line="141"/>
        <source>%n restricted nominal(s).</source>
        <translation>
            <numerusform>%n restricted nominal.</numerusform>
            <numerusform>%n restricted nominals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="40"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="42"/>
        <source>Propose removal</source>
        <translation>Propose removal</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="46"/>
        <source>Defer</source>
        <translation>Defer</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="61"/>
        <source>There is nobody to review in this session.</source>
        <translation>There is nobody to review in this session.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="62"/>
        <source>There is nobody to review in this session: every nominal chosen is restricted.</source>
        <translation>There is nobody to review in this session: every nominal chosen is restricted.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="106"/>
        <source>Say why you are deferring this review.</source>
        <translation>Say why you are deferring this review.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="107"/>
        <source>Say why you propose removing this person.</source>
        <translation>Say why you propose removing this person.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="111"/>
        <source>Only a nominal who meets the threshold can be retained. Propose removal or defer instead.</source>
        <translation>Only a nominal who meets the threshold can be retained. Propose removal or defer instead.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="117"/>
        <source>Choose a retain-until date after today and no later than %1.</source>
        <translation>Choose a retain-until date after today and no later than %1.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="126"/>
        <source>This nominal was removed by someone else while you were reviewing.</source>
        <translation>This nominal was removed by someone else while you were reviewing.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="132"/>
        <source>%1&apos;s record changed while you were reviewing it, and the threshold result is now different. Look at the threshold step again, then decide.</source>
        <translation>%1&apos;s record changed while you were reviewing it, and the threshold result is now different. Look at the threshold step again, then decide.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="169"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3).</source>
        <translation>A removal of %1 is already awaiting sign-off (proposed by %2 on %3).</translation>
    </message>
</context>
<context>
    <name>RightsRepository</name>
    <message>
        <location filename="../app/store/RightsRepository.cpp" line="130"/>
        <source>SAR-%1 was closed or changed by someone else meanwhile. List the requests again and check its state.</source>
        <translation>SAR-%1 was closed or changed by someone else meanwhile. List the requests again and check its state.</translation>
    </message>
    <message>
        <location filename="../app/store/RightsRepository.cpp" line="213"/>
        <source>The restriction was lifted by someone else meanwhile.</source>
        <translation>The restriction was lifted by someone else meanwhile.</translation>
    </message>
</context>
<context>
    <name>RightsService</name>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="34"/>
        <source>To avoid obstructing an official or legal inquiry, investigation or procedure</source>
        <translation>To avoid obstructing an official or legal inquiry, investigation or procedure</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="36"/>
        <source>To avoid prejudicing the prevention, detection, investigation or prosecution of criminal offences or the execution of criminal penalties</source>
        <translation>To avoid prejudicing the prevention, detection, investigation or prosecution of criminal offences or the execution of criminal penalties</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="39"/>
        <source>To protect public security</source>
        <translation>To protect public security</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="41"/>
        <source>To protect national security</source>
        <translation>To protect national security</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="43"/>
        <source>To protect the rights and freedoms of others</source>
        <translation>To protect the rights and freedoms of others</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="44"/>
        <location filename="../app/rights/RightsService.cpp" line="60"/>
        <source>Unknown reason code %1</source>
        <translation>Unknown reason code %1</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="57"/>
        <source>The data must be kept as evidence</source>
        <translation>The data must be kept as evidence</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="59"/>
        <source>The person contests its accuracy and it cannot be settled</source>
        <translation>The person contests its accuracy and it cannot be settled</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="73"/>
        <source>Answered in full</source>
        <translation>Answered in full</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="75"/>
        <source>Answered in part (some information withheld)</source>
        <translation>Answered in part (some information withheld)</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="77"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="107"/>
        <source>%1 is not an enabled user of this case file.</source>
        <translation>%1 is not an enabled user of this case file.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="110"/>
        <source>%1 may not restrict or lift a restriction: that needs the Supervisor role.</source>
        <translation>%1 may not restrict or lift a restriction: that needs the Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="115"/>
        <source>%1 may not do this: that needs the Officer or Supervisor role.</source>
        <translation>%1 may not do this: that needs the Officer or Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="126"/>
        <source>There is no nominal with reference %1. Check the reference.</source>
        <translation>There is no nominal with reference %1. Check the reference.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="133"/>
        <source>%1 needs a note saying why.</source>
        <translation>%1 needs a note saying why.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="135"/>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>The note is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="147"/>
        <source>Name the reference the request is about.</source>
        <translation>Name the reference the request is about.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="150"/>
        <source>The date the request was received is not a valid date (YYYY-MM-DD).</source>
        <translation>The date the request was received is not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="153"/>
        <source>The request cannot have been received after today (%1).</source>
        <translation>The request cannot have been received after today (%1).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="203"/>
        <source>There is no subject access request SAR-%1. List them with &quot;sar list&quot;.</source>
        <translation>There is no subject access request SAR-%1. List them with &quot;sar list&quot;.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="212"/>
        <source>&quot;%1&quot; is not a reason for withholding. Use one of: %2.</source>
        <translation>&quot;%1&quot; is not a reason for withholding. Use one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="219"/>
        <source>%1 is closed; nothing can be withheld from it.</source>
        <translation>%1 is closed; nothing can be withheld from it.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="225"/>
        <source>%1 is about a reference with nothing held; there is no item to withhold.</source>
        <translation>%1 is about a reference with nothing held; there is no item to withhold.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="240"/>
        <source>%1 has no intelligence item &quot;%2&quot;. Give the item&apos;s reference (e.g. an intelligence log number) or its number as shown in the app.</source>
        <translation>%1 has no intelligence item &quot;%2&quot;. Give the item&apos;s reference (e.g. an intelligence log number) or its number as shown in the app.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="267"/>
        <source>&quot;%1&quot; is not an outcome. Use one of: %2.</source>
        <translation>&quot;%1&quot; is not an outcome. Use one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="269"/>
        <source>Closing a request</source>
        <translation>Closing a request</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="273"/>
        <source>%1 was already closed on %2.</source>
        <translation>%1 was already closed on %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="306"/>
        <source>The statement is empty. Give the person&apos;s words.</source>
        <translation>The statement is empty. Give the person&apos;s words.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="309"/>
        <source>The statement is too long (%1 characters; at most %2).</source>
        <translation>The statement is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="341"/>
        <source>&quot;%1&quot; is not a reason for restriction. Use EVIDENCE or ACCURACY_CONTESTED.</source>
        <translation>&quot;%1&quot; is not a reason for restriction. Use EVIDENCE or ACCURACY_CONTESTED.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="346"/>
        <source>The date the restriction runs until is not a valid date (YYYY-MM-DD).</source>
        <translation>The date the restriction runs until is not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="349"/>
        <source>A restriction must run until a date after today (%1).</source>
        <translation>A restriction must run until a date after today (%1).</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="351"/>
        <source>A restriction</source>
        <translation>A restriction</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="357"/>
        <source>%1 is already restricted (%2) until %3. Lift that restriction first to change it.</source>
        <translation>%1 is already restricted (%2) until %3. Lift that restriction first to change it.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="385"/>
        <source>Lifting a restriction</source>
        <translation>Lifting a restriction</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="392"/>
        <source>%1 is not restricted; there is nothing to lift.</source>
        <translation>%1 is not restricted; there is nothing to lift.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="447"/>
        <source>%1 is restricted (%2) until %3, so it cannot be proposed for removal. A supervisor must lift the restriction first.</source>
        <translation>%1 is restricted (%2) until %3, so it cannot be proposed for removal. A supervisor must lift the restriction first.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="458"/>
        <source>%1 cannot be erased while subject access request %2 (received %3, due %4) is open: erasing data to prevent its disclosure is an offence (Data Protection Act 2018, section 173). The proposal waits until the request is closed.</source>
        <translation>%1 cannot be erased while subject access request %2 (received %3, due %4) is open: erasing data to prevent its disclosure is an offence (Data Protection Act 2018, section 173). The proposal waits until the request is closed.</translation>
    </message>
    <message>
        <location filename="../app/rights/RightsService.cpp" line="465"/>
        <source>%1 is restricted (%2) until %3, so it cannot be erased. A supervisor must lift the restriction first.</source>
        <translation>%1 is restricted (%2) until %3, so it cannot be erased. A supervisor must lift the restriction first.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../app/core/User.cpp" line="33"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../app/core/User.cpp" line="35"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../app/core/User.cpp" line="37"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SarCommand</name>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="47"/>
        <source>The request&apos;s identifier, e.g. SAR-3 (or 3).</source>
        <translation>The request&apos;s identifier, e.g. SAR-3 (or 3).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="58"/>
        <source>&quot;%1&quot; is not a request identifier (SAR-n).</source>
        <translation>&quot;%1&quot; is not a request identifier (SAR-n).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="67"/>
        <source>The reference the request is about, e.g. N-000123 (it need not be in the file).</source>
        <translation>The reference the request is about, e.g. N-000123 (it need not be in the file).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="71"/>
        <source>The day the request was received.</source>
        <translation>The day the request was received.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="74"/>
        <source>A note (never copied into the audit log).</source>
        <translation>A note (never copied into the audit log).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="79"/>
        <source>Records a subject access request and prints its identifier (SAR-n) alone on standard output. It is due subject_access_months calendar months after receipt (policy; default 1). A request about a reference not in the file is recorded with no personal details: its response says only that nothing is held. Officers and supervisors.</source>
        <translation>Records a subject access request and prints its identifier (SAR-n) alone on standard output. It is due subject_access_months calendar months after receipt (policy; default 1). A request about a reference not in the file is recorded with no personal details: its response says only that nothing is held. Officers and supervisors.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="96"/>
        <source>Opened %1 about %2; due %3.</source>
        <translation>Opened %1 about %2; due %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="98"/>
        <source>Opened %1; nothing is held about that reference; due %2.</source>
        <translation>Opened %1; nothing is held about that reference; due %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="107"/>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="110"/>
        <source>Lists the subject access requests with their due dates, days left and state; overdue ones are marked. --json prints objects with id, reference, received, due, days_left, state, overdue, held and outcome.</source>
        <translation>Lists the subject access requests with their due dates, days left and state; overdue ones are marked. --json prints objects with id, reference, received, due, days_left, state, overdue, held and outcome.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="145"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n day</numerusform>
            <numerusform>OVERDUE by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="146"/>
        <source>open, %n day(s) left</source>
        <translation>
            <numerusform>open, %n day left</numerusform>
            <numerusform>open, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="147"/>
        <source>closed: %1</source>
        <translation>closed: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="151"/>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="152"/>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="155"/>
        <source>(nothing held)</source>
        <translation>(nothing held)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="157"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="158"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="159"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="169"/>
        <source>The intelligence item: its reference (e.g. an intelligence log number) or its number in the app.</source>
        <translation>The intelligence item: its reference (e.g. an intelligence log number) or its number in the app.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="174"/>
        <source>Why (DPA 2018 s.45(4)): %1.</source>
        <translation>Why (DPA 2018 s.45(4)): %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="182"/>
        <source>Withholds an item from an open request&apos;s response, with a reason from the Data Protection Act 2018, section 45(4):%1</source>
        <translation>Withholds an item from an open request&apos;s response, with a reason from the Data Protection Act 2018, section 45(4):%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="193"/>
        <source>Withheld %n item(s) from the response to SAR-%1: %2.</source>
        <translation>
            <numerusform>Withheld %n item from the response to SAR-%1: %2.</numerusform>
            <numerusform>Withheld %n items from the response to SAR-%1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="206"/>
        <source>The PDF to write; an existing file is never overwritten (exit 6).</source>
        <translation>The PDF to write; an existing file is never overwritten (exit 6).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="211"/>
        <source>Writes the response to a request as a marked PDF: everything held on the person except the items withheld, every earlier disclosure that included them, the purposes, lawful basis and retention, and their rights. Never names a community source. Recorded as a disclosure to the person. Prints the response&apos;s identifier.</source>
        <translation>Writes the response to a request as a marked PDF: everything held on the person except the items withheld, every earlier disclosure that included them, the purposes, lawful basis and retention, and their rights. Never names a community source. Recorded as a disclosure to the person. Prints the response&apos;s identifier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SarCommand.cpp" line="229"/>
        <source>Wrote the response to %1 (%2, %n page(s)) to %3; recorded as disclosure %4.</source>
        <translation>
            <numerusform>Wrote the response to %1 (%2, %n page) to %3; recorded as disclosure %4.</numerusform>
            <numerusform>Wrote the response to %1 (%2, %n pages) to %3; recorded as disclosure %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="243"/>
        <source>full, partial or refused.</source>
        <translation>full, partial or refused.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="245"/>
        <source>Required: what was done.</source>
        <translation>Required: what was done.</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="249"/>
        <source>Closes a request with its outcome. While a request is open the person cannot be erased (DPA 2018 s.173).</source>
        <translation>Closes a request with its outcome. While a request is open the person cannot be erased (DPA 2018 s.173).</translation>
    </message>
    <message>
        <location filename="../app/cli/SarCommand.cpp" line="259"/>
        <source>Closed SAR-%1: %2.</source>
        <translation>Closed SAR-%1: %2.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="577"/>
        <source>Correct the file and read it again.</source>
        <translation>Correct the file and read it again.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="580"/>
        <source>the file is empty: there is no header row</source>
        <translation>the file is empty: there is no header row</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetConverter.cpp" line="581"/>
        <source>Choose the spreadsheet saved as CSV, with its header row.</source>
        <translation>Choose the spreadsheet saved as CSV, with its header row.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="174"/>
        <source>Leave row %1 out, or give the person a reference not yet in the case file.</source>
        <translation>Leave row %1 out, or give the person a reference not yet in the case file.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetMapping</name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="116"/>
        <source>The mapping is not a JSON object (%1 at offset %2).</source>
        <translation>The mapping is not a JSON object (%1 at offset %2).</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="118"/>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="134"/>
        <source>&quot;%1&quot; is not a mapping key; use one of: %2.</source>
        <translation>&quot;%1&quot; is not a mapping key; use one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="142"/>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>&quot;%1&quot; must be one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="157"/>
        <source>&quot;date_format&quot; must be a Qt date format such as &quot;dd/MM/yyyy&quot;.</source>
        <translation>&quot;date_format&quot; must be a Qt date format such as &quot;dd/MM/yyyy&quot;.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="168"/>
        <source>&quot;values&quot; must be an object: {FIELD: {SPREADSHEET VALUE: VALUE}}.</source>
        <translation>&quot;values&quot; must be an object: {FIELD: {SPREADSHEET VALUE: VALUE}}.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="173"/>
        <source>&quot;values&quot;: &quot;%1&quot; is not a field; use one of: %2.</source>
        <translation>&quot;values&quot;: &quot;%1&quot; is not a field; use one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="187"/>
        <source>&quot;two_digit_year_pivot&quot; must be a whole number from 0 to 99.</source>
        <translation>&quot;two_digit_year_pivot&quot; must be a whole number from 0 to 99.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="194"/>
        <source>&quot;left_out_rows&quot; must be a list of row numbers.</source>
        <translation>&quot;left_out_rows&quot; must be a list of row numbers.</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="199"/>
        <source>&quot;left_out_rows&quot;: every entry must be a data row number (2 or more).</source>
        <translation>&quot;left_out_rows&quot;: every entry must be a data row number (2 or more).</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetMapping.cpp" line="207"/>
        <source>&quot;columns&quot; must map &quot;reference&quot; to the column that holds each nominal&apos;s reference.</source>
        <translation>&quot;columns&quot; must map &quot;reference&quot; to the column that holds each nominal&apos;s reference.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetProblem</name>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="33"/>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="35"/>
        <source>, column &quot;%1&quot;</source>
        <translation>, column &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="37"/>
        <source>, value &quot;%1&quot;</source>
        <translation>, value &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spreadsheet/SpreadsheetImport.cpp" line="38"/>
        <source>%1: %2. What to do: %3</source>
        <translation>%1: %2. What to do: %3</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../app/store/SqlError.cpp" line="55"/>
        <source>The case file is in use by another copy of Corroborate and stayed busy. Try again when it has finished.</source>
        <translation>The case file is in use by another copy of Corroborate and stayed busy. Try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="60"/>
        <source>The case file is damaged (%1). Restore it from a backup.</source>
        <translation>The case file is damaged (%1). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="vanished">The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="24"/>
        <source>The disk holding the case file is full (or your quota is used up); nothing was saved. Free some space and try again.</source>
        <translation>The disk holding the case file is full (or your quota is used up); nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="27"/>
        <source>The case file has reached the largest file size allowed here (a file-size limit); nothing was saved. Raise the limit (ulimit -f) or move the file, then try again.</source>
        <translation>The case file has reached the largest file size allowed here (a file-size limit); nothing was saved. Raise the limit (ulimit -f) or move the file, then try again.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="31"/>
        <source>The case file is on a read-only file system; nothing was saved.</source>
        <translation>The case file is on a read-only file system; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="66"/>
        <source>The case file cannot be written (%1). Check its permissions.</source>
        <translation>The case file cannot be written (%1). Check its permissions.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="71"/>
        <source>The change conflicts with what is already in the case file (%1).</source>
        <translation>The change conflicts with what is already in the case file (%1).</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="76"/>
        <source>The disk reported an error during %1 (%2%3); nothing was saved. Check the disk, then try again.</source>
        <translation>The disk reported an error during %1 (%2%3); nothing was saved. Check the disk, then try again.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="83"/>
        <source>Database error during %1: %2 (code %3)</source>
        <translation>Database error during %1: %2 (code %3)</translation>
    </message>
</context>
<context>
    <name>StatementCommand</name>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="21"/>
        <source>The nominal&apos;s reference, e.g. N-000123.</source>
        <translation>The nominal&apos;s reference, e.g. N-000123.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="24"/>
        <source>The statement, in the person&apos;s own words.</source>
        <translation>The statement, in the person&apos;s own words.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="28"/>
        <source>Attaches the person&apos;s supplementary statement to their record (officers and supervisors). It is printed in every pack that includes them and in subject access responses. An unknown reference or an empty statement: exit 2.</source>
        <translation>Attaches the person&apos;s supplementary statement to their record (officers and supervisors). It is printed in every pack that includes them and in subject access responses. An unknown reference or an empty statement: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatementCommand.cpp" line="39"/>
        <source>Attached statement %1 to %2&apos;s record.</source>
        <translation>Attached statement %1 to %2&apos;s record.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessResponse</name>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="76"/>
        <source>The person the data is about (%1)</source>
        <translation>The person the data is about (%1)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="77"/>
        <source>Data Protection Act 2018, section 45 (right of access)</source>
        <translation>Data Protection Act 2018, section 45 (right of access)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="78"/>
        <source>Response to subject access request %1</source>
        <translation>Response to subject access request %1</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="118"/>
        <source>Subject access response %1 for %2 (%3)</source>
        <translation>Subject access response %1 for %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="125"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="130"/>
        <source>Response to a subject access request</source>
        <translation>Response to a subject access request</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="133"/>
        <source>SYNTHETIC DATA: every person in this document is invented, for testing and training.</source>
        <translation>SYNTHETIC DATA: every person in this document is invented, for testing and training.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="137"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="138"/>
        <source>About the reference</source>
        <translation>About the reference</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="139"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="140"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="141"/>
        <source>Response identifier</source>
        <translation>Response identifier</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="142"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="143"/>
        <source>Produced by</source>
        <translation>Produced by</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="144"/>
        <source>As at</source>
        <translation>As at</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="147"/>
        <source>Nothing is held</source>
        <translation>Nothing is held</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="148"/>
        <source>Corroborate, the system this force uses to keep and review its list of gang nominals, holds no personal data about the reference %1. Nobody with that reference is on the list, and nothing about them has been shared from it.</source>
        <translation>Corroborate, the system this force uses to keep and review its list of gang nominals, holds no personal data about the reference %1. Nobody with that reference is on the list, and nothing about them has been shared from it.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="153"/>
        <source>You asked whether we hold personal data about you and, if we do, for a copy. We do. This response holds all of it that we are able to give you, what it is used for, who it has been shared with, how long it is kept, and your rights. Each part starts on a new page.</source>
        <translation>You asked whether we hold personal data about you and, if we do, for a copy. We do. This response holds all of it that we are able to give you, what it is used for, who it has been shared with, how long it is kept, and your rights. Each part starts on a new page.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="158"/>
        <source>Some information held about you is not included, as the Data Protection Act 2018, section 45(4), allows where giving it would, for example, prejudice the prevention or detection of crime or harm the rights of others. You may complain about this to the Information Commissioner (see the last part).</source>
        <translation>Some information held about you is not included, as the Data Protection Act 2018, section 45(4), allows where giving it would, for example, prejudice the prevention or detection of crime or harm the rights of others. You may complain about this to the Information Commissioner (see the last part).</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="170"/>
        <source>The data held about you</source>
        <translation>The data held about you</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="171"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="173"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="174"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="175"/>
        <source>Forenames</source>
        <translation>Forenames</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="176"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="177"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="178"/>
        <source>Self-defined ethnicity</source>
        <translation>Self-defined ethnicity</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="179"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="180"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="181"/>
        <source>Harm score</source>
        <translation>Harm score</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="182"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="183"/>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="184"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="186"/>
        <source>How you are recorded</source>
        <translation>How you are recorded</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="188"/>
        <source>Whether you meet the rule for being on the list</source>
        <translation>Whether you meet the rule for being on the list</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="189"/>
        <source>The rule (threshold policy version %1): %2</source>
        <translation>The rule (threshold policy version %1): %2</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="194"/>
        <source>You meet the rule</source>
        <translation>You meet the rule</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="195"/>
        <source>You do not meet the rule: your removal from the list is due to be considered</source>
        <translation>You do not meet the rule: your removal from the list is due to be considered</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="198"/>
        <source>Checked on %1; independent qualifying sources: %2.</source>
        <translation>Checked on %1; independent qualifying sources: %2.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="203"/>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="210"/>
        <source>The use of your data is restricted (%1) until %2: it is kept, but not used or shared meanwhile.</source>
        <translation>The use of your data is restricted (%1) until %2: it is kept, but not used or shared meanwhile.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="217"/>
        <source>Intelligence about you</source>
        <translation>Intelligence about you</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="219"/>
        <source>No intelligence about you is included.</source>
        <translation>No intelligence about you is included.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="221"/>
        <source>Each piece of intelligence, with the date it was obtained, the kind of source, how it was graded (with what each grade means) and what it says. Community sources are never named.</source>
        <translation>Each piece of intelligence, with the date it was obtained, the kind of source, how it was graded (with what each grade means) and what it says. Community sources are never named.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="227"/>
        <source>Item and source</source>
        <translation>Item and source</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="228"/>
        <source>Grading (code: meaning)</source>
        <translation>Grading (code: meaning)</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="229"/>
        <source>What it indicates and summary</source>
        <translation>What it indicates and summary</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="233"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="235"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="240"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="252"/>
        <source>Reviews of your record</source>
        <translation>Reviews of your record</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="254"/>
        <source>Your record has not been reviewed yet.</source>
        <translation>Your record has not been reviewed yet.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="259"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="259"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="260"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="265"/>
        <source>Kept until %1</source>
        <translation>Kept until %1</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="272"/>
        <source>Your supplementary statements</source>
        <translation>Your supplementary statements</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="274"/>
        <source>You have not given a supplementary statement. You may: it will be attached to your record and printed with it.</source>
        <translation>You have not given a supplementary statement. You may: it will be attached to your record and printed with it.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="281"/>
        <source>Recorded %1:</source>
        <translation>Recorded %1:</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="285"/>
        <source>Who your data has been shared with</source>
        <translation>Who your data has been shared with</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="287"/>
        <source>Your data has not been shared from Corroborate.</source>
        <translation>Your data has not been shared from Corroborate.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="289"/>
        <source>Every time data about you left Corroborate (a printed or saved pack, or an export), it was recorded. Each is listed here.</source>
        <translation>Every time data about you left Corroborate (a printed or saved pack, or an export), it was recorded. Each is listed here.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="294"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="294"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="295"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="295"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="303"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="311"/>
        <source>Why the data is held, for how long, and your rights</source>
        <translation>Why the data is held, for how long, and your rights</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="312"/>
        <source>Purposes and lawful basis</source>
        <translation>Purposes and lawful basis</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="313"/>
        <source>Purposes: preventing and detecting crime, and protecting people at risk of gang-related violence (law enforcement purposes, Data Protection Act 2018, Part 3, section 31).</source>
        <translation>Purposes: preventing and detecting crime, and protecting people at risk of gang-related violence (law enforcement purposes, Data Protection Act 2018, Part 3, section 31).</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="316"/>
        <source>Lawful basis: the processing is necessary for a task carried out for those purposes by a competent authority, the police (Data Protection Act 2018, section 35(2)(b)); details such as ethnicity are sensitive and are processed only as section 35(5) and Schedule 8 allow.</source>
        <translation>Lawful basis: the processing is necessary for a task carried out for those purposes by a competent authority, the police (Data Protection Act 2018, section 35(2)(b)); details such as ethnicity are sensitive and are processed only as section 35(5) and Schedule 8 allow.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="320"/>
        <source>How long it is kept</source>
        <translation>How long it is kept</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="321"/>
        <source>A record is reviewed at least every %n day(s). Intelligence counts only while it is recent (obtained within the last %1 months). Someone who no longer meets the rule is proposed for removal and, once a supervisor approves, their data is erased from the file.</source>
        <translation>
            <numerusform>A record is reviewed at least every %n day. Intelligence counts only while it is recent (obtained within the last %1 months). Someone who no longer meets the rule is proposed for removal and, once a supervisor approves, their data is erased from the file.</numerusform>
            <numerusform>A record is reviewed at least every %n days. Intelligence counts only while it is recent (obtained within the last %1 months). Someone who no longer meets the rule is proposed for removal and, once a supervisor approves, their data is erased from the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="329"/>
        <source>Your record&apos;s next review is due on %1.</source>
        <translation>Your record&apos;s next review is due on %1.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="331"/>
        <source>the first working day possible</source>
        <translation>the first working day possible</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="333"/>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="336"/>
        <source>Rectification (Data Protection Act 2018, section 46): you may ask us to correct data about you that is inaccurate, or to complete it; you may also give a supplementary statement to be kept with your record.</source>
        <translation>Rectification (Data Protection Act 2018, section 46): you may ask us to correct data about you that is inaccurate, or to complete it; you may also give a supplementary statement to be kept with your record.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="339"/>
        <source>Erasure (section 47): you may ask us to erase data about you that we should not be processing.</source>
        <translation>Erasure (section 47): you may ask us to erase data about you that we should not be processing.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="341"/>
        <source>Restriction (section 47): instead of erasure, the use of your data may be restricted, for example while its accuracy is contested or where it must be kept as evidence.</source>
        <translation>Restriction (section 47): instead of erasure, the use of your data may be restricted, for example while its accuracy is contested or where it must be kept as evidence.</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="344"/>
        <source>Complaint: you may complain to the Information Commissioner&apos;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; telephone 0303 123 1113; ico.org.uk (section 165). You may also apply to a court (section 167).</source>
        <translation>Complaint: you may complain to the Information Commissioner&apos;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF; telephone 0303 123 1113; ico.org.uk (section 165). You may also apply to a court (section 167).</translation>
    </message>
    <message>
        <location filename="../app/rights/SubjectAccessResponse.cpp" line="349"/>
        <source>To use any of these rights, write to the force&apos;s data protection officer, quoting %1.</source>
        <translation>To use any of these rights, write to the force&apos;s data protection officer, quoting %1.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../app/core/Time.cpp" line="69"/>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../app/core/Time.cpp" line="70"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="22"/>
        <source>The new user name.</source>
        <translation>The new user name.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="24"/>
        <source>A role: officer, supervisor or administrator (repeat for several).</source>
        <translation>A role: officer, supervisor or administrator (repeat for several).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="27"/>
        <source>Display name.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="31"/>
        <source>Adds a user (administrators only). The new user&apos;s password comes from CORROBORATE_NEW_PASSWORD.</source>
        <translation>Adds a user (administrators only). The new user&apos;s password comes from CORROBORATE_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="36"/>
        <location filename="../app/cli/UserCommands.cpp" line="99"/>
        <location filename="../app/cli/UserCommands.cpp" line="128"/>
        <source>--username U is required.</source>
        <translation>--username U is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="42"/>
        <source>Unknown role &quot;%1&quot;: use officer, supervisor or administrator.</source>
        <translation>Unknown role &quot;%1&quot;: use officer, supervisor or administrator.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="48"/>
        <source>At least one --role is required.</source>
        <translation>At least one --role is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="56"/>
        <source>Password for the new user %1</source>
        <translation>Password for the new user %1</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="64"/>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="72"/>
        <source>Lists the users of a case file with their roles.</source>
        <translation>Lists the users of a case file with their roles.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="90"/>
        <source>The user to disable.</source>
        <translation>The user to disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="93"/>
        <source>Disables a user (administrators only). Users are never deleted: the audit log refers to them. The last administrator cannot be disabled.</source>
        <translation>Disables a user (administrators only). Users are never deleted: the audit log refers to them. The last administrator cannot be disabled.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="109"/>
        <source>Disabled %1.</source>
        <translation>Disabled %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="117"/>
        <source>The user name to unlock.</source>
        <translation>The user name to unlock.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="120"/>
        <source>Releases a user name locked after %1 failed sign-ins in a row (administrators only). Without it the lock ends by itself after %2 minutes. The release is logged.</source>
        <translation>Releases a user name locked after %1 failed sign-ins in a row (administrators only). Without it the lock ends by itself after %2 minutes. The release is logged.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="143"/>
        <source>Unlocked sign-in for %1.</source>
        <translation>Unlocked sign-in for %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="144"/>
        <source>Sign-in for %1 was not locked; its count of failed sign-ins was cleared.</source>
        <translation>Sign-in for %1 was not locked; its count of failed sign-ins was cleared.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="18"/>
        <source>Checks the case file: every page&apos;s authentication, the database&apos;s integrity, the audit log&apos;s hash chain, and every signed removal decision. Needs only the passphrase; writes nothing. Exit code 5 when anything fails.</source>
        <translation>Checks the case file: every page&apos;s authentication, the database&apos;s integrity, the audit log&apos;s hash chain, and every signed removal decision. Needs only the passphrase; writes nothing. Exit code 5 when anything fails.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="28"/>
        <source>ok      </source>
        <translation>ok      </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="28"/>
        <source>FAILED  </source>
        <translation>FAILED  </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="35"/>
        <source>Verification failed.</source>
        <translation>Verification failed.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="38"/>
        <source>The case file verified.</source>
        <translation>The case file verified.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../app/core/Enums.cpp" line="95"/>
        <source>Suspected offender</source>
        <translation>Suspected offender</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="97"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="99"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="108"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="110"/>
        <source>Partner agency</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="112"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="121"/>
        <source>Gang membership</source>
        <translation>Gang membership</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="123"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="125"/>
        <source>Victimisation</source>
        <translation>Victimisation</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="127"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>corroborate::ui</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="50"/>
        <source> (age %1: juvenile)</source>
        <translation> (age %1: juvenile)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="50"/>
        <source> (age %1)</source>
        <translation> (age %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="54"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="55"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="55"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="59"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Ethnicity (self-defined)</source>
        <translation>Ethnicity (self-defined)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="57"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="58"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="59"/>
        <source>Harm score</source>
        <translation>Harm score</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="60"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="61"/>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="62"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="103"/>
        <source>Independent qualifying sources: %1 (the policy needs %2).</source>
        <translation>Independent qualifying sources: %1 (the policy needs %2).</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="109"/>
        <source>Review was due on %1: overdue.</source>
        <translation>Review was due on %1: overdue.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="110"/>
        <source>Next review due on %1.</source>
        <translation>Next review due on %1.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="112"/>
        <source>No listing or review date: the review is overdue.</source>
        <translation>No listing or review date: the review is overdue.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="115"/>
        <source>Evaluated on %1 under policy version %2.</source>
        <translation>Evaluated on %1 under policy version %2.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AboutDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="135"/>
        <source>About Corroborate</source>
        <translation>About Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="145"/>
        <source>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Review of gang-list nominals: nobody stays on the list without recent, graded intelligence from more than one independent source.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Review of gang-list nominals: nobody stays on the list without recent, graded intelligence from more than one independent source.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="151"/>
        <source>(open a case file to see it)</source>
        <translation>(open a case file to see it)</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AgreementDialog</name>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="23"/>
        <source>Amend %1</source>
        <translation>Amend %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="24"/>
        <source>New information-sharing agreement</source>
        <translation>New information-sharing agreement</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="28"/>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="31"/>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="34"/>
        <source>Permitted purposes, one a line</source>
        <translation>Permitted purposes, one a line</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="39"/>
        <source>Retention at the recipient, in days</source>
        <translation>Retention at the recipient, in days</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="41"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="45"/>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="50"/>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="69"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="70"/>
        <source>Lawful &amp;basis:</source>
        <translation>Lawful &amp;basis:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="71"/>
        <source>P&amp;urposes (one a line):</source>
        <translation>P&amp;urposes (one a line):</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="72"/>
        <source>&amp;Retention at the recipient:</source>
        <translation>&amp;Retention at the recipient:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="73"/>
        <source>In force &amp;from:</source>
        <translation>In force &amp;from:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementDialog.cpp" line="74"/>
        <source>In force &amp;until:</source>
        <translation>In force &amp;until:</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AgreementsView</name>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="30"/>
        <location filename="../ui/sharing/AgreementsView.cpp" line="36"/>
        <source>Information-sharing agreements</source>
        <translation>Information-sharing agreements</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="31"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="31"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="31"/>
        <location filename="../ui/sharing/AgreementsView.cpp" line="89"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="31"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="32"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="32"/>
        <source>Keep for</source>
        <translation>Keep for</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="32"/>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="33"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="33"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="33"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="34"/>
        <source>Information-sharing &amp;agreements</source>
        <translation>Information-sharing &amp;agreements</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="46"/>
        <source>&amp;Add agreement…</source>
        <translation>&amp;Add agreement…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="48"/>
        <source>Add an information-sharing agreement</source>
        <translation>Add an information-sharing agreement</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="49"/>
        <source>A&amp;mend…</source>
        <translation>A&amp;mend…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="51"/>
        <source>Amend the selected agreement (a new version)</source>
        <translation>Amend the selected agreement (a new version)</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="52"/>
        <source>&amp;End today…</source>
        <translation>&amp;End today…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="54"/>
        <source>End the selected agreement today</source>
        <translation>End the selected agreement today</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="91"/>
        <source>Ended %1</source>
        <translation>Ended %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="92"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="93"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/AgreementsView.cpp" line="97"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="101"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/AgreementsView.cpp" line="105"/>
        <source>%n agreement(s), %1 in force today. A partner pack goes under an agreement in force and one of its purposes.</source>
        <translation>
            <numerusform>%n agreement, %1 in force today. A partner pack goes under an agreement in force and one of its purposes.</numerusform>
            <numerusform>%n agreements, %1 in force today. A partner pack goes under an agreement in force and one of its purposes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="109"/>
        <source>Could not read the agreements: %1</source>
        <translation>Could not read the agreements: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/AgreementsView.cpp" line="134"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="170"/>
        <source>Recorded %1 with %2.</source>
        <translation>Recorded %1 with %2.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="171"/>
        <source>Amended %1 (version %2).</source>
        <translation>Amended %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="191"/>
        <location filename="../ui/sharing/AgreementsView.cpp" line="202"/>
        <source>End agreement</source>
        <translation>End agreement</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="192"/>
        <source>End %1 with %2 today? No partner pack can be made under it from today. Packs already sent keep their destroy-by dates.</source>
        <translation>End %1 with %2 today? No partner pack can be made under it from today. Packs already sent keep their destroy-by dates.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/AgreementsView.cpp" line="198"/>
        <source>%1 ended.</source>
        <translation>%1 ended.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/SharingExtension.cpp" line="89"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="37"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="39"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="41"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="45"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="47"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="49"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="65"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="67"/>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="69"/>
        <source>Sign-in locked</source>
        <translation>Sign-in locked</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="71"/>
        <source>Sign-in unlocked</source>
        <translation>Sign-in unlocked</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="73"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="75"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="77"/>
        <source>Looked at</source>
        <translation>Looked at</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="79"/>
        <source>Disclosed</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="81"/>
        <source>User administration</source>
        <translation>User administration</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="83"/>
        <source>Policy change</source>
        <translation>Policy change</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="85"/>
        <source>Case file administration</source>
        <translation>Case file administration</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="87"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="89"/>
        <source>Removal</source>
        <translation>Removal</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="91"/>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="93"/>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AuditLogView</name>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="21"/>
        <source>Only entries about a record: N-000123, user:name…</source>
        <translation>Only entries about a record: N-000123, user:name…</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="23"/>
        <source>Filter by record</source>
        <translation>Filter by record</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="24"/>
        <source>Rec&amp;ord:</source>
        <translation>Rec&amp;ord:</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="29"/>
        <source>Every sign-in, look, change, disclosure and erasure, newest first. The log holds references, never a person&apos;s details.</source>
        <translation>Every sign-in, look, change, disclosure and erasure, newest first. The log holds references, never a person&apos;s details.</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="46"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/AuditLogView.cpp" line="83"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corroborate::ui::Banner</name>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="21"/>
        <source>SYNTHETIC DEMONSTRATION DATA — every person in this file is invented</source>
        <translation>SYNTHETIC DEMONSTRATION DATA — every person in this file is invented</translation>
    </message>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="22"/>
        <source>Synthetic data notice</source>
        <translation>Synthetic data notice</translation>
    </message>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="25"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ConflictReload</name>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="18"/>
        <source>Appl&amp;y mine again</source>
        <translation>Appl&amp;y mine again</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="21"/>
        <source>Put your values back over the saved record</source>
        <translation>Put your values back over the saved record</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="45"/>
        <source>Reloaded the saved record; it holds the same values as yours.</source>
        <translation>Reloaded the saved record; it holds the same values as yours.</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="48"/>
        <source>Reloaded the saved record. Where yours differ:</source>
        <translation>Reloaded the saved record. Where yours differ:</translation>
    </message>
    <message>
        <location filename="../ui/edit/ConflictReload.cpp" line="54"/>
        <source>Check the saved values; choose “Apply mine again” to put yours back, then Save.</source>
        <translation>Check the saved values; choose “Apply mine again” to put yours back, then Save.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::CreatePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="349"/>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="355"/>
        <source>Case file passphrase</source>
        <translation>Case file passphrase</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="357"/>
        <source>Case file passphrase again</source>
        <translation>Case file passphrase again</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="360"/>
        <source>Administrator&apos;s user name</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="363"/>
        <source>Administrator&apos;s display name</source>
        <translation>Administrator&apos;s display name</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="365"/>
        <source>Administrator&apos;s password</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="367"/>
        <source>Administrator&apos;s password again</source>
        <translation>Administrator&apos;s password again</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="368"/>
        <source>Case &amp;passphrase:</source>
        <translation>Case &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="369"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Passphrase a&amp;gain:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="370"/>
        <source>Your &amp;user name:</source>
        <translation>Your &amp;user name:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="371"/>
        <source>Your &amp;display name:</source>
        <translation>Your &amp;display name:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="372"/>
        <source>Your pass&amp;word:</source>
        <translation>Your pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="373"/>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="375"/>
        <source>You become the file&apos;s first administrator. The passphrase unlocks the file; your password is your own. Neither can be recovered if lost.</source>
        <translation>You become the file&apos;s first administrator. The passphrase unlocks the file; your password is your own. Neither can be recovered if lost.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="393"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="394"/>
        <source>Cr&amp;eate</source>
        <translation>Cr&amp;eate</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="411"/>
        <source>Creating %1.</source>
        <translation>Creating %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="425"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>The passphrase needs at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="427"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="434"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="449"/>
        <source>Creating the case file…</source>
        <translation>Creating the case file…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DecisionDialog</name>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="40"/>
        <source>waiting for a supervisor</source>
        <translation>waiting for a supervisor</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="42"/>
        <source>rejected by %1 on %2</source>
        <translation>rejected by %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="45"/>
        <source>withdrawn by %1 on %2</source>
        <translation>withdrawn by %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="48"/>
        <source>approved by %1 on %2</source>
        <translation>approved by %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="63"/>
        <source>Decide on the removal of %1</source>
        <translation>Decide on the removal of %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="67"/>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="77"/>
        <source>Evaluation, proposal and history of %1</source>
        <translation>Evaluation, proposal and history of %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="82"/>
        <source>Approve: erase this person</source>
        <translation>Approve: erase this person</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="86"/>
        <source>Your password, to sign the approval</source>
        <translation>Your password, to sign the approval</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="89"/>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="92"/>
        <source>&amp;Approve and erase</source>
        <translation>&amp;Approve and erase</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="94"/>
        <source>Approve the removal and erase the person</source>
        <translation>Approve the removal and erase the person</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="97"/>
        <source>Approval signs your decision with your own key and erases the nominal, their intelligence and reviews at once. It cannot be undone.</source>
        <translation>Approval signs your decision with your own key and erases the nominal, their intelligence and reviews at once. It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="108"/>
        <source>Reject: send it back to the proposer</source>
        <translation>Reject: send it back to the proposer</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="111"/>
        <source>Note for the proposer, required to reject</source>
        <translation>Note for the proposer, required to reject</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="114"/>
        <source>&amp;Note for the proposer (required):</source>
        <translation>&amp;Note for the proposer (required):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="116"/>
        <source>&amp;Reject with note</source>
        <translation>&amp;Reject with note</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="118"/>
        <source>Reject the proposal with the note</source>
        <translation>Reject the proposal with the note</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="132"/>
        <source>Close without deciding</source>
        <translation>Close without deciding</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="188"/>
        <source>Deciding a removal proposal</source>
        <translation>Deciding a removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="213"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="226"/>
        <source>%1 has no proposal waiting for a decision.</source>
        <translation>%1 has no proposal waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="229"/>
        <source>You proposed this removal, so you may not approve it: another supervisor must. You can still reject it with a note.</source>
        <translation>You proposed this removal, so you may not approve it: another supervisor must. You can still reject it with a note.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="253"/>
        <source>The proposal</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="257"/>
        <source>Proposed by %1 on %2.</source>
        <translation>Proposed by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="258"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="260"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="261"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="263"/>
        <source>No proposal is waiting.</source>
        <translation>No proposal is waiting.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="268"/>
        <source>Evaluation today (policy version %1, %2)</source>
        <translation>Evaluation today (policy version %1, %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/DecisionDialog.cpp" line="276"/>
        <source>%n independent qualifying source(s)</source>
        <translation>
            <numerusform>%n independent qualifying source</numerusform>
            <numerusform>%n independent qualifying sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="287"/>
        <source>Intelligence</source>
        <translation>Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="290"/>
        <source>No intelligence recorded.</source>
        <translation>No intelligence recorded.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="294"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="294"/>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="294"/>
        <source>Provider / originator</source>
        <translation>Provider / originator</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="295"/>
        <source>Grading</source>
        <translation>Grading</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="295"/>
        <source>Indicates</source>
        <translation>Indicates</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="295"/>
        <source>Counts?</source>
        <translation>Counts?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="306"/>
        <source>not evaluated</source>
        <translation>not evaluated</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="308"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="314"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="334"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="338"/>
        <source>%1: removal proposed by %2 (%3) — %4</source>
        <translation>%1: removal proposed by %2 (%3) — %4</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="342"/>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="347"/>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="348"/>
        <source>removal proposed</source>
        <translation>removal proposed</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="349"/>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="351"/>
        <source>%1: reviewed by %2, %3</source>
        <translation>%1: reviewed by %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="357"/>
        <source>No earlier reviews or proposals.</source>
        <translation>No earlier reviews or proposals.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="365"/>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="391"/>
        <source>Enter your own password to sign the approval.</source>
        <translation>Enter your own password to sign the approval.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="420"/>
        <source>Checking your password and erasing…</source>
        <translation>Checking your password and erasing…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="449"/>
        <source>Write a note for the proposer saying why the proposal is rejected.</source>
        <translation>Write a note for the proposer saying why the proposal is rejected.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="72"/>
        <source>Restricted until %1: %2. Out of the review queue and every pack; cannot be proposed for removal.</source>
        <translation>Restricted until %1: %2. Out of the review queue and every pack; cannot be proposed for removal.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="80"/>
        <source>The person&apos;s statement:</source>
        <translation>The person&apos;s statement:</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="131"/>
        <source>Choose a nominal in the list to see their record.</source>
        <translation>Choose a nominal in the list to see their record.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="139"/>
        <source>Record of the selected nominal</source>
        <translation>Record of the selected nominal</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="155"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="161"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="343"/>
        <source>Threshold result</source>
        <translation>Threshold result</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="164"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="169"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="173"/>
        <source>Intelligence</source>
        <translation>Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="183"/>
        <source>No intelligence recorded.</source>
        <translation>No intelligence recorded.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="187"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="193"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="344"/>
        <source>Review history</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="196"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="202"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="345"/>
        <source>Who looked at or changed this record</source>
        <translation>Who looked at or changed this record</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="271"/>
        <source>juvenile (under 18)</source>
        <translation>juvenile (under 18)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="273"/>
        <source>Nominal %1</source>
        <translation>Nominal %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="278"/>
        <source>A removal proposal is waiting for a supervisor.</source>
        <translation>A removal proposal is waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="304"/>
        <source>No reviews recorded.</source>
        <translation>No reviews recorded.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="308"/>
        <source>%1 by %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="310"/>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="311"/>
        <source>removal proposed</source>
        <translation>removal proposed</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="312"/>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="314"/>
        <source> until %1</source>
        <translation> until %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="317"/>
        <source> (policy %1)</source>
        <translation> (policy %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="334"/>
        <source>Nobody yet.</source>
        <translation>Nobody yet.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DisclosuresView</name>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="35"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="37"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="38"/>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="49"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="57"/>
        <location filename="../ui/sharing/SharingExtension.cpp" line="74"/>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="50"/>
        <source>Pack or export</source>
        <translation>Pack or export</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="50"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="50"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="51"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="51"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="51"/>
        <source>Nominals</source>
        <translation>Nominals</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="52"/>
        <source>Destroy by</source>
        <translation>Destroy by</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="52"/>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="53"/>
        <source>Supplied</source>
        <translation>Supplied</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="54"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="54"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="54"/>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="55"/>
        <source>&amp;Disclosures</source>
        <translation>&amp;Disclosures</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="62"/>
        <source>&amp;Confirm destruction…</source>
        <translation>&amp;Confirm destruction…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="64"/>
        <source>Record that the recipient confirmed destroying the selected disclosure</source>
        <translation>Record that the recipient confirmed destroying the selected disclosure</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="67"/>
        <source>Pending &amp;recall notices</source>
        <translation>Pending &amp;recall notices</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="69"/>
        <source>Pending recall notices</source>
        <translation>Pending recall notices</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="74"/>
        <source>&amp;Issue recall notice…</source>
        <translation>&amp;Issue recall notice…</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="76"/>
        <source>Save the selected recall notice as a PDF and record it as issued</source>
        <translation>Save the selected recall notice as a PDF and record it as issued</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="129"/>
        <source>Confirmed %1 by %2: %3</source>
        <translation>Confirmed %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="133"/>
        <source>OVERDUE: not confirmed</source>
        <translation>OVERDUE: not confirmed</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="135"/>
        <source>Not yet confirmed</source>
        <translation>Not yet confirmed</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="140"/>
        <source>(internal)</source>
        <translation>(internal)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/DisclosuresView.cpp" line="165"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="212"/>
        <source>%n disclosure(s) recorded.</source>
        <translation>
            <numerusform>%n disclosure recorded.</numerusform>
            <numerusform>%n disclosures recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/DisclosuresView.cpp" line="167"/>
        <source>%n past the destroy-by date without a confirmation of destruction (listed first): ask the recipients.</source>
        <translation>
            <numerusform>%n past the destroy-by date without a confirmation of destruction (listed first): ask the recipients.</numerusform>
            <numerusform>%n past the destroy-by date without a confirmation of destruction (listed first): ask the recipients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="170"/>
        <source>None is overdue.</source>
        <translation>None is overdue.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="171"/>
        <source>Could not read the disclosures: %1</source>
        <translation>Could not read the disclosures: %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="176"/>
        <source>No recall notice is pending.</source>
        <translation>No recall notice is pending.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sharing/DisclosuresView.cpp" line="177"/>
        <source>%n recall notice(s) to issue: a nominal in an earlier disclosure was erased, restricted or corrected (Data Protection Act 2018, s.48).</source>
        <translation>
            <numerusform>%n recall notice to issue: a nominal in an earlier disclosure was erased, restricted or corrected (Data Protection Act 2018, s.48).</numerusform>
            <numerusform>%n recall notices to issue: a nominal in an earlier disclosure was erased, restricted or corrected (Data Protection Act 2018, s.48).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="230"/>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="244"/>
        <source>Confirm destruction</source>
        <translation>Confirm destruction</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="231"/>
        <source>How did %1 confirm destroying %2? This is recorded with today&apos;s date.</source>
        <translation>How did %1 confirm destroying %2? This is recorded with today&apos;s date.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="233"/>
        <source>Email from the recipient: every copy destroyed</source>
        <translation>Email from the recipient: every copy destroyed</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="234"/>
        <source>Letter from the recipient: shredded</source>
        <translation>Letter from the recipient: shredded</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="234"/>
        <source>Seen destroyed in person</source>
        <translation>Seen destroyed in person</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="239"/>
        <source>Recorded that %1 was destroyed.</source>
        <translation>Recorded that %1 was destroyed.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="256"/>
        <source>Save recall notice as PDF</source>
        <translation>Save recall notice as PDF</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="259"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="274"/>
        <source>Recall notice issued</source>
        <translation>Recall notice issued</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="275"/>
        <source>Saved recall notice %1 for %2 to %3 and recorded it as issued. Send it to %4.</source>
        <translation>Saved recall notice %1 for %2 to %3 and recorded it as issued. Send it to %4.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/DisclosuresView.cpp" line="270"/>
        <source>Recall notice not issued</source>
        <translation>Recall notice not issued</translation>
    </message>
    <message>
        <location filename="../ui/sharing/SharingExtension.cpp" line="45"/>
        <location filename="../ui/sharing/SharingExtension.cpp" line="82"/>
        <source>Overdue disclosures: %1</source>
        <translation>Overdue disclosures: %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ErasureRegisterModel</name>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="259"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="261"/>
        <source>pack saved as PDF</source>
        <translation>pack saved as PDF</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="263"/>
        <source>printed pack</source>
        <translation>printed pack</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="271"/>
        <source>%1 · %2 · to %3</source>
        <translation>%1 · %2 · to %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="273"/>
        <source>(no recipient recorded)</source>
        <translation>(no recipient recorded)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="309"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="309"/>
        <source>NOT valid</source>
        <translation>NOT valid</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="312"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="313"/>
        <source>%n earlier disclosure(s)</source>
        <translation>
            <numerusform>%n earlier disclosure</numerusform>
            <numerusform>%n earlier disclosures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="351"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="353"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="355"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="357"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="359"/>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="361"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="363"/>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="365"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="367"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="369"/>
        <source>Earlier disclosures</source>
        <translation>Earlier disclosures</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ErasureRegisterView</name>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="24"/>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="27"/>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="108"/>
        <source>Erasure register</source>
        <translation>Erasure register</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="25"/>
        <source>&amp;Erasure register</source>
        <translation>&amp;Erasure register</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="32"/>
        <source>Earlier &amp;disclosures of the selected entry</source>
        <translation>Earlier &amp;disclosures of the selected entry</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="35"/>
        <source>Earlier disclosures of the selected entry</source>
        <translation>Earlier disclosures of the selected entry</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="64"/>
        <source>%n nominal(s) erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</source>
        <translation>
            <numerusform>%n nominal erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</numerusform>
            <numerusform>%n nominals erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="68"/>
        <source>Could not read the register: %1</source>
        <translation>Could not read the register: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="71"/>
        <source>%n signed decision(s) do NOT verify: run verify on the case file.</source>
        <translation>
            <numerusform>%n signed decision do NOT verify: run verify on the case file.</numerusform>
            <numerusform>%n signed decisions do NOT verify: run verify on the case file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="88"/>
        <source>Select an entry to see the disclosures made before the erasure.</source>
        <translation>Select an entry to see the disclosures made before the erasure.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="96"/>
        <source>The signed decision does not verify: %1</source>
        <translation>The signed decision does not verify: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="99"/>
        <source>%1 was not included in any export or pack before the erasure.</source>
        <translation>%1 was not included in any export or pack before the erasure.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="104"/>
        <source>%1 was included in these disclosures. Ask each recipient to destroy what they hold (Data Protection Act 2018, s.48):</source>
        <translation>%1 was included in these disclosures. Ask each recipient to destroy what they hold (Data Protection Act 2018, s.48):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="111"/>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 to %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="114"/>
        <source>(no recipient recorded)</source>
        <translation>(no recipient recorded)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="116"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="117"/>
        <source>, by %1</source>
        <translation>, by %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/ErasureRegisterView.cpp" line="137"/>
        <source>%n nominal(s) erased</source>
        <translation>
            <numerusform>%n nominal erased</numerusform>
            <numerusform>%n nominals erased</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corroborate::ui::FlaggedAlertModel</name>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="193"/>
        <source>%n day(s) without a proposal</source>
        <translation>
            <numerusform>%n day without a proposal</numerusform>
            <numerusform>%n days without a proposal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="221"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="223"/>
        <source>Flagged since</source>
        <translation>Flagged since</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="225"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="227"/>
        <source>Why it is below the threshold</source>
        <translation>Why it is below the threshold</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::HelpWindow</name>
    <message>
        <location filename="../ui/help/HelpExtension.cpp" line="47"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpExtension.cpp" line="51"/>
        <source>Open the user guide at the page for the screen you are on</source>
        <translation>Open the user guide at the page for the screen you are on</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="43"/>
        <source>Corroborate user guide</source>
        <translation>Corroborate user guide</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="49"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="50"/>
        <source>Contents of the guide</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="53"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="54"/>
        <source>Back to the previous page</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="58"/>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="59"/>
        <source>Forward to the next page</source>
        <translation>Forward to the next page</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="66"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="87"/>
        <source>%1 — Corroborate user guide</source>
        <translation>%1 — Corroborate user guide</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportExtension.cpp" line="14"/>
        <source>Import &amp;spreadsheet…</source>
        <translation>Import &amp;spreadsheet…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportExtension.cpp" line="17"/>
        <source>Import nominals and intelligence from a spreadsheet saved as CSV, all or nothing</source>
        <translation>Import nominals and intelligence from a spreadsheet saved as CSV, all or nothing</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="60"/>
        <location filename="../ui/import/ImportWizard.cpp" line="18"/>
        <source>Import spreadsheet</source>
        <translation>Import spreadsheet</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="21"/>
        <location filename="../ui/import/ImportFilePage.cpp" line="40"/>
        <source>Choose the spreadsheet</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="22"/>
        <source>Save the spreadsheet as CSV (comma, semicolon or tab separated) with its header row, then choose it here.</source>
        <translation>Save the spreadsheet as CSV (comma, semicolon or tab separated) with its header row, then choose it here.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="28"/>
        <source>Spreadsheet file</source>
        <translation>Spreadsheet file</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="29"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="31"/>
        <source>Browse for the spreadsheet</source>
        <translation>Browse for the spreadsheet</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="34"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="41"/>
        <source>Spreadsheets saved as CSV (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Spreadsheets saved as CSV (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="26"/>
        <source>Confirm how the file is read</source>
        <translation>Confirm how the file is read</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="27"/>
        <source>The encoding and delimiter were detected; check the preview and correct them if the text or the columns look wrong.</source>
        <translation>The encoding and delimiter were detected; check the preview and correct them if the text or the columns look wrong.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="32"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="33"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="34"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Western European)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="38"/>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="39"/>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="40"/>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="41"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="44"/>
        <source>What one row holds</source>
        <translation>What one row holds</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="45"/>
        <source>One intelligence item (rows grouped by reference)</source>
        <translation>One intelligence item (rows grouped by reference)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="47"/>
        <source>One nominal (item columns numbered 1, 2, …)</source>
        <translation>One nominal (item columns numbered 1, 2, …)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="51"/>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="52"/>
        <source>dd/MM/yyyy, d/M/yy, yyyy-MM-dd or d MMM yyyy; YYYY-MM-DD and &quot;3 Mar 2024&quot; are always understood.</source>
        <translation>dd/MM/yyyy, d/M/yy, yyyy-MM-dd or d MMM yyyy; YYYY-MM-DD and &quot;3 Mar 2024&quot; are always understood.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="54"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="58"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="59"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="60"/>
        <source>Each &amp;row is:</source>
        <translation>Each &amp;row is:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFormatPage.cpp" line="61"/>
        <source>Dates &amp;look like:</source>
        <translation>Dates &amp;look like:</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="61"/>
        <source>Map the columns</source>
        <translation>Map the columns</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="62"/>
        <source>Choose the column that feeds each field, or none. Fields in bold are required.</source>
        <translation>Choose the column that feeds each field, or none. Fields in bold are required.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="66"/>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="15"/>
        <source>Map the values</source>
        <translation>Map the values</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="16"/>
        <source>Each value found in the spreadsheet&apos;s coded columns, with the value Corroborate records for it.</source>
        <translation>Each value found in the spreadsheet&apos;s coded columns, with the value Corroborate records for it.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="19"/>
        <source>Value mapping</source>
        <translation>Value mapping</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="24"/>
        <source>Review the problems</source>
        <translation>Review the problems</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="25"/>
        <source>Nothing is written until every row is right or left out. Correct the spreadsheet and read it again, or leave rows out deliberately (recorded by row number only).</source>
        <translation>Nothing is written until every row is right or left out. Correct the spreadsheet and read it again, or leave rows out deliberately (recorded by row number only).</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="33"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="35"/>
        <source>&amp;Leave the selected rows out</source>
        <translation>&amp;Leave the selected rows out</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="37"/>
        <source>Leave the selected rows out</source>
        <translation>Leave the selected rows out</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="22"/>
        <location filename="../ui/import/ImportRunPage.cpp" line="34"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="23"/>
        <source>All or nothing, in one transaction. You can save the mapping to use it again, or with corroborate-cli import-csv.</source>
        <translation>All or nothing, in one transaction. You can save the mapping to use it again, or with corroborate-cli import-csv.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="31"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="32"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="35"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="37"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="39"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="41"/>
        <location filename="../ui/import/ImportRunPage.cpp" line="56"/>
        <location filename="../ui/import/ImportWizard.cpp" line="56"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="56"/>
        <source>Mapping documents (*.json)</source>
        <translation>Mapping documents (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportRunPage.cpp" line="64"/>
        <source>%n nominal(s) and %1 intelligence item(s) are ready to import.</source>
        <translation>
            <numerusform>%n nominal and %1 intelligence item(s) are ready to import.</numerusform>
            <numerusform>%n nominals and %1 intelligence item(s) are ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportRunPage.cpp" line="69"/>
        <source>%n row(s) left out.</source>
        <translation>
            <numerusform>%n row left out.</numerusform>
            <numerusform>%n rows left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="61"/>
        <source>Cannot read %1 (%2). Choose the spreadsheet saved as CSV.</source>
        <translation>Cannot read %1 (%2). Choose the spreadsheet saved as CSV.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportFormatPage.cpp" line="110"/>
        <source>Detected: %1, %2. %n data row(s) and %3 column(s); the first rows are shown, numbered as a spreadsheet numbers them.</source>
        <translation>
            <numerusform>Detected: %1, %2. %n data row and %3 column(s); the first rows are shown, numbered as a spreadsheet numbers them.</numerusform>
            <numerusform>Detected: %1, %2. %n data rows and %3 column(s); the first rows are shown, numbered as a spreadsheet numbers them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="90"/>
        <location filename="../ui/import/ImportValuesPage.cpp" line="38"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="90"/>
        <source>Spreadsheet column</source>
        <translation>Spreadsheet column</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="102"/>
        <source>Column for %1</source>
        <translation>Column for %1</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportColumnsPage.cpp" line="103"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="38"/>
        <source>Value in the spreadsheet</source>
        <translation>Value in the spreadsheet</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="38"/>
        <source>Recorded as</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="72"/>
        <source>Value recorded for %1 in %2</source>
        <translation>Value recorded for %1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportValuesPage.cpp" line="73"/>
        <source>(as written)</source>
        <translation>(as written)</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="40"/>
        <source>Rows checked</source>
        <translation>Rows checked</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="85"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="91"/>
        <source>&amp;Cancel the check</source>
        <translation>&amp;Cancel the check</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="146"/>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="148"/>
        <source>The check was cancelled; nothing was written. Check again, or go back to change the mapping.</source>
        <translation>The check was cancelled; nothing was written. Check again, or go back to change the mapping.</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../ui/import/ImportProblemsPage.cpp" line="160"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportProblemsPage.cpp" line="176"/>
        <source>No problems: %n nominal(s) and %1 intelligence item(s) can be imported.</source>
        <translation>
            <numerusform>No problems: %n nominal and %1 intelligence item(s) can be imported.</numerusform>
            <numerusform>No problems: %n nominals and %1 intelligence item(s) can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportProblemsPage.cpp" line="179"/>
        <source>%n problem(s). Nothing will be written until each is corrected in the spreadsheet (then go back and read it again) or its row is left out.</source>
        <translation>
            <numerusform>%n problem. Nothing will be written until each is corrected in the spreadsheet (then go back and read it again) or its row is left out.</numerusform>
            <numerusform>%n problems. Nothing will be written until each is corrected in the spreadsheet (then go back and read it again) or its row is left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="57"/>
        <source>Cannot write %1 (%2). Choose another place.</source>
        <translation>Cannot write %1 (%2). Choose another place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportRunPage.cpp" line="124"/>
        <source>Imported %n nominal(s) with %1 intelligence item(s).</source>
        <translation>
            <numerusform>Imported %n nominal with %1 intelligence item(s).</numerusform>
            <numerusform>Imported %n nominals with %1 intelligence item(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="132"/>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="51"/>
        <source>Add intelligence about %1</source>
        <translation>Add intelligence about %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="52"/>
        <source>Correct intelligence about %1</source>
        <translation>Correct intelligence about %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="54"/>
        <source>Synthetic demonstration data.</source>
        <translation>Synthetic demonstration data.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="81"/>
        <source>Graded under the legacy 5x5x5 scheme:
%1</source>
        <translation>Graded under the legacy 5x5x5 scheme:
%1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="83"/>
        <source>Legacy grade</source>
        <translation>Legacy grade</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="84"/>
        <source>Re&amp;grade to 3x5x2 with the codes above (the legacy grade stays in the item&apos;s history)</source>
        <translation>Re&amp;grade to 3x5x2 with the codes above (the legacy grade stays in the item&apos;s history)</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="88"/>
        <source>Regrade to 3x5x2</source>
        <translation>Regrade to 3x5x2</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="144"/>
        <source>This item is no longer in the file.</source>
        <translation>This item is no longer in the file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="269"/>
        <source>Without this change: %1 (%n independent source(s)).</source>
        <translation>
            <numerusform>Without this change: %1 (%n independent source).</numerusform>
            <numerusform>Without this change: %1 (%n independent sources).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="273"/>
        <source>With it: %1 (%n independent source(s)).</source>
        <translation>
            <numerusform>With it: %1 (%n independent source).</numerusform>
            <numerusform>With it: %1 (%n independent sources).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded the saved item. Make your change again.</source>
        <translation type="vanished">Reloaded the saved item. Make your change again.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="225"/>
        <source>Required for handling code C</source>
        <translation>Required for handling code C</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="226"/>
        <source>Only for handling code C</source>
        <translation>Only for handling code C</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="230"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Say briefly why you are making this change.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="253"/>
        <source>This item counts as an independent qualifying source.</source>
        <translation>This item counts as an independent qualifying source.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="259"/>
        <source>This item does not count: %1.</source>
        <translation>This item does not count: %1.</translation>
    </message>
    <message>
        <source>Without this change: %1 (%2 independent sources).</source>
        <translation type="vanished">Without this change: %1 (%2 independent sources).</translation>
    </message>
    <message>
        <source>With it: %1 (%2 independent sources).</source>
        <translation type="vanished">With it: %1 (%2 independent sources).</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::IntelligenceModel</name>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="65"/>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="67"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="69"/>
        <source>Originator</source>
        <translation>Originator</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="71"/>
        <source>Grading</source>
        <translation>Grading</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="73"/>
        <source>Indicates</source>
        <translation>Indicates</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="75"/>
        <source>Counts towards threshold</source>
        <translation>Counts towards threshold</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="77"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="97"/>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="99"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="103"/>
        <source>Does not count: %1</source>
        <translation>Does not count: %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::LockPage</name>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="28"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="30"/>
        <source>Corroborate is locked</source>
        <translation>Corroborate is locked</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="39"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="43"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="55"/>
        <source>&amp;Close file</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="57"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="66"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="83"/>
        <source>%1 is locked by %2. Enter your own password to carry on where you were.</source>
        <translation>%1 is locked by %2. Enter your own password to carry on where you were.</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="105"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="43"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="69"/>
        <source>What waits for you</source>
        <translation>What waits for you</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="42"/>
        <source>&amp;Nominal</source>
        <translation>&amp;Nominal</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="43"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="44"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="45"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="59"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="61"/>
        <source>&amp;New case file…</source>
        <translation>&amp;New case file…</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="63"/>
        <source>&amp;Close case file</source>
        <translation>&amp;Close case file</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="66"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="70"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="23"/>
        <source>&amp;New nominal…</source>
        <translation>&amp;New nominal…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="27"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="30"/>
        <source>&amp;Add intelligence…</source>
        <translation>&amp;Add intelligence…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="33"/>
        <source>&amp;Correct intelligence item…</source>
        <translation>&amp;Correct intelligence item…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="36"/>
        <source>Copy &amp;reference</source>
        <translation>Copy &amp;reference</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="40"/>
        <source>Change the reason for &amp;looking…</source>
        <translation>Change the reason for &amp;looking…</translation>
    </message>
    <message>
        <location filename="../ui/main/ReviewCommands.cpp" line="14"/>
        <source>&amp;Start a review of the due queue</source>
        <translation>&amp;Start a review of the due queue</translation>
    </message>
    <message>
        <location filename="../ui/main/ReviewCommands.cpp" line="17"/>
        <source>Review the &amp;selected nominals</source>
        <translation>Review the &amp;selected nominals</translation>
    </message>
    <message>
        <location filename="../ui/main/ReviewCommands.cpp" line="20"/>
        <source>&amp;Resume a paused review</source>
        <translation>&amp;Resume a paused review</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="28"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="31"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="48"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="53"/>
        <source>&amp;About Corroborate</source>
        <translation>&amp;About Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="84"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="91"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="98"/>
        <source>All nominals</source>
        <translation>All nominals</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="104"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <location filename="../ui/main/MainWindow.cpp" line="208"/>
        <source>Cannot read the case file</source>
        <translation>Cannot read the case file</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="209"/>
        <source>The lists could not open their own connection to the file. Close it and open it again.</source>
        <translation>The lists could not open their own connection to the file. Close it and open it again.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="222"/>
        <source>You have a paused review: Review ▸ Resume (Ctrl+Alt+R).</source>
        <translation>You have a paused review: Review ▸ Resume (Ctrl+Alt+R).</translation>
    </message>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="89"/>
        <source>Evaluating %1%…</source>
        <translation>Evaluating %1%…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/Workspace.cpp" line="98"/>
        <source>%n below threshold</source>
        <translation>
            <numerusform>%n below threshold</numerusform>
            <numerusform>%n below threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/Workspace.cpp" line="100"/>
        <source>%n due for review</source>
        <translation>
            <numerusform>%n due for review</numerusform>
            <numerusform>%n due for review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="103"/>
        <source>The threshold evaluation failed: %1</source>
        <translation>The threshold evaluation failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="234"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="162"/>
        <source>Why are you looking?</source>
        <translation>Why are you looking?</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="163"/>
        <source>Looking at a person&apos;s record is logged with a reason. Choose or type the reason for this browsing; it is used until you change it (Nominal ▸ Change the reason for looking).</source>
        <translation>Looking at a person&apos;s record is logged with a reason. Choose or type the reason for this browsing; it is used until you change it (Nominal ▸ Change the reason for looking).</translation>
    </message>
    <message>
        <location filename="../ui/main/Workspace.cpp" line="313"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/Workspace.cpp" line="315"/>
        <location filename="../ui/main/Workspace.cpp" line="326"/>
        <location filename="../ui/main/Workspace.cpp" line="340"/>
        <source>%n removal(s) await your sign-off</source>
        <translation>
            <numerusform>%n removal await your sign-off</numerusform>
            <numerusform>%n removals await your sign-off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/Workspace.cpp" line="317"/>
        <location filename="../ui/main/Workspace.cpp" line="328"/>
        <source>%n review(s) due or overdue</source>
        <translation>
            <numerusform>%n review due or overdue</numerusform>
            <numerusform>%n reviews due or overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <location filename="../ui/main/MainWindow.cpp" line="291"/>
        <location filename="../ui/main/Workspace.cpp" line="339"/>
        <source>Corroborate</source>
        <translation>Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="293"/>
        <source>[synthetic data]</source>
        <translation>[synthetic data]</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="295"/>
        <source>[locked]</source>
        <translation>[locked]</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="557"/>
        <source>Reviewing %1</source>
        <translation>Reviewing %1</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="113"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../ui/main/FileCommands.cpp" line="115"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="328"/>
        <source>Your unsaved work could not be kept: %1</source>
        <translation>Your unsaved work could not be kept: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="347"/>
        <source>Unsaved work</source>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="348"/>
        <source>Corroborate stopped on %1 before you saved some work (%2). Put it back as it was? Nothing of it counts until you save it.</source>
        <translation>Corroborate stopped on %1 before you saved some work (%2). Put it back as it was? Nothing of it counts until you save it.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="351"/>
        <source>a review decision</source>
        <translation>a review decision</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="351"/>
        <source>an edit</source>
        <translation>an edit</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockController.cpp" line="125"/>
        <source>That is not the password of %1. Check it and try again; only the user who was signed in can unlock.</source>
        <translation>That is not the password of %1. Check it and try again; only the user who was signed in can unlock.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="55"/>
        <source>Resume your paused review?</source>
        <translation>Resume your paused review?</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="56"/>
        <source>You paused a review on %1 at %2 of %3. Resume it instead of starting a new one? (No starts the new one; the paused review stays for later.)</source>
        <translation>You paused a review on %1 at %2 of %3. Resume it instead of starting a new one? (No starts the new one; the paused review stays for later.)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="70"/>
        <source>Cannot start the review</source>
        <translation>Cannot start the review</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="87"/>
        <source>The review you started on %1: %n nominal(s).</source>
        <translation>
            <numerusform>The review you started on %1: %n nominal.</numerusform>
            <numerusform>The review you started on %1: %n nominals.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="90"/>
        <source>Review session</source>
        <translation>Review session</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="110"/>
        <source>Review finished: every nominal in this session has a decision.</source>
        <translation>Review finished: every nominal in this session has a decision.</translation>
    </message>
    <message>
        <source>Review finished</source>
        <translation type="vanished">Review finished</translation>
    </message>
    <message>
        <source>Every nominal in this session has a decision.</source>
        <translation type="vanished">Every nominal in this session has a decision.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="136"/>
        <source>Still evaluating</source>
        <translation>Still evaluating</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="137"/>
        <source>The list is still being evaluated against the threshold. Try again in a moment.</source>
        <translation>The list is still being evaluated against the threshold. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="173"/>
        <source>Nothing is due</source>
        <translation>Nothing is due</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="175"/>
        <source>Nobody else is due for review; %n removal(s) await a supervisor.</source>
        <translation>
            <numerusform>Nobody else is due for review; %n removal await a supervisor.</numerusform>
            <numerusform>Nobody else is due for review; %n removals await a supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="177"/>
        <source>Nobody is due for review or below the threshold.</source>
        <translation>Nobody is due for review or below the threshold.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="181"/>
        <source>This review holds %n nominal(s) from Due for review (below the threshold first, then the most overdue).</source>
        <translation>
            <numerusform>This review holds %n nominal from Due for review (below the threshold first, then the most overdue).</numerusform>
            <numerusform>This review holds %n nominals from Due for review (below the threshold first, then the most overdue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="186"/>
        <source>Left out: %n whose removal awaits a supervisor.</source>
        <translation>
            <numerusform>Left out: %n whose removal awaits a supervisor.</numerusform>
            <numerusform>Left out: %n whose removal awaits a supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="189"/>
        <source>The first %1 of %2: start another review for the rest.</source>
        <translation>The first %1 of %2: start another review for the rest.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="203"/>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="204"/>
        <source>Select one or more nominals in the list first.</source>
        <translation>Select one or more nominals in the list first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewController.cpp" line="207"/>
        <source>This review holds the %n nominal(s) you selected.</source>
        <translation>
            <numerusform>This review holds the %n nominal you selected.</numerusform>
            <numerusform>This review holds the %n nominals you selected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="219"/>
        <source>No paused review</source>
        <translation>No paused review</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewController.cpp" line="220"/>
        <source>You have no paused review session.</source>
        <translation>You have no paused review session.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="85"/>
        <source>Cannot create the nominal</source>
        <translation>Cannot create the nominal</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="120"/>
        <source>No intelligence</source>
        <translation>No intelligence</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalCommands.cpp" line="121"/>
        <source>This nominal has no intelligence to correct yet.</source>
        <translation>This nominal has no intelligence to correct yet.</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="159"/>
        <source>Longest idle time</source>
        <translation>Longest idle time</translation>
    </message>
    <message>
        <location filename="../ui/main/ViewCommands.cpp" line="168"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="28"/>
        <source>New nominal</source>
        <translation>New nominal</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="28"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="30"/>
        <source>Synthetic demonstration data.</source>
        <translation>Synthetic demonstration data.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Non-binary</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="33"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="59"/>
        <source>Victims and people at risk never meet the threshold: they will be flagged for removal.</source>
        <translation>Victims and people at risk never meet the threshold: they will be flagged for removal.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="73"/>
        <source>This nominal is no longer in the file.</source>
        <translation>This nominal is no longer in the file.</translation>
    </message>
    <message>
        <source>Reloaded the saved record. Make your change again.</source>
        <translation type="vanished">Reloaded the saved record. Make your change again.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="131"/>
        <source>Write the date as YYYY-MM-DD, or leave it empty when not known.</source>
        <translation>Write the date as YYYY-MM-DD, or leave it empty when not known.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="137"/>
        <source>A harm score is a whole number, or empty when not recorded.</source>
        <translation>A harm score is a whole number, or empty when not recorded.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="140"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Say briefly why you are making this change.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListModel</name>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="52"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="56"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="58"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="60"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="62"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="64"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="66"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="71"/>
        <source>Age today; people under 18 are marked as juveniles.</source>
        <translation>Age today; people under 18 are marked as juveniles.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="73"/>
        <source>This column cannot be sorted in this list.</source>
        <translation>This column cannot be sorted in this list.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="253"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="254"/>
        <source>%1 juvenile</source>
        <translation>%1 juvenile</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="262"/>
        <source>Below threshold, awaiting sign-off</source>
        <translation>Below threshold, awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="263"/>
        <source>Awaiting sign-off</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="264"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="264"/>
        <source>Meets threshold</source>
        <translation>Meets threshold</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="267"/>
        <source>Overdue (no dates)</source>
        <translation>Overdue (no dates)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="268"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="284"/>
        <source>A removal awaits a supervisor&apos;s sign-off; until then this person is restricted (left out of anything shared outside the force).</source>
        <translation>A removal awaits a supervisor&apos;s sign-off; until then this person is restricted (left out of anything shared outside the force).</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="289"/>
        <source>Juvenile: under 18 today.</source>
        <translation>Juvenile: under 18 today.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListView</name>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="48"/>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Search by name or reference (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="50"/>
        <source>Search this list</source>
        <translation>Search this list</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="54"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="79"/>
        <source>All nominals</source>
        <translation>All nominals</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="81"/>
        <source>Nominals below the threshold</source>
        <translation>Nominals below the threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="82"/>
        <source>Nominals due for review</source>
        <translation>Nominals due for review</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="91"/>
        <source>%1 juvenile</source>
        <translation>%1 juvenile</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="95"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="97"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="237"/>
        <source>Evaluating every nominal against the threshold… %1%</source>
        <translation>Evaluating every nominal against the threshold… %1%</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="247"/>
        <source>Evaluating…</source>
        <translation>Evaluating…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="249"/>
        <source>First %1 matches</source>
        <translation>First %1 matches</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="251"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="252"/>
        <source>%n nominal(s)</source>
        <translation>
            <numerusform>%n nominal</numerusform>
            <numerusform>%n nominals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="260"/>
        <source>Everyone on the list.</source>
        <translation>Everyone on the list.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="263"/>
        <source>Below the threshold: flagged for removal and restricted until a supervisor decides.</source>
        <translation>Below the threshold: flagged for removal and restricted until a supervisor decides.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="267"/>
        <source>Due for review today or overdue; below-threshold nominals first, then the most overdue.</source>
        <translation>Due for review today or overdue; below-threshold nominals first, then the most overdue.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="275"/>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation>Showing the first %1 matches: type more to narrow the search.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::OpenFlow</name>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="103"/>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="104"/>
        <source>Case files (*.corroborate);;All files (*)</source>
        <translation>Case files (*.corroborate);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="113"/>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="115"/>
        <source>Case files (*.corroborate)</source>
        <translation>Case files (*.corroborate)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="132"/>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="133"/>
        <source>%1 is the case file open in this window.</source>
        <translation>%1 is the case file open in this window.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="140"/>
        <source>Not a case file</source>
        <translation>Not a case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="172"/>
        <source>Open in another copy</source>
        <translation>Open in another copy</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="173"/>
        <source>%1 is also open in another copy of Corroborate: %2.</source>
        <translation>%1 is also open in another copy of Corroborate: %2.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="175"/>
        <source>%1 is also open in another copy of Corroborate.</source>
        <translation>%1 is also open in another copy of Corroborate.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="178"/>
        <source>You can work in both: a change made in one copy is never silently overwritten from the other.</source>
        <translation>You can work in both: a change made in one copy is never silently overwritten from the other.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="215"/>
        <source>Cannot open the case file</source>
        <translation>Cannot open the case file</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::OversightView</name>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="47"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="80"/>
        <source>&amp;As at:</source>
        <translation>&amp;As at:</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="83"/>
        <source>As at date</source>
        <translation>As at date</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="87"/>
        <source>&amp;Show report</source>
        <translation>&amp;Show report</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="89"/>
        <source>Show the report as at this date</source>
        <translation>Show the report as at this date</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="90"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="92"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="93"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="95"/>
        <source>Export the report&apos;s tables as CSV</source>
        <translation>Export the report&apos;s tables as CSV</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="98"/>
        <source>Progress of the report</source>
        <translation>Progress of the report</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="113"/>
        <source>Counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and figures from which one could be worked back are &quot;suppressed&quot;, as in print.</source>
        <translation>Counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and figures from which one could be worked back are &quot;suppressed&quot;, as in print.</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="123"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="123"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="124"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="131"/>
        <source>Chart: listed by ethnic group beside the baseline</source>
        <translation>Chart: listed by ethnic group beside the baseline</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="138"/>
        <source>Charts and tables of the oversight report</source>
        <translation>Charts and tables of the oversight report</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="141"/>
        <source>Chart: additions and removals by month</source>
        <translation>Chart: additions and removals by month</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="191"/>
        <source>As at %1</source>
        <translation>As at %1</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="203"/>
        <source>Working out the report…</source>
        <translation>Working out the report…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="235"/>
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="250"/>
        <source>The report is not shown: its consultation could not be logged. %1</source>
        <translation>The report is not shown: its consultation could not be logged. %1</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="259"/>
        <source>As at %1 under threshold policy version %2. Counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and figures from which one could be worked back are &quot;suppressed&quot;, as in print.</source>
        <translation>As at %1 under threshold policy version %2. Counts from 1 to 4 are shown as &quot;fewer than 5&quot;, and figures from which one could be worked back are &quot;suppressed&quot;, as in print.</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="281"/>
        <source>Additions and removals by month</source>
        <translation>Additions and removals by month</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="291"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="318"/>
        <source>Listed by ethnic group, and the population (%)</source>
        <translation>Listed by ethnic group, and the population (%)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="319"/>
        <source>Listed, %</source>
        <translation>Listed, %</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="320"/>
        <source>Population baseline, %</source>
        <translation>Population baseline, %</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="335"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="364"/>
        <source>Additions and removals by month (hidden figures left out)</source>
        <translation>Additions and removals by month (hidden figures left out)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="366"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="368"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="412"/>
        <source>Save the oversight report as PDF</source>
        <translation>Save the oversight report as PDF</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="414"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="422"/>
        <location filename="../ui/oversight/OversightView.cpp" line="439"/>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="426"/>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="437"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="453"/>
        <source>Export the oversight report&apos;s tables as CSV into a new folder</source>
        <translation>Export the oversight report&apos;s tables as CSV into a new folder</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="454"/>
        <source>Folder (*)</source>
        <translation>Folder (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/oversight/OversightView.cpp" line="460"/>
        <source>Wrote %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Wrote %n CSV file in %1.</numerusform>
            <numerusform>Wrote %n CSV files in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightView.cpp" line="463"/>
        <source>Tables not exported</source>
        <translation>Tables not exported</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightExtension.cpp" line="26"/>
        <source>Oversight report</source>
        <translation>Oversight report</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightExtension.cpp" line="33"/>
        <source>&amp;Oversight report</source>
        <translation>&amp;Oversight report</translation>
    </message>
    <message>
        <location filename="../ui/oversight/OversightExtension.cpp" line="35"/>
        <source>The list by status and group, additions and removals, rates against the population baseline</source>
        <translation>The list by status and group, additions and removals, rates against the population baseline</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="26"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="28"/>
        <source>Save the pack as a PDF file</source>
        <translation>Save the pack as a PDF file</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="29"/>
        <source>Prin&amp;t…</source>
        <translation>Prin&amp;t…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="31"/>
        <source>Print the pack</source>
        <translation>Print the pack</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="32"/>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="34"/>
        <source>Preview the pack; nothing is recorded</source>
        <translation>Preview the pack; nothing is recorded</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="40"/>
        <source>The selected nominal (none selected)</source>
        <translation>The selected nominal (none selected)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="43"/>
        <source>The selected &amp;nominal, %1</source>
        <translation>The selected &amp;nominal, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackDialog.cpp" line="46"/>
        <source>The %n nominal(s) selected in the &amp;list</source>
        <translation>
            <numerusform>The %n nominal selected in the &amp;list</numerusform>
            <numerusform>The %n nominals selected in the &amp;list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="61"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Agreement:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="64"/>
        <source>Information-sharing agreement</source>
        <translation>Information-sharing agreement</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="66"/>
        <source>Purpos&amp;e:</source>
        <translation>Purpos&amp;e:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="69"/>
        <source>Purpose permitted by the agreement</source>
        <translation>Purpose permitted by the agreement</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="74"/>
        <source>The agreement&apos;s recipient, basis and destroy-by</source>
        <translation>The agreement&apos;s recipient, basis and destroy-by</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="80"/>
        <source>Encr&amp;ypt the PDF (a password is shown once)</source>
        <translation>Encr&amp;ypt the PDF (a password is shown once)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="82"/>
        <source>Encrypt the PDF with a new password</source>
        <translation>Encrypt the PDF with a new password</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="116"/>
        <source>Pack language</source>
        <translation>Pack language</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="122"/>
        <source>Pack lan&amp;guage:</source>
        <translation>Pack lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="214"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackDialog.cpp" line="231"/>
        <source>Supplied to %1 under %2; lawful basis: %3. The recipient must destroy it within %n day(s).</source>
        <translation>
            <numerusform>Supplied to %1 under %2; lawful basis: %3. The recipient must destroy it within %n day.</numerusform>
            <numerusform>Supplied to %1 under %2; lawful basis: %3. The recipient must destroy it within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="236"/>
        <source>No information-sharing agreement is in force today, so no partner pack can be made. An administrator records agreements in the Agreements view.</source>
        <translation>No information-sharing agreement is in force today, so no partner pack can be made. An administrator records agreements in the Agreements view.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="282"/>
        <source>Required: say who will receive the pack.</source>
        <translation>Required: say who will receive the pack.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="284"/>
        <source>Required: the law that allows this sharing.</source>
        <translation>Required: the law that allows this sharing.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="285"/>
        <source>Required: what the pack is for.</source>
        <translation>Required: what the pack is for.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="297"/>
        <source>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, start with the interpretation notice, go under an information-sharing agreement and are saved encrypted, with a password shown once.</source>
        <translation>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, start with the interpretation notice, go under an information-sharing agreement and are saved encrypted, with a password shown once.</translation>
    </message>
    <message>
        <source>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, and start with the interpretation notice.</source>
        <translation type="vanished">Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, and start with the interpretation notice.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="301"/>
        <source>Internal packs hold everything, restricted nominals included (marked as such).</source>
        <translation>Internal packs hold everything, restricted nominals included (marked as such).</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackFlow</name>
    <message>
        <location filename="../ui/packs/PackExtension.cpp" line="16"/>
        <source>Review &amp;pack…</source>
        <translation>Review &amp;pack…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackExtension.cpp" line="19"/>
        <source>Save, print or preview a review pack for one nominal or a batch; the disclosure is recorded</source>
        <translation>Save, print or preview a review pack for one nominal or a batch; the disclosure is recorded</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="211"/>
        <source>Reading the nominals…</source>
        <translation>Reading the nominals…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="230"/>
        <source>No nominal is due for review by %1: there is nothing to put in a pack.</source>
        <translation>No nominal is due for review by %1: there is nothing to put in a pack.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="233"/>
        <source>No nominal is flagged: there is nothing to put in a pack.</source>
        <translation>No nominal is flagged: there is nothing to put in a pack.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="236"/>
        <location filename="../ui/packs/PackFlow.cpp" line="241"/>
        <source>Review pack</source>
        <translation>Review pack</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="244"/>
        <source>Read %n nominal(s) from the file.</source>
        <translation>
            <numerusform>Read %n nominal from the file.</numerusform>
            <numerusform>Read %n nominals from the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="254"/>
        <source>Save review pack as PDF</source>
        <translation>Save review pack as PDF</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="255"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="257"/>
        <source>Not saved: no file was chosen. Nothing was recorded.</source>
        <translation>Not saved: no file was chosen. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="265"/>
        <location filename="../ui/packs/PackFlow.cpp" line="287"/>
        <location filename="../ui/packs/PackFlow.cpp" line="326"/>
        <source>Pack not saved</source>
        <translation>Pack not saved</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="272"/>
        <source>Making pack %1 as a PDF…</source>
        <translation>Making pack %1 as a PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="281"/>
        <source>Cancelled: no file was saved and nothing was recorded.</source>
        <translation>Cancelled: no file was saved and nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="288"/>
        <source>The pack could not be made: %1. Nothing was saved or recorded.</source>
        <translation>The pack could not be made: %1. Nothing was saved or recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="289"/>
        <location filename="../ui/packs/PackFlow.cpp" line="382"/>
        <source>the file was closed</source>
        <translation>the file was closed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="302"/>
        <source>Saved pack %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Saved pack %1 (%n page) to %2.</numerusform>
            <numerusform>Saved pack %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="305"/>
        <location filename="../ui/packs/PackFlow.cpp" line="395"/>
        <source>The disclosure to %1 was recorded (number %2), listing %n nominal(s).</source>
        <translation>
            <numerusform>The disclosure to %1 was recorded (number %2), listing %n nominal.</numerusform>
            <numerusform>The disclosure to %1 was recorded (number %2), listing %n nominals.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="311"/>
        <source>Pack saved</source>
        <translation>Pack saved</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="343"/>
        <source>Print review pack</source>
        <translation>Print review pack</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="348"/>
        <source>Not printed. Nothing was recorded.</source>
        <translation>Not printed. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="354"/>
        <source>Printing pack %1…</source>
        <translation>Printing pack %1…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="373"/>
        <source>Printing cancelled. Nothing was recorded; pages already sent to the printer may need collecting.</source>
        <translation>Printing cancelled. Nothing was recorded; pages already sent to the printer may need collecting.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="380"/>
        <location filename="../ui/packs/PackFlow.cpp" line="406"/>
        <source>Pack not printed</source>
        <translation>Pack not printed</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="381"/>
        <source>The pack could not be printed: %1.</source>
        <translation>The pack could not be printed: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="392"/>
        <source>Sent pack %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Sent pack %1 (%n page) to %2.</numerusform>
            <numerusform>Sent pack %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="401"/>
        <source>Pack printed</source>
        <translation>Pack printed</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="421"/>
        <source>Preview of pack %1 (nothing is recorded)</source>
        <translation>Preview of pack %1 (nothing is recorded)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="427"/>
        <source>Laying out the preview…</source>
        <translation>Laying out the preview…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="427"/>
        <location filename="../ui/packs/PackFlow.cpp" line="457"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="429"/>
        <source>Preparing the preview</source>
        <translation>Preparing the preview</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="430"/>
        <source>Preview progress</source>
        <translation>Preview progress</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="446"/>
        <source>Preview closed. Nothing was recorded.</source>
        <translation>Preview closed. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="459"/>
        <source>Making the review pack</source>
        <translation>Making the review pack</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="460"/>
        <source>Pack progress</source>
        <translation>Pack progress</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="469"/>
        <source>Cancelling… nothing will be saved or recorded.</source>
        <translation>Cancelling… nothing will be saved or recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="523"/>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="523"/>
        <source>Drawing the pages…</source>
        <translation>Drawing the pages…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PagedTableModel</name>
    <message>
        <location filename="../ui/models/PagedTableModel.cpp" line="36"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PassphrasePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="174"/>
        <source>Unlock the case file</source>
        <translation>Unlock the case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="181"/>
        <source>Case file passphrase</source>
        <translation>Case file passphrase</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="182"/>
        <source>Case &amp;passphrase:</source>
        <translation>Case &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="192"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="194"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="211"/>
        <source>Enter the passphrase of %1.</source>
        <translation>Enter the passphrase of %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="222"/>
        <source>Enter the case file&apos;s passphrase.</source>
        <translation>Enter the case file&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="227"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="19"/>
        <source>Password for pack %1</source>
        <translation>Password for pack %1</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="20"/>
        <source>Password for the encrypted pack</source>
        <translation>Password for the encrypted pack</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="22"/>
        <source>Pack %1 was saved encrypted (AES-256). It opens only with this password. Send the password to %2 by another channel than the file (for example by telephone). It is shown only now: Corroborate does not keep it.</source>
        <translation>Pack %1 was saved encrypted (AES-256). It opens only with this password. Send the password to %2 by another channel than the file (for example by telephone). It is shown only now: Corroborate does not keep it.</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="25"/>
        <source>the recipient</source>
        <translation>the recipient</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="28"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="31"/>
        <source>Pack password</source>
        <translation>Pack password</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="36"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/sharing/PasswordDialog.cpp" line="38"/>
        <source>Copy the password to the clipboard</source>
        <translation>Copy the password to the clipboard</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PasswordFields</name>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="38"/>
        <source>Caps Lock is on</source>
        <translation>Caps Lock is on</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="40"/>
        <source>Caps Lock is on: passwords are case-sensitive.</source>
        <translation>Caps Lock is on: passwords are case-sensitive.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="45"/>
        <location filename="../ui/widgets/PasswordFields.cpp" line="57"/>
        <source>Show the password</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="48"/>
        <source>Show the password as you type it (Alt+F8)</source>
        <translation>Show the password as you type it (Alt+F8)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/PasswordFields.cpp" line="57"/>
        <source>Hide the password</source>
        <translation>Hide the password</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PendingProposalModel</name>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="100"/>
        <source>%n day(s) — overdue</source>
        <translation>
            <numerusform>%n day — overdue</numerusform>
            <numerusform>%n days — overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="101"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="106"/>
        <source>Waiting longer than the policy allows for a supervisor&apos;s decision.</source>
        <translation>Waiting longer than the policy allows for a supervisor&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="140"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="142"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="144"/>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="146"/>
        <source>Proposed at</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="148"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ProposeDialog</name>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="42"/>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="85"/>
        <source>Propose removal</source>
        <translation>Propose removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="46"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="53"/>
        <source>Reason for removal</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="55"/>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="60"/>
        <source>Note for the supervisor</source>
        <translation>Note for the supervisor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="70"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="72"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="76"/>
        <source>A note is required when the reason is “Other”. While the proposal waits for a supervisor, the nominal is restricted: left out of partner packs and anything shared outside the force.</source>
        <translation>A note is required when the reason is “Other”. While the proposal waits for a supervisor, the nominal is restricted: left out of partner packs and anything shared outside the force.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="83"/>
        <source>&amp;Propose removal</source>
        <translation>&amp;Propose removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="107"/>
        <source>This nominal is no longer in the case file.</source>
        <translation>This nominal is no longer in the case file.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="129"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="130"/>
        <source>Below the threshold: %1</source>
        <translation>Below the threshold: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="131"/>
        <source>Meets the threshold today.</source>
        <translation>Meets the threshold today.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="140"/>
        <source>A removal proposal for %1 is already waiting for a supervisor.</source>
        <translation>A removal proposal for %1 is already waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="169"/>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/widgets/ReasonDialog.cpp" line="27"/>
        <source>Type a reason or choose one</source>
        <translation>Type a reason or choose one</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReasonDialog.cpp" line="29"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::RestrictedView</name>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="24"/>
        <location filename="../ui/rights/RestrictedView.cpp" line="34"/>
        <source>Restricted nominals</source>
        <translation>Restricted nominals</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="26"/>
        <source>Processing of these nominals is restricted instead of erasure (Data Protection Act 2018, section 47): they are out of the review queue and every pack, and cannot be proposed for removal or erased until a supervisor lifts the restriction.</source>
        <translation>Processing of these nominals is restricted instead of erasure (Data Protection Act 2018, section 47): they are out of the review queue and every pack, and cannot be proposed for removal or erased until a supervisor lifts the restriction.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="31"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Restricted by</source>
        <translation>Restricted by</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="62"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="69"/>
        <source>PAST ITS DATE: look at it again</source>
        <translation>PAST ITS DATE: look at it again</translation>
    </message>
    <message>
        <location filename="../ui/rights/RestrictedView.cpp" line="79"/>
        <source>No nominal is restricted.</source>
        <translation>No nominal is restricted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/RestrictedView.cpp" line="80"/>
        <location filename="../ui/rights/RestrictedView.cpp" line="97"/>
        <source>%n nominal(s) restricted</source>
        <translation>
            <numerusform>%n nominal restricted</numerusform>
            <numerusform>%n nominals restricted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/RestrictedView.cpp" line="81"/>
        <source>%n past its date.</source>
        <translation>
            <numerusform>%n past its date.</numerusform>
            <numerusform>%n past its date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="53"/>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="63"/>
        <source>Why %1 is restricted instead of erased:</source>
        <translation>Why %1 is restricted instead of erased:</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="67"/>
        <source>Until (YYYY-MM-DD; it is flagged once past):</source>
        <translation>Until (YYYY-MM-DD; it is flagged once past):</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="72"/>
        <source>A note (required):</source>
        <translation>A note (required):</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="80"/>
        <source>Choose one of the reasons offered.</source>
        <translation>Choose one of the reasons offered.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="92"/>
        <source>Lift restriction</source>
        <translation>Lift restriction</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="98"/>
        <source>Why the restriction of %1 is lifted:</source>
        <translation>Why the restriction of %1 is lifted:</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="146"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="159"/>
        <source>Restrict &amp;processing…</source>
        <translation>Restrict &amp;processing…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="161"/>
        <source>Restrict the selected nominal instead of erasing it (supervisors)</source>
        <translation>Restrict the selected nominal instead of erasing it (supervisors)</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="163"/>
        <source>&amp;Lift restriction…</source>
        <translation>&amp;Lift restriction…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="166"/>
        <source>Lift the selected nominal&apos;s restriction (supervisors)</source>
        <translation>Lift the selected nominal&apos;s restriction (supervisors)</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ReviewView</name>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="66"/>
        <source>Review steps</source>
        <translation>Review steps</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="67"/>
        <source>&amp;1 Identity and classification</source>
        <translation>&amp;1 Identity and classification</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="68"/>
        <source>&amp;2 Intelligence</source>
        <translation>&amp;2 Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="69"/>
        <source>&amp;3 Threshold</source>
        <translation>&amp;3 Threshold</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="70"/>
        <source>&amp;4 Decision</source>
        <translation>&amp;4 Decision</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="80"/>
        <source>Check that this is the right person and that the classification is right: only suspected offenders can meet the threshold.</source>
        <translation>Check that this is the right person and that the classification is right: only suspected offenders can meet the threshold.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="87"/>
        <source>&amp;Edit details… (F2)</source>
        <translation>&amp;Edit details… (F2)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="99"/>
        <source>Check every item&apos;s grading and source. Add what is missing; correct what is wrong.</source>
        <translation>Check every item&apos;s grading and source. Add what is missing; correct what is wrong.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="107"/>
        <source>Intelligence</source>
        <translation>Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="116"/>
        <source>&amp;Add item… (Ctrl+I)</source>
        <translation>&amp;Add item… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="118"/>
        <source>&amp;Correct item… (Enter)</source>
        <translation>&amp;Correct item… (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="120"/>
        <source>Re&amp;move item…</source>
        <translation>Re&amp;move item…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="136"/>
        <source>Threshold result</source>
        <translation>Threshold result</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="141"/>
        <source>The threshold rule</source>
        <translation>The threshold rule</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="153"/>
        <source>Reta&amp;in until:</source>
        <translation>Reta&amp;in until:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="155"/>
        <source>&amp;Propose removal (a supervisor decides)</source>
        <translation>&amp;Propose removal (a supervisor decides)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="157"/>
        <source>&amp;Defer this review</source>
        <translation>&amp;Defer this review</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="166"/>
        <source>Retain until</source>
        <translation>Retain until</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="174"/>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="180"/>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="458"/>
        <source>Choose a decision first: retain, propose removal or defer.</source>
        <translation>Choose a decision first: retain, propose removal or defer.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="459"/>
        <source>Choose a decision first: propose removal or defer.</source>
        <translation>Choose a decision first: propose removal or defer.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="487"/>
        <source>Saved: %1 retained until %2.</source>
        <translation>Saved: %1 retained until %2.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="490"/>
        <source>Saved: removal of %1 proposed; a supervisor decides.</source>
        <translation>Saved: removal of %1 proposed; a supervisor decides.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="493"/>
        <source>Saved: the review of %1 deferred.</source>
        <translation>Saved: the review of %1 deferred.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="194"/>
        <source>Pa&amp;use session</source>
        <translation>Pa&amp;use session</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="196"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="198"/>
        <source>Ne&amp;xt step</source>
        <translation>Ne&amp;xt step</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="200"/>
        <source>&amp;Save and next (Ctrl+Enter)</source>
        <translation>&amp;Save and next (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="281"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="298"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="317"/>
        <source>%1 is no longer in the file.</source>
        <translation>%1 is no longer in the file.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="359"/>
        <source>juvenile (%1)</source>
        <translation>juvenile (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="377"/>
        <source>A removal proposal is already waiting for a supervisor.</source>
        <translation>A removal proposal is already waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="421"/>
        <source>The threshold is met. Retain until a date (at most one review interval ahead), or propose removal or defer with a reason.</source>
        <translation>The threshold is met. Retain until a date (at most one review interval ahead), or propose removal or defer with a reason.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="423"/>
        <source>The threshold is not met, so this person cannot be retained: propose removal, or defer with a reason (for example, intelligence still to be recorded).</source>
        <translation>The threshold is not met, so this person cannot be retained: propose removal, or defer with a reason (for example, intelligence still to be recorded).</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="434"/>
        <source>No longer involved with the group</source>
        <translation>No longer involved with the group</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="439"/>
        <source>Waiting for intelligence from a partner agency</source>
        <translation>Waiting for intelligence from a partner agency</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="440"/>
        <source>Identity to be confirmed</source>
        <translation>Identity to be confirmed</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="440"/>
        <source>Panel meeting to decide</source>
        <translation>Panel meeting to decide</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="444"/>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="444"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="24"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="29"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="vanished">Never</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="30"/>
        <source>Lock after this many idle minutes</source>
        <translation>Lock after this many idle minutes</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="31"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Lock when idle for:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="36"/>
        <source>Longest idle time this case file allows, in minutes</source>
        <translation>Longest idle time this case file allows, in minutes</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="38"/>
        <source>Nobody using this case file can choose a longer idle time before it locks.</source>
        <translation>Nobody using this case file can choose a longer idle time before it locks.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Longest allowed in this case &amp;file:</source>
        <translation>Longest allowed in this case &amp;file:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="45"/>
        <source>At most %1 min: the longest idle time this case file allows.</source>
        <translation>At most %1 min: the longest idle time this case file allows.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="50"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="51"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="52"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="53"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="55"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="56"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="59"/>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="63"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="64"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="67"/>
        <source>A new language takes effect the next time Corroborate starts. A pack can be made in either language: choose it in the pack dialog.</source>
        <translation>A new language takes effect the next time Corroborate starts. A pack can be made in either language: choose it in the pack dialog.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="78"/>
        <source>Open a case file to see its protective marking.</source>
        <translation>Open a case file to see its protective marking.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="80"/>
        <source>Printed at the top and bottom of every page of this case file&apos;s packs, and shown on every screen.</source>
        <translation>Printed at the top and bottom of every page of this case file&apos;s packs, and shown on every screen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="82"/>
        <source>Only an administrator can change the case file&apos;s marking.</source>
        <translation>Only an administrator can change the case file&apos;s marking.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="83"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="84"/>
        <source>&amp;Protective marking:</source>
        <translation>&amp;Protective marking:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>If your desktop uses a dark theme, choose Dark here.</source>
        <translation>If your desktop uses a dark theme, choose Dark here.</translation>
    </message>
    <message>
        <source>Qt cannot tell whether the system uses a dark theme: choose Dark here if it does.</source>
        <translation type="vanished">Qt cannot tell whether the system uses a dark theme: choose Dark here if it does.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="33"/>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="35"/>
        <source>Everything in Corroborate can be done from the keyboard. Alt with an underlined letter chooses a menu, a field or a button.</source>
        <translation>Everything in Corroborate can be done from the keyboard. Alt with an underlined letter chooses a menu, a field or a button.</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="44"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="44"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="44"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="61"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="62"/>
        <source>Password fields</source>
        <translation>Password fields</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="66"/>
        <source>Go to step 1 to 4</source>
        <translation>Go to step 1 to 4</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="67"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="70"/>
        <source>Next step / previous step</source>
        <translation>Next step / previous step</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="73"/>
        <source>Save the decision and go to the next nominal</source>
        <translation>Save the decision and go to the next nominal</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="75"/>
        <source>Edit the nominal&apos;s details</source>
        <translation>Edit the nominal&apos;s details</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="76"/>
        <source>Add an intelligence item</source>
        <translation>Add an intelligence item</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="78"/>
        <source>Show or hide the password</source>
        <translation>Show or hide the password</translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="95"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignInPage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="252"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="259"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="262"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="263"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="264"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="274"/>
        <source>&amp;Close file</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="276"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="299"/>
        <source>%1 is open. It holds synthetic demonstration data. Sign in with your own user name and password.</source>
        <translation>%1 is open. It holds synthetic demonstration data. Sign in with your own user name and password.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="302"/>
        <source>%1 is open. Sign in with your own user name and password.</source>
        <translation>%1 is open. Sign in with your own user name and password.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="314"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="319"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="324"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignOffView</name>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="101"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="35"/>
        <source>Awaiting sign-off</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="37"/>
        <source>Removals &amp;awaiting sign-off</source>
        <translation>Removals &amp;awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="39"/>
        <source>Removal proposals awaiting sign-off</source>
        <translation>Removal proposals awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="46"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="48"/>
        <source>Approve the selected proposal</source>
        <translation>Approve the selected proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="49"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="51"/>
        <source>Reject the selected proposal</source>
        <translation>Reject the selected proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="52"/>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="54"/>
        <source>Open the selected nominal&apos;s record in the details panel</source>
        <translation>Open the selected nominal&apos;s record in the details panel</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="61"/>
        <source>&amp;Flagged with no removal proposal</source>
        <translation>&amp;Flagged with no removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="63"/>
        <source>Flagged nominals with no removal proposal</source>
        <translation>Flagged nominals with no removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="69"/>
        <source>Propose re&amp;moval…</source>
        <translation>Propose re&amp;moval…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="71"/>
        <source>Propose the removal of the selected flagged nominal</source>
        <translation>Propose the removal of the selected flagged nominal</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="129"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="274"/>
        <source>%n proposal(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>%n proposal waiting for a supervisor.</numerusform>
            <numerusform>%n proposals waiting for a supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="131"/>
        <source>Could not load the proposals: %1</source>
        <translation>Could not load the proposals: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="134"/>
        <source>%n waiting for more than %1 days (highlighted, marked “overdue”).</source>
        <translation>
            <numerusform>%n waiting for more than %1 days (highlighted, marked “overdue”).</numerusform>
            <numerusform>%n waiting for more than %1 days (highlighted, marked “overdue”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="155"/>
        <source>%n flagged nominal(s) below the threshold for more than %1 days with no removal proposal.</source>
        <translation>
            <numerusform>%n flagged nominal below the threshold for more than %1 days with no removal proposal.</numerusform>
            <numerusform>%n flagged nominals below the threshold for more than %1 days with no removal proposal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="159"/>
        <source>Could not load the flagged nominals: %1</source>
        <translation>Could not load the flagged nominals: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="199"/>
        <source>The removal of %1 is approved and signed. The person has been erased; the erasure register keeps the reference and the signed decision.</source>
        <translation>The removal of %1 is approved and signed. The person has been erased; the erasure register keeps the reference and the signed decision.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="203"/>
        <source>The removal of %1 is approved and signed. Its erasure is pending.</source>
        <translation>The removal of %1 is approved and signed. Its erasure is pending.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="209"/>
        <source>Other nominals&apos; intelligence mentions the erased person. It was not changed; edit it in review:</source>
        <translation>Other nominals&apos; intelligence mentions the erased person. It was not changed; edit it in review:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="212"/>
        <source>Removal approved</source>
        <translation>Removal approved</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="220"/>
        <source>The proposal for %1 was rejected and sent back to the proposer.</source>
        <translation>The proposal for %1 was rejected and sent back to the proposer.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="250"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Removal of %1 proposed; it waits for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="118"/>
        <source>Propose &amp;removal…</source>
        <translation>Propose &amp;removal…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="121"/>
        <source>Propose removing the selected nominal from the list</source>
        <translation>Propose removing the selected nominal from the list</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="123"/>
        <source>&amp;Withdraw removal proposal</source>
        <translation>&amp;Withdraw removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffExtension.cpp" line="126"/>
        <source>Withdraw your own removal proposal for the selected nominal</source>
        <translation>Withdraw your own removal proposal for the selected nominal</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SubjectAccessView</name>
    <message numerus="yes">
        <location filename="../ui/rights/RightsParts.cpp" line="45"/>
        <source>Subject access: %n open, %1 overdue</source>
        <translation>
            <numerusform>Subject access: %n open, %1 overdue</numerusform>
            <numerusform>Subject access: %n open, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/RightsParts.cpp" line="47"/>
        <source>Subject access: %n open</source>
        <translation>
            <numerusform>Subject access: %n open</numerusform>
            <numerusform>Subject access: %n open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsParts.cpp" line="67"/>
        <source>Select a nominal in a list first.</source>
        <translation>Select a nominal in a list first.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="32"/>
        <source>Subject access requests</source>
        <translation>Subject access requests</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="33"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="37"/>
        <source>A request must be answered within a calendar month of receipt (Data Protection Act 2018, section 45). While a request about a person is open, they cannot be erased (section 173).</source>
        <translation>A request must be answered within a calendar month of receipt (Data Protection Act 2018, section 45). While a request about a person is open, they cannot be erased (section 173).</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="43"/>
        <source>Open subject access requests</source>
        <translation>Open subject access requests</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="45"/>
        <source>&amp;Open a request…</source>
        <translation>&amp;Open a request…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="47"/>
        <source>&amp;Withhold an item…</source>
        <translation>&amp;Withhold an item…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="49"/>
        <source>&amp;Produce the response…</source>
        <translation>&amp;Produce the response…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="51"/>
        <source>&amp;Close with an outcome…</source>
        <translation>&amp;Close with an outcome…</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="53"/>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="145"/>
        <source>Open a subject access request</source>
        <translation>Open a subject access request</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="54"/>
        <source>Withhold an item from the selected request&apos;s response</source>
        <translation>Withhold an item from the selected request&apos;s response</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="55"/>
        <source>Produce the response to the selected request</source>
        <translation>Produce the response to the selected request</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="56"/>
        <source>Close the selected request with an outcome</source>
        <translation>Close the selected request with an outcome</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="84"/>
        <source>Cannot read the requests: %1</source>
        <translation>Cannot read the requests: %1</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="101"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="106"/>
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n day</numerusform>
            <numerusform>OVERDUE by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="107"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="110"/>
        <source>%1 (nothing held)</source>
        <translation>%1 (nothing held)</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="117"/>
        <source>No request is open.</source>
        <translation>No request is open.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="118"/>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="306"/>
        <source>%n request(s) open</source>
        <translation>
            <numerusform>%n request open</numerusform>
            <numerusform>%n requests open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="119"/>
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="155"/>
        <source>The reference the request is about (it need not be in the file):</source>
        <translation>The reference the request is about (it need not be in the file):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="160"/>
        <source>The day it was received (YYYY-MM-DD):</source>
        <translation>The day it was received (YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="171"/>
        <source>Opened %1 about %2. It is due on %3.</source>
        <translation>Opened %1 about %2. It is due on %3.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="174"/>
        <source>Opened %1. Nothing is held about %2: the response will say so. It is due on %3.</source>
        <translation>Opened %1. Nothing is held about %2: the response will say so. It is due on %3.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="190"/>
        <source>Withhold an item from %1</source>
        <translation>Withhold an item from %1</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="199"/>
        <source>The item (its intelligence reference):</source>
        <translation>The item (its intelligence reference):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="206"/>
        <source>Why it is withheld (Data Protection Act 2018, section 45(4)):</source>
        <translation>Why it is withheld (Data Protection Act 2018, section 45(4)):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="214"/>
        <source>Choose one of the reasons section 45(4) allows.</source>
        <translation>Choose one of the reasons section 45(4) allows.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="218"/>
        <source>Withheld %1: %2.</source>
        <translation>Withheld %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="230"/>
        <source>Response to %1</source>
        <translation>Response to %1</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="234"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rights/SubjectAccessView.cpp" line="257"/>
        <source>Saved the response (%1, %n page(s)) to %2. It is recorded as a disclosure to the person.</source>
        <translation>
            <numerusform>Saved the response (%1, %n page) to %2. It is recorded as a disclosure to the person.</numerusform>
            <numerusform>Saved the response (%1, %n pages) to %2. It is recorded as a disclosure to the person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="270"/>
        <source>Close %1</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="275"/>
        <source>The outcome:</source>
        <translation>The outcome:</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="281"/>
        <source>What was done (required):</source>
        <translation>What was done (required):</translation>
    </message>
    <message>
        <location filename="../ui/rights/SubjectAccessView.cpp" line="286"/>
        <source>Choose one of the outcomes offered.</source>
        <translation>Choose one of the outcomes offered.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="28"/>
        <source>Add supplementary statement</source>
        <translation>Add supplementary statement</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="35"/>
        <source>The person&apos;s own statement about their record (%1), in their words. It is printed in every pack that includes them.</source>
        <translation>The person&apos;s own statement about their record (%1), in their words. It is printed in every pack that includes them.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="44"/>
        <source>The statement is attached to %1.</source>
        <translation>The statement is attached to %1.</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="140"/>
        <source>Subject access</source>
        <translation>Subject access</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="154"/>
        <source>Add supplementary &amp;statement…</source>
        <translation>Add supplementary &amp;statement…</translation>
    </message>
    <message>
        <location filename="../ui/rights/RightsExtension.cpp" line="156"/>
        <source>Attach the person&apos;s own statement to the selected nominal</source>
        <translation>Attach the person&apos;s own statement to the selected nominal</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::WelcomePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="117"/>
        <location filename="../ui/open/OpenPages.cpp" line="119"/>
        <source>Corroborate</source>
        <translation>Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="121"/>
        <source>Open a case file to review nominals, or create a new one.</source>
        <translation>Open a case file to review nominals, or create a new one.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="126"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="129"/>
        <source>N&amp;ew case file…</source>
        <translation>N&amp;ew case file…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="135"/>
        <source>Re&amp;cent case files:</source>
        <translation>Re&amp;cent case files:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="138"/>
        <source>Recent case files</source>
        <translation>Recent case files</translation>
    </message>
</context>
<context>
    <name>corroborate_cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="27"/>
        <source>Usage: corroborate-cli COMMAND [ARGUMENTS]</source>
        <translation>Usage: corroborate-cli COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="28"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Run &quot;corroborate-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Run &quot;corroborate-cli COMMAND --help&quot; for a command&apos;s options.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else); 70 the system failed (disk full, file-size limit, I/O error).</source>
        <translation>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else); 70 the system failed (disk full, file-size limit, I/O error).</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else).</source>
        <translation type="vanished">Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="125"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="134"/>
        <source>corroborate-cli %1: %2</source>
        <translation>corroborate-cli %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="139"/>
        <source>corroborate-cli %1: unexpected failure: %2</source>
        <translation>corroborate-cli %1: unexpected failure: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="21"/>
        <source>Review of gang-list nominals over an encrypted case file.</source>
        <translation>Review of gang-list nominals over an encrypted case file.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="26"/>
        <source>A case file to open.</source>
        <translation>A case file to open.</translation>
    </message>
</context>
</TS>
