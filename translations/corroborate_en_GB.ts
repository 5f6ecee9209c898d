<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="62"/>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="70"/>
        <source>A password needs at least 8 characters.</source>
        <translation>A password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="88"/>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="90"/>
        <source>There is already a user called %1.</source>
        <translation>There is already a user called %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="97"/>
        <source>Out of memory hashing the password.</source>
        <translation>Out of memory hashing the password.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="197"/>
        <source>The user name or password is not right. Check them and try again.</source>
        <translation>The user name or password is not right. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="211"/>
        <source>There is no user called %1.</source>
        <translation>There is no user called %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="219"/>
        <source>%1 is the last administrator and cannot be disabled. Give another user the administrator role first.</source>
        <translation>%1 is the last administrator and cannot be disabled. Give another user the administrator role first.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="235"/>
        <location filename="../app/accounts/Accounts.cpp" line="251"/>
        <source>The user name or password is not right.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="241"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>The signing key of %1 is damaged.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="107"/>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>entry %1 is missing (the next entry is %2)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="111"/>
        <source>entry %1 does not follow the entry before it</source>
        <translation>entry %1 does not follow the entry before it</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="113"/>
        <source>entry %1 was altered after it was written</source>
        <translation>entry %1 was altered after it was written</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="41"/>
        <source>There is no file at %1. Check the path, or create a case file with &quot;init&quot;.</source>
        <translation>There is no file at %1. Check the path, or create a case file with &quot;init&quot;.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="46"/>
        <source>%1 is a folder, not a case file. Choose the .corroborate file inside it.</source>
        <translation>%1 is a folder, not a case file. Choose the .corroborate file inside it.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="52"/>
        <source>%1 is not a regular file, so it is not a case file.</source>
        <translation>%1 is not a regular file, so it is not a case file.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="56"/>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation>%1 cannot be read (%2). Check its permissions.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="60"/>
        <source>%1 is empty: it is not a case file. If it was one, it was damaged; restore it from a backup.</source>
        <translation>%1 is empty: it is not a case file. If it was one, it was damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="66"/>
        <source>%1 is an unencrypted SQLite database, not a Corroborate case file. Case files are always encrypted.</source>
        <translation>%1 is an unencrypted SQLite database, not a Corroborate case file. Case files are always encrypted.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="73"/>
        <source>%1 is not a Corroborate case file, or it is damaged (its size is not a whole number of pages).</source>
        <translation>%1 is not a Corroborate case file, or it is damaged (its size is not a whole number of pages).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="83"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="91"/>
        <source>%1 is open in another copy of Corroborate. Close it there first, then try again.</source>
        <translation>%1 is open in another copy of Corroborate. Close it there first, then try again.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="94"/>
        <source>%1 is being changed by another copy of Corroborate (for example a passphrase change). Try again when it has finished.</source>
        <translation>%1 is being changed by another copy of Corroborate (for example a passphrase change). Try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="108"/>
        <source>%1 is an encrypted database, but not a Corroborate case file.</source>
        <translation>%1 is an encrypted database, but not a Corroborate case file.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="113"/>
        <source>%1 was written by a newer version of Corroborate (case file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 was written by a newer version of Corroborate (case file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="132"/>
        <source>Corroborate needs SQLCipher 4 or newer, but found &quot;%1&quot;. On Debian 12 install libsqlcipher1 from bookworm-backports (packaging/setup-debian.sh does this).</source>
        <translation>Corroborate needs SQLCipher 4 or newer, but found &quot;%1&quot;. On Debian 12 install libsqlcipher1 from bookworm-backports (packaging/setup-debian.sh does this).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="135"/>
        <source>no SQLCipher</source>
        <translation>no SQLCipher</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="144"/>
        <source>A case file needs a passphrase.</source>
        <translation>A case file needs a passphrase.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="150"/>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 already exists. Choose another name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="153"/>
        <source>Cannot create %1: %2.</source>
        <translation>Cannot create %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="164"/>
        <source>Corroborate needs SQLCipher 4 or newer. On Debian 12 install it from bookworm-backports.</source>
        <translation>Corroborate needs SQLCipher 4 or newer. On Debian 12 install it from bookworm-backports.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="192"/>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="238"/>
        <source>Changing the passphrase needs the case file to itself.</source>
        <translation>Changing the passphrase needs the case file to itself.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="240"/>
        <source>The new passphrase is empty.</source>
        <translation>The new passphrase is empty.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="275"/>
        <source>Row %1 of %2 refers to a missing %3.</source>
        <translation>Row %1 of %2 refers to a missing %3.</translation>
    </message>
</context>
<context>
    <name>CaseFileVerifier</name>
    <message numerus="yes">
        <location filename="../app/store/CaseFileVerifier.cpp" line="26"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="41"/>
        <source>Page authentication and database integrity</source>
        <translation>Page authentication and database integrity</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="47"/>
        <source>Audit log hash chain</source>
        <translation>Audit log hash chain</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/store/CaseFileVerifier.cpp" line="49"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="50"/>
        <source>broken at entry %1: %2</source>
        <translation>broken at entry %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="33"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="41"/>
        <source>%1
Usage: corroborate-cli %2
See --help.</source>
        <translation>%1
Usage: corroborate-cli %2
See --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="43"/>
        <source>Usage: corroborate-cli %1</source>
        <translation>Usage: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="46"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="48"/>
        <source>Secrets come from the environment (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) or, at a terminal, from a prompt that does not echo; never from arguments.</source>
        <translation>Secrets come from the environment (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) or, at a terminal, from a prompt that does not echo; never from arguments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSupport.cpp" line="57"/>
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>Expected %n argument.</numerusform>
            <numerusform>Expected %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="58"/>
        <source>Usage: corroborate-cli %1
See --help.</source>
        <translation>Usage: corroborate-cli %1
See --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="68"/>
        <source>%1 is not set and there is no terminal to ask at. Set it in the environment.</source>
        <translation>%1 is not set and there is no terminal to ask at. Set it in the environment.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="90"/>
        <source>Case file passphrase</source>
        <translation>Case file passphrase</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="99"/>
        <source>CORROBORATE_USER is not set and there is no terminal to ask at. Set it to your user name.</source>
        <translation>CORROBORATE_USER is not set and there is no terminal to ask at. Set it to your user name.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="101"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="117"/>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="126"/>
        <source>%1 is not permitted to do this: it needs the %2 or %3 role.</source>
        <translation>%1 is not permitted to do this: it needs the %2 or %3 role.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="129"/>
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
        <location filename="../app/demo/DemoCaseFile.cpp" line="36"/>
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
        <location filename="../ui/main/DetailsPanel.cpp" line="35"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../app/audit/DisclosureLog.cpp" line="53"/>
        <source>%1 to %2 (%3); basis: %4; %n nominal(s); %5</source>
        <translation>
            <numerusform>%1 to %2 (%3); basis: %4; %n nominal; %5</numerusform>
            <numerusform>%1 to %2 (%3); basis: %4; %n nominals; %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="119"/>
        <source>Remove intelligence</source>
        <translation>Remove intelligence</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="120"/>
        <source>Why remove this item (from %1, obtained %2)? The reason is kept in the audit log.</source>
        <translation>Why remove this item (from %1, obtained %2)? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="123"/>
        <source>Recorded against the wrong person</source>
        <translation>Recorded against the wrong person</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="123"/>
        <source>Duplicate of another item</source>
        <translation>Duplicate of another item</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="124"/>
        <source>Withdrawn by the originator</source>
        <translation>Withdrawn by the originator</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="130"/>
        <source>Cannot remove the item</source>
        <translation>Cannot remove the item</translation>
    </message>
</context>
<context>
    <name>EditService</name>
    <message>
        <location filename="../app/workflow/EditService.cpp" line="31"/>
        <source>Every change needs a short reason for the audit log.</source>
        <translation>Every change needs a short reason for the audit log.</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="113"/>
        <source>Secure delete is not on for this case file, so an erasure could leave the person&apos;s data in free space. Nothing was erased. Report this fault.</source>
        <translation>Secure delete is not on for this case file, so an erasure could leave the person&apos;s data in free space. Nothing was erased. Report this fault.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/ErasureService.cpp" line="152"/>
        <source>The write-ahead log still holds %n earlier page version(s), because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</source>
        <translation>
            <numerusform>The write-ahead log still holds %n earlier page version, because another copy of Corroborate is reading the case file. It is removed when that copy closes the file or the next erasure completes.</numerusform>
            <numerusform>The write-ahead log still holds %n earlier page versions, because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="195"/>
        <source>Erasure %1 (%2)</source>
        <translation>Erasure %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="200"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="204"/>
        <source>%1: the register&apos;s %2 (%3) differs from the signed decision (%4); the register was altered.</source>
        <translation>%1: the register&apos;s %2 (%3) differs from the signed decision (%4); the register was altered.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="226"/>
        <source>%1: the approver %2 also proposed the removal.</source>
        <translation>%1: the approver %2 also proposed the removal.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="230"/>
        <source>%1: the approver %2 is not a user of this case file.</source>
        <translation>%1: the approver %2 is not a user of this case file.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="232"/>
        <source>%1: the stored signing key of %2 is damaged.</source>
        <translation>%1: the stored signing key of %2 is damaged.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="234"/>
        <source>%1: the decision names a signing key that is not %2&apos;s.</source>
        <translation>%1: the decision names a signing key that is not %2&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="236"/>
        <source>%1: the signature is missing or damaged.</source>
        <translation>%1: the signature is missing or damaged.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="245"/>
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
        <location filename="../app/policy/Evaluation.cpp" line="163"/>
        <source>Recorded as a victim: under this policy a victim cannot meet the threshold.</source>
        <translation>Recorded as a victim: under this policy a victim cannot meet the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="165"/>
        <source>Recorded as at risk: under this policy a person at risk cannot meet the threshold.</source>
        <translation>Recorded as at risk: under this policy a person at risk cannot meet the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="168"/>
        <source>Recorded as a suspected offender, but this policy does not let suspected offenders meet the threshold.</source>
        <translation>Recorded as a suspected offender, but this policy does not let suspected offenders meet the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="171"/>
        <source>No intelligence item qualifies: none has the grading, the age and the indication the policy requires.</source>
        <translation>No intelligence item qualifies: none has the grading, the age and the indication the policy requires.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="174"/>
        <source>The qualifying intelligence comes from fewer independent originators than the policy requires.</source>
        <translation>The qualifying intelligence comes from fewer independent originators than the policy requires.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="177"/>
        <source>The intelligence that counts comes from only one provider category (police, partner agency or community); the policy requires at least two.</source>
        <translation>The intelligence that counts comes from only one provider category (police, partner agency or community); the policy requires at least two.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="180"/>
        <source>The harm score is 0.</source>
        <translation>The harm score is 0.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="182"/>
        <source>The review is overdue. This alone does not put the nominal below the threshold.</source>
        <translation>The review is overdue. This alone does not put the nominal below the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="186"/>
        <source>The source evaluation is not one the policy accepts.</source>
        <translation>The source evaluation is not one the policy accepts.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="188"/>
        <source>The intelligence assessment is not one the policy accepts.</source>
        <translation>The intelligence assessment is not one the policy accepts.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="190"/>
        <source>It was obtained before the period the policy counts (or its date is not known).</source>
        <translation>It was obtained before the period the policy counts (or its date is not known).</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="193"/>
        <source>What it indicates is not what the policy counts as evidence of gang membership.</source>
        <translation>What it indicates is not what the policy counts as evidence of gang membership.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="196"/>
        <source>Its originator is already counted through a more recent item, so it adds no independent source.</source>
        <translation>Its originator is already counted through a more recent item, so it adds no independent source.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="198"/>
        <source>Unknown reason code &quot;%1&quot;.</source>
        <translation>Unknown reason code &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="204"/>
        <source>Meets the threshold</source>
        <translation>Meets the threshold</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="205"/>
        <source>Below the threshold: flagged for removal and restricted</source>
        <translation>Below the threshold: flagged for removal and restricted</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <location filename="../app/policy/Evaluator.cpp" line="239"/>
        <source>The evaluation date is not a valid date: give it as YYYY-MM-DD.</source>
        <translation>The evaluation date is not a valid date: give it as YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="419"/>
        <source>the document is empty; expected a JSON object with format, version and nominals</source>
        <translation>the document is empty; expected a JSON object with format, version and nominals</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="427"/>
        <source>not valid JSON: %1 at offset %2 (%3)</source>
        <translation>not valid JSON: %1 at offset %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="434"/>
        <source>must be a JSON object with format, version and nominals, but is %1</source>
        <translation>must be a JSON object with format, version and nominals, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="435"/>
        <source>a scalar</source>
        <translation>a scalar</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="444"/>
        <source>is required but missing; expected &quot;%1&quot;</source>
        <translation>is required but missing; expected &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="447"/>
        <source>%1 is not a Corroborate exchange document; expected &quot;%2&quot;</source>
        <translation>%1 is not a Corroborate exchange document; expected &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="454"/>
        <source>is required but missing; expected %1</source>
        <translation>is required but missing; expected %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="457"/>
        <source>must be a number, but is %1</source>
        <translation>must be a number, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="460"/>
        <source>%1 is not supported; this version of Corroborate reads version %2</source>
        <translation>%1 is not supported; this version of Corroborate reads version %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="466"/>
        <source>is required but missing; expected an array of nominals (it may be empty)</source>
        <translation>is required but missing; expected an array of nominals (it may be empty)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="383"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="472"/>
        <source>must be an array, but is %1</source>
        <translation>must be an array, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="120"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="122"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="124"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="126"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="128"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="130"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="134"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="165"/>
        <source>unknown field; expected one of: %1</source>
        <translation>unknown field; expected one of: %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="177"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="213"/>
        <source>is required but missing</source>
        <translation>is required but missing</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="181"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="199"/>
        <source>must be a string, but is %1</source>
        <translation>must be a string, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="186"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="223"/>
        <source>is required but empty</source>
        <translation>is required but empty</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="217"/>
        <source>must be a date written as a string (YYYY-MM-DD), but is %1</source>
        <translation>must be a date written as a string (YYYY-MM-DD), but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="231"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="232"/>
        <source>%1 is not a date (YYYY-MM-DD); leave it out or write null when it is not known</source>
        <translation>%1 is not a date (YYYY-MM-DD); leave it out or write null when it is not known</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="238"/>
        <source>%1 is in the future (today is %2)</source>
        <translation>%1 is in the future (today is %2)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="255"/>
        <source>%1 is not one of: %2</source>
        <translation>%1 is not one of: %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="268"/>
        <source>must be a whole number or null, but is %1</source>
        <translation>must be a whole number or null, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="273"/>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="277"/>
        <source>%1 is negative; a harm score is 0 or more</source>
        <translation>%1 is negative; a harm score is 0 or more</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="281"/>
        <source>%1 is too large for a harm score</source>
        <translation>%1 is too large for a harm score</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="318"/>
        <source>handling code C (sharing permitted with conditions) needs the conditions; write them here</source>
        <translation>handling code C (sharing permitted with conditions) needs the conditions; write them here</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="336"/>
        <source>%1 starts or ends with white space; a reference is written without it</source>
        <translation>%1 starts or ends with white space; a reference is written without it</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="356"/>
        <source>%1 is before 1900-01-01; check the date of birth</source>
        <translation>%1 is before 1900-01-01; check the date of birth</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="360"/>
        <source>%1 is after listed_on (%2)</source>
        <translation>%1 is after listed_on (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/ExchangeFormat.cpp" line="362"/>
        <source>%1 makes the person %n year(s) old on listed_on (%2); a nominal must be at least 10 when listed</source>
        <translation>
            <numerusform>%1 makes the person %n year old on listed_on (%2); a nominal must be at least 10 when listed</numerusform>
            <numerusform>%1 makes the person %n years old on listed_on (%2); a nominal must be at least 10 when listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="377"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="483"/>
        <source>must be an object, but is %1</source>
        <translation>must be an object, but is %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="404"/>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="494"/>
        <source>%1 appears twice in the document: also at %2</source>
        <translation>%1 appears twice in the document: also at %2</translation>
    </message>
</context>
<context>
    <name>ExchangeWriter</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="584"/>
        <source>Could not write the export: %1. Check the disk space and the destination, then export again.</source>
        <translation>Could not write the export: %1. Check the disk space and the destination, then export again.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="20"/>
        <source>%1 already exists. Choose another name: an export never overwrites a file.</source>
        <translation>%1 already exists. Choose another name: an export never overwrites a file.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="32"/>
        <source>Write to this new file (never overwritten) instead of standard output.</source>
        <translation>Write to this new file (never overwritten) instead of standard output.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="36"/>
        <source>Who receives the export, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Who receives the export, for the disclosure record (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="41"/>
        <source>Why, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Why, for the disclosure record (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="46"/>
        <source>The lawful basis, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>The lawful basis, for the disclosure record (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="51"/>
        <source>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role.</source>
        <translation>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="62"/>
        <source>--out needs a file name.</source>
        <translation>--out needs a file name.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="82"/>
        <source>Cannot write %1 (%2). Check the folder exists and is writable.</source>
        <translation>Cannot write %1 (%2). Check the folder exists and is writable.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="95"/>
        <source>Could not finish writing %1 (%2). Nothing was exported.</source>
        <translation>Could not finish writing %1 (%2). Nothing was exported.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="109"/>
        <source>Cannot write to standard output.</source>
        <translation>Cannot write to standard output.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="113"/>
        <source>Could not finish writing to standard output (%1).</source>
        <translation>Could not finish writing to standard output (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="117"/>
        <source>Exported %n nominal(s) with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</source>
        <translation>
            <numerusform>Exported %n nominal with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</numerusform>
            <numerusform>Exported %n nominals with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="122"/>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/exchange/Exporter.cpp" line="45"/>
        <source>standard output</source>
        <translation>standard output</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="49"/>
        <source>self (backup)</source>
        <translation>self (backup)</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="50"/>
        <source>backup or migration</source>
        <translation>backup or migration</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="51"/>
        <source>not stated</source>
        <translation>not stated</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
            <numerusform>Nothing was imported from %1: %n nominal already in the case file. Use --update to replace it.</numerusform>
            <numerusform>Nothing was imported from %1: %n nominals already in the case file. Use --update to replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="45"/>
        <source>Nothing was imported from %1: %n problem(s) found. Correct them and import again.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem found. Correct it and import again.</numerusform>
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
    <name>Importer</name>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="70"/>
        <source>%1 belonged to a nominal who has been erased; references are never reused. Give this person a new reference</source>
        <translation>%1 belonged to a nominal who has been erased; references are never reused. Give this person a new reference</translation>
    </message>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="79"/>
        <source>%1 already exists in the case file; import with update to replace it, or leave it out of the document</source>
        <translation>%1 already exists in the case file; import with update to replace it, or leave it out of the document</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="22"/>
        <source>User name of the first administrator.</source>
        <translation>User name of the first administrator.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="24"/>
        <source>Their display name.</source>
        <translation>Their display name.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="28"/>
        <source>Creates a new encrypted case file with its first administrator. Passphrase from CORROBORATE_PASSPHRASE, the administrator&apos;s password from CORROBORATE_PASSWORD.</source>
        <translation>Creates a new encrypted case file with its first administrator. Passphrase from CORROBORATE_PASSPHRASE, the administrator&apos;s password from CORROBORATE_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="34"/>
        <source>--admin USERNAME is required.</source>
        <translation>--admin USERNAME is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="41"/>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="64"/>
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
        <location filename="../app/packs/InterpretationNotice.cpp" line="41"/>
        <source>This pack was produced by %1 for %2, as at %3, for this purpose: %4. Lawful basis: %5. Use it for that purpose only and do not pass it on.</source>
        <translation>This pack was produced by %1 for %2, as at %3, for this purpose: %4. Lawful basis: %5. Use it for that purpose only and do not pass it on.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="48"/>
        <source>What inclusion means</source>
        <translation>What inclusion means</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="50"/>
        <source>A person appears in this pack because, at the time shown, the police held graded intelligence about them that met the written inclusion threshold set out below, and their listing was neither flagged for removal nor awaiting a decision on removal.</source>
        <translation>A person appears in this pack because, at the time shown, the police held graded intelligence about them that met the written inclusion threshold set out below, and their listing was neither flagged for removal nor awaiting a decision on removal.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="55"/>
        <source>What inclusion does not mean</source>
        <translation>What inclusion does not mean</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="57"/>
        <source>It is not a finding of guilt, a charge or a conviction, and it is not evidence of an offence.</source>
        <translation>It is not a finding of guilt, a charge or a conviction, and it is not evidence of an offence.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="59"/>
        <source>It does not mean the person is dangerous to you, your staff or your service users, nor that anyone they live with is involved.</source>
        <translation>It does not mean the person is dangerous to you, your staff or your service users, nor that anyone they live with is involved.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="61"/>
        <source>Intelligence is information assessed for its reliability; some of it is untested and it may be incomplete or out of date. Read each item&apos;s grading.</source>
        <translation>Intelligence is information assessed for its reliability; some of it is untested and it may be incomplete or out of date. Read each item&apos;s grading.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="63"/>
        <source>Someone who is not in this pack is not thereby cleared: people below the threshold or awaiting a removal decision are left out of partner packs.</source>
        <translation>Someone who is not in this pack is not thereby cleared: people below the threshold or awaiting a removal decision are left out of partner packs.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="71"/>
        <source>The inclusion threshold (policy version %1)</source>
        <translation>The inclusion threshold (policy version %1)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="74"/>
        <source>How intelligence is graded (3x5x2)</source>
        <translation>How intelligence is graded (3x5x2)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="76"/>
        <source>Each intelligence item carries three codes: how reliable its source is, how the source came to know it, and whether and how it may be shared. The meaning is printed beside every code in this pack.</source>
        <translation>Each intelligence item carries three codes: how reliable its source is, how the source came to know it, and whether and how it may be shared. The meaning is printed beside every code in this pack.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="81"/>
        <source>Items with handling code C may be shared only under conditions recorded with them; their details are withheld from partner packs and the pack says where an item was withheld.</source>
        <translation>Items with handling code C may be shared only under conditions recorded with them; their details are withheld from partner packs and the pack says where an item was withheld.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="85"/>
        <source>What this pack must not be used for</source>
        <translation>What this pack must not be used for</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="88"/>
        <source>This pack must not be used for housing, employment or benefits screening, nor for any decision about a person&apos;s access to a service, tenancy, job, school place or payment. It may be used only for the purpose stated above.</source>
        <translation>This pack must not be used for housing, employment or benefits screening, nor for any decision about a person&apos;s access to a service, tenancy, job, school place or payment. It may be used only for the purpose stated above.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="93"/>
        <source>Reporting an inaccuracy</source>
        <translation>Reporting an inaccuracy</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="95"/>
        <source>If you believe anything in this pack is wrong or out of date, tell the officer who produced it, %1, as soon as possible, quoting the pack identifier %2 and the nominal&apos;s reference. Do not correct or annotate the pack yourself and do not contact the person about the record.</source>
        <translation>If you believe anything in this pack is wrong or out of date, tell the officer who produced it, %1, as soon as possible, quoting the pack identifier %2 and the nominal&apos;s reference. Do not correct or annotate the pack yourself and do not contact the person about the record.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="102"/>
        <source>When to destroy this pack</source>
        <translation>When to destroy this pack</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="104"/>
        <source>Destroy every copy securely (cross-cut shredding, or secure deletion of the file) as soon as the purpose above has been served, and no later than %1. Do not copy it, keep extracts of it or add it to your own records.</source>
        <translation>Destroy every copy securely (cross-cut shredding, or secure deletion of the file) as soon as the purpose above has been served, and no later than %1. Do not copy it, keep extracts of it or add it to your own records.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="110"/>
        <source>Before acting</source>
        <translation>Before acting</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="112"/>
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
        <location filename="../ui/data/NominalDetails.cpp" line="21"/>
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
        <source>&amp;Harm score:</source>
        <translation>&amp;Harm score:</translation>
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
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Reload the saved record</source>
        <translation>Reload the saved record</translation>
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
        <location filename="../app/store/NominalRepository.cpp" line="139"/>
        <source>A nominal with reference %1 already exists.</source>
        <translation>A nominal with reference %1 already exists.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="141"/>
        <source>Reference %1 belonged to a nominal who has been erased; references are never reused.</source>
        <translation>Reference %1 belonged to a nominal who has been erased; references are never reused.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="164"/>
        <source>There is no nominal with reference %1.</source>
        <translation>There is no nominal with reference %1.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="308"/>
        <source>%1 was removed by someone else while you were editing it.</source>
        <translation>%1 was removed by someone else while you were editing it.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="309"/>
        <source>%1 was changed by %2 at %3 while you were editing it. Reload it to see their change, then edit again.</source>
        <translation>%1 was changed by %2 at %3 while you were editing it. Reload it to see their change, then edit again.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="361"/>
        <location filename="../app/store/NominalRepository.cpp" line="387"/>
        <source>Intelligence item %1</source>
        <translation>Intelligence item %1</translation>
    </message>
</context>
<context>
    <name>OpenPages</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="54"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="66"/>
        <source>Name the recipient, the lawful basis and the purpose before a pack leaves the file; missing or blank: %1.</source>
        <translation>Name the recipient, the lawful basis and the purpose before a pack leaves the file; missing or blank: %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="74"/>
        <source>The due-by date is not a valid date (YYYY-MM-DD).</source>
        <translation>The due-by date is not a valid date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="125"/>
        <source>No nominal with the reference(s) %1 is in this case file; no pack was made. Check the references.</source>
        <translation>No nominal with the reference(s) %1 is in this case file; no pack was made. Check the references.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="28"/>
        <source>A nominal&apos;s reference; repeat for several (printed in the order given).</source>
        <translation>A nominal&apos;s reference; repeat for several (printed in the order given).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="32"/>
        <source>Every nominal whose next review is due on or before this date.</source>
        <translation>Every nominal whose next review is due on or before this date.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="35"/>
        <source>Every nominal below the threshold today.</source>
        <translation>Every nominal below the threshold today.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="38"/>
        <source>internal (everything) or partner (restricted nominals and handling-code-C details left out, interpretation notice first).</source>
        <translation>internal (everything) or partner (restricted nominals and handling-code-C details left out, interpretation notice first).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="42"/>
        <source>Who the pack is for (required).</source>
        <translation>Who the pack is for (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="45"/>
        <source>The lawful basis for sharing it (required).</source>
        <translation>The lawful basis for sharing it (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="48"/>
        <source>What it is for (required).</source>
        <translation>What it is for (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="51"/>
        <source>The PDF to write; an existing file is never overwritten.</source>
        <translation>The PDF to write; an existing file is never overwritten.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="56"/>
        <source>The pack&apos;s language: cy (Cymraeg) or en (English). Default: the language this command runs in.</source>
        <translation>The pack&apos;s language: cy (Cymraeg) or en (English). Default: the language this command runs in.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="62"/>
        <source>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure. Needs the officer role.</source>
        <translation>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure. Needs the officer role.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="73"/>
        <source>Choose the nominals with exactly one of --nominal REF, --due-by YYYY-MM-DD or --flagged.
Usage: corroborate-cli %1</source>
        <translation>Choose the nominals with exactly one of --nominal REF, --due-by YYYY-MM-DD or --flagged.
Usage: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="83"/>
        <source>--audience must be internal or partner.</source>
        <translation>--audience must be internal or partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="90"/>
        <source>--language must be cy or en, not &quot;%1&quot;.</source>
        <translation>--language must be cy or en, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="96"/>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="102"/>
        <source>--due-by must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--due-by must be a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="119"/>
        <source>No nominal is below the threshold; no pack was written.</source>
        <translation>No nominal is below the threshold; no pack was written.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="120"/>
        <source>No nominal is due for review on or before %1; no pack was written.</source>
        <translation>No nominal is due for review on or before %1; no pack was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="128"/>
        <source>Wrote %1 (%2, %n page(s)) to %3</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n page) to %3</numerusform>
            <numerusform>Wrote %1 (%2, %n pages) to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="131"/>
        <source>%n nominal(s) included</source>
        <translation>
            <numerusform>%n nominal included</numerusform>
            <numerusform>%n nominals included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="135"/>
        <source>%n restricted nominal(s) withheld</source>
        <translation>
            <numerusform>%n restricted nominal withheld</numerusform>
            <numerusform>%n restricted nominals withheld</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="137"/>
        <source>recorded as disclosure %1.</source>
        <translation>recorded as disclosure %1.</translation>
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
        <location filename="../app/packs/PackHtml.cpp" line="308"/>
        <source>Meets the threshold</source>
        <translation>Meets the threshold</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="112"/>
        <location filename="../app/packs/PackHtml.cpp" line="309"/>
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
        <location filename="../app/packs/PackHtml.cpp" line="139"/>
        <source>%1 at %2 UTC</source>
        <translation>%1 at %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="174"/>
        <source>Gang nominal review pack</source>
        <translation>Gang nominal review pack</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="176"/>
        <source>PARTNER PACK: for the named recipient only, under the interpretation notice that follows this page</source>
        <translation>PARTNER PACK: for the named recipient only, under the interpretation notice that follows this page</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="178"/>
        <source>INTERNAL PACK: for police use only; not to be shared outside the force</source>
        <translation>INTERNAL PACK: for police use only; not to be shared outside the force</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="182"/>
        <source>SYNTHETIC DATA: every person in this pack is invented, for testing and training.</source>
        <translation>SYNTHETIC DATA: every person in this pack is invented, for testing and training.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="186"/>
        <source>Pack identifier</source>
        <translation>Pack identifier</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="187"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="188"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="189"/>
        <source>Produced by</source>
        <translation>Produced by</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="190"/>
        <source>As at</source>
        <translation>As at</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="191"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="192"/>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="193"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="194"/>
        <source>Nominals in this pack</source>
        <translation>Nominals in this pack</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="196"/>
        <source>Nominals withheld</source>
        <translation>Nominals withheld</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="197"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="199"/>
        <source>1 nominal selected for this pack is withheld because it is restricted (below the inclusion threshold, or awaiting a decision on removal). It is not named in this pack.</source>
        <translation>1 nominal selected for this pack is withheld because it is restricted (below the inclusion threshold, or awaiting a decision on removal). It is not named in this pack.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="202"/>
        <source>%1 nominals selected for this pack are withheld because they are restricted (below the inclusion threshold, or awaiting a decision on removal). They are not named in this pack.</source>
        <translation>%1 nominals selected for this pack are withheld because they are restricted (below the inclusion threshold, or awaiting a decision on removal). They are not named in this pack.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="206"/>
        <source>Threshold policy</source>
        <translation>Threshold policy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="206"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="207"/>
        <source>Destroy by</source>
        <translation>Destroy by</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="213"/>
        <source>Before acting on this pack:</source>
        <translation>Before acting on this pack:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="214"/>
        <source>check each nominal&apos;s current status in Corroborate. This pack shows the records as at the date and time above; since then intelligence may have been added or corrected, a status may have changed, and a person may have been removed from the list and their record erased.</source>
        <translation>check each nominal&apos;s current status in Corroborate. This pack shows the records as at the date and time above; since then intelligence may have been added or corrected, a status may have changed, and a person may have been removed from the list and their record erased.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="220"/>
        <source>Read the interpretation notice on the next page before reading any nominal&apos;s section. This pack must not be used for housing, employment or benefits screening.</source>
        <translation>Read the interpretation notice on the next page before reading any nominal&apos;s section. This pack must not be used for housing, employment or benefits screening.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="231"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <location filename="../app/packs/PackHtml.cpp" line="367"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <location filename="../app/packs/PackHtml.cpp" line="441"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="247"/>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="260"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="268"/>
        <source>it is below the threshold and a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>it is below the threshold and a proposal to remove it awaits a supervisor&apos;s decision</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="270"/>
        <source>it is below the threshold (flagged for removal)</source>
        <translation>it is below the threshold (flagged for removal)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="271"/>
        <source>a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>a proposal to remove it awaits a supervisor&apos;s decision</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="274"/>
        <source>RESTRICTED: %1. Do not share any of this section outside the force.</source>
        <translation>RESTRICTED: %1. Do not share any of this section outside the force.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="280"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="283"/>
        <source>(age %1)</source>
        <translation>(age %1)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="286"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="286"/>
        <source>Forenames</source>
        <translation>Forenames</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="288"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="288"/>
        <source>Self-defined ethnicity</source>
        <translation>Self-defined ethnicity</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="290"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="290"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="291"/>
        <source>Harm score</source>
        <translation>Harm score</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="292"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="295"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="296"/>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="297"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="298"/>
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="302"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="306"/>
        <source>Threshold result</source>
        <translation>Threshold result</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="310"/>
        <source>Evaluated under threshold policy version %1 as at %2; independent qualifying originators: %3.</source>
        <translation>Evaluated under threshold policy version %1 as at %2; independent qualifying originators: %3.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="316"/>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="326"/>
        <source>A proposal to remove this nominal has been awaiting a supervisor&apos;s decision since %1.</source>
        <translation>A proposal to remove this nominal has been awaiting a supervisor&apos;s decision since %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="330"/>
        <source>Reason given: %1</source>
        <translation>Reason given: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="335"/>
        <source>Intelligence (1 item)</source>
        <translation>Intelligence (1 item)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="336"/>
        <source>Intelligence (%1 items)</source>
        <translation>Intelligence (%1 items)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="338"/>
        <source>No intelligence is recorded.</source>
        <translation>No intelligence is recorded.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="343"/>
        <source>Item and source</source>
        <translation>Item and source</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="343"/>
        <source>Grading (code: meaning)</source>
        <translation>Grading (code: meaning)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="344"/>
        <source>What it indicates and summary</source>
        <translation>What it indicates and summary</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="348"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="353"/>
        <source>Handling code %1: %2</source>
        <translation>Handling code %1: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="356"/>
        <source>Withheld. This item may be shared only under conditions recorded with it, so its details are left out of partner packs. To ask for it, contact the officer who produced this pack, quoting the pack identifier, the nominal&apos;s reference and the item number.</source>
        <translation>Withheld. This item may be shared only under conditions recorded with it, so its details are left out of partner packs. To ask for it, contact the officer who produced this pack, quoting the pack identifier, the nominal&apos;s reference and the item number.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="365"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="366"/>
        <source>Originator</source>
        <translation>Originator</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="370"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="371"/>
        <source>Intelligence: %1</source>
        <translation>Intelligence: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="372"/>
        <source>Handling: %1</source>
        <translation>Handling: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="383"/>
        <source>Handling conditions:</source>
        <translation>Handling conditions:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="386"/>
        <source>Does not count towards the threshold.</source>
        <translation>Does not count towards the threshold.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="387"/>
        <source>Does not count towards the threshold:</source>
        <translation>Does not count towards the threshold:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="392"/>
        <source>Counts towards the threshold.</source>
        <translation>Counts towards the threshold.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="400"/>
        <source>Review history</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="402"/>
        <source>No review is recorded.</source>
        <translation>No review is recorded.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="413"/>
        <source>Retain until %1</source>
        <translation>Retain until %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="431"/>
        <source>Panel decision for %1</source>
        <translation>Panel decision for %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="435"/>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="435"/>
        <source>retain until (date) / propose removal / defer (reason)</source>
        <translation>retain until (date) / propose removal / defer (reason)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="438"/>
        <source>Reasons and actions:</source>
        <translation>Reasons and actions:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="441"/>
        <source>Role and agency</source>
        <translation>Role and agency</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="441"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="444"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>PackOutput</name>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="20"/>
        <source>Cannot write the pack to %1: %2. Choose a folder you can write to.</source>
        <translation>Cannot write the pack to %1: %2. Choose a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="36"/>
        <location filename="../app/packs/PackOutput.cpp" line="85"/>
        <source>%1 already exists; packs never overwrite a file. Choose another name.</source>
        <translation>%1 already exists; packs never overwrite a file. Choose another name.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="41"/>
        <source>Cannot create %1: %2.</source>
        <translation>Cannot create %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="46"/>
        <source>The pack could not be saved to %1: %2.</source>
        <translation>The pack could not be saved to %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="96"/>
        <source>The pack could not be written to %1: %2.</source>
        <translation>The pack could not be written to %1: %2.</translation>
    </message>
</context>
<context>
    <name>PackRenderer</name>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="384"/>
        <source>The pack could not start page %1.</source>
        <translation>The pack could not start page %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="422"/>
        <source>SYNTHETIC DATA</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="445"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="483"/>
        <source>Review pack %1 (%2)</source>
        <translation>Review pack %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="527"/>
        <source>The pack could not be rendered: the output could not be opened for painting.</source>
        <translation>The pack could not be rendered: the output could not be opened for painting.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="544"/>
        <source>The pack&apos;s page count changed between layout passes (%1, then %2).</source>
        <translation>The pack&apos;s page count changed between layout passes (%1, then %2).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../app/policy/Policy.cpp" line="48"/>
        <source>Policy setting &quot;%1&quot; must be a list of codes (from: %2).</source>
        <translation>Policy setting &quot;%1&quot; must be a list of codes (from: %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="54"/>
        <source>Policy setting &quot;%1&quot; must not be empty: list at least one of %2.</source>
        <translation>Policy setting &quot;%1&quot; must not be empty: list at least one of %2.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="63"/>
        <source>Policy setting &quot;%1&quot;: entry %2 is not a text code; use codes from: %3.</source>
        <translation>Policy setting &quot;%1&quot;: entry %2 is not a text code; use codes from: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="74"/>
        <source>Policy setting &quot;%1&quot;: &quot;%2&quot; is not a valid code; use codes from: %3.</source>
        <translation>Policy setting &quot;%1&quot;: &quot;%2&quot; is not a valid code; use codes from: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="81"/>
        <source>Policy setting &quot;%1&quot; lists &quot;%2&quot; more than once; list each code once.</source>
        <translation>Policy setting &quot;%1&quot; lists &quot;%2&quot; more than once; list each code once.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="101"/>
        <source>Policy setting &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Policy setting &quot;%1&quot; must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="116"/>
        <source>Policy setting &quot;%1&quot; must be true or false.</source>
        <translation>Policy setting &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="137"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="138"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="147"/>
        <source>a suspected offender</source>
        <translation>a suspected offender</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="149"/>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="151"/>
        <source>a victim</source>
        <translation>a victim</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="160"/>
        <source>gang membership</source>
        <translation>gang membership</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="162"/>
        <source>association with a gang</source>
        <translation>association with a gang</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="164"/>
        <source>victimisation</source>
        <translation>victimisation</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="166"/>
        <source>something other than membership, association or victimisation</source>
        <translation>something other than membership, association or victimisation</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="218"/>
        <source>&quot;%1&quot; is not a policy setting: remove it or correct its spelling (the settings are %2).</source>
        <translation>&quot;%1&quot; is not a policy setting: remove it or correct its spelling (the settings are %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="257"/>
        <source>The threshold policy is not valid:
%1</source>
        <translation>The threshold policy is not valid:
%1</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="268"/>
        <source>Stored policy version %1 is not valid: %2 Set a corrected policy as a new version.</source>
        <translation>Stored policy version %1 is not valid: %2 Set a corrected policy as a new version.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="316"/>
        <source>at least one originator</source>
        <translation>at least one originator</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="317"/>
        <source>at least %n different originators</source>
        <translation>
            <numerusform>at least %n different originators</numerusform>
            <numerusform>at least %n different originators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="320"/>
        <source>within the month before the evaluation date</source>
        <translation>within the month before the evaluation date</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="321"/>
        <source>within the %n months before the evaluation date</source>
        <translation>
            <numerusform>within the %n months before the evaluation date</numerusform>
            <numerusform>within the %n months before the evaluation date</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="325"/>
        <source>A nominal recorded as %1 meets the threshold when %2 (the units, agencies or sources the intelligence came from, compared ignoring capitals and spacing) have provided intelligence that indicates %3, graded %4 for the source and %5 for the intelligence, and obtained %6 (the first day of that period included).</source>
        <translation>A nominal recorded as %1 meets the threshold when %2 (the units, agencies or sources the intelligence came from, compared ignoring capitals and spacing) have provided intelligence that indicates %3, graded %4 for the source and %5 for the intelligence, and obtained %6 (the first day of that period included).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="332"/>
        <source>Each originator counts once, through its most recent qualifying item.</source>
        <translation>Each originator counts once, through its most recent qualifying item.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="334"/>
        <source>The counted originators must also come from at least two provider categories (police, partner agency, community).</source>
        <translation>The counted originators must also come from at least two provider categories (police, partner agency, community).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="338"/>
        <source>A nominal recorded as %1 never meets the threshold.</source>
        <translation>A nominal recorded as %1 never meets the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="340"/>
        <source>A nominal whose harm score is 0 is below the threshold whatever the intelligence; a nominal with no harm score recorded is not affected.</source>
        <translation>A nominal whose harm score is 0 is below the threshold whatever the intelligence; a nominal with no harm score recorded is not affected.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="342"/>
        <source>The harm score does not affect the threshold.</source>
        <translation>The harm score does not affect the threshold.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="343"/>
        <source>A nominal below the threshold is flagged for removal and restricted: it is left out of anything shared outside the force until a supervisor decides.</source>
        <translation>A nominal below the threshold is flagged for removal and restricted: it is left out of anything shared outside the force until a supervisor decides.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="345"/>
        <source>the day after</source>
        <translation>the day after</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="346"/>
        <source>%n days after</source>
        <translation>
            <numerusform>%n days after</numerusform>
            <numerusform>%n days after</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="347"/>
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
        <location filename="../app/policy/PolicyStore.cpp" line="56"/>
        <source>The case file has no threshold policy.</source>
        <translation>The case file has no threshold policy.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="66"/>
        <source>There is no policy version %1.</source>
        <translation>There is no policy version %1.</translation>
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
        <location filename="../ui/signoff/SignOffView.cpp" line="490"/>
        <source>Propose removal</source>
        <translation>Propose removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="491"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="517"/>
        <source>Select a nominal in a list first.</source>
        <translation>Select a nominal in a list first.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="499"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Removal of %1 proposed; it waits for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="514"/>
        <source>Withdraw removal proposal</source>
        <translation>Withdraw removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="530"/>
        <source>%1 has no removal proposal waiting.</source>
        <translation>%1 has no removal proposal waiting.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="535"/>
        <source>Withdraw your proposal to remove %1 (%2)?</source>
        <translation>Withdraw your proposal to remove %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="540"/>
        <source>The proposal to remove %1 was withdrawn.</source>
        <translation>The proposal to remove %1 was withdrawn.</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="13"/>
        <source>A reference is 1 to 32 letters, digits, dashes, dots, slashes or underscores, like N-000123.</source>
        <translation>A reference is 1 to 32 letters, digits, dashes, dots, slashes or underscores, like N-000123.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="16"/>
        <source>Enter the surname.</source>
        <translation>Enter the surname.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="18"/>
        <source>The surname is too long.</source>
        <translation>The surname is too long.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="20"/>
        <source>The forenames are too long.</source>
        <translation>The forenames are too long.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="23"/>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="26"/>
        <source>The date of birth is before 1900: check the year.</source>
        <translation>The date of birth is before 1900: check the year.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="30"/>
        <source>A harm score is a whole number from 0 to 100000, or left empty.</source>
        <translation>A harm score is a whole number from 0 to 100000, or left empty.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="32"/>
        <source>Enter the date the person was listed.</source>
        <translation>Enter the date the person was listed.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="34"/>
        <source>The listing date is in the future.</source>
        <translation>The listing date is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="37"/>
        <source>The listing date is before the date of birth.</source>
        <translation>The listing date is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="40"/>
        <source>The last review is in the future.</source>
        <translation>The last review is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="43"/>
        <source>The last review is before the listing date.</source>
        <translation>The last review is before the listing date.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="53"/>
        <source>Enter the originator: the unit, agency or source it came from.</source>
        <translation>Enter the originator: the unit, agency or source it came from.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="55"/>
        <source>The originator is too long.</source>
        <translation>The originator is too long.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="57"/>
        <source>The reference is too long.</source>
        <translation>The reference is too long.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="60"/>
        <source>Enter the date the intelligence was obtained.</source>
        <translation>Enter the date the intelligence was obtained.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="62"/>
        <source>The date obtained is in the future.</source>
        <translation>The date obtained is in the future.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="65"/>
        <source>Handling code C needs its conditions: say on what conditions it may be shared.</source>
        <translation>Handling code C needs its conditions: say on what conditions it may be shared.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="68"/>
        <source>Enter a short summary.</source>
        <translation>Enter a short summary.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="71"/>
        <source>The summary is longer than %1 characters.</source>
        <translation>The summary is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="77"/>
        <source>Asian, Asian British or Asian Welsh: Bangladeshi</source>
        <translation>Asian, Asian British or Asian Welsh: Bangladeshi</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="78"/>
        <source>Asian, Asian British or Asian Welsh: Chinese</source>
        <translation>Asian, Asian British or Asian Welsh: Chinese</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="79"/>
        <source>Asian, Asian British or Asian Welsh: Indian</source>
        <translation>Asian, Asian British or Asian Welsh: Indian</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="80"/>
        <source>Asian, Asian British or Asian Welsh: Pakistani</source>
        <translation>Asian, Asian British or Asian Welsh: Pakistani</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="81"/>
        <source>Asian, Asian British or Asian Welsh: Other Asian</source>
        <translation>Asian, Asian British or Asian Welsh: Other Asian</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="82"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: African</source>
        <translation>Black, Black British, Black Welsh, Caribbean or African: African</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="83"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Caribbean</source>
        <translation>Black, Black British, Black Welsh, Caribbean or African: Caribbean</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="84"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Other Black</source>
        <translation>Black, Black British, Black Welsh, Caribbean or African: Other Black</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="85"/>
        <source>Mixed or Multiple ethnic groups: White and Asian</source>
        <translation>Mixed or Multiple ethnic groups: White and Asian</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="86"/>
        <source>Mixed or Multiple ethnic groups: White and Black African</source>
        <translation>Mixed or Multiple ethnic groups: White and Black African</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="87"/>
        <source>Mixed or Multiple ethnic groups: White and Black Caribbean</source>
        <translation>Mixed or Multiple ethnic groups: White and Black Caribbean</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="88"/>
        <source>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</source>
        <translation>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="89"/>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>White: English, Welsh, Scottish, Northern Irish or British</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="90"/>
        <source>White: Irish</source>
        <translation>White: Irish</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="91"/>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>White: Gypsy or Irish Traveller</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="92"/>
        <source>White: Roma</source>
        <translation>White: Roma</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="93"/>
        <source>White: Other White</source>
        <translation>White: Other White</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="94"/>
        <source>Other ethnic group: Arab</source>
        <translation>Other ethnic group: Arab</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="95"/>
        <source>Other ethnic group: Any other ethnic group</source>
        <translation>Other ethnic group: Any other ethnic group</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="96"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="17"/>
        <source>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open.</source>
        <translation>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="28"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="31"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>The new passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="40"/>
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
        <location filename="../app/cli/RemovalCommand.cpp" line="140"/>
        <source>Approved the removal of %1 and erased it. Erasure register entry %2, signed by %3.</source>
        <translation>Approved the removal of %1 and erased it. Erasure register entry %2, signed by %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="155"/>
        <source>Why, for the proposer (required).</source>
        <translation>Why, for the proposer (required).</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="159"/>
        <source>Rejects a pending removal with a note that goes back to the proposer (supervisors, never their own proposal: exit 3). No pending proposal: exit 2.</source>
        <translation>Rejects a pending removal with a note that goes back to the proposer (supervisors, never their own proposal: exit 3). No pending proposal: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="169"/>
        <source>Rejected the removal of %1; it is back with its proposer.</source>
        <translation>Rejected the removal of %1; it is back with its proposer.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="181"/>
        <source>Withdraws your own pending removal proposal (only the proposer: exit 3 for anyone else). No pending proposal: exit 2.</source>
        <translation>Withdraws your own pending removal proposal (only the proposer: exit 3 for anyone else). No pending proposal: exit 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="190"/>
        <source>Withdrew the removal proposal for %1.</source>
        <translation>Withdrew the removal proposal for %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="198"/>
        <source>Print JSON (shape in RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</source>
        <translation>Print JSON (shape in RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="214"/>
        <source>Lists removals awaiting sign-off (&quot;overdue&quot; when pending longer than the policy&apos;s proposal_pending_alert_days), flagged nominals with no proposal for longer than flagged_without_proposal_alert_days, and rejected proposals returned to their proposers.</source>
        <translation>Lists removals awaiting sign-off (&quot;overdue&quot; when pending longer than the policy&apos;s proposal_pending_alert_days), flagged nominals with no proposal for longer than flagged_without_proposal_alert_days, and rejected proposals returned to their proposers.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="280"/>
        <source>Awaiting sign-off (%1):</source>
        <translation>Awaiting sign-off (%1):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="283"/>
        <source>proposed by %1 on %2, %n day(s) ago</source>
        <translation>
            <numerusform>proposed by %1 on %2, %n day ago</numerusform>
            <numerusform>proposed by %1 on %2, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="287"/>
        <source>OVERDUE (more than %n day(s))</source>
        <translation>
            <numerusform>OVERDUE (more than %n day)</numerusform>
            <numerusform>OVERDUE (more than %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="291"/>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="293"/>
        <source>Flagged with no removal proposal for more than %n day(s) (%1):</source>
        <translation>
            <numerusform>Flagged with no removal proposal for more than %n day (%1):</numerusform>
            <numerusform>Flagged with no removal proposal for more than %n days (%1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="299"/>
        <source>flagged since %1, %n day(s) without a proposal</source>
        <translation>
            <numerusform>flagged since %1, %n day without a proposal</numerusform>
            <numerusform>flagged since %1, %n days without a proposal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="304"/>
        <source>Rejected and returned to the proposer (%1):</source>
        <translation>Rejected and returned to the proposer (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="308"/>
        <source>proposed by %1, rejected by %2 on %3: %4</source>
        <translation>proposed by %1, rejected by %2 on %3: %4</translation>
    </message>
</context>
<context>
    <name>RemovalDecision</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="66"/>
        <source>the signed decision is not a JSON object</source>
        <translation>the signed decision is not a JSON object</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="70"/>
        <source>the signed decision is not a removal decision of format version %1</source>
        <translation>the signed decision is not a removal decision of format version %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="86"/>
        <source>the signed decision does not have exactly the expected fields</source>
        <translation>the signed decision does not have exactly the expected fields</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="102"/>
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
        <location filename="../app/workflow/RemovalService.cpp" line="61"/>
        <source>Below the threshold under the current policy</source>
        <translation>Below the threshold under the current policy</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="63"/>
        <source>Recorded as a victim or as at risk, not as a suspected offender</source>
        <translation>Recorded as a victim or as at risk, not as a suspected offender</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="65"/>
        <source>Harm score of zero</source>
        <translation>Harm score of zero</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="67"/>
        <source>No longer necessary for a policing purpose</source>
        <translation>No longer necessary for a policing purpose</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="69"/>
        <source>Inaccurate: the person should not have been listed</source>
        <translation>Inaccurate: the person should not have been listed</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="71"/>
        <source>Erasure requested by the person</source>
        <translation>Erasure requested by the person</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="73"/>
        <source>Other reason (see the note)</source>
        <translation>Other reason (see the note)</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="74"/>
        <source>Unknown reason code %1</source>
        <translation>Unknown reason code %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="105"/>
        <source>%1 is not an enabled user of this case file.</source>
        <translation>%1 is not an enabled user of this case file.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="115"/>
        <source>%1 was erased on %2 (see the erasure register); there is nothing left to decide.</source>
        <translation>%1 was erased on %2 (see the erasure register); there is nothing left to decide.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="119"/>
        <source>There is no nominal with reference %1. Check the reference.</source>
        <translation>There is no nominal with reference %1. Check the reference.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="127"/>
        <source>There is no pending removal proposal for %1. Propose one first with &quot;removal propose&quot;.</source>
        <translation>There is no pending removal proposal for %1. Propose one first with &quot;removal propose&quot;.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="145"/>
        <source>%1 may not propose removals: that needs the Officer or Supervisor role.</source>
        <translation>%1 may not propose removals: that needs the Officer or Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="149"/>
        <source>&quot;%1&quot; is not a removal reason code. Use one of: %2.</source>
        <translation>&quot;%1&quot; is not a removal reason code. Use one of: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="153"/>
        <source>A removal for reason OTHER needs a note saying why.</source>
        <translation>A removal for reason OTHER needs a note saying why.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="155"/>
        <location filename="../app/workflow/RemovalService.cpp" line="224"/>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>The note is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="182"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3). Only one proposal per nominal can be pending.</source>
        <translation>A removal of %1 is already awaiting sign-off (proposed by %2 on %3). Only one proposal per nominal can be pending.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="201"/>
        <source>Only %1, who proposed the removal of %2, may withdraw it. A supervisor may reject it instead.</source>
        <translation>Only %1, who proposed the removal of %2, may withdraw it. A supervisor may reject it instead.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="218"/>
        <source>%1 may not reject removals: that needs the Supervisor role.</source>
        <translation>%1 may not reject removals: that needs the Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="222"/>
        <source>Rejecting a removal needs a note for the proposer saying why.</source>
        <translation>Rejecting a removal needs a note for the proposer saying why.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="232"/>
        <source>%1 proposed the removal of %2, so another supervisor must decide it. To take it back, withdraw it.</source>
        <translation>%1 proposed the removal of %2, so another supervisor must decide it. To take it back, withdraw it.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="252"/>
        <source>%1 may not approve removals: that needs the Supervisor role.</source>
        <translation>%1 may not approve removals: that needs the Supervisor role.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="259"/>
        <location filename="../app/workflow/RemovalService.cpp" line="282"/>
        <source>%1 proposed the removal of %2, so another supervisor must approve it.</source>
        <translation>%1 proposed the removal of %2, so another supervisor must approve it.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="266"/>
        <source>The password is not right. Approving a removal needs your own password again: it opens the key that signs the decision.</source>
        <translation>The password is not right. Approving a removal needs your own password again: it opens the key that signs the decision.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="272"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>The signing key of %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="291"/>
        <source>The evaluation of %1 has changed since it was shown to you (its intelligence, details or the policy changed). Review it again before deciding.</source>
        <translation>The evaluation of %1 has changed since it was shown to you (its intelligence, details or the policy changed). Review it again before deciding.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="324"/>
        <source>The signing key of %1 does not match their public key; nothing was erased. Report this fault.</source>
        <translation>The signing key of %1 does not match their public key; nothing was erased. Report this fault.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="39"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="41"/>
        <source>Propose removal</source>
        <translation>Propose removal</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="45"/>
        <source>Defer</source>
        <translation>Defer</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="56"/>
        <source>There is nobody to review in this session.</source>
        <translation>There is nobody to review in this session.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="100"/>
        <source>Say why you are deferring this review.</source>
        <translation>Say why you are deferring this review.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="101"/>
        <source>Say why you propose removing this person.</source>
        <translation>Say why you propose removing this person.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="105"/>
        <source>Only a nominal who meets the threshold can be retained. Propose removal or defer instead.</source>
        <translation>Only a nominal who meets the threshold can be retained. Propose removal or defer instead.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="111"/>
        <source>Choose a retain-until date after today and no later than %1.</source>
        <translation>Choose a retain-until date after today and no later than %1.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="120"/>
        <source>This nominal was removed by someone else while you were reviewing.</source>
        <translation>This nominal was removed by someone else while you were reviewing.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="126"/>
        <source>%1&apos;s record changed while you were reviewing it, and the threshold result is now different. Look at the threshold step again, then decide.</source>
        <translation>%1&apos;s record changed while you were reviewing it, and the threshold result is now different. Look at the threshold step again, then decide.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="163"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3).</source>
        <translation>A removal of %1 is already awaiting sign-off (proposed by %2 on %3).</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../app/accounts/User.cpp" line="33"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../app/accounts/User.cpp" line="35"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../app/accounts/User.cpp" line="37"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../app/store/SqlError.cpp" line="24"/>
        <source>The case file is in use by another copy of Corroborate and stayed busy. Try again when it has finished.</source>
        <translation>The case file is in use by another copy of Corroborate and stayed busy. Try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="29"/>
        <source>The case file is damaged (%1). Restore it from a backup.</source>
        <translation>The case file is damaged (%1). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="33"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>The disk is full; nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="39"/>
        <source>The case file cannot be written (%1). Check its permissions.</source>
        <translation>The case file cannot be written (%1). Check its permissions.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="44"/>
        <source>The change conflicts with what is already in the case file (%1).</source>
        <translation>The change conflicts with what is already in the case file (%1).</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="48"/>
        <source>Database error during %1: %2 (code %3)</source>
        <translation>Database error during %1: %2 (code %3)</translation>
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
        <location filename="../ui/main/DetailsPanel.cpp" line="47"/>
        <source> (age %1: juvenile)</source>
        <translation> (age %1: juvenile)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="47"/>
        <source> (age %1)</source>
        <translation> (age %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="49"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="50"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="51"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <source>Ethnicity (self-defined)</source>
        <translation>Ethnicity (self-defined)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="54"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="55"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Harm score</source>
        <translation>Harm score</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="57"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="58"/>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="59"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="80"/>
        <source>Independent qualifying sources: %1 (the policy needs %2).</source>
        <translation>Independent qualifying sources: %1 (the policy needs %2).</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="86"/>
        <source>Review was due on %1: overdue.</source>
        <translation>Review was due on %1: overdue.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="87"/>
        <source>Next review due on %1.</source>
        <translation>Next review due on %1.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="89"/>
        <source>No listing or review date: the review is overdue.</source>
        <translation>No listing or review date: the review is overdue.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="92"/>
        <source>Evaluated on %1 under policy version %2.</source>
        <translation>Evaluated on %1 under policy version %2.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AboutDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="103"/>
        <source>About Corroborate</source>
        <translation>About Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="113"/>
        <source>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Review of gang-list nominals: nobody stays on the list without recent, graded intelligence from more than one independent source.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Review of gang-list nominals: nobody stays on the list without recent, graded intelligence from more than one independent source.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="119"/>
        <source>(open a case file to see it)</source>
        <translation>(open a case file to see it)</translation>
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
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="71"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="73"/>
        <source>Looked at</source>
        <translation>Looked at</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="75"/>
        <source>Disclosed</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="77"/>
        <source>User administration</source>
        <translation>User administration</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="79"/>
        <source>Policy change</source>
        <translation>Policy change</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="81"/>
        <source>Case file administration</source>
        <translation>Case file administration</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="83"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="85"/>
        <source>Removal</source>
        <translation>Removal</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="87"/>
        <source>Erasure</source>
        <translation>Erasure</translation>
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
        <location filename="../ui/main/AuditLogView.cpp" line="72"/>
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
    <name>corroborate::ui::CreatePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="348"/>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="354"/>
        <source>Case file passphrase</source>
        <translation>Case file passphrase</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="356"/>
        <source>Case file passphrase again</source>
        <translation>Case file passphrase again</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="359"/>
        <source>Administrator&apos;s user name</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="362"/>
        <source>Administrator&apos;s display name</source>
        <translation>Administrator&apos;s display name</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="364"/>
        <source>Administrator&apos;s password</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="366"/>
        <source>Administrator&apos;s password again</source>
        <translation>Administrator&apos;s password again</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="367"/>
        <source>Case &amp;passphrase:</source>
        <translation>Case &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="368"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Passphrase a&amp;gain:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="369"/>
        <source>Your &amp;user name:</source>
        <translation>Your &amp;user name:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="370"/>
        <source>Your &amp;display name:</source>
        <translation>Your &amp;display name:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="371"/>
        <source>Your pass&amp;word:</source>
        <translation>Your pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="372"/>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="374"/>
        <source>You become the file&apos;s first administrator. The passphrase unlocks the file; your password is your own. Neither can be recovered if lost.</source>
        <translation>You become the file&apos;s first administrator. The passphrase unlocks the file; your password is your own. Neither can be recovered if lost.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="392"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="393"/>
        <source>Cr&amp;eate</source>
        <translation>Cr&amp;eate</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="410"/>
        <source>Creating %1.</source>
        <translation>Creating %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="424"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>The passphrase needs at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="426"/>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="433"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="448"/>
        <source>Creating the case file…</source>
        <translation>Creating the case file…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DecisionDialog</name>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="36"/>
        <source>waiting for a supervisor</source>
        <translation>waiting for a supervisor</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="38"/>
        <source>rejected by %1 on %2</source>
        <translation>rejected by %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="41"/>
        <source>withdrawn by %1 on %2</source>
        <translation>withdrawn by %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="44"/>
        <source>approved by %1 on %2</source>
        <translation>approved by %1 on %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="59"/>
        <source>Decide on the removal of %1</source>
        <translation>Decide on the removal of %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="63"/>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="73"/>
        <source>Evaluation, proposal and history of %1</source>
        <translation>Evaluation, proposal and history of %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="78"/>
        <source>Approve: erase this person</source>
        <translation>Approve: erase this person</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="82"/>
        <source>Your password, to sign the approval</source>
        <translation>Your password, to sign the approval</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="85"/>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="88"/>
        <source>&amp;Approve and erase</source>
        <translation>&amp;Approve and erase</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="90"/>
        <source>Approve the removal and erase the person</source>
        <translation>Approve the removal and erase the person</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="93"/>
        <source>Approval signs your decision with your own key and erases the nominal, their intelligence and reviews at once. It cannot be undone.</source>
        <translation>Approval signs your decision with your own key and erases the nominal, their intelligence and reviews at once. It cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="104"/>
        <source>Reject: send it back to the proposer</source>
        <translation>Reject: send it back to the proposer</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="107"/>
        <source>Note for the proposer, required to reject</source>
        <translation>Note for the proposer, required to reject</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="110"/>
        <source>&amp;Note for the proposer (required):</source>
        <translation>&amp;Note for the proposer (required):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="112"/>
        <source>&amp;Reject with note</source>
        <translation>&amp;Reject with note</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="114"/>
        <source>Reject the proposal with the note</source>
        <translation>Reject the proposal with the note</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="125"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="129"/>
        <source>Close without deciding</source>
        <translation>Close without deciding</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="182"/>
        <source>Deciding a removal proposal</source>
        <translation>Deciding a removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="206"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="215"/>
        <source>%1 has no proposal waiting for a decision.</source>
        <translation>%1 has no proposal waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="229"/>
        <source>The proposal</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="233"/>
        <source>Proposed by %1 on %2.</source>
        <translation>Proposed by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="234"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="237"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="238"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="240"/>
        <source>No proposal is waiting.</source>
        <translation>No proposal is waiting.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="245"/>
        <source>Evaluation today (policy version %1, %2)</source>
        <translation>Evaluation today (policy version %1, %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/DecisionDialog.cpp" line="253"/>
        <source>%n independent qualifying source(s)</source>
        <translation>
            <numerusform>%n independent qualifying source</numerusform>
            <numerusform>%n independent qualifying sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="265"/>
        <source>Intelligence</source>
        <translation>Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="268"/>
        <source>No intelligence recorded.</source>
        <translation>No intelligence recorded.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Provider / originator</source>
        <translation>Provider / originator</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Grading</source>
        <translation>Grading</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Indicates</source>
        <translation>Indicates</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Counts?</source>
        <translation>Counts?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="284"/>
        <source>not evaluated</source>
        <translation>not evaluated</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="286"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="292"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="309"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="313"/>
        <source>%1: removal proposed by %2 (%3) — %4</source>
        <translation>%1: removal proposed by %2 (%3) — %4</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="317"/>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="322"/>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="323"/>
        <source>removal proposed</source>
        <translation>removal proposed</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="324"/>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="326"/>
        <source>%1: reviewed by %2, %3</source>
        <translation>%1: reviewed by %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="332"/>
        <source>No earlier reviews or proposals.</source>
        <translation>No earlier reviews or proposals.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="340"/>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="356"/>
        <source>Enter your own password to sign the approval.</source>
        <translation>Enter your own password to sign the approval.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="383"/>
        <source>Write a note for the proposer saying why the proposal is rejected.</source>
        <translation>Write a note for the proposer saying why the proposal is rejected.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="108"/>
        <source>Choose a nominal in the list to see their record.</source>
        <translation>Choose a nominal in the list to see their record.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="131"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="136"/>
        <source>Threshold result</source>
        <translation>Threshold result</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="139"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="144"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="148"/>
        <source>Intelligence</source>
        <translation>Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="158"/>
        <source>No intelligence recorded.</source>
        <translation>No intelligence recorded.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="162"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="167"/>
        <source>Review history</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="170"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="175"/>
        <source>Who looked at or changed this record</source>
        <translation>Who looked at or changed this record</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="244"/>
        <source>juvenile (under 18)</source>
        <translation>juvenile (under 18)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="246"/>
        <source>Nominal %1</source>
        <translation>Nominal %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="251"/>
        <source>A removal proposal is waiting for a supervisor.</source>
        <translation>A removal proposal is waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="276"/>
        <source>No reviews recorded.</source>
        <translation>No reviews recorded.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="280"/>
        <source>%1 by %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="282"/>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="283"/>
        <source>removal proposed</source>
        <translation>removal proposed</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="284"/>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="286"/>
        <source> until %1</source>
        <translation> until %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="289"/>
        <source> (policy %1)</source>
        <translation> (policy %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="306"/>
        <source>Nobody yet.</source>
        <translation>Nobody yet.</translation>
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
        <location filename="../ui/signoff/SignOffView.cpp" line="352"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="355"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="558"/>
        <source>Erasure register</source>
        <translation>Erasure register</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="353"/>
        <source>&amp;Erasure register</source>
        <translation>&amp;Erasure register</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="360"/>
        <source>Earlier &amp;disclosures of the selected entry</source>
        <translation>Earlier &amp;disclosures of the selected entry</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="363"/>
        <source>Earlier disclosures of the selected entry</source>
        <translation>Earlier disclosures of the selected entry</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="412"/>
        <source>%n nominal(s) erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</source>
        <translation>
            <numerusform>%n nominal erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</numerusform>
            <numerusform>%n nominals erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="416"/>
        <source>Could not read the register: %1</source>
        <translation>Could not read the register: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="419"/>
        <source>%n signed decision(s) do NOT verify: run verify on the case file.</source>
        <translation>
            <numerusform>%n signed decision does NOT verify: run verify on the case file.</numerusform>
            <numerusform>%n signed decisions do NOT verify: run verify on the case file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="437"/>
        <source>Select an entry to see the disclosures made before the erasure.</source>
        <translation>Select an entry to see the disclosures made before the erasure.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="445"/>
        <source>The signed decision does not verify: %1</source>
        <translation>The signed decision does not verify: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="448"/>
        <source>%1 was not included in any export or pack before the erasure.</source>
        <translation>%1 was not included in any export or pack before the erasure.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="453"/>
        <source>%1 was included in these disclosures. Ask each recipient to destroy what they hold (Data Protection Act 2018, s.48):</source>
        <translation>%1 was included in these disclosures. Ask each recipient to destroy what they hold (Data Protection Act 2018, s.48):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="460"/>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 to %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="463"/>
        <source>(no recipient recorded)</source>
        <translation>(no recipient recorded)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="465"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="466"/>
        <source>, by %1</source>
        <translation>, by %1</translation>
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
    <name>corroborate::ui::IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="42"/>
        <source>Add intelligence about %1</source>
        <translation>Add intelligence about %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="43"/>
        <source>Correct intelligence about %1</source>
        <translation>Correct intelligence about %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="45"/>
        <source>Synthetic demonstration data.</source>
        <translation>Synthetic demonstration data.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="111"/>
        <source>This item is no longer in the file.</source>
        <translation>This item is no longer in the file.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="116"/>
        <source>Reloaded the saved item. Make your change again.</source>
        <translation>Reloaded the saved item. Make your change again.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="160"/>
        <source>Required for handling code C</source>
        <translation>Required for handling code C</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="161"/>
        <source>Only for handling code C</source>
        <translation>Only for handling code C</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="165"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Say briefly why you are making this change.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="188"/>
        <source>This item counts as an independent qualifying source.</source>
        <translation>This item counts as an independent qualifying source.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="194"/>
        <source>This item does not count: %1.</source>
        <translation>This item does not count: %1.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="204"/>
        <source>Without this change: %1 (%2 independent sources).</source>
        <translation>Without this change: %1 (%2 independent sources).</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="208"/>
        <source>With it: %1 (%2 independent sources).</source>
        <translation>With it: %1 (%2 independent sources).</translation>
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
        <location filename="../ui/models/IntelligenceModel.cpp" line="95"/>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="97"/>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="101"/>
        <source>Does not count: %1</source>
        <translation>Does not count: %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::LockPage</name>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="27"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="29"/>
        <source>Corroborate is locked</source>
        <translation>Corroborate is locked</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="42"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="51"/>
        <source>Problem</source>
        <translation>Problem</translation>
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
        <location filename="../ui/lock/LockPage.cpp" line="104"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="107"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="191"/>
        <source>&amp;Nominal</source>
        <translation>&amp;Nominal</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="192"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="194"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="195"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="207"/>
        <source>&amp;New case file…</source>
        <translation>&amp;New case file…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="209"/>
        <source>&amp;Close case file</source>
        <translation>&amp;Close case file</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="211"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="213"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="215"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242"/>
        <source>&amp;New nominal…</source>
        <translation>&amp;New nominal…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="246"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="249"/>
        <source>&amp;Add intelligence…</source>
        <translation>&amp;Add intelligence…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="252"/>
        <source>&amp;Correct intelligence item…</source>
        <translation>&amp;Correct intelligence item…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>Copy &amp;reference</source>
        <translation>Copy &amp;reference</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="259"/>
        <source>Change the reason for &amp;looking…</source>
        <translation>Change the reason for &amp;looking…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="286"/>
        <source>&amp;Start a review of the due queue</source>
        <translation>&amp;Start a review of the due queue</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="289"/>
        <source>Review the &amp;selected nominals</source>
        <translation>Review the &amp;selected nominals</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>&amp;Resume a paused review</source>
        <translation>&amp;Resume a paused review</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="304"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="321"/>
        <source>&amp;About Corroborate</source>
        <translation>&amp;About Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="354"/>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="361"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="368"/>
        <source>All nominals</source>
        <translation>All nominals</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="374"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410"/>
        <location filename="../ui/main/MainWindow.cpp" line="413"/>
        <source>Cannot read the case file</source>
        <translation>Cannot read the case file</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="414"/>
        <source>The lists could not open their own connection to the file. Close it and open it again.</source>
        <translation>The lists could not open their own connection to the file. Close it and open it again.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="425"/>
        <source>You have a paused review: Review ▸ Resume (Ctrl+Alt+R).</source>
        <translation>You have a paused review: Review ▸ Resume (Ctrl+Alt+R).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Evaluating %1%…</source>
        <translation>Evaluating %1%…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="441"/>
        <source>%n below threshold</source>
        <translation>
            <numerusform>%n below threshold</numerusform>
            <numerusform>%n below threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="443"/>
        <source>%n due for review</source>
        <translation>
            <numerusform>%n due for review</numerusform>
            <numerusform>%n due for review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="446"/>
        <source>The threshold evaluation failed: %1</source>
        <translation>The threshold evaluation failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="476"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="576"/>
        <source>Why are you looking?</source>
        <translation>Why are you looking?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="577"/>
        <source>Looking at a person&apos;s record is logged with a reason. Choose or type the reason for this browsing; it is used until you change it (Nominal ▸ Change the reason for looking).</source>
        <translation>Looking at a person&apos;s record is logged with a reason. Choose or type the reason for this browsing; it is used until you change it (Nominal ▸ Change the reason for looking).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="652"/>
        <location filename="../ui/main/MainWindow.cpp" line="656"/>
        <source>Corroborate</source>
        <translation>Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="658"/>
        <source>[synthetic data]</source>
        <translation>[synthetic data]</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="660"/>
        <source>[locked]</source>
        <translation>[locked]</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="676"/>
        <source>Reviewing %1</source>
        <translation>Reviewing %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="694"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="696"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="820"/>
        <source>That is not the password of %1. Check it and try again; only the user who was signed in can unlock.</source>
        <translation>That is not the password of %1. Check it and try again; only the user who was signed in can unlock.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="851"/>
        <source>Cannot start the review</source>
        <translation>Cannot start the review</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="868"/>
        <source>Review session</source>
        <translation>Review session</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="880"/>
        <source>Review finished</source>
        <translation>Review finished</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="881"/>
        <source>Every nominal in this session has a decision.</source>
        <translation>Every nominal in this session has a decision.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="907"/>
        <source>Still evaluating</source>
        <translation>Still evaluating</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="908"/>
        <source>The list is still being evaluated against the threshold. Try again in a moment.</source>
        <translation>The list is still being evaluated against the threshold. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="941"/>
        <source>Nothing is due</source>
        <translation>Nothing is due</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="942"/>
        <source>Nobody else is due for review; %n removal(s) await a supervisor.</source>
        <translation>
            <numerusform>Nobody else is due for review; %n removal awaits a supervisor.</numerusform>
            <numerusform>Nobody else is due for review; %n removals await a supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="944"/>
        <source>Nobody is due for review or below the threshold.</source>
        <translation>Nobody is due for review or below the threshold.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="957"/>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="958"/>
        <source>Select one or more nominals in the list first.</source>
        <translation>Select one or more nominals in the list first.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="971"/>
        <source>No paused review</source>
        <translation>No paused review</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="972"/>
        <source>You have no paused review session.</source>
        <translation>You have no paused review session.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="989"/>
        <source>Cannot create the nominal</source>
        <translation>Cannot create the nominal</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1023"/>
        <source>No intelligence</source>
        <translation>No intelligence</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1024"/>
        <source>This nominal has no intelligence to correct yet.</source>
        <translation>This nominal has no intelligence to correct yet.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1043"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="20"/>
        <source>New nominal</source>
        <translation>New nominal</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="20"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="22"/>
        <source>Synthetic demonstration data.</source>
        <translation>Synthetic demonstration data.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Non-binary</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="51"/>
        <source>Victims and people at risk never meet the threshold: they will be flagged for removal.</source>
        <translation>Victims and people at risk never meet the threshold: they will be flagged for removal.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="62"/>
        <source>This nominal is no longer in the file.</source>
        <translation>This nominal is no longer in the file.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="67"/>
        <source>Reloaded the saved record. Make your change again.</source>
        <translation>Reloaded the saved record. Make your change again.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="120"/>
        <source>Write the date as YYYY-MM-DD, or leave it empty when not known.</source>
        <translation>Write the date as YYYY-MM-DD, or leave it empty when not known.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="126"/>
        <source>A harm score is a whole number, or empty when not recorded.</source>
        <translation>A harm score is a whole number, or empty when not recorded.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="129"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Say briefly why you are making this change.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListModel</name>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="86"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="90"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="92"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="94"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="96"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="98"/>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="100"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="105"/>
        <source>Age today; people under 18 are marked as juveniles.</source>
        <translation>Age today; people under 18 are marked as juveniles.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="107"/>
        <source>This column cannot be sorted in this list.</source>
        <translation>This column cannot be sorted in this list.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="288"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="289"/>
        <source>%1 juvenile</source>
        <translation>%1 juvenile</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="297"/>
        <source>Below threshold, awaiting sign-off</source>
        <translation>Below threshold, awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="298"/>
        <source>Awaiting sign-off</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="299"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="299"/>
        <source>Meets threshold</source>
        <translation>Meets threshold</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="302"/>
        <source>Overdue (no dates)</source>
        <translation>Overdue (no dates)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="303"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="319"/>
        <source>A removal awaits a supervisor&apos;s sign-off; until then this person is restricted (left out of anything shared outside the force).</source>
        <translation>A removal awaits a supervisor&apos;s sign-off; until then this person is restricted (left out of anything shared outside the force).</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="324"/>
        <source>Juvenile: under 18 today.</source>
        <translation>Juvenile: under 18 today.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListView</name>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="26"/>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Search by name or reference (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="28"/>
        <source>Search this list</source>
        <translation>Search this list</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="32"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="57"/>
        <source>All nominals</source>
        <translation>All nominals</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="59"/>
        <source>Nominals below the threshold</source>
        <translation>Nominals below the threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="60"/>
        <source>Nominals due for review</source>
        <translation>Nominals due for review</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="69"/>
        <source>%1 juvenile</source>
        <translation>%1 juvenile</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="73"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="75"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="198"/>
        <source>Evaluating every nominal against the threshold… %1%</source>
        <translation>Evaluating every nominal against the threshold… %1%</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="208"/>
        <source>Evaluating…</source>
        <translation>Evaluating…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="210"/>
        <source>First %1 matches</source>
        <translation>First %1 matches</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="212"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="213"/>
        <source>%n nominal(s)</source>
        <translation>
            <numerusform>%n nominal</numerusform>
            <numerusform>%n nominals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="221"/>
        <source>Everyone on the list.</source>
        <translation>Everyone on the list.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="224"/>
        <source>Below the threshold: flagged for removal and restricted until a supervisor decides.</source>
        <translation>Below the threshold: flagged for removal and restricted until a supervisor decides.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="228"/>
        <source>Due for review today or overdue; below-threshold nominals first, then the most overdue.</source>
        <translation>Due for review today or overdue; below-threshold nominals first, then the most overdue.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="236"/>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation>Showing the first %1 matches: type more to narrow the search.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::OpenFlow</name>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="98"/>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="99"/>
        <source>Case files (*.corroborate);;All files (*)</source>
        <translation>Case files (*.corroborate);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="108"/>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="110"/>
        <source>Case files (*.corroborate)</source>
        <translation>Case files (*.corroborate)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="182"/>
        <source>Cannot open the case file</source>
        <translation>Cannot open the case file</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="24"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="26"/>
        <source>Save the pack as a PDF file</source>
        <translation>Save the pack as a PDF file</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="27"/>
        <source>Prin&amp;t…</source>
        <translation>Prin&amp;t…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="29"/>
        <source>Print the pack</source>
        <translation>Print the pack</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="30"/>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="32"/>
        <source>Preview the pack; nothing is recorded</source>
        <translation>Preview the pack; nothing is recorded</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="38"/>
        <source>The selected nominal (none selected)</source>
        <translation>The selected nominal (none selected)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="41"/>
        <source>The selected &amp;nominal, %1</source>
        <translation>The selected &amp;nominal, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackDialog.cpp" line="44"/>
        <source>The %n nominal(s) selected in the &amp;list</source>
        <translation>
            <numerusform>The %n nominal selected in the &amp;list</numerusform>
            <numerusform>The %n nominals selected in the &amp;list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="81"/>
        <source>Pack language</source>
        <translation>Pack language</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="87"/>
        <source>Pack lan&amp;guage:</source>
        <translation>Pack lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="183"/>
        <source>Required: say who will receive the pack.</source>
        <translation>Required: say who will receive the pack.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="185"/>
        <source>Required: the law that allows this sharing.</source>
        <translation>Required: the law that allows this sharing.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="186"/>
        <source>Required: what the pack is for.</source>
        <translation>Required: what the pack is for.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="198"/>
        <source>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, and start with the interpretation notice.</source>
        <translation>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, and start with the interpretation notice.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="201"/>
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
        <location filename="../ui/packs/PackFlow.cpp" line="199"/>
        <source>Reading the nominals…</source>
        <translation>Reading the nominals…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="219"/>
        <source>No nominal is due for review by %1: there is nothing to put in a pack.</source>
        <translation>No nominal is due for review by %1: there is nothing to put in a pack.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="222"/>
        <source>No nominal is flagged: there is nothing to put in a pack.</source>
        <translation>No nominal is flagged: there is nothing to put in a pack.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="225"/>
        <location filename="../ui/packs/PackFlow.cpp" line="230"/>
        <source>Review pack</source>
        <translation>Review pack</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="233"/>
        <source>Read %n nominal(s) from the file.</source>
        <translation>
            <numerusform>Read %n nominal from the file.</numerusform>
            <numerusform>Read %n nominals from the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="243"/>
        <source>Save review pack as PDF</source>
        <translation>Save review pack as PDF</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="246"/>
        <source>Not saved: no file was chosen. Nothing was recorded.</source>
        <translation>Not saved: no file was chosen. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="254"/>
        <location filename="../ui/packs/PackFlow.cpp" line="275"/>
        <location filename="../ui/packs/PackFlow.cpp" line="299"/>
        <source>Pack not saved</source>
        <translation>Pack not saved</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="260"/>
        <source>Making pack %1 as a PDF…</source>
        <translation>Making pack %1 as a PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="269"/>
        <source>Cancelled: no file was saved and nothing was recorded.</source>
        <translation>Cancelled: no file was saved and nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="276"/>
        <source>The pack could not be made: %1. Nothing was saved or recorded.</source>
        <translation>The pack could not be made: %1. Nothing was saved or recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="277"/>
        <location filename="../ui/packs/PackFlow.cpp" line="355"/>
        <source>the file was closed</source>
        <translation>the file was closed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="285"/>
        <source>Saved pack %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Saved pack %1 (%n page) to %2.</numerusform>
            <numerusform>Saved pack %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="288"/>
        <location filename="../ui/packs/PackFlow.cpp" line="368"/>
        <source>The disclosure to %1 was recorded (number %2), listing %n nominal(s).</source>
        <translation>
            <numerusform>The disclosure to %1 was recorded (number %2), listing %n nominal.</numerusform>
            <numerusform>The disclosure to %1 was recorded (number %2), listing %n nominals.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="294"/>
        <source>Pack saved</source>
        <translation>Pack saved</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="316"/>
        <source>Print review pack</source>
        <translation>Print review pack</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="321"/>
        <source>Not printed. Nothing was recorded.</source>
        <translation>Not printed. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="327"/>
        <source>Printing pack %1…</source>
        <translation>Printing pack %1…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="346"/>
        <source>Printing cancelled. Nothing was recorded; pages already sent to the printer may need collecting.</source>
        <translation>Printing cancelled. Nothing was recorded; pages already sent to the printer may need collecting.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="353"/>
        <location filename="../ui/packs/PackFlow.cpp" line="379"/>
        <source>Pack not printed</source>
        <translation>Pack not printed</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="354"/>
        <source>The pack could not be printed: %1.</source>
        <translation>The pack could not be printed: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="365"/>
        <source>Sent pack %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Sent pack %1 (%n page) to %2.</numerusform>
            <numerusform>Sent pack %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="374"/>
        <source>Pack printed</source>
        <translation>Pack printed</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="394"/>
        <source>Preview of pack %1 (nothing is recorded)</source>
        <translation>Preview of pack %1 (nothing is recorded)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="400"/>
        <source>Laying out the preview…</source>
        <translation>Laying out the preview…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="400"/>
        <location filename="../ui/packs/PackFlow.cpp" line="430"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="402"/>
        <source>Preparing the preview</source>
        <translation>Preparing the preview</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="403"/>
        <source>Preview progress</source>
        <translation>Preview progress</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="419"/>
        <source>Preview closed. Nothing was recorded.</source>
        <translation>Preview closed. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="432"/>
        <source>Making the review pack</source>
        <translation>Making the review pack</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="433"/>
        <source>Pack progress</source>
        <translation>Pack progress</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="442"/>
        <source>Cancelling… nothing will be saved or recorded.</source>
        <translation>Cancelling… nothing will be saved or recorded.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="496"/>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="496"/>
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
        <location filename="../ui/open/OpenPages.cpp" line="173"/>
        <source>Unlock the case file</source>
        <translation>Unlock the case file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="180"/>
        <source>Case file passphrase</source>
        <translation>Case file passphrase</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="181"/>
        <source>Case &amp;passphrase:</source>
        <translation>Case &amp;passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="191"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="193"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="210"/>
        <source>Enter the passphrase of %1.</source>
        <translation>Enter the passphrase of %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="221"/>
        <source>Enter the case file&apos;s passphrase.</source>
        <translation>Enter the case file&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="226"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
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
        <location filename="../ui/signoff/ProposeDialog.cpp" line="41"/>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="83"/>
        <source>Propose removal</source>
        <translation>Propose removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="45"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="52"/>
        <source>Reason for removal</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="57"/>
        <source>Note for the supervisor</source>
        <translation>Note for the supervisor</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="64"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="68"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="74"/>
        <source>A note is required when the reason is “Other”. While the proposal waits for a supervisor, the nominal is restricted: left out of partner packs and anything shared outside the force.</source>
        <translation>A note is required when the reason is “Other”. While the proposal waits for a supervisor, the nominal is restricted: left out of partner packs and anything shared outside the force.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="81"/>
        <source>&amp;Propose removal</source>
        <translation>&amp;Propose removal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="105"/>
        <source>This nominal is no longer in the case file.</source>
        <translation>This nominal is no longer in the case file.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="127"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="128"/>
        <source>Below the threshold: %1</source>
        <translation>Below the threshold: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="129"/>
        <source>Meets the threshold today.</source>
        <translation>Meets the threshold today.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="138"/>
        <source>A removal proposal for %1 is already waiting for a supervisor.</source>
        <translation>A removal proposal for %1 is already waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="166"/>
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
    <name>corroborate::ui::ReviewView</name>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="60"/>
        <source>Review steps</source>
        <translation>Review steps</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="61"/>
        <source>&amp;1 Identity and classification</source>
        <translation>&amp;1 Identity and classification</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="62"/>
        <source>&amp;2 Intelligence</source>
        <translation>&amp;2 Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="63"/>
        <source>&amp;3 Threshold</source>
        <translation>&amp;3 Threshold</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="64"/>
        <source>&amp;4 Decision</source>
        <translation>&amp;4 Decision</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="74"/>
        <source>Check that this is the right person and that the classification is right: only suspected offenders can meet the threshold.</source>
        <translation>Check that this is the right person and that the classification is right: only suspected offenders can meet the threshold.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="81"/>
        <source>&amp;Edit details… (F2)</source>
        <translation>&amp;Edit details… (F2)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="93"/>
        <source>Check every item&apos;s grading and source. Add what is missing; correct what is wrong.</source>
        <translation>Check every item&apos;s grading and source. Add what is missing; correct what is wrong.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="101"/>
        <source>Intelligence</source>
        <translation>Intelligence</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="110"/>
        <source>&amp;Add item… (Ctrl+I)</source>
        <translation>&amp;Add item… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="112"/>
        <source>&amp;Correct item… (Enter)</source>
        <translation>&amp;Correct item… (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="114"/>
        <source>Re&amp;move item…</source>
        <translation>Re&amp;move item…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="130"/>
        <source>Threshold result</source>
        <translation>Threshold result</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="135"/>
        <source>The threshold rule</source>
        <translation>The threshold rule</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="147"/>
        <source>Reta&amp;in until:</source>
        <translation>Reta&amp;in until:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="149"/>
        <source>&amp;Propose removal (a supervisor decides)</source>
        <translation>&amp;Propose removal (a supervisor decides)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="151"/>
        <source>&amp;Defer this review</source>
        <translation>&amp;Defer this review</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="160"/>
        <source>Retain until</source>
        <translation>Retain until</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="168"/>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="174"/>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="183"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="189"/>
        <source>Pa&amp;use session</source>
        <translation>Pa&amp;use session</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="191"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="193"/>
        <source>Ne&amp;xt step</source>
        <translation>Ne&amp;xt step</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="195"/>
        <source>&amp;Save and next (Ctrl+Enter)</source>
        <translation>&amp;Save and next (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="276"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="287"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="305"/>
        <source>%1 is no longer in the file.</source>
        <translation>%1 is no longer in the file.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="347"/>
        <source>juvenile (%1)</source>
        <translation>juvenile (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="365"/>
        <source>A removal proposal is already waiting for a supervisor.</source>
        <translation>A removal proposal is already waiting for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="405"/>
        <source>The threshold is met. Retain until a date (at most one review interval ahead), or propose removal or defer with a reason.</source>
        <translation>The threshold is met. Retain until a date (at most one review interval ahead), or propose removal or defer with a reason.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="407"/>
        <source>The threshold is not met, so this person cannot be retained: propose removal, or defer with a reason (for example, intelligence still to be recorded).</source>
        <translation>The threshold is not met, so this person cannot be retained: propose removal, or defer with a reason (for example, intelligence still to be recorded).</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="416"/>
        <source>No longer involved with the group</source>
        <translation>No longer involved with the group</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="419"/>
        <source>Waiting for intelligence from a partner agency</source>
        <translation>Waiting for intelligence from a partner agency</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="420"/>
        <source>Identity to be confirmed</source>
        <translation>Identity to be confirmed</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="420"/>
        <source>Panel meeting to decide</source>
        <translation>Panel meeting to decide</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="424"/>
        <source>Optional note</source>
        <translation>Optional note</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="424"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="22"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="28"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="29"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="31"/>
        <source>Lock after this many idle minutes</source>
        <translation>Lock after this many idle minutes</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="32"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Lock when idle for:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="35"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="43"/>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="47"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="48"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="51"/>
        <source>A new language takes effect the next time Corroborate starts. A pack can be made in either language: choose it in the pack dialog.</source>
        <translation>A new language takes effect the next time Corroborate starts. A pack can be made in either language: choose it in the pack dialog.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="62"/>
        <source>Open a case file to see its protective marking.</source>
        <translation>Open a case file to see its protective marking.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="64"/>
        <source>Printed at the top and bottom of every page of this case file&apos;s packs, and shown on every screen.</source>
        <translation>Printed at the top and bottom of every page of this case file&apos;s packs, and shown on every screen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="66"/>
        <source>Only an administrator can change the case file&apos;s marking.</source>
        <translation>Only an administrator can change the case file&apos;s marking.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="67"/>
        <source>Protective marking</source>
        <translation>Protective marking</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="68"/>
        <source>&amp;Protective marking:</source>
        <translation>&amp;Protective marking:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="71"/>
        <source>Qt cannot tell whether the system uses a dark theme: choose Dark here if it does.</source>
        <translation>Qt cannot tell whether the system uses a dark theme: choose Dark here if it does.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignInPage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="251"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="258"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="261"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="262"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="263"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="273"/>
        <source>&amp;Close file</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="275"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="298"/>
        <source>%1 is open. It holds synthetic demonstration data. Sign in with your own user name and password.</source>
        <translation>%1 is open. It holds synthetic demonstration data. Sign in with your own user name and password.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="301"/>
        <source>%1 is open. Sign in with your own user name and password.</source>
        <translation>%1 is open. Sign in with your own user name and password.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="313"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="318"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="323"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignOffView</name>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="105"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="551"/>
        <source>Awaiting sign-off</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="107"/>
        <source>Removals &amp;awaiting sign-off</source>
        <translation>Removals &amp;awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="109"/>
        <source>Removal proposals awaiting sign-off</source>
        <translation>Removal proposals awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="116"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="118"/>
        <source>Approve the selected proposal</source>
        <translation>Approve the selected proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="119"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="121"/>
        <source>Reject the selected proposal</source>
        <translation>Reject the selected proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="122"/>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="124"/>
        <source>Open the selected nominal&apos;s record in the details panel</source>
        <translation>Open the selected nominal&apos;s record in the details panel</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="131"/>
        <source>&amp;Flagged with no removal proposal</source>
        <translation>&amp;Flagged with no removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="133"/>
        <source>Flagged nominals with no removal proposal</source>
        <translation>Flagged nominals with no removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="139"/>
        <source>Propose re&amp;moval…</source>
        <translation>Propose re&amp;moval…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="141"/>
        <source>Propose the removal of the selected flagged nominal</source>
        <translation>Propose the removal of the selected flagged nominal</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="216"/>
        <source>%n proposal(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>%n proposal waiting for a supervisor.</numerusform>
            <numerusform>%n proposals waiting for a supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="218"/>
        <source>Could not load the proposals: %1</source>
        <translation>Could not load the proposals: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="221"/>
        <source>%n waiting for more than %1 days (highlighted, marked “overdue”).</source>
        <translation>
            <numerusform>%n waiting for more than %1 days (highlighted, marked “overdue”).</numerusform>
            <numerusform>%n waiting for more than %1 days (highlighted, marked “overdue”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="248"/>
        <source>%n flagged nominal(s) below the threshold for more than %1 days with no removal proposal.</source>
        <translation>
            <numerusform>%n flagged nominal below the threshold for more than %1 days with no removal proposal.</numerusform>
            <numerusform>%n flagged nominals below the threshold for more than %1 days with no removal proposal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="252"/>
        <source>Could not load the flagged nominals: %1</source>
        <translation>Could not load the flagged nominals: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="290"/>
        <source>The removal of %1 is approved and signed. The person has been erased; the erasure register keeps the reference and the signed decision.</source>
        <translation>The removal of %1 is approved and signed. The person has been erased; the erasure register keeps the reference and the signed decision.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="296"/>
        <source>Removal approved</source>
        <translation>Removal approved</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="304"/>
        <source>The proposal for %1 was rejected and sent back to the proposer.</source>
        <translation>The proposal for %1 was rejected and sent back to the proposer.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="334"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Removal of %1 proposed; it waits for a supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="568"/>
        <source>Propose &amp;removal…</source>
        <translation>Propose &amp;removal…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="571"/>
        <source>Propose removing the selected nominal from the list</source>
        <translation>Propose removing the selected nominal from the list</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="573"/>
        <source>&amp;Withdraw removal proposal</source>
        <translation>&amp;Withdraw removal proposal</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="576"/>
        <source>Withdraw your own removal proposal for the selected nominal</source>
        <translation>Withdraw your own removal proposal for the selected nominal</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::WelcomePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="116"/>
        <location filename="../ui/open/OpenPages.cpp" line="118"/>
        <source>Corroborate</source>
        <translation>Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="120"/>
        <source>Open a case file to review nominals, or create a new one.</source>
        <translation>Open a case file to review nominals, or create a new one.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="125"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Open case file…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="128"/>
        <source>N&amp;ew case file…</source>
        <translation>N&amp;ew case file…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="134"/>
        <source>Re&amp;cent case files:</source>
        <translation>Re&amp;cent case files:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="137"/>
        <source>Recent case files</source>
        <translation>Recent case files</translation>
    </message>
</context>
<context>
    <name>corroborate_cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="25"/>
        <source>Usage: corroborate-cli COMMAND [ARGUMENTS]</source>
        <translation>Usage: corroborate-cli COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>Run &quot;corroborate-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Run &quot;corroborate-cli COMMAND --help&quot; for a command&apos;s options.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else).</source>
        <translation>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="110"/>
        <source>corroborate-cli %1: %2</source>
        <translation>corroborate-cli %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
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
