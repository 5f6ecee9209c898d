<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name></name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="115"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="117"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="119"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="121"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="123"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="125"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="129"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="160"/>
        <source>unknown field; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="172"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="208"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="176"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="194"/>
        <source>must be a string, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="181"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="218"/>
        <source>is required but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="212"/>
        <source>must be a date written as a string (YYYY-MM-DD), but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="226"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="227"/>
        <source>%1 is not a date (YYYY-MM-DD); leave it out or write null when it is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="233"/>
        <source>%1 is in the future (today is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="250"/>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="263"/>
        <source>must be a whole number or null, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="268"/>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="272"/>
        <source>%1 is negative; a harm score is 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="276"/>
        <source>%1 is too large for a harm score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="313"/>
        <source>handling code C (sharing permitted with conditions) needs the conditions; write them here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="331"/>
        <source>%1 starts or ends with white space; a reference is written without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="351"/>
        <source>%1 is before 1900-01-01; check the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="355"/>
        <source>%1 is after listed_on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/ExchangeFormat.cpp" line="357"/>
        <source>%1 makes the person %n year(s) old on listed_on (%2); a nominal must be at least 10 when listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="372"/>
        <source>must be an object, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="378"/>
        <source>must be an array, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="399"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="62"/>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="70"/>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="88"/>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="90"/>
        <source>There is already a user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="97"/>
        <source>Out of memory hashing the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="197"/>
        <source>The user name or password is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="211"/>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="219"/>
        <source>%1 is the last administrator and cannot be disabled. Give another user the administrator role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="235"/>
        <location filename="../app/accounts/Accounts.cpp" line="251"/>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="241"/>
        <source>The signing key of %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="107"/>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="111"/>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="113"/>
        <source>entry %1 was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="41"/>
        <source>There is no file at %1. Check the path, or create a case file with &quot;init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="46"/>
        <source>%1 is a folder, not a case file. Choose the .corroborate file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="52"/>
        <source>%1 is not a regular file, so it is not a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="56"/>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="60"/>
        <source>%1 is empty: it is not a case file. If it was one, it was damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="66"/>
        <source>%1 is an unencrypted SQLite database, not a Corroborate case file. Case files are always encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="73"/>
        <source>%1 is not a Corroborate case file, or it is damaged (its size is not a whole number of pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="83"/>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="91"/>
        <source>%1 is open in another copy of Corroborate. Close it there first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="94"/>
        <source>%1 is being changed by another copy of Corroborate (for example a passphrase change). Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="108"/>
        <source>%1 is an encrypted database, but not a Corroborate case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="113"/>
        <source>%1 was written by a newer version of Corroborate (case file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="132"/>
        <source>Corroborate needs SQLCipher 4 or newer, but found &quot;%1&quot;. On Debian 12 install libsqlcipher1 from bookworm-backports (packaging/setup-debian.sh does this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="135"/>
        <source>no SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="144"/>
        <source>A case file needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="150"/>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="153"/>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="164"/>
        <source>Corroborate needs SQLCipher 4 or newer. On Debian 12 install it from bookworm-backports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="192"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="238"/>
        <source>Changing the passphrase needs the case file to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="240"/>
        <source>The new passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="275"/>
        <source>Row %1 of %2 refers to a missing %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileVerifier</name>
    <message numerus="yes">
        <location filename="../app/store/CaseFileVerifier.cpp" line="26"/>
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="41"/>
        <source>Page authentication and database integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="47"/>
        <source>Audit log hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/store/CaseFileVerifier.cpp" line="49"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="50"/>
        <source>broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationLog</name>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="14"/>
        <source>Looking at a record needs a reason. Give one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="28"/>
        <source>Preparing for a review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="28"/>
        <source>Answering a query about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="29"/>
        <source>Checking intelligence before an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="29"/>
        <source>Supervisory oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="30"/>
        <source>Data quality check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/store/Database.cpp" line="52"/>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="73"/>
        <source>The passphrase does not open %1. Check the passphrase (it is case-sensitive) and try again. If the file is not a Corroborate case file, no passphrase opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCaseFile</name>
    <message>
        <location filename="../app/demo/DemoCaseFile.cpp" line="36"/>
        <source>The number of nominals must be 0 to 5,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../app/demo/DemoGenerator.cpp" line="34"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="35"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../app/audit/DisclosureLog.cpp" line="53"/>
        <source>%1 to %2 (%3); basis: %4; %n nominal(s); %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="119"/>
        <source>Remove intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="120"/>
        <source>Why remove this item (from %1, obtained %2)? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="123"/>
        <source>Recorded against the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="123"/>
        <source>Duplicate of another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="124"/>
        <source>Withdrawn by the originator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="130"/>
        <source>Cannot remove the item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditService</name>
    <message>
        <location filename="../app/workflow/EditService.cpp" line="31"/>
        <source>Every change needs a short reason for the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="113"/>
        <source>Secure delete is not on for this case file, so an erasure could leave the person&apos;s data in free space. Nothing was erased. Report this fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/ErasureService.cpp" line="152"/>
        <source>The write-ahead log still holds %n earlier page version(s), because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="195"/>
        <source>Erasure %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="200"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="204"/>
        <source>%1: the register&apos;s %2 (%3) differs from the signed decision (%4); the register was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="226"/>
        <source>%1: the approver %2 also proposed the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="230"/>
        <source>%1: the approver %2 is not a user of this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="232"/>
        <source>%1: the stored signing key of %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="234"/>
        <source>%1: the decision names a signing key that is not %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="236"/>
        <source>%1: the signature is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="245"/>
        <source>%1: the signature does not verify with %2&apos;s key: the signed decision was altered or not signed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="163"/>
        <source>Recorded as a victim: under this policy a victim cannot meet the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="165"/>
        <source>Recorded as at risk: under this policy a person at risk cannot meet the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="168"/>
        <source>Recorded as a suspected offender, but this policy does not let suspected offenders meet the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="171"/>
        <source>No intelligence item qualifies: none has the grading, the age and the indication the policy requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="174"/>
        <source>The qualifying intelligence comes from fewer independent originators than the policy requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="177"/>
        <source>The intelligence that counts comes from only one provider category (police, partner agency or community); the policy requires at least two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="180"/>
        <source>The harm score is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="182"/>
        <source>The review is overdue. This alone does not put the nominal below the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="186"/>
        <source>The source evaluation is not one the policy accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="188"/>
        <source>The intelligence assessment is not one the policy accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="190"/>
        <source>It was obtained before the period the policy counts (or its date is not known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="193"/>
        <source>What it indicates is not what the policy counts as evidence of gang membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="196"/>
        <source>Its originator is already counted through a more recent item, so it adds no independent source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="198"/>
        <source>Unknown reason code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="204"/>
        <source>Meets the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="205"/>
        <source>Below the threshold: flagged for removal and restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <location filename="../app/policy/Evaluator.cpp" line="239"/>
        <source>The evaluation date is not a valid date: give it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="414"/>
        <source>the document is empty; expected a JSON object with format, version and nominals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="422"/>
        <source>not valid JSON: %1 at offset %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="429"/>
        <source>must be a JSON object with format, version and nominals, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="430"/>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="439"/>
        <source>is required but missing; expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="442"/>
        <source>%1 is not a Corroborate exchange document; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="449"/>
        <source>is required but missing; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="452"/>
        <source>must be a number, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="455"/>
        <source>%1 is not supported; this version of Corroborate reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="461"/>
        <source>is required but missing; expected an array of nominals (it may be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="467"/>
        <source>must be an array, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="478"/>
        <source>must be an object, but is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="489"/>
        <source>%1 appears twice in the document: also at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeWriter</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="579"/>
        <source>Could not write the export: %1. Check the disk space and the destination, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/exchange/Exporter.cpp" line="45"/>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="49"/>
        <source>self (backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="50"/>
        <source>backup or migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="51"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../app/core/Grading.cpp" line="78"/>
        <source>Reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="80"/>
        <source>Untested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="82"/>
        <source>Not reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="91"/>
        <source>Known directly to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="93"/>
        <source>Known indirectly to the source but corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="95"/>
        <source>Known indirectly to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="97"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="99"/>
        <source>Suspected to be false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="106"/>
        <source>Lawful sharing permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="107"/>
        <source>Lawful sharing permitted with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="112"/>
        <location filename="../app/core/Grading.cpp" line="116"/>
        <location filename="../app/core/Grading.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="70"/>
        <source>%1 belonged to a nominal who has been erased; references are never reused. Give this person a new reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="79"/>
        <source>%1 already exists in the case file; import with update to replace it, or leave it out of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="6"/>
        <source>Intelligence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="10"/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="11"/>
        <source>Provider category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="12"/>
        <source>&amp;Originator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="13"/>
        <source>Originator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="13"/>
        <source>Unit, agency or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="14"/>
        <source>Originator problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="15"/>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="16"/>
        <source>Intelligence reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="16"/>
        <source>e.g. an intelligence log number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="17"/>
        <source>Intelligence reference problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="18"/>
        <source>Date o&amp;btained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="19"/>
        <source>Date obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="19"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="20"/>
        <source>Date obtained problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="21"/>
        <source>&amp;Source evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="22"/>
        <source>Source evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="23"/>
        <source>Intelligence &amp;assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="24"/>
        <source>Intelligence assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="25"/>
        <source>Ha&amp;ndling code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="26"/>
        <source>Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="27"/>
        <source>Handling con&amp;ditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="28"/>
        <source>Handling conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="29"/>
        <source>Handling conditions problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="30"/>
        <source>&amp;Indicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="31"/>
        <source>What it indicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="32"/>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="33"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="34"/>
        <source>Summary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="35"/>
        <source>Reason for this c&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="36"/>
        <source>Reason for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="36"/>
        <source>Required: kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="37"/>
        <source>Reason for this change problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="39"/>
        <source>Effect on the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>Edit conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>Reload the saved record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="41"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterpretationNotice</name>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Part of the grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="22"/>
        <source>Source evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="25"/>
        <source>Intelligence assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="27"/>
        <source>Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="39"/>
        <source>Interpretation notice: read this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="41"/>
        <source>This pack was produced by %1 for %2, as at %3, for this purpose: %4. Lawful basis: %5. Use it for that purpose only and do not pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="48"/>
        <source>What inclusion means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="50"/>
        <source>A person appears in this pack because, at the time shown, the police held graded intelligence about them that met the written inclusion threshold set out below, and their listing was neither flagged for removal nor awaiting a decision on removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="55"/>
        <source>What inclusion does not mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="57"/>
        <source>It is not a finding of guilt, a charge or a conviction, and it is not evidence of an offence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="59"/>
        <source>It does not mean the person is dangerous to you, your staff or your service users, nor that anyone they live with is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="61"/>
        <source>Intelligence is information assessed for its reliability; some of it is untested and it may be incomplete or out of date. Read each item&apos;s grading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="63"/>
        <source>Someone who is not in this pack is not thereby cleared: people below the threshold or awaiting a removal decision are left out of partner packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="71"/>
        <source>The inclusion threshold (policy version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="74"/>
        <source>How intelligence is graded (3x5x2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="76"/>
        <source>Each intelligence item carries three codes: how reliable its source is, how the source came to know it, and whether and how it may be shared. The meaning is printed beside every code in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="81"/>
        <source>Items with handling code C may be shared only under conditions recorded with them; their details are withheld from partner packs and the pack says where an item was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="85"/>
        <source>What this pack must not be used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="88"/>
        <source>This pack must not be used for housing, employment or benefits screening, nor for any decision about a person&apos;s access to a service, tenancy, job, school place or payment. It may be used only for the purpose stated above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="93"/>
        <source>Reporting an inaccuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="95"/>
        <source>If you believe anything in this pack is wrong or out of date, tell the officer who produced it, %1, as soon as possible, quoting the pack identifier %2 and the nominal&apos;s reference. Do not correct or annotate the pack yourself and do not contact the person about the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="102"/>
        <source>When to destroy this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="104"/>
        <source>Destroy every copy securely (cross-cut shredding, or secure deletion of the file) as soon as the purpose above has been served, and no later than %1. Do not copy it, keep extracts of it or add it to your own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="110"/>
        <source>Before acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="112"/>
        <source>Check each nominal&apos;s current status with the force before acting on anything in this pack: it is correct only as at the date and time shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominalDetails</name>
    <message>
        <location filename="../ui/data/NominalDetails.cpp" line="21"/>
        <source>This nominal is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="6"/>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="10"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="11"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="12"/>
        <source>Reference problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="13"/>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="14"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="15"/>
        <source>Surname problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="16"/>
        <source>&amp;Forenames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="17"/>
        <source>Forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="18"/>
        <source>Forenames problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="19"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="20"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="20"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="21"/>
        <source>Date of birth problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="22"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="23"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="24"/>
        <source>&amp;Ethnicity (self-defined):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="25"/>
        <source>Ethnicity (self-defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="26"/>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="27"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="28"/>
        <source>Gr&amp;oup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="29"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="30"/>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="31"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="32"/>
        <source>Classification problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="33"/>
        <source>&amp;Harm score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="34"/>
        <source>Harm score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="34"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="35"/>
        <source>Harm score problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="36"/>
        <source>&amp;Listed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="37"/>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="37"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="38"/>
        <source>Listed on problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="39"/>
        <source>Reason for this c&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="40"/>
        <source>Reason for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="40"/>
        <source>Required: kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="41"/>
        <source>Reason for this change problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Edit conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Reload the saved record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="45"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominalRepository</name>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="138"/>
        <source>A nominal with reference %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="140"/>
        <source>Reference %1 belonged to a nominal who has been erased; references are never reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="163"/>
        <source>There is no nominal with reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="307"/>
        <source>%1 was removed by someone else while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="308"/>
        <source>%1 was changed by %2 at %3 while you were editing it. Reload it to see their change, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="360"/>
        <location filename="../app/store/NominalRepository.cpp" line="386"/>
        <source>Intelligence item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPages</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="54"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="64"/>
        <source>Name the recipient, the lawful basis and the purpose before a pack leaves the file; missing or blank: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="72"/>
        <source>The due-by date is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="122"/>
        <source>No nominal with the reference(s) %1 is in this case file; no pack was made. Check the references.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="6"/>
        <location filename="../ui/packs/PackDialog.ui" line="7"/>
        <source>Review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="10"/>
        <location filename="../ui/packs/PackDialog.ui" line="11"/>
        <source>Which nominals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="13"/>
        <source>The selected &amp;nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="13"/>
        <source>The selected nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="14"/>
        <source>The nominals selected in the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="14"/>
        <source>The nominals selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="15"/>
        <source>All &amp;due for review by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="15"/>
        <source>All due for review by a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="16"/>
        <source>Due for review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="17"/>
        <source>All &amp;flagged (below the threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="17"/>
        <source>All flagged, below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="20"/>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="21"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="24"/>
        <source>&amp;Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="24"/>
        <source>Internal audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="25"/>
        <source>Pa&amp;rtner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="25"/>
        <source>Partner agency audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="28"/>
        <source>What this audience&apos;s pack holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="31"/>
        <source>The disclosure (recorded with every pack saved or printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="32"/>
        <source>The disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="34"/>
        <source>Reci&amp;pient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="35"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="35"/>
        <source>Who receives it, e.g. a panel or an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="36"/>
        <source>Recipient problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="37"/>
        <source>Lawful &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="38"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="38"/>
        <source>e.g. DPA 2018 s.35, law enforcement purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="39"/>
        <source>Lawful basis problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="40"/>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="41"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="41"/>
        <source>e.g. the review panel of a given date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="42"/>
        <source>Purpose problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="44"/>
        <source>Pack status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackHtml</name>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="90"/>
        <source>Partner pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="90"/>
        <source>Internal pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="97"/>
        <source>Suspected offender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="99"/>
        <source>&lt;b&gt;AT RISK.&lt;/b&gt; This person is recorded as a person at risk, not as a suspected offender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="102"/>
        <source>&lt;b&gt;VICTIM.&lt;/b&gt; This person is recorded as a victim, not as a suspected offender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="110"/>
        <location filename="../app/packs/PackHtml.cpp" line="307"/>
        <source>Meets the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="111"/>
        <location filename="../app/packs/PackHtml.cpp" line="308"/>
        <source>Below the threshold: flagged for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="113"/>
        <source>removal awaiting a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="120"/>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="122"/>
        <source>Removal proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="124"/>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="138"/>
        <source>%1 at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="173"/>
        <source>Gang nominal review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="175"/>
        <source>PARTNER PACK: for the named recipient only, under the interpretation notice that follows this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="177"/>
        <source>INTERNAL PACK: for police use only; not to be shared outside the force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="181"/>
        <source>SYNTHETIC DATA: every person in this pack is invented, for testing and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="185"/>
        <source>Pack identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="186"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="187"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="188"/>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="189"/>
        <source>As at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="190"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="191"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="192"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="193"/>
        <source>Nominals in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="195"/>
        <source>Nominals withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="196"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="198"/>
        <source>1 nominal selected for this pack is withheld because it is restricted (below the inclusion threshold, or awaiting a decision on removal). It is not named in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="201"/>
        <source>%1 nominals selected for this pack are withheld because they are restricted (below the inclusion threshold, or awaiting a decision on removal). They are not named in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="205"/>
        <source>Threshold policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="205"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="206"/>
        <source>Destroy by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="212"/>
        <source>Before acting on this pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="213"/>
        <source>check each nominal&apos;s current status in Corroborate. This pack shows the records as at the date and time above; since then intelligence may have been added or corrected, a status may have changed, and a person may have been removed from the list and their record erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="219"/>
        <source>Read the interpretation notice on the next page before reading any nominal&apos;s section. This pack must not be used for housing, employment or benefits screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="230"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="234"/>
        <location filename="../app/packs/PackHtml.cpp" line="284"/>
        <location filename="../app/packs/PackHtml.cpp" line="366"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="234"/>
        <location filename="../app/packs/PackHtml.cpp" line="440"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="234"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="234"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="246"/>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="259"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="267"/>
        <source>it is below the threshold and a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="269"/>
        <source>it is below the threshold (flagged for removal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="270"/>
        <source>a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="273"/>
        <source>RESTRICTED: %1. Do not share any of this section outside the force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="279"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="282"/>
        <source>(age %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="284"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <source>Forenames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="287"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="287"/>
        <source>Self-defined ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="289"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="289"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="290"/>
        <source>Harm score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="291"/>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="294"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="295"/>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="296"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="297"/>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="301"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="305"/>
        <source>Threshold result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="309"/>
        <source>Evaluated under threshold policy version %1 as at %2; independent qualifying originators: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="315"/>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="325"/>
        <source>A proposal to remove this nominal has been awaiting a supervisor&apos;s decision since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="329"/>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="334"/>
        <source>Intelligence (1 item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="335"/>
        <source>Intelligence (%1 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="337"/>
        <source>No intelligence is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="342"/>
        <source>Item and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="342"/>
        <source>Grading (code: meaning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="343"/>
        <source>What it indicates and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="347"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="352"/>
        <source>Handling code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="355"/>
        <source>Withheld. This item may be shared only under conditions recorded with it, so its details are left out of partner packs. To ask for it, contact the officer who produced this pack, quoting the pack identifier, the nominal&apos;s reference and the item number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="364"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="365"/>
        <source>Originator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="369"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="370"/>
        <source>Intelligence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="371"/>
        <source>Handling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="382"/>
        <source>Handling conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="385"/>
        <source>Does not count towards the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="386"/>
        <source>Does not count towards the threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="391"/>
        <source>Counts towards the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="399"/>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="401"/>
        <source>No review is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="407"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="407"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="407"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="407"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="407"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="412"/>
        <source>Retain until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="430"/>
        <source>Panel decision for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="434"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="434"/>
        <source>retain until (date) / propose removal / defer (reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="437"/>
        <source>Reasons and actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="440"/>
        <source>Role and agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="440"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="443"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackOutput</name>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="20"/>
        <source>Cannot write the pack to %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="36"/>
        <location filename="../app/packs/PackOutput.cpp" line="85"/>
        <source>%1 already exists; packs never overwrite a file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="41"/>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="46"/>
        <source>The pack could not be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="96"/>
        <source>The pack could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackRenderer</name>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="383"/>
        <source>The pack could not start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="421"/>
        <source>SYNTHETIC DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="444"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="481"/>
        <source>Review pack %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="524"/>
        <source>The pack could not be rendered: the output could not be opened for painting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="541"/>
        <source>The pack&apos;s page count changed between layout passes (%1, then %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../app/policy/Policy.cpp" line="48"/>
        <source>Policy setting &quot;%1&quot; must be a list of codes (from: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="54"/>
        <source>Policy setting &quot;%1&quot; must not be empty: list at least one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="63"/>
        <source>Policy setting &quot;%1&quot;: entry %2 is not a text code; use codes from: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="74"/>
        <source>Policy setting &quot;%1&quot;: &quot;%2&quot; is not a valid code; use codes from: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="81"/>
        <source>Policy setting &quot;%1&quot; lists &quot;%2&quot; more than once; list each code once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="101"/>
        <source>Policy setting &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="116"/>
        <source>Policy setting &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="137"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="138"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="147"/>
        <source>a suspected offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="149"/>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="151"/>
        <source>a victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="160"/>
        <source>gang membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="162"/>
        <source>association with a gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="164"/>
        <source>victimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="166"/>
        <source>something other than membership, association or victimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="218"/>
        <source>&quot;%1&quot; is not a policy setting: remove it or correct its spelling (the settings are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="257"/>
        <source>The threshold policy is not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="268"/>
        <source>Stored policy version %1 is not valid: %2 Set a corrected policy as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="316"/>
        <source>at least one originator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="317"/>
        <source>at least %n different originators</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="320"/>
        <source>within the month before the evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="321"/>
        <source>within the %n months before the evaluation date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="325"/>
        <source>A nominal recorded as %1 meets the threshold when %2 (the units, agencies or sources the intelligence came from, compared ignoring capitals and spacing) have provided intelligence that indicates %3, graded %4 for the source and %5 for the intelligence, and obtained %6 (the first day of that period included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="332"/>
        <source>Each originator counts once, through its most recent qualifying item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="334"/>
        <source>The counted originators must also come from at least two provider categories (police, partner agency, community).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="338"/>
        <source>A nominal recorded as %1 never meets the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="340"/>
        <source>A nominal whose harm score is 0 is below the threshold whatever the intelligence; a nominal with no harm score recorded is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="342"/>
        <source>The harm score does not affect the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="343"/>
        <source>A nominal below the threshold is flagged for removal and restricted: it is left out of anything shared outside the force until a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="345"/>
        <source>the day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="346"/>
        <source>%n days after</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="347"/>
        <source>Each nominal is due for review %1 its last review (or its listing, if never reviewed); an overdue review is shown but does not by itself put anyone below the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="16"/>
        <source>The default policy is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="56"/>
        <source>The case file has no threshold policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="66"/>
        <source>There is no policy version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="490"/>
        <source>Propose removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="491"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="517"/>
        <source>Select a nominal in a list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="499"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="514"/>
        <source>Withdraw removal proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="530"/>
        <source>%1 has no removal proposal waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="535"/>
        <source>Withdraw your proposal to remove %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="540"/>
        <source>The proposal to remove %1 was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="13"/>
        <source>A reference is 1 to 32 letters, digits, dashes, dots, slashes or underscores, like N-000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="16"/>
        <source>Enter the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="18"/>
        <source>The surname is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="20"/>
        <source>The forenames are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="23"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="26"/>
        <source>The date of birth is before 1900: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="30"/>
        <source>A harm score is a whole number from 0 to 100000, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="32"/>
        <source>Enter the date the person was listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="34"/>
        <source>The listing date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="37"/>
        <source>The listing date is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="40"/>
        <source>The last review is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="43"/>
        <source>The last review is before the listing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="53"/>
        <source>Enter the originator: the unit, agency or source it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="55"/>
        <source>The originator is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="57"/>
        <source>The reference is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="60"/>
        <source>Enter the date the intelligence was obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="62"/>
        <source>The date obtained is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="65"/>
        <source>Handling code C needs its conditions: say on what conditions it may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="68"/>
        <source>Enter a short summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="71"/>
        <source>The summary is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="77"/>
        <source>Asian, Asian British or Asian Welsh: Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="78"/>
        <source>Asian, Asian British or Asian Welsh: Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="79"/>
        <source>Asian, Asian British or Asian Welsh: Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="80"/>
        <source>Asian, Asian British or Asian Welsh: Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="81"/>
        <source>Asian, Asian British or Asian Welsh: Other Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="82"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="83"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="84"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Other Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="85"/>
        <source>Mixed or Multiple ethnic groups: White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="86"/>
        <source>Mixed or Multiple ethnic groups: White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="87"/>
        <source>Mixed or Multiple ethnic groups: White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="88"/>
        <source>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="89"/>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="90"/>
        <source>White: Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="91"/>
        <source>White: Gypsy or Irish Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="92"/>
        <source>White: Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="93"/>
        <source>White: Other White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="94"/>
        <source>Other ethnic group: Arab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="95"/>
        <source>Other ethnic group: Any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="96"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalDecision</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="66"/>
        <source>the signed decision is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="70"/>
        <source>the signed decision is not a removal decision of format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="86"/>
        <source>the signed decision does not have exactly the expected fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="102"/>
        <source>the signed decision is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalRepository</name>
    <message>
        <location filename="../app/store/RemovalRepository.cpp" line="134"/>
        <source>The removal proposal was decided or changed by someone else meanwhile. Reload it and check its state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalService</name>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="61"/>
        <source>Below the threshold under the current policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="63"/>
        <source>Recorded as a victim or as at risk, not as a suspected offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="65"/>
        <source>Harm score of zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="67"/>
        <source>No longer necessary for a policing purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="69"/>
        <source>Inaccurate: the person should not have been listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="71"/>
        <source>Erasure requested by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="73"/>
        <source>Other reason (see the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="74"/>
        <source>Unknown reason code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="105"/>
        <source>%1 is not an enabled user of this case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="115"/>
        <source>%1 was erased on %2 (see the erasure register); there is nothing left to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="119"/>
        <source>There is no nominal with reference %1. Check the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="127"/>
        <source>There is no pending removal proposal for %1. Propose one first with &quot;removal propose&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="145"/>
        <source>%1 may not propose removals: that needs the Officer or Supervisor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="149"/>
        <source>&quot;%1&quot; is not a removal reason code. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="153"/>
        <source>A removal for reason OTHER needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="155"/>
        <location filename="../app/workflow/RemovalService.cpp" line="224"/>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="182"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3). Only one proposal per nominal can be pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="201"/>
        <source>Only %1, who proposed the removal of %2, may withdraw it. A supervisor may reject it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="218"/>
        <source>%1 may not reject removals: that needs the Supervisor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="222"/>
        <source>Rejecting a removal needs a note for the proposer saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="232"/>
        <source>%1 proposed the removal of %2, so another supervisor must decide it. To take it back, withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="252"/>
        <source>%1 may not approve removals: that needs the Supervisor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="259"/>
        <location filename="../app/workflow/RemovalService.cpp" line="282"/>
        <source>%1 proposed the removal of %2, so another supervisor must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="266"/>
        <source>The password is not right. Approving a removal needs your own password again: it opens the key that signs the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="272"/>
        <source>The signing key of %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="291"/>
        <source>The evaluation of %1 has changed since it was shown to you (its intelligence, details or the policy changed). Review it again before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="324"/>
        <source>The signing key of %1 does not match their public key; nothing was erased. Report this fault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="39"/>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="41"/>
        <source>Propose removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="45"/>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="56"/>
        <source>There is nobody to review in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="100"/>
        <source>Say why you are deferring this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="101"/>
        <source>Say why you propose removing this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="105"/>
        <source>Only a nominal who meets the threshold can be retained. Propose removal or defer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="111"/>
        <source>Choose a retain-until date after today and no later than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="120"/>
        <source>This nominal was removed by someone else while you were reviewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="126"/>
        <source>%1&apos;s record changed while you were reviewing it, and the threshold result is now different. Look at the threshold step again, then decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="163"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../app/accounts/User.cpp" line="33"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/User.cpp" line="35"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/accounts/User.cpp" line="37"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../app/store/SqlError.cpp" line="24"/>
        <source>The case file is in use by another copy of Corroborate and stayed busy. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="29"/>
        <source>The case file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="33"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="39"/>
        <source>The case file cannot be written (%1). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="44"/>
        <source>The change conflicts with what is already in the case file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="48"/>
        <source>Database error during %1: %2 (code %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../app/core/Enums.cpp" line="95"/>
        <source>Suspected offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="97"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="99"/>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="108"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="110"/>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="112"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="121"/>
        <source>Gang membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="123"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="125"/>
        <source>Victimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="127"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="47"/>
        <source> (age %1: juvenile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="47"/>
        <source> (age %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="49"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="50"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="51"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <source>Ethnicity (self-defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="54"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="55"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Harm score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="57"/>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="58"/>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="59"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="80"/>
        <source>Independent qualifying sources: %1 (the policy needs %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="86"/>
        <source>Review was due on %1: overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="87"/>
        <source>Next review due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="89"/>
        <source>No listing or review date: the review is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="92"/>
        <source>Evaluated on %1 under policy version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AboutDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="86"/>
        <source>About Corroborate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="96"/>
        <source>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Review of gang-list nominals: nobody stays on the list without recent, graded intelligence from more than one independent source.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="102"/>
        <source>(open a case file to see it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="37"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="39"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="41"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="43"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="45"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="47"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="49"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="65"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="67"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="69"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="71"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="73"/>
        <source>Looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="75"/>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="77"/>
        <source>User administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="79"/>
        <source>Policy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="81"/>
        <source>Case file administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="83"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="85"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="87"/>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AuditLogView</name>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="21"/>
        <source>Only entries about a record: N-000123, user:name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="23"/>
        <source>Filter by record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="24"/>
        <source>Rec&amp;ord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="29"/>
        <source>Every sign-in, look, change, disclosure and erasure, newest first. The log holds references, never a person&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="46"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/AuditLogView.cpp" line="72"/>
        <source>%n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corroborate::ui::Banner</name>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="21"/>
        <source>SYNTHETIC DEMONSTRATION DATA — every person in this file is invented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="22"/>
        <source>Synthetic data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="25"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::CreatePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="348"/>
        <source>New case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="354"/>
        <source>Case file passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="356"/>
        <source>Case file passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="359"/>
        <source>Administrator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="362"/>
        <source>Administrator&apos;s display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="364"/>
        <source>Administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="366"/>
        <source>Administrator&apos;s password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="367"/>
        <source>Case &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="368"/>
        <source>Passphrase a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="369"/>
        <source>Your &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="370"/>
        <source>Your &amp;display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="371"/>
        <source>Your pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="372"/>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="374"/>
        <source>You become the file&apos;s first administrator. The passphrase unlocks the file; your password is your own. Neither can be recovered if lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="392"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="393"/>
        <source>Cr&amp;eate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="410"/>
        <source>Creating %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="424"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="426"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="433"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="448"/>
        <source>Creating the case file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DecisionDialog</name>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="36"/>
        <source>waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="38"/>
        <source>rejected by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="41"/>
        <source>withdrawn by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="44"/>
        <source>approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="59"/>
        <source>Decide on the removal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="63"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="73"/>
        <source>Evaluation, proposal and history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="78"/>
        <source>Approve: erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="82"/>
        <source>Your password, to sign the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="85"/>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="88"/>
        <source>&amp;Approve and erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="90"/>
        <source>Approve the removal and erase the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="93"/>
        <source>Approval signs your decision with your own key and erases the nominal, their intelligence and reviews at once. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="104"/>
        <source>Reject: send it back to the proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="107"/>
        <source>Note for the proposer, required to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="110"/>
        <source>&amp;Note for the proposer (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="112"/>
        <source>&amp;Reject with note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="114"/>
        <source>Reject the proposal with the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="125"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="129"/>
        <source>Close without deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="182"/>
        <source>Deciding a removal proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="206"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="215"/>
        <source>%1 has no proposal waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="229"/>
        <source>The proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="233"/>
        <source>Proposed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="234"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="237"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="238"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="240"/>
        <source>No proposal is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="245"/>
        <source>Evaluation today (policy version %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/DecisionDialog.cpp" line="253"/>
        <source>%n independent qualifying source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="265"/>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="268"/>
        <source>No intelligence recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Provider / originator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Indicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Counts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="284"/>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="286"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="292"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="309"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="313"/>
        <source>%1: removal proposed by %2 (%3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="317"/>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="322"/>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="323"/>
        <source>removal proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="324"/>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="326"/>
        <source>%1: reviewed by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="332"/>
        <source>No earlier reviews or proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="340"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="356"/>
        <source>Enter your own password to sign the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="383"/>
        <source>Write a note for the proposer saying why the proposal is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="108"/>
        <source>Choose a nominal in the list to see their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="131"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="136"/>
        <source>Threshold result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="139"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="144"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="148"/>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="158"/>
        <source>No intelligence recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="162"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="167"/>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="170"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="175"/>
        <source>Who looked at or changed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="244"/>
        <source>juvenile (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="246"/>
        <source>Nominal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="251"/>
        <source>A removal proposal is waiting for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="276"/>
        <source>No reviews recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="280"/>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="282"/>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="283"/>
        <source>removal proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="284"/>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="286"/>
        <source> until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="289"/>
        <source> (policy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="306"/>
        <source>Nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ErasureRegisterModel</name>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="259"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="261"/>
        <source>pack saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="263"/>
        <source>printed pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="271"/>
        <source>%1 · %2 · to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="273"/>
        <source>(no recipient recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="309"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="309"/>
        <source>NOT valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="312"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="313"/>
        <source>%n earlier disclosure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="351"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="353"/>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="355"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="357"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="359"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="361"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="363"/>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="365"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="367"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="369"/>
        <source>Earlier disclosures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ErasureRegisterView</name>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="352"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="355"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="558"/>
        <source>Erasure register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="353"/>
        <source>&amp;Erasure register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="360"/>
        <source>Earlier &amp;disclosures of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="363"/>
        <source>Earlier disclosures of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="412"/>
        <source>%n nominal(s) erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="416"/>
        <source>Could not read the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="419"/>
        <source>%n signed decision(s) do NOT verify: run verify on the case file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="437"/>
        <source>Select an entry to see the disclosures made before the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="445"/>
        <source>The signed decision does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="448"/>
        <source>%1 was not included in any export or pack before the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="453"/>
        <source>%1 was included in these disclosures. Ask each recipient to destroy what they hold (Data Protection Act 2018, s.48):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="460"/>
        <source>%1 — %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="463"/>
        <source>(no recipient recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="465"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="466"/>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::FlaggedAlertModel</name>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="193"/>
        <source>%n day(s) without a proposal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="221"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="223"/>
        <source>Flagged since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="225"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="227"/>
        <source>Why it is below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="42"/>
        <source>Add intelligence about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="43"/>
        <source>Correct intelligence about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="45"/>
        <source>Synthetic demonstration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="111"/>
        <source>This item is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="116"/>
        <source>Reloaded the saved item. Make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="160"/>
        <source>Required for handling code C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="161"/>
        <source>Only for handling code C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="165"/>
        <source>Say briefly why you are making this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="188"/>
        <source>This item counts as an independent qualifying source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="194"/>
        <source>This item does not count: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="204"/>
        <source>Without this change: %1 (%2 independent sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="208"/>
        <source>With it: %1 (%2 independent sources).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::IntelligenceModel</name>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="65"/>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="67"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="69"/>
        <source>Originator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="71"/>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="73"/>
        <source>Indicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="75"/>
        <source>Counts towards threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="77"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="95"/>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="97"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="101"/>
        <source>Does not count: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::LockPage</name>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="27"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="29"/>
        <source>Corroborate is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="42"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="51"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="55"/>
        <source>&amp;Close file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="57"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="66"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="83"/>
        <source>%1 is locked by %2. Enter your own password to carry on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="104"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="104"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="186"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="187"/>
        <source>&amp;Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="188"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="189"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="190"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="191"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="201"/>
        <source>&amp;Open case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="203"/>
        <source>&amp;New case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <source>&amp;Close case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="207"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="209"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="211"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="238"/>
        <source>&amp;New nominal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="245"/>
        <source>&amp;Add intelligence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="248"/>
        <source>&amp;Correct intelligence item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251"/>
        <source>Copy &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>Change the reason for &amp;looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="282"/>
        <source>&amp;Start a review of the due queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="285"/>
        <source>Review the &amp;selected nominals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="288"/>
        <source>&amp;Resume a paused review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="297"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="300"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="313"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;About Corroborate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="350"/>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="357"/>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="364"/>
        <source>All nominals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="370"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="406"/>
        <location filename="../ui/main/MainWindow.cpp" line="409"/>
        <source>Cannot read the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410"/>
        <source>The lists could not open their own connection to the file. Close it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="421"/>
        <source>You have a paused review: Review ▸ Resume (Ctrl+Alt+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="432"/>
        <source>Evaluating %1%…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="437"/>
        <source>%n below threshold</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="439"/>
        <source>%n due for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="442"/>
        <source>The threshold evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="472"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="572"/>
        <source>Why are you looking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="573"/>
        <source>Looking at a person&apos;s record is logged with a reason. Choose or type the reason for this browsing; it is used until you change it (Nominal ▸ Change the reason for looking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="648"/>
        <location filename="../ui/main/MainWindow.cpp" line="652"/>
        <source>Corroborate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="654"/>
        <source>[synthetic data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="656"/>
        <source>[locked]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="672"/>
        <source>Reviewing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="690"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="692"/>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="816"/>
        <source>That is not the password of %1. Check it and try again; only the user who was signed in can unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="847"/>
        <source>Cannot start the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="864"/>
        <source>Review session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="876"/>
        <source>Review finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="877"/>
        <source>Every nominal in this session has a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="903"/>
        <source>Still evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="904"/>
        <source>The list is still being evaluated against the threshold. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="937"/>
        <source>Nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="938"/>
        <source>Nobody else is due for review; %n removal(s) await a supervisor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="940"/>
        <source>Nobody is due for review or below the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="953"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="954"/>
        <source>Select one or more nominals in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="967"/>
        <source>No paused review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="968"/>
        <source>You have no paused review session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="985"/>
        <source>Cannot create the nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1019"/>
        <source>No intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1020"/>
        <source>This nominal has no intelligence to correct yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="20"/>
        <source>New nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="20"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="22"/>
        <source>Synthetic demonstration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="51"/>
        <source>Victims and people at risk never meet the threshold: they will be flagged for removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="62"/>
        <source>This nominal is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="67"/>
        <source>Reloaded the saved record. Make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="120"/>
        <source>Write the date as YYYY-MM-DD, or leave it empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="126"/>
        <source>A harm score is a whole number, or empty when not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="129"/>
        <source>Say briefly why you are making this change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListModel</name>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="82"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="84"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="86"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="88"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="90"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="92"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="94"/>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="96"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="101"/>
        <source>Age today; people under 18 are marked as juveniles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="103"/>
        <source>This column cannot be sorted in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="282"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="283"/>
        <source>%1 juvenile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="289"/>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="289"/>
        <source>Meets threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="292"/>
        <source>Overdue (no dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="293"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="309"/>
        <source>Juvenile: under 18 today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListView</name>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="26"/>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="28"/>
        <source>Search this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="32"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="57"/>
        <source>All nominals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="59"/>
        <source>Nominals below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="60"/>
        <source>Nominals due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="69"/>
        <source>%1 juvenile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="73"/>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="75"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="198"/>
        <source>Evaluating every nominal against the threshold… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="208"/>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="210"/>
        <source>First %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="212"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="213"/>
        <source>%n nominal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="221"/>
        <source>Everyone on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="224"/>
        <source>Below the threshold: flagged for removal and restricted until a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="228"/>
        <source>Due for review today or overdue; below-threshold nominals first, then the most overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="236"/>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::OpenFlow</name>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="98"/>
        <source>Open case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="99"/>
        <source>Case files (*.corroborate);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="108"/>
        <source>New case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="110"/>
        <source>Case files (*.corroborate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="182"/>
        <source>Cannot open the case file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="20"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="22"/>
        <source>Save the pack as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="23"/>
        <source>Prin&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="25"/>
        <source>Print the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="26"/>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="28"/>
        <source>Preview the pack; nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="34"/>
        <source>The selected nominal (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="37"/>
        <source>The selected &amp;nominal, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackDialog.cpp" line="40"/>
        <source>The %n nominal(s) selected in the &amp;list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="162"/>
        <source>Required: say who will receive the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="164"/>
        <source>Required: the law that allows this sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="165"/>
        <source>Required: what the pack is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="177"/>
        <source>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, and start with the interpretation notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="180"/>
        <source>Internal packs hold everything, restricted nominals included (marked as such).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackFlow</name>
    <message>
        <location filename="../ui/packs/PackExtension.cpp" line="16"/>
        <source>Review &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackExtension.cpp" line="19"/>
        <source>Save, print or preview a review pack for one nominal or a batch; the disclosure is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="199"/>
        <source>Reading the nominals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="219"/>
        <source>No nominal is due for review by %1: there is nothing to put in a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="222"/>
        <source>No nominal is flagged: there is nothing to put in a pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="225"/>
        <location filename="../ui/packs/PackFlow.cpp" line="230"/>
        <source>Review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="233"/>
        <source>Read %n nominal(s) from the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="243"/>
        <source>Save review pack as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="246"/>
        <source>Not saved: no file was chosen. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="254"/>
        <location filename="../ui/packs/PackFlow.cpp" line="275"/>
        <location filename="../ui/packs/PackFlow.cpp" line="299"/>
        <source>Pack not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="260"/>
        <source>Making pack %1 as a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="269"/>
        <source>Cancelled: no file was saved and nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="276"/>
        <source>The pack could not be made: %1. Nothing was saved or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="277"/>
        <location filename="../ui/packs/PackFlow.cpp" line="355"/>
        <source>the file was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="285"/>
        <source>Saved pack %1 (%n page(s)) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="288"/>
        <location filename="../ui/packs/PackFlow.cpp" line="368"/>
        <source>The disclosure to %1 was recorded (number %2), listing %n nominal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="294"/>
        <source>Pack saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="316"/>
        <source>Print review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="321"/>
        <source>Not printed. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="327"/>
        <source>Printing pack %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="346"/>
        <source>Printing cancelled. Nothing was recorded; pages already sent to the printer may need collecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="353"/>
        <location filename="../ui/packs/PackFlow.cpp" line="379"/>
        <source>Pack not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="354"/>
        <source>The pack could not be printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="365"/>
        <source>Sent pack %1 (%n page(s)) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="374"/>
        <source>Pack printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="394"/>
        <source>Preview of pack %1 (nothing is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="400"/>
        <source>Laying out the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="400"/>
        <location filename="../ui/packs/PackFlow.cpp" line="430"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="402"/>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="403"/>
        <source>Preview progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="419"/>
        <source>Preview closed. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="432"/>
        <source>Making the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="433"/>
        <source>Pack progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="442"/>
        <source>Cancelling… nothing will be saved or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="496"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="496"/>
        <source>Drawing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PagedTableModel</name>
    <message>
        <location filename="../ui/models/PagedTableModel.cpp" line="36"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PassphrasePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="173"/>
        <source>Unlock the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="180"/>
        <source>Case file passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="181"/>
        <source>Case &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="191"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="193"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="210"/>
        <source>Enter the passphrase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="221"/>
        <source>Enter the case file&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="226"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PendingProposalModel</name>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="100"/>
        <source>%n day(s) — overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="101"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="106"/>
        <source>Waiting longer than the policy allows for a supervisor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="140"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="142"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="144"/>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="146"/>
        <source>Proposed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="148"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ProposeDialog</name>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="41"/>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="83"/>
        <source>Propose removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="45"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="52"/>
        <source>Reason for removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="57"/>
        <source>Note for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="64"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="68"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="74"/>
        <source>A note is required when the reason is “Other”. While the proposal waits for a supervisor, the nominal is restricted: left out of partner packs and anything shared outside the force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="81"/>
        <source>&amp;Propose removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="105"/>
        <source>This nominal is no longer in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="127"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="128"/>
        <source>Below the threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="129"/>
        <source>Meets the threshold today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="138"/>
        <source>A removal proposal for %1 is already waiting for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="166"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/widgets/ReasonDialog.cpp" line="27"/>
        <source>Type a reason or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReasonDialog.cpp" line="29"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ReviewView</name>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="60"/>
        <source>Review steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="61"/>
        <source>&amp;1 Identity and classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="62"/>
        <source>&amp;2 Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="63"/>
        <source>&amp;3 Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="64"/>
        <source>&amp;4 Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="74"/>
        <source>Check that this is the right person and that the classification is right: only suspected offenders can meet the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="81"/>
        <source>&amp;Edit details… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="93"/>
        <source>Check every item&apos;s grading and source. Add what is missing; correct what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="101"/>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="110"/>
        <source>&amp;Add item… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="112"/>
        <source>&amp;Correct item… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="114"/>
        <source>Re&amp;move item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="130"/>
        <source>Threshold result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="135"/>
        <source>The threshold rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="147"/>
        <source>Reta&amp;in until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="149"/>
        <source>&amp;Propose removal (a supervisor decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="151"/>
        <source>&amp;Defer this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="160"/>
        <source>Retain until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="168"/>
        <source>Reas&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="174"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="183"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="189"/>
        <source>Pa&amp;use session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="191"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="193"/>
        <source>Ne&amp;xt step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="195"/>
        <source>&amp;Save and next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="276"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="287"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="305"/>
        <source>%1 is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="347"/>
        <source>juvenile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="365"/>
        <source>A removal proposal is already waiting for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="405"/>
        <source>The threshold is met. Retain until a date (at most one review interval ahead), or propose removal or defer with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="407"/>
        <source>The threshold is not met, so this person cannot be retained: propose removal, or defer with a reason (for example, intelligence still to be recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="416"/>
        <source>No longer involved with the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="419"/>
        <source>Waiting for intelligence from a partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="420"/>
        <source>Identity to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="420"/>
        <source>Panel meeting to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="424"/>
        <source>Optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="424"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="22"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="28"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="29"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="31"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="32"/>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="35"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="43"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="47"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="48"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="52"/>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="53"/>
        <source>&amp;Protective marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="55"/>
        <source>Qt cannot tell whether the system uses a dark theme: choose Dark here if it does. A new language applies fully after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignInPage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="251"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="258"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="261"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="262"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="263"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="273"/>
        <source>&amp;Close file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="275"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="298"/>
        <source>%1 is open. It holds synthetic demonstration data. Sign in with your own user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="301"/>
        <source>%1 is open. Sign in with your own user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="313"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="318"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="323"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignOffView</name>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="105"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="551"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="107"/>
        <source>Removals &amp;awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="109"/>
        <source>Removal proposals awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="116"/>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="118"/>
        <source>Approve the selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="119"/>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="121"/>
        <source>Reject the selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="122"/>
        <source>&amp;Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="124"/>
        <source>Open the selected nominal&apos;s record in the details panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="131"/>
        <source>&amp;Flagged with no removal proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="133"/>
        <source>Flagged nominals with no removal proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="139"/>
        <source>Propose re&amp;moval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="141"/>
        <source>Propose the removal of the selected flagged nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="216"/>
        <source>%n proposal(s) waiting for a supervisor.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="218"/>
        <source>Could not load the proposals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="221"/>
        <source>%n waiting for more than %1 days (highlighted, marked “overdue”).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="248"/>
        <source>%n flagged nominal(s) below the threshold for more than %1 days with no removal proposal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="252"/>
        <source>Could not load the flagged nominals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="290"/>
        <source>The removal of %1 is approved and signed. The person has been erased; the erasure register keeps the reference and the signed decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="296"/>
        <source>Removal approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="304"/>
        <source>The proposal for %1 was rejected and sent back to the proposer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="334"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="568"/>
        <source>Propose &amp;removal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="571"/>
        <source>Propose removing the selected nominal from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="573"/>
        <source>&amp;Withdraw removal proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="576"/>
        <source>Withdraw your own removal proposal for the selected nominal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corroborate::ui::WelcomePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="116"/>
        <location filename="../ui/open/OpenPages.cpp" line="118"/>
        <source>Corroborate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="120"/>
        <source>Open a case file to review nominals, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="125"/>
        <source>&amp;Open case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="128"/>
        <source>N&amp;ew case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="134"/>
        <source>Re&amp;cent case files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="137"/>
        <source>Recent case files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
