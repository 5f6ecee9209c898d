<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="62"/>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Mae enw defnyddiwr rhwng 1 a 64 o lythrennau, digidau, dotiau, llinellau toriad neu danlinellau, gan ddechrau â llythyren neu ddigid.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="70"/>
        <source>A password needs at least 8 characters.</source>
        <translation>Mae angen o leiaf 8 nod mewn cyfrinair.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="88"/>
        <source>A user needs at least one role.</source>
        <translation>Mae angen o leiaf un rôl ar ddefnyddiwr.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="90"/>
        <source>There is already a user called %1.</source>
        <translation>Mae defnyddiwr o&apos;r enw %1 eisoes.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="97"/>
        <source>Out of memory hashing the password.</source>
        <translation>Dim digon o gof wrth stwnsio&apos;r cyfrinair.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="197"/>
        <source>The user name or password is not right. Check them and try again.</source>
        <translation>Nid yw&apos;r enw defnyddiwr neu&apos;r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="211"/>
        <source>There is no user called %1.</source>
        <translation>Does dim defnyddiwr o&apos;r enw %1.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="219"/>
        <source>%1 is the last administrator and cannot be disabled. Give another user the administrator role first.</source>
        <translation>%1 yw&apos;r gweinyddwr olaf ac ni ellir ei analluogi. Rhowch rôl gweinyddwr i ddefnyddiwr arall yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="235"/>
        <location filename="../app/accounts/Accounts.cpp" line="251"/>
        <source>The user name or password is not right.</source>
        <translation>Nid yw&apos;r enw defnyddiwr neu&apos;r cyfrinair yn gywir.</translation>
    </message>
    <message>
        <location filename="../app/accounts/Accounts.cpp" line="241"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>Mae allwedd llofnodi %1 wedi&apos;i difrodi.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="107"/>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>mae cofnod %1 ar goll (%2 yw&apos;r cofnod nesaf)</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="111"/>
        <source>entry %1 does not follow the entry before it</source>
        <translation>nid yw cofnod %1 yn dilyn y cofnod o&apos;i flaen</translation>
    </message>
    <message>
        <location filename="../app/audit/AuditLog.cpp" line="113"/>
        <source>entry %1 was altered after it was written</source>
        <translation>newidiwyd cofnod %1 ar ôl iddo gael ei ysgrifennu</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="41"/>
        <source>There is no file at %1. Check the path, or create a case file with &quot;init&quot;.</source>
        <translation>Does dim ffeil yn %1. Gwiriwch y llwybr, neu crëwch ffeil achos gydag &quot;init&quot;.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="46"/>
        <source>%1 is a folder, not a case file. Choose the .corroborate file inside it.</source>
        <translation>Ffolder yw %1, nid ffeil achos. Dewiswch y ffeil .corroborate sydd ynddo.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="52"/>
        <source>%1 is not a regular file, so it is not a case file.</source>
        <translation>Nid yw %1 yn ffeil reolaidd, felly nid yw&apos;n ffeil achos.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="56"/>
        <source>%1 cannot be read (%2). Check its permissions.</source>
        <translation>Ni ellir darllen %1 (%2). Gwiriwch ei ganiatâd.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="60"/>
        <source>%1 is empty: it is not a case file. If it was one, it was damaged; restore it from a backup.</source>
        <translation>Mae %1 yn wag: nid yw&apos;n ffeil achos. Os oedd yn un, cafodd ei difrodi; adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="66"/>
        <source>%1 is an unencrypted SQLite database, not a Corroborate case file. Case files are always encrypted.</source>
        <translation>Cronfa ddata SQLite heb ei hamgryptio yw %1, nid ffeil achos Corroborate. Mae ffeiliau achos bob amser wedi&apos;u hamgryptio.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="73"/>
        <source>%1 is not a Corroborate case file, or it is damaged (its size is not a whole number of pages).</source>
        <translation>Nid yw %1 yn ffeil achos Corroborate, neu mae wedi&apos;i difrodi (nid yw ei maint yn nifer cyfan o dudalennau).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="83"/>
        <source>%1 cannot be read (%2).</source>
        <translation>Ni ellir darllen %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="91"/>
        <source>%1 is open in another copy of Corroborate. Close it there first, then try again.</source>
        <translation>Mae %1 ar agor mewn copi arall o Corroborate. Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="94"/>
        <source>%1 is being changed by another copy of Corroborate (for example a passphrase change). Try again when it has finished.</source>
        <translation>Mae %1 yn cael ei newid gan gopi arall o Corroborate (er enghraifft newid cyfrinymadrodd). Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="108"/>
        <source>%1 is an encrypted database, but not a Corroborate case file.</source>
        <translation>Mae %1 yn gronfa ddata wedi&apos;i hamgryptio, ond nid yn ffeil achos Corroborate.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="113"/>
        <source>%1 was written by a newer version of Corroborate (case file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>Ysgrifennwyd %1 gan fersiwn mwy newydd o Corroborate (fformat ffeil achos %2; mae&apos;r fersiwn hon yn darllen hyd at %3). Gosodwch y fersiwn mwy newydd i&apos;w hagor; ni newidiwyd y ffeil.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="132"/>
        <source>Corroborate needs SQLCipher 4 or newer, but found &quot;%1&quot;. On Debian 12 install libsqlcipher1 from bookworm-backports (packaging/setup-debian.sh does this).</source>
        <translation>Mae Corroborate angen SQLCipher 4 neu fwy newydd, ond cafwyd &quot;%1&quot;. Ar Debian 12 gosodwch libsqlcipher1 o bookworm-backports (mae packaging/setup-debian.sh yn gwneud hyn).</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="135"/>
        <source>no SQLCipher</source>
        <translation>dim SQLCipher</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="144"/>
        <source>A case file needs a passphrase.</source>
        <translation>Mae ffeil achos angen cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="150"/>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw arall; ni fydd ffeil sy&apos;n bodoli byth yn cael ei throsysgrifo.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="153"/>
        <source>Cannot create %1: %2.</source>
        <translation>Ni ellir creu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="164"/>
        <source>Corroborate needs SQLCipher 4 or newer. On Debian 12 install it from bookworm-backports.</source>
        <translation>Mae Corroborate angen SQLCipher 4 neu fwy newydd. Ar Debian 12 gosodwch ef o bookworm-backports.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="192"/>
        <source>Cannot create %1.</source>
        <translation>Ni ellir creu %1.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="238"/>
        <source>Changing the passphrase needs the case file to itself.</source>
        <translation>I newid y cyfrinymadrodd, rhaid i&apos;r ffeil achos fod ar gael i&apos;r broses hon yn unig.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="240"/>
        <source>The new passphrase is empty.</source>
        <translation>Mae&apos;r cyfrinymadrodd newydd yn wag.</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFile.cpp" line="275"/>
        <source>Row %1 of %2 refers to a missing %3.</source>
        <translation>Mae rhes %1 o %2 yn cyfeirio at %3 sydd ar goll.</translation>
    </message>
</context>
<context>
    <name>CaseFileVerifier</name>
    <message numerus="yes">
        <location filename="../app/store/CaseFileVerifier.cpp" line="26"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (a %n arall)</numerusform>
            <numerusform> (a %n arall)</numerusform>
            <numerusform> (a %n arall)</numerusform>
            <numerusform> (a %n arall)</numerusform>
            <numerusform> (a %n arall)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="41"/>
        <source>Page authentication and database integrity</source>
        <translation>Dilysu tudalennau a chywirdeb y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="47"/>
        <source>Audit log hash chain</source>
        <translation>Cadwyn stwnsh y log archwilio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/store/CaseFileVerifier.cpp" line="49"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n o gofnodion</numerusform>
            <numerusform>%n o gofnodion</numerusform>
            <numerusform>%n o gofnodion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/store/CaseFileVerifier.cpp" line="50"/>
        <source>broken at entry %1: %2</source>
        <translation>wedi torri ar gofnod %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="33"/>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="41"/>
        <source>%1
Usage: corroborate-cli %2
See --help.</source>
        <translation>%1
Defnydd: corroborate-cli %2
Gweler --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="43"/>
        <source>Usage: corroborate-cli %1</source>
        <translation>Defnydd: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="46"/>
        <source>Options:</source>
        <translation>Dewisiadau:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="48"/>
        <source>Secrets come from the environment (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) or, at a terminal, from a prompt that does not echo; never from arguments.</source>
        <translation>Daw cyfrinachau o&apos;r amgylchedd (CORROBORATE_PASSPHRASE, CORROBORATE_USER, CORROBORATE_PASSWORD) neu, mewn terfynell, o anogwr nad yw&apos;n dangos yr hyn a deipir; byth o&apos;r ymresymiadau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CliSupport.cpp" line="57"/>
        <source>Expected %n argument(s).</source>
        <translation>
            <numerusform>Disgwylid %n ymresymiad.</numerusform>
            <numerusform>Disgwylid %n ymresymiad.</numerusform>
            <numerusform>Disgwylid %n o ymresymiadau.</numerusform>
            <numerusform>Disgwylid %n o ymresymiadau.</numerusform>
            <numerusform>Disgwylid %n o ymresymiadau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="58"/>
        <source>Usage: corroborate-cli %1
See --help.</source>
        <translation>Defnydd: corroborate-cli %1
Gweler --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="68"/>
        <source>%1 is not set and there is no terminal to ask at. Set it in the environment.</source>
        <translation>Nid yw %1 wedi&apos;i osod a does dim terfynell i ofyn ynddi. Gosodwch ef yn yr amgylchedd.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="90"/>
        <source>Case file passphrase</source>
        <translation>Cyfrinymadrodd y ffeil achos</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="99"/>
        <source>CORROBORATE_USER is not set and there is no terminal to ask at. Set it to your user name.</source>
        <translation>Nid yw CORROBORATE_USER wedi&apos;i osod a does dim terfynell i ofyn ynddi. Gosodwch ef i&apos;ch enw defnyddiwr.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="101"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="117"/>
        <source>Password for %1</source>
        <translation>Cyfrinair %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="126"/>
        <source>%1 is not permitted to do this: it needs the %2 or %3 role.</source>
        <translation>Nid oes gan %1 hawl i wneud hyn: mae angen rôl %2 neu %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="129"/>
        <source>%1 is not permitted to do this: it needs the %2 role.</source>
        <translation>Nid oes gan %1 hawl i wneud hyn: mae angen rôl %2.</translation>
    </message>
</context>
<context>
    <name>ConsultationLog</name>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="14"/>
        <source>Looking at a record needs a reason. Give one and try again.</source>
        <translation>Mae angen rheswm dros edrych ar gofnod. Rhowch un a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="28"/>
        <source>Preparing for a review panel</source>
        <translation>Paratoi ar gyfer panel adolygu</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="28"/>
        <source>Answering a query about this person</source>
        <translation>Ateb ymholiad am y person hwn</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="29"/>
        <source>Checking intelligence before an operation</source>
        <translation>Gwirio cudd-wybodaeth cyn ymgyrch</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="29"/>
        <source>Supervisory oversight</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <location filename="../app/workflow/Consultation.cpp" line="30"/>
        <source>Data quality check</source>
        <translation>Gwiriad ansawdd data</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/store/Database.cpp" line="52"/>
        <source>Cannot open %1: %2.</source>
        <translation>Ni ellir agor %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/store/Database.cpp" line="73"/>
        <source>The passphrase does not open %1. Check the passphrase (it is case-sensitive) and try again. If the file is not a Corroborate case file, no passphrase opens it.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn agor %1. Gwiriwch y cyfrinymadrodd (mae&apos;n sensitif i briflythrennau) a rhowch gynnig arall arni. Os nad yw&apos;r ffeil yn ffeil achos Corroborate, does dim cyfrinymadrodd yn ei hagor.</translation>
    </message>
</context>
<context>
    <name>DemoCaseFile</name>
    <message>
        <location filename="../app/demo/DemoCaseFile.cpp" line="36"/>
        <source>The number of nominals must be 0 to 5,000,000.</source>
        <translation>Rhaid i nifer yr unigolion fod rhwng 0 a 5,000,000.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="57"/>
        <source>How many synthetic nominals.</source>
        <translation>Faint o unigolion synthetig.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="60"/>
        <source>Random seed (default 1): the same seed gives the same people.</source>
        <translation>Hedyn ar hap (diofyn 1): mae&apos;r un hedyn yn rhoi&apos;r un bobl.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="65"/>
        <source>Writes a new case file of synthetic nominals, marked as synthetic. The passphrase and first user are CORROBORATE_PASSPHRASE, CORROBORATE_USER and CORROBORATE_PASSWORD when set, otherwise chosen and printed. The first user holds all three roles; a second supervisor account is made too, so sign-off by a different supervisor can be tried.</source>
        <translation>Yn ysgrifennu ffeil achos newydd o unigolion synthetig, wedi&apos;i marcio&apos;n synthetig. Y cyfrinymadrodd a&apos;r defnyddiwr cyntaf yw CORROBORATE_PASSPHRASE, CORROBORATE_USER a CORROBORATE_PASSWORD pan fyddant wedi&apos;u gosod; fel arall cânt eu dewis a&apos;u hargraffu. Mae gan y defnyddiwr cyntaf bob un o&apos;r tair rôl; caiff cyfrif ail oruchwyliwr ei greu hefyd, fel y gellir rhoi cynnig ar gymeradwyaeth gan oruchwyliwr gwahanol.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="77"/>
        <source>--nominals N is required (a whole number from 0).</source>
        <translation>Mae angen --nominals N (rhif cyfan o 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="81"/>
        <source>--seed must be a whole number.</source>
        <translation>Rhaid i --seed fod yn rhif cyfan.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="89"/>
        <source>Demo administrator (synthetic)</source>
        <translation>Gweinyddwr arddangos (synthetig)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="94"/>
        <source>Demo supervisor (synthetic)</source>
        <translation>Goruchwyliwr arddangos (synthetig)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="99"/>
        <source>  %1 of %2 nominals</source>
        <translation>  %1 o %2 unigolyn</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="107"/>
        <source>Created %1: %2 synthetic nominals in %3 s.</source>
        <translation>Crëwyd %1: %2 unigolyn synthetig mewn %3 e.</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="114"/>
        <source>Case file:   %1</source>
        <translation>Ffeil achos:       %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="115"/>
        <source>Passphrase:  %1%2</source>
        <translation>Cyfrinymadrodd:    %1%2</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="117"/>
        <source> (from CORROBORATE_PASSPHRASE)</source>
        <translation> (o CORROBORATE_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="119"/>
        <source>Sign in as:  %1 / %2 (officer, supervisor, administrator)</source>
        <translation>Mewngofnodi fel:   %1 / %2 (swyddog, goruchwyliwr, gweinyddwr)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="122"/>
        <source>Second supervisor: %1 / %2 (officer, supervisor)</source>
        <translation>Ail oruchwyliwr: %1 / %2 (swyddog, goruchwyliwr)</translation>
    </message>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="125"/>
        <source>All data in this file is synthetic.</source>
        <translation>Mae&apos;r holl ddata yn y ffeil hon yn synthetig.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../app/demo/DemoGenerator.cpp" line="34"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation>Mae rhestr eiriau&apos;r arddangosiad %1 ar goll o&apos;r adeiledd hwn.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="35"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>DisclosureLog</name>
    <message numerus="yes">
        <location filename="../app/audit/DisclosureLog.cpp" line="53"/>
        <source>%1 to %2 (%3); basis: %4; %n nominal(s); %5</source>
        <translation>
            <numerusform>%1 i %2 (%3); sail: %4; %n unigolyn; %5</numerusform>
            <numerusform>%1 i %2 (%3); sail: %4; %n unigolyn; %5</numerusform>
            <numerusform>%1 i %2 (%3); sail: %4; %n o unigolion; %5</numerusform>
            <numerusform>%1 i %2 (%3); sail: %4; %n o unigolion; %5</numerusform>
            <numerusform>%1 i %2 (%3); sail: %4; %n o unigolion; %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="119"/>
        <source>Remove intelligence</source>
        <translation>Tynnu cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="120"/>
        <source>Why remove this item (from %1, obtained %2)? The reason is kept in the audit log.</source>
        <translation>Pam tynnu&apos;r eitem hon (gan %1, a gafwyd %2)? Cedwir y rheswm yn y log archwilio.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="123"/>
        <source>Recorded against the wrong person</source>
        <translation>Wedi&apos;i chofnodi yn erbyn y person anghywir</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="123"/>
        <source>Duplicate of another item</source>
        <translation>Dyblyg o eitem arall</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="124"/>
        <source>Withdrawn by the originator</source>
        <translation>Wedi&apos;i thynnu&apos;n ôl gan y cychwynnydd</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditFlows.cpp" line="130"/>
        <source>Cannot remove the item</source>
        <translation>Ni ellir tynnu&apos;r eitem</translation>
    </message>
</context>
<context>
    <name>EditService</name>
    <message>
        <location filename="../app/workflow/EditService.cpp" line="31"/>
        <source>Every change needs a short reason for the audit log.</source>
        <translation>Mae angen rheswm byr ar gyfer y log archwilio ar gyfer pob newid.</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="113"/>
        <source>Secure delete is not on for this case file, so an erasure could leave the person&apos;s data in free space. Nothing was erased. Report this fault.</source>
        <translation>Nid yw dileu diogel ymlaen ar gyfer y ffeil achos hon, felly gallai dileu adael data&apos;r person mewn gofod rhydd. Ni ddilëwyd dim. Rhowch wybod am y nam hwn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/workflow/ErasureService.cpp" line="152"/>
        <source>The write-ahead log still holds %n earlier page version(s), because another copy of Corroborate is reading the case file. They are removed when that copy closes the file or the next erasure completes.</source>
        <translation>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n fersiwn cynharach o dudalen, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n fersiwn cynharach o dudalen, am fod copi arall o Corroborate yn darllen y ffeil achos. Caiff ei thynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n o fersiynau cynharach o dudalennau, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n o fersiynau cynharach o dudalennau, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
            <numerusform>Mae&apos;r log ysgrifennu ymlaen llaw yn dal i gadw %n o fersiynau cynharach o dudalennau, am fod copi arall o Corroborate yn darllen y ffeil achos. Cânt eu tynnu pan fydd y copi hwnnw&apos;n cau&apos;r ffeil neu pan fydd y dileu nesaf wedi&apos;i gwblhau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="195"/>
        <source>Erasure %1 (%2)</source>
        <translation>Dileu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="200"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="204"/>
        <source>%1: the register&apos;s %2 (%3) differs from the signed decision (%4); the register was altered.</source>
        <translation>%1: mae %2 y gofrestr (%3) yn wahanol i&apos;r penderfyniad wedi&apos;i lofnodi (%4); newidiwyd y gofrestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="226"/>
        <source>%1: the approver %2 also proposed the removal.</source>
        <translation>%1: %2, y cymeradwywr, a gynigiodd ei dynnu oddi ar y rhestr hefyd.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="230"/>
        <source>%1: the approver %2 is not a user of this case file.</source>
        <translation>%1: nid yw&apos;r cymeradwywr %2 yn ddefnyddiwr o&apos;r ffeil achos hon.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="232"/>
        <source>%1: the stored signing key of %2 is damaged.</source>
        <translation>%1: mae allwedd llofnodi %2 sydd wedi&apos;i storio wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="234"/>
        <source>%1: the decision names a signing key that is not %2&apos;s.</source>
        <translation>%1: mae&apos;r penderfyniad yn enwi allwedd llofnodi nad yw&apos;n eiddo i %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="236"/>
        <source>%1: the signature is missing or damaged.</source>
        <translation>%1: mae&apos;r llofnod ar goll neu wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="245"/>
        <source>%1: the signature does not verify with %2&apos;s key: the signed decision was altered or not signed by %2.</source>
        <translation>%1: nid yw&apos;r llofnod yn cael ei ddilysu gydag allwedd %2: newidiwyd y penderfyniad wedi&apos;i lofnodi neu ni chafodd ei lofnodi gan %2.</translation>
    </message>
</context>
<context>
    <name>ErasuresCommand</name>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="59"/>
        <source>Print JSON (shape in ErasuresCommand.cpp): {erasures[{id, reference, listed_on, proposed_at, approved_at, erased_at, reason_code, proposer, approver, signed_payload, signature (hex), signature_valid, signature_problem, disclosures[{id, made_at, made_by, kind, audience, recipient, lawful_basis, purpose, identifier}]}]}.</source>
        <translation>Argraffu JSON (y siâp yn ErasuresCommand.cpp): {erasures[{id, reference, listed_on, proposed_at, approved_at, erased_at, reason_code, proposer, approver, signed_payload, signature (hecs), signature_valid, signature_problem, disclosures[{id, made_at, made_by, kind, audience, recipient, lawful_basis, purpose, identifier}]}]}.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="67"/>
        <source>Prints the erasure register: for each erased nominal its reference, dates, reason code, proposer, approver and signed decision, with the earlier disclosures that included it, whose recipients should be asked to destroy them. No personal details are kept.</source>
        <translation>Yn argraffu&apos;r gofrestr dileu: ar gyfer pob unigolyn a ddilëwyd, ei gyfeirnod, y dyddiadau, y cod rheswm, y cynigydd, y cymeradwywr a&apos;r penderfyniad wedi&apos;i lofnodi, gyda&apos;r datgeliadau cynharach a oedd yn ei gynnwys, y dylid gofyn i&apos;w derbynwyr eu dinistrio. Ni chedwir unrhyw fanylion personol.</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="110"/>
        <source>Erasure register (%1):</source>
        <translation>Cofrestr dileu (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="115"/>
        <source>listed %1; proposed %2 by %3; approved and erased %4 by %5</source>
        <translation>ar y rhestr %1; cynigiwyd %2 gan %3; cymeradwywyd a dilëwyd %4 gan %5</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="117"/>
        <source>(unknown)</source>
        <translation>(anhysbys)</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="121"/>
        <source>signature: %1</source>
        <translation>llofnod: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="124"/>
        <source>(verifies)</source>
        <translation>(yn cael ei ddilysu)</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="125"/>
        <source>(DOES NOT VERIFY: %1)</source>
        <translation>(NID YW&apos;N CAEL EI DDILYSU: %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="128"/>
        <source>no earlier disclosures included it</source>
        <translation>nid oedd unrhyw ddatgeliad cynharach yn ei gynnwys</translation>
    </message>
    <message>
        <location filename="../app/cli/ErasuresCommand.cpp" line="131"/>
        <source>disclosed %1 by %2: %3 to %4 (%5), purpose: %6; %7 — ask the recipient to destroy it</source>
        <translation>datgelwyd %1 gan %2: %3 i %4 (%5), diben: %6; %7 — gofynnwch i&apos;r derbynnydd ei ddinistrio</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="28"/>
        <source>Evaluate as at this date (default: today).</source>
        <translation>Gwerthuso fel yr oedd ar y dyddiad hwn (diofyn: heddiw).</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="32"/>
        <source>Print every nominal&apos;s evaluation as JSON.</source>
        <translation>Argraffu gwerthusiad pob unigolyn fel JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="35"/>
        <source>Evaluates every nominal against the active threshold policy and lists those below it (flagged for removal and restricted) with the reasons in words. Logged as a consultation of the whole list.</source>
        <translation>Yn gwerthuso pob unigolyn yn erbyn y polisi trothwy gweithredol ac yn rhestru&apos;r rhai sydd islaw iddo (wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr ac wedi&apos;u cyfyngu) gyda&apos;r rhesymau mewn geiriau. Caiff ei gofnodi fel ymgynghoriad ar y rhestr gyfan.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="45"/>
        <source>--as-of needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Mae --as-of angen dyddiad fel YYYY-MM-DD, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="90"/>
        <source>Evaluated %1 nominals as at %2 under policy version %3.</source>
        <translation>Gwerthuswyd %1 unigolyn fel yr oeddent ar %2 o dan fersiwn polisi %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="95"/>
        <source>  Meet the threshold:   %1</source>
        <translation>  Yn cyrraedd y trothwy: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="96"/>
        <source>  Below the threshold:  %1 (flagged for removal and restricted)</source>
        <translation>  Islaw&apos;r trothwy:       %1 (wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr ac wedi&apos;u cyfyngu)</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="99"/>
        <source>  Review overdue:       %1</source>
        <translation>  Adolygiad yn hwyr:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EvaluateCommand.cpp" line="102"/>
        <source>Below the threshold:</source>
        <translation>Islaw&apos;r trothwy:</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="163"/>
        <source>Recorded as a victim: under this policy a victim cannot meet the threshold.</source>
        <translation>Wedi&apos;i gofnodi fel dioddefwr: o dan y polisi hwn ni all dioddefwr gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="165"/>
        <source>Recorded as at risk: under this policy a person at risk cannot meet the threshold.</source>
        <translation>Wedi&apos;i gofnodi fel person mewn perygl: o dan y polisi hwn ni all person mewn perygl gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="168"/>
        <source>Recorded as a suspected offender, but this policy does not let suspected offenders meet the threshold.</source>
        <translation>Wedi&apos;i gofnodi fel troseddwr a amheuir, ond nid yw&apos;r polisi hwn yn gadael i droseddwyr a amheuir gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="171"/>
        <source>No intelligence item qualifies: none has the grading, the age and the indication the policy requires.</source>
        <translation>Nid oes unrhyw eitem cudd-wybodaeth yn gymwys: does gan yr un y graddio, yr oedran a&apos;r arwydd y mae&apos;r polisi yn eu mynnu.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="174"/>
        <source>The qualifying intelligence comes from fewer independent originators than the policy requires.</source>
        <translation>Daw&apos;r gudd-wybodaeth gymwys gan lai o gychwynwyr annibynnol nag y mae&apos;r polisi yn ei fynnu.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="177"/>
        <source>The intelligence that counts comes from only one provider category (police, partner agency or community); the policy requires at least two.</source>
        <translation>Daw&apos;r gudd-wybodaeth sy&apos;n cyfrif o un categori darparwr yn unig (heddlu, asiantaeth bartner neu gymuned); mae&apos;r polisi yn mynnu o leiaf dau.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="180"/>
        <source>The harm score is 0.</source>
        <translation>Mae&apos;r sgôr niwed yn 0.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="182"/>
        <source>The review is overdue. This alone does not put the nominal below the threshold.</source>
        <translation>Mae&apos;r adolygiad yn hwyr. Nid yw hyn ar ei ben ei hun yn rhoi&apos;r unigolyn islaw&apos;r trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="186"/>
        <source>The source evaluation is not one the policy accepts.</source>
        <translation>Nid yw gwerthuso&apos;r ffynhonnell yn un y mae&apos;r polisi yn ei dderbyn.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="188"/>
        <source>The intelligence assessment is not one the policy accepts.</source>
        <translation>Nid yw asesu&apos;r gudd-wybodaeth yn un y mae&apos;r polisi yn ei dderbyn.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="190"/>
        <source>It was obtained before the period the policy counts (or its date is not known).</source>
        <translation>Fe&apos;i cafwyd cyn y cyfnod y mae&apos;r polisi yn ei gyfrif (neu nid yw ei ddyddiad yn hysbys).</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="193"/>
        <source>What it indicates is not what the policy counts as evidence of gang membership.</source>
        <translation>Nid yw&apos;r hyn y mae&apos;n ei ddangos yn rhywbeth y mae&apos;r polisi yn ei gyfrif yn dystiolaeth o aelodaeth o gang.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="196"/>
        <source>Its originator is already counted through a more recent item, so it adds no independent source.</source>
        <translation>Mae ei gychwynnydd eisoes wedi&apos;i gyfrif drwy eitem fwy diweddar, felly nid yw&apos;n ychwanegu ffynhonnell annibynnol.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="198"/>
        <source>Unknown reason code &quot;%1&quot;.</source>
        <translation>Cod rheswm anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="204"/>
        <source>Meets the threshold</source>
        <translation>Yn cyrraedd y trothwy</translation>
    </message>
    <message>
        <location filename="../app/policy/Evaluation.cpp" line="205"/>
        <source>Below the threshold: flagged for removal and restricted</source>
        <translation>Islaw&apos;r trothwy: wedi&apos;i nodi i&apos;w dynnu oddi ar y rhestr ac wedi&apos;i gyfyngu</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <location filename="../app/policy/Evaluator.cpp" line="239"/>
        <source>The evaluation date is not a valid date: give it as YYYY-MM-DD.</source>
        <translation>Nid yw dyddiad y gwerthuso yn ddyddiad dilys: rhowch ef fel YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>ExchangeFormat</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="419"/>
        <source>the document is empty; expected a JSON object with format, version and nominals</source>
        <translation>mae&apos;r ddogfen yn wag; disgwylid gwrthrych JSON gyda format, version a nominals</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="427"/>
        <source>not valid JSON: %1 at offset %2 (%3)</source>
        <translation>nid yw&apos;n JSON dilys: %1 ar wrthbwys %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="434"/>
        <source>must be a JSON object with format, version and nominals, but is %1</source>
        <translation>rhaid iddo fod yn wrthrych JSON gyda format, version a nominals, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="435"/>
        <source>a scalar</source>
        <translation>gwerth sgalar</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="444"/>
        <source>is required but missing; expected &quot;%1&quot;</source>
        <translation>mae&apos;n ofynnol ond ar goll; disgwylid &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="447"/>
        <source>%1 is not a Corroborate exchange document; expected &quot;%2&quot;</source>
        <translation>nid yw %1 yn ddogfen gyfnewid Corroborate; disgwylid &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="454"/>
        <source>is required but missing; expected %1</source>
        <translation>mae&apos;n ofynnol ond ar goll; disgwylid %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="457"/>
        <source>must be a number, but is %1</source>
        <translation>rhaid iddo fod yn rhif, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="460"/>
        <source>%1 is not supported; this version of Corroborate reads version %2</source>
        <translation>nid yw %1 yn cael ei gefnogi; mae&apos;r fersiwn hon o Corroborate yn darllen fersiwn %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="466"/>
        <source>is required but missing; expected an array of nominals (it may be empty)</source>
        <translation>mae&apos;n ofynnol ond ar goll; disgwylid arae o unigolion (gall fod yn wag)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="383"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="472"/>
        <source>must be an array, but is %1</source>
        <translation>rhaid iddo fod yn arae, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="120"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="122"/>
        <source>true/false</source>
        <translation>gwir/gau</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="124"/>
        <source>a number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="126"/>
        <source>a string</source>
        <translation>llinyn</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="128"/>
        <source>an array</source>
        <translation>arae</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="130"/>
        <source>an object</source>
        <translation>gwrthrych</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="134"/>
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="165"/>
        <source>unknown field; expected one of: %1</source>
        <translation>maes anhysbys; disgwylid un o: %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="177"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="213"/>
        <source>is required but missing</source>
        <translation>mae&apos;n ofynnol ond ar goll</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="181"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="199"/>
        <source>must be a string, but is %1</source>
        <translation>rhaid iddo fod yn llinyn, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="186"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="223"/>
        <source>is required but empty</source>
        <translation>mae&apos;n ofynnol ond yn wag</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="217"/>
        <source>must be a date written as a string (YYYY-MM-DD), but is %1</source>
        <translation>rhaid iddo fod yn ddyddiad wedi&apos;i ysgrifennu fel llinyn (YYYY-MM-DD), ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="231"/>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>nid yw %1 yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="232"/>
        <source>%1 is not a date (YYYY-MM-DD); leave it out or write null when it is not known</source>
        <translation>nid yw %1 yn ddyddiad (YYYY-MM-DD); gadewch ef allan neu ysgrifennwch null pan nad yw&apos;n hysbys</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="238"/>
        <source>%1 is in the future (today is %2)</source>
        <translation>mae %1 yn y dyfodol (heddiw yw %2)</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="255"/>
        <source>%1 is not one of: %2</source>
        <translation>nid yw %1 yn un o: %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="268"/>
        <source>must be a whole number or null, but is %1</source>
        <translation>rhaid iddo fod yn rhif cyfan neu null, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="273"/>
        <source>%1 is not a whole number</source>
        <translation>nid yw %1 yn rhif cyfan</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="277"/>
        <source>%1 is negative; a harm score is 0 or more</source>
        <translation>mae %1 yn negatif; mae sgôr niwed yn 0 neu&apos;n fwy</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="281"/>
        <source>%1 is too large for a harm score</source>
        <translation>mae %1 yn rhy fawr i fod yn sgôr niwed</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="318"/>
        <source>handling code C (sharing permitted with conditions) needs the conditions; write them here</source>
        <translation>mae cod trin C (caniateir rhannu gydag amodau) angen yr amodau; ysgrifennwch nhw yma</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="336"/>
        <source>%1 starts or ends with white space; a reference is written without it</source>
        <translation>mae %1 yn dechrau neu&apos;n gorffen â gofod gwyn; ysgrifennir cyfeirnod hebddo</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="356"/>
        <source>%1 is before 1900-01-01; check the date of birth</source>
        <translation>mae %1 cyn 1900-01-01; gwiriwch y dyddiad geni</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="360"/>
        <source>%1 is after listed_on (%2)</source>
        <translation>mae %1 ar ôl listed_on (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/exchange/ExchangeFormat.cpp" line="362"/>
        <source>%1 makes the person %n year(s) old on listed_on (%2); a nominal must be at least 10 when listed</source>
        <translation>
            <numerusform>mae %1 yn gwneud y person yn %n oed ar listed_on (%2); rhaid i unigolyn fod yn 10 oed o leiaf pan gaiff ei roi ar y rhestr</numerusform>
            <numerusform>mae %1 yn gwneud y person yn %n oed ar listed_on (%2); rhaid i unigolyn fod yn 10 oed o leiaf pan gaiff ei roi ar y rhestr</numerusform>
            <numerusform>mae %1 yn gwneud y person yn %n oed ar listed_on (%2); rhaid i unigolyn fod yn 10 oed o leiaf pan gaiff ei roi ar y rhestr</numerusform>
            <numerusform>mae %1 yn gwneud y person yn %n oed ar listed_on (%2); rhaid i unigolyn fod yn 10 oed o leiaf pan gaiff ei roi ar y rhestr</numerusform>
            <numerusform>mae %1 yn gwneud y person yn %n oed ar listed_on (%2); rhaid i unigolyn fod yn 10 oed o leiaf pan gaiff ei roi ar y rhestr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="377"/>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="483"/>
        <source>must be an object, but is %1</source>
        <translation>rhaid iddo fod yn wrthrych, ond mae&apos;n %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="404"/>
        <source>line %1, column %2</source>
        <translation>llinell %1, colofn %2</translation>
    </message>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="494"/>
        <source>%1 appears twice in the document: also at %2</source>
        <translation>mae %1 yn ymddangos ddwywaith yn y ddogfen: hefyd yn %2</translation>
    </message>
</context>
<context>
    <name>ExchangeWriter</name>
    <message>
        <location filename="../app/exchange/ExchangeFormat.cpp" line="584"/>
        <source>Could not write the export: %1. Check the disk space and the destination, then export again.</source>
        <translation>Methu ysgrifennu&apos;r allforiad: %1. Gwiriwch le ar y ddisg a&apos;r gyrchfan, yna allforiwch eto.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="20"/>
        <source>%1 already exists. Choose another name: an export never overwrites a file.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw arall: nid yw allforiad byth yn trosysgrifo ffeil.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="32"/>
        <source>Write to this new file (never overwritten) instead of standard output.</source>
        <translation>Ysgrifennu i&apos;r ffeil newydd hon (ni chaiff byth ei throsysgrifo) yn lle&apos;r allbwn safonol.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="36"/>
        <source>Who receives the export, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Pwy sy&apos;n derbyn yr allforiad, ar gyfer cofnod y datgeliad (diofyn: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="41"/>
        <source>Why, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Pam, ar gyfer cofnod y datgeliad (diofyn: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="46"/>
        <source>The lawful basis, for the disclosure record (default: &quot;%1&quot;).</source>
        <translation>Y sail gyfreithlon, ar gyfer cofnod y datgeliad (diofyn: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="51"/>
        <source>Exports every nominal and its intelligence as an exchange document, for backup or migration. The export is complete: nominals flagged for removal and restricted ones are included. It is recorded as a disclosure. Needs the officer role.</source>
        <translation>Yn allforio pob unigolyn a&apos;i gudd-wybodaeth fel dogfen gyfnewid, ar gyfer copi wrth gefn neu fudo. Mae&apos;r allforiad yn gyflawn: mae unigolion wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr a rhai cyfyngedig wedi&apos;u cynnwys. Caiff ei gofnodi fel datgeliad. Mae angen rôl swyddog.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="62"/>
        <source>--out needs a file name.</source>
        <translation>Mae --out angen enw ffeil.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="82"/>
        <source>Cannot write %1 (%2). Check the folder exists and is writable.</source>
        <translation>Ni ellir ysgrifennu %1 (%2). Gwiriwch fod y ffolder yn bodoli a bod modd ysgrifennu iddo.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="95"/>
        <source>Could not finish writing %1 (%2). Nothing was exported.</source>
        <translation>Methu gorffen ysgrifennu %1 (%2). Ni allforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="109"/>
        <source>Cannot write to standard output.</source>
        <translation>Ni ellir ysgrifennu i&apos;r allbwn safonol.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="113"/>
        <source>Could not finish writing to standard output (%1).</source>
        <translation>Methu gorffen ysgrifennu i&apos;r allbwn safonol (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="117"/>
        <source>Exported %n nominal(s) with %1 intelligence item(s) to %2; recorded as disclosure %3 (flagged and restricted nominals included).</source>
        <translation>
            <numerusform>Allforiwyd %n unigolyn gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n unigolyn gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
            <numerusform>Allforiwyd %n o unigolion gyda %1 eitem cudd-wybodaeth i %2; cofnodwyd fel datgeliad %3 (gan gynnwys unigolion wedi&apos;u nodi a rhai cyfyngedig).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="122"/>
        <source>standard output</source>
        <translation>allbwn safonol</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../app/exchange/Exporter.cpp" line="45"/>
        <source>standard output</source>
        <translation>allbwn safonol</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="49"/>
        <source>self (backup)</source>
        <translation>ni ein hunain (copi wrth gefn)</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="50"/>
        <source>backup or migration</source>
        <translation>copi wrth gefn neu fudo</translation>
    </message>
    <message>
        <location filename="../app/exchange/Exporter.h" line="51"/>
        <source>not stated</source>
        <translation>heb ei nodi</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../app/core/Grading.cpp" line="78"/>
        <source>Reliable</source>
        <translation>Dibynadwy</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="80"/>
        <source>Untested</source>
        <translation>Heb ei brofi</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="82"/>
        <source>Not reliable</source>
        <translation>Annibynadwy</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="91"/>
        <source>Known directly to the source</source>
        <translation>Yn hysbys i&apos;r ffynhonnell yn uniongyrchol</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="93"/>
        <source>Known indirectly to the source but corroborated</source>
        <translation>Yn hysbys i&apos;r ffynhonnell yn anuniongyrchol ond wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="95"/>
        <source>Known indirectly to the source</source>
        <translation>Yn hysbys i&apos;r ffynhonnell yn anuniongyrchol</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="97"/>
        <source>Not known</source>
        <translation>Heb fod yn hysbys</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="99"/>
        <source>Suspected to be false</source>
        <translation>Amheuir ei fod yn anwir</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="106"/>
        <source>Lawful sharing permitted</source>
        <translation>Caniateir rhannu&apos;n gyfreithlon</translation>
    </message>
    <message>
        <location filename="../app/core/Grading.cpp" line="107"/>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Caniateir rhannu&apos;n gyfreithlon gydag amodau</translation>
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
        <translation>Ni ellir darllen %1 (%2). Gwiriwch lwybr y ddogfen i&apos;w mewnforio.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Cannot read %1 (%2).</source>
        <translation>Ni ellir darllen %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="41"/>
        <source>Nothing was imported from %1: %n nominal(s) already in the case file. Use --update to replace them.</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim o %1: mae %n o unigolion yn y ffeil achos eisoes. Defnyddiwch --update i&apos;w disodli.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae %n unigolyn yn y ffeil achos eisoes. Defnyddiwch --update i&apos;w ddisodli.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae %n o unigolion yn y ffeil achos eisoes. Defnyddiwch --update i&apos;w disodli.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae %n o unigolion yn y ffeil achos eisoes. Defnyddiwch --update i&apos;w disodli.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae %n o unigolion yn y ffeil achos eisoes. Defnyddiwch --update i&apos;w disodli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="45"/>
        <source>Nothing was imported from %1: %n problem(s) found. Correct them and import again.</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n broblem. Cywirwch hi a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw a mewnforiwch eto.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: cafwyd %n o broblemau. Cywirwch nhw a mewnforiwch eto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="60"/>
        <source>Replace nominals whose reference is already in the case file (their details and all their intelligence) instead of refusing the import.</source>
        <translation>Disodli unigolion y mae eu cyfeirnod yn y ffeil achos eisoes (eu manylion a&apos;u holl gudd-wybodaeth) yn lle gwrthod y mewnforio.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="64"/>
        <source>Imports nominals and their intelligence from an exchange document (DATA.json, or - for standard input): all of it or, if anything is wrong, none of it. Every problem is listed as &quot;path: message&quot;. Needs the officer role.</source>
        <translation>Yn mewnforio unigolion a&apos;u cudd-wybodaeth o ddogfen gyfnewid (DATA.json, neu - ar gyfer y mewnbwn safonol): y cyfan ohoni neu, os oes unrhyw beth o&apos;i le, dim ohoni. Rhestrir pob problem fel &quot;llwybr: neges&quot;. Mae angen rôl swyddog.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ImportCommand.cpp" line="91"/>
        <source>Imported %n nominal(s) from %1 into %2: </source>
        <translation>
            <numerusform>Mewnforiwyd %n o unigolion o %1 i %2: </numerusform>
            <numerusform>Mewnforiwyd %n unigolyn o %1 i %2: </numerusform>
            <numerusform>Mewnforiwyd %n o unigolion o %1 i %2: </numerusform>
            <numerusform>Mewnforiwyd %n o unigolion o %1 i %2: </numerusform>
            <numerusform>Mewnforiwyd %n o unigolion o %1 i %2: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="94"/>
        <source>%1 added, %2 updated, %3 unchanged; %4 intelligence item(s).</source>
        <translation>%1 wedi&apos;u hychwanegu, %2 wedi&apos;u diweddaru, %3 heb eu newid; %4 eitem cudd-wybodaeth.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="70"/>
        <source>%1 belonged to a nominal who has been erased; references are never reused. Give this person a new reference</source>
        <translation>Roedd %1 yn perthyn i unigolyn sydd wedi&apos;i ddileu; ni chaiff cyfeirnodau byth eu hailddefnyddio. Rhowch gyfeirnod newydd i&apos;r person hwn</translation>
    </message>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="79"/>
        <source>%1 already exists in the case file; import with update to replace it, or leave it out of the document</source>
        <translation>Mae %1 yn bodoli eisoes yn y ffeil achos; mewnforiwch gyda diweddaru i&apos;w ddisodli, neu gadewch ef allan o&apos;r ddogfen</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="22"/>
        <source>User name of the first administrator.</source>
        <translation>Enw defnyddiwr y gweinyddwr cyntaf.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="24"/>
        <source>Their display name.</source>
        <translation>Ei enw dangos.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="28"/>
        <source>Creates a new encrypted case file with its first administrator. Passphrase from CORROBORATE_PASSPHRASE, the administrator&apos;s password from CORROBORATE_PASSWORD.</source>
        <translation>Yn creu ffeil achos newydd wedi&apos;i hamgryptio gyda&apos;i gweinyddwr cyntaf. Y cyfrinymadrodd o CORROBORATE_PASSPHRASE, cyfrinair y gweinyddwr o CORROBORATE_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="34"/>
        <source>--admin USERNAME is required.</source>
        <translation>Mae angen --admin ENW_DEFNYDDIWR.</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="41"/>
        <source>Password for %1</source>
        <translation>Cyfrinair %1</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="64"/>
        <source>Created %1 with administrator %2.</source>
        <translation>Crëwyd %1 gyda&apos;r gweinyddwr %2.</translation>
    </message>
</context>
<context>
    <name>IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="6"/>
        <source>Intelligence item</source>
        <translation>Eitem cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="10"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Darparwr:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="11"/>
        <source>Provider category</source>
        <translation>Categori darparwr</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="12"/>
        <source>&amp;Originator:</source>
        <translation>&amp;Cychwynnydd:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="13"/>
        <source>Originator</source>
        <translation>Cychwynnydd</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="13"/>
        <source>Unit, agency or source</source>
        <translation>Uned, asiantaeth neu ffynhonnell</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="14"/>
        <source>Originator problem</source>
        <translation>Problem gyda&apos;r cychwynnydd</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="15"/>
        <source>Re&amp;ference:</source>
        <translation>C&amp;yfeirnod:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="16"/>
        <source>Intelligence reference</source>
        <translation>Cyfeirnod cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="16"/>
        <source>e.g. an intelligence log number</source>
        <translation>e.e. rhif log cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="17"/>
        <source>Intelligence reference problem</source>
        <translation>Problem gyda&apos;r cyfeirnod cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="18"/>
        <source>Date o&amp;btained:</source>
        <translation>Dyddiad ei c&amp;hael:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="19"/>
        <source>Date obtained</source>
        <translation>Dyddiad ei chael</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="19"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="20"/>
        <source>Date obtained problem</source>
        <translation>Problem gyda dyddiad ei chael</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="21"/>
        <source>&amp;Source evaluation:</source>
        <translation>&amp;Gwerthuso&apos;r ffynhonnell:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="22"/>
        <source>Source evaluation</source>
        <translation>Gwerthuso&apos;r ffynhonnell</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="23"/>
        <source>Intelligence &amp;assessment:</source>
        <translation>&amp;Asesu&apos;r gudd-wybodaeth:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="24"/>
        <source>Intelligence assessment</source>
        <translation>Asesu&apos;r gudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="25"/>
        <source>Ha&amp;ndling code:</source>
        <translation>Cod &amp;trin:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="26"/>
        <source>Handling code</source>
        <translation>Cod trin</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="27"/>
        <source>Handling con&amp;ditions:</source>
        <translation>A&amp;modau trin:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="28"/>
        <source>Handling conditions</source>
        <translation>Amodau trin</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="29"/>
        <source>Handling conditions problem</source>
        <translation>Problem gyda&apos;r amodau trin</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="30"/>
        <source>&amp;Indicates:</source>
        <translation>Yn da&amp;ngos:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="31"/>
        <source>What it indicates</source>
        <translation>Beth mae&apos;n ei ddangos</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="32"/>
        <source>Su&amp;mmary:</source>
        <translation>C&amp;rynodeb:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="33"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="34"/>
        <source>Summary problem</source>
        <translation>Problem gyda&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="35"/>
        <source>Reason for this c&amp;hange:</source>
        <translation>Rheswm dros y ne&amp;wid hwn:</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="36"/>
        <source>Reason for this change</source>
        <translation>Rheswm dros y newid hwn</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="36"/>
        <source>Required: kept in the audit log</source>
        <translation>Gofynnol: fe&apos;i cedwir yn y log archwilio</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="37"/>
        <source>Reason for this change problem</source>
        <translation>Problem gyda&apos;r rheswm dros y newid</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="39"/>
        <source>Effect on the threshold</source>
        <translation>Effaith ar y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>Edit conflict</source>
        <translation>Gwrthdaro golygu</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>&amp;Reload</source>
        <translation>Ail-&amp;lwytho</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.ui" line="40"/>
        <source>Reload the saved record</source>
        <translation>Ail-lwytho&apos;r cofnod a gadwyd</translation>
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
        <translation>Rhan o&apos;r graddio</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="15"/>
        <source>Meaning</source>
        <translation>Ystyr</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="22"/>
        <source>Source evaluation</source>
        <translation>Gwerthuso&apos;r ffynhonnell</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="25"/>
        <source>Intelligence assessment</source>
        <translation>Asesu&apos;r gudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="27"/>
        <source>Handling code</source>
        <translation>Cod trin</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="39"/>
        <source>Interpretation notice: read this first</source>
        <translation>Hysbysiad dehongli: darllenwch hwn yn gyntaf</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="41"/>
        <source>This pack was produced by %1 for %2, as at %3, for this purpose: %4. Lawful basis: %5. Use it for that purpose only and do not pass it on.</source>
        <translation>Lluniwyd y pecyn hwn gan %1 ar gyfer %2, fel yr oedd ar %3, at y diben hwn: %4. Sail gyfreithlon: %5. Defnyddiwch ef at y diben hwnnw yn unig a pheidiwch â&apos;i drosglwyddo i neb arall.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="48"/>
        <source>What inclusion means</source>
        <translation>Ystyr cynnwys rhywun</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="50"/>
        <source>A person appears in this pack because, at the time shown, the police held graded intelligence about them that met the written inclusion threshold set out below, and their listing was neither flagged for removal nor awaiting a decision on removal.</source>
        <translation>Mae person yn ymddangos yn y pecyn hwn oherwydd, ar yr adeg a ddangosir, fod gan yr heddlu gudd-wybodaeth wedi&apos;i graddio amdano a oedd yn cyrraedd y trothwy cynnwys ysgrifenedig a nodir isod, ac nad oedd wedi&apos;i nodi i&apos;w dynnu oddi ar y rhestr nac yn aros am benderfyniad ar ei dynnu oddi arni.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="55"/>
        <source>What inclusion does not mean</source>
        <translation>Beth nad yw cynnwys rhywun yn ei olygu</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="57"/>
        <source>It is not a finding of guilt, a charge or a conviction, and it is not evidence of an offence.</source>
        <translation>Nid yw&apos;n ganfyddiad o euogrwydd, yn gyhuddiad nac yn euogfarn, ac nid yw&apos;n dystiolaeth o drosedd.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="59"/>
        <source>It does not mean the person is dangerous to you, your staff or your service users, nor that anyone they live with is involved.</source>
        <translation>Nid yw&apos;n golygu bod y person yn beryglus i chi, i&apos;ch staff nac i ddefnyddwyr eich gwasanaeth, nac ychwaith fod unrhyw un sy&apos;n byw gydag ef yn gysylltiedig.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="61"/>
        <source>Intelligence is information assessed for its reliability; some of it is untested and it may be incomplete or out of date. Read each item&apos;s grading.</source>
        <translation>Gwybodaeth sydd wedi&apos;i hasesu am ei dibynadwyedd yw cudd-wybodaeth; nid yw peth ohoni wedi&apos;i phrofi a gall fod yn anghyflawn neu&apos;n hen. Darllenwch raddio pob eitem.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="63"/>
        <source>Someone who is not in this pack is not thereby cleared: people below the threshold or awaiting a removal decision are left out of partner packs.</source>
        <translation>Nid yw rhywun nad yw yn y pecyn hwn wedi&apos;i glirio drwy hynny: mae pobl islaw&apos;r trothwy, neu sy&apos;n aros am benderfyniad ar eu tynnu oddi ar y rhestr, yn cael eu gadael allan o becynnau partner.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="71"/>
        <source>The inclusion threshold (policy version %1)</source>
        <translation>Y trothwy cynnwys (fersiwn polisi %1)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="74"/>
        <source>How intelligence is graded (3x5x2)</source>
        <translation>Sut mae cudd-wybodaeth yn cael ei graddio (3x5x2)</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="76"/>
        <source>Each intelligence item carries three codes: how reliable its source is, how the source came to know it, and whether and how it may be shared. The meaning is printed beside every code in this pack.</source>
        <translation>Mae tri chod ar bob eitem cudd-wybodaeth: pa mor ddibynadwy yw ei ffynhonnell, sut y daeth y ffynhonnell i wybod amdani, ac a ellir ei rhannu a sut. Mae&apos;r ystyr wedi&apos;i argraffu wrth ymyl pob cod yn y pecyn hwn.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="81"/>
        <source>Items with handling code C may be shared only under conditions recorded with them; their details are withheld from partner packs and the pack says where an item was withheld.</source>
        <translation>Dim ond o dan amodau a gofnodwyd gyda nhw y gellir rhannu eitemau â chod trin C; mae eu manylion yn cael eu dal yn ôl o becynnau partner ac mae&apos;r pecyn yn nodi lle cafodd eitem ei dal yn ôl.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="85"/>
        <source>What this pack must not be used for</source>
        <translation>At beth na ddylid defnyddio&apos;r pecyn hwn</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="88"/>
        <source>This pack must not be used for housing, employment or benefits screening, nor for any decision about a person&apos;s access to a service, tenancy, job, school place or payment. It may be used only for the purpose stated above.</source>
        <translation>Ni ddylid defnyddio&apos;r pecyn hwn i sgrinio ar gyfer tai, cyflogaeth na budd-daliadau, nac ar gyfer unrhyw benderfyniad am fynediad person at wasanaeth, tenantiaeth, swydd, lle mewn ysgol neu daliad. Dim ond at y diben a nodir uchod y gellir ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="93"/>
        <source>Reporting an inaccuracy</source>
        <translation>Rhoi gwybod am anghywirdeb</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="95"/>
        <source>If you believe anything in this pack is wrong or out of date, tell the officer who produced it, %1, as soon as possible, quoting the pack identifier %2 and the nominal&apos;s reference. Do not correct or annotate the pack yourself and do not contact the person about the record.</source>
        <translation>Os ydych yn credu bod unrhyw beth yn y pecyn hwn yn anghywir neu&apos;n hen, dywedwch wrth y swyddog a&apos;i lluniodd, %1, cyn gynted â phosibl, gan ddyfynnu dynodydd y pecyn %2 a chyfeirnod yr unigolyn. Peidiwch â chywiro&apos;r pecyn na nodi arno eich hun a pheidiwch â chysylltu â&apos;r person am y cofnod.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="102"/>
        <source>When to destroy this pack</source>
        <translation>Pryd i ddinistrio&apos;r pecyn hwn</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="104"/>
        <source>Destroy every copy securely (cross-cut shredding, or secure deletion of the file) as soon as the purpose above has been served, and no later than %1. Do not copy it, keep extracts of it or add it to your own records.</source>
        <translation>Dinistriwch bob copi yn ddiogel (rhwygo croes-doriad, neu ddileu&apos;r ffeil yn ddiogel) cyn gynted ag y bydd y diben uchod wedi&apos;i gyflawni, a dim hwyrach na %1. Peidiwch â&apos;i gopïo, cadw darnau ohono na&apos;i ychwanegu at eich cofnodion eich hun.</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="110"/>
        <source>Before acting</source>
        <translation>Cyn gweithredu</translation>
    </message>
    <message>
        <location filename="../app/packs/InterpretationNotice.cpp" line="112"/>
        <source>Check each nominal&apos;s current status with the force before acting on anything in this pack: it is correct only as at the date and time shown.</source>
        <translation>Gwiriwch statws presennol pob unigolyn gyda&apos;r heddlu cyn gweithredu ar unrhyw beth yn y pecyn hwn: mae&apos;n gywir fel yr oedd ar y dyddiad a&apos;r amser a ddangosir yn unig.</translation>
    </message>
</context>
<context>
    <name>MarkingCommand</name>
    <message>
        <location filename="../app/cli/MarkingCommand.cpp" line="17"/>
        <source>Make this the case file&apos;s protective marking (administrators only).</source>
        <translation>Gwneud hwn yn farc diogelu&apos;r ffeil achos (gweinyddwyr yn unig).</translation>
    </message>
    <message>
        <location filename="../app/cli/MarkingCommand.cpp" line="22"/>
        <source>Prints the protective marking printed at the top and bottom of every page of this case file&apos;s packs (default %1), or sets it.</source>
        <translation>Yn argraffu&apos;r marc diogelu a argraffir ar frig a gwaelod pob tudalen o becynnau&apos;r ffeil achos hon (diofyn %1), neu&apos;n ei osod.</translation>
    </message>
    <message>
        <location filename="../app/cli/MarkingCommand.cpp" line="37"/>
        <source>Packs from %1 are now marked %2.</source>
        <translation>Mae pecynnau o %1 bellach wedi&apos;u marcio&apos;n %2.</translation>
    </message>
</context>
<context>
    <name>NominalDetails</name>
    <message>
        <location filename="../ui/data/NominalDetails.cpp" line="21"/>
        <source>This nominal is no longer in the file.</source>
        <translation>Nid yw&apos;r unigolyn hwn yn y ffeil mwyach.</translation>
    </message>
</context>
<context>
    <name>NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="6"/>
        <source>Nominal</source>
        <translation>Unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="10"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Cyfeirnod:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="11"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="12"/>
        <source>Reference problem</source>
        <translation>Problem gyda&apos;r cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="13"/>
        <source>&amp;Surname:</source>
        <translation>C&amp;yfenw:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="14"/>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="15"/>
        <source>Surname problem</source>
        <translation>Problem gyda&apos;r cyfenw</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="16"/>
        <source>&amp;Forenames:</source>
        <translation>&amp;Enwau cyntaf:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="17"/>
        <source>Forenames</source>
        <translation>Enwau cyntaf</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="18"/>
        <source>Forenames problem</source>
        <translation>Problem gyda&apos;r enwau cyntaf</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="19"/>
        <source>Date of &amp;birth:</source>
        <translation>Dyddiad &amp;geni:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="20"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="20"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="21"/>
        <source>Date of birth problem</source>
        <translation>Problem gyda&apos;r dyddiad geni</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="22"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Rhywedd:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="23"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="24"/>
        <source>&amp;Ethnicity (self-defined):</source>
        <translation>E&amp;thnigrwydd (hunan-ddiffiniedig):</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="25"/>
        <source>Ethnicity (self-defined)</source>
        <translation>Ethnigrwydd (hunan-ddiffiniedig)</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="26"/>
        <source>&amp;Area:</source>
        <translation>&amp;Ardal:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="27"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="28"/>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;ŵp:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="29"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="30"/>
        <source>&amp;Classification:</source>
        <translation>&amp;Dosbarthiad:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="31"/>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="32"/>
        <source>Classification problem</source>
        <translation>Problem gyda&apos;r dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="33"/>
        <source>&amp;Harm score:</source>
        <translation>&amp;Sgôr niwed:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="34"/>
        <source>Harm score</source>
        <translation>Sgôr niwed</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="34"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="35"/>
        <source>Harm score problem</source>
        <translation>Problem gyda&apos;r sgôr niwed</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="36"/>
        <source>&amp;Listed on:</source>
        <translation>Ar y r&amp;hestr ers:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="37"/>
        <source>Listed on</source>
        <translation>Ar y rhestr ers</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="37"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="38"/>
        <source>Listed on problem</source>
        <translation>Problem gyda&apos;r dyddiad rhoi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="39"/>
        <source>Reason for this c&amp;hange:</source>
        <translation>Rheswm dros y ne&amp;wid hwn:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="40"/>
        <source>Reason for this change</source>
        <translation>Rheswm dros y newid hwn</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="40"/>
        <source>Required: kept in the audit log</source>
        <translation>Gofynnol: fe&apos;i cedwir yn y log archwilio</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="41"/>
        <source>Reason for this change problem</source>
        <translation>Problem gyda&apos;r rheswm dros y newid</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Edit conflict</source>
        <translation>Gwrthdaro golygu</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>&amp;Reload</source>
        <translation>Ail-&amp;lwytho</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.ui" line="44"/>
        <source>Reload the saved record</source>
        <translation>Ail-lwytho&apos;r cofnod a gadwyd</translation>
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
        <translation>Mae unigolyn â&apos;r cyfeirnod %1 yn bodoli eisoes.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="141"/>
        <source>Reference %1 belonged to a nominal who has been erased; references are never reused.</source>
        <translation>Roedd cyfeirnod %1 yn perthyn i unigolyn sydd wedi&apos;i ddileu; ni chaiff cyfeirnodau byth eu hailddefnyddio.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="164"/>
        <source>There is no nominal with reference %1.</source>
        <translation>Does dim unigolyn â&apos;r cyfeirnod %1.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="308"/>
        <source>%1 was removed by someone else while you were editing it.</source>
        <translation>Cafodd %1 ei dynnu gan rywun arall tra oeddech yn ei olygu.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="309"/>
        <source>%1 was changed by %2 at %3 while you were editing it. Reload it to see their change, then edit again.</source>
        <translation>Cafodd %1 ei newid gan %2 am %3 tra oeddech yn ei olygu. Ail-lwythwch ef i weld y newid, yna golygwch eto.</translation>
    </message>
    <message>
        <location filename="../app/store/NominalRepository.cpp" line="361"/>
        <location filename="../app/store/NominalRepository.cpp" line="387"/>
        <source>Intelligence item %1</source>
        <translation>Eitem cudd-wybodaeth %1</translation>
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
        <translation>Enwch y derbynnydd, y sail gyfreithlon a&apos;r diben cyn i becyn adael y ffeil; ar goll neu&apos;n wag: %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="74"/>
        <source>The due-by date is not a valid date (YYYY-MM-DD).</source>
        <translation>Nid yw&apos;r dyddiad erbyn pryd yn ddyddiad dilys (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../app/packs/PackBuilder.cpp" line="125"/>
        <source>No nominal with the reference(s) %1 is in this case file; no pack was made. Check the references.</source>
        <translation>Does dim unigolyn â&apos;r cyfeirnod(au) %1 yn y ffeil achos hon; ni luniwyd pecyn. Gwiriwch y cyfeirnodau.</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="28"/>
        <source>A nominal&apos;s reference; repeat for several (printed in the order given).</source>
        <translation>Cyfeirnod unigolyn; ailadroddwch ar gyfer sawl un (wedi&apos;u hargraffu yn y drefn a roddir).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="32"/>
        <source>Every nominal whose next review is due on or before this date.</source>
        <translation>Pob unigolyn y mae ei adolygiad nesaf yn ddyledus ar y dyddiad hwn neu cyn hynny.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="35"/>
        <source>Every nominal below the threshold today.</source>
        <translation>Pob unigolyn sydd islaw&apos;r trothwy heddiw.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="38"/>
        <source>internal (everything) or partner (restricted nominals and handling-code-C details left out, interpretation notice first).</source>
        <translation>internal (popeth) neu partner (unigolion cyfyngedig a manylion cod trin C wedi&apos;u gadael allan, yr hysbysiad dehongli yn gyntaf).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="42"/>
        <source>Who the pack is for (required).</source>
        <translation>Ar gyfer pwy mae&apos;r pecyn (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="45"/>
        <source>The lawful basis for sharing it (required).</source>
        <translation>Y sail gyfreithlon dros ei rannu (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="48"/>
        <source>What it is for (required).</source>
        <translation>Beth yw ei ddiben (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="51"/>
        <source>The PDF to write; an existing file is never overwritten.</source>
        <translation>Y PDF i&apos;w ysgrifennu; ni chaiff ffeil sy&apos;n bodoli byth ei throsysgrifo.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="56"/>
        <source>The pack&apos;s language: cy (Cymraeg) or en (English). Default: the language this command runs in.</source>
        <translation>Iaith y pecyn: cy (Cymraeg) neu en (English). Diofyn: yr iaith y mae&apos;r gorchymyn hwn yn rhedeg ynddi.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="62"/>
        <source>Writes a marked review pack as a PDF for one or more nominals, or for every nominal due for review or flagged, and records it as a disclosure. Needs the officer role.</source>
        <translation>Yn ysgrifennu pecyn adolygu wedi&apos;i farcio fel PDF ar gyfer un neu ragor o unigolion, neu ar gyfer pob unigolyn sy&apos;n ddyledus i&apos;w adolygu neu wedi&apos;i nodi, ac yn ei gofnodi fel datgeliad. Mae angen rôl swyddog.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="73"/>
        <source>Choose the nominals with exactly one of --nominal REF, --due-by YYYY-MM-DD or --flagged.
Usage: corroborate-cli %1</source>
        <translation>Dewiswch yr unigolion gydag un yn union o --nominal REF, --due-by YYYY-MM-DD neu --flagged.
Defnydd: corroborate-cli %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="83"/>
        <source>--audience must be internal or partner.</source>
        <translation>Rhaid i --audience fod yn internal neu partner.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="90"/>
        <source>--language must be cy or en, not &quot;%1&quot;.</source>
        <translation>Rhaid i --language fod yn cy neu en, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="96"/>
        <source>--out FILE.pdf is required.</source>
        <translation>Mae angen --out FFEIL.pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="102"/>
        <source>--due-by must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Rhaid i --due-by fod yn ddyddiad wedi&apos;i ysgrifennu YYYY-MM-DD, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="119"/>
        <source>No nominal is below the threshold; no pack was written.</source>
        <translation>Does dim unigolyn islaw&apos;r trothwy; ni ysgrifennwyd pecyn.</translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="120"/>
        <source>No nominal is due for review on or before %1; no pack was written.</source>
        <translation>Does dim unigolyn yn ddyledus i&apos;w adolygu ar %1 neu cyn hynny; ni ysgrifennwyd pecyn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="128"/>
        <source>Wrote %1 (%2, %n page(s)) to %3</source>
        <translation>
            <numerusform>Ysgrifennwyd %1 (%2, %n tudalen) i %3</numerusform>
            <numerusform>Ysgrifennwyd %1 (%2, %n tudalen) i %3</numerusform>
            <numerusform>Ysgrifennwyd %1 (%2, %n o dudalennau) i %3</numerusform>
            <numerusform>Ysgrifennwyd %1 (%2, %n o dudalennau) i %3</numerusform>
            <numerusform>Ysgrifennwyd %1 (%2, %n o dudalennau) i %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="131"/>
        <source>%n nominal(s) included</source>
        <translation>
            <numerusform>%n o unigolion wedi&apos;u cynnwys</numerusform>
            <numerusform>%n unigolyn wedi&apos;i gynnwys</numerusform>
            <numerusform>%n o unigolion wedi&apos;u cynnwys</numerusform>
            <numerusform>%n o unigolion wedi&apos;u cynnwys</numerusform>
            <numerusform>%n o unigolion wedi&apos;u cynnwys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PackCommand.cpp" line="135"/>
        <source>%n restricted nominal(s) withheld</source>
        <translation>
            <numerusform>%n o unigolion cyfyngedig wedi&apos;u dal yn ôl</numerusform>
            <numerusform>%n unigolyn cyfyngedig wedi&apos;i ddal yn ôl</numerusform>
            <numerusform>%n o unigolion cyfyngedig wedi&apos;u dal yn ôl</numerusform>
            <numerusform>%n o unigolion cyfyngedig wedi&apos;u dal yn ôl</numerusform>
            <numerusform>%n o unigolion cyfyngedig wedi&apos;u dal yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/PackCommand.cpp" line="137"/>
        <source>recorded as disclosure %1.</source>
        <translation>cofnodwyd fel datgeliad %1.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="6"/>
        <location filename="../ui/packs/PackDialog.ui" line="7"/>
        <source>Review pack</source>
        <translation>Pecyn adolygu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="10"/>
        <location filename="../ui/packs/PackDialog.ui" line="11"/>
        <source>Which nominals</source>
        <translation>Pa unigolion</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="13"/>
        <source>The selected &amp;nominal</source>
        <translation>Yr &amp;unigolyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="13"/>
        <source>The selected nominal</source>
        <translation>Yr unigolyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="14"/>
        <source>The nominals selected in the &amp;list</source>
        <translation>Yr unigolion a ddewiswyd yn y rhes&amp;tr</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="14"/>
        <source>The nominals selected in the list</source>
        <translation>Yr unigolion a ddewiswyd yn y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="15"/>
        <source>All &amp;due for review by:</source>
        <translation>Pawb sy&apos;n &amp;ddyledus i&apos;w hadolygu erbyn:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="15"/>
        <source>All due for review by a date</source>
        <translation>Pawb sy&apos;n ddyledus i&apos;w hadolygu erbyn dyddiad</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="16"/>
        <source>Due for review by</source>
        <translation>Yn ddyledus i&apos;w adolygu erbyn</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="17"/>
        <source>All &amp;flagged (below the threshold)</source>
        <translation>Pawb sydd wedi&apos;u n&amp;odi (islaw&apos;r trothwy)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="17"/>
        <source>All flagged, below the threshold</source>
        <translation>Pawb sydd wedi&apos;u nodi, islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="20"/>
        <source>For whom</source>
        <translation>Ar gyfer pwy</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="21"/>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="24"/>
        <source>&amp;Internal</source>
        <translation>&amp;Mewnol</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="24"/>
        <source>Internal audience</source>
        <translation>Cynulleidfa fewnol</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="25"/>
        <source>Pa&amp;rtner agency</source>
        <translation>Asiantaeth b&amp;artner</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="25"/>
        <source>Partner agency audience</source>
        <translation>Cynulleidfa asiantaeth bartner</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="28"/>
        <source>What this audience&apos;s pack holds</source>
        <translation>Beth sydd ym mhecyn y gynulleidfa hon</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="31"/>
        <source>The disclosure (recorded with every pack saved or printed)</source>
        <translation>Y datgeliad (wedi&apos;i gofnodi gyda phob pecyn a gedwir neu a argreffir)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="32"/>
        <source>The disclosure</source>
        <translation>Y datgeliad</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="34"/>
        <source>Reci&amp;pient:</source>
        <translation>D&amp;erbynnydd:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="35"/>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="35"/>
        <source>Who receives it, e.g. a panel or an agency</source>
        <translation>Pwy sy&apos;n ei dderbyn, e.e. panel neu asiantaeth</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="36"/>
        <source>Recipient problem</source>
        <translation>Problem gyda&apos;r derbynnydd</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="37"/>
        <source>Lawful &amp;basis:</source>
        <translation>&amp;Sail gyfreithlon:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="38"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="38"/>
        <source>e.g. DPA 2018 s.35, law enforcement purposes</source>
        <translation>e.e. Deddf Diogelu Data 2018 a.35, dibenion gorfodi&apos;r gyfraith</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="39"/>
        <source>Lawful basis problem</source>
        <translation>Problem gyda&apos;r sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="40"/>
        <source>P&amp;urpose:</source>
        <translation>Di&amp;ben:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="41"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="41"/>
        <source>e.g. the review panel of a given date</source>
        <translation>e.e. panel adolygu dyddiad penodol</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="42"/>
        <source>Purpose problem</source>
        <translation>Problem gyda&apos;r diben</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.ui" line="44"/>
        <source>Pack status</source>
        <translation>Statws y pecyn</translation>
    </message>
</context>
<context>
    <name>PackHtml</name>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="91"/>
        <source>Partner pack</source>
        <translation>Pecyn partner</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="91"/>
        <source>Internal pack</source>
        <translation>Pecyn mewnol</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="98"/>
        <source>Suspected offender.</source>
        <translation>Troseddwr a amheuir.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="100"/>
        <source>&lt;b&gt;AT RISK.&lt;/b&gt; This person is recorded as a person at risk, not as a suspected offender.</source>
        <translation>&lt;b&gt;MEWN PERYGL.&lt;/b&gt; Mae&apos;r person hwn wedi&apos;i gofnodi fel person mewn perygl, nid fel troseddwr a amheuir.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="103"/>
        <source>&lt;b&gt;VICTIM.&lt;/b&gt; This person is recorded as a victim, not as a suspected offender.</source>
        <translation>&lt;b&gt;DIODDEFWR.&lt;/b&gt; Mae&apos;r person hwn wedi&apos;i gofnodi fel dioddefwr, nid fel troseddwr a amheuir.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="111"/>
        <location filename="../app/packs/PackHtml.cpp" line="308"/>
        <source>Meets the threshold</source>
        <translation>Yn cyrraedd y trothwy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="112"/>
        <location filename="../app/packs/PackHtml.cpp" line="309"/>
        <source>Below the threshold: flagged for removal</source>
        <translation>Islaw&apos;r trothwy: wedi&apos;i nodi i&apos;w dynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="114"/>
        <source>removal awaiting a supervisor&apos;s decision</source>
        <translation>tynnu oddi ar y rhestr yn aros am benderfyniad goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="121"/>
        <source>Retain</source>
        <translation>Cadw ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="123"/>
        <source>Removal proposed</source>
        <translation>Cynigiwyd tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="125"/>
        <source>Deferred</source>
        <translation>Gohiriwyd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="139"/>
        <source>%1 at %2 UTC</source>
        <translation>%1 am %2 UTC</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="174"/>
        <source>Gang nominal review pack</source>
        <translation>Pecyn adolygu unigolion ar y rhestr gangiau</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="176"/>
        <source>PARTNER PACK: for the named recipient only, under the interpretation notice that follows this page</source>
        <translation>PECYN PARTNER: ar gyfer y derbynnydd a enwir yn unig, o dan yr hysbysiad dehongli sy&apos;n dilyn y dudalen hon</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="178"/>
        <source>INTERNAL PACK: for police use only; not to be shared outside the force</source>
        <translation>PECYN MEWNOL: at ddefnydd yr heddlu yn unig; ni ddylid ei rannu y tu allan i&apos;r heddlu</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="182"/>
        <source>SYNTHETIC DATA: every person in this pack is invented, for testing and training.</source>
        <translation>DATA SYNTHETIG: mae pob person yn y pecyn hwn wedi&apos;i ddyfeisio, ar gyfer profi a hyfforddi.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="186"/>
        <source>Pack identifier</source>
        <translation>Dynodydd y pecyn</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="187"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="188"/>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="189"/>
        <source>Produced by</source>
        <translation>Lluniwyd gan</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="190"/>
        <source>As at</source>
        <translation>Fel yr oedd ar</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="191"/>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="192"/>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="193"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="194"/>
        <source>Nominals in this pack</source>
        <translation>Unigolion yn y pecyn hwn</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="196"/>
        <source>Nominals withheld</source>
        <translation>Unigolion a ddaliwyd yn ôl</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="197"/>
        <source>None.</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="199"/>
        <source>1 nominal selected for this pack is withheld because it is restricted (below the inclusion threshold, or awaiting a decision on removal). It is not named in this pack.</source>
        <translation>Mae 1 unigolyn a ddewiswyd ar gyfer y pecyn hwn yn cael ei ddal yn ôl am ei fod yn gyfyngedig (islaw&apos;r trothwy cynnwys, neu&apos;n aros am benderfyniad ar ei dynnu oddi ar y rhestr). Nid yw wedi&apos;i enwi yn y pecyn hwn.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="202"/>
        <source>%1 nominals selected for this pack are withheld because they are restricted (below the inclusion threshold, or awaiting a decision on removal). They are not named in this pack.</source>
        <translation>Mae %1 o unigolion a ddewiswyd ar gyfer y pecyn hwn yn cael eu dal yn ôl am eu bod yn gyfyngedig (islaw&apos;r trothwy cynnwys, neu&apos;n aros am benderfyniad ar eu tynnu oddi ar y rhestr). Nid ydynt wedi&apos;u henwi yn y pecyn hwn.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="206"/>
        <source>Threshold policy</source>
        <translation>Polisi trothwy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="206"/>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="207"/>
        <source>Destroy by</source>
        <translation>Dinistrio erbyn</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="213"/>
        <source>Before acting on this pack:</source>
        <translation>Cyn gweithredu ar y pecyn hwn:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="214"/>
        <source>check each nominal&apos;s current status in Corroborate. This pack shows the records as at the date and time above; since then intelligence may have been added or corrected, a status may have changed, and a person may have been removed from the list and their record erased.</source>
        <translation>gwiriwch statws presennol pob unigolyn yn Corroborate. Mae&apos;r pecyn hwn yn dangos y cofnodion fel yr oeddent ar y dyddiad a&apos;r amser uchod; ers hynny gall cudd-wybodaeth fod wedi&apos;i hychwanegu neu ei chywiro, gall statws fod wedi newid, a gall person fod wedi&apos;i dynnu oddi ar y rhestr a&apos;i gofnod wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="220"/>
        <source>Read the interpretation notice on the next page before reading any nominal&apos;s section. This pack must not be used for housing, employment or benefits screening.</source>
        <translation>Darllenwch yr hysbysiad dehongli ar y dudalen nesaf cyn darllen adran unrhyw unigolyn. Ni ddylid defnyddio&apos;r pecyn hwn i sgrinio ar gyfer tai, cyflogaeth na budd-daliadau.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="231"/>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <location filename="../app/packs/PackHtml.cpp" line="367"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <location filename="../app/packs/PackHtml.cpp" line="441"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="235"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="247"/>
        <source>restricted</source>
        <translation>cyfyngedig</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="260"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="268"/>
        <source>it is below the threshold and a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>mae islaw&apos;r trothwy ac mae cynnig i&apos;w dynnu oddi ar y rhestr yn aros am benderfyniad goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="270"/>
        <source>it is below the threshold (flagged for removal)</source>
        <translation>mae islaw&apos;r trothwy (wedi&apos;i nodi i&apos;w dynnu oddi ar y rhestr)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="271"/>
        <source>a proposal to remove it awaits a supervisor&apos;s decision</source>
        <translation>mae cynnig i&apos;w dynnu oddi ar y rhestr yn aros am benderfyniad goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="274"/>
        <source>RESTRICTED: %1. Do not share any of this section outside the force.</source>
        <translation>CYFYNGEDIG: %1. Peidiwch â rhannu dim o&apos;r adran hon y tu allan i&apos;r heddlu.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="280"/>
        <source>Identity</source>
        <translation>Hunaniaeth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="283"/>
        <source>(age %1)</source>
        <translation>(%1 oed)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="285"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="286"/>
        <source>Surname</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="286"/>
        <source>Forenames</source>
        <translation>Enwau cyntaf</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="288"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="288"/>
        <source>Self-defined ethnicity</source>
        <translation>Ethnigrwydd hunan-ddiffiniedig</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="290"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="290"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="291"/>
        <source>Harm score</source>
        <translation>Sgôr niwed</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="292"/>
        <source>Listed on</source>
        <translation>Ar y rhestr ers</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="295"/>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="296"/>
        <source>Last reviewed</source>
        <translation>Adolygwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="297"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="298"/>
        <source>Next review due</source>
        <translation>Adolygiad nesaf yn ddyledus</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="302"/>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="306"/>
        <source>Threshold result</source>
        <translation>Canlyniad y trothwy</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="310"/>
        <source>Evaluated under threshold policy version %1 as at %2; independent qualifying originators: %3.</source>
        <translation>Wedi&apos;i werthuso o dan fersiwn polisi trothwy %1 fel yr oedd ar %2; cychwynwyr cymwys annibynnol: %3.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="316"/>
        <source>Reasons:</source>
        <translation>Rhesymau:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="326"/>
        <source>A proposal to remove this nominal has been awaiting a supervisor&apos;s decision since %1.</source>
        <translation>Mae cynnig i dynnu&apos;r unigolyn hwn oddi ar y rhestr wedi bod yn aros am benderfyniad goruchwyliwr ers %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="330"/>
        <source>Reason given: %1</source>
        <translation>Y rheswm a roddwyd: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="335"/>
        <source>Intelligence (1 item)</source>
        <translation>Cudd-wybodaeth (1 eitem)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="336"/>
        <source>Intelligence (%1 items)</source>
        <translation>Cudd-wybodaeth (%1 o eitemau)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="338"/>
        <source>No intelligence is recorded.</source>
        <translation>Does dim cudd-wybodaeth wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="343"/>
        <source>Item and source</source>
        <translation>Eitem a ffynhonnell</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="343"/>
        <source>Grading (code: meaning)</source>
        <translation>Graddio (cod: ystyr)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="344"/>
        <source>What it indicates and summary</source>
        <translation>Beth mae&apos;n ei ddangos a chrynodeb</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="348"/>
        <source>Item %1</source>
        <translation>Eitem %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="353"/>
        <source>Handling code %1: %2</source>
        <translation>Cod trin %1: %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="356"/>
        <source>Withheld. This item may be shared only under conditions recorded with it, so its details are left out of partner packs. To ask for it, contact the officer who produced this pack, quoting the pack identifier, the nominal&apos;s reference and the item number.</source>
        <translation>Daliwyd yn ôl. Dim ond o dan amodau a gofnodwyd gyda hi y gellir rhannu&apos;r eitem hon, felly mae ei manylion wedi&apos;u gadael allan o becynnau partner. I ofyn amdani, cysylltwch â&apos;r swyddog a luniodd y pecyn hwn, gan ddyfynnu dynodydd y pecyn, cyfeirnod yr unigolyn a rhif yr eitem.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="365"/>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="366"/>
        <source>Originator</source>
        <translation>Cychwynnydd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="370"/>
        <source>Source: %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="371"/>
        <source>Intelligence: %1</source>
        <translation>Cudd-wybodaeth: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="372"/>
        <source>Handling: %1</source>
        <translation>Trin: %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="383"/>
        <source>Handling conditions:</source>
        <translation>Amodau trin:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="386"/>
        <source>Does not count towards the threshold.</source>
        <translation>Nid yw&apos;n cyfrif tuag at y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="387"/>
        <source>Does not count towards the threshold:</source>
        <translation>Nid yw&apos;n cyfrif tuag at y trothwy:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="392"/>
        <source>Counts towards the threshold.</source>
        <translation>Yn cyfrif tuag at y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="400"/>
        <source>Review history</source>
        <translation>Hanes adolygu</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="402"/>
        <source>No review is recorded.</source>
        <translation>Does dim adolygiad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Reviewed</source>
        <translation>Adolygwyd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Reviewer</source>
        <translation>Adolygydd</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="408"/>
        <source>Policy</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="413"/>
        <source>Retain until %1</source>
        <translation>Cadw ar y rhestr tan %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="431"/>
        <source>Panel decision for %1</source>
        <translation>Penderfyniad y panel ar gyfer %1</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="435"/>
        <source>Decision:</source>
        <translation>Penderfyniad:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="435"/>
        <source>retain until (date) / propose removal / defer (reason)</source>
        <translation>cadw ar y rhestr tan (dyddiad) / cynnig tynnu oddi ar y rhestr / gohirio (rheswm)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="438"/>
        <source>Reasons and actions:</source>
        <translation>Rhesymau a chamau gweithredu:</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="441"/>
        <source>Role and agency</source>
        <translation>Rôl ac asiantaeth</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="441"/>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <location filename="../app/packs/PackHtml.cpp" line="444"/>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
</context>
<context>
    <name>PackOutput</name>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="20"/>
        <source>Cannot write the pack to %1: %2. Choose a folder you can write to.</source>
        <translation>Ni ellir ysgrifennu&apos;r pecyn i %1: %2. Dewiswch ffolder y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="36"/>
        <location filename="../app/packs/PackOutput.cpp" line="85"/>
        <source>%1 already exists; packs never overwrite a file. Choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; nid yw pecynnau byth yn trosysgrifo ffeil. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="41"/>
        <source>Cannot create %1: %2.</source>
        <translation>Ni ellir creu %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="46"/>
        <source>The pack could not be saved to %1: %2.</source>
        <translation>Ni ellid cadw&apos;r pecyn i %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackOutput.cpp" line="96"/>
        <source>The pack could not be written to %1: %2.</source>
        <translation>Ni ellid ysgrifennu&apos;r pecyn i %1: %2.</translation>
    </message>
</context>
<context>
    <name>PackRenderer</name>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="384"/>
        <source>The pack could not start page %1.</source>
        <translation>Ni allai&apos;r pecyn ddechrau tudalen %1.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="422"/>
        <source>SYNTHETIC DATA</source>
        <translation>DATA SYNTHETIG</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="445"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="483"/>
        <source>Review pack %1 (%2)</source>
        <translation>Pecyn adolygu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="527"/>
        <source>The pack could not be rendered: the output could not be opened for painting.</source>
        <translation>Ni ellid rendro&apos;r pecyn: ni ellid agor yr allbwn i baentio arno.</translation>
    </message>
    <message>
        <location filename="../app/packs/PackRenderer.cpp" line="544"/>
        <source>The pack&apos;s page count changed between layout passes (%1, then %2).</source>
        <translation>Newidiodd nifer tudalennau&apos;r pecyn rhwng rowndiau gosod (%1, yna %2).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../app/policy/Policy.cpp" line="48"/>
        <source>Policy setting &quot;%1&quot; must be a list of codes (from: %2).</source>
        <translation>Rhaid i&apos;r gosodiad polisi &quot;%1&quot; fod yn rhestr o godau (o: %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="54"/>
        <source>Policy setting &quot;%1&quot; must not be empty: list at least one of %2.</source>
        <translation>Ni ddylai&apos;r gosodiad polisi &quot;%1&quot; fod yn wag: rhestrwch o leiaf un o %2.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="63"/>
        <source>Policy setting &quot;%1&quot;: entry %2 is not a text code; use codes from: %3.</source>
        <translation>Gosodiad polisi &quot;%1&quot;: nid yw cofnod %2 yn god testun; defnyddiwch godau o: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="74"/>
        <source>Policy setting &quot;%1&quot;: &quot;%2&quot; is not a valid code; use codes from: %3.</source>
        <translation>Gosodiad polisi &quot;%1&quot;: nid yw &quot;%2&quot; yn god dilys; defnyddiwch godau o: %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="81"/>
        <source>Policy setting &quot;%1&quot; lists &quot;%2&quot; more than once; list each code once.</source>
        <translation>Mae&apos;r gosodiad polisi &quot;%1&quot; yn rhestru &quot;%2&quot; fwy nag unwaith; rhestrwch bob cod unwaith.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="101"/>
        <source>Policy setting &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Rhaid i&apos;r gosodiad polisi &quot;%1&quot; fod yn rhif cyfan o %2 i %3.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="116"/>
        <source>Policy setting &quot;%1&quot; must be true or false.</source>
        <translation>Rhaid i&apos;r gosodiad polisi &quot;%1&quot; fod yn true neu false.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="137"/>
        <source>%1 or %2</source>
        <translation>%1 neu %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="138"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="147"/>
        <source>a suspected offender</source>
        <translation>troseddwr a amheuir</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="149"/>
        <source>at risk</source>
        <translation>mewn perygl</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="151"/>
        <source>a victim</source>
        <translation>dioddefwr</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="160"/>
        <source>gang membership</source>
        <translation>aelodaeth o gang</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="162"/>
        <source>association with a gang</source>
        <translation>cysylltiad â gang</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="164"/>
        <source>victimisation</source>
        <translation>erledigaeth</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="166"/>
        <source>something other than membership, association or victimisation</source>
        <translation>rhywbeth heblaw aelodaeth, cysylltiad neu erledigaeth</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="218"/>
        <source>&quot;%1&quot; is not a policy setting: remove it or correct its spelling (the settings are %2).</source>
        <translation>Nid yw &quot;%1&quot; yn osodiad polisi: tynnwch ef neu cywirwch ei sillafu (y gosodiadau yw %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="257"/>
        <source>The threshold policy is not valid:
%1</source>
        <translation>Nid yw&apos;r polisi trothwy yn ddilys:
%1</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="268"/>
        <source>Stored policy version %1 is not valid: %2 Set a corrected policy as a new version.</source>
        <translation>Nid yw fersiwn polisi %1 sydd wedi&apos;i storio yn ddilys: %2 Gosodwch bolisi wedi&apos;i gywiro fel fersiwn newydd.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="316"/>
        <source>at least one originator</source>
        <translation>o leiaf un cychwynnydd</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="317"/>
        <source>at least %n different originators</source>
        <translation>
            <numerusform>o leiaf %n cychwynnydd gwahanol</numerusform>
            <numerusform>o leiaf %n cychwynnydd</numerusform>
            <numerusform>o leiaf %n o gychwynwyr gwahanol</numerusform>
            <numerusform>o leiaf %n o gychwynwyr gwahanol</numerusform>
            <numerusform>o leiaf %n o gychwynwyr gwahanol</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="320"/>
        <source>within the month before the evaluation date</source>
        <translation>o fewn y mis cyn dyddiad y gwerthuso</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="321"/>
        <source>within the %n months before the evaluation date</source>
        <translation>
            <numerusform>o fewn y %n mis cyn dyddiad y gwerthuso</numerusform>
            <numerusform>o fewn y mis cyn dyddiad y gwerthuso</numerusform>
            <numerusform>o fewn y %n mis cyn dyddiad y gwerthuso</numerusform>
            <numerusform>o fewn y %n mis cyn dyddiad y gwerthuso</numerusform>
            <numerusform>o fewn y %n mis cyn dyddiad y gwerthuso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="325"/>
        <source>A nominal recorded as %1 meets the threshold when %2 (the units, agencies or sources the intelligence came from, compared ignoring capitals and spacing) have provided intelligence that indicates %3, graded %4 for the source and %5 for the intelligence, and obtained %6 (the first day of that period included).</source>
        <translation>Mae unigolyn a gofnodwyd fel %1 yn cyrraedd y trothwy pan fydd %2 (yr unedau, yr asiantaethau neu&apos;r ffynonellau y daeth y gudd-wybodaeth ohonynt, wedi&apos;u cymharu heb ystyried priflythrennau a bylchau) wedi darparu cudd-wybodaeth sy&apos;n dangos %3, wedi&apos;i graddio&apos;n %4 i&apos;r ffynhonnell ac yn %5 i&apos;r gudd-wybodaeth, ac a gafwyd %6 (gan gynnwys diwrnod cyntaf y cyfnod hwnnw).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="332"/>
        <source>Each originator counts once, through its most recent qualifying item.</source>
        <translation>Mae pob cychwynnydd yn cyfrif unwaith, drwy ei eitem gymwys fwyaf diweddar.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="334"/>
        <source>The counted originators must also come from at least two provider categories (police, partner agency, community).</source>
        <translation>Rhaid i&apos;r cychwynwyr a gyfrifir hefyd ddod o o leiaf dau gategori darparwr (heddlu, asiantaeth bartner, cymuned).</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="338"/>
        <source>A nominal recorded as %1 never meets the threshold.</source>
        <translation>Nid yw unigolyn a gofnodwyd fel %1 byth yn cyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="340"/>
        <source>A nominal whose harm score is 0 is below the threshold whatever the intelligence; a nominal with no harm score recorded is not affected.</source>
        <translation>Mae unigolyn y mae ei sgôr niwed yn 0 islaw&apos;r trothwy beth bynnag fo&apos;r gudd-wybodaeth; nid effeithir ar unigolyn heb sgôr niwed wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="342"/>
        <source>The harm score does not affect the threshold.</source>
        <translation>Nid yw&apos;r sgôr niwed yn effeithio ar y trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="343"/>
        <source>A nominal below the threshold is flagged for removal and restricted: it is left out of anything shared outside the force until a supervisor decides.</source>
        <translation>Mae unigolyn islaw&apos;r trothwy yn cael ei nodi i&apos;w dynnu oddi ar y rhestr a&apos;i gyfyngu: caiff ei adael allan o unrhyw beth a rennir y tu allan i&apos;r heddlu nes i oruchwyliwr benderfynu.</translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="345"/>
        <source>the day after</source>
        <translation>y diwrnod ar ôl</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/policy/Policy.cpp" line="346"/>
        <source>%n days after</source>
        <translation>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
            <numerusform>%n diwrnod ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/policy/Policy.cpp" line="347"/>
        <source>Each nominal is due for review %1 its last review (or its listing, if never reviewed); an overdue review is shown but does not by itself put anyone below the threshold.</source>
        <translation>Mae pob unigolyn yn ddyledus i&apos;w adolygu %1 ei adolygiad diwethaf (neu ei roi ar y rhestr, os na chafodd ei adolygu erioed); dangosir adolygiad hwyr ond nid yw ar ei ben ei hun yn rhoi neb islaw&apos;r trothwy.</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="23"/>
        <source>Show this earlier version instead of the active one.</source>
        <translation>Dangos y fersiwn gynharach hon yn lle&apos;r un weithredol.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="28"/>
        <source>Prints the active threshold policy as JSON (the form &quot;policy set&quot; takes), and its version, author and time on standard error.</source>
        <translation>Yn argraffu&apos;r polisi trothwy gweithredol fel JSON (y ffurf y mae &quot;policy set&quot; yn ei chymryd), a&apos;i fersiwn, ei awdur a&apos;i amser ar y gwall safonol.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="41"/>
        <source>--policy-version needs a number.</source>
        <translation>Mae --policy-version angen rhif.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="49"/>
        <source>Policy version %1, made active by %2 at %3.</source>
        <translation>Fersiwn polisi %1, wedi&apos;i gwneud yn weithredol gan %2 am %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="60"/>
        <source>Validates a policy document and makes it the new active version (administrators only). Unknown keys, wrong types and values out of range are errors naming the key; keys left out keep their defaults. Earlier versions stay readable.</source>
        <translation>Yn dilysu dogfen bolisi ac yn ei gwneud yn fersiwn weithredol newydd (gweinyddwyr yn unig). Mae allweddi anhysbys, mathau anghywir a gwerthoedd y tu allan i&apos;r amrediad yn wallau sy&apos;n enwi&apos;r allwedd; mae allweddi a adawyd allan yn cadw eu gwerthoedd diofyn. Mae fersiynau cynharach yn dal yn ddarllenadwy.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="71"/>
        <source>Cannot read %1: %2.</source>
        <translation>Ni ellir darllen %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="75"/>
        <source>%1 is not valid JSON: %2 at offset %3.</source>
        <translation>Nid yw %1 yn JSON dilys: %2 ar wrthbwys %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="81"/>
        <source>%1 must hold a JSON object of policy settings.</source>
        <translation>Rhaid i %1 gynnwys gwrthrych JSON o osodiadau polisi.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="87"/>
        <source>The policy is not valid:
%1</source>
        <translation>Nid yw&apos;r polisi yn ddilys:
%1</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="109"/>
        <source>Policy version %1 is now active.</source>
        <translation>Mae fersiwn polisi %1 bellach yn weithredol.</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="16"/>
        <source>The default policy is missing from this build.</source>
        <translation>Mae&apos;r polisi diofyn ar goll o&apos;r adeiledd hwn.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="56"/>
        <source>The case file has no threshold policy.</source>
        <translation>Does gan y ffeil achos ddim polisi trothwy.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyStore.cpp" line="66"/>
        <source>There is no policy version %1.</source>
        <translation>Does dim fersiwn polisi %1.</translation>
    </message>
</context>
<context>
    <name>ProtectiveMarking</name>
    <message>
        <location filename="../app/workflow/ProtectiveMarking.cpp" line="24"/>
        <source>A protective marking is 1 to 60 characters.</source>
        <translation>Mae marc diogelu rhwng 1 a 60 nod.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ProtectiveMarking.cpp" line="27"/>
        <source>Only an administrator can change the case file&apos;s protective marking.</source>
        <translation>Dim ond gweinyddwr all newid marc diogelu&apos;r ffeil achos.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="490"/>
        <source>Propose removal</source>
        <translation>Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="491"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="517"/>
        <source>Select a nominal in a list first.</source>
        <translation>Dewiswch unigolyn mewn rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="499"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Cynigiwyd tynnu %1 oddi ar y rhestr; mae&apos;n aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="514"/>
        <source>Withdraw removal proposal</source>
        <translation>Tynnu&apos;r cynnig i dynnu oddi ar y rhestr yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="530"/>
        <source>%1 has no removal proposal waiting.</source>
        <translation>Does dim cynnig i dynnu %1 oddi ar y rhestr yn aros.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="535"/>
        <source>Withdraw your proposal to remove %1 (%2)?</source>
        <translation>Tynnu eich cynnig i dynnu %1 (%2) oddi ar y rhestr yn ôl?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="540"/>
        <source>The proposal to remove %1 was withdrawn.</source>
        <translation>Tynnwyd y cynnig i dynnu %1 oddi ar y rhestr yn ôl.</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="13"/>
        <source>A reference is 1 to 32 letters, digits, dashes, dots, slashes or underscores, like N-000123.</source>
        <translation>Mae cyfeirnod rhwng 1 a 32 o lythrennau, digidau, llinellau toriad, dotiau, blaenslaesau neu danlinellau, fel N-000123.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="16"/>
        <source>Enter the surname.</source>
        <translation>Rhowch y cyfenw.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="18"/>
        <source>The surname is too long.</source>
        <translation>Mae&apos;r cyfenw yn rhy hir.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="20"/>
        <source>The forenames are too long.</source>
        <translation>Mae&apos;r enwau cyntaf yn rhy hir.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="23"/>
        <source>The date of birth is in the future.</source>
        <translation>Mae&apos;r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="26"/>
        <source>The date of birth is before 1900: check the year.</source>
        <translation>Mae&apos;r dyddiad geni cyn 1900: gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="30"/>
        <source>A harm score is a whole number from 0 to 100000, or left empty.</source>
        <translation>Mae sgôr niwed yn rhif cyfan o 0 i 100000, neu&apos;n wag.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="32"/>
        <source>Enter the date the person was listed.</source>
        <translation>Rhowch y dyddiad y rhoddwyd y person ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="34"/>
        <source>The listing date is in the future.</source>
        <translation>Mae&apos;r dyddiad rhoi ar y rhestr yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="37"/>
        <source>The listing date is before the date of birth.</source>
        <translation>Mae&apos;r dyddiad rhoi ar y rhestr cyn y dyddiad geni.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="40"/>
        <source>The last review is in the future.</source>
        <translation>Mae&apos;r adolygiad diwethaf yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="43"/>
        <source>The last review is before the listing date.</source>
        <translation>Mae&apos;r adolygiad diwethaf cyn y dyddiad rhoi ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="53"/>
        <source>Enter the originator: the unit, agency or source it came from.</source>
        <translation>Rhowch y cychwynnydd: yr uned, yr asiantaeth neu&apos;r ffynhonnell y daeth ohoni.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="55"/>
        <source>The originator is too long.</source>
        <translation>Mae&apos;r cychwynnydd yn rhy hir.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="57"/>
        <source>The reference is too long.</source>
        <translation>Mae&apos;r cyfeirnod yn rhy hir.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="60"/>
        <source>Enter the date the intelligence was obtained.</source>
        <translation>Rhowch y dyddiad y cafwyd y gudd-wybodaeth.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="62"/>
        <source>The date obtained is in the future.</source>
        <translation>Mae&apos;r dyddiad ei chael yn y dyfodol.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="65"/>
        <source>Handling code C needs its conditions: say on what conditions it may be shared.</source>
        <translation>Mae cod trin C angen ei amodau: nodwch ar ba amodau y gellir ei rhannu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="68"/>
        <source>Enter a short summary.</source>
        <translation>Rhowch grynodeb byr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="71"/>
        <source>The summary is longer than %1 characters.</source>
        <translation>Mae&apos;r crynodeb yn hwy na %1 nod.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="77"/>
        <source>Asian, Asian British or Asian Welsh: Bangladeshi</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Bangladeshaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="78"/>
        <source>Asian, Asian British or Asian Welsh: Chinese</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Tsieineaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="79"/>
        <source>Asian, Asian British or Asian Welsh: Indian</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Indiaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="80"/>
        <source>Asian, Asian British or Asian Welsh: Pakistani</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Pacistanaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="81"/>
        <source>Asian, Asian British or Asian Welsh: Other Asian</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Unrhyw gefndir Asiaidd arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="82"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: African</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Affricanaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="83"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Caribbean</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Caribïaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="84"/>
        <source>Black, Black British, Black Welsh, Caribbean or African: Other Black</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Unrhyw gefndir Du arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="85"/>
        <source>Mixed or Multiple ethnic groups: White and Asian</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="86"/>
        <source>Mixed or Multiple ethnic groups: White and Black African</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="87"/>
        <source>Mixed or Multiple ethnic groups: White and Black Caribbean</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="88"/>
        <source>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</source>
        <translation>Grwpiau cymysg neu amlethnig: Unrhyw gefndir cymysg neu amlethnig arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="89"/>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>Gwyn: Cymreig, Seisnig, Albanaidd, Gwyddelig Gogledd Iwerddon neu Brydeinig</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="90"/>
        <source>White: Irish</source>
        <translation>Gwyn: Gwyddelig</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="91"/>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>Gwyn: Sipsi neu Deithiwr Gwyddelig</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="92"/>
        <source>White: Roma</source>
        <translation>Gwyn: Roma</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="93"/>
        <source>White: Other White</source>
        <translation>Gwyn: Unrhyw gefndir Gwyn arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="94"/>
        <source>Other ethnic group: Arab</source>
        <translation>Grŵp ethnig arall: Arabaidd</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="95"/>
        <source>Other ethnic group: Any other ethnic group</source>
        <translation>Grŵp ethnig arall: Unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <location filename="../app/workflow/RecordValidation.cpp" line="96"/>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
</context>
<context>
    <name>RekeyCommand</name>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="17"/>
        <source>Changes the case file&apos;s passphrase in place (administrators only). The current passphrase comes from CORROBORATE_PASSPHRASE, the new one from CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may have the file open.</source>
        <translation>Yn newid cyfrinymadrodd y ffeil achos yn ei lle (gweinyddwyr yn unig). Daw&apos;r cyfrinymadrodd presennol o CORROBORATE_PASSPHRASE, a&apos;r un newydd o CORROBORATE_NEW_PASSPHRASE. Ni chaiff unrhyw gopi arall o Corroborate fod â&apos;r ffeil ar agor.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="28"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="31"/>
        <source>The new passphrase needs at least 8 characters.</source>
        <translation>Mae angen o leiaf 8 nod yn y cyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <location filename="../app/cli/RekeyCommand.cpp" line="40"/>
        <source>The passphrase of %1 was changed.</source>
        <translation>Newidiwyd cyfrinymadrodd %1.</translation>
    </message>
</context>
<context>
    <name>RemovalCommand</name>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="60"/>
        <source>The nominal&apos;s reference, e.g. N-000123.</source>
        <translation>Cyfeirnod yr unigolyn, e.e. N-000123.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="69"/>
        <source>--%1 is required.
Usage: corroborate-cli %2</source>
        <translation>Mae angen --%1.
Defnydd: corroborate-cli %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="77"/>
        <source>Warning: %1</source>
        <translation>Rhybudd: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="87"/>
        <source>Reason code: %1.</source>
        <translation>Cod rheswm: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="91"/>
        <source>Why (required for OTHER). Never copied into the audit log or the erasure register.</source>
        <translation>Pam (gofynnol ar gyfer OTHER). Ni chaiff byth ei gopïo i&apos;r log archwilio na&apos;r gofrestr dileu.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="96"/>
        <source>Proposes removing a nominal (officers and supervisors). While the proposal is pending the nominal is restricted: left out of partner packs and extracts. One pending proposal per nominal (a second: exit 6). An unknown nominal or reason code, or OTHER without a note: exit 2.</source>
        <translation>Yn cynnig tynnu unigolyn oddi ar y rhestr (swyddogion a goruchwylwyr). Tra bydd y cynnig yn aros, mae&apos;r unigolyn yn gyfyngedig: wedi&apos;i adael allan o becynnau partner a detholiadau. Un cynnig yn aros i bob unigolyn (ail un: cod gadael 6). Unigolyn neu god rheswm anhysbys, neu OTHER heb nodyn: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="109"/>
        <source>Proposed the removal of %1 (%2), request %3. It awaits a supervisor&apos;s sign-off; until then %1 is restricted.</source>
        <translation>Cynigiwyd tynnu %1 oddi ar y rhestr (%2), cais %3. Mae&apos;n aros am gymeradwyaeth goruchwyliwr; tan hynny mae %1 yn gyfyngedig.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="123"/>
        <source>Approves a pending removal and erases the nominal (supervisors, never their own proposal: exit 3). CORROBORATE_PASSWORD is the supervisor&apos;s own password: it is checked again and opens their key, which signs the decision (request, reference, reason, proposer, approver, time, and the hash of the nominal&apos;s evaluation now). The erasure register keeps the signed decision. No pending proposal: exit 2.</source>
        <translation>Yn cymeradwyo tynnu oddi ar y rhestr sy&apos;n aros ac yn dileu&apos;r unigolyn (goruchwylwyr, byth eu cynnig eu hunain: cod gadael 3). CORROBORATE_PASSWORD yw cyfrinair y goruchwyliwr ei hun: caiff ei wirio eto ac mae&apos;n agor ei allwedd, sy&apos;n llofnodi&apos;r penderfyniad (cais, cyfeirnod, rheswm, cynigydd, cymeradwywr, amser, a stwnsh gwerthusiad yr unigolyn nawr). Mae&apos;r gofrestr dileu yn cadw&apos;r penderfyniad wedi&apos;i lofnodi. Dim cynnig yn aros: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="137"/>
        <source>Password for %1</source>
        <translation>Cyfrinair %1</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="140"/>
        <source>Approved the removal of %1 and erased it. Erasure register entry %2, signed by %3.</source>
        <translation>Cymeradwywyd tynnu %1 oddi ar y rhestr a&apos;i ddileu. Cofnod %2 yn y gofrestr dileu, wedi&apos;i lofnodi gan %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="155"/>
        <source>Why, for the proposer (required).</source>
        <translation>Pam, ar gyfer y cynigydd (gofynnol).</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="159"/>
        <source>Rejects a pending removal with a note that goes back to the proposer (supervisors, never their own proposal: exit 3). No pending proposal: exit 2.</source>
        <translation>Yn gwrthod cynnig i dynnu oddi ar y rhestr sy&apos;n aros, gyda nodyn sy&apos;n mynd yn ôl at y cynigydd (goruchwylwyr, byth eu cynnig eu hunain: cod gadael 3). Dim cynnig yn aros: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="169"/>
        <source>Rejected the removal of %1; it is back with its proposer.</source>
        <translation>Gwrthodwyd tynnu %1 oddi ar y rhestr; mae&apos;n ôl gyda&apos;i gynigydd.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="181"/>
        <source>Withdraws your own pending removal proposal (only the proposer: exit 3 for anyone else). No pending proposal: exit 2.</source>
        <translation>Yn tynnu eich cynnig eich hun i dynnu oddi ar y rhestr yn ôl (y cynigydd yn unig: cod gadael 3 i unrhyw un arall). Dim cynnig yn aros: cod gadael 2.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="190"/>
        <source>Withdrew the removal proposal for %1.</source>
        <translation>Tynnwyd y cynnig i dynnu %1 oddi ar y rhestr yn ôl.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="198"/>
        <source>Print JSON (shape in RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</source>
        <translation>Argraffu JSON (y siâp yn RemovalCommand.cpp): {as_of, policy_version, proposal_pending_alert_days, flagged_without_proposal_alert_days, pending[{request_id, reference, reason_code, note, proposer, proposed_at, days_pending, overdue, evaluation_hash}], flagged_without_proposal[{reference, flagged_since, since, days_without_proposal, reasons}], returned[{request_id, reference, reason_code, note, proposer, proposed_at, rejected_by, rejected_at, rejection_note}]}.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="214"/>
        <source>Lists removals awaiting sign-off (&quot;overdue&quot; when pending longer than the policy&apos;s proposal_pending_alert_days), flagged nominals with no proposal for longer than flagged_without_proposal_alert_days, and rejected proposals returned to their proposers.</source>
        <translation>Yn rhestru&apos;r cynigion i dynnu oddi ar y rhestr sy&apos;n aros am gymeradwyaeth (&quot;overdue&quot; pan fyddant wedi aros yn hwy na proposal_pending_alert_days y polisi), unigolion wedi&apos;u nodi heb gynnig ers mwy na flagged_without_proposal_alert_days, a chynigion a wrthodwyd ac a ddychwelwyd at eu cynigwyr.</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="280"/>
        <source>Awaiting sign-off (%1):</source>
        <translation>Yn aros am gymeradwyaeth (%1):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="283"/>
        <source>proposed by %1 on %2, %n day(s) ago</source>
        <translation>
            <numerusform>cynigiwyd gan %1 ar %2, %n diwrnod yn ôl</numerusform>
            <numerusform>cynigiwyd gan %1 ar %2, %n diwrnod yn ôl</numerusform>
            <numerusform>cynigiwyd gan %1 ar %2, %n diwrnod yn ôl</numerusform>
            <numerusform>cynigiwyd gan %1 ar %2, %n diwrnod yn ôl</numerusform>
            <numerusform>cynigiwyd gan %1 ar %2, %n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="287"/>
        <source>OVERDUE (more than %n day(s))</source>
        <translation>
            <numerusform>YN HWYR (mwy na %n diwrnod)</numerusform>
            <numerusform>YN HWYR (mwy na %n diwrnod)</numerusform>
            <numerusform>YN HWYR (mwy na %n diwrnod)</numerusform>
            <numerusform>YN HWYR (mwy na %n diwrnod)</numerusform>
            <numerusform>YN HWYR (mwy na %n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="291"/>
        <source>note: %1</source>
        <translation>nodyn: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="293"/>
        <source>Flagged with no removal proposal for more than %n day(s) (%1):</source>
        <translation>
            <numerusform>Wedi&apos;u nodi heb gynnig i&apos;w tynnu oddi ar y rhestr ers mwy na %n diwrnod (%1):</numerusform>
            <numerusform>Wedi&apos;u nodi heb gynnig i&apos;w tynnu oddi ar y rhestr ers mwy na %n diwrnod (%1):</numerusform>
            <numerusform>Wedi&apos;u nodi heb gynnig i&apos;w tynnu oddi ar y rhestr ers mwy na %n diwrnod (%1):</numerusform>
            <numerusform>Wedi&apos;u nodi heb gynnig i&apos;w tynnu oddi ar y rhestr ers mwy na %n diwrnod (%1):</numerusform>
            <numerusform>Wedi&apos;u nodi heb gynnig i&apos;w tynnu oddi ar y rhestr ers mwy na %n diwrnod (%1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RemovalCommand.cpp" line="299"/>
        <source>flagged since %1, %n day(s) without a proposal</source>
        <translation>
            <numerusform>wedi&apos;i nodi ers %1, %n diwrnod heb gynnig</numerusform>
            <numerusform>wedi&apos;i nodi ers %1, %n diwrnod heb gynnig</numerusform>
            <numerusform>wedi&apos;i nodi ers %1, %n diwrnod heb gynnig</numerusform>
            <numerusform>wedi&apos;i nodi ers %1, %n diwrnod heb gynnig</numerusform>
            <numerusform>wedi&apos;i nodi ers %1, %n diwrnod heb gynnig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="304"/>
        <source>Rejected and returned to the proposer (%1):</source>
        <translation>Wedi&apos;u gwrthod a&apos;u dychwelyd at y cynigydd (%1):</translation>
    </message>
    <message>
        <location filename="../app/cli/RemovalCommand.cpp" line="308"/>
        <source>proposed by %1, rejected by %2 on %3: %4</source>
        <translation>cynigiwyd gan %1, gwrthodwyd gan %2 ar %3: %4</translation>
    </message>
</context>
<context>
    <name>RemovalDecision</name>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="66"/>
        <source>the signed decision is not a JSON object</source>
        <translation>nid yw&apos;r penderfyniad wedi&apos;i lofnodi yn wrthrych JSON</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="70"/>
        <source>the signed decision is not a removal decision of format version %1</source>
        <translation>nid yw&apos;r penderfyniad wedi&apos;i lofnodi yn benderfyniad tynnu o fersiwn fformat %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="86"/>
        <source>the signed decision does not have exactly the expected fields</source>
        <translation>nid oes gan y penderfyniad wedi&apos;i lofnodi yr union feysydd a ddisgwylir</translation>
    </message>
    <message>
        <location filename="../app/workflow/ErasureService.cpp" line="102"/>
        <source>the signed decision is not in canonical form</source>
        <translation>nid yw&apos;r penderfyniad wedi&apos;i lofnodi ar ffurf ganonaidd</translation>
    </message>
</context>
<context>
    <name>RemovalRepository</name>
    <message>
        <location filename="../app/store/RemovalRepository.cpp" line="134"/>
        <source>The removal proposal was decided or changed by someone else meanwhile. Reload it and check its state.</source>
        <translation>Penderfynwyd neu newidiwyd y cynnig i dynnu oddi ar y rhestr gan rywun arall yn y cyfamser. Ail-lwythwch ef a gwiriwch ei gyflwr.</translation>
    </message>
</context>
<context>
    <name>RemovalService</name>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="61"/>
        <source>Below the threshold under the current policy</source>
        <translation>Islaw&apos;r trothwy o dan y polisi presennol</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="63"/>
        <source>Recorded as a victim or as at risk, not as a suspected offender</source>
        <translation>Wedi&apos;i gofnodi fel dioddefwr neu fel person mewn perygl, nid fel troseddwr a amheuir</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="65"/>
        <source>Harm score of zero</source>
        <translation>Sgôr niwed o sero</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="67"/>
        <source>No longer necessary for a policing purpose</source>
        <translation>Nid yw&apos;n angenrheidiol mwyach at ddiben plismona</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="69"/>
        <source>Inaccurate: the person should not have been listed</source>
        <translation>Anghywir: ni ddylai&apos;r person fod wedi&apos;i roi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="71"/>
        <source>Erasure requested by the person</source>
        <translation>Y person a ofynnodd am ddileu</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="73"/>
        <source>Other reason (see the note)</source>
        <translation>Rheswm arall (gweler y nodyn)</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="74"/>
        <source>Unknown reason code %1</source>
        <translation>Cod rheswm anhysbys %1</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="105"/>
        <source>%1 is not an enabled user of this case file.</source>
        <translation>Nid yw %1 yn ddefnyddiwr galluogedig o&apos;r ffeil achos hon.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="115"/>
        <source>%1 was erased on %2 (see the erasure register); there is nothing left to decide.</source>
        <translation>Cafodd %1 ei ddileu ar %2 (gweler y gofrestr dileu); does dim ar ôl i&apos;w benderfynu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="119"/>
        <source>There is no nominal with reference %1. Check the reference.</source>
        <translation>Does dim unigolyn â&apos;r cyfeirnod %1. Gwiriwch y cyfeirnod.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="127"/>
        <source>There is no pending removal proposal for %1. Propose one first with &quot;removal propose&quot;.</source>
        <translation>Does dim cynnig yn aros i dynnu %1 oddi ar y rhestr. Cynigiwch un yn gyntaf gyda &quot;removal propose&quot;.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="145"/>
        <source>%1 may not propose removals: that needs the Officer or Supervisor role.</source>
        <translation>Ni chaiff %1 gynnig tynnu oddi ar y rhestr: mae hynny&apos;n gofyn am rôl Swyddog neu Oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="149"/>
        <source>&quot;%1&quot; is not a removal reason code. Use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn god rheswm tynnu oddi ar y rhestr. Defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="153"/>
        <source>A removal for reason OTHER needs a note saying why.</source>
        <translation>Mae tynnu oddi ar y rhestr am y rheswm OTHER angen nodyn yn dweud pam.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="155"/>
        <location filename="../app/workflow/RemovalService.cpp" line="224"/>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>Mae&apos;r nodyn yn rhy hir (%1 nod; %2 ar y mwyaf).</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="182"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3). Only one proposal per nominal can be pending.</source>
        <translation>Mae tynnu %1 oddi ar y rhestr eisoes yn aros am gymeradwyaeth (cynigiwyd gan %2 ar %3). Dim ond un cynnig i bob unigolyn all fod yn aros.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="201"/>
        <source>Only %1, who proposed the removal of %2, may withdraw it. A supervisor may reject it instead.</source>
        <translation>Dim ond %1, a gynigiodd dynnu %2 oddi ar y rhestr, gaiff ei dynnu&apos;n ôl. Gall goruchwyliwr ei wrthod yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="218"/>
        <source>%1 may not reject removals: that needs the Supervisor role.</source>
        <translation>Ni chaiff %1 wrthod cynigion i dynnu oddi ar y rhestr: mae hynny&apos;n gofyn am rôl Goruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="222"/>
        <source>Rejecting a removal needs a note for the proposer saying why.</source>
        <translation>Mae gwrthod cynnig i dynnu oddi ar y rhestr angen nodyn i&apos;r cynigydd yn dweud pam.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="232"/>
        <source>%1 proposed the removal of %2, so another supervisor must decide it. To take it back, withdraw it.</source>
        <translation>%1 a gynigiodd dynnu %2 oddi ar y rhestr, felly rhaid i oruchwyliwr arall benderfynu. I&apos;w gymryd yn ôl, tynnwch ef yn ôl.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="252"/>
        <source>%1 may not approve removals: that needs the Supervisor role.</source>
        <translation>Ni chaiff %1 gymeradwyo tynnu oddi ar y rhestr: mae hynny&apos;n gofyn am rôl Goruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="259"/>
        <location filename="../app/workflow/RemovalService.cpp" line="282"/>
        <source>%1 proposed the removal of %2, so another supervisor must approve it.</source>
        <translation>%1 a gynigiodd dynnu %2 oddi ar y rhestr, felly rhaid i oruchwyliwr arall ei gymeradwyo.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="266"/>
        <source>The password is not right. Approving a removal needs your own password again: it opens the key that signs the decision.</source>
        <translation>Nid yw&apos;r cyfrinair yn gywir. Mae cymeradwyo tynnu oddi ar y rhestr angen eich cyfrinair eich hun eto: mae&apos;n agor yr allwedd sy&apos;n llofnodi&apos;r penderfyniad.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="272"/>
        <source>The signing key of %1 is damaged.</source>
        <translation>Mae allwedd llofnodi %1 wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="291"/>
        <source>The evaluation of %1 has changed since it was shown to you (its intelligence, details or the policy changed). Review it again before deciding.</source>
        <translation>Mae gwerthusiad %1 wedi newid ers iddo gael ei ddangos i chi (newidiodd ei gudd-wybodaeth, ei fanylion neu&apos;r polisi). Adolygwch ef eto cyn penderfynu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/RemovalService.cpp" line="324"/>
        <source>The signing key of %1 does not match their public key; nothing was erased. Report this fault.</source>
        <translation>Nid yw allwedd llofnodi %1 yn cyfateb i&apos;w allwedd gyhoeddus; ni ddilëwyd dim. Rhowch wybod am y nam hwn.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="39"/>
        <source>Retain</source>
        <translation>Cadw ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="41"/>
        <source>Propose removal</source>
        <translation>Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="45"/>
        <source>Defer</source>
        <translation>Gohirio</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="56"/>
        <source>There is nobody to review in this session.</source>
        <translation>Does neb i&apos;w adolygu yn y sesiwn hon.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="100"/>
        <source>Say why you are deferring this review.</source>
        <translation>Dywedwch pam rydych yn gohirio&apos;r adolygiad hwn.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="101"/>
        <source>Say why you propose removing this person.</source>
        <translation>Dywedwch pam rydych yn cynnig tynnu&apos;r person hwn oddi ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="105"/>
        <source>Only a nominal who meets the threshold can be retained. Propose removal or defer instead.</source>
        <translation>Dim ond unigolyn sy&apos;n cyrraedd y trothwy y gellir ei gadw ar y rhestr. Cynigiwch ei dynnu oddi ar y rhestr neu gohiriwch yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="111"/>
        <source>Choose a retain-until date after today and no later than %1.</source>
        <translation>Dewiswch ddyddiad cadw ar y rhestr tan ar ôl heddiw a dim hwyrach na %1.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="120"/>
        <source>This nominal was removed by someone else while you were reviewing.</source>
        <translation>Cafodd yr unigolyn hwn ei dynnu gan rywun arall tra oeddech yn adolygu.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="126"/>
        <source>%1&apos;s record changed while you were reviewing it, and the threshold result is now different. Look at the threshold step again, then decide.</source>
        <translation>Newidiodd cofnod %1 tra oeddech yn ei adolygu, ac mae canlyniad y trothwy bellach yn wahanol. Edrychwch ar gam y trothwy eto, yna penderfynwch.</translation>
    </message>
    <message>
        <location filename="../app/workflow/ReviewService.cpp" line="163"/>
        <source>A removal of %1 is already awaiting sign-off (proposed by %2 on %3).</source>
        <translation>Mae tynnu %1 oddi ar y rhestr eisoes yn aros am gymeradwyaeth (cynigiwyd gan %2 ar %3).</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../app/accounts/User.cpp" line="33"/>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <location filename="../app/accounts/User.cpp" line="35"/>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../app/accounts/User.cpp" line="37"/>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../app/store/SqlError.cpp" line="24"/>
        <source>The case file is in use by another copy of Corroborate and stayed busy. Try again when it has finished.</source>
        <translation>Mae&apos;r ffeil achos yn cael ei defnyddio gan gopi arall o Corroborate ac fe arhosodd yn brysur. Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="29"/>
        <source>The case file is damaged (%1). Restore it from a backup.</source>
        <translation>Mae&apos;r ffeil achos wedi&apos;i difrodi (%1). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="33"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn; ni chadwyd dim. Rhyddhewch le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="39"/>
        <source>The case file cannot be written (%1). Check its permissions.</source>
        <translation>Ni ellir ysgrifennu i&apos;r ffeil achos (%1). Gwiriwch ei chaniatâd.</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="44"/>
        <source>The change conflicts with what is already in the case file (%1).</source>
        <translation>Mae&apos;r newid yn gwrthdaro â&apos;r hyn sydd eisoes yn y ffeil achos (%1).</translation>
    </message>
    <message>
        <location filename="../app/store/SqlError.cpp" line="48"/>
        <source>Database error during %1: %2 (code %3)</source>
        <translation>Gwall cronfa ddata yn ystod %1: %2 (cod %3)</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="22"/>
        <source>The new user name.</source>
        <translation>Yr enw defnyddiwr newydd.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="24"/>
        <source>A role: officer, supervisor or administrator (repeat for several).</source>
        <translation>Rôl: officer, supervisor neu administrator (ailadroddwch ar gyfer sawl un).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="27"/>
        <source>Display name.</source>
        <translation>Enw dangos.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="31"/>
        <source>Adds a user (administrators only). The new user&apos;s password comes from CORROBORATE_NEW_PASSWORD.</source>
        <translation>Yn ychwanegu defnyddiwr (gweinyddwyr yn unig). Daw cyfrinair y defnyddiwr newydd o CORROBORATE_NEW_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="36"/>
        <location filename="../app/cli/UserCommands.cpp" line="99"/>
        <source>--username U is required.</source>
        <translation>Mae angen --username U.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="42"/>
        <source>Unknown role &quot;%1&quot;: use officer, supervisor or administrator.</source>
        <translation>Rôl anhysbys &quot;%1&quot;: defnyddiwch officer, supervisor neu administrator.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="48"/>
        <source>At least one --role is required.</source>
        <translation>Mae angen o leiaf un --role.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="56"/>
        <source>Password for the new user %1</source>
        <translation>Cyfrinair y defnyddiwr newydd %1</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="64"/>
        <source>Added %1 (%2).</source>
        <translation>Ychwanegwyd %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="72"/>
        <source>Lists the users of a case file with their roles.</source>
        <translation>Yn rhestru defnyddwyr ffeil achos gyda&apos;u rolau.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="90"/>
        <source>The user to disable.</source>
        <translation>Y defnyddiwr i&apos;w analluogi.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="93"/>
        <source>Disables a user (administrators only). Users are never deleted: the audit log refers to them. The last administrator cannot be disabled.</source>
        <translation>Yn analluogi defnyddiwr (gweinyddwyr yn unig). Ni chaiff defnyddwyr byth eu dileu: mae&apos;r log archwilio yn cyfeirio atynt. Ni ellir analluogi&apos;r gweinyddwr olaf.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="109"/>
        <source>Disabled %1.</source>
        <translation>Analluogwyd %1.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="18"/>
        <source>Checks the case file: every page&apos;s authentication, the database&apos;s integrity, the audit log&apos;s hash chain, and every signed removal decision. Needs only the passphrase; writes nothing. Exit code 5 when anything fails.</source>
        <translation>Yn gwirio&apos;r ffeil achos: dilysiad pob tudalen, cywirdeb y gronfa ddata, cadwyn stwnsh y log archwilio, a phob penderfyniad tynnu oddi ar y rhestr wedi&apos;i lofnodi. Dim ond y cyfrinymadrodd sydd ei angen; nid yw&apos;n ysgrifennu dim. Cod gadael 5 pan fydd unrhyw beth yn methu.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="28"/>
        <source>ok      </source>
        <translation>iawn    </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="28"/>
        <source>FAILED  </source>
        <translation>METHODD </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="35"/>
        <source>Verification failed.</source>
        <translation>Methodd y dilysu.</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="38"/>
        <source>The case file verified.</source>
        <translation>Dilyswyd y ffeil achos.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../app/core/Enums.cpp" line="95"/>
        <source>Suspected offender</source>
        <translation>Troseddwr a amheuir</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="97"/>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="99"/>
        <source>Victim</source>
        <translation>Dioddefwr</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="108"/>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="110"/>
        <source>Partner agency</source>
        <translation>Asiantaeth bartner</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="112"/>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="121"/>
        <source>Gang membership</source>
        <translation>Aelodaeth o gang</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="123"/>
        <source>Association</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="125"/>
        <source>Victimisation</source>
        <translation>Erledigaeth</translation>
    </message>
    <message>
        <location filename="../app/core/Enums.cpp" line="127"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>corroborate::ui</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="47"/>
        <source> (age %1: juvenile)</source>
        <translation> (%1 oed: person ifanc)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="47"/>
        <source> (age %1)</source>
        <translation> (%1 oed)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="49"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="50"/>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="51"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="52"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="53"/>
        <source>Ethnicity (self-defined)</source>
        <translation>Ethnigrwydd (hunan-ddiffiniedig)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="54"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="55"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="56"/>
        <source>Harm score</source>
        <translation>Sgôr niwed</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="57"/>
        <source>Listed on</source>
        <translation>Ar y rhestr ers</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="58"/>
        <source>Last reviewed</source>
        <translation>Adolygwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="59"/>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="80"/>
        <source>Independent qualifying sources: %1 (the policy needs %2).</source>
        <translation>Ffynonellau cymwys annibynnol: %1 (mae&apos;r polisi angen %2).</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="86"/>
        <source>Review was due on %1: overdue.</source>
        <translation>Roedd yr adolygiad yn ddyledus ar %1: yn hwyr.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="87"/>
        <source>Next review due on %1.</source>
        <translation>Adolygiad nesaf yn ddyledus ar %1.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="89"/>
        <source>No listing or review date: the review is overdue.</source>
        <translation>Dim dyddiad rhoi ar y rhestr nac adolygu: mae&apos;r adolygiad yn hwyr.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="92"/>
        <source>Evaluated on %1 under policy version %2.</source>
        <translation>Gwerthuswyd ar %1 o dan fersiwn polisi %2.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AboutDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="103"/>
        <source>About Corroborate</source>
        <translation>Ynghylch Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="113"/>
        <source>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Review of gang-list nominals: nobody stays on the list without recent, graded intelligence from more than one independent source.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Corroborate %1&lt;/h2&gt;&lt;p&gt;Adolygu unigolion ar y rhestr gangiau: does neb yn aros ar y rhestr heb gudd-wybodaeth ddiweddar wedi&apos;i graddio gan fwy nag un ffynhonnell annibynnol.&lt;/p&gt;&lt;p&gt;Qt %2 (adeiladwyd gyda %3)&lt;br&gt;SQLite %4&lt;br&gt;SQLCipher %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="119"/>
        <source>(open a case file to see it)</source>
        <translation>(agorwch ffeil achos i&apos;w weld)</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="37"/>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="39"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="41"/>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="43"/>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="45"/>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="47"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="49"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="65"/>
        <source>Signed in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="67"/>
        <source>Sign-in failed</source>
        <translation>Methodd mewngofnodi</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="69"/>
        <source>Collected</source>
        <translation>Casglwyd</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="71"/>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="73"/>
        <source>Looked at</source>
        <translation>Edrychwyd arno</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="75"/>
        <source>Disclosed</source>
        <translation>Datgelwyd</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="77"/>
        <source>User administration</source>
        <translation>Gweinyddu defnyddwyr</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="79"/>
        <source>Policy change</source>
        <translation>Newid polisi</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="81"/>
        <source>Case file administration</source>
        <translation>Gweinyddu&apos;r ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="83"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="85"/>
        <source>Removal</source>
        <translation>Tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditLogModel.cpp" line="87"/>
        <source>Erasure</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::AuditLogView</name>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="21"/>
        <source>Only entries about a record: N-000123, user:name…</source>
        <translation>Dim ond cofnodion am gofnod: N-000123, user:enw…</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="23"/>
        <source>Filter by record</source>
        <translation>Hidlo yn ôl cofnod</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="24"/>
        <source>Rec&amp;ord:</source>
        <translation>C&amp;ofnod:</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="29"/>
        <source>Every sign-in, look, change, disclosure and erasure, newest first. The log holds references, never a person&apos;s details.</source>
        <translation>Pob mewngofnodi, edrych, newid, datgeliad a dileu, y mwyaf newydd yn gyntaf. Mae&apos;r log yn cadw cyfeirnodau, byth fanylion person.</translation>
    </message>
    <message>
        <location filename="../ui/main/AuditLogView.cpp" line="46"/>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/AuditLogView.cpp" line="72"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n o gofnodion</numerusform>
            <numerusform>%n o gofnodion</numerusform>
            <numerusform>%n o gofnodion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corroborate::ui::Banner</name>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="21"/>
        <source>SYNTHETIC DEMONSTRATION DATA — every person in this file is invented</source>
        <translation>DATA ARDDANGOS SYNTHETIG — mae pob person yn y ffeil hon wedi&apos;i ddyfeisio</translation>
    </message>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="22"/>
        <source>Synthetic data notice</source>
        <translation>Hysbysiad data synthetig</translation>
    </message>
    <message>
        <location filename="../ui/widgets/Banner.cpp" line="25"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::CreatePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="348"/>
        <source>New case file</source>
        <translation>Ffeil achos newydd</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="354"/>
        <source>Case file passphrase</source>
        <translation>Cyfrinymadrodd y ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="356"/>
        <source>Case file passphrase again</source>
        <translation>Cyfrinymadrodd y ffeil achos eto</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="359"/>
        <source>Administrator&apos;s user name</source>
        <translation>Enw defnyddiwr y gweinyddwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="362"/>
        <source>Administrator&apos;s display name</source>
        <translation>Enw dangos y gweinyddwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="364"/>
        <source>Administrator&apos;s password</source>
        <translation>Cyfrinair y gweinyddwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="366"/>
        <source>Administrator&apos;s password again</source>
        <translation>Cyfrinair y gweinyddwr eto</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="367"/>
        <source>Case &amp;passphrase:</source>
        <translation>Cyfrinymadrodd yr a&amp;chos:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="368"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Cyfrinymadrodd &amp;eto:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="369"/>
        <source>Your &amp;user name:</source>
        <translation>Eich enw &amp;defnyddiwr:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="370"/>
        <source>Your &amp;display name:</source>
        <translation>Eich enw da&amp;ngos:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="371"/>
        <source>Your pass&amp;word:</source>
        <translation>Eich cyfrin&amp;air:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="372"/>
        <source>Password &amp;again:</source>
        <translation>Cyfrinair e&amp;to:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="374"/>
        <source>You become the file&apos;s first administrator. The passphrase unlocks the file; your password is your own. Neither can be recovered if lost.</source>
        <translation>Chi fydd gweinyddwr cyntaf y ffeil. Mae&apos;r cyfrinymadrodd yn datgloi&apos;r ffeil; eich cyfrinair chi yw eich cyfrinair. Ni ellir adfer yr un o&apos;r ddau os cânt eu colli.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="392"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="393"/>
        <source>Cr&amp;eate</source>
        <translation>C&amp;reu</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="410"/>
        <source>Creating %1.</source>
        <translation>Yn creu %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="424"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Mae angen o leiaf 12 nod yn y cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="426"/>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="433"/>
        <source>The two passwords are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinair yr un fath.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="448"/>
        <source>Creating the case file…</source>
        <translation>Yn creu&apos;r ffeil achos…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DecisionDialog</name>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="36"/>
        <source>waiting for a supervisor</source>
        <translation>yn aros am oruchwyliwr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="38"/>
        <source>rejected by %1 on %2</source>
        <translation>gwrthodwyd gan %1 ar %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="41"/>
        <source>withdrawn by %1 on %2</source>
        <translation>tynnwyd yn ôl gan %1 ar %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="44"/>
        <source>approved by %1 on %2</source>
        <translation>cymeradwywyd gan %1 ar %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="59"/>
        <source>Decide on the removal of %1</source>
        <translation>Penderfynu ar dynnu %1 oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="63"/>
        <source>Loading %1…</source>
        <translation>Yn llwytho %1…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="73"/>
        <source>Evaluation, proposal and history of %1</source>
        <translation>Gwerthusiad, cynnig a hanes %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="78"/>
        <source>Approve: erase this person</source>
        <translation>Cymeradwyo: dileu&apos;r person hwn</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="82"/>
        <source>Your password, to sign the approval</source>
        <translation>Eich cyfrinair, i lofnodi&apos;r gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="85"/>
        <source>Your &amp;password:</source>
        <translation>Eich &amp;cyfrinair:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="88"/>
        <source>&amp;Approve and erase</source>
        <translation>C&amp;ymeradwyo a dileu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="90"/>
        <source>Approve the removal and erase the person</source>
        <translation>Cymeradwyo tynnu oddi ar y rhestr a dileu&apos;r person</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="93"/>
        <source>Approval signs your decision with your own key and erases the nominal, their intelligence and reviews at once. It cannot be undone.</source>
        <translation>Mae cymeradwyo yn llofnodi eich penderfyniad â&apos;ch allwedd eich hun ac yn dileu&apos;r unigolyn, ei gudd-wybodaeth a&apos;i adolygiadau ar unwaith. Ni ellir ei ddadwneud.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="104"/>
        <source>Reject: send it back to the proposer</source>
        <translation>Gwrthod: ei anfon yn ôl at y cynigydd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="107"/>
        <source>Note for the proposer, required to reject</source>
        <translation>Nodyn i&apos;r cynigydd, yn ofynnol i wrthod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="110"/>
        <source>&amp;Note for the proposer (required):</source>
        <translation>&amp;Nodyn i&apos;r cynigydd (gofynnol):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="112"/>
        <source>&amp;Reject with note</source>
        <translation>&amp;Gwrthod gyda nodyn</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="114"/>
        <source>Reject the proposal with the note</source>
        <translation>Gwrthod y cynnig gyda&apos;r nodyn</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="125"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="129"/>
        <source>Close without deciding</source>
        <translation>Cau heb benderfynu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="182"/>
        <source>Deciding a removal proposal</source>
        <translation>Penderfynu ar gynnig i dynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="206"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="215"/>
        <source>%1 has no proposal waiting for a decision.</source>
        <translation>Does gan %1 ddim cynnig yn aros am benderfyniad.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="229"/>
        <source>The proposal</source>
        <translation>Y cynnig</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="233"/>
        <source>Proposed by %1 on %2.</source>
        <translation>Cynigiwyd gan %1 ar %2.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="234"/>
        <source>Reason:</source>
        <translation>Rheswm:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="237"/>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="238"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="240"/>
        <source>No proposal is waiting.</source>
        <translation>Does dim cynnig yn aros.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="245"/>
        <source>Evaluation today (policy version %1, %2)</source>
        <translation>Gwerthusiad heddiw (fersiwn polisi %1, %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/DecisionDialog.cpp" line="253"/>
        <source>%n independent qualifying source(s)</source>
        <translation>
            <numerusform>%n ffynhonnell gymwys annibynnol</numerusform>
            <numerusform>%n ffynhonnell gymwys annibynnol</numerusform>
            <numerusform>%n o ffynonellau cymwys annibynnol</numerusform>
            <numerusform>%n o ffynonellau cymwys annibynnol</numerusform>
            <numerusform>%n o ffynonellau cymwys annibynnol</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="265"/>
        <source>Intelligence</source>
        <translation>Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="268"/>
        <source>No intelligence recorded.</source>
        <translation>Dim cudd-wybodaeth wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Obtained</source>
        <translation>Cafwyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="272"/>
        <source>Provider / originator</source>
        <translation>Darparwr / cychwynnydd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Grading</source>
        <translation>Graddio</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Indicates</source>
        <translation>Yn dangos</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="273"/>
        <source>Counts?</source>
        <translation>Yn cyfrif?</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="284"/>
        <source>not evaluated</source>
        <translation>heb ei werthuso</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="286"/>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="292"/>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="309"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="313"/>
        <source>%1: removal proposed by %2 (%3) — %4</source>
        <translation>%1: cynigiwyd tynnu oddi ar y rhestr gan %2 (%3) — %4</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="317"/>
        <source>note: %1</source>
        <translation>nodyn: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="322"/>
        <source>retained</source>
        <translation>cadwyd ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="323"/>
        <source>removal proposed</source>
        <translation>cynigiwyd tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="324"/>
        <source>deferred</source>
        <translation>gohiriwyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="326"/>
        <source>%1: reviewed by %2, %3</source>
        <translation>%1: adolygwyd gan %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="332"/>
        <source>No earlier reviews or proposals.</source>
        <translation>Dim adolygiadau na chynigion cynharach.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="340"/>
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="356"/>
        <source>Enter your own password to sign the approval.</source>
        <translation>Rhowch eich cyfrinair eich hun i lofnodi&apos;r gymeradwyaeth.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/DecisionDialog.cpp" line="383"/>
        <source>Write a note for the proposer saying why the proposal is rejected.</source>
        <translation>Ysgrifennwch nodyn i&apos;r cynigydd yn dweud pam mae&apos;r cynnig yn cael ei wrthod.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::DetailsPanel</name>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="108"/>
        <source>Choose a nominal in the list to see their record.</source>
        <translation>Dewiswch unigolyn yn y rhestr i weld ei gofnod.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="131"/>
        <source>Threshold</source>
        <translation>Trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="136"/>
        <source>Threshold result</source>
        <translation>Canlyniad y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="139"/>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="144"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="148"/>
        <source>Intelligence</source>
        <translation>Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="158"/>
        <source>No intelligence recorded.</source>
        <translation>Dim cudd-wybodaeth wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="162"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="167"/>
        <source>Review history</source>
        <translation>Hanes adolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="170"/>
        <location filename="../ui/main/DetailsPanel.cpp" line="175"/>
        <source>Who looked at or changed this record</source>
        <translation>Pwy a edrychodd ar y cofnod hwn neu a&apos;i newidiodd</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="244"/>
        <source>juvenile (under 18)</source>
        <translation>person ifanc (dan 18)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="246"/>
        <source>Nominal %1</source>
        <translation>Unigolyn %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="251"/>
        <source>A removal proposal is waiting for a supervisor.</source>
        <translation>Mae cynnig i dynnu oddi ar y rhestr yn aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="276"/>
        <source>No reviews recorded.</source>
        <translation>Dim adolygiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="280"/>
        <source>%1 by %2: %3</source>
        <translation>%1 gan %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="282"/>
        <source>retained</source>
        <translation>cadwyd ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="283"/>
        <source>removal proposed</source>
        <translation>cynigiwyd tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="284"/>
        <source>deferred</source>
        <translation>gohiriwyd</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="286"/>
        <source> until %1</source>
        <translation> tan %1</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="289"/>
        <source> (policy %1)</source>
        <translation> (polisi %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/DetailsPanel.cpp" line="306"/>
        <source>Nobody yet.</source>
        <translation>Neb eto.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ErasureRegisterModel</name>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="259"/>
        <source>export</source>
        <translation>allforio</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="261"/>
        <source>pack saved as PDF</source>
        <translation>pecyn wedi&apos;i gadw fel PDF</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="263"/>
        <source>printed pack</source>
        <translation>pecyn wedi&apos;i argraffu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="271"/>
        <source>%1 · %2 · to %3</source>
        <translation>%1 · %2 · i %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="273"/>
        <source>(no recipient recorded)</source>
        <translation>(dim derbynnydd wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="309"/>
        <source>Valid</source>
        <translation>Dilys</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="309"/>
        <source>NOT valid</source>
        <translation>NID yw&apos;n ddilys</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="312"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="313"/>
        <source>%n earlier disclosure(s)</source>
        <translation>
            <numerusform>%n datgeliad cynharach</numerusform>
            <numerusform>%n datgeliad cynharach</numerusform>
            <numerusform>%n o ddatgeliadau cynharach</numerusform>
            <numerusform>%n o ddatgeliadau cynharach</numerusform>
            <numerusform>%n o ddatgeliadau cynharach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="351"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="353"/>
        <source>Listed on</source>
        <translation>Ar y rhestr ers</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="355"/>
        <source>Proposed</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="357"/>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="359"/>
        <source>Erased</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="361"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="363"/>
        <source>Proposed by</source>
        <translation>Cynigiwyd gan</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="365"/>
        <source>Approved by</source>
        <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="367"/>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="369"/>
        <source>Earlier disclosures</source>
        <translation>Datgeliadau cynharach</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ErasureRegisterView</name>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="352"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="355"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="558"/>
        <source>Erasure register</source>
        <translation>Cofrestr dileu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="353"/>
        <source>&amp;Erasure register</source>
        <translation>&amp;Cofrestr dileu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="360"/>
        <source>Earlier &amp;disclosures of the selected entry</source>
        <translation>&amp;Datgeliadau cynharach o&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="363"/>
        <source>Earlier disclosures of the selected entry</source>
        <translation>Datgeliadau cynharach o&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="412"/>
        <source>%n nominal(s) erased. Each entry keeps the reference, the dates, the reason, who proposed and who approved, and the signed decision — nothing about the person.</source>
        <translation>
            <numerusform>%n o unigolion wedi&apos;u dileu. Mae pob cofnod yn cadw&apos;r cyfeirnod, y dyddiadau, y rheswm, pwy a gynigiodd a phwy a gymeradwyodd, a&apos;r penderfyniad wedi&apos;i lofnodi — dim byd am y person.</numerusform>
            <numerusform>%n unigolyn wedi&apos;i ddileu. Mae pob cofnod yn cadw&apos;r cyfeirnod, y dyddiadau, y rheswm, pwy a gynigiodd a phwy a gymeradwyodd, a&apos;r penderfyniad wedi&apos;i lofnodi — dim byd am y person.</numerusform>
            <numerusform>%n o unigolion wedi&apos;u dileu. Mae pob cofnod yn cadw&apos;r cyfeirnod, y dyddiadau, y rheswm, pwy a gynigiodd a phwy a gymeradwyodd, a&apos;r penderfyniad wedi&apos;i lofnodi — dim byd am y person.</numerusform>
            <numerusform>%n o unigolion wedi&apos;u dileu. Mae pob cofnod yn cadw&apos;r cyfeirnod, y dyddiadau, y rheswm, pwy a gynigiodd a phwy a gymeradwyodd, a&apos;r penderfyniad wedi&apos;i lofnodi — dim byd am y person.</numerusform>
            <numerusform>%n o unigolion wedi&apos;u dileu. Mae pob cofnod yn cadw&apos;r cyfeirnod, y dyddiadau, y rheswm, pwy a gynigiodd a phwy a gymeradwyodd, a&apos;r penderfyniad wedi&apos;i lofnodi — dim byd am y person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="416"/>
        <source>Could not read the register: %1</source>
        <translation>Methu darllen y gofrestr: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="419"/>
        <source>%n signed decision(s) do NOT verify: run verify on the case file.</source>
        <translation>
            <numerusform>NID yw %n penderfyniad wedi&apos;i lofnodi yn cael ei ddilysu: rhedwch verify ar y ffeil achos.</numerusform>
            <numerusform>NID yw %n penderfyniad wedi&apos;i lofnodi yn cael ei ddilysu: rhedwch verify ar y ffeil achos.</numerusform>
            <numerusform>NID yw %n o benderfyniadau wedi&apos;u llofnodi yn cael eu dilysu: rhedwch verify ar y ffeil achos.</numerusform>
            <numerusform>NID yw %n o benderfyniadau wedi&apos;u llofnodi yn cael eu dilysu: rhedwch verify ar y ffeil achos.</numerusform>
            <numerusform>NID yw %n o benderfyniadau wedi&apos;u llofnodi yn cael eu dilysu: rhedwch verify ar y ffeil achos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="437"/>
        <source>Select an entry to see the disclosures made before the erasure.</source>
        <translation>Dewiswch gofnod i weld y datgeliadau a wnaed cyn y dileu.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="445"/>
        <source>The signed decision does not verify: %1</source>
        <translation>Nid yw&apos;r penderfyniad wedi&apos;i lofnodi yn cael ei ddilysu: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="448"/>
        <source>%1 was not included in any export or pack before the erasure.</source>
        <translation>Ni chafodd %1 ei gynnwys mewn unrhyw allforiad na phecyn cyn y dileu.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="453"/>
        <source>%1 was included in these disclosures. Ask each recipient to destroy what they hold (Data Protection Act 2018, s.48):</source>
        <translation>Cafodd %1 ei gynnwys yn y datgeliadau hyn. Gofynnwch i bob derbynnydd ddinistrio&apos;r hyn sydd ganddynt (Deddf Diogelu Data 2018, a.48):</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="460"/>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 i %3</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="463"/>
        <source>(no recipient recorded)</source>
        <translation>(dim derbynnydd wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="465"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="466"/>
        <source>, by %1</source>
        <translation>, gan %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::FlaggedAlertModel</name>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="193"/>
        <source>%n day(s) without a proposal</source>
        <translation>
            <numerusform>%n diwrnod heb gynnig</numerusform>
            <numerusform>%n diwrnod heb gynnig</numerusform>
            <numerusform>%n diwrnod heb gynnig</numerusform>
            <numerusform>%n diwrnod heb gynnig</numerusform>
            <numerusform>%n diwrnod heb gynnig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="221"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="223"/>
        <source>Flagged since</source>
        <translation>Wedi&apos;i nodi ers</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="225"/>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="227"/>
        <source>Why it is below the threshold</source>
        <translation>Pam mae islaw&apos;r trothwy</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::IntelligenceDialog</name>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="42"/>
        <source>Add intelligence about %1</source>
        <translation>Ychwanegu cudd-wybodaeth am %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="43"/>
        <source>Correct intelligence about %1</source>
        <translation>Cywiro cudd-wybodaeth am %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="45"/>
        <source>Synthetic demonstration data.</source>
        <translation>Data arddangos synthetig.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="111"/>
        <source>This item is no longer in the file.</source>
        <translation>Nid yw&apos;r eitem hon yn y ffeil mwyach.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="116"/>
        <source>Reloaded the saved item. Make your change again.</source>
        <translation>Ail-lwythwyd yr eitem a gadwyd. Gwnewch eich newid eto.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="160"/>
        <source>Required for handling code C</source>
        <translation>Gofynnol ar gyfer cod trin C</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="161"/>
        <source>Only for handling code C</source>
        <translation>Ar gyfer cod trin C yn unig</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="165"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Dywedwch yn fyr pam rydych yn gwneud y newid hwn.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="188"/>
        <source>This item counts as an independent qualifying source.</source>
        <translation>Mae&apos;r eitem hon yn cyfrif fel ffynhonnell gymwys annibynnol.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="194"/>
        <source>This item does not count: %1.</source>
        <translation>Nid yw&apos;r eitem hon yn cyfrif: %1.</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="204"/>
        <source>Without this change: %1 (%2 independent sources).</source>
        <translation>Heb y newid hwn: %1 (%2 ffynhonnell annibynnol).</translation>
    </message>
    <message>
        <location filename="../ui/edit/IntelligenceDialog.cpp" line="208"/>
        <source>With it: %1 (%2 independent sources).</source>
        <translation>Gyda&apos;r newid: %1 (%2 ffynhonnell annibynnol).</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::IntelligenceModel</name>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="65"/>
        <source>Obtained</source>
        <translation>Cafwyd</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="67"/>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="69"/>
        <source>Originator</source>
        <translation>Cychwynnydd</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="71"/>
        <source>Grading</source>
        <translation>Graddio</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="73"/>
        <source>Indicates</source>
        <translation>Yn dangos</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="75"/>
        <source>Counts towards threshold</source>
        <translation>Yn cyfrif tuag at y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="77"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="95"/>
        <source>Not evaluated</source>
        <translation>Heb ei werthuso</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="97"/>
        <source>Counts</source>
        <translation>Yn cyfrif</translation>
    </message>
    <message>
        <location filename="../ui/models/IntelligenceModel.cpp" line="101"/>
        <source>Does not count: %1</source>
        <translation>Nid yw&apos;n cyfrif: %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::LockPage</name>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="27"/>
        <source>Locked</source>
        <translation>Wedi&apos;i gloi</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="29"/>
        <source>Corroborate is locked</source>
        <translation>Mae Corroborate wedi&apos;i gloi</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="42"/>
        <source>Your password</source>
        <translation>Eich cyfrinair</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="51"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="55"/>
        <source>&amp;Close file</source>
        <translation>Ca&amp;u&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="57"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="66"/>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="83"/>
        <source>%1 is locked by %2. Enter your own password to carry on where you were.</source>
        <translation>Mae %1 wedi&apos;i gloi gan %2. Rhowch eich cyfrinair eich hun i fwrw ymlaen o&apos;r lle roeddech chi.</translation>
    </message>
    <message>
        <location filename="../ui/lock/LockPage.cpp" line="104"/>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="107"/>
        <source>Views</source>
        <translation>Golygon</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="191"/>
        <source>&amp;Nominal</source>
        <translation>&amp;Unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="192"/>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="194"/>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="195"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Agor ffeil achos…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="207"/>
        <source>&amp;New case file…</source>
        <translation>Ffeil achos &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="209"/>
        <source>&amp;Close case file</source>
        <translation>&amp;Cau&apos;r ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="211"/>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="213"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="215"/>
        <source>Open &amp;recent</source>
        <translation>Agor ffeil &amp;ddiweddar</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="242"/>
        <source>&amp;New nominal…</source>
        <translation>Unigolyn &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="246"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Golygu&apos;r manylion…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="249"/>
        <source>&amp;Add intelligence…</source>
        <translation>&amp;Ychwanegu cudd-wybodaeth…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="252"/>
        <source>&amp;Correct intelligence item…</source>
        <translation>&amp;Cywiro eitem cudd-wybodaeth…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>Copy &amp;reference</source>
        <translation>Copïo&apos;r cy&amp;feirnod</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="259"/>
        <source>Change the reason for &amp;looking…</source>
        <translation>Newid y rheswm dros &amp;edrych…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="286"/>
        <source>&amp;Start a review of the due queue</source>
        <translation>&amp;Dechrau adolygu&apos;r ciw dyledus</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="289"/>
        <source>Review the &amp;selected nominals</source>
        <translation>Adolygu&apos;r unigolion a dd&amp;ewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>&amp;Resume a paused review</source>
        <translation>&amp;Ailddechrau adolygiad wedi&apos;i oedi</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>&amp;Find</source>
        <translation>Ch&amp;wilio</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="304"/>
        <source>&amp;Refresh</source>
        <translation>Ad&amp;newyddu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="321"/>
        <source>&amp;About Corroborate</source>
        <translation>&amp;Ynghylch Corroborate</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="354"/>
        <source>Due for review</source>
        <translation>I&apos;w hadolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="361"/>
        <source>Below threshold</source>
        <translation>Islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="368"/>
        <source>All nominals</source>
        <translation>Pob unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="374"/>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="410"/>
        <location filename="../ui/main/MainWindow.cpp" line="413"/>
        <source>Cannot read the case file</source>
        <translation>Methu darllen y ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="414"/>
        <source>The lists could not open their own connection to the file. Close it and open it again.</source>
        <translation>Ni allai&apos;r rhestrau agor eu cysylltiad eu hunain â&apos;r ffeil. Caewch hi a&apos;i hagor eto.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="425"/>
        <source>You have a paused review: Review ▸ Resume (Ctrl+Alt+R).</source>
        <translation>Mae gennych adolygiad wedi&apos;i oedi: Adolygu ▸ Ailddechrau (Ctrl+Alt+R).</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Evaluating %1%…</source>
        <translation>Yn gwerthuso %1%…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="441"/>
        <source>%n below threshold</source>
        <translation>
            <numerusform>%n islaw&apos;r trothwy</numerusform>
            <numerusform>%n islaw&apos;r trothwy</numerusform>
            <numerusform>%n islaw&apos;r trothwy</numerusform>
            <numerusform>%n islaw&apos;r trothwy</numerusform>
            <numerusform>%n islaw&apos;r trothwy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="443"/>
        <source>%n due for review</source>
        <translation>
            <numerusform>%n i&apos;w hadolygu</numerusform>
            <numerusform>%n i&apos;w adolygu</numerusform>
            <numerusform>%n i&apos;w hadolygu</numerusform>
            <numerusform>%n i&apos;w hadolygu</numerusform>
            <numerusform>%n i&apos;w hadolygu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="446"/>
        <source>The threshold evaluation failed: %1</source>
        <translation>Methodd y gwerthuso yn erbyn y trothwy: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="476"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Wedi mewngofnodi fel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="576"/>
        <source>Why are you looking?</source>
        <translation>Pam rydych yn edrych?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="577"/>
        <source>Looking at a person&apos;s record is logged with a reason. Choose or type the reason for this browsing; it is used until you change it (Nominal ▸ Change the reason for looking).</source>
        <translation>Mae edrych ar gofnod person yn cael ei gofnodi gyda rheswm. Dewiswch neu teipiwch y rheswm dros bori; fe&apos;i defnyddir nes i chi ei newid (Unigolyn ▸ Newid y rheswm dros edrych).</translation>
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
        <translation>[data synthetig]</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="660"/>
        <source>[locked]</source>
        <translation>[wedi&apos;i gloi]</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="676"/>
        <source>Reviewing %1</source>
        <translation>Yn adolygu %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="694"/>
        <source>No recent files</source>
        <translation>Dim ffeiliau diweddar</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="696"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clirio&apos;r rhestr</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="820"/>
        <source>That is not the password of %1. Check it and try again; only the user who was signed in can unlock.</source>
        <translation>Nid hwnnw yw cyfrinair %1. Gwiriwch ef a rhowch gynnig arall arni; dim ond y defnyddiwr a oedd wedi mewngofnodi all ddatgloi.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="851"/>
        <source>Cannot start the review</source>
        <translation>Methu dechrau&apos;r adolygiad</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="868"/>
        <source>Review session</source>
        <translation>Sesiwn adolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="880"/>
        <source>Review finished</source>
        <translation>Adolygiad wedi&apos;i orffen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="881"/>
        <source>Every nominal in this session has a decision.</source>
        <translation>Mae penderfyniad gan bob unigolyn yn y sesiwn hon.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="907"/>
        <source>Still evaluating</source>
        <translation>Yn dal i werthuso</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="908"/>
        <source>The list is still being evaluated against the threshold. Try again in a moment.</source>
        <translation>Mae&apos;r rhestr yn dal i gael ei gwerthuso yn erbyn y trothwy. Rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="941"/>
        <source>Nothing is due</source>
        <translation>Does dim yn ddyledus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="942"/>
        <source>Nobody else is due for review; %n removal(s) await a supervisor.</source>
        <translation>
            <numerusform>Does neb arall yn ddyledus i&apos;w adolygu; mae %n cynnig i dynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Does neb arall yn ddyledus i&apos;w adolygu; mae %n cynnig i dynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Does neb arall yn ddyledus i&apos;w adolygu; mae %n o gynigion i dynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Does neb arall yn ddyledus i&apos;w adolygu; mae %n o gynigion i dynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
            <numerusform>Does neb arall yn ddyledus i&apos;w adolygu; mae %n o gynigion i dynnu oddi ar y rhestr yn aros am oruchwyliwr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="944"/>
        <source>Nobody is due for review or below the threshold.</source>
        <translation>Does neb yn ddyledus i&apos;w adolygu nac islaw&apos;r trothwy.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="957"/>
        <source>Nothing selected</source>
        <translation>Dim wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="958"/>
        <source>Select one or more nominals in the list first.</source>
        <translation>Dewiswch un neu ragor o unigolion yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="971"/>
        <source>No paused review</source>
        <translation>Dim adolygiad wedi&apos;i oedi</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="972"/>
        <source>You have no paused review session.</source>
        <translation>Does gennych ddim sesiwn adolygu wedi&apos;i hoedi.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="989"/>
        <source>Cannot create the nominal</source>
        <translation>Methu creu&apos;r unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1023"/>
        <source>No intelligence</source>
        <translation>Dim cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1024"/>
        <source>This nominal has no intelligence to correct yet.</source>
        <translation>Does gan yr unigolyn hwn ddim cudd-wybodaeth i&apos;w chywiro eto.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="1043"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalDialog</name>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="20"/>
        <source>New nominal</source>
        <translation>Unigolyn newydd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="20"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="22"/>
        <source>Synthetic demonstration data.</source>
        <translation>Data arddangos synthetig.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="25"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="51"/>
        <source>Victims and people at risk never meet the threshold: they will be flagged for removal.</source>
        <translation>Nid yw dioddefwyr na phobl mewn perygl byth yn cyrraedd y trothwy: byddant yn cael eu nodi i&apos;w tynnu oddi ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="62"/>
        <source>This nominal is no longer in the file.</source>
        <translation>Nid yw&apos;r unigolyn hwn yn y ffeil mwyach.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="67"/>
        <source>Reloaded the saved record. Make your change again.</source>
        <translation>Ail-lwythwyd y cofnod a gadwyd. Gwnewch eich newid eto.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="120"/>
        <source>Write the date as YYYY-MM-DD, or leave it empty when not known.</source>
        <translation>Ysgrifennwch y dyddiad fel YYYY-MM-DD, neu gadewch ef yn wag pan nad yw&apos;n hysbys.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="126"/>
        <source>A harm score is a whole number, or empty when not recorded.</source>
        <translation>Mae sgôr niwed yn rhif cyfan, neu&apos;n wag pan nad yw wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NominalDialog.cpp" line="129"/>
        <source>Say briefly why you are making this change.</source>
        <translation>Dywedwch yn fyr pam rydych yn gwneud y newid hwn.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListModel</name>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="86"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="88"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="90"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="92"/>
        <source>Classification</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="94"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="96"/>
        <source>Threshold</source>
        <translation>Trothwy</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="98"/>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="100"/>
        <source>Reasons</source>
        <translation>Rhesymau</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="105"/>
        <source>Age today; people under 18 are marked as juveniles.</source>
        <translation>Oed heddiw; mae pobl dan 18 wedi&apos;u marcio&apos;n bobl ifanc.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="107"/>
        <source>This column cannot be sorted in this list.</source>
        <translation>Ni ellir trefnu&apos;r golofn hon yn y rhestr hon.</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="288"/>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="289"/>
        <source>%1 juvenile</source>
        <translation>%1 (ifanc)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="297"/>
        <source>Below threshold, awaiting sign-off</source>
        <translation>Islaw&apos;r trothwy, yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="298"/>
        <source>Awaiting sign-off</source>
        <translation>Yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="299"/>
        <source>Below threshold</source>
        <translation>Islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="299"/>
        <source>Meets threshold</source>
        <translation>Yn ei gyrraedd</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="302"/>
        <source>Overdue (no dates)</source>
        <translation>Yn hwyr (dim dyddiadau)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="303"/>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="319"/>
        <source>A removal awaits a supervisor&apos;s sign-off; until then this person is restricted (left out of anything shared outside the force).</source>
        <translation>Mae cynnig i dynnu oddi ar y rhestr yn aros am gymeradwyaeth goruchwyliwr; tan hynny mae&apos;r person hwn yn gyfyngedig (wedi&apos;i adael allan o unrhyw beth a rennir y tu allan i&apos;r heddlu).</translation>
    </message>
    <message>
        <location filename="../ui/models/NominalListModel.cpp" line="324"/>
        <source>Juvenile: under 18 today.</source>
        <translation>Person ifanc: dan 18 heddiw.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::NominalListView</name>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="26"/>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Chwilio yn ôl enw neu gyfeirnod (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="28"/>
        <source>Search this list</source>
        <translation>Chwilio&apos;r rhestr hon</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="32"/>
        <source>F&amp;ind:</source>
        <translation>C&amp;hwilio:</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="57"/>
        <source>All nominals</source>
        <translation>Pob unigolyn</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="59"/>
        <source>Nominals below the threshold</source>
        <translation>Unigolion islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="60"/>
        <source>Nominals due for review</source>
        <translation>Unigolion sy&apos;n ddyledus i&apos;w hadolygu</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="69"/>
        <source>%1 juvenile</source>
        <translation>%1 (ifanc)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="73"/>
        <source>Below threshold</source>
        <translation>Islaw&apos;r trothwy</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="75"/>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="198"/>
        <source>Evaluating every nominal against the threshold… %1%</source>
        <translation>Yn gwerthuso pob unigolyn yn erbyn y trothwy… %1%</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="208"/>
        <source>Evaluating…</source>
        <translation>Yn gwerthuso…</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="210"/>
        <source>First %1 matches</source>
        <translation>Y %1 cyfatebiaeth gyntaf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="212"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n o gyfatebiaethau</numerusform>
            <numerusform>%n o gyfatebiaethau</numerusform>
            <numerusform>%n o gyfatebiaethau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/NominalListView.cpp" line="213"/>
        <source>%n nominal(s)</source>
        <translation>
            <numerusform>%n unigolyn</numerusform>
            <numerusform>%n unigolyn</numerusform>
            <numerusform>%n o unigolion</numerusform>
            <numerusform>%n o unigolion</numerusform>
            <numerusform>%n o unigolion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="221"/>
        <source>Everyone on the list.</source>
        <translation>Pawb ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="224"/>
        <source>Below the threshold: flagged for removal and restricted until a supervisor decides.</source>
        <translation>Islaw&apos;r trothwy: wedi&apos;u nodi i&apos;w tynnu oddi ar y rhestr ac wedi&apos;u cyfyngu nes i oruchwyliwr benderfynu.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="228"/>
        <source>Due for review today or overdue; below-threshold nominals first, then the most overdue.</source>
        <translation>Yn ddyledus i&apos;w hadolygu heddiw neu&apos;n hwyr; unigolion islaw&apos;r trothwy yn gyntaf, yna&apos;r rhai mwyaf hwyr.</translation>
    </message>
    <message>
        <location filename="../ui/main/NominalListView.cpp" line="236"/>
        <source>Showing the first %1 matches: type more to narrow the search.</source>
        <translation>Yn dangos y %1 cyfatebiaeth gyntaf: teipiwch ragor i gyfyngu&apos;r chwilio.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::OpenFlow</name>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="98"/>
        <source>Open case file</source>
        <translation>Agor ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="99"/>
        <source>Case files (*.corroborate);;All files (*)</source>
        <translation>Ffeiliau achos (*.corroborate);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="108"/>
        <source>New case file</source>
        <translation>Ffeil achos newydd</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="110"/>
        <source>Case files (*.corroborate)</source>
        <translation>Ffeiliau achos (*.corroborate)</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenFlow.cpp" line="182"/>
        <source>Cannot open the case file</source>
        <translation>Methu agor y ffeil achos</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackDialog</name>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="24"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="26"/>
        <source>Save the pack as a PDF file</source>
        <translation>Cadw&apos;r pecyn fel ffeil PDF</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="27"/>
        <source>Prin&amp;t…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="29"/>
        <source>Print the pack</source>
        <translation>Argraffu&apos;r pecyn</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="30"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="32"/>
        <source>Preview the pack; nothing is recorded</source>
        <translation>Rhagolwg o&apos;r pecyn; does dim yn cael ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="38"/>
        <source>The selected nominal (none selected)</source>
        <translation>Yr unigolyn a ddewiswyd (dim wedi&apos;i ddewis)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="41"/>
        <source>The selected &amp;nominal, %1</source>
        <translation>Yr &amp;unigolyn a ddewiswyd, %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackDialog.cpp" line="44"/>
        <source>The %n nominal(s) selected in the &amp;list</source>
        <translation>
            <numerusform>Y %n o unigolion a ddewiswyd yn y rhes&amp;tr</numerusform>
            <numerusform>Yr %n unigolyn a ddewiswyd yn y rhes&amp;tr</numerusform>
            <numerusform>Y %n o unigolion a ddewiswyd yn y rhes&amp;tr</numerusform>
            <numerusform>Y %n o unigolion a ddewiswyd yn y rhes&amp;tr</numerusform>
            <numerusform>Y %n o unigolion a ddewiswyd yn y rhes&amp;tr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="81"/>
        <source>Pack language</source>
        <translation>Iaith y pecyn</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="87"/>
        <source>Pack lan&amp;guage:</source>
        <translation>&amp;Iaith y pecyn:</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="183"/>
        <source>Required: say who will receive the pack.</source>
        <translation>Gofynnol: dywedwch pwy fydd yn derbyn y pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="185"/>
        <source>Required: the law that allows this sharing.</source>
        <translation>Gofynnol: y gyfraith sy&apos;n caniatáu&apos;r rhannu hwn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="186"/>
        <source>Required: what the pack is for.</source>
        <translation>Gofynnol: beth yw diben y pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="198"/>
        <source>Partner packs leave out restricted nominals (below the threshold or awaiting a removal decision) and the details of handling-code C intelligence, and start with the interpretation notice.</source>
        <translation>Mae pecynnau partner yn gadael allan unigolion cyfyngedig (islaw&apos;r trothwy neu&apos;n aros am benderfyniad ar eu tynnu oddi ar y rhestr) a manylion cudd-wybodaeth cod trin C, ac yn dechrau gyda&apos;r hysbysiad dehongli.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackDialog.cpp" line="201"/>
        <source>Internal packs hold everything, restricted nominals included (marked as such).</source>
        <translation>Mae pecynnau mewnol yn cynnwys popeth, gan gynnwys unigolion cyfyngedig (wedi&apos;u marcio felly).</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PackFlow</name>
    <message>
        <location filename="../ui/packs/PackExtension.cpp" line="16"/>
        <source>Review &amp;pack…</source>
        <translation>&amp;Pecyn adolygu…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackExtension.cpp" line="19"/>
        <source>Save, print or preview a review pack for one nominal or a batch; the disclosure is recorded</source>
        <translation>Cadw, argraffu neu ragweld pecyn adolygu ar gyfer un unigolyn neu swp; mae&apos;r datgeliad yn cael ei gofnodi</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="199"/>
        <source>Reading the nominals…</source>
        <translation>Yn darllen yr unigolion…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="219"/>
        <source>No nominal is due for review by %1: there is nothing to put in a pack.</source>
        <translation>Does dim unigolyn yn ddyledus i&apos;w adolygu erbyn %1: does dim i&apos;w roi mewn pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="222"/>
        <source>No nominal is flagged: there is nothing to put in a pack.</source>
        <translation>Does dim unigolyn wedi&apos;i nodi: does dim i&apos;w roi mewn pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="225"/>
        <location filename="../ui/packs/PackFlow.cpp" line="230"/>
        <source>Review pack</source>
        <translation>Pecyn adolygu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="233"/>
        <source>Read %n nominal(s) from the file.</source>
        <translation>
            <numerusform>Darllenwyd %n unigolyn o&apos;r ffeil.</numerusform>
            <numerusform>Darllenwyd %n unigolyn o&apos;r ffeil.</numerusform>
            <numerusform>Darllenwyd %n o unigolion o&apos;r ffeil.</numerusform>
            <numerusform>Darllenwyd %n o unigolion o&apos;r ffeil.</numerusform>
            <numerusform>Darllenwyd %n o unigolion o&apos;r ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="243"/>
        <source>Save review pack as PDF</source>
        <translation>Cadw&apos;r pecyn adolygu fel PDF</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="246"/>
        <source>Not saved: no file was chosen. Nothing was recorded.</source>
        <translation>Heb ei gadw: ni ddewiswyd ffeil. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="254"/>
        <location filename="../ui/packs/PackFlow.cpp" line="275"/>
        <location filename="../ui/packs/PackFlow.cpp" line="299"/>
        <source>Pack not saved</source>
        <translation>Pecyn heb ei gadw</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="260"/>
        <source>Making pack %1 as a PDF…</source>
        <translation>Yn llunio pecyn %1 fel PDF…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="269"/>
        <source>Cancelled: no file was saved and nothing was recorded.</source>
        <translation>Wedi&apos;i ganslo: ni chadwyd ffeil ac ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="276"/>
        <source>The pack could not be made: %1. Nothing was saved or recorded.</source>
        <translation>Ni ellid llunio&apos;r pecyn: %1. Ni chadwyd na chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="277"/>
        <location filename="../ui/packs/PackFlow.cpp" line="355"/>
        <source>the file was closed</source>
        <translation>caewyd y ffeil</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="285"/>
        <source>Saved pack %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Cadwyd pecyn %1 (%n tudalen) i %2.</numerusform>
            <numerusform>Cadwyd pecyn %1 (%n tudalen) i %2.</numerusform>
            <numerusform>Cadwyd pecyn %1 (%n o dudalennau) i %2.</numerusform>
            <numerusform>Cadwyd pecyn %1 (%n o dudalennau) i %2.</numerusform>
            <numerusform>Cadwyd pecyn %1 (%n o dudalennau) i %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="288"/>
        <location filename="../ui/packs/PackFlow.cpp" line="368"/>
        <source>The disclosure to %1 was recorded (number %2), listing %n nominal(s).</source>
        <translation>
            <numerusform>Cofnodwyd y datgeliad i %1 (rhif %2), yn rhestru %n unigolyn.</numerusform>
            <numerusform>Cofnodwyd y datgeliad i %1 (rhif %2), yn rhestru %n unigolyn.</numerusform>
            <numerusform>Cofnodwyd y datgeliad i %1 (rhif %2), yn rhestru %n o unigolion.</numerusform>
            <numerusform>Cofnodwyd y datgeliad i %1 (rhif %2), yn rhestru %n o unigolion.</numerusform>
            <numerusform>Cofnodwyd y datgeliad i %1 (rhif %2), yn rhestru %n o unigolion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="294"/>
        <source>Pack saved</source>
        <translation>Pecyn wedi&apos;i gadw</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="316"/>
        <source>Print review pack</source>
        <translation>Argraffu pecyn adolygu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="321"/>
        <source>Not printed. Nothing was recorded.</source>
        <translation>Heb ei argraffu. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="327"/>
        <source>Printing pack %1…</source>
        <translation>Yn argraffu pecyn %1…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="346"/>
        <source>Printing cancelled. Nothing was recorded; pages already sent to the printer may need collecting.</source>
        <translation>Canslwyd yr argraffu. Ni chofnodwyd dim; efallai y bydd angen casglu tudalennau a anfonwyd eisoes i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="353"/>
        <location filename="../ui/packs/PackFlow.cpp" line="379"/>
        <source>Pack not printed</source>
        <translation>Pecyn heb ei argraffu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="354"/>
        <source>The pack could not be printed: %1.</source>
        <translation>Ni ellid argraffu&apos;r pecyn: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/packs/PackFlow.cpp" line="365"/>
        <source>Sent pack %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Anfonwyd pecyn %1 (%n tudalen) i %2.</numerusform>
            <numerusform>Anfonwyd pecyn %1 (%n tudalen) i %2.</numerusform>
            <numerusform>Anfonwyd pecyn %1 (%n o dudalennau) i %2.</numerusform>
            <numerusform>Anfonwyd pecyn %1 (%n o dudalennau) i %2.</numerusform>
            <numerusform>Anfonwyd pecyn %1 (%n o dudalennau) i %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="374"/>
        <source>Pack printed</source>
        <translation>Pecyn wedi&apos;i argraffu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="394"/>
        <source>Preview of pack %1 (nothing is recorded)</source>
        <translation>Rhagolwg o becyn %1 (does dim yn cael ei gofnodi)</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="400"/>
        <source>Laying out the preview…</source>
        <translation>Yn gosod y rhagolwg…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="400"/>
        <location filename="../ui/packs/PackFlow.cpp" line="430"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="402"/>
        <source>Preparing the preview</source>
        <translation>Paratoi&apos;r rhagolwg</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="403"/>
        <source>Preview progress</source>
        <translation>Cynnydd y rhagolwg</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="419"/>
        <source>Preview closed. Nothing was recorded.</source>
        <translation>Caewyd y rhagolwg. Ni chofnodwyd dim.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="432"/>
        <source>Making the review pack</source>
        <translation>Llunio&apos;r pecyn adolygu</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="433"/>
        <source>Pack progress</source>
        <translation>Cynnydd y pecyn</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="442"/>
        <source>Cancelling… nothing will be saved or recorded.</source>
        <translation>Yn canslo… ni fydd dim yn cael ei gadw na&apos;i gofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="496"/>
        <source>Laying out the pages…</source>
        <translation>Yn gosod y tudalennau…</translation>
    </message>
    <message>
        <location filename="../ui/packs/PackFlow.cpp" line="496"/>
        <source>Drawing the pages…</source>
        <translation>Yn tynnu&apos;r tudalennau…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PagedTableModel</name>
    <message>
        <location filename="../ui/models/PagedTableModel.cpp" line="36"/>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PassphrasePage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="173"/>
        <source>Unlock the case file</source>
        <translation>Datgloi&apos;r ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="180"/>
        <source>Case file passphrase</source>
        <translation>Cyfrinymadrodd y ffeil achos</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="181"/>
        <source>Case &amp;passphrase:</source>
        <translation>Cyfrinymadrodd yr a&amp;chos:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="191"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="193"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="210"/>
        <source>Enter the passphrase of %1.</source>
        <translation>Rhowch gyfrinymadrodd %1.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="221"/>
        <source>Enter the case file&apos;s passphrase.</source>
        <translation>Rhowch gyfrinymadrodd y ffeil achos.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="226"/>
        <source>Opening %1…</source>
        <translation>Yn agor %1…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::PendingProposalModel</name>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="100"/>
        <source>%n day(s) — overdue</source>
        <translation>
            <numerusform>%n diwrnod — yn hwyr</numerusform>
            <numerusform>%n diwrnod — yn hwyr</numerusform>
            <numerusform>%n diwrnod — yn hwyr</numerusform>
            <numerusform>%n diwrnod — yn hwyr</numerusform>
            <numerusform>%n diwrnod — yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffModels.cpp" line="101"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="106"/>
        <source>Waiting longer than the policy allows for a supervisor&apos;s decision.</source>
        <translation>Yn aros yn hwy nag y mae&apos;r polisi yn ei ganiatáu am benderfyniad goruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="140"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="142"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="144"/>
        <source>Proposed by</source>
        <translation>Cynigiwyd gan</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="146"/>
        <source>Proposed at</source>
        <translation>Cynigiwyd am</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffModels.cpp" line="148"/>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ProposeDialog</name>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="41"/>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="83"/>
        <source>Propose removal</source>
        <translation>Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="45"/>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="52"/>
        <source>Reason for removal</source>
        <translation>Rheswm dros dynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="57"/>
        <source>Note for the supervisor</source>
        <translation>Nodyn i&apos;r goruchwyliwr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="64"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="68"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="74"/>
        <source>A note is required when the reason is “Other”. While the proposal waits for a supervisor, the nominal is restricted: left out of partner packs and anything shared outside the force.</source>
        <translation>Mae angen nodyn pan mai “Arall” yw&apos;r rheswm. Tra bydd y cynnig yn aros am oruchwyliwr, mae&apos;r unigolyn yn gyfyngedig: caiff ei adael allan o becynnau partner ac unrhyw beth a rennir y tu allan i&apos;r heddlu.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="81"/>
        <source>&amp;Propose removal</source>
        <translation>&amp;Cynnig tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="105"/>
        <source>This nominal is no longer in the case file.</source>
        <translation>Nid yw&apos;r unigolyn hwn yn y ffeil achos mwyach.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="127"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="128"/>
        <source>Below the threshold: %1</source>
        <translation>Islaw&apos;r trothwy: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="129"/>
        <source>Meets the threshold today.</source>
        <translation>Yn cyrraedd y trothwy heddiw.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="138"/>
        <source>A removal proposal for %1 is already waiting for a supervisor.</source>
        <translation>Mae cynnig i dynnu %1 oddi ar y rhestr eisoes yn aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/ProposeDialog.cpp" line="166"/>
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ReasonDialog</name>
    <message>
        <location filename="../ui/widgets/ReasonDialog.cpp" line="27"/>
        <source>Type a reason or choose one</source>
        <translation>Teipiwch reswm neu dewiswch un</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReasonDialog.cpp" line="29"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::ReviewView</name>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="60"/>
        <source>Review steps</source>
        <translation>Camau&apos;r adolygiad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="61"/>
        <source>&amp;1 Identity and classification</source>
        <translation>&amp;1 Hunaniaeth a dosbarthiad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="62"/>
        <source>&amp;2 Intelligence</source>
        <translation>&amp;2 Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="63"/>
        <source>&amp;3 Threshold</source>
        <translation>&amp;3 Trothwy</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="64"/>
        <source>&amp;4 Decision</source>
        <translation>&amp;4 Penderfyniad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="74"/>
        <source>Check that this is the right person and that the classification is right: only suspected offenders can meet the threshold.</source>
        <translation>Gwiriwch mai hwn yw&apos;r person cywir a bod y dosbarthiad yn gywir: dim ond troseddwyr a amheuir all gyrraedd y trothwy.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="81"/>
        <source>&amp;Edit details… (F2)</source>
        <translation>&amp;Golygu&apos;r manylion… (F2)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="93"/>
        <source>Check every item&apos;s grading and source. Add what is missing; correct what is wrong.</source>
        <translation>Gwiriwch raddio a ffynhonnell pob eitem. Ychwanegwch yr hyn sydd ar goll; cywirwch yr hyn sy&apos;n anghywir.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="101"/>
        <source>Intelligence</source>
        <translation>Cudd-wybodaeth</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="110"/>
        <source>&amp;Add item… (Ctrl+I)</source>
        <translation>&amp;Ychwanegu eitem… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="112"/>
        <source>&amp;Correct item… (Enter)</source>
        <translation>&amp;Cywiro eitem… (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="114"/>
        <source>Re&amp;move item…</source>
        <translation>&amp;Tynnu eitem…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="130"/>
        <source>Threshold result</source>
        <translation>Canlyniad y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="135"/>
        <source>The threshold rule</source>
        <translation>Rheol y trothwy</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="147"/>
        <source>Reta&amp;in until:</source>
        <translation>Cadw ar y rhestr t&amp;an:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="149"/>
        <source>&amp;Propose removal (a supervisor decides)</source>
        <translation>C&amp;ynnig tynnu oddi ar y rhestr (goruchwyliwr sy&apos;n penderfynu)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="151"/>
        <source>&amp;Defer this review</source>
        <translation>Goh&amp;irio&apos;r adolygiad hwn</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="160"/>
        <source>Retain until</source>
        <translation>Cadw ar y rhestr tan</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="168"/>
        <source>Reas&amp;on:</source>
        <translation>Rhe&amp;swm:</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="174"/>
        <source>Reason for the decision</source>
        <translation>Rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="183"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="189"/>
        <source>Pa&amp;use session</source>
        <translation>&amp;Oedi&apos;r sesiwn</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="191"/>
        <source>&amp;Back</source>
        <translation>Yn ô&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="193"/>
        <source>Ne&amp;xt step</source>
        <translation>Y cam n&amp;esaf</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="195"/>
        <source>&amp;Save and next (Ctrl+Enter)</source>
        <translation>Cadw a&apos;r &amp;nesaf (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="276"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="287"/>
        <source>Loading…</source>
        <translation>Yn llwytho…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="305"/>
        <source>%1 is no longer in the file.</source>
        <translation>Nid yw %1 yn y ffeil mwyach.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="347"/>
        <source>juvenile (%1)</source>
        <translation>person ifanc (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="365"/>
        <source>A removal proposal is already waiting for a supervisor.</source>
        <translation>Mae cynnig i dynnu oddi ar y rhestr eisoes yn aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="405"/>
        <source>The threshold is met. Retain until a date (at most one review interval ahead), or propose removal or defer with a reason.</source>
        <translation>Mae&apos;r trothwy wedi&apos;i gyrraedd. Cadwch ar y rhestr tan ddyddiad (un cyfnod adolygu ymlaen ar y mwyaf), neu cynigiwch ei dynnu oddi ar y rhestr neu gohiriwch gyda rheswm.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="407"/>
        <source>The threshold is not met, so this person cannot be retained: propose removal, or defer with a reason (for example, intelligence still to be recorded).</source>
        <translation>Nid yw&apos;r trothwy wedi&apos;i gyrraedd, felly ni ellir cadw&apos;r person hwn ar y rhestr: cynigiwch ei dynnu oddi ar y rhestr, neu gohiriwch gyda rheswm (er enghraifft, cudd-wybodaeth sydd eto i&apos;w chofnodi).</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="416"/>
        <source>No longer involved with the group</source>
        <translation>Nid yw&apos;n ymwneud â&apos;r grŵp mwyach</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="419"/>
        <source>Waiting for intelligence from a partner agency</source>
        <translation>Yn aros am gudd-wybodaeth gan asiantaeth bartner</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="420"/>
        <source>Identity to be confirmed</source>
        <translation>Hunaniaeth i&apos;w chadarnhau</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="420"/>
        <source>Panel meeting to decide</source>
        <translation>Cyfarfod panel i benderfynu</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="424"/>
        <source>Optional note</source>
        <translation>Nodyn dewisol</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewView.cpp" line="424"/>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="22"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="28"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="29"/>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="31"/>
        <source>Lock after this many idle minutes</source>
        <translation>Cloi ar ôl hyn o funudau segur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="32"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Cloi pan fydd yn segur am:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="35"/>
        <source>System</source>
        <translation>Y system</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="39"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="40"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="43"/>
        <source>The system&apos;s language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="47"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="48"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="51"/>
        <source>A new language takes effect the next time Corroborate starts. A pack can be made in either language: choose it in the pack dialog.</source>
        <translation>Mae iaith newydd yn dod i rym y tro nesaf y bydd Corroborate yn cychwyn. Gellir llunio pecyn yn y naill iaith neu&apos;r llall: dewiswch hi yn ffenestr y pecyn.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="62"/>
        <source>Open a case file to see its protective marking.</source>
        <translation>Agorwch ffeil achos i weld ei marc diogelu.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="64"/>
        <source>Printed at the top and bottom of every page of this case file&apos;s packs, and shown on every screen.</source>
        <translation>Wedi&apos;i argraffu ar frig a gwaelod pob tudalen o becynnau&apos;r ffeil achos hon, ac yn cael ei ddangos ar bob sgrin.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="66"/>
        <source>Only an administrator can change the case file&apos;s marking.</source>
        <translation>Dim ond gweinyddwr all newid marc y ffeil achos.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="67"/>
        <source>Protective marking</source>
        <translation>Marc diogelu</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="68"/>
        <source>&amp;Protective marking:</source>
        <translation>&amp;Marc diogelu:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="71"/>
        <source>Qt cannot tell whether the system uses a dark theme: choose Dark here if it does.</source>
        <translation>Ni all Qt ddweud a yw&apos;r system yn defnyddio thema dywyll: dewiswch Tywyll yma os ydyw.</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignInPage</name>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="251"/>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="258"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="261"/>
        <source>Your password</source>
        <translation>Eich cyfrinair</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="262"/>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="263"/>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="273"/>
        <source>&amp;Close file</source>
        <translation>Ca&amp;u&apos;r ffeil</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="275"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="298"/>
        <source>%1 is open. It holds synthetic demonstration data. Sign in with your own user name and password.</source>
        <translation>Mae %1 ar agor. Mae&apos;n cynnwys data arddangos synthetig. Mewngofnodwch gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinair eich hun.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="301"/>
        <source>%1 is open. Sign in with your own user name and password.</source>
        <translation>Mae %1 ar agor. Mewngofnodwch gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinair eich hun.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="313"/>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="318"/>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="323"/>
        <source>Signing in…</source>
        <translation>Yn mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>corroborate::ui::SignOffView</name>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="105"/>
        <location filename="../ui/signoff/SignOffView.cpp" line="551"/>
        <source>Awaiting sign-off</source>
        <translation>I&apos;w cymeradwyo</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="107"/>
        <source>Removals &amp;awaiting sign-off</source>
        <translation>Tynnu oddi ar y rhestr yn &amp;aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="109"/>
        <source>Removal proposals awaiting sign-off</source>
        <translation>Cynigion i dynnu oddi ar y rhestr sy&apos;n aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="116"/>
        <source>A&amp;pprove…</source>
        <translation>C&amp;ymeradwyo…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="118"/>
        <source>Approve the selected proposal</source>
        <translation>Cymeradwyo&apos;r cynnig a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="119"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Gwrthod…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="121"/>
        <source>Reject the selected proposal</source>
        <translation>Gwrthod y cynnig a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="122"/>
        <source>&amp;Open record</source>
        <translation>Agor y c&amp;ofnod</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="124"/>
        <source>Open the selected nominal&apos;s record in the details panel</source>
        <translation>Agor cofnod yr unigolyn a ddewiswyd yn y panel manylion</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="131"/>
        <source>&amp;Flagged with no removal proposal</source>
        <translation>Wedi&apos;u &amp;nodi heb gynnig i&apos;w tynnu</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="133"/>
        <source>Flagged nominals with no removal proposal</source>
        <translation>Unigolion wedi&apos;u nodi heb gynnig i&apos;w tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="139"/>
        <source>Propose re&amp;moval…</source>
        <translation>Cynnig &amp;tynnu oddi ar y rhestr…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="141"/>
        <source>Propose the removal of the selected flagged nominal</source>
        <translation>Cynnig tynnu&apos;r unigolyn a ddewiswyd ac a nodwyd oddi ar y rhestr</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="216"/>
        <source>%n proposal(s) waiting for a supervisor.</source>
        <translation>
            <numerusform>Mae %n cynnig yn aros am oruchwyliwr.</numerusform>
            <numerusform>Mae %n cynnig yn aros am oruchwyliwr.</numerusform>
            <numerusform>Mae %n o gynigion yn aros am oruchwyliwr.</numerusform>
            <numerusform>Mae %n o gynigion yn aros am oruchwyliwr.</numerusform>
            <numerusform>Mae %n o gynigion yn aros am oruchwyliwr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="218"/>
        <source>Could not load the proposals: %1</source>
        <translation>Methu llwytho&apos;r cynigion: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="221"/>
        <source>%n waiting for more than %1 days (highlighted, marked “overdue”).</source>
        <translation>
            <numerusform>%n yn aros am fwy na %1 diwrnod (wedi&apos;u hamlygu, a&apos;u marcio&apos;n “yn hwyr”).</numerusform>
            <numerusform>%n yn aros am fwy na %1 diwrnod (wedi&apos;i amlygu, a&apos;i farcio&apos;n “yn hwyr”).</numerusform>
            <numerusform>%n yn aros am fwy na %1 diwrnod (wedi&apos;u hamlygu, a&apos;u marcio&apos;n “yn hwyr”).</numerusform>
            <numerusform>%n yn aros am fwy na %1 diwrnod (wedi&apos;u hamlygu, a&apos;u marcio&apos;n “yn hwyr”).</numerusform>
            <numerusform>%n yn aros am fwy na %1 diwrnod (wedi&apos;u hamlygu, a&apos;u marcio&apos;n “yn hwyr”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signoff/SignOffView.cpp" line="248"/>
        <source>%n flagged nominal(s) below the threshold for more than %1 days with no removal proposal.</source>
        <translation>
            <numerusform>%n o unigolion wedi&apos;u nodi islaw&apos;r trothwy ers mwy na %1 diwrnod heb gynnig i&apos;w tynnu oddi ar y rhestr.</numerusform>
            <numerusform>%n unigolyn wedi&apos;i nodi islaw&apos;r trothwy ers mwy na %1 diwrnod heb gynnig i&apos;w dynnu oddi ar y rhestr.</numerusform>
            <numerusform>%n o unigolion wedi&apos;u nodi islaw&apos;r trothwy ers mwy na %1 diwrnod heb gynnig i&apos;w tynnu oddi ar y rhestr.</numerusform>
            <numerusform>%n o unigolion wedi&apos;u nodi islaw&apos;r trothwy ers mwy na %1 diwrnod heb gynnig i&apos;w tynnu oddi ar y rhestr.</numerusform>
            <numerusform>%n o unigolion wedi&apos;u nodi islaw&apos;r trothwy ers mwy na %1 diwrnod heb gynnig i&apos;w tynnu oddi ar y rhestr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="252"/>
        <source>Could not load the flagged nominals: %1</source>
        <translation>Methu llwytho&apos;r unigolion a nodwyd: %1</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="290"/>
        <source>The removal of %1 is approved and signed. The person has been erased; the erasure register keeps the reference and the signed decision.</source>
        <translation>Mae tynnu %1 oddi ar y rhestr wedi&apos;i gymeradwyo a&apos;i lofnodi. Mae&apos;r person wedi&apos;i ddileu; mae&apos;r gofrestr dileu yn cadw&apos;r cyfeirnod a&apos;r penderfyniad wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="296"/>
        <source>Removal approved</source>
        <translation>Cymeradwywyd tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="304"/>
        <source>The proposal for %1 was rejected and sent back to the proposer.</source>
        <translation>Gwrthodwyd y cynnig ar gyfer %1 a&apos;i anfon yn ôl at y cynigydd.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="334"/>
        <source>Removal of %1 proposed; it waits for a supervisor.</source>
        <translation>Cynigiwyd tynnu %1 oddi ar y rhestr; mae&apos;n aros am oruchwyliwr.</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="568"/>
        <source>Propose &amp;removal…</source>
        <translation>Cynnig &amp;tynnu oddi ar y rhestr…</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="571"/>
        <source>Propose removing the selected nominal from the list</source>
        <translation>Cynnig tynnu&apos;r unigolyn a ddewiswyd oddi ar y rhestr</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="573"/>
        <source>&amp;Withdraw removal proposal</source>
        <translation>Tynnu&apos;r cynnig i dynnu oddi ar y rhestr yn ô&amp;l</translation>
    </message>
    <message>
        <location filename="../ui/signoff/SignOffView.cpp" line="576"/>
        <source>Withdraw your own removal proposal for the selected nominal</source>
        <translation>Tynnu eich cynnig eich hun i dynnu&apos;r unigolyn a ddewiswyd oddi ar y rhestr yn ôl</translation>
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
        <translation>Agorwch ffeil achos i adolygu unigolion, neu crëwch un newydd.</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="125"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Agor ffeil achos…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="128"/>
        <source>N&amp;ew case file…</source>
        <translation>Ffeil achos &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="134"/>
        <source>Re&amp;cent case files:</source>
        <translation>Ffeiliau achos &amp;diweddar:</translation>
    </message>
    <message>
        <location filename="../ui/open/OpenPages.cpp" line="137"/>
        <source>Recent case files</source>
        <translation>Ffeiliau achos diweddar</translation>
    </message>
</context>
<context>
    <name>corroborate_cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="25"/>
        <source>Usage: corroborate-cli COMMAND [ARGUMENTS]</source>
        <translation>Defnydd: corroborate-cli GORCHYMYN [YMRESYMIADAU]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>Run &quot;corroborate-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Rhedwch &quot;corroborate-cli GORCHYMYN --help&quot; i weld dewisiadau gorchymyn.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Exit codes: 0 success; 1 usage; 2 invalid input data; 3 authentication failed or not permitted; 4 not a case file, damaged or unsupported version; 5 verification failed; 6 conflict (in use, already exists, edited by someone else).</source>
        <translation>Codau gadael: 0 llwyddiant; 1 defnydd; 2 data mewnbwn annilys; 3 methodd dilysu hunaniaeth neu dim caniatâd; 4 nid yw&apos;n ffeil achos, wedi&apos;i difrodi neu fersiwn heb ei chefnogi; 5 methodd y dilysu; 6 gwrthdaro (yn cael ei defnyddio, yn bodoli eisoes, wedi&apos;i golygu gan rywun arall).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="101"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Gorchymyn anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="110"/>
        <source>corroborate-cli %1: %2</source>
        <translation>corroborate-cli %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>corroborate-cli %1: unexpected failure: %2</source>
        <translation>corroborate-cli %1: methiant annisgwyl: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="21"/>
        <source>Review of gang-list nominals over an encrypted case file.</source>
        <translation>Adolygu unigolion ar y rhestr gangiau dros ffeil achos wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <location filename="../ui/main.cpp" line="26"/>
        <source>A case file to open.</source>
        <translation>Ffeil achos i&apos;w hagor.</translation>
    </message>
</context>
</TS>
